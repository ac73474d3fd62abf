"""The demo school split across the three formats: the native records of one class, re-said as a vendor would.

``split(records)`` takes the deterministic native records of ``hub.demo.dataset`` and returns, per adapter, the
records to push: class 5Б as Dnevnik.ru v2 wrapped records, class 6А as Elzhur (Eljur API v3) responses, and the
rest native (the school, subjects, periods, 5А with its subgroups, every guardian link, and the subject teachers of
5Б, which Dnevnik.ru cannot express, with the canonical ids the Dnevnik.ru adapter builds).

Shapes follow ``contracts/<vendor>/golden`` and the end-to-end tests ``tests/e2e/test_vendor_dnevnik_ru.py`` and
``tests/e2e/test_vendor_elzhur.py``:

* Dnevnik.ru: ``edu-groups`` (with students) and ``subjects`` first, then per lesson a ``lessons`` record with its
  works (a ``Homework`` work carries the homework text), one ``marks`` record with the lesson's marks that carries
  the ``workTypes`` (weights) they refer to, and one ``lesson-log-entries`` record for the lesson's absences and
  lateness. A cancelled lesson is not sent. (A stand-alone ``work-types`` record makes no events, so the hub would
  answer it ``accepted`` on every re-send; carried work types keep a re-run all duplicates.)
* Elzhur: ``getrules`` (the roster), then one ``getdiary`` per school day with every student of the class, each
  lesson an item with its homework and the student's assessments (``н``/``б``/``оп`` for absent/ill/late).

Amendments and retractions of marks in the vendor classes are dropped (they stay in the native class). Canonical
ids: ``dnevnik_student`` and ``elzhur_student`` map a native student id to the id the adapter produces
(``adapters.base.namespaced_id``); ``canonical_student`` does it for any student.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from adapters.base import namespaced_id
from hub.events.tenancy import qualified_id
from hub.demo.dataset import BELLS, CLASSES, SCHOOL, SUBJECTS, TEACHERS, YEAR

FORMATS = ("native", "dnevnik_ru", "elzhur")
VENDOR_CLASSES = {"5b": "dnevnik_ru", "6a": "elzhur"}

# --- Dnevnik.ru ids (64-bit integers in the vendor; here small and deterministic) ---------------------------------
DN_SCHOOL = 1000002283077
DN_GROUP = 1000004500052
DN_PERSON = 1000012050000  # + student number
DN_TEACHER = 1000012000900  # + subject index
DN_SUBJECT = 1000003010000  # + subject index
WORK_TYPES = {  # native work type -> (Dnevnik work-type id, kind, title, abbr, weight)
    "lesson_work": (2101, "DefaultNewLessonWork", "Работа на уроке", "РУ", 1.0),
    "oral_answer": (2102, "LessonAnswer", "Ответ на уроке", "ОУ", 1.0),
    "homework_check": (2103, "LessonHomework", "Проверка домашнего задания", "ДЗ", 1.0),
    "test": (2104, "LessonTest", "Тест", "Т", 2.0),
    "control_work": (2105, "LessonControlWork", "Контрольная работа", "КР", 3.0),
}
DN_HOMEWORK_TYPE = 2107
DN_STATUS = {"absent": "Absent", "ill": "Ill", "late": "Late"}

# --- Elzhur ---------------------------------------------------------------------------------------------------------
EL_CONTROL = {"lesson_work": "Работа на уроке", "oral_answer": "Ответ на уроке",
              "homework_check": "Проверка домашнего задания", "test": "Тест", "control_work": "Контрольная работа"}
EL_ATTENDANCE = {"absent": "н", "ill": "б", "late": "оп"}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

SUBJECT_INDEX = {subject: index for index, (subject, _) in enumerate(SUBJECTS, 1)}
SUBJECT_NAME = dict(SUBJECTS)
CLASS_NAME = {class_id: name for class_id, name, _level, _ct in CLASSES}
CLASS_LEVEL = {class_id: level for class_id, _name, level, _ct in CLASSES}
CLASS_TEACHER = {class_id: ct for class_id, _name, _level, ct in CLASSES}


def student_number(sid: str) -> int:
    return int(sid.rsplit("-", 1)[1])


def dnevnik_person(sid: str) -> int:
    return DN_PERSON + student_number(sid)


def elzhur_sid(sid: str) -> str:
    return f"70{student_number(sid):03d}"


def dnevnik_student(sid: str) -> str:
    return namespaced_id("dnevnik", SCHOOL, "person", dnevnik_person(sid))


def elzhur_student(sid: str) -> str:
    return namespaced_id("elzhur", SCHOOL, "student", elzhur_sid(sid))


def class_of(record: dict[str, Any]) -> str | None:
    """The class (not subgroup) a native record belongs to; None for school-wide records and guardian links."""
    data = record["data"]
    if record["type"] == "guardian.linked":
        return None
    for key in ("class_id", "student_id", "lesson_id"):
        value = data.get(key)
        if isinstance(value, str):
            return value.split("-")[0] if key == "class_id" else value.split("-")[1]
    return None


def native_id(local: str) -> str:
    """The canonical id of a natively sent entity of the demo school (``hub.events.tenancy``)."""
    return qualified_id("native", SCHOOL, local)


def canonical_student(sid: str) -> str:
    owner = VENDOR_CLASSES.get(sid.split("-")[1])
    return dnevnik_student(sid) if owner == "dnevnik_ru" else elzhur_student(sid) if owner == "elzhur" else sid


def split(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Per adapter (native, dnevnik_ru, elzhur), the records to push, roster and reference data first."""
    native: list[dict[str, Any]] = []
    per_class: dict[str, list[dict[str, Any]]] = {c: [] for c in VENDOR_CLASSES}
    for record in records:
        owner = class_of(record)
        if record["type"] == "guardian.linked":
            data = {**record["data"], "student_id": canonical_student(record["data"]["student_id"])}
            native.append({**record, "data": data})
        elif owner in per_class:
            if owner == "5b" and record["type"] == "teacher.assigned":
                native.append(_dnevnik_teacher(record))  # Dnevnik.ru names a lesson's teacher by id only
            else:
                per_class[owner].append(record)
        else:
            native.append(record)
    return {"native": native, "dnevnik_ru": to_dnevnik(per_class["5b"]), "elzhur": to_elzhur(per_class["6a"])}


def _by_lesson(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    lessons: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        lesson = record["data"].get("lesson_id")
        if lesson and record["type"] not in ("grade.amended", "grade.retracted"):
            lessons.setdefault(lesson, []).append(record)
    return {k: v for k, v in lessons.items() if not any(r["type"] == "lesson.cancelled" for r in v)}


def _of(group: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r["data"] for r in group if r["type"] == kind]


def _lesson_key(lesson: dict[str, Any]) -> str:
    return f"{lesson['date'].replace('-', '')}{lesson['slot']}"


# --- Dnevnik.ru -------------------------------------------------------------------------------------------------------

def _wrapped(resource: str, data: Any, **extra: Any) -> dict[str, Any]:
    return {"resource": resource, "data": data, **extra}


def _work_type(native_type: str) -> dict[str, Any]:
    vid, kind, title, abbr, weight = WORK_TYPES[native_type]
    return {"id": vid, "schoolId": DN_SCHOOL, "kindId": 1, "kind": kind, "title": title, "abbr": abbr,
            "weight": weight}


def _dnevnik_teacher(record: dict[str, Any]) -> dict[str, Any]:
    data = dict(record["data"])
    subject = data.get("subject_id") or data["teacher_id"].removeprefix("t-")
    data["teacher_id"] = namespaced_id("dnevnik", SCHOOL, "person", DN_TEACHER + SUBJECT_INDEX[subject])
    data["class_id"] = namespaced_id("dnevnik", SCHOOL, "class", DN_GROUP)
    if data.get("subject_id"):
        data["subject_id"] = namespaced_id("dnevnik", SCHOOL, "subject", DN_SUBJECT + SUBJECT_INDEX[subject])
    return {**record, "data": data}


def to_dnevnik(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    students = []
    for enrolment in (r["data"] for r in records if r["type"] == "student.enrolled"):
        person = dnevnik_person(enrolment["student_id"])
        students.append({"person": person, "person_str": str(person), "membershipstatus": "Active",
                         "firstName": enrolment["name"]["first_name"], "lastName": enrolment["name"]["last_name"]})
    out = [
        _wrapped("edu-groups", {"id": DN_GROUP, "id_str": str(DN_GROUP), "parentIds": [], "parentIds_str": [],
                                "type": "Group", "name": CLASS_NAME["5b"], "parallel": CLASS_LEVEL["5b"],
                                "status": "Active", "studyyear": YEAR, "educationType": "Regular",
                                "journaltype": "Default", "students": students}),
        *(_wrapped("subjects", {"id": DN_SUBJECT + i, "id_str": str(DN_SUBJECT + i), "name": name,
                                "knowledgeArea": name, "fgosSubjectId": None})
          for i, (_s, name) in enumerate(SUBJECTS, 1)),
    ]
    for group in _by_lesson(records).values():
        out.extend(_dnevnik_lesson(group))
    return out


def _dnevnik_lesson(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    [lesson] = _of(group, "lesson.scheduled")
    key = _lesson_key(lesson)
    lesson_vid = int(f"198{key}")
    subject_vid = DN_SUBJECT + SUBJECT_INDEX[lesson["subject_id"]]
    teacher = DN_TEACHER + SUBJECT_INDEX[lesson["subject_id"]]
    day = lesson["date"]

    def work(vid: int, kind: str, work_type: int, target: str, text: str = "", sent: str | None = None):
        return {"id": vid, "id_str": str(vid), "type": kind, "workType": work_type, "markType": "mark5",
                "markCount": 1, "lesson": lesson_vid, "lesson_str": str(lesson_vid), "status": "Sent",
                "eduGroup": DN_GROUP, "eduGroup_str": str(DN_GROUP), "tasks": [], "text": text,
                "periodNumber": 1 if day < f"{YEAR}-11-01" else 2, "periodType": "Quarter",
                "subjectId": subject_vid, "isImportant": False, "targetDate": target, "sentDate": sent,
                "createdBy": teacher, "files": [], "oneDriveLinks": []}

    grades = _of(group, "grade.recorded")
    works, work_of = [], {}
    for index, native_type in enumerate(WORK_TYPES, 1):
        if any(g["work_type"] == native_type for g in grades):
            type_vid, kind = WORK_TYPES[native_type][:2]
            work_of[native_type] = int(f"197{key}{index}")
            works.append(work(work_of[native_type], kind, type_vid, f"{day}T00:00:00"))
    for homework in _of(group, "homework.assigned"):
        works.append(work(int(f"197{key}0"), "Homework", DN_HOMEWORK_TYPE, f"{homework['due_on']}T00:00:00",
                          text=homework["text"], sent=f"{day}T{lesson['ends_at']}:00"))
    out = [_wrapped("lessons", {
        "id": lesson_vid, "id_str": str(lesson_vid), "title": lesson["topic"], "date": f"{day}T00:00:00",
        "number": lesson["slot"], "hours": f"{lesson['starts_at']}-{lesson['ends_at']}",
        "subject": {"id": subject_vid, "id_str": str(subject_vid), "name": SUBJECT_NAME[lesson["subject_id"]],
                    "knowledgeArea": SUBJECT_NAME[lesson["subject_id"]]},
        "group": DN_GROUP, "status": "Conducted", "place": "", "works": works,
        "teachers": [teacher], "teachers_str": [str(teacher)]})]
    marks = []
    for grade in grades:
        person = dnevnik_person(grade["student_id"])
        vid = int(f"196{key}{student_number(grade['student_id']):02d}")
        work_vid = work_of[grade["work_type"]]
        marks.append({
            "id": vid, "id_str": str(vid), "type": "mark5", "value": grade["value"], "textValue": grade["value"],
            "person": person, "person_str": str(person), "work": work_vid, "work_str": str(work_vid),
            "lesson": lesson_vid, "lesson_str": str(lesson_vid), "number": 0,
            "date": f"{day}T{lesson['ends_at']}:00", "workType": WORK_TYPES[grade["work_type"]][0],
            "mood": "Good", "use_avg_calc": True})
    if marks:  # the lesson's marks, carrying the work types (weights) they refer to, as Dnevnik.ru bundles do
        out.append(_wrapped("marks", marks, workTypes=[_work_type(t) for t in work_of]))
    entries = []
    for mark in _of(group, "attendance.marked"):
        person = dnevnik_person(mark["student_id"])
        late = mark.get("minutes_late")
        entries.append({"person": person, "person_str": str(person), "lesson": lesson_vid,
                        "lesson_str": str(lesson_vid), "comment": f"опоздание {late} мин" if late else "",
                        "status": DN_STATUS[mark["status"]], "createdDate": f"{day}T{lesson['ends_at']}:00"})
    if entries:
        out.append(_wrapped("lesson-log-entries", entries))
    return out


# --- Elzhur -----------------------------------------------------------------------------------------------------------

def _response(result: dict[str, Any]) -> dict[str, Any]:
    return {"response": {"state": 200, "error": None, "result": result}}


def _full_name(subject: str) -> str:
    return " ".join(TEACHERS[subject])


def to_elzhur(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    class_name = CLASS_NAME["6a"]
    titles: dict[str, str] = {}
    students: dict[str, dict[str, Any]] = {}
    for enrolment in (r["data"] for r in records if r["type"] == "student.enrolled"):
        sid, name = elzhur_sid(enrolment["student_id"]), enrolment["name"]
        titles[sid] = f"{name['last_name']} {name['first_name']}"
        students[sid] = {"rel": "child", "name": sid, "title": titles[sid], "lastname": name["last_name"],
                         "firstname": name["first_name"], "class": class_name,
                         "parallel": str(CLASS_LEVEL["6a"])}
    out = [_response({"roles": ["parent"], "relations": {"students": students, "groups": {class_name: {
        "rel": "homeclass", "parallel": str(CLASS_LEVEL["6a"]), "balls": 5,
        "hometeacher_name": _full_name(CLASS_TEACHER["6a"])}}}})]
    days: dict[str, list[list[dict[str, Any]]]] = {}
    for group in _by_lesson(records).values():
        [lesson] = _of(group, "lesson.scheduled")
        days.setdefault(lesson["date"], []).append(group)
    for day, groups in days.items():
        per_student: dict[str, dict[str, Any]] = {sid: {} for sid in students}
        for group in groups:
            for sid, item in _elzhur_items(group, list(students)).items():
                per_student[sid][item["num"]] = item
        date = dt.date.fromisoformat(day)
        key = day.replace("-", "")
        out.append(_response({"students": {sid: {
            "name": sid, "title": titles[sid], "parent_signed": False,
            "days": {key: {"name": key, "title": WEEKDAYS[date.weekday()], "items": items}}}
            for sid, items in per_student.items()}}))
    return out


def _elzhur_items(group: list[dict[str, Any]], students: list[str]) -> dict[str, dict[str, Any]]:
    [lesson] = _of(group, "lesson.scheduled")
    lesson_id = _lesson_key(lesson)
    homework = {}
    for hw in _of(group, "homework.assigned"):
        hw_id = int(f"5{lesson_id}")
        homework[str(hw_id)] = {"id": hw_id, "value": hw["text"], "individual": False}
    assessments: dict[str, list[dict[str, Any]]] = {sid: [] for sid in students}

    def assessment(sid: str, value: str, weight: float = 1, control: str = "") -> None:
        counted = value not in EL_ATTENDANCE.values()
        nm = str(len(assessments[sid]) + 1)
        assessments[sid].append({
            "value": value, "countas": value[0] if counted else "0", "count": counted,
            "convert": int(value[0]) if counted else 0, "weight": weight if counted else 0,
            "weight_float": weight if counted else 0, "control_type": control if counted else "",
            "control_type_short": "", "date": lesson["date"], "lesson_id": lesson_id, "nm": nm, "comment": ""})

    for mark in _of(group, "attendance.marked"):
        assessment(elzhur_sid(mark["student_id"]), EL_ATTENDANCE[mark["status"]])
    for grade in _of(group, "grade.recorded"):
        assessment(elzhur_sid(grade["student_id"]), grade["value"], grade["weight"], EL_CONTROL[grade["work_type"]])
    num = str(lesson["slot"])
    starts, ends = BELLS[lesson["slot"] - 1]
    return {sid: {"num": num, "name": SUBJECT_NAME[lesson["subject_id"]], "room": "",
                  "teacher": _full_name(lesson["subject_id"]), "sort": lesson["slot"] * 100, "lesson_id": lesson_id,
                  "topic": lesson["topic"], "is_control": False, "starttime": f"{starts}:00",
                  "endtime": f"{ends}:00", "homework": homework, "files": [], "resources": [],
                  "assessments": assessments[sid]} for sid in students}
