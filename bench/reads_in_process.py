"""What one read costs without HTTP: ``python -m bench.reads_in_process [--reads N] [--repeat K]``.

The API's own read functions (``hub.api.read._diary`` for a week's diary, ``hub.api.student_views._final_grades``
for the year's final grades), each computed (no answer kept) and kept (``hub.api.answer_cache``: each answer read
once before the clock starts, so every timed read reuses it), called one after another in this process on the
cached city of ``bench.reads`` (``bench.city.prepare_city``: built on first use, about 5 minutes), each for a
random student with that student's guardian as the reader. Per read it prints the CPU of this process, the wall time (CPU plus waiting for
PostgreSQL) and the number of SQL statements. No load, no server: the figure that changes when a read's
statements change, and the one to compare builds by (the load runs of ``bench.reads`` move with the machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import time
from collections.abc import Callable

from sqlalchemy import Engine, event

from bench.city import prepare_city
from bench.workload import YEAR, City, hub_guardian_of
from hub.auth.readers import Reader, Role
from hub.obs import configure_logging
from hub.store.db import make_engine

WARM_UP = 20  # reads before the clock starts: connections opened, statements prepared


def readers(engine: Engine, monday: dt.date) -> dict[str, Callable[[str], object]]:
    from hub.api import read, student_views

    def diary(student: str) -> object:  # computed every time: its answer is never kept
        body, _keep = read._diary(engine, _guardian(student), student, monday, monday + dt.timedelta(days=6))
        if not isinstance(body, bytes) and (not body or not any(day["lessons"] for day in body["days"])):
            raise RuntimeError(f"the diary of {student} has no lessons: the dataset is not what the bench built")
        return body

    def diary_kept(student: str) -> object:  # kept by its first read, before the clock
        body, keep = read._diary(engine, _guardian(student), student, monday, monday + dt.timedelta(days=6))
        if keep is not None:  # what the response's background task does, here and now
            keep.func(*keep.args, **keep.kwargs)
        return body

    def final_grades(student: str) -> object:  # computed every time: its answer is never kept
        return student_views._final_grades(engine, _guardian(student), student, YEAR)[0]

    def final_grades_kept(student: str) -> object:  # kept by its first read, before the clock
        body, keep = student_views._final_grades(engine, _guardian(student), student, YEAR)
        if keep is not None:  # what the response's background task does, here and now
            keep.func(*keep.args, **keep.kwargs)
        return body

    return {"diary": diary, "diary kept": diary_kept, "final-grades": final_grades,
            "final-grades kept": final_grades_kept}


def _forget_kept(engine: Engine) -> None:
    from hub.projector.stamps import answers

    with engine.begin() as conn:
        conn.execute(answers.delete())


def _guardian(student: str) -> Reader:
    return Reader(hub_guardian_of(student), Role.GUARDIAN, None, None)


def measure(engine: Engine, read: Callable[[str], object], students: list[str]) -> dict[str, float]:
    """CPU and wall milliseconds per read, and statements per read, over ``students`` (after a warm-up)."""
    statements = 0

    def count(*_args: object) -> None:
        nonlocal statements
        statements += 1

    for student in students[:WARM_UP]:
        read(student)
    event.listen(engine, "before_cursor_execute", count)
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        for student in students:
            read(student)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    finally:
        event.remove(engine, "before_cursor_execute", count)
    n = len(students)
    return {"cpu_ms": cpu / n * 1000, "wall_ms": wall / n * 1000, "statements": statements / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=300, help="reads per endpoint and run (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per endpoint; each is printed (default 3)")
    parser.add_argument("--postgres", default=os.environ.get("HUB_BENCH_POSTGRES",
                                                             "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--schools", type=int, default=100, help="as bench.reads (default 100)")
    parser.add_argument("--classes", type=int, default=40, help="classes per school (default 40)")
    parser.add_argument("--students-per-class", type=int, default=25, help="(default 25)")
    parser.add_argument("--school-days", type=int, default=5, help="school days of lessons and marks (default 5; "
                        "150 is most of a school year: what a diary read scans grows with it)")
    parser.add_argument("--week", choices=("first", "middle", "last"), default="first",
                        help="the diary week read, of the weeks the dataset has (default first)")
    args = parser.parse_args()
    configure_logging("console", "warning")  # building the city projects it: per-batch lines would drown the report
    city = City(schools=args.schools, classes=args.classes, students=args.students_per_class,
                school_days=args.school_days)
    if args.reads > city.student_count:
        parser.error(f"--reads {args.reads} is more than the city's {city.student_count} students")
    dataset = prepare_city(city, args.postgres)
    engine = make_engine(dataset.db_url)
    rng = random.Random(city.seed)
    students = [city.hub_student(n) for n in rng.sample(range(city.student_count), args.reads)]
    print(f"{city.student_count:,} students, {args.school_days} school days, database {dataset.db_name}; "
          f"{args.reads} reads per run, one at a time")
    try:
        weeks = city.weeks()
        monday = {"first": weeks[0], "middle": weeks[len(weeks) // 2], "last": weeks[-1]}[args.week]
        for name, read in readers(engine, monday).items():
            for student in students if name.endswith("kept") else ():  # every answer kept before the clock
                read(student)
            for run in range(1, args.repeat + 1):
                if not name.endswith("kept"):  # computed: none kept (the load runs of bench.reads keep theirs)
                    _forget_kept(engine)
                figures = measure(engine, read, students)
                print(f"  {name:<13} run {run}: CPU {figures['cpu_ms']:.2f} ms, wall {figures['wall_ms']:.2f} ms, "
                      f"{figures['statements']:.1f} statements per read")
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
