"""Latency of ``GET /v1/students/{id}/final-grades`` on PostgreSQL views: ``python -m bench.student_views``.

1. Seed a fresh PostgreSQL database directly with ``COPY`` (not through the log: this measures the read path):
   schools with quarters, half-years and a year; classes of 25 students with 30 lessons a week from September to
   May; each student a mark at ~35% of their lessons (weights 1-2, some +/-), ~8% of lessons absent/ill/late,
   teacher-set quarter marks; a guardian per student.
2. Time the view in-process (one connection, sequential): what one request costs the database and Python.
3. Serve it with ``hub serve`` (``--workers``) and send requests from ``--connections`` keep-alive clients (threads,
   ``http.client``) for ``--seconds``, each for a random student with that student's guardian token: p50/p99.

The load generator runs on the same machine and takes CPU from the server: quote the machine and its load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import random
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import create_engine

from bench.ingest_http import REPO, ApiServer, _healthy, hub_command, hub_env, stop_api
from bench.machine import Window, processes_named
from hub.auth.readers import Role, TokenService
from hub.config import Mode, Settings
from hub.devtools.tansu import free_port, wait_for_port
from projections import create_schema
from tests.brokers import LOCAL_POSTGRES, fresh_database

YEAR, START, END = 2026, dt.date(2026, 9, 1), dt.date(2027, 5, 31)
QUARTERS = [("q1", "2026-09-01", "2026-10-24"), ("q2", "2026-11-04", "2026-12-28"),
            ("q3", "2027-01-09", "2027-03-20"), ("q4", "2027-03-30", "2027-05-31")]
SUBJECTS = 15
CLASS_SIZE = 25
WARMUP_S = 3.0
VALUES = [("5", 100.0), ("4", 75.0), ("4-", 68.75), ("3", 50.0), ("5-", 93.75), ("2", 25.0), ("4+", 81.25)]


def school_days() -> list[dt.date]:
    day, days = START, []
    while day <= END:
        if day.weekday() < 5 and any(dt.date.fromisoformat(a) <= day <= dt.date.fromisoformat(b) for _, a, b in QUARTERS):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def seed(url: str, students: int, schools: int) -> None:
    """Step 1 (see the module docstring)."""
    import psycopg

    rng, days = random.Random(1), school_days()
    create_schema(create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1)))
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1)) as conn, conn.cursor() as cur:
        rows: dict[str, list[tuple]] = {name: [] for name in ("schools", "periods", "subjects", "classes", "students",
                                                              "enrolments", "guardians", "lessons", "marks",
                                                              "attendance", "finals")}
        for s in range(schools):
            school = f"s{s}"
            rows["schools"].append((school, f"Школа {s}", "Europe/Moscow", "five_point", "weighted"))
            for number, (pid, a, b) in enumerate(QUARTERS, 1):
                rows["periods"].append((f"{school}-{pid}", school, "quarter", number, f"{number} четверть", YEAR, a, b))
            rows["periods"] += [(f"{school}-h1", school, "half_year", 1, "1 полугодие", YEAR, "2026-09-01", "2026-12-28"),
                                (f"{school}-h2", school, "half_year", 2, "2 полугодие", YEAR, "2027-01-09", "2027-05-31"),
                                (f"{school}-y", school, "year", 1, "Год", YEAR, "2026-09-01", "2027-05-31")]
            rows["subjects"] += [(f"{school}-sub{j}", school, f"Предмет {j}") for j in range(SUBJECTS)]
        for c in range(-(-students // CLASS_SIZE)):
            school, cls = f"s{c % schools}", f"c{c}"
            rows["classes"].append((cls, school, f"{5 + c % 7}{'АБВГ'[c % 4]}", YEAR))
            lessons = [(f"{cls}-{day:%m%d}-{slot}", school, cls, f"{school}-sub{(day.toordinal() + slot) % SUBJECTS}",
                        day, slot) for day in days for slot in range(6)]
            rows["lessons"] += lessons
            for i in range(c * CLASS_SIZE, min(students, (c + 1) * CLASS_SIZE)):
                student = f"st{i}"
                rows["students"].append((student, school, f"Ученик{i}", "Имя"))
                rows["enrolments"].append((student, cls, school, START))
                rows["guardians"].append((f"g{i}", student, school, "parent"))
                for lesson_id, _school, _cls, subject, day, _slot in lessons:
                    draw = rng.random()
                    if draw < 0.35:
                        value, norm = rng.choice(VALUES)
                        rows["marks"].append((f"m-{student}-{lesson_id}", school, student, lesson_id, value,
                                              "five_point", norm, True, float(rng.choice((1, 1, 2)))))
                    if draw > 0.92:
                        rows["attendance"].append((student, lesson_id, school, rng.choice(("absent", "ill", "late"))))
                for j in range(SUBJECTS):
                    rows["finals"].append((f"f-{student}-{j}", school, student, f"{school}-sub{j}", f"{school}-q1",
                                           rng.choice("345"), "five_point"))
        copies = {
            "schools": "roster_schools (school_id, name, timezone, default_scale, average_rule)",
            "periods": "roster_reporting_periods (period_id, school_id, kind, number, name, academic_year, starts_on, ends_on)",
            "subjects": "roster_subjects (subject_id, school_id, name)",
            "classes": "roster_classes (class_id, school_id, name, academic_year)",
            "students": "roster_students (student_id, school_id, last_name, first_name)",
            "enrolments": "roster_enrolments (student_id, class_id, school_id, enrolled_on)",
            "guardians": "roster_guardian_links (guardian_id, student_id, school_id, relation)",
            "lessons": "diary_lessons (lesson_id, school_id, class_id, subject_id, date, slot)",
            "marks": "diary_marks (grade_id, school_id, student_id, lesson_id, value, scale, normalised, "
                     "counts_in_average, weight)",
            "attendance": "diary_attendance (student_id, lesson_id, school_id, status)",
            "finals": "final_grades_marks (final_grade_id, school_id, student_id, subject_id, period_id, value, scale)",
        }
        for name, target in copies.items():
            with cur.copy(f"COPY {target} FROM STDIN") as copy:
                for row in rows[name]:
                    copy.write_row(row)
        conn.commit()
        cur.execute("ANALYZE")
    print({name: len(values) for name, values in rows.items()}, flush=True)


def in_process(url: str, students: int, samples: int) -> None:
    """Step 2."""
    from hub.api.student_views import _final_grades
    from hub.auth.readers import Reader
    from hub.store.db import make_engine

    engine, rng, took = make_engine(url), random.Random(2), []
    for n in range(samples + 20):
        i = rng.randrange(students)
        started = time.perf_counter()
        body = _final_grades(engine, Reader(f"g{i}", Role.GUARDIAN, None), f"st{i}", YEAR)
        if n >= 20:
            took.append((time.perf_counter() - started) * 1000)
    assert len(body["subjects"]) == SUBJECTS, body
    took.sort()
    print(f"in-process, sequential, {samples} students: p50 {took[len(took) // 2]:.1f} ms, "
          f"p99 {took[int(len(took) * 0.99)]:.1f} ms", flush=True)


def over_http(url: str, students: int, connections: int, seconds: float, workers: int) -> None:
    """Step 3."""
    data_dir = Path(tempfile.mkdtemp(prefix="bench-views-"))
    port = free_port()
    env = {**hub_env(data_dir, f"sqlite:///{data_dir}/log.db", port, workers), "HUB_DB_URL": url}
    tokens = TokenService(Settings(mode=Mode.DEV, data_dir=data_dir))
    output = open(data_dir / "api.log", "wb")  # noqa: SIM115 - kept open for the server's life
    import subprocess

    proc = subprocess.Popen(hub_command("serve", "--port", str(port)), env=env, cwd=REPO, stdout=output,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = ApiServer(proc, port, "", data_dir, "", data_dir / "api.log")
    try:
        if not wait_for_port("127.0.0.1", port, 60, proc) or not _healthy(port):
            raise RuntimeError(server.output_tail())
        latencies, errors = [], []
        begin, stop = time.monotonic() + WARMUP_S, time.monotonic() + WARMUP_S + seconds

        def client(seed_: int) -> None:
            rng, conn = random.Random(seed_), http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while time.monotonic() < stop:
                i = rng.randrange(students)
                headers = {"Authorization": f"Bearer {tokens.issue(f'g{i}', Role.GUARDIAN)}"}
                started = time.perf_counter()
                conn.request("GET", f"/v1/students/st{i}/final-grades?year={YEAR}", headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    errors.append(response.status)
                elif time.monotonic() > begin:
                    latencies.append((time.perf_counter() - started) * 1000)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
        for thread in threads:
            thread.start()
        time.sleep(WARMUP_S)  # every worker has its connections now: count their CPU from here
        database = url.rsplit("/", 1)[1].split("?")[0]
        with Window(pids={"api": server.pids(), "postgres": processes_named(database)}) as window:
            for thread in threads:
                thread.join()
        latencies.sort()
        count = len(latencies)
        print(f"HTTP, {connections} connections, {workers} worker(s), {seconds:.0f} s: {count} requests "
              f"({count / window.wall:.0f}/s), p50 {latencies[count // 2]:.1f} ms, p99 {latencies[int(count * 0.99)]:.1f} ms,"
              f" errors {len(errors)}; CPU per request: API {window.cpu['api'] / count * 1000:.1f} ms, PostgreSQL "
              f"{window.cpu['postgres'] / count * 1000:.1f} ms; machine busy {window.machine_busy_percent}%, load "
              f"{window.load_before} -> {window.load_after}", flush=True)
    finally:
        stop_api(server)
        output.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=2000)
    parser.add_argument("--schools", type=int, default=8)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    server = os.environ.get("HUB_TEST_POSTGRES_URL") or LOCAL_POSTGRES
    with fresh_database(server) as url:
        started = time.monotonic()
        seed(url, args.students, args.schools)
        print(f"seeded in {time.monotonic() - started:.0f} s", flush=True)
        views_url = url if "+psycopg" in url else url.replace("postgresql://", "postgresql+psycopg://", 1)
        in_process(views_url, args.students, args.samples)
        over_http(views_url, args.students, args.connections, args.seconds, args.workers)


if __name__ == "__main__":
    main()
