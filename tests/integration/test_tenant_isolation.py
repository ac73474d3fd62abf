"""Tenant isolation (issue 10 §2): one school's clients can neither write into nor read from another school.

School A has a whole world: a native roster, lessons, marks, final marks, homework, attendance, a timetable, a
crosswalk alias, and a Dnevnik.ru class and an Elzhur class of its own. School B has a client per adapter. Then B:

1. sends, for **every event type and every entity field** (``hub.events.tenancy.ENTITY_FIELDS``), a native record
   that names A's entity in that field (and once more an A id that does not exist): each is rejected for that
   record, ``not authorised`` at that field's pointer, with the same answer whether A's entity exists or not;
2. mirrors A's whole native world with A's *local* ids (``anna``, ``5a``, ``g1``...), amends A's grade ids,
   re-links A's guardian: accepted, as B's own entities;
3. pushes A's Dnevnik.ru and Elzhur payloads (A's vendor ids) through its own vendor clients: B's own entities;
4. names school A in the envelope, in ``?school=``: refused.

Afterwards A's views (every row of every projection that belongs to A) and every answer A's readers get are
exactly what they were, and B's readers get 404 for every A entity. On both stacks (embedded log + SQLite views;
Kafka + PostgreSQL). A move between schools is an explicit pair of events, listed for operators.
"""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select

from hub.auth.readers import Role
from hub.events.tenancy import ENTITY_FIELDS
from hub.projector.runner import project_all
from projections import ALL_PROJECTIONS
from tests.e2e import test_vendor_dnevnik_ru as dn
from tests.e2e import test_vendor_elzhur as el

A, B = "sch-a", "sch-b"
AT = "2026-09-07T08:00:00+03:00"


def q(local: str, school: str = A) -> str:
    return f"native:{school}:{local}"


def rec(kind: str, record_id: str, data: dict, school: str = A, revision: int = 1) -> dict:
    return {"type": kind, "school_id": school, "occurred_at": AT, "record_id": record_id, "revision": revision,
            "data": data}


def name(last: str, first: str) -> dict:
    return {"last_name": last, "first_name": first}


GRADE = {"grade_id": "g1", "student_id": "anna", "lesson_id": "l1", "value": "4", "scale": "five_point",
         "weight": 2, "work_type": "test", "teacher_id": "t-math"}
HOMEWORK = {"homework_id": "hw1", "class_id": "5a", "subject_id": "math", "lesson_id": "l1", "due_on": "2026-09-09",
            "text": "№ 412"}


def world(school: str = A) -> list[dict]:
    """A school's native world, with local ids: every event type that defines or references an entity."""
    def r(kind: str, record_id: str, data: dict, revision: int = 1) -> dict:
        return rec(kind, record_id, data, school, revision)

    return [
        r("school.registered", "school", {"name": f"Школа {school}"}),
        r("subject.defined", "s-math", {"subject_id": "math", "name": "Математика"}),
        r("class.defined", "c-5a", {"class_id": "5a", "name": "5А", "academic_year": 2026}),
        r("class.defined", "c-5a-g1", {"class_id": "5a-g1", "name": "5А англ. 1", "academic_year": 2026,
                                       "parent_class_id": "5a"}),
        r("student.enrolled", "e-anna", {"student_id": "anna", "class_id": "5a", "enrolled_on": "2026-09-01",
                                         "name": name("Смирнова", "Анна")}),
        r("student.enrolled", "e-anna-dn", {"student_id": "anna-old", "class_id": "5a", "enrolled_on": "2026-09-01",
                                            "name": name("Смирнова", "Анна")}),
        r("identity.linked", "il-1", {"student_id": "anna", "alias_id": "anna-old"}),
        r("guardian.linked", "gl-1", {"guardian_id": "mother", "student_id": "anna", "relation": "parent"}),
        r("teacher.assigned", "ta-1", {"teacher_id": "t-math", "role": "subject_teacher", "class_id": "5a",
                                       "subject_id": "math"}),
        r("teacher.assigned", "ta-2", {"teacher_id": "t-class", "role": "class_teacher", "class_id": "5a"}),
        r("reporting_period.defined", "q1", {"period_id": "q1", "kind": "quarter", "number": 1, "name": "1 четверть",
                                             "academic_year": 2026, "starts_on": "2026-09-01",
                                             "ends_on": "2026-10-24"}),
        r("reporting_period.assigned", "pa-q1", {"period_id": "q1", "class_id": "5a"}),
        r("holiday.defined", "h1", {"holiday_id": "h1", "name": "День учителя", "academic_year": 2026,
                                    "starts_on": "2026-10-05", "ends_on": "2026-10-05", "class_id": "5a"}),
        r("timetable.defined", "tt1", {"entry_id": "tt1", "class_id": "5a", "subject_id": "math", "weekday": 2,
                                       "slot": 1, "valid_from": "2026-09-01", "teacher_id": "t-math"}),
        r("lesson.scheduled", "l1", {"lesson_id": "l1", "class_id": "5a", "subject_id": "math", "date": "2026-09-07",
                                     "slot": 2, "teacher_id": "t-math", "topic": "Дроби"}),
        r("grade.recorded", "g1", GRADE),
        r("final_grade.recorded", "f1", {"final_grade_id": "f1", "student_id": "anna", "subject_id": "math",
                                         "period_id": "q1", "value": "5", "scale": "five_point",
                                         "teacher_id": "t-math"}),
        r("homework.assigned", "hw1", HOMEWORK),
        r("attendance.marked", "a1", {"student_id": "anna", "lesson_id": "l1", "status": "late", "minutes_late": 5}),
    ]


# A valid B record of every event type; the attack puts one of A's ids into one entity field at a time.
TEMPLATES: dict[str, dict] = {
    "school.registered": {"name": "Школа B"},
    "class.defined": {"class_id": "x-class", "name": "9Я", "academic_year": 2026, "parent_class_id": "x-parent"},
    "subject.defined": {"subject_id": "x-subj", "name": "Химия"},
    "subject.linked": {"subject_id": "x-subj", "alias_id": "x-subj-2"},
    "teacher.defined": {"teacher_id": "x-t", "display_name": "Иванов И. И."},
    "average.reported": {"student_id": "x-st", "subject_id": "x-subj", "period_id": "x-q", "value": "2.00",
                         "number": 2.0, "source": "journal.average"},
    "student.enrolled": {"student_id": "x-st", "class_id": "x-class", "enrolled_on": "2026-09-01",
                         "name": name("Иванов", "Иван")},
    "student.withdrawn": {"student_id": "x-st", "class_id": "x-class", "withdrawn_on": "2026-10-01"},
    "student.transferred_out": {"student_id": "x-st", "class_id": "x-class", "transferred_on": "2026-10-01",
                                "to_school_id": A, "transfer_id": "order-x"},
    "student.transferred_in": {"student_id": "x-st", "class_id": "x-class", "name": name("Иванов", "Иван"),
                               "enrolled_on": "2026-10-01", "from_school_id": A, "transfer_id": "order-y"},
    "guardian.linked": {"guardian_id": "x-gu", "student_id": "x-st", "relation": "parent"},
    "guardian.unlinked": {"guardian_id": "x-gu", "student_id": "x-st"},
    "identity.linked": {"student_id": "x-st", "alias_id": "x-alias"},
    "teacher.assigned": {"teacher_id": "x-t", "role": "subject_teacher", "class_id": "x-class",
                         "subject_id": "x-subj"},
    "reporting_period.defined": {"period_id": "x-q", "kind": "quarter", "number": 1, "name": "1 четверть",
                                 "academic_year": 2026, "starts_on": "2026-09-01", "ends_on": "2026-10-24"},
    "reporting_period.assigned": {"period_id": "x-q", "class_id": "x-class"},
    "holiday.defined": {"holiday_id": "x-h", "name": "Каникулы", "academic_year": 2026, "starts_on": "2026-10-25",
                        "ends_on": "2026-11-03", "class_id": "x-class"},
    "holiday.withdrawn": {"holiday_id": "x-h"},
    "timetable.defined": {"entry_id": "x-tt", "class_id": "x-class", "subject_id": "x-subj", "weekday": 1,
                          "slot": 1, "valid_from": "2026-09-01", "teacher_id": "x-t"},
    "timetable.withdrawn": {"entry_id": "x-tt"},
    "lesson.scheduled": {"lesson_id": "x-l", "class_id": "x-class", "subject_id": "x-subj", "date": "2026-09-07",
                         "slot": 1, "teacher_id": "x-t"},
    "lesson.cancelled": {"lesson_id": "x-l"},
    "grade.recorded": {"grade_id": "x-g", "student_id": "x-st", "lesson_id": "x-l", "subject_id": "x-subj",
                       "value": "2", "scale": "five_point", "teacher_id": "x-t"},
    "grade.amended": {"grade_id": "x-g", "student_id": "x-st", "lesson_id": "x-l", "subject_id": "x-subj",
                      "value": "2", "scale": "five_point", "teacher_id": "x-t"},
    "grade.retracted": {"grade_id": "x-g", "student_id": "x-st"},
    "final_grade.recorded": {"final_grade_id": "x-f", "student_id": "x-st", "subject_id": "x-subj",
                             "period_id": "x-q", "value": "2", "scale": "five_point", "teacher_id": "x-t"},
    "final_grade.retracted": {"final_grade_id": "x-f", "student_id": "x-st"},
    "homework.assigned": {"homework_id": "x-hw", "class_id": "x-class", "subject_id": "x-subj", "lesson_id": "x-l",
                          "text": "Стереть всё"},
    "homework.updated": {"homework_id": "x-hw", "class_id": "x-class", "subject_id": "x-subj", "lesson_id": "x-l",
                         "text": "Стереть всё"},
    "homework.withdrawn": {"homework_id": "x-hw"},
    "attendance.marked": {"student_id": "x-st", "lesson_id": "x-l", "status": "absent"},
    "attendance.corrected": {"student_id": "x-st", "lesson_id": "x-l", "status": "absent"},
}
# The A entity each field names (qualified the way the native adapter qualified A's world).
A_ENTITY = {"class_id": q("5a"), "parent_class_id": q("5a"), "subject_id": q("math"), "student_id": q("anna"),
            "alias_id": q("anna-old"), "guardian_id": q("mother"), "teacher_id": q("t-math"), "period_id": q("q1"),
            "holiday_id": q("h1"), "entry_id": q("tt1"), "lesson_id": q("l1"), "grade_id": q("g1"),
            "final_grade_id": q("f1"), "homework_id": q("hw1")}
ATTACKS = [(kind, field) for kind, fields in ENTITY_FIELDS.items() for field in fields]


def attack_records() -> list[tuple[str, str, str, dict]]:
    """(kind, field, which A id, record): every entity field of every type, with an existing A entity and with an
    A id that names nothing."""
    out = []
    for kind, field in ATTACKS:
        for which, value in (("existing", A_ENTITY[field]), ("missing", q("no-such-" + field))):
            data = {**copy.deepcopy(TEMPLATES[kind]), field: value}
            out.append((kind, field, which, rec(kind, f"attack-{kind}-{field}-{which}", data, school=B)))
    return out


def bearer(running, sub: str, role: Role, school: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.hub.tokens.issue(sub, role, school)}"}


async def push(running, adapter: str, headers: dict, records: list[dict], school: str | None = None) -> dict:
    params = {"school": school} if school else {}
    response = await running.http.post(f"/v1/ingest/{adapter}", json=records, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def dnevnik_payloads() -> list[dict]:
    return [*dn.roster(), *dn.lessons(), *dn.marks(), dn.attendance()]


def elzhur_payloads() -> list[dict]:
    return [el.getrules(), el.diary_of_both()]


async def seed_a(running) -> dict[str, dict]:
    clients = {adapter: running.vendor([A], adapter) for adapter in ("native", "dnevnik_ru", "elzhur")}
    body = await push(running, "native", clients["native"], world())
    assert body["summary"]["rejected"] == 0, body
    for adapter, payloads in (("dnevnik_ru", dnevnik_payloads()), ("elzhur", elzhur_payloads())):
        body = await push(running, adapter, clients[adapter], payloads, school=A)
        assert body["summary"]["rejected"] == 0 and body["summary"]["accepted"] > 0, (adapter, body["summary"])
    await project_all(running.hub.log, running.hub.views)
    return clients


def a_rows(running) -> dict[str, list]:
    """Every row of every view that belongs to school A: its school_id is A, or a value is one of A's ids."""
    marker = f":{A}:"
    found: dict[str, list] = {}
    with running.hub.views.connect() as conn:
        for projection in ALL_PROJECTIONS:
            for table in projection.tables:
                rows = [tuple(row) for row in conn.execute(select(table))]
                mine = [row for row in rows if any(v == A or (isinstance(v, str) and marker in v) for v in row)]
                found[table.name] = sorted(map(repr, mine))
    return found


def a_readers() -> dict[str, tuple[str, Role, str | None]]:
    return {"guardian": (q("mother"), Role.GUARDIAN, None), "student": (q("anna"), Role.STUDENT, None),
            "teacher": (q("t-math"), Role.TEACHER, A), "class_teacher": (q("t-class"), Role.CLASS_TEACHER, A),
            "head": ("head-a", Role.HEAD_TEACHER, A), "auditor": ("aud-a", Role.AUDITOR, A)}


def a_reads() -> list[str]:
    anna, cls = q("anna"), q("5a")
    span = "from=2026-09-01&to=2026-09-30"
    return ["/v1/me/children", f"/v1/students/{anna}/diary?{span}", f"/v1/students/{anna}/final-grades?year=2026",
            f"/v1/students/{anna}/grades?{span}", f"/v1/students/{anna}/subjects/{q('math')}?period={q('q1')}",
            f"/v1/students/{anna}/schedule?week=2026-W37", f"/v1/classes/{cls}/schedule?week=2026-W37",
            f"/v1/classes/{cls}/statistics?period={q('q1')}", f"/v1/schools/{A}/statistics?period={q('q1')}",
            f"/v1/audit/students/{anna}/final-grades?as_of=2030-01-01T00:00:00Z&year=2026",
            f"/v1/audit/grades/{q('g1')}/history", f"/v1/audit/events?school={A}&format=json&raw=false"]


def without_positions(value: Any) -> Any:
    """An answer without what moves when any school's events are appended (positions, recorded times of B)."""
    if isinstance(value, dict):
        return {k: without_positions(v) for k, v in value.items()
                if k not in ("log_positions", "caught_up", "next")}
    if isinstance(value, list):
        return [without_positions(v) for v in value]
    return value


async def answers(running) -> dict[tuple[str, str], tuple[int, Any]]:
    out = {}
    for who, (sub, role, school) in a_readers().items():
        headers = bearer(running, sub, role, school)
        for path in a_reads():
            response = await running.http.get(path, headers=headers)
            body = without_positions(response.json()) if "json" in response.headers.get("content-type", "") else None
            out[(who, path)] = (response.status_code, body)
    return out


async def test_one_school_cannot_write_into_or_read_from_another(running):
    await seed_a(running)
    rows_before, answers_before = a_rows(running), await answers(running)
    assert sum(map(len, rows_before.values())) > 60
    assert sum(status == 200 for status, _ in answers_before.values()) >= 40  # A's readers do read A

    b = {adapter: running.vendor([B], adapter) for adapter in ("native", "dnevnik_ru", "elzhur")}
    # 1. Every entity field of every event type, naming A's entity (and an A id that names nothing).
    attacks = attack_records()
    body = await push(running, "native", b["native"], [record for *_, record in attacks])
    for (kind, field, which, _record), result in zip(attacks, body["results"]):
        assert result["status"] == "rejected", (kind, field, which, result)
        assert result["errors"] == [{"pointer": f"/data/{field}", "message": f"not authorised: {field} must be an "
                                     f"id of school {B}, the school of this record"}], (kind, field, which)
    assert len(attacks) == 2 * len(ATTACKS) and len(ATTACKS) >= 60  # the existing and the missing: one answer
    # 2. A's local ids, sent by B: B's own entities (B mirrors A's world, amends "g1", re-links "mother").
    mirror = [*world(B), rec("grade.amended", "g1", {**GRADE, "value": "2"}, school=B, revision=2),
              rec("grade.retracted", "g1-x", {"grade_id": "g1", "student_id": "anna"}, school=B),
              rec("homework.withdrawn", "hw1-x", {"homework_id": "hw1"}, school=B),
              rec("student.withdrawn", "w-anna", {"student_id": "anna", "class_id": "5a",
                                                  "withdrawn_on": "2026-09-02"}, school=B)]
    body = await push(running, "native", b["native"], mirror)
    assert body["summary"]["rejected"] == 0 and body["summary"]["accepted"] == len(mirror), body["summary"]
    # 3. A's vendor payloads through B's vendor clients: B's own entities under A's vendor ids.
    for adapter, payloads in (("dnevnik_ru", dnevnik_payloads()), ("elzhur", elzhur_payloads())):
        body = await push(running, adapter, b[adapter], payloads, school=B)
        assert body["summary"]["rejected"] == 0 and body["summary"]["accepted"] > 0, (adapter, body["summary"])
    # 4. Naming school A outright.
    body = await push(running, "native", b["native"], [rec("grade.recorded", "g9", GRADE)])
    assert body["results"][0]["status"] == "rejected"
    assert body["results"][0]["errors"][0]["pointer"] == "/school_id"
    for adapter in ("dnevnik_ru", "elzhur"):
        response = await running.http.post(f"/v1/ingest/{adapter}", params={"school": A}, json=[{}],
                                           headers=b[adapter])
        assert response.status_code == 403, response.text
    await project_all(running.hub.log, running.hub.views)

    assert a_rows(running) == rows_before  # 0 effects on A's views
    assert await answers(running) == answers_before  # 0 effects on what A's readers see
    # B's readers never reach A: the same local names are B's own entities.
    for sub, role, school in ((q("mother", B), Role.GUARDIAN, None), ("head-b", Role.HEAD_TEACHER, B),
                              (q("t-math", B), Role.TEACHER, B), (q("t-class", B), Role.CLASS_TEACHER, B)):
        headers = bearer(running, sub, role, school)
        for path in a_reads()[1:9]:
            response = await running.http.get(path, headers=headers)
            assert response.status_code == 404, (sub, path, response.text)
    for sub, role, school in ((q("mother", B), Role.GUARDIAN, None), ("head-b", Role.HEAD_TEACHER, B)):
        own = await running.http.get(f"/v1/students/{q('anna', B)}/diary?from=2026-09-01&to=2026-09-30",
                                     headers=bearer(running, sub, role, school))
        assert own.status_code == 200, own.text  # B's mirror is B's own child, under B's id


async def test_a_transfer_is_an_explicit_pair_listed_for_operators(running):
    a, b = running.vendor([A]), running.vendor([B])
    await push(running, "native", a, world())
    out = rec("student.transferred_out", "tr-out", {"student_id": "anna", "class_id": "5a",
                                                    "transferred_on": "2026-10-01", "to_school_id": B,
                                                    "transfer_id": "order-17"})
    arrive = rec("student.transferred_in", "tr-in", {"student_id": "anna-b", "class_id": "7b",
                                                     "name": name("Смирнова", "Анна"), "enrolled_on": "2026-10-01",
                                                     "from_school_id": A, "transfer_id": "order-17"}, school=B)
    await push(running, "native", a, [out])
    await project_all(running.hub.log, running.hub.views)
    operator = bearer(running, "ops", Role.OPERATOR)
    waiting = (await running.http.get("/v1/operator/transfers", headers=operator)).json()["transfers"]
    assert [(t["transfer_id"], t["status"], t["in"]) for t in waiting] == [("order-17", "awaiting_arrival", None)]
    await push(running, "native", b, [rec("class.defined", "c-7b", {"class_id": "7b", "name": "7Б",
                                                                   "academic_year": 2026}, school=B), arrive])
    await project_all(running.hub.log, running.hub.views)
    [done] = (await running.http.get("/v1/operator/transfers", headers=operator)).json()["transfers"]
    assert done["status"] == "complete"
    assert (done["out"]["school_id"], done["out"]["student_id"], done["out"]["on"]) == (A, q("anna"), "2026-10-01")
    assert (done["in"]["school_id"], done["in"]["student_id"]) == (B, q("anna-b", B))
    # Each school keeps its own child: A's head teacher still reads A's history, not B's; B's reads B's only.
    head_a, head_b = bearer(running, "h", Role.HEAD_TEACHER, A), bearer(running, "h", Role.HEAD_TEACHER, B)
    span = "from=2026-09-01&to=2026-10-30"
    assert (await running.http.get(f"/v1/students/{q('anna')}/diary?{span}", headers=head_a)).status_code == 200
    assert (await running.http.get(f"/v1/students/{q('anna')}/diary?{span}", headers=head_b)).status_code == 404
    assert (await running.http.get(f"/v1/students/{q('anna-b', B)}/diary?{span}",
                                   headers=head_b)).status_code == 200
    assert (await running.http.get("/v1/operator/transfers", headers=head_a)).status_code == 404
