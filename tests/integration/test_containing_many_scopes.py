"""``ContainingScopes.deletions`` for an answer complete for many scopes (an Elzhur quarter getmarks is complete for
each day of each subject it lists: hundreds of scopes), on SQLite and PostgreSQL: the same deletions as scope by
scope (what the hub holds under another member key; nothing from an answer pulled before the scope's last one; the
same answer again derives the same), in a few statements rather than several per scope."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event

from hub.ingest import vendor_state
from hub.ingest.containing import ContainingScopes

SYSTEM, SCHOOL, SCOPES = "elzhur", "sch-many", 450  # more than one chunk of 400


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    url = (f"sqlite:///{tmp_path / 'state.db'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_db_url"))
    engine = create_engine(url)
    vendor_state.metadata.create_all(engine)
    yield engine
    engine.dispose()


def _held(scopes: ContainingScopes) -> None:
    """Two marks in each scope ``day:<n>``: ``grade:<n>.a`` and ``grade:<n>.b``."""
    scopes.remember(SYSTEM, SCHOOL, [(f"grade:{n}.{m}", f"day:{n:03d}", f"grade:{n}.{m}")
                                     for n in range(SCOPES) for m in "ab"])


def test_an_answer_complete_for_many_scopes_deletes_what_each_lacks_in_a_few_statements(engine):
    scopes = ContainingScopes(engine)
    _held(scopes)
    complete = [(f"day:{n:03d}", frozenset({f"grade:{n}.a"} if n % 2 else set())) for n in range(SCOPES)]
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    deleted = scopes.deletions(SYSTEM, SCHOOL, complete, 2_000)
    expected = {f"grade:{n}.b" for n in range(SCOPES)} | {f"grade:{n}.a" for n in range(0, SCOPES, 2)}
    assert deleted == expected
    assert len(statements) < 20  # per chunk of 400 scopes, not per scope
    assert scopes.deletions(SYSTEM, SCHOOL, complete, 2_000) == expected  # the same answer again
    assert scopes.deletions(SYSTEM, SCHOOL, [(scope, frozenset()) for scope, _ in complete], 1_000) == set()


def test_a_later_answer_holding_everything_deletes_nothing(engine):
    scopes = ContainingScopes(engine)
    _held(scopes)
    complete = [(f"day:{n:03d}", frozenset({f"grade:{n}.a", f"grade:{n}.b"})) for n in range(SCOPES)]
    assert scopes.deletions(SYSTEM, SCHOOL, complete, 3_000) == set()
