"""Rebuild equals incremental for the schedule and the statistics: the log projected in small batches while it
grows ends with the same view tables (a digest of every table of every projection) and the same schedule and
statistics answers as one clean projection of the whole log; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random

import orjson

from hub.log.embedded import EmbeddedLog
from hub.projector.runner import project_all
from hub.reports.statistics_report import school_report
from projections import ALL_PROJECTIONS, schedule
from projections.base import table_digest
from projections.statistics import Period
from tests.integration.projector_workload import Stream, record, workload

SCHOOLS, CLASSES = ("sch0", "sch1"), 2
Q1 = Period("q1", "Q1", "quarter", dt.date(2024, 9, 1), dt.date(2024, 10, 27))
WEEKS = [dt.date(2024, 9, 2) + dt.timedelta(weeks=n) for n in range(10)]


def plan_events(seed: int = 11) -> list:
    """Timetables, holidays and their corrections for every class and subgroup of the workload's schools."""
    rng, events = random.Random(seed), []
    for school in SCHOOLS:
        s = Stream(school)
        s.serial = 1_000_000  # record ids (and so event ids) apart from the workload's
        events.append(s.event("holiday.defined", {"holiday_id": f"{school}-autumn", "name": "Осенние каникулы",
                                                  "academic_year": 2024, "starts_on": "2024-10-28",
                                                  "ends_on": "2024-11-04"}))
        for c in range(CLASSES):
            for group in (f"{school}-c{c}", f"{school}-c{c}-g1"):
                for weekday in range(1, 6):
                    for slot in (1, 6):
                        events.append(s.event("timetable.defined", {
                            "entry_id": f"{group}-{weekday}-{slot}", "class_id": group,
                            "subject_id": f"{school}-math", "weekday": weekday, "slot": slot,
                            "frequency": "weekly" if slot == 6 else rng.choice(["weekly", "every_other_week"]),
                            "valid_from": f"2024-09-{rng.randint(2, 12):02d}"}))
            events.append(s.event("holiday.defined", {"holiday_id": f"{school}-c{c}-trip", "name": "Экскурсия",
                                                      "academic_year": 2024, "starts_on": "2024-09-19",
                                                      "ends_on": "2024-09-20", "class_id": f"{school}-c{c}"}))
            events.append(s.event("timetable.withdrawn", {"entry_id": f"{school}-c{c}-2-6"}))
            events.append(s.event("timetable.defined", {
                "entry_id": f"{school}-c{c}-3-6", "class_id": f"{school}-c{c}", "subject_id": f"{school}-math",
                "weekday": 4, "slot": 7, "valid_from": "2024-09-02", "valid_to": "2024-10-10"}))
            events.append(s.event("lesson.cancelled", {"lesson_id": f"tt:{school}-c{c}-5-6:2024-10-18"}))
    return events


def stream() -> list:
    """The workload with the plan events spread through it (each school's in its own order)."""
    base, plan = list(workload(3000, schools=len(SCHOOLS), classes=CLASSES, per_class=8)), plan_events()
    step = len(base) // (len(plan) + 1)
    merged = []
    for n, envelope in enumerate(base):
        merged.append(envelope)
        if n % step == step - 1 and plan:
            merged.append(plan.pop(0))
    return merged + plan


def answers(engine) -> bytes:
    """Every schedule week of every class and subgroup, and each school's statistics, as canonical JSON."""
    with engine.connect() as conn:
        weeks = {f"{school}-c{c}{g}|{monday}": schedule.class_week(conn, f"{school}-c{c}{g}", monday)
                 for school in SCHOOLS for c in range(CLASSES) for g in ("", "-g1") for monday in WEEKS}
        stats = {school: school_report(conn, school, Q1) for school in SCHOOLS}
    return orjson.dumps({"weeks": weeks, "statistics": stats}, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, [table for p in ALL_PROJECTIONS for table in p.tables])


async def test_incremental_projection_equals_a_rebuild(tmp_path, new_engine):
    events = stream()
    log = EmbeddedLog(tmp_path / "log.db", 4)
    await log.start()
    incremental, rebuilt = new_engine(), new_engine()
    try:
        chunk = len(events) // 5 + 1
        for start in range(0, len(events), chunk):  # the log grows; the views follow in small batches
            await log.append([record(e) for e in events[start:start + chunk]])
            await project_all(log, incremental, batch_size=37)
        await project_all(log, rebuilt, batch_size=5000)
    finally:
        await log.close()
    assert digest(incremental) == digest(rebuilt)
    with incremental.connect() as conn:
        timetable_rows = conn.execute(schedule.timetable.select()).all()
    assert len(timetable_rows) == len(SCHOOLS) * CLASSES * 2 * 10  # a re-sent entry replaces its row
    first, second = answers(incremental), answers(rebuilt)
    assert first == second
    parsed = orjson.loads(first)
    generated = [l for days in parsed["weeks"].values() for d in days for l in d["lessons"] if l["source"] == "timetable"]
    assert generated and any(l["cancelled"] for l in generated)
    assert all(s["total"]["marks"] > 0 for s in parsed["statistics"].values())
