"""Fixtures shared by unit tests.

* ``log``: a started embedded log in a fresh file.
* ``postgres_engine`` (module): one PostgreSQL views database per test module, its projections bootstrapped
  (creating one per test costs ~0.5 s); ``engine``: views on SQLite (fresh per test) or on that database
  (emptied first), with every projection's live version bootstrapped.
"""

from __future__ import annotations

import pytest

from hub.log.embedded import EmbeddedLog
from hub.store.db import make_engine
from projections import create_schema
from tests.brokers import fresh_database
from tests.projecting import empty_views


@pytest.fixture
async def log(tmp_path):
    """A started embedded log with 4 partitions in a fresh file."""
    engine = EmbeddedLog(tmp_path / "log.db", partitions=4)
    await engine.start()
    yield engine
    await engine.close()


@pytest.fixture(scope="module")
def postgres_engine(postgres_url):
    with fresh_database(postgres_url) as url:
        engine = make_engine(url)
        create_schema(engine)
        yield engine
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    if request.param == "postgres":
        engine = request.getfixturevalue("postgres_engine")
        empty_views(engine)
        yield engine
        return
    engine = make_engine(f"sqlite:///{tmp_path / 'views.db'}")
    create_schema(engine)
    yield engine
    engine.dispose()
