"""A deterministic, realistic stream of canonical events for projector tests and throughput measurements.

``workload(n, seed)`` yields validated envelopes: schools with classes, subgroups, subjects, teachers, students,
guardians and reporting periods first, then school days of lessons with attendance, marks and homework, and the
changes that make projections interesting (amended/retracted marks, cancelled lessons, updated/withdrawn homework,
corrected attendance, withdrawn students). ``fill_log(log, n)`` appends them to a started log.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hub.events.envelope import Envelope, Source, derive_event_id, encode
from hub.events.registry import model_for
from hub.log.port import EventLog, OutgoingRecord

START = dt.date(2024, 9, 2)
SUBJECTS = ("math", "russian", "english", "physics", "history", "biology")
FIVE = (("5", 100.0), ("4", 75.0), ("4-", 68.75), ("3", 50.0), ("2", 25.0))


class Stream:
    def __init__(self, school: str) -> None:
        self.school, self.serial = school, 0

    def event(self, type_: str, data: dict[str, Any], day: dt.date = START) -> Envelope:
        self.serial += 1
        payload = model_for(type_, 1).model_validate(data).model_dump(mode="json")
        at = dt.datetime.combine(day, dt.time(8), tzinfo=dt.timezone.utc)
        return Envelope(
            event_id=derive_event_id("native", self.school, f"{type_}:{self.serial}", 1), type=type_, schema_version=1,
            school_id=self.school, occurred_at=at, recorded_at=at,
            source=Source(system="native", record_id=f"{type_}:{self.serial}", revision=1), data=payload,
        )


def _name(rng: random.Random, n: int) -> dict[str, str]:
    return {"last_name": f"Last{n}", "first_name": rng.choice(["Anna", "Ivan", "Olga", "Petr"]),
            "middle_name": rng.choice(["Ivanovna", "Petrovich", None]) or "Sergeevna"}


def _roster(s: Stream, rng: random.Random, classes: int, per_class: int) -> Iterator[tuple[Envelope, list[str], dict]]:
    yield s.event("school.registered", {"name": f"School {s.school}"}), [], {}
    for subject in SUBJECTS:
        yield s.event("subject.defined", {"subject_id": f"{s.school}-{subject}", "name": subject.title()}), [], {}
    yield s.event("reporting_period.defined", {"period_id": f"{s.school}-q1", "kind": "quarter", "number": 1,
                  "name": "Q1", "academic_year": 2024, "starts_on": "2024-09-01", "ends_on": "2024-10-27"}), [], {}
    for c in range(classes):
        cls, sub = f"{s.school}-c{c}", f"{s.school}-c{c}-g1"
        yield s.event("class.defined", {"class_id": cls, "name": f"{5 + c}A", "academic_year": 2024}), [], {}
        yield s.event("class.defined", {"class_id": sub, "name": f"{5 + c}A/1", "academic_year": 2024,
                                        "parent_class_id": cls}), [], {}
        for i, subject in enumerate(SUBJECTS):
            yield s.event("teacher.assigned", {"teacher_id": f"{s.school}-t{i}", "role": "subject_teacher",
                          "class_id": cls, "subject_id": f"{s.school}-{subject}", "name": _name(rng, i)}), [], {}
        members: list[str] = []
        for k in range(per_class):
            student = f"{s.school}-c{c}-s{k}"
            members.append(student)
            yield s.event("student.enrolled", {"student_id": student, "class_id": cls, "name": _name(rng, k),
                                               "enrolled_on": "2024-09-01"}), [], {}
            if k % 2 == 0:
                yield s.event("student.enrolled", {"student_id": student, "class_id": sub, "name": _name(rng, k),
                                                   "enrolled_on": "2024-09-01"}), [], {}
            yield s.event("guardian.linked", {"guardian_id": f"{s.school}-g{c}-{k // 2}", "student_id": student,
                                              "relation": "parent", "name": _name(rng, 100 + k)}), [], {}
        yield None, members, {"class": cls, "subgroup": sub}


def _day(s: Stream, rng: random.Random, day: dt.date, cls: str, sub: str, members: list[str]) -> Iterator[Envelope]:
    for slot in range(1, 6):
        subject = SUBJECTS[(slot + day.toordinal()) % len(SUBJECTS)]
        target = sub if slot == 5 else cls
        lesson = f"{target}-{day.isoformat()}-{slot}"
        pupils = members[::2] if target == sub else members
        subject_id = f"{s.school}-{subject}"
        yield s.event("lesson.scheduled", {"lesson_id": lesson, "class_id": target, "subject_id": subject_id,
                      "date": day.isoformat(), "slot": slot, "starts_at": f"{7 + slot:02d}:30:00",
                      "teacher_id": f"{s.school}-t{SUBJECTS.index(subject)}", "topic": f"Topic {slot}"}, day)
        if rng.random() < 0.03:
            yield s.event("lesson.cancelled", {"lesson_id": lesson, "reason": "teacher ill"}, day)
            continue
        if rng.random() < 0.4:
            hw = f"hw-{lesson}"
            yield s.event("homework.assigned", {"homework_id": hw, "class_id": target, "subject_id": subject_id,
                          "lesson_id": lesson, "due_on": (day + dt.timedelta(days=7)).isoformat(),
                          "text": "Read §1"}, day)
            if rng.random() < 0.2:
                yield s.event("homework.updated", {"homework_id": hw, "class_id": target, "lesson_id": lesson,
                              "subject_id": subject_id, "text": "Read §1-2",
                              "attachments": [{"name": "p.pdf", "url": "https://x/p.pdf"}]}, day)
            elif rng.random() < 0.1:
                yield s.event("homework.withdrawn", {"homework_id": hw}, day)
        for student in pupils:
            status = "present" if rng.random() < 0.9 else rng.choice(["absent", "ill", "late"])
            yield s.event("attendance.marked", {"student_id": student, "lesson_id": lesson, "status": status}, day)
            if status != "present" and rng.random() < 0.2:
                yield s.event("attendance.corrected", {"student_id": student, "lesson_id": lesson,
                                                       "status": "excused"}, day)
        for student in rng.sample(pupils, k=min(3, len(pupils))):
            grade = f"g-{lesson}-{student}"
            value, norm = rng.choice(FIVE)
            base = {"grade_id": grade, "student_id": student, "lesson_id": lesson, "value": value,
                    "scale": "five_point", "normalised": norm, "conversion": "five_point.linear.v1",
                    "counts_in_average": True}
            yield s.event("grade.recorded", base, day)
            if rng.random() < 0.1:
                yield s.event("grade.amended", {**base, "value": "5", "normalised": 100.0, "reason": "typo"}, day)
            elif rng.random() < 0.05:
                yield s.event("grade.retracted", {"grade_id": grade, "student_id": student}, day)


def workload(n: int, seed: int = 7, schools: int = 4, classes: int = 2, per_class: int = 24) -> Iterator[Envelope]:
    """About ``n`` events (exactly ``n``: the stream is cut there), schools interleaved day by day."""
    rng = random.Random(seed)
    streams = [Stream(f"sch{i}") for i in range(schools)]
    groups: list[tuple[Stream, str, str, list[str]]] = []
    emitted = 0
    for s in streams:
        for envelope, members, info in _roster(s, rng, classes, per_class):
            if envelope is None:
                groups.append((s, info["class"], info["subgroup"], members))
                continue
            yield envelope
            emitted += 1
    day = START
    while True:
        for s, cls, sub, members in groups:
            for envelope in _day(s, rng, day, cls, sub, members):
                if emitted >= n:
                    return
                yield envelope
                emitted += 1
        if rng.random() < 0.2 and groups and emitted < n:
            s, cls, _sub, members = rng.choice(groups)
            if len(members) > 4:
                yield s.event("student.withdrawn", {"student_id": members.pop(), "class_id": cls,
                                                    "withdrawn_on": day.isoformat()}, day)
                emitted += 1
        day += dt.timedelta(days=1 if day.weekday() < 4 else 3)


def record(envelope: Envelope) -> OutgoingRecord:
    return OutgoingRecord(key=envelope.school_id, event_id=str(envelope.event_id), type=envelope.type,
                          schema_version=envelope.schema_version,
                          timestamp_ms=int(envelope.recorded_at.timestamp() * 1000), value=encode(envelope))


async def fill_log(log: EventLog, n: int, seed: int = 7, chunk: int = 5000, **shape: int) -> int:
    """Append ``workload(n, seed, **shape)`` to a started log; returns how many records were appended."""
    batch: list[OutgoingRecord] = []
    total = 0
    for envelope in workload(n, seed, **shape):
        batch.append(record(envelope))
        if len(batch) >= chunk:
            total += len(await log.append(batch))
            batch = []
    if batch:
        total += len(await log.append(batch))
    return total


def embedded_log_file(path: Path, n: int, partitions: int) -> Path:
    """An embedded log file at ``path`` holding ``workload(n)`` over ``partitions`` (for module-scoped fixtures)."""
    from hub.log.embedded import EmbeddedLog

    async def fill() -> None:
        log = EmbeddedLog(path, partitions)
        await log.start()
        assert await fill_log(log, n) == n
        await log.close()

    asyncio.run(fill())
    return path
