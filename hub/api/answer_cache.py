"""Answers kept as the bytes they went out as, reused while no event changed what they were read from.

A student's answer of one kind (``FINAL_GRADES``: a year of final grades; ``DIARY``: the days of a diary range) is
a function of the rows of the views its scopes hold (``hub.projector.stamps``): the student's own (each of his ids)
and his schools'. Protocol of a read:

1. The access check, as for any read (the caller: a refused or unknown student is 404 before anything here; a
   guardian's check is made by the statement of step 2).
2. ``stamp_and_kept``: in one statement, the live version of each stamped projection and its stamps of the
   student's scopes, as text. It is read BEFORE the answer's rows: a projection commits rows and stamps together,
   so rows read after it are at least as new as the stamp (PostgreSQL reads each statement's own snapshot;
   SQLite's read transaction holds one).
3. In the same statement, the kept answer of (kind, key) if its stamp is the one just read: no event changed its
   scopes and no version was switched since it was computed. Its bytes go out as they are (``spliced``).
4. Otherwise the answer is computed from the views and sent; ``store`` keeps it under the stamp of step 2 after the
   response went out (a background task: a read never waits for a write). It is best effort: a failed write is
   logged, and the next read computes again.

An answer computed from rows newer than its stamp is only ever recomputed once too often, never served stale: the
stamp it is kept under has moved by the time it is looked up. The stamp also names the code that reads and shapes
answers (``reader_digest``: the views' and the API's source), so an upgrade that changes what a read returns, with
no new projection version, does not send answers the previous build computed. Only whole answers are kept (a reader allowed every
subject); a teacher's answer, limited to their subjects, is computed every time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, and_, bindparam, literal, null, select, true, union, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from hub.obs import Ev, log
from hub.projector import stamps as answer_stamps
from hub.projector.versions import LIVE, registry
import projections
from projections import child_ids, roster

FINAL_GRADES, DIARY = "final_grades", "diary"  # the kinds of answers kept

answers = answer_stamps.answers


READ_CODE = (Path(projections.__file__).parent, Path(__file__).parent)  # what reads views and shapes answers
KEPT, GUARD = "~kept", "~guard"  # the rows of the kept answer and of the guardian's check among the stamps' rows


@dataclass(frozen=True, slots=True)
class Kept:
    stamp: str  # the stamp of the student's scopes, as one text
    body: bytes | None  # the answer kept under that stamp, if any
    allowed: bool = True  # a guardian's read: whether the guardian is linked to the child (else nothing was read)


def _statement(guarded: bool) -> Any:
    s, r, e, a = answer_stamps.stamps, registry, roster.enrolments, answers
    ids = child_ids.ids_cte(guarded)  # the child's id and aliases; guarded: none unless the guardian is linked
    scopes = union(select((literal("student:") + ids.c.id).label("scope")),
                   select((literal("school:") + e.c.school_id).label("scope"))
                   .where(e.c.student_id.in_(select(ids.c.id)), e.c.school_id.is_not(None))).cte("scopes")
    # each (live version, scope) pair probes the stamps' key: a few index lookups, never a scan of the stamps
    stamped = (select(r.c.projection, r.c.version, scopes.c.scope, s.c.position, null().label("body"))
               .select_from(r.join(scopes, true()).outerjoin(s, and_(
                   s.c.projection == r.c.projection, s.c.version == r.c.version, s.c.scope == scopes.c.scope)))
               .where(r.c.state == LIVE, r.c.projection.in_(sorted(answer_stamps.STAMPED))))
    kept = select(literal(KEPT), null(), a.c.stamp, null(), a.c.body).where(a.c.kind == bindparam("kind"),
                                                                              a.c.key == bindparam("key"))
    members = [stamped, kept]
    if guarded:
        members.append(select(literal(GUARD), null(), null(), null(), null()).where(child_ids.allowed(ids)))
    return union_all(*members)


_STATEMENT, _STATEMENT_FOR_GUARDIAN = _statement(guarded=False), _statement(guarded=True)


@cache
def reader_digest(folders: tuple[Path, ...] = READ_CODE) -> str:
    """A digest of the Python source under ``folders`` (the projections' and the API's): part of every stamp, so
    a kept answer is the running build's."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def stamp_and_kept(conn: Connection, student_id: str, kind: str, key: str, guardian_id: str | None = None) -> Kept:
    """Steps 2 and 3 in one statement: the stamp of the student's scopes (the live versions and their stamps of
    his ids and his schools) and the answer kept for (kind, key) if it was kept under that stamp. With
    ``guardian_id`` it is also the guardian's access check (``projections.child_ids``): ``allowed`` is False, and
    nothing of the child was read, when the guardian is not linked to the child."""
    params = {"student_id": student_id, "kind": kind, "key": key}
    if guardian_id is None:
        rows = conn.execute(_STATEMENT, params).all()
    else:
        rows = conn.execute(_STATEMENT_FOR_GUARDIAN, {**params, "guardian_id": guardian_id}).all()
    stamp = f"code={reader_digest()};" + ";".join(sorted(
        f"{projection}.{version}:{scope}={position}"
        for projection, version, scope, position, _body in rows if projection[0] != "~"))
    kept = next((row for row in rows if row[0] == KEPT), None)
    allowed = guardian_id is None or any(row[0] == GUARD for row in rows)
    return Kept(stamp, bytes(kept[4]) if allowed and kept is not None and kept[2] == stamp else None, allowed)


def encode(body: dict[str, Any]) -> bytes:
    """An answer's body as ``hub.api.errors.json_response`` writes it."""
    return orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS)


def spliced(body: bytes, extra: dict[str, Any]) -> bytes:
    """``body`` (a JSON object's bytes, non-empty) with ``extra``'s keys added at its end."""
    return body[:-1] + b"," + encode(extra)[1:]


def store(engine: Engine, kind: str, key: str, stamp: str, body: bytes) -> None:
    """Step 4: keep ``body`` under ``stamp`` (replacing what (kind, key) held); a failure is logged, not raised."""
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    row = {"kind": kind, "key": key, "stamp": stamp, "body": body}
    statement = dialect.insert(answers).values(row)
    statement = statement.on_conflict_do_update(index_elements=["kind", "key"],
                                                set_={"stamp": statement.excluded.stamp,
                                                      "body": statement.excluded.body})
    try:
        with engine.begin() as conn:
            conn.execute(statement)
    except SQLAlchemyError as exc:  # a cache write: the next read computes the answer again
        log(Ev.ANSWER_NOT_KEPT, "warning", source=kind, error=str(exc)[:300])
