"""``python -m bench.statistics``: how long the read-time statistics and schedule take on a district's data.

Generates (deterministically) one large school (``--big-classes`` classes of 25 students) and ``--schools`` more
of 10 classes each, ``--days`` school days from 1 September with six lessons a day per class, marks for about 30%
of students per lesson (five-point, weighted, a few amended or retracted), attendance exceptions for 4%, a
weekly timetable and the autumn holidays. The events go through the projections' own handlers into SQLite and
PostgreSQL (no log: only the read side is measured; PostgreSQL is then ANALYZEd, as autovacuum would), then each
query is timed (median of ``--repeat`` runs):
class statistics for a quarter, school statistics for a quarter and for the year, a class week and a student
week of the schedule.

    python -m bench.statistics                      # defaults: 40 + 9 x 10 classes, 80 days (~470k marks)
    python -m bench.statistics --engines sqlite --days 20
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics as stats
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hub.events.envelope import LoggedEvent
from hub.events.scales import normalise
from hub.projector import versions
from hub.projector.unit_of_work import UnitOfWork
from projections import ALL_PROJECTIONS, create_schema, schedule, statistics
from projections.statistics_sums import fold

YEAR, FIRST_DAY = 2026, dt.date(2026, 9, 1)
SUBJECTS = ["math", "russian", "literature", "english", "history", "biology", "geography", "physics"]
MARKS = (["5", "4", "3", "2", "5-", "4+", "4-", "3+"], [30, 30, 15, 4, 6, 6, 6, 3])
QUARTER = statistics.Period("q1", "1 четверть", "quarter", FIRST_DAY, dt.date(YEAR, 10, 24))
YEAR_PERIOD = statistics.Period("year", "2026/2027", "year", FIRST_DAY, dt.date(YEAR + 1, 5, 31))
HOLIDAYS = (dt.date(YEAR, 10, 25), dt.date(YEAR, 11, 2))


def _event(type_: str, school: str, data: dict[str, Any]) -> LoggedEvent:
    return LoggedEvent(str(uuid.uuid4()), type_, 1, school, "2026-09-01T08:00:00+00:00",
                       "2026-09-01T08:00:00+00:00", {"system": "native"}, data)


def school_events(school: str, classes: int, days: int, rng: random.Random) -> Iterator[LoggedEvent]:
    """One school's roster, timetable, holidays and ``days`` school days of lessons, marks and attendance."""
    yield _event("school.registered", school, {"name": school, "timezone": "Europe/Moscow",
                                               "default_scale": "five_point", "average_rule": "weighted"})
    yield _event("reporting_period.defined", school, {"period_id": f"{school}-q1", "kind": "quarter", "number": 1,
                                                      "name": "1 четверть", "academic_year": YEAR,
                                                      "starts_on": "2026-09-01", "ends_on": "2026-10-24"})
    yield _event("holiday.defined", school, {"holiday_id": f"{school}-autumn", "name": "Осенние каникулы",
                                             "academic_year": YEAR, "starts_on": HOLIDAYS[0].isoformat(),
                                             "ends_on": HOLIDAYS[1].isoformat(), "class_id": None})
    for subject in SUBJECTS:
        yield _event("subject.defined", school, {"subject_id": f"{school}-{subject}", "name": subject})
    members = {}
    for n in range(classes):
        class_id = f"{school}-c{n:02d}"
        yield _event("class.defined", school, {"class_id": class_id, "name": f"{5 + n % 7}-{n}",
                                               "academic_year": YEAR, "parent_class_id": None})
        members[class_id] = [f"{class_id}-s{k:02d}" for k in range(25)]
        for student in members[class_id]:
            yield _event("student.enrolled", school, {"student_id": student, "class_id": class_id,
                                                      "enrolled_on": "2026-09-01",
                                                      "name": {"last_name": "Иванов", "first_name": student}})
        for weekday in range(1, 6):
            for slot in range(1, 7):
                subject = SUBJECTS[(weekday * 3 + slot + n) % len(SUBJECTS)]
                yield _event("timetable.defined", school, {
                    "entry_id": f"{class_id}-{weekday}-{slot}", "class_id": class_id,
                    "subject_id": f"{school}-{subject}", "weekday": weekday, "slot": slot, "frequency": "weekly",
                    "valid_from": "2026-09-01", "valid_to": None, "starts_at": None, "ends_at": None,
                    "teacher_id": f"{school}-t-{subject}", "room": None})
    day, held = FIRST_DAY, 0
    while held < days:
        if day.isoweekday() < 6 and not HOLIDAYS[0] <= day <= HOLIDAYS[1]:
            held += 1
            for class_id, students in members.items():
                yield from _class_day(school, class_id, students, day, rng)
        day += dt.timedelta(days=1)


def _class_day(school: str, class_id: str, students: list[str], day: dt.date,
               rng: random.Random) -> Iterator[LoggedEvent]:
    n = int(class_id.rsplit("c", 1)[1])
    for slot in range(1, 7):
        subject = SUBJECTS[(day.isoweekday() * 3 + slot + n) % len(SUBJECTS)]
        lesson = f"{class_id}-{day:%m%d}-{slot}"
        teacher = f"{school}-t-{subject}"
        yield _event("lesson.scheduled", school, {"lesson_id": lesson, "class_id": class_id,
                                                  "subject_id": f"{school}-{subject}", "date": day.isoformat(),
                                                  "slot": slot, "teacher_id": teacher})
        for student in students:
            if rng.random() < 0.04:
                yield _event("attendance.marked", school, {"student_id": student, "lesson_id": lesson,
                                                           "status": rng.choice(["absent", "ill", "late"])})
            if rng.random() < 0.3:
                value = rng.choices(*MARKS)[0]
                norm = normalise("five_point", value)
                yield _event("grade.recorded", school, {
                    "grade_id": f"{lesson}-{student}", "student_id": student, "lesson_id": lesson, "value": value,
                    "scale": "five_point", "normalised": norm.normalised, "conversion": norm.conversion,
                    "counts_in_average": True, "weight": rng.choice([1.0, 1.0, 2.0, 3.0]), "teacher_id": teacher})


def fill(engine, events: Iterator[LoggedEvent], batch: int = 5000) -> int:  # noqa: ANN001
    create_schema(engine)
    with engine.connect() as conn:
        targets = versions.live_table_map(conn, ALL_PROJECTIONS)  # the live versions' tables behind the views
    count, uow = 0, UnitOfWork()
    for event in events:
        for projection in ALL_PROJECTIONS:
            if event.type in projection.handles:
                projection.apply(event, uow)
        count += 1
        if count % batch == 0:
            with engine.begin() as conn:
                uow.flush(conn, targets)
    with engine.begin() as conn:
        uow.flush(conn, targets)
    return count


def timed(engine, fn: Callable, repeat: int) -> float:  # noqa: ANN001
    samples = []
    for _ in range(repeat):
        with engine.connect() as conn:
            started = time.perf_counter()
            fn(conn)
            samples.append((time.perf_counter() - started) * 1000)
    return stats.median(samples)


def measurements(big: str) -> dict[str, Callable]:
    cls, student, monday = f"{big}-c00", f"{big}-c00-s00", dt.date(2026, 10, 12)

    def school(period: statistics.Period) -> Callable:
        return lambda conn: fold(statistics.partial(conn, big, period), ("subject_id",), scale="five_point",
                                 rule="weighted")

    return {
        "class statistics, quarter": lambda conn: fold(statistics.partial(conn, big, QUARTER, [cls]),
                                                       ("subject_id",), scale="five_point", rule="weighted"),
        "school statistics, quarter": school(QUARTER),
        "school statistics, year": school(YEAR_PERIOD),
        "class schedule, one week": lambda conn: schedule.class_week(conn, cls, monday),
        "student schedule, one week": lambda conn: schedule.student_week(conn, student, monday),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.statistics", description=__doc__.split("\n")[0])
    parser.add_argument("--big-classes", type=int, default=40)
    parser.add_argument("--schools", type=int, default=9)
    parser.add_argument("--days", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--postgres", default=None)
    args = parser.parse_args(argv)
    from bench.projection import fresh_postgres_database, postgres_server_url
    from hub.store.db import make_engine

    def events() -> Iterator[LoggedEvent]:
        rng = random.Random(2026)
        yield from school_events("big", args.big_classes, args.days, rng)
        for n in range(args.schools):
            yield from school_events(f"s{n:02d}", 10, args.days, rng)

    for name in args.engines.split(","):
        with tempfile.TemporaryDirectory() as scratch:
            if name == "sqlite":
                _run(name, make_engine(f"sqlite:///{Path(scratch) / 'views.db'}"), events, args.repeat)
            else:
                with fresh_postgres_database(postgres_server_url(args.postgres)) as (url, _db):
                    _run(name, make_engine(url), events, args.repeat)


def _run(name: str, engine, events: Callable, repeat: int) -> None:  # noqa: ANN001
    started = time.perf_counter()
    count = fill(engine, events())
    from sqlalchemy import func, select, text

    if engine.dialect.name == "postgresql":  # what autovacuum does in a running database; the planner needs it
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))

    from projections import diary
    with engine.connect() as conn:
        marks = conn.execute(select(func.count()).select_from(diary.marks)).scalar()
        big_marks = conn.execute(select(func.count()).select_from(diary.marks)
                                 .where(diary.marks.c.school_id == "big")).scalar()
    print(f"{name}: {count:,} events ({marks:,} marks, {big_marks:,} in the large school) loaded in "
          f"{time.perf_counter() - started:.0f} s")
    for label, fn in measurements("big").items():
        print(f"  {label:<30} {timed(engine, fn, repeat):8.1f} ms (median of {repeat})")
    engine.dispose()


if __name__ == "__main__":
    main()
