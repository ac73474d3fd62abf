"""Rebuild equals incremental, on both stacks: the log is projected incrementally (several ingest batches, each
projected in small projector batches, corrections arriving before what they correct), then rebuilt from offset 0
into a fresh database; every view table's digest and every student view's answer must be the same."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from hub.projector.runner import project_all
from hub.store.db import make_engine
from projections import ALL_PROJECTIONS, periods, progress
from projections.base import table_digest
from projections.final_grades import read_final_grades
from projections.student_views import read_grades, read_subject
from tests import views_scenario as sc
from tests.brokers import fresh_database
from tests.views_scenario import q

CORRECTIONS = ("grade.amended", "grade.retracted", "attendance.corrected", "lesson.cancelled")


def out_of_order_batches() -> list[list[dict]]:
    """The scenario in four batches: corrections first, then marks (shuffled), then lessons, then the roster."""
    records = sc.all_records()
    corrections = [r for r in records if r["type"] in CORRECTIONS or r["revision"] > 1]
    marks = [r for r in sc.mark_records() if r not in corrections]
    random.Random(7).shuffle(marks)
    lessons = [r for r in sc.lesson_records() if r not in corrections]
    return [corrections, marks, lessons, sc.roster_records()]


@pytest.fixture
def fresh_engine(stack, tmp_path, request):
    """An empty views database of the stack's kind."""
    if "db_url" in stack:
        with fresh_database(request.getfixturevalue("postgres_url")) as url:
            engine = make_engine(url)
            yield engine
            engine.dispose()
        return
    engine = make_engine(f"sqlite:///{tmp_path / 'rebuilt.db'}")
    yield engine
    engine.dispose()


def every_view(engine) -> dict:
    """The digest of every view table and the student views' answers."""
    tables = [table for projection in ALL_PROJECTIONS for table in projection.tables]
    answers = {}
    with engine.connect() as conn:
        for local_id, school in (("anna", sc.Q), ("boris", sc.Q), ("vera", sc.Q), ("gleb", sc.T)):
            student = progress.student_context(conn, q(local_id, school))
            span = periods.resolve(conn, student.school_id, "year", dt.date(2026, 10, 1))
            answers[local_id] = (
                read_final_grades(conn, student, 2026),
                read_grades(conn, student, span.starts_on, span.ends_on),
                read_subject(conn, student, q("math", school), span),
            )
        return {"digest": table_digest(conn, tables), "answers": answers}


async def test_rebuild_from_the_log_equals_the_incremental_views(running, fresh_engine):
    vendor = running.vendor([sc.Q, sc.T])
    for batch in out_of_order_batches():
        body = (await running.http.post("/v1/ingest/native", json=batch, headers=vendor)).json()
        assert body["summary"]["rejected"] == 0, body
        await project_all(running.hub.log, running.hub.views, batch_size=5)
    incremental = every_view(running.hub.views)

    await project_all(running.hub.log, fresh_engine)
    rebuilt = every_view(fresh_engine)

    assert rebuilt["digest"] == incremental["digest"]
    assert rebuilt["answers"] == incremental["answers"]
    final = incremental["answers"]["anna"][0]
    q1 = next(p for s in final["subjects"] if s["subject"]["id"] == q("math") for p in s["periods"]
              if p["period_id"] == q("q1"))
    assert q1["counted_marks"] == 3 and q1["marks_count"] == 5  # the retraction arrived first and still holds
