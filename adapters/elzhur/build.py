"""Validated Elzhur responses -> canonical events, one builder method per API method.

Ids (``namespaced_id("elzhur", school, kind, part)``): students, lessons, homework by Elzhur's own ids; subjects,
teachers, periods and classes by ``ids.name_key`` of their name (a class keeps its id from year to year; its
class.defined states the academic year). A lesson without ``lesson_id`` is ``<YYYYMMDD>.<num>.<class key>``.

Source record ids (one per vendor entity, so a re-send or another method that shows the same thing meets it):
``student:<id>``, ``class:<class>``, ``class_teacher:<class>``, ``period:<key>``, ``lesson:<lesson>``,
``homework:<id>``, ``mark:<student>.<lesson_id>.<nm>`` (the same mark from getdiary and getmarks; without
``lesson_id``/``nm``: ``<student>.<YYYYMMDD>.<num>.<index>`` or ``<student>.<date>.<subject>.<index>``),
``attendance:<student>.<lesson>``, ``final:<student>.<subject>.<period>``. ``part`` names the event kind.
Grades carry no teacher: getmarks does not name one, and the same mark must read the same from both methods.

Grades are grade.recorded v2. ``work_type`` is Elzhur's label (``control_type`` in getdiary, ``mtype.type`` in
getmarks; stripped; ``lesson_work`` when empty) through ``work_type_from_label``, the very function that upcasts a
v1 label: "Контрольная работа" -> ``{code: kontrolnaia_rabota, name: Контрольная работа}``. So a mark recorded as v1
and re-sent unchanged has the same content (no spurious amendment).

Lessons and homework need the student's class, which a diary does not name: the record's ``class``, else the
class getrules reported (``directory_entries`` ``("student", id, {"class": ...})``). Without either, the record
is parked (``Missing("student", id, pointer)``) until getrules arrives.

Phantom marks (empty value) are skipped and reported as ``("skipped_phantom_marks", "<method>:<hash of the
record>", {"count": n, "pointers": [...]})`` in ``Translation.directory_entries``; undated periods other than
the year (exam columns) likewise as ``("skipped_undated_periods", ..., {"count", "pointers"})``.

``occurred_at``: lessons at their start time (else midnight) in the school's zone; grades, attendance, homework
at midnight of their date; roster events and final grades, which Elzhur does not date, at 1 September of the
school year the hub received them in (so a re-send is identical).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError

from adapters.base import FieldError, Missing, Translation, TranslationContext, errors_from_validation, pointer
from adapters.elzhur import marks as mk
from adapters.elzhur.ids import cid, name_key
from adapters.elzhur.settings import SETTINGS
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.registry import latest_version, model_for
from hub.events.scales import UnknownMark
from hub.events.upcasting import work_type_from_label

RESULT = ("response", "result")
PERIOD_KINDS = (("четверт", "quarter"), ("триместр", "trimester"), ("полугод", "half_year"),
                ("семестр", "semester"), ("год", "year"))
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def entries(container: Any) -> list[tuple[Any, Any]]:
    """(key or index, value) of an object-or-array."""
    if isinstance(container, dict):
        return list(container.items())
    return list(enumerate(container or ()))


def day_date(key: str) -> dt.date:
    return dt.date(int(key[:4]), int(key[4:6]), int(key[6:]))


def school_year(day: dt.date) -> int:
    return day.year if day.month >= 8 else day.year - 1


def person(full: str | None) -> dict[str, str] | None:
    parts = (full or "").split()
    if len(parts) < 2:
        return None
    return {"last_name": parts[0], "first_name": parts[1], "middle_name": " ".join(parts[2:]) or None}


class Builder:
    def __init__(self, method: str, raw: dict[str, Any], school: str, tz: ZoneInfo, ctx: TranslationContext):
        self.method, self.raw, self.school, self.tz, self.ctx = method, raw, school, tz, ctx
        self.out = Translation()
        self.seen: set[str] = set()
        self.phantoms: list[str] = []
        self.undated: list[str] = []
        self.today = ctx.recorded_at.astimezone(tz).date()
        self.year = school_year(self.today)

    # --- plumbing ---------------------------------------------------------------------------------------------

    def run(self, record: BaseModel) -> Translation:
        method = "diary" if self.method in ("getdiary", "getschedule", "gethomework") else self.method
        getattr(self, f"_{method}")(record)
        if self.out.errors:
            return Translation.rejected(self.out.errors)
        if self.out.missing:
            return Translation.parked(self.out.missing)
        self._report("skipped_phantom_marks", self.phantoms)
        self._report("skipped_undated_periods", self.undated)
        return self.out

    def _report(self, kind: str, pointers: list[str]) -> None:
        if pointers:
            text = json.dumps(self.raw, sort_keys=True, ensure_ascii=False, default=str)
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            self.out.directory_entries.append((kind, f"{self.method}:{digest}", {"count": len(pointers),
                                                                                 "pointers": pointers}))

    def id(self, kind: str, part: str) -> str:
        return cid(self.school, kind, part)

    def at(self, day: dt.date, clock: str | None = None) -> dt.datetime:
        time = dt.time.fromisoformat(clock if clock and len(clock) != 4 else f"0{clock}" if clock else "00:00")
        return dt.datetime.combine(day, time, self.tz)

    def error(self, where: tuple[Any, ...], message: str) -> None:
        self.out.errors.append(FieldError(pointer(*where), message))

    def emit(self, event_type: str, record_id: str, part: str, data: dict[str, Any], when: dt.datetime,
             where: tuple[Any, ...]) -> None:
        try:
            version = latest_version(event_type)
            payload = model_for(event_type, version).model_validate(data).model_dump(mode="json")
        except ValidationError as exc:  # the canonical model is stricter than Elzhur (e.g. an id too long)
            self.out.errors.extend(FieldError(pointer(*where), f"cannot make {event_type}: {e.message} "
                                              f"({e.pointer.lstrip('/') or 'payload'})")
                                   for e in errors_from_validation(exc))
            return
        event_id = derive_event_id(SETTINGS.system, self.school, record_id, 1, part)
        if event_id in self.seen:
            return
        self.seen.add(event_id)
        self.out.events.append(Envelope(event_id, event_type, version, self.school, when, self.ctx.recorded_at,
                                        Source(SETTINGS.system, record_id, 1, self.ctx.client_id, part), payload))

    def students(self, container: Any, where: tuple[Any, ...]) -> list[tuple[str, Any, tuple[Any, ...]]]:
        """(student id, student, its pointer parts): the key of the object form, ``name`` in the array form."""
        found = []
        for key, student in entries(container):
            sid = key if isinstance(container, dict) else getattr(student, "name", None)
            if sid is None:
                self.error((*where, key, "name"), "a student in an array needs its id in name")
                continue
            found.append((sid, student, (*where, key)))
        return found

    def class_id(self, name: str) -> str:
        return self.id("class", name_key(name))

    # --- getrules -------------------------------------------------------------------------------------------------

    def _getrules(self, record: Any) -> None:
        relations = record.response.result.relations
        where = (*RESULT, "relations", "students")
        when = self.at(dt.date(self.year, 9, 1))
        classes: dict[str, tuple[Any, ...]] = {}
        for sid, student, at in self.students(relations.students, where):
            name = {"last_name": student.lastname, "first_name": student.firstname,
                    "middle_name": student.middlename or None} if student.lastname and student.firstname \
                else person(student.title)
            if name is None:
                self.error((*at, "title"), "a student needs a last and a first name (lastname/firstname or title)")
                continue
            class_id = self.class_id(student.class_)
            classes.setdefault(student.class_, (*at, "class"))
            self.emit("student.enrolled", f"student:{sid}", "enrolment", {
                "student_id": self.id("student", sid), "class_id": class_id, "name": name,
                "enrolled_on": when.date().isoformat()}, when, at)
            self.out.directory_entries.append(("student", sid, {"class": student.class_}))
        for group_name, group in relations.groups.items():
            if group.rel == "homeclass":
                classes.setdefault(group_name, (*RESULT, "relations", "groups", group_name))
        for class_name, at in classes.items():
            key, class_id = name_key(class_name), self.class_id(class_name)
            level = re.match(r"\d+", class_name.strip())
            self.emit("class.defined", f"class:{key}", "class", {
                "class_id": class_id, "name": class_name.strip() or class_name,
                "grade_level": int(level[0]) if level and int(level[0]) <= 12 else None,
                "academic_year": self.year}, when, at)
            group = relations.groups.get(class_name)
            teacher = (group.hometeacher_name or "").strip() if group else ""
            if teacher:
                self.emit("teacher.assigned", f"class_teacher:{key}", "class_teacher", {
                    "teacher_id": self.id("teacher", name_key(teacher)), "role": "class_teacher",
                    "class_id": class_id, "name": person(teacher)}, when,
                    (*RESULT, "relations", "groups", class_name, "hometeacher_name"))

    # --- getperiods -----------------------------------------------------------------------------------------------

    def _getperiods(self, record: Any) -> None:
        for _sid, student, at in self.students(record.response.result.students, (*RESULT, "students")):
            dated = [(day_date(p.start), day_date(p.end)) for p in student.periods if p.start and p.end]
            for index, period in enumerate(student.periods):
                where = (*at, "periods", index)
                label = f"{period.fullname} {period.name}"
                kind = next((k for stem, k in PERIOD_KINDS if stem in label.casefold()), None)
                if not (period.start and period.end) and kind != "year":
                    self.undated.append(pointer(*where))  # exam columns and the like: nothing to define
                    continue
                if kind is None:
                    self.error((*where, "fullname"), f"cannot tell the kind of period {label.strip()[:80]!r}: "
                               "expected четверть, триместр, полугодие, семестр or год in fullname or name")
                    continue
                if period.start and period.end:
                    starts, ends = day_date(period.start), day_date(period.end)
                elif kind == "year" and dated:
                    starts, ends = min(d[0] for d in dated), max(d[1] for d in dated)
                else:
                    self.undated.append(pointer(*where))
                    continue
                number = self._period_number(label, kind)
                if number is None:
                    self.error((*where, "fullname"), f"cannot tell which {kind} {label.strip()[:80]!r} is: "
                               "expected a number (1 четверть) or a Roman numeral (II полугодие)")
                    continue
                key = name_key(period.name)
                self.emit("reporting_period.defined", f"period:{key}", "period", {
                    "period_id": self.id("period", key), "kind": kind, "number": number,
                    "name": period.fullname.strip() or period.name, "academic_year": school_year(starts),
                    "starts_on": starts.isoformat(), "ends_on": ends.isoformat()}, self.at(starts), where)

    @staticmethod
    def _period_number(label: str, kind: str) -> int | None:
        digits = re.search(r"\d+", label)
        if digits:
            return int(digits[0])
        roman = next((ROMAN[w] for w in re.findall(r"[a-z]+", label.casefold()) if w in ROMAN), None)
        return roman if roman is not None else 1 if kind == "year" else None

    # --- getdiary / getschedule / gethomework -------------------------------------------------------------------

    def _diary(self, record: Any) -> None:
        result = record.response.result
        named = self.raw.get("class") if isinstance(self.raw.get("class"), str) else None
        if self.method == "gethomework" and result.days is not None:
            if named is None:
                self.error(("class",), "gethomework by class: say which class in \"class\" beside \"response\"")
                return
            self._days(None, named, result.days, (*RESULT, "days"))
        if getattr(result, "students", None) is None:
            if self.method == "gethomework" and result.days is None:
                self.error(RESULT, "gethomework needs students or days")
            return
        for sid, student, at in self.students(result.students, (*RESULT, "students")):
            known = self.ctx.directory.get("student", sid)
            class_name = named or (known or {}).get("class")
            if not isinstance(class_name, str) or not class_name.strip():
                self.out.missing.append(Missing("student", sid, pointer(*at)))
                continue
            self._days(sid, class_name, student.days, (*at, "days"))

    def _days(self, sid: str | None, class_name: str, days: dict[str, Any], where: tuple[Any, ...]) -> None:
        for day_key, day in days.items():
            if (day.alert or "").strip().casefold() == "vacation":
                self._vacation(class_name, day_key, day, (*where, day_key))
                continue  # no lessons on a day off
            date = day_date(day_key)
            for item_key, item in entries(day.items):
                self._lesson(sid, class_name, date, day_key, item_key, item, (*where, day_key, "items", item_key))

    def _vacation(self, class_name: str, day_key: str, day: Any, where: tuple[Any, ...]) -> None:
        """A day marked ``alert: "vacation"`` -> holiday.defined of that date for the class (Elzhur says it per
        student's diary; every student of the class gives the same event, kept once)."""
        date, key = day_date(day_key), f"{day_key}.{name_key(class_name)}"
        self.emit("holiday.defined", f"holiday:{key}", "holiday", {
            "holiday_id": self.id("holiday", key), "name": (day.holiday_name or "").strip() or "Каникулы",
            "academic_year": school_year(date), "starts_on": date.isoformat(), "ends_on": date.isoformat(),
            "class_id": self.class_id(class_name)}, self.at(date), where)

    def _lesson(self, sid: str | None, class_name: str, date: dt.date, day_key: str, item_key: Any, item: Any,
                where: tuple[Any, ...]) -> None:
        number = item.num if item.num is not None else str(item_key) if isinstance(item_key, str) else None
        slot = int(number) if number and number.isdigit() and int(number) <= 20 else None
        class_id = self.class_id(class_name)
        subject_id = self.id("subject", name_key(item.name))
        teacher_id = self.id("teacher", name_key(item.teacher)) if item.teacher and item.teacher.strip() else None
        if item.lesson_id:
            lesson_part = item.lesson_id
        elif slot is not None:
            lesson_part = f"{day_key}.{slot}.{name_key(class_name)}"
        else:
            lesson_part = None
        lesson_id = self.id("lesson", lesson_part) if lesson_part else None
        if self.method in ("getdiary", "getschedule"):
            if slot is None:
                self.error((*where, "num"), "a lesson needs its number (num, 0 to 20)")
                return
            self._subject_and_teacher(item, class_id, subject_id, teacher_id, self.at(date, item.starttime), where)
            self.emit("lesson.scheduled", f"lesson:{lesson_part}", "lesson", {
                "lesson_id": lesson_id, "class_id": class_id, "subject_id": subject_id, "date": date.isoformat(),
                "slot": slot, "starts_at": item.starttime, "ends_at": item.endtime, "teacher_id": teacher_id,
                "topic": item.topic or None, "room": (item.room or "").strip() or None},
                self.at(date, item.starttime), where)
        self._homework(date, day_key, number, item, class_id, subject_id, lesson_id, teacher_id, where)
        if self.method == "getdiary" and sid is not None:
            for index, mark in enumerate(item.assessments or ()):
                fallback = f"{sid}.{day_key}.{slot if slot is not None else item_key}.{index}"
                self._mark(sid, mark, mark.date or date.isoformat(), subject_id, lesson_id, lesson_part, fallback,
                           (*where, "assessments", index), mark.control_type)

    def _subject_and_teacher(self, item: Any, class_id: str, subject_id: str, teacher_id: str | None,
                             when: dt.datetime, where: tuple[Any, ...]) -> None:
        """Elzhur names subjects and teachers only by text on each lesson: define them, so the diary can show the
        names (re-sent unchanged, they are duplicates)."""
        self.emit("subject.defined", f"subject:{name_key(item.name)}", "subject",
                  {"subject_id": subject_id, "name": " ".join(item.name.split())}, when, where)
        name = person(item.teacher)
        if teacher_id is not None and name is not None:
            self.emit("teacher.assigned", f"subject_teacher:{name_key(item.teacher)}:{class_id}:{subject_id}",
                      "teacher", {"teacher_id": teacher_id, "role": "subject_teacher", "class_id": class_id,
                                  "subject_id": subject_id, "name": name}, when, where)

    def _homework(self, date: dt.date, day_key: str, number: str | None, item: Any, class_id: str,
                  subject_id: str, lesson_id: str | None, teacher_id: str | None, where: tuple[Any, ...]) -> None:
        tasks = entries(item.homework)
        files = item.files.file if item.files is not None and not isinstance(item.files, list) else item.files
        files = [files] if isinstance(files, BaseModel) else files or []
        for index, (key, task) in enumerate(tasks):
            hw = task.id or (key if isinstance(key, str) else f"{day_key}.{number or 'x'}.{name_key(item.name)}.{index}")
            attached = [{"name": f.filename, "url": f.link} for f in files
                        if f.toid is None or f.toid == hw or len(tasks) == 1 and f.toid == key][:50]
            self.emit("homework.assigned", f"homework:{hw}", "homework", {
                "homework_id": self.id("homework", hw), "class_id": class_id, "subject_id": subject_id,
                "lesson_id": lesson_id if self.method != "gethomework" or item.lesson_id else None,
                "due_on": date.isoformat(), "text": task.value, "attachments": attached, "teacher_id": teacher_id},
                self.at(date), (*where, "homework", key))

    # --- marks (getdiary assessments and getmarks) ----------------------------------------------------------------

    def _mark(self, sid: str, mark: Any, date: str, subject_id: str, lesson_id: str | None,
              lesson_part: str | None, fallback: str, where: tuple[Any, ...], work_type: str | None) -> None:
        try:
            kind = mk.classify(mark.value)
        except UnknownMark as exc:
            self.error((*where, "value"), str(exc))
            return
        when = self.at(dt.date.fromisoformat(date))
        if isinstance(kind, mk.Phantom):
            self.phantoms.append(pointer(*where))
        elif isinstance(kind, mk.AttendanceMark):
            if lesson_id is None:
                self.error((*where, "lesson_id"), f"{mark.value.strip()!r} marks attendance: it needs the lesson_id")
                return
            self.emit("attendance.marked", f"attendance:{sid}.{lesson_part}", "attendance", {
                "student_id": self.id("student", sid), "lesson_id": lesson_id, "status": kind.status,
                "comment": mark.comment or None}, when, where)
        else:
            key = f"{sid}.{mark.lesson_id}.{mark.nm}" if mark.lesson_id and mark.nm else fallback
            weight, weight_counts, _ = mk.weight_of(mark.weight, mark.weight_float)
            if weight > 100:
                field = "weight_float" if mark.weight_float is not None and mark.weight_float > 0 else "weight"
                self.error((*where, field), f"weight {weight:g} is above 100")
                return
            self.emit("grade.recorded", f"mark:{key}", "grade", {
                "grade_id": self.id("grade", key), "student_id": self.id("student", sid), "lesson_id": lesson_id,
                "date": date, "subject_id": subject_id, "value": kind.value, "scale": kind.scale.value,
                "weight": weight, "work_type": work_type_from_label((work_type or "").strip() or "lesson_work"),
                "comment": mark.comment or None, "normalised": kind.normalised, "conversion": kind.conversion,
                "counts_in_average": mk.counts_in_average(kind, mark.count, mark.convert, mark.countas,
                                                          weight_counts)}, when, where)

    def _getmarks(self, record: Any) -> None:
        for sid, student, at in self.students(record.response.result.students, (*RESULT, "students")):
            for s_index, subject in enumerate(student.lessons):
                subject_key = name_key(subject.name)
                for index, mark in enumerate(subject.marks):
                    lesson_part = mark.lesson_id
                    lesson_id = self.id("lesson", lesson_part) if lesson_part else None
                    work = mark.mtype.type if mark.mtype else None
                    self._mark(sid, mark, mark.date, self.id("subject", subject_key), lesson_id, lesson_part,
                               f"{sid}.{mark.date}.{subject_key}.{index}",
                               (*at, "lessons", s_index, "marks", index), work)

    # --- getfinalassessments --------------------------------------------------------------------------------------

    def _getfinalassessments(self, record: Any) -> None:
        when = self.at(dt.date(self.year, 9, 1))
        for sid, student, at in self.students(record.response.result.students, (*RESULT, "students")):
            for s_index, subject in enumerate(student.items):
                subject_key = name_key(subject.name)
                for index, final in enumerate(subject.assessments):
                    where = (*at, "items", s_index, "assessments", index)
                    try:
                        kind = mk.classify(final.value)
                    except UnknownMark as exc:
                        self.error((*where, "value"), str(exc))
                        continue
                    if isinstance(kind, mk.Phantom):
                        self.phantoms.append(pointer(*where))
                        continue
                    if isinstance(kind, mk.AttendanceMark):
                        self.error((*where, "value"), f"{final.value.strip()!r} is an attendance mark, not a final one")
                        continue
                    period_key = name_key(final.period)
                    key = f"{sid}.{subject_key}.{period_key}"
                    self.emit("final_grade.recorded", f"final:{key}", "final_grade", {
                        "final_grade_id": self.id("final_grade", key), "student_id": self.id("student", sid),
                        "subject_id": self.id("subject", subject_key), "period_id": self.id("period", period_key),
                        "value": kind.value, "scale": kind.scale.value, "normalised": kind.normalised,
                        "conversion": kind.conversion}, when, where)

    # --- the hub's deletion notice --------------------------------------------------------------------------------

    def _deletion(self, record: Any) -> None:
        d = record.deleted
        needs = {"mark": ("student", "lesson_id", "nm"), "homework": ("homework_id",),
                 "attendance": ("student", "lesson_id"), "final": ("student", "subject", "period")}[d.kind]
        for field in needs:
            if getattr(d, field) is None:
                self.error(("deleted", field), f"a deleted {d.kind} is identified by {', '.join(needs)}")
        if self.out.errors:
            return
        when, where = self.at(dt.date.fromisoformat(d.date)), ("deleted",)
        if d.kind == "mark":
            key = f"{d.student}.{d.lesson_id}.{d.nm}"
            self.emit("grade.retracted", f"mark:{key}", "grade", {
                "grade_id": self.id("grade", key), "student_id": self.id("student", d.student),
                "reason": d.reason}, when, where)
        elif d.kind == "final":  # the id getfinalassessments gave it
            key = f"{d.student}.{name_key(d.subject)}.{name_key(d.period)}"
            self.emit("final_grade.retracted", f"final:{key}", "final_grade", {
                "final_grade_id": self.id("final_grade", key), "student_id": self.id("student", d.student),
                "reason": d.reason}, when, where)
        elif d.kind == "homework":
            self.emit("homework.withdrawn", f"homework:{d.homework_id}", "homework", {
                "homework_id": self.id("homework", d.homework_id), "reason": d.reason}, when, where)
        else:
            self.emit("attendance.corrected", f"attendance:{d.student}.{d.lesson_id}", "attendance", {
                "student_id": self.id("student", d.student), "lesson_id": self.id("lesson", d.lesson_id),
                "status": "present", "comment": d.reason}, when, where)
