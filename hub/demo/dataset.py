"""A realistic, deterministic demo school as native-format records (the same shape a vendor would push).

Three classes (5А, 5Б, 6А) with an English subgroup split in 5А, 22 students each, eight subjects, a weekly
timetable of six lessons a day, the first quarter of the school year plus the second quarter up to the demo
date: lessons with topics, homework, marks on the five-point scale with weights by work type (some amended, one
retracted), a cancelled lesson, attendance (absent, ill, late). Guardians are linked; some have two children.
The school's autumn and winter holidays are defined, and 5А (with its English groups) has a timetable
(``timetable.defined``: weekly, and on Fridays Russian and Literature every other week in slot 6), so its schedule
fills itself for the weeks after the demo date, for which no lessons are sent.
``records()`` yields them in an order a journal would send: roster first, then the plan, then each school day.
``hub.demo.vendor_formats`` re-says 5Б as Dnevnik.ru records and 6А as Elzhur responses (``hub demo`` pushes those
through the vendor adapters and the rest natively); ids here stay native, that module maps them to the canonical
ids the vendor adapters build.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from hub.demo.marks import Term, draw_mark, kind_of_lesson, quarter_mark, work_type_of
from hub.demo.curriculum import (BOYS, CONTROL_WORK, FAMILY_NAMES, FATHERS, GIRLS, MOTHERS, PATRONYMICS, TEST,
                                 homework, surname, topic)

SCHOOL = "sch-1234"
TZ = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow has no DST
YEAR = 2026
BELLS = [("08:30", "09:15"), ("09:25", "10:10"), ("10:30", "11:15"), ("11:35", "12:20"), ("12:30", "13:15"),
         ("13:25", "14:10")]
SUBJECTS = [("math", "Математика"), ("russian", "Русский язык"), ("literature", "Литература"),
            ("english", "Английский язык"), ("history", "История"), ("biology", "Биология"),
            ("geography", "География"), ("pe", "Физическая культура")]
TEACHERS = {"math": ("Петрова", "Анна", "Сергеевна"), "russian": ("Иванова", "Мария", "Петровна"),
            "literature": ("Смирнова", "Ольга", "Игоревна"), "english": ("Кузнецов", "Дмитрий", "Андреевич"),
            "history": ("Соколов", "Игорь", "Викторович"), "biology": ("Попова", "Елена", "Николаевна"),
            "geography": ("Лебедев", "Павел", "Олегович"), "pe": ("Козлов", "Андрей", "Михайлович")}
CLASSES = [("5a", "5А", 5, "math"), ("5b", "5Б", 5, "russian"), ("6a", "6А", 6, "history")]
QUARTERS = [(1, dt.date(YEAR, 9, 1), dt.date(YEAR, 10, 24)), (2, dt.date(YEAR, 11, 3), dt.date(YEAR, 12, 27))]
HOLIDAYS = [("autumn", "Осенние каникулы", dt.date(YEAR, 10, 25), dt.date(YEAR, 11, 2)),
            ("winter", "Зимние каникулы", dt.date(YEAR, 12, 28), dt.date(YEAR + 1, 1, 10))]
TIMETABLE_CLASS = "5a"  # the class whose timetable is sent (native)
ALTERNATE_SUBJECT = "literature"  # 5А, Friday, slot 6: Russian in even weeks from 1 September, this in odd ones
STUDENTS_PER_CLASS = 22
DEMO_DATE = dt.date(YEAR, 11, 20)  # the last school day the demo sends (a Friday)


def records(until: dt.date = DEMO_DATE, seed: int = 1234) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    roster = _Roster(rng)
    term = Term(_planned_lessons(), QUARTERS)
    yield from roster.records()
    yield from _plan()
    for day in _school_days(until):
        yield from _day(rng, roster, term, day)


def _rec(kind: str, record_id: str, data: dict[str, Any], at: dt.datetime, revision: int = 1) -> dict[str, Any]:
    return {"type": kind, "school_id": SCHOOL, "occurred_at": at.isoformat(), "record_id": record_id,
            "revision": revision, "data": data}


def _at(day: dt.date, hhmm: str = "08:00") -> dt.datetime:
    hour, minute = map(int, hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


class _Roster:
    """The people: each pupil of their own family (six pairs of siblings, one in 5Б and one in 6А, share one), a
    name whose form agrees with their gender, and an aptitude their marks follow; one parent per family, mother or
    father, named with their own gender's form of the family name and a patronymic."""

    def __init__(self, rng: random.Random) -> None:
        self.students: dict[str, list[str]] = {}  # class -> student ids
        self.english_groups: dict[str, list[str]] = {}
        self.guardians: list[tuple[str, list[str], tuple[str, str, str]]] = []
        self.names: dict[str, tuple[str, str, str]] = {}
        self.aptitude: dict[tuple[str, str], float] = {}  # (student, subject) -> the mark they tend to get
        self._build(rng)

    def _build(self, rng: random.Random) -> None:
        families = rng.sample(FAMILY_NAMES, len(FAMILY_NAMES))
        family, female = {}, {}
        for class_id, _name, _level, _teacher in CLASSES:
            ids = [f"st-{class_id}-{n:02d}" for n in range(1, STUDENTS_PER_CLASS + 1)]
            self.students[class_id] = ids
            for sid in ids:
                female[sid], family[sid] = rng.random() < 0.5, families.pop()
                first = rng.choice(GIRLS if female[sid] else BOYS)
                self.names[sid] = (surname(family[sid], female[sid]), first, "")
                general = min(4.8, max(3.0, rng.gauss(4.1, 0.45)))
                for subject, _ in SUBJECTS:
                    self.aptitude[(sid, subject)] = general + rng.gauss(0.3 if subject == "pe" else 0, 0.3)
        half = STUDENTS_PER_CLASS // 2
        self.english_groups = {"5a-en1": self.students["5a"][:half], "5a-en2": self.students["5a"][half:]}
        pairs = list(zip(self.students["5b"][:6], self.students["6a"][:6]))  # siblings: one guardian, two children
        for younger, older in pairs:
            family[younger] = family[older]
            self.names[younger] = (surname(family[older], female[younger]), self.names[younger][1], "")
        for n, (younger, older) in enumerate(pairs, 1):
            self.guardians.append((f"gu-{n:03d}", [younger, older], self._parent(rng, family[older])))
        linked = {s for _, kids, _ in self.guardians for s in kids}
        for sid in (s for ids in self.students.values() for s in ids if s not in linked):
            self.guardians.append((f"gu-{sid}", [sid], self._parent(rng, family[sid])))

    @staticmethod
    def _parent(rng: random.Random, family: str) -> tuple[str, str, str]:
        mother = rng.random() < 0.75
        patronymic = rng.choice(PATRONYMICS)[1 if mother else 0]
        return surname(family, mother), rng.choice(MOTHERS if mother else FATHERS), patronymic

    def records(self) -> Iterator[dict[str, Any]]:
        start = _at(dt.date(YEAR, 8, 28))
        yield _rec("school.registered", "school", {"name": "ГБОУ Школа № 1234", "short_name": "Школа 1234",
                                                   "timezone": "Europe/Moscow"}, start)
        for subject_id, name in SUBJECTS:
            yield _rec("subject.defined", f"subject-{subject_id}", {"subject_id": subject_id, "name": name}, start)
        for number, starts, ends in QUARTERS:
            yield _rec("reporting_period.defined", f"period-q{number}", {
                "period_id": f"{YEAR}-q{number}", "kind": "quarter", "number": number, "name": f"{number} четверть",
                "academic_year": YEAR, "starts_on": starts.isoformat(), "ends_on": ends.isoformat()}, start)
        for class_id, name, level, class_teacher in CLASSES:
            yield _rec("class.defined", f"class-{class_id}", {"class_id": class_id, "name": name,
                                                              "grade_level": level, "academic_year": YEAR}, start)
            yield self._teacher(class_teacher, "class_teacher", class_id, None, start)
            for subject_id, _ in SUBJECTS:
                yield self._teacher(subject_id, "subject_teacher", class_id, subject_id, start)
        for group_id, n in (("5a-en1", 1), ("5a-en2", 2)):
            yield _rec("class.defined", f"class-{group_id}", {"class_id": group_id, "name": f"5А англ. гр. {n}",
                                                              "grade_level": 5, "academic_year": YEAR,
                                                              "parent_class_id": "5a"}, start)
        yield from self._enrolments(start)

    def _enrolments(self, start: dt.datetime) -> Iterator[dict[str, Any]]:
        first_day = QUARTERS[0][1].isoformat()
        for class_id, ids in [*self.students.items(), *self.english_groups.items()]:
            for sid in ids:
                last, first, _ = self.names[sid]
                yield _rec("student.enrolled", f"enrol-{sid}-{class_id}", {
                    "student_id": sid, "class_id": class_id, "enrolled_on": first_day,
                    "name": {"last_name": last, "first_name": first}}, start)
        for guardian_id, kids, (last, first, middle) in self.guardians:
            for sid in kids:
                yield _rec("guardian.linked", f"link-{guardian_id}-{sid}", {
                    "guardian_id": guardian_id, "student_id": sid, "relation": "parent",
                    "name": {"last_name": last, "first_name": first, "middle_name": middle}}, start)

    @staticmethod
    def _teacher(subject: str, role: str, class_id: str, subject_id: str | None, at: dt.datetime) -> dict[str, Any]:
        last, first, middle = TEACHERS[subject]
        data = {"teacher_id": f"t-{subject}", "role": role, "class_id": class_id,
                "name": {"last_name": last, "first_name": first, "middle_name": middle}}
        if subject_id:
            data["subject_id"] = subject_id
        return _rec("teacher.assigned", f"assign-{subject}-{role}-{class_id}", data, at)


def _school_days(until: dt.date) -> Iterator[dt.date]:
    for _number, starts, ends in QUARTERS:
        day = starts
        while day <= min(ends, until):
            if day.weekday() < 5:
                yield day
            day += dt.timedelta(days=1)


def _timetable(class_index: int, day: dt.date) -> list[str]:
    subjects = [s for s, _ in SUBJECTS]
    offset = (day.weekday() * 3 + class_index * 2) % len(subjects)
    plan = [subjects[(offset + slot) % len(subjects)] for slot in range(len(BELLS))]
    if CLASSES[class_index][0] == TIMETABLE_CLASS and day.weekday() == 4 and _odd_week(day):
        plan[-1] = ALTERNATE_SUBJECT
    return plan


def _odd_week(day: dt.date) -> bool:
    first_monday = QUARTERS[0][1] - dt.timedelta(days=QUARTERS[0][1].weekday())
    return (day - first_monday).days // 7 % 2 == 1


def _plan() -> Iterator[dict[str, Any]]:
    """The school's holidays and 5А's timetable: one entry per weekday and slot (per English group where the class
    splits), the alternating Friday slot as two every-other-week entries a week apart."""
    at = _at(dt.date(YEAR, 8, 29))
    for holiday_id, name, starts, ends in HOLIDAYS:
        yield _rec("holiday.defined", f"holiday-{holiday_id}", {
            "holiday_id": f"{YEAR}-{holiday_id}", "name": name, "academic_year": YEAR,
            "starts_on": starts.isoformat(), "ends_on": ends.isoformat()}, at)
    index = next(n for n, (class_id, *_rest) in enumerate(CLASSES) if class_id == TIMETABLE_CLASS)
    first = QUARTERS[0][1]
    for weekday in range(5):
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        for slot, subject in enumerate(_timetable(index, day), 1):
            groups = ["5a-en1", "5a-en2"] if subject == "english" else [TIMETABLE_CLASS]
            alternating = weekday == 4 and slot == len(BELLS)
            for group in groups:
                if alternating:
                    yield _entry(group, weekday, slot, subject, first, "even")
                    yield _entry(group, weekday, slot, ALTERNATE_SUBJECT, first + dt.timedelta(days=7), "odd")
                else:
                    yield _entry(group, weekday, slot, subject, first, None)


def _entry(group: str, weekday: int, slot: int, subject: str, valid_from: dt.date,
           parity: str | None) -> dict[str, Any]:
    entry_id = f"tt-{group}-{weekday + 1}-{slot}" + (f"-{parity}" if parity else "")
    starts, ends = BELLS[slot - 1]
    return _rec("timetable.defined", entry_id, {
        "entry_id": entry_id, "class_id": group, "subject_id": subject, "weekday": weekday + 1, "slot": slot,
        "frequency": "every_other_week" if parity else "weekly", "valid_from": valid_from.isoformat(),
        "valid_to": f"{YEAR + 1}-05-31", "starts_at": starts, "ends_at": ends, "teacher_id": f"t-{subject}",
        "room": None}, _at(dt.date(YEAR, 8, 29)))


def _planned_lessons() -> dict[tuple[str, str], int]:
    """How many lessons of each subject each class (or English group) has in the term: the topics spread over them."""
    counts: dict[tuple[str, str], int] = {}
    for day in _school_days(QUARTERS[-1][2]):
        for class_index, (class_id, *_rest) in enumerate(CLASSES):
            for subject in _timetable(class_index, day):
                for group in _groups(class_id, subject):
                    counts[(group, subject)] = counts.get((group, subject), 0) + 1
    return counts


def _groups(class_id: str, subject: str) -> list[str]:
    return ["5a-en1", "5a-en2"] if (class_id == "5a" and subject == "english") else [class_id]


def _day(rng: random.Random, roster: _Roster, term: Term, day: dt.date) -> Iterator[dict[str, Any]]:
    for class_index, (class_id, _name, level, _ct) in enumerate(CLASSES):
        for slot, subject in enumerate(_timetable(class_index, day), 1):
            for group in _groups(class_id, subject):
                members = roster.english_groups.get(group) or roster.students[class_id]
                yield from _lesson(rng, roster, term, day, slot, group, level, subject, members)
    for number, _starts, ends in QUARTERS:
        if day == max(_school_days(ends), default=None):
            yield from _quarter_marks(term, roster, number, day)


def _lesson(rng: random.Random, roster: _Roster, term: Term, day: dt.date, slot: int, group: str, level: int,
            subject: str, members: list[str]) -> Iterator[dict[str, Any]]:
    lesson_id = f"les-{group}-{day:%Y%m%d}-{slot}"
    starts, ends = BELLS[slot - 1]
    teacher = f"t-{subject}"
    index = term.next_lesson(group, subject)
    kind = kind_of_lesson(subject, index)
    about = topic(subject, level, index, term.planned[(group, subject)])
    title = {"control": f"{CONTROL_WORK}: {about}", "test": TEST.get(subject, f"Самостоятельная работа: {about}"),
             "lesson": about}[kind]
    yield _rec("lesson.scheduled", lesson_id, {
        "lesson_id": lesson_id, "class_id": group, "subject_id": subject, "date": day.isoformat(), "slot": slot,
        "starts_at": starts, "ends_at": ends, "teacher_id": teacher, "topic": title}, _at(day))
    if rng.random() < 0.01:
        yield _rec("lesson.cancelled", lesson_id, {"lesson_id": lesson_id, "reason": "Болезнь учителя"},
                   _at(day), revision=2)
        return
    text = homework(subject, index, rng) if rng.random() < 0.75 else None
    if text is not None:
        due = day + dt.timedelta(days=7 if day.weekday() < 4 else 3)
        yield _rec("homework.assigned", f"hw-{lesson_id}", {
            "homework_id": f"hw-{lesson_id}", "class_id": group, "subject_id": subject, "lesson_id": lesson_id,
            "due_on": due.isoformat(), "text": text, "teacher_id": teacher}, _at(day, ends))
    for student in members:
        yield from _student_in_lesson(rng, roster, term, day, lesson_id, student, subject, kind, ends)


def _student_in_lesson(rng: random.Random, roster: _Roster, term: Term, day: dt.date, lesson_id: str,
                       student: str, subject: str, kind: str, ends: str) -> Iterator[dict[str, Any]]:
    roll = rng.random()
    if roll < 0.04:
        status = rng.choice(["absent", "ill", "ill", "late"])
        data = {"student_id": student, "lesson_id": lesson_id, "status": status}
        if status == "late":
            data["minutes_late"] = rng.randint(3, 15)
        yield _rec("attendance.marked", f"att-{lesson_id}-{student}", data, _at(day, ends))
        if status != "late":
            return
    chance = {"control": 1.0, "test": 0.8, "lesson": 0.15 if subject == "pe" else 0.25}[kind]
    if rng.random() >= chance:
        return
    work_type, weight = work_type_of(rng, kind)
    value = draw_mark(rng, roster.aptitude[(student, subject)] - (0.2 if kind == "control" else 0.0))
    grade_id = f"gr-{lesson_id}-{student}"
    data = {"grade_id": grade_id, "student_id": student, "lesson_id": lesson_id, "value": value,
            "scale": "five_point", "weight": weight, "work_type": work_type, "teacher_id": f"t-{subject}"}
    yield _rec("grade.recorded", grade_id, data, _at(day, ends))
    term.mark(day, student, subject, grade_id, value, weight)
    if value.startswith(("2", "3")) and rng.random() < 0.05:  # retaken: the teacher puts the new mark in its place
        yield _rec("grade.amended", grade_id, {**data, "value": "4", "reason": "Пересдача"},
                   _at(day + dt.timedelta(days=2), "15:00"), revision=2)
        term.mark(day, student, subject, grade_id, "4", weight)
    elif rng.random() < 0.003:
        yield _rec("grade.retracted", grade_id, {"grade_id": grade_id, "student_id": student,
                                                 "reason": "Ошибочно выставлена"},
                   _at(day, "16:00"), revision=2)
        term.mark(day, student, subject, grade_id, None)


def _quarter_marks(term: Term, roster: _Roster, number: int, day: dt.date) -> Iterator[dict[str, Any]]:
    """The teachers' quarter marks, set on the quarter's last school day (``hub.demo.marks.quarter_mark``)."""
    period = f"{YEAR}-q{number}"
    for class_id, *_rest in CLASSES:
        for student in roster.students[class_id]:
            for subject, _ in SUBJECTS:
                value = quarter_mark(term.marks.get((number, student, subject)) or {})
                if value is None:
                    continue
                final_id = f"fg-{period}-{student}-{subject}"
                yield _rec("final_grade.recorded", final_id, {
                    "final_grade_id": final_id, "student_id": student, "subject_id": subject, "period_id": period,
                    "value": value, "scale": "five_point", "teacher_id": f"t-{subject}"}, _at(day, "17:00"))


