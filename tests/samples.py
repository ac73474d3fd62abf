"""A small school as native records, shared by the read-API and end-to-end tests."""

from __future__ import annotations

SCHOOL, OTHER = "sch-1", "sch-2"
AT = "2026-09-07T08:00:00+03:00"


def q(local: str, school: str = SCHOOL) -> str:
    """The canonical id the native adapter gives a local id of ``school`` (``hub.events.tenancy``)."""
    return f"native:{school}:{local}"


def rec(kind: str, record_id: str, data: dict, school: str = SCHOOL, revision: int = 1) -> dict:
    return {"type": kind, "school_id": school, "occurred_at": AT, "record_id": record_id, "revision": revision,
            "data": data}


def name(last: str, first: str) -> dict:
    return {"last_name": last, "first_name": first}


def school_records() -> list[dict]:
    grade = {"grade_id": "g1", "student_id": "anna", "lesson_id": "l1", "value": "4-", "scale": "five_point",
             "weight": 2, "work_type": "test", "comment": "Хорошо", "teacher_id": "t-math"}
    return [
        rec("school.registered", "school", {"name": "Школа 1"}),
        rec("subject.defined", "s-math", {"subject_id": "math", "name": "Математика"}),
        rec("class.defined", "c-5a", {"class_id": "5a", "name": "5А", "academic_year": 2026}),
        rec("class.defined", "c-6a", {"class_id": "6a", "name": "6А", "academic_year": 2026}),
        rec("student.enrolled", "e-anna", {"student_id": "anna", "class_id": "5a", "enrolled_on": "2026-09-01",
                                           "name": name("Смирнова", "Анна")}),
        rec("student.enrolled", "e-boris", {"student_id": "boris", "class_id": "6a", "enrolled_on": "2026-09-01",
                                            "name": name("Смирнов", "Борис")}),
        rec("student.enrolled", "e-vera", {"student_id": "vera", "class_id": "6a", "enrolled_on": "2026-09-01",
                                           "name": name("Волкова", "Вера")}),
        rec("guardian.linked", "gl-1", {"guardian_id": "mother", "student_id": "anna", "relation": "parent"}),
        rec("guardian.linked", "gl-2", {"guardian_id": "mother", "student_id": "boris", "relation": "parent"}),
        rec("teacher.assigned", "ta-1", {"teacher_id": "t-math", "role": "subject_teacher", "class_id": "5a",
                                         "subject_id": "math"}),
        rec("lesson.scheduled", "l1", {"lesson_id": "l1", "class_id": "5a", "subject_id": "math",
                                       "date": "2026-09-07", "slot": 2, "starts_at": "09:25", "ends_at": "10:10",
                                       "teacher_id": "t-math", "topic": "Дроби"}),
        rec("homework.assigned", "hw1", {"homework_id": "hw1", "class_id": "5a", "subject_id": "math",
                                         "lesson_id": "l1", "due_on": "2026-09-09", "text": "№ 412"}),
        rec("grade.recorded", "g1", grade),
        rec("grade.amended", "g1", {**grade, "value": "5", "reason": "Пересдача"}, revision=2),
        rec("attendance.marked", "a1", {"student_id": "anna", "lesson_id": "l1", "status": "late",
                                        "minutes_late": 5}),
    ]
