"""Two schools as native records with hand-computed answers, shared by the student-view tests.

``sch-q`` counts in quarters (and half-years, and the year), weighted averages, five-point scale:

* q1 2026-09-01..10-24, autumn holidays 10-25..11-03, q2 11-04..12-28, h1 09-01..12-28, year 09-01..2027-05-31;
  6А alone has a holiday week in February;
* anna (5А and its English group 1) in mathematics: 4- (w1) 10-20, 5 (w2) 10-24 = q1's last day, 2 amended to
  4 on 10-21, a 2 retracted, a pass (never counts), a 2 the teacher left out of the average, a 5 without lesson
  on 10-28 (holidays: half-year and year only), 3 on 11-04 = q2's first day; attendance late, absent, ill (and an
  absence at a cancelled lesson, not counted); the q1 final mark sent as 5 then re-sent as 4;
* English 5 with an excused absence; PE: exempt (a status mark on 11-05 and the half-year final mark);
* boris (5А, English group 2), vera (6А, history).
* as the journal shows it (the newest event versions): the pass is "зачёт", the late arrival "ОП", the PE
  half-year mark "осв"; the English teacher is named by ``teacher.defined``.

``sch-t`` counts in trimesters, simple averages, ten-point scale: gleb (7Б) has a 5 (five-point) on t1's last
day 11-30, a 3 and a 7 (ten-point) on t2's first day 12-01.
"""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from hub.projector.runner import project_all

Q, T = "sch-q", "sch-t"


async def seed(running: Any, records: list[dict], schools: list[str]) -> Any:
    """Ingest ``records`` through ``POST /v1/ingest/native`` by a client of ``schools`` (every one must be taken),
    project them, and return ``running`` (the tests' hub; ``tests/conftest.py``)."""
    body = (await running.http.post("/v1/ingest/native", json=records, headers=running.vendor(schools))).json()
    assert body["summary"]["rejected"] == 0, body
    await project_all(running.hub.log, running.hub.views)
    return running


def bearer(running: Any, sub: str, role: Role, school: str | None = None) -> dict[str, str]:
    """The Authorization header of a reader token the running hub issues."""
    return {"Authorization": f"Bearer {running.hub.tokens.issue(sub, role, school)}"}


def q(local: str, school: str = Q) -> str:
    """The canonical id the native adapter gives a local id of ``school`` (``hub.events.tenancy``)."""
    return f"native:{school}:{local}"


def t(local: str) -> str:
    return q(local, T)
AT = "2026-09-01T08:00:00+03:00"


def rec(kind: str, record_id: str, data: dict, school: str = Q, revision: int = 1, version: int = 1) -> dict:
    return {"type": kind, "school_id": school, "occurred_at": AT, "record_id": record_id, "revision": revision,
            "data": data, **({"schema_version": version} if version != 1 else {})}


def _name(last: str, first: str) -> dict:
    return {"last_name": last, "first_name": first}


def _period(pid: str, kind: str, number: int, name: str, start: str, end: str, school: str = Q) -> dict:
    return rec("reporting_period.defined", pid, {"period_id": pid, "kind": kind, "number": number, "name": name,
                                                 "academic_year": 2026, "starts_on": start, "ends_on": end}, school)


def _lesson(lid: str, cls: str, subject: str, date: str, slot: int = 1, school: str = Q, **extra) -> dict:
    return rec("lesson.scheduled", lid, {"lesson_id": lid, "class_id": cls, "subject_id": subject, "date": date,
                                         "slot": slot, **extra}, school)


def _grade(gid: str, student: str, value: str, school: str = Q, kind: str = "grade.recorded", revision: int = 1,
           scale: str = "five_point", **extra) -> dict:
    version = 3 if "text" in extra else 1
    return rec(kind, gid, {"grade_id": gid, "student_id": student, "value": value, "scale": scale, **extra},
               school, revision, version)


def _attend(student: str, lesson: str, status: str, **extra) -> dict:
    return rec("attendance.marked", f"a-{student}-{lesson}", {"student_id": student, "lesson_id": lesson,
                                                              "status": status, **extra},
               version=2 if "code" in extra else 1)


def _teacher(tid: str, role: str, cls: str, subject: str | None = None, school: str = Q) -> dict:
    data = {"teacher_id": tid, "role": role, "class_id": cls, **({"subject_id": subject} if subject else {})}
    return rec("teacher.assigned", f"ta-{tid}-{cls}-{subject}", data, school)


def roster_records() -> list[dict]:
    enrol = lambda sid, cls, last, first, school=Q: rec(  # noqa: E731
        "student.enrolled", f"e-{sid}-{cls}", {"student_id": sid, "class_id": cls, "enrolled_on": "2026-09-01",
                                               "name": _name(last, first)}, school)
    cls = lambda cid, name, parent=None, school=Q: rec(  # noqa: E731
        "class.defined", cid, {"class_id": cid, "name": name, "academic_year": 2026,
                               **({"parent_class_id": parent} if parent else {})}, school)
    subject = lambda sid, name, school=Q: rec("subject.defined", f"s-{sid}", {"subject_id": sid, "name": name},  # noqa: E731
                                              school)
    return [
        rec("school.registered", "school", {"name": "Школа Q", "average_rule": "weighted"}),
        rec("school.registered", "school", {"name": "Школа T", "average_rule": "simple",
                                            "default_scale": "ten_point"}, T),
        subject("math", "Математика"), subject("eng", "Английский язык"), subject("pe", "Физкультура"),
        subject("hist", "История"), subject("t-math", "Алгебра", T),
        cls("5a", "5А"), cls("5a-g1", "5А англ. 1", "5a"), cls("5a-g2", "5А англ. 2", "5a"), cls("6a", "6А"),
        cls("7b", "7Б", school=T),
        enrol("anna", "5a", "Смирнова", "Анна"), enrol("anna", "5a-g1", "Смирнова", "Анна"),
        enrol("boris", "5a", "Смирнов", "Борис"), enrol("boris", "5a-g2", "Смирнов", "Борис"),
        enrol("vera", "6a", "Волкова", "Вера"), enrol("gleb", "7b", "Глебов", "Глеб", T),
        rec("guardian.linked", "gl-1", {"guardian_id": "mother", "student_id": "anna", "relation": "parent"}),
        rec("guardian.linked", "gl-2", {"guardian_id": "father", "student_id": "vera", "relation": "parent"}),
        _teacher("t-math", "subject_teacher", "5a", "math"), _teacher("t-eng", "subject_teacher", "5a-g1", "eng"),
        _teacher("t-class", "class_teacher", "5a"), _teacher("t-hist", "subject_teacher", "6a", "hist"),
        rec("teacher.defined", "td-t-eng", {"teacher_id": "t-eng", "display_name": "Смит Джон"}),
        _period("q1", "quarter", 1, "1 четверть", "2026-09-01", "2026-10-24"),
        _period("q2", "quarter", 2, "2 четверть", "2026-11-04", "2026-12-28"),
        _period("h1", "half_year", 1, "1 полугодие", "2026-09-01", "2026-12-28"),
        _period("y", "year", 1, "Год", "2026-09-01", "2027-05-31"),
        rec("holiday.defined", "autumn", {"holiday_id": "autumn", "name": "Осенние каникулы", "academic_year": 2026,
                                          "starts_on": "2026-10-25", "ends_on": "2026-11-03"}),
        rec("holiday.defined", "feb-6a", {"holiday_id": "feb-6a", "name": "Дополнительные каникулы 6А",
                                          "academic_year": 2026, "starts_on": "2027-02-15", "ends_on": "2027-02-21",
                                          "class_id": "6a"}),
        _period("t1", "trimester", 1, "1 триместр", "2026-09-01", "2026-11-30", T),
        _period("t2", "trimester", 2, "2 триместр", "2026-12-01", "2027-02-28", T),
        _period("ty", "year", 1, "Год", "2026-09-01", "2027-05-31", T),
    ]


def lesson_records() -> list[dict]:
    return [
        _lesson("lm1", "5a", "math", "2026-10-20", topic="Дроби", teacher_id="t-math"),
        _lesson("lm5", "5a", "math", "2026-10-21", topic="Сложение дробей"),
        _lesson("lm4", "5a", "math", "2026-10-22", slot=2),
        rec("lesson.cancelled", "lm4-x", {"lesson_id": "lm4", "reason": "Карантин"}),
        _lesson("lm2", "5a", "math", "2026-10-24", topic="Контрольная работа"),
        _lesson("lm3", "5a", "math", "2026-11-04", topic="Уравнения"),
        _lesson("le1", "5a-g1", "eng", "2026-10-20", slot=3, topic="Present Simple"),
        _lesson("le2", "5a-g2", "eng", "2026-10-20", slot=3, topic="Past Simple"),
        _lesson("lp1", "5a", "pe", "2026-11-05", slot=4),
        _lesson("lh1", "6a", "hist", "2026-10-20", slot=2, topic="Древний Египет"),
        _lesson("lt1", "7b", "t-math", "2026-11-30", school=T),
        _lesson("lt2", "7b", "t-math", "2026-12-01", school=T),
        rec("homework.assigned", "hw1", {"homework_id": "hw1", "class_id": "5a", "subject_id": "math",
                                         "lesson_id": "lm1", "due_on": "2026-10-24", "text": "№ 412"}),
        rec("homework.assigned", "hw2", {"homework_id": "hw2", "class_id": "5a", "subject_id": "pe",
                                         "due_on": "2026-11-05", "text": "Форма"}),
    ]


def mark_records() -> list[dict]:
    amended = {"lesson_id": "lm5", "weight": 1}
    return [
        _grade("g1", "anna", "4-", lesson_id="lm1", work_type="oral"),
        _grade("g2", "anna", "5", lesson_id="lm2", weight=2, work_type="test", comment="Контрольная"),
        _grade("g3", "anna", "2", **amended),
        _grade("g3", "anna", "4", kind="grade.amended", revision=2, reason="Пересдача", **amended),
        _grade("g4", "anna", "2", lesson_id="lm5"),
        rec("grade.retracted", "g4", {"grade_id": "g4", "student_id": "anna"}, revision=2),
        _grade("g5", "anna", "pass", scale="pass_fail", lesson_id="lm1", text="зачёт"),
        _grade("g6", "anna", "2", lesson_id="lm2", counts_in_average=False),
        _grade("g7", "anna", "5", date="2026-10-28", subject_id="math"),
        _grade("g8", "anna", "3", lesson_id="lm3"),
        _grade("g9", "anna", "5", lesson_id="le1"),
        _grade("g10", "anna", "exempt", scale="status", lesson_id="lp1"),
        _grade("g11", "boris", "3", lesson_id="lm1"),
        _grade("g12", "vera", "4", lesson_id="lh1"),
        _grade("gt1", "gleb", "5", school=T, lesson_id="lt1"),
        _grade("gt2", "gleb", "3", school=T, lesson_id="lt2"),
        _grade("gt3", "gleb", "7", school=T, scale="ten_point", lesson_id="lt2"),
        _attend("anna", "lm1", "late", minutes_late=5, code="ОП"), _attend("anna", "lm2", "absent"),
        _attend("anna", "lm5", "ill"), _attend("anna", "le1", "excused"), _attend("anna", "lm3", "present"),
        _attend("anna", "lm4", "absent"),
        _final("fg1", "anna", "math", "q1", "5"), _final("fg1", "anna", "math", "q1", "4", revision=2),
        _final("fg2", "anna", "pe", "h1", "exempt", scale="status", text="осв"),
        _final("fg3", "anna", "eng", "q1", "5"),  # entered by mistake, then withdrawn
        rec("final_grade.retracted", "fg3", {"final_grade_id": "fg3", "student_id": "anna",
                                             "reason": "entered for the wrong pupil"}, revision=2),
    ]


def _final(fid: str, student: str, subject: str, period: str, value: str, scale: str = "five_point",
           revision: int = 1, **extra) -> dict:
    return rec("final_grade.recorded", fid, {"final_grade_id": fid, "student_id": student, "subject_id": subject,
                                             "period_id": period, "value": value, "scale": scale, **extra},
               revision=revision, version=2 if extra else 1)


def all_records() -> list[dict]:
    return [*roster_records(), *lesson_records(), *mark_records()]
