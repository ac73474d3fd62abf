"""Property: for any moment T, the diary and the final grades as of T equal what the projector builds from only
the events recorded up to T.

Each seed generates a history of three schools (two sharing a partition): classes and a subgroup, enrolments and
a withdrawal, lessons (some cancelled), homework set, updated and withdrawn, grades recorded, amended and
retracted, attendance marked and corrected, quarters and a year with final marks (some set twice), and a child
known by an alias in its own school and in another. The
events are appended to an embedded log in a random interleaving with recorded times drawn independently of
their order (ties included: many events share a time), so log order and recorded order disagree, as they can
when ingest requests overlap. For several T (before everything, exactly at recorded times, a microsecond before
them, after everything) the as-of diary and final grades (``hub.audit.as_of.read_as_of`` over the audit index)
are compared with the same reads over views built by ``project_all`` from a fresh log holding only the events
recorded up to T, in their original order; for an auditor of one school, only that school's events.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest

from hub.audit.as_of import final_grades_at, read_as_of
from hub.events.envelope import Envelope, Source, encode
from hub.events.registry import model_for
from hub.log.embedded import EmbeddedLog
from hub.log.port import OutgoingRecord
from hub.projector.runner import project_all
from hub.store.db import make_engine
from projections import ALL_PROJECTIONS, diary_reads
from projections.audit import from_micros

S1, S2, S3 = "sch-b", "sch-e", "sch-c"  # S1 and S2 share partition 1 of 4; S3 is in partition 2
DAYS = [dt.date(2026, 9, 7) + dt.timedelta(days=n) for n in range(5)]
BASE_US = 1_790_000_000_000_000
STUDENTS = ("anna", "boris", "anna-dn", "anna-x")
Event = tuple[str, str, dict]  # (school, type, data)


def history(rng: random.Random) -> list[Event]:
    """Chains of events (each in its own order), interleaved at random."""
    chains: list[list[Event]] = [[
        (S1, "school.registered", {"name": "Школа"}),
        (S1, "subject.defined", {"subject_id": "math", "name": "Математика"}),
        (S1, "subject.defined", {"subject_id": "rus", "name": "Русский"}),
        (S1, "teacher.assigned", {"teacher_id": "t1", "role": "subject_teacher", "class_id": "5a",
                                  "subject_id": "math", "name": {"last_name": "Петров", "first_name": "Пётр"}}),
    ], [
        (S1, "class.defined", {"class_id": "5a", "name": "5А", "academic_year": 2026}),
        (S1, "class.defined", {"class_id": "5a-g1", "name": "5А гр. 1", "academic_year": 2026,
                               "parent_class_id": "5a"}),
    ]]
    for student in ("anna", "boris", "anna-dn"):
        chains.append([(S1, "student.enrolled", _enrolment(student, "5a", "2026-09-01"))])
    chains.append([(S1, "student.enrolled", _enrolment("anna", "5a-g1", "2026-09-01")),
                   (S1, "student.withdrawn", {"student_id": "anna", "class_id": "5a-g1",
                                              "withdrawn_on": rng.choice(DAYS).isoformat()})])
    chains.append([(S1, "identity.linked", {"student_id": "anna", "alias_id": "anna-dn"})])
    chains.append([(S3, "school.registered", {"name": "Другая школа"}),
                   (S3, "class.defined", {"class_id": "7x", "name": "7Х", "academic_year": 2026}),
                   (S3, "student.enrolled", _enrolment("anna-x", "7x", "2026-09-01")),
                   (S3, "lesson.scheduled", _lesson("x-l1", "7x", "math", DAYS[1], 1)),
                   (S3, "grade.recorded", _grade("x-g1", "anna-x", "x-l1", "2")),
                   (S3, "identity.linked", {"student_id": "anna", "alias_id": "anna-x"})])
    chains.append([(S2, "school.registered", {"name": "Соседняя школа"}),
                   (S2, "class.defined", {"class_id": "9z", "name": "9З", "academic_year": 2026}),
                   (S2, "student.enrolled", _enrolment("zoe", "9z", "2026-09-01")),
                   (S2, "grade.recorded", _grade("z-g1", "zoe", None, "5"))])
    chains.append([(S1, "reporting_period.defined", _period("q1", "quarter", 1, DAYS[0], DAYS[2])),
                   (S1, "reporting_period.defined", _period("q2", "quarter", 2, DAYS[3], DAYS[4]))])
    chains.append([(S1, "reporting_period.defined", _period("y", "year", 1, DAYS[0], DAYS[4]))])
    for n in range(5):
        chains.append(_final_chain(rng, f"f{n}"))
    lessons = [f"l{n}" for n in range(8)]
    for n, lesson in enumerate(lessons):
        class_id, subject = rng.choice(["5a", "5a", "5a-g1"]), rng.choice(["math", "rus"])
        chain = [(S1, "lesson.scheduled", _lesson(lesson, class_id, subject, rng.choice(DAYS), n % 4 + 1))]
        if rng.random() < 0.2:
            chain.append((S1, "lesson.cancelled", {"lesson_id": lesson, "reason": "карантин"}))
        chains.append(chain)
    for n in range(6):
        chains.append(_homework(rng, f"hw{n}", rng.choice(lessons)))
    for n in range(14):
        chains.append(_grade_chain(rng, f"g{n}", rng.choice(STUDENTS[:3]), rng.choice([*lessons, None])))
    for lesson in rng.sample(lessons, 5):
        chain = [(S1, "attendance.marked", {"student_id": rng.choice(STUDENTS[:3]), "lesson_id": lesson,
                                            "status": rng.choice(["present", "absent", "late"])})]
        if rng.random() < 0.5:
            chain.append((S1, "attendance.corrected", {**chain[0][2], "status": "excused"}))
        chains.append(chain)
    return _interleave(rng, chains)


def _enrolment(student: str, class_id: str, day: str) -> dict:
    return {"student_id": student, "class_id": class_id, "enrolled_on": day,
            "name": {"last_name": "Смирнова", "first_name": student}}


def _lesson(lesson_id: str, class_id: str, subject: str, day: dt.date, slot: int) -> dict:
    return {"lesson_id": lesson_id, "class_id": class_id, "subject_id": subject, "date": day.isoformat(),
            "slot": slot, "teacher_id": "t1", "topic": f"тема {lesson_id}"}


def _grade(grade_id: str, student: str, lesson: str | None, value: str) -> dict:
    """A grade at ``lesson``, or (None) on the first day in mathematics without one."""
    where = {"lesson_id": lesson} if lesson else {"date": DAYS[0].isoformat(), "subject_id": "math"}
    return {"grade_id": grade_id, "student_id": student, "value": value, "scale": "five_point", **where,
            "normalised": (int(value) - 1) * 25.0, "conversion": "five_point.linear.v1", "counts_in_average": True}


def _grade_chain(rng: random.Random, grade_id: str, student: str, lesson: str | None) -> list[Event]:
    chain = [(S1, "grade.recorded", _grade(grade_id, student, lesson, str(rng.randint(2, 5))))]
    for _ in range(rng.choice([0, 0, 1, 2])):
        chain.append((S1, "grade.amended", {**_grade(grade_id, student, rng.choice([lesson, lesson, "l0"]),
                                                      str(rng.randint(2, 5))), "reason": "исправлено"}))
    if rng.random() < 0.25:
        chain.append((S1, "grade.retracted", {"grade_id": grade_id, "student_id": student}))
    return chain


def _period(period_id: str, kind: str, number: int, start: dt.date, end: dt.date) -> dict:
    return {"period_id": period_id, "kind": kind, "number": number, "name": period_id, "academic_year": 2026,
            "starts_on": start.isoformat(), "ends_on": end.isoformat()}


def _final_chain(rng: random.Random, final_id: str) -> list[Event]:
    """A teacher's period mark, sometimes set again with another value."""
    student, subject, period = rng.choice(STUDENTS[:3]), rng.choice(["math", "rus"]), rng.choice(["q1", "q2", "y"])
    data = {"final_grade_id": final_id, "student_id": student, "subject_id": subject, "period_id": period,
            "scale": "five_point", "conversion": "five_point.linear.v1"}
    values = [str(rng.randint(3, 5)) for _ in range(rng.choice([1, 1, 2]))]
    return [(S1, "final_grade.recorded", {**data, "value": v, "normalised": (int(v) - 1) * 25.0}) for v in values]


def _homework(rng: random.Random, homework_id: str, lesson: str) -> list[Event]:
    data = {"homework_id": homework_id, "class_id": "5a", "subject_id": rng.choice(["math", "rus"]),
            "lesson_id": lesson, "due_on": rng.choice(DAYS).isoformat(), "text": f"задание {homework_id}"}
    chain = [(S1, "homework.assigned", data)]
    if rng.random() < 0.4:
        changed = {**data, "text": "новое задание", "due_on": rng.choice(DAYS).isoformat()}
        chain.append((S1, "homework.updated", changed))
    if rng.random() < 0.2:
        chain.append((S1, "homework.withdrawn", {"homework_id": homework_id}))
    return chain


def _interleave(rng: random.Random, chains: list[list[Event]]) -> list[Event]:
    pending, merged = [list(chain) for chain in chains], []
    while pending:
        chain = rng.choice(pending)
        merged.append(chain.pop(0))
        if not chain:
            pending.remove(chain)
    return merged


def records(rng: random.Random, events: list[Event]) -> list[tuple[int, OutgoingRecord]]:
    """Each event as a log record with a recorded time drawn at random (seconds apart, many ties)."""
    out = []
    for n, (school, kind, data) in enumerate(events):
        recorded_us = BASE_US + rng.randrange(60) * 1_000_000
        payload = model_for(kind, 1).model_validate(data).model_dump(mode="json")
        envelope = Envelope(str(uuid.UUID(int=rng.getrandbits(128))), kind, 1, school, from_micros(BASE_US),
                            from_micros(recorded_us), Source("native", f"r{n}", 1, "cl-1"), payload)
        out.append((recorded_us, OutgoingRecord(school, envelope.event_id, kind, 1, recorded_us // 1000,
                                                encode(envelope))))
    return out


async def projected(path, appended: list[OutgoingRecord], projections=None):  # noqa: ANN001, ANN201
    """A fresh embedded log holding ``appended`` (in order) and views built from it by the projector."""
    log = EmbeddedLog(path / "log.db", 4)
    await log.start()
    if appended:
        await log.append(appended)
    engine = make_engine(f"sqlite:///{path / 'views.db'}")
    await project_all(log, engine, projections, poll_ms=5)
    await log.close()
    return engine


def diary_of(engine, student: str) -> list[dict]:  # noqa: ANN001
    with engine.connect() as conn:
        return diary_reads.read_diary(conn, student, DAYS[0], DAYS[-1])


@pytest.mark.parametrize("seed", range(5))
async def test_the_diary_as_of_any_moment_equals_the_projector_over_the_events_recorded_by_then(tmp_path, seed):
    rng = random.Random(seed)
    timed = records(rng, history(rng))
    (tmp_path / "all").mkdir()
    views = await projected(tmp_path / "all", [record for _, record in timed])
    times = sorted({t for t, _ in timed})
    moments = [BASE_US - 1, times[-1] + 1, *rng.sample(times, 3), *(t - 1 for t in rng.sample(times, 2))]
    answers, finals = set(), set()
    for n, moment in enumerate(moments):
        for scope in (None, S1):
            folder = tmp_path / f"t{n}-{scope}"
            folder.mkdir()
            kept = [r for t, r in timed if t <= moment and (scope is None or r.key == scope)]
            reference = await projected(folder, kept, [p for p in ALL_PROJECTIONS if p.name != "audit"])
            for student in ("anna", "boris"):
                expected = diary_of(reference, student)
                rebuilt = read_as_of(views, scope, student, moment, diary_reads.read_diary, DAYS[0], DAYS[-1])
                assert rebuilt == expected, (seed, moment, scope, student)
                with reference.connect() as conn:
                    grades = final_grades_at(conn, student, moment, None)
                assert read_as_of(views, scope, student, moment, final_grades_at, moment, None) == grades, (
                    seed, moment, scope, student)
                answers.add(repr(expected))
                finals.add(repr(grades))
            reference.dispose()
    assert read_as_of(views, None, "anna", times[-1], diary_reads.read_diary, DAYS[0], DAYS[-1]) == diary_of(views, "anna")
    assert len(answers) >= 4 and len(finals) >= 4, "the moments should see different views, or this proves little"
    views.dispose()
