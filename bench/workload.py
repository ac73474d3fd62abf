"""The benchmark workload: realistic, valid native records for many schools, in vendor-sized batches.

``native_records(n)`` yields exactly ``n`` native-format records (what a vendor POSTs to ``/v1/ingest/native``):
first each school's roster (school, subjects, reporting period, classes, teachers, students, guardians), then
school days interleaved across schools, so a batch of 500 spans many schools and every log partition. The mix is
what a gradebook sends day to day: mostly grades, lessons, homework and attendance, with a few amendments,
retractions and cancellations. The number of schools grows with ``n`` (40 schools for 200k records: about 10,000
students), so the projections see as many distinct rows as a district would produce.

``prepare(n, batch)`` materialises what the sections need, once per run: the request bodies (orjson, pre-serialised)
and the same records translated by the native adapter and encoded as ``OutgoingRecord``s (what the ingest path
appends), so the raw-append and projection figures are measured on the events the API would have produced.

``city_records(City(...))`` is the same generator at a fixed shape for the reads section (default 100 schools x 40
classes x 25 students = 100,000 students, one school week); ``outgoing_chunks`` translates and encodes it in
chunks, so it is never held in memory whole.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from hub.events.tenancy import qualified_id

TZ = dt.timezone(dt.timedelta(hours=3))
YEAR = 2026
FIRST_DAY = dt.date(YEAR, 9, 1)
BELLS = [("08:30", "09:15"), ("09:25", "10:10"), ("10:30", "11:15"), ("11:35", "12:20"), ("12:30", "13:15"),
         ("13:25", "14:10")]
SUBJECTS = ["math", "russian", "literature", "english", "history", "biology", "geography", "physics", "pe"]
FIRST = ["Александр", "Максим", "Иван", "Артём", "Михаил", "София", "Анна", "Мария", "Алиса", "Полина"]
LAST = ["Смирнов", "Иванов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков"]
TOPICS = ["Введение", "Повторение", "Практическая работа", "Самостоятельная работа", "Разбор ошибок", "Новая тема"]
MARKS = (["5", "4", "3", "2", "5-", "4+", "4-", "3+"], [30, 30, 15, 4, 6, 6, 6, 3])
WORK_TYPES = (["lesson_work", "oral_answer", "homework_check", "test", "control_work"], [55, 20, 10, 10, 5],
              {"lesson_work": 1.0, "oral_answer": 1.0, "homework_check": 1.0, "test": 2.0, "control_work": 3.0})
PERIODS = [  # (record key, kind, number, name, starts_on, ends_on); the workload uses the first, the city all
    ("q1", "quarter", 1, "1 четверть", f"{YEAR}-09-01", f"{YEAR}-10-24"),
    ("q2", "quarter", 2, "2 четверть", f"{YEAR}-11-03", f"{YEAR}-12-28"),
    ("q3", "quarter", 3, "3 четверть", f"{YEAR + 1}-01-12", f"{YEAR + 1}-03-20"),
    ("q4", "quarter", 4, "4 четверть", f"{YEAR + 1}-03-30", f"{YEAR + 1}-05-26"),
    ("year", "year", 1, "Год", f"{YEAR}-09-01", f"{YEAR + 1}-05-26"),
]
CLASSES_PER_SCHOOL = 10
STUDENTS_PER_CLASS = 25
RECORDS_PER_SCHOOL = 5_000  # how many records justify one more school (at most MAX_SCHOOLS)
MAX_SCHOOLS = 40


def school_count(n: int) -> int:
    return max(2, min(MAX_SCHOOLS, n // RECORDS_PER_SCHOOL))


def school_ids(n: int) -> list[str]:
    return [f"sch-bench-{i:03d}" for i in range(school_count(n))]


def native_records(n: int, seed: int = 2026) -> Iterator[dict[str, Any]]:
    """Exactly ``n`` valid native records (deterministic for a given ``n`` and ``seed``)."""
    rng = random.Random(seed)
    schools = [_School(sid, rng) for sid in school_ids(n)]
    records = itertools.chain((r for school in schools for r in school.roster()), _school_days(schools))
    yield from itertools.islice(records, n)


@dataclass(frozen=True)
class City:
    """A city-scale dataset: ``schools`` x ``classes`` x ``students`` (per class), ``school_days`` weekdays of
    lessons from ``first_day`` (by default the Monday of the second school week, so that the first five make a
    whole Monday-to-Sunday diary week), every school with a class teacher per class and four quarters and the year
    as reporting periods."""

    schools: int = 100
    classes: int = 40
    students: int = 25
    school_days: int = 5
    first_day: dt.date = dt.date(YEAR, 9, 7)
    seed: int = 2026

    @property
    def student_count(self) -> int:
        return self.schools * self.classes * self.students

    def school_id(self, index: int) -> str:
        return f"sch-city-{index:03d}"

    def student(self, index: int) -> str:
        """The ``index``-th student (0 <= index < student_count), in the ids ``city_records`` uses."""
        school, rest = divmod(index, self.classes * self.students)
        cls, k = divmod(rest, self.students)
        return f"{self.school_id(school)}-c{cls:02d}-s{k:02d}"

    def hub_student(self, index: int) -> str:
        """The ``index``-th student's canonical id, the one the read API takes (``native:<school>:<local id>``,
        ``hub.events.tenancy``)."""
        return qualified_id("native", self.school_id(index // (self.classes * self.students)), self.student(index))

    def days(self) -> list[dt.date]:
        return list(itertools.islice((d for d in _calendar(self.first_day) if d.weekday() < 5), self.school_days))

    def weeks(self) -> list[dt.date]:
        """The Mondays of the diary weeks the dataset has lessons in."""
        return sorted({d - dt.timedelta(days=d.weekday()) for d in self.days()})


def guardian_of(student_id: str) -> str:
    """The guardian ``roster()`` links to each student."""
    return f"gu-{student_id}"


def hub_guardian_of(hub_student_id: str) -> str:
    """The canonical id of the guardian linked to a student given by its canonical id (``City.hub_student``)."""
    system, school, local = hub_student_id.split(":", 2)
    return qualified_id(system, school, guardian_of(local))


def city_records(city: City) -> Iterator[dict[str, Any]]:
    """Every school's roster, then ``city.school_days`` school days interleaved across schools."""
    rng = random.Random(city.seed)
    schools = [_School(city.school_id(i), rng, city.classes, city.students, all_periods=True)
               for i in range(city.schools)]
    for school in schools:
        yield from school.roster()
    yield from _school_days(schools, city.school_days, city.first_day)


def _calendar(first_day: dt.date = FIRST_DAY) -> Iterator[dt.date]:
    day = first_day
    while True:
        yield day
        day += dt.timedelta(days=1)


def _school_days(schools: list[_School], count: int | None = None,
                 first_day: dt.date = FIRST_DAY) -> Iterator[dict[str, Any]]:
    """Each weekday from ``first_day`` (``count`` of them, or without end), every school's lessons of the day."""
    weekdays = (d for d in _calendar(first_day) if d.weekday() < 5)
    for day in itertools.islice(weekdays, count):
        for school in schools:
            yield from school.day(day)


def _rec(kind: str, school: str, record_id: str, data: dict[str, Any], at: dt.datetime,
         revision: int = 1) -> dict[str, Any]:
    return {"type": kind, "school_id": school, "occurred_at": at.isoformat(), "record_id": record_id,
            "revision": revision, "data": data}


def _at(day: dt.date, hhmm: str = "08:00") -> dt.datetime:
    hour, minute = map(int, hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


class _School:
    def __init__(self, school_id: str, rng: random.Random, classes: int = CLASSES_PER_SCHOOL,
                 students: int = STUDENTS_PER_CLASS, all_periods: bool = False) -> None:
        self.id, self.rng, self.all_periods = school_id, rng, all_periods
        self.classes = [f"{school_id}-c{c:02d}" for c in range(classes)]
        self.students = {c: [f"{c}-s{k:02d}" for k in range(students)] for c in self.classes}
        self.teachers_per_subject = max(3, classes // 4)  # one teacher of a subject takes about four classes

    def _name(self) -> dict[str, str]:
        return {"last_name": self.rng.choice(LAST), "first_name": self.rng.choice(FIRST)}

    def teacher(self, subject: str, class_index: int) -> str:
        return f"{self.id}-t-{subject}-{class_index % self.teachers_per_subject}"

    def roster(self) -> Iterator[dict[str, Any]]:
        sid, at = self.id, _at(dt.date(YEAR, 8, 28))
        yield _rec("school.registered", sid, "school", {"name": f"Школа {sid}", "timezone": "Europe/Moscow"}, at)
        for subject in SUBJECTS:
            yield _rec("subject.defined", sid, f"subject-{subject}",
                       {"subject_id": f"{sid}-{subject}", "name": subject.title()}, at)
        for key, kind, number, name, starts, ends in PERIODS[:None if self.all_periods else 1]:
            yield _rec("reporting_period.defined", sid, f"period-{key}", {
                "period_id": f"{sid}-{YEAR}-{key}", "kind": kind, "number": number, "name": name,
                "academic_year": YEAR, "starts_on": starts, "ends_on": ends}, at)
        for index, cls in enumerate(self.classes):
            yield _rec("class.defined", sid, f"class-{cls}", {"class_id": cls, "name": f"{5 + index % 7}-{index}",
                                                              "grade_level": 5 + index % 7, "academic_year": YEAR}, at)
            for subject in SUBJECTS:
                yield _rec("teacher.assigned", sid, f"assign-{cls}-{subject}", {
                    "teacher_id": self.teacher(subject, index), "role": "subject_teacher", "class_id": cls,
                    "subject_id": f"{sid}-{subject}", "name": self._name()}, at)
            if self.all_periods:  # the city also has a class teacher per class
                yield _rec("teacher.assigned", sid, f"assign-{cls}-class", {
                    "teacher_id": self.teacher(SUBJECTS[index % len(SUBJECTS)], index), "role": "class_teacher",
                    "class_id": cls}, at)
            for student in self.students[cls]:
                yield _rec("student.enrolled", sid, f"enrol-{student}", {
                    "student_id": student, "class_id": cls, "enrolled_on": f"{YEAR}-09-01",
                    "name": self._name()}, at)
                yield _rec("guardian.linked", sid, f"link-{student}", {
                    "guardian_id": guardian_of(student), "student_id": student, "relation": "parent",
                    "name": self._name()}, at)

    def day(self, day: dt.date) -> Iterator[dict[str, Any]]:
        for index, cls in enumerate(self.classes):
            for slot in range(1, len(BELLS) + 1):
                subject = SUBJECTS[(day.toordinal() * 3 + index * 2 + slot) % len(SUBJECTS)]
                yield from self._lesson(day, slot, cls, subject, self.teacher(subject, index))

    def _lesson(self, day: dt.date, slot: int, cls: str, subject: str, teacher: str) -> Iterator[dict[str, Any]]:
        rng, sid = self.rng, self.id
        lesson = f"les-{cls}-{day:%Y%m%d}-{slot}"
        starts, ends = BELLS[slot - 1]
        yield _rec("lesson.scheduled", sid, lesson, {
            "lesson_id": lesson, "class_id": cls, "subject_id": f"{sid}-{subject}", "date": day.isoformat(),
            "slot": slot, "starts_at": starts, "ends_at": ends, "teacher_id": teacher,
            "topic": rng.choice(TOPICS)}, _at(day))
        if rng.random() < 0.01:
            yield _rec("lesson.cancelled", sid, lesson, {"lesson_id": lesson, "reason": "Болезнь учителя"},
                       _at(day), revision=2)
            return
        if rng.random() < 0.6:
            yield _rec("homework.assigned", sid, f"hw-{lesson}", {
                "homework_id": f"hw-{lesson}", "class_id": cls, "subject_id": f"{sid}-{subject}",
                "lesson_id": lesson, "due_on": (day + dt.timedelta(days=7)).isoformat(),
                "text": f"§{rng.randint(1, 40)}, упр. {rng.randint(1, 300)}", "teacher_id": teacher}, _at(day, ends))
        for student in self.students[cls]:
            roll = rng.random()
            if roll < 0.08:
                status = rng.choice(["absent", "ill", "late"])
                data: dict[str, Any] = {"student_id": student, "lesson_id": lesson, "status": status}
                if status == "late":
                    data["minutes_late"] = rng.randint(3, 15)
                yield _rec("attendance.marked", sid, f"att-{lesson}-{student}", data, _at(day, ends))
                if status != "late":
                    continue
            if subject == "pe" or rng.random() > 0.3:
                continue
            work = rng.choices(WORK_TYPES[0], WORK_TYPES[1])[0]
            grade = f"gr-{lesson}-{student}"
            data = {"grade_id": grade, "student_id": student, "lesson_id": lesson,
                    "value": rng.choices(*MARKS)[0], "scale": "five_point", "weight": WORK_TYPES[2][work],
                    "work_type": work, "teacher_id": teacher}
            yield _rec("grade.recorded", sid, grade, data, _at(day, ends))
            if rng.random() < 0.01:
                yield _rec("grade.amended", sid, grade, {**data, "value": "5", "reason": "Пересдача"},
                           _at(day + dt.timedelta(days=2), "15:00"), revision=2)
            elif rng.random() < 0.003:
                yield _rec("grade.retracted", sid, grade, {"grade_id": grade, "student_id": student,
                                                           "reason": "Ошибочно выставлена"}, _at(day, "16:00"),
                           revision=2)


# Materialised inputs -------------------------------------------------------------------------------------------


@dataclass
class Workload:
    events: int
    batch: int
    schools: list[str]
    bodies: list[bytes] = field(default_factory=list)  # one JSON array of ``batch`` records per request
    outgoing: list[Any] = field(default_factory=list)  # OutgoingRecord per record, in order (encoded once)
    fingerprints: list[str] = field(default_factory=list)  # the ingest fingerprint of each outgoing record
    mix: Counter = field(default_factory=Counter)
    body_bytes: int = 0
    build_seconds: float = 0.0

    def outgoing_batches(self) -> list[list[Any]]:
        return [self.outgoing[i:i + self.batch] for i in range(0, len(self.outgoing), self.batch)]

    def fingerprint_batches(self) -> list[list[str]]:
        return [self.fingerprints[i:i + self.batch] for i in range(0, len(self.fingerprints), self.batch)]

    def describe(self) -> dict[str, Any]:
        total = sum(self.mix.values()) or 1
        return {"events": self.events, "batch": self.batch, "schools": len(self.schools),
                "students": len(self.schools) * CLASSES_PER_SCHOOL * STUDENTS_PER_CLASS,
                "mean_record_bytes": round(self.body_bytes / max(1, self.events)) if self.bodies else None,
                "mix_percent": {k: round(100 * v / total, 1) for k, v in self.mix.most_common()}}


def prepare(n: int, batch: int, *, bodies: bool, outgoing: bool, seed: int = 2026) -> Workload:
    """Build the request bodies and/or the translated, encoded events of ``native_records(n)``."""
    started = time.perf_counter()
    work = Workload(n, batch, school_ids(n))
    translate = _translator() if outgoing else None
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        if bodies:
            body = orjson.dumps(pending)
            work.bodies.append(body)
            work.body_bytes += len(body)
        if translate is not None:
            for record in pending:
                outgoing, fp = translate(record)
                work.outgoing.append(outgoing)
                work.fingerprints.append(fp)
        pending.clear()

    for record in native_records(n, seed):
        work.mix[record["type"]] += 1
        pending.append(record)
        if len(pending) == batch:
            flush()
    if pending:
        flush()
    work.build_seconds = time.perf_counter() - started
    return work


def _translator():
    """record -> (OutgoingRecord, fingerprint), as the ingest service builds them (native adapter, ledger entry)."""
    from adapters.base import TranslationContext
    from adapters.registry import get_adapter
    from hub import clock
    from hub.events.envelope import encode, fingerprint

    adapter = get_adapter("native")
    ctx = TranslationContext("bench", clock.now())

    def translate(record: dict[str, Any]):
        from hub.log.port import OutgoingRecord

        translation = adapter.translate(record, ctx)
        if translation.errors or len(translation.events) != 1:
            raise ValueError(f"bench workload produced an invalid record {record!r}: {translation.errors}")
        event = translation.events[0]
        # orjson (3.13) leaves each result in a ~4 KiB allocation; an exact-size copy keeps 200k of them small
        value = memoryview(encode(event)).tobytes()
        return OutgoingRecord(event.school_id, event.event_id, event.type, event.schema_version,
                              int(event.recorded_at.timestamp() * 1000), value), fingerprint(event)

    return translate


def outgoing_chunks(records: Iterator[dict[str, Any]], size: int, mix: Counter | None = None) -> Iterator[list[Any]]:
    """``records`` translated by the native adapter and encoded (as ``prepare`` does), ``size`` at a time, without
    holding more than one chunk: how the city dataset is written into a log. ``mix`` counts the record types."""
    translate, chunk = _translator(), []
    for record in records:
        if mix is not None:
            mix[record["type"]] += 1
        chunk.append(translate(record)[0])
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
