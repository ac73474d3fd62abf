"""Elzhur (Eljur API v3) end to end: a small school pushed over HTTP as API responses, read back as a diary.

Covers, in one story on the embedded engines: getrules (students with names, their class, the home class with its
class teacher), getdiary for two days (lessons with topics, times, rooms and teachers; homework with a file; marks
on the five-point scale with weights; ``н`` and ``оп`` pseudo-marks as attendance, not grades; a phantom mark
skipped), a getdiary sent before getrules (parked on the student, applied when getrules names the class), a changed
re-send (grade.amended), an unchanged re-send (duplicate), the hub's deletion notice (grade.retracted), and a
guardian linked through the native adapter with the canonical ids the Elzhur adapter built
(``namespaced_id("elzhur", school, "student", id)``; classes and subjects by ``ids.name_key`` of their name).
Shapes follow ``adapters/elzhur/translate.py`` (bare responses, the fallback form) and ``contracts/elzhur/golden``;
the request envelope is judged by the journey (``contracts/journeys/elzhur``).

getrules carries no date: a bare getrules (no envelope, no ``pulled_at``) enrols on 1 September of the school year
the hub receives it in, and the pupil's diary states the same enrolment for the year of its days, so the lesson
days are taken inside the current school year (in the school's zone).
"""

from __future__ import annotations

import datetime as dt

from adapters.elzhur.ids import name_key
from hub import clock
from hub.auth.readers import Role

from tests.e2e.vendor_helpers import event_types, guardian_link, lessons_by_day, running_hub, statuses
from tests.samples import q

SCHOOL = "sch-elzhur"
ADAPTER = "elzhur"
DASHA, IVAN = "70123", "70124"
CLASS = "5А"
TODAY = clock.today("Europe/Moscow")  # the day the hub receives the records (its clock is pinned)
YEAR = TODAY.year if TODAY.month >= 8 else TODAY.year - 1  # the school year getrules enrols in
DAY_1, DAY_2 = dt.date(YEAR, 11, 16), dt.date(YEAR, 11, 17)


def cid(kind: str, part: str) -> str:
    return f"elzhur:{SCHOOL}:{kind}:{part}"


def key(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def response(result: dict, **extra) -> dict:
    return {**extra, "response": {"state": 200, "error": None, "result": result}}


def getrules() -> dict:
    return response({"roles": ["parent"], "relations": {
        "students": {
            DASHA: {"rel": "child", "name": DASHA, "title": "Соколова Дарья", "lastname": "Соколова",
                    "firstname": "Дарья", "middlename": "Андреевна", "gender": "female", "class": CLASS,
                    "parallel": "5"},
            IVAN: {"rel": "child", "name": IVAN, "title": "Соколов Иван Сергеевич", "class": CLASS},
        },
        "groups": {CLASS: {"rel": "homeclass", "parallel": "5", "balls": 5,
                           "hometeacher_name": "Миронова Ольга Петровна"}},
    }})


def assessment(value: str, day: dt.date, lesson_id: str, nm: str, weight: float = 1,
               control: str = "Работа на уроке", count: bool = True) -> dict:
    counted = count and value not in ("н", "оп")
    return {"value": value, "countas": value[0] if counted else "0", "count": counted,
            "convert": int(value[0]) if counted else 0, "weight": weight if counted else 0,
            "weight_float": weight if counted else 0, "control_type": control if counted else "",
            "control_type_short": "", "date": day.isoformat(), "lesson_id": lesson_id, "nm": nm, "comment": ""}


def item(num: str, subject: str, lesson_id: str, topic: str, start: str, end: str, teacher: str, room: str,
         assessments: list[dict], homework: dict | None = None, files: list | None = None) -> dict:
    return {"num": num, "name": subject, "room": room, "teacher": teacher, "sort": int(num) * 100,
            "lesson_id": lesson_id, "topic": topic, "is_control": False, "starttime": start, "endtime": end,
            "homework": homework or {}, "files": files or [], "resources": [], "assessments": assessments}


MATH_TEACHER, RUS_TEACHER = "Миронова Ольга Петровна", "Кузнецова Ирина Львовна"


def day_1() -> dict:
    return {"name": key(DAY_1), "title": "Понедельник", "items": {
        "1": item("1", "Математика", "884102", "Обыкновенные дроби", "08:30:00", "09:15:00", MATH_TEACHER, "214",
                  [assessment("4", DAY_1, "884102", "1"), {"value": ""}],  # a phantom mark: skipped
                  homework={"5512090": {"id": 5512090, "value": "№ 412, 415(а,б)", "individual": False}},
                  files=[{"toid": 5512090, "filename": "карточка.pdf", "link": "https://demo.eljur.ru/files/abc123"}]),
        "2": item("2", "Русский язык", "884131", "Причастие", "09:25:00", "10:10:00", RUS_TEACHER, "305",
                  [assessment("н", DAY_1, "884131", "1")]),
    }}


def day_2(control: str = "5-") -> dict:
    return {"name": key(DAY_2), "title": "Вторник", "items": {
        "1": item("1", "Математика", "884150", "Сложение дробей", "08:30:00", "09:15:00", MATH_TEACHER, "214",
                  [assessment(control, DAY_2, "884150", "1", weight=2, control="Контрольная работа"),
                   assessment("3", DAY_2, "884150", "2")]),
        "2": item("2", "Русский язык", "884160", "Деепричастие", "09:25:00", "10:10:00", RUS_TEACHER, "305",
                  [assessment("оп", DAY_2, "884160", "1")]),
    }}


def getdiary(days: dict, student: str = DASHA, title: str = "Соколова Дарья") -> dict:
    return response({"students": {student: {"name": student, "title": title, "parent_signed": False,
                                            "days": days}}})


def diary_of_both(control: str = "5-") -> dict:
    return getdiary({key(DAY_1): day_1(), key(DAY_2): day_2(control)})


async def test_elzhur_school_from_http_to_the_guardians_diary(tmp_path):
    async with running_hub(tmp_path) as hub:
        elzhur = hub.client(ADAPTER, SCHOOL)

        # A diary does not name the class: before getrules the hub cannot place the lessons, so it parks.
        early = getdiary({key(DAY_1): day_1()})
        parked = await hub.push(ADAPTER, SCHOOL, elzhur, [early])
        assert parked["results"][0]["status"] == "parked", parked
        assert parked["results"][0]["waiting_for"][0]["kind"] == "student"
        assert parked["results"][0]["waiting_for"][0]["vendor_id"] == DASHA
        listing = (await hub.http.get(f"/v1/ingest/{ADAPTER}/quarantine", headers=elzhur)).json()
        assert listing["count"] == 1 and listing["parked"][0]["record"] == early

        # getrules: the roster; it names each student's class, which releases the parked diary.
        body = await hub.push(ADAPTER, SCHOOL, elzhur, [getrules()])
        assert statuses(body) == ["accepted"], body
        assert event_types(body) == ["student.enrolled", "student.enrolled", "class.defined", "teacher.defined",
                                     "teacher.assigned"]
        assert (await hub.http.get(f"/v1/ingest/{ADAPTER}/quarantine", headers=elzhur)).json()["count"] == 0
        await hub.project()
        head = hub.reader(q("head-1", SCHOOL), Role.HEAD_TEACHER, SCHOOL)
        released = lessons_by_day(await hub.diary(cid("student", DASHA), head, DAY_1.isoformat(), DAY_1.isoformat()))
        assert [lesson["topic"] for lesson in released[DAY_1.isoformat()]] == ["Обыкновенные дроби", "Причастие"]

        # The diary for both days: day 1 is already known (duplicate events), day 2 is new.
        body = await hub.push(ADAPTER, SCHOOL, elzhur, [diary_of_both()])
        assert statuses(body) == ["accepted"], body
        definitions = ("subject.defined", "teacher.assigned", "teacher.defined", "student.enrolled",  # re-stated
                       "class.defined")
        assert {"subject.defined", "teacher.assigned"} <= set(event_types(body))
        assert sorted(t for t in event_types(body) if t not in definitions) == sorted(
            ["lesson.scheduled", "homework.assigned", "grade.recorded", "lesson.scheduled", "attendance.marked",
             "lesson.scheduled", "grade.recorded", "grade.recorded", "lesson.scheduled", "attendance.marked"])

        # A changed re-send (5- -> 5) is the correction; then the same again is a duplicate.
        changed = await hub.push(ADAPTER, SCHOOL, elzhur, [diary_of_both(control="5")])
        assert statuses(changed) == ["accepted"], changed
        new = [e["type"] for e in changed["results"][0]["events"]
               if e["position"] not in {x["position"] for x in body["results"][0]["events"]}]
        assert new == ["grade.amended"], changed
        again = await hub.push(ADAPTER, SCHOOL, elzhur, [diary_of_both(control="5"), getrules()])
        assert statuses(again) == ["duplicate", "duplicate"], again

        # The hub's deletion notice retracts the 3 of day 2.
        deleted = await hub.push(ADAPTER, SCHOOL, elzhur, [{"method": "deletion", "deleted": {
            "kind": "mark", "date": DAY_2.isoformat(), "student": DASHA, "lesson_id": "884150", "nm": "2",
            "reason": "ошибочно выставлена"}}])
        assert statuses(deleted) == ["accepted"] and event_types(deleted) == ["grade.retracted"], deleted

        # Elzhur carries no guardians: link one through the native adapter, with the canonical student id.
        native = hub.client("native", SCHOOL)
        body = await hub.push("native", SCHOOL, native, [guardian_link(SCHOOL, "mother-7", cid("student", DASHA),
                                                                       "gl-mother-dasha")])
        assert statuses(body) == ["accepted"], body
        await hub.project()

        mother = hub.reader(q("mother-7", SCHOOL), Role.GUARDIAN)
        [child] = await hub.children(mother)
        assert (child["student_id"], child["last_name"], child["first_name"], child["middle_name"]) == (
            cid("student", DASHA), "Соколова", "Дарья", "Андреевна")
        assert (child["class_id"], child["class_name"], child["school_id"]) == (
            cid("class", f"{name_key(CLASS)}@{YEAR}"), CLASS, SCHOOL)

        diary = await hub.diary(cid("student", DASHA), mother, DAY_1.isoformat(), DAY_2.isoformat())
        days = lessons_by_day(diary)
        assert list(days) == [DAY_1.isoformat(), DAY_2.isoformat()]
        math_1, russian_1 = days[DAY_1.isoformat()]
        math_2, russian_2 = days[DAY_2.isoformat()]
        math = cid("subject", name_key("Математика"))
        assert math_1["subject"]["id"] == math and math_2["subject"]["id"] == math
        assert russian_1["subject"]["id"] == cid("subject", name_key("Русский язык"))

        assert (math_1["lesson_id"], math_1["slot"], math_1["topic"], math_1["room"]) == (
            cid("lesson", "884102"), 1, "Обыкновенные дроби", "214")
        assert (math_1["starts_at"], math_1["ends_at"]) == ("08:30:00", "09:15:00")
        assert math_1["teacher"] == {"id": cid("teacher", name_key(MATH_TEACHER)), "name": MATH_TEACHER}  # getrules
        [homework] = math_1["homework"]
        assert (homework["homework_id"], homework["text"], homework["due_on"]) == (
            cid("homework", "5512090"), "№ 412, 415(а,б)", DAY_1.isoformat())
        assert homework["attachments"] == [{"name": "карточка.pdf", "url": "https://demo.eljur.ru/files/abc123",
                                            "media_type": None, "size_bytes": None}]
        assert [(m["grade_id"], m["value"], m["scale"], m["weight"], m["work_type"], m["work_type_name"], m["amended"])
                for m in math_1["marks"]] == [
            (cid("grade", f"{DASHA}.884102.1"), "4", "five_point", 1.0, "rabota_na_uroke", "Работа на уроке", False)]
        assert math_1["marks"][0]["normalised"] == 75.0 and math_1["marks"][0]["counts_in_average"] is True
        assert math_1["attendance"] is None

        assert (russian_1["topic"], russian_1["marks"]) == ("Причастие", [])  # н is attendance, not a grade
        assert russian_1["attendance"]["status"] == "absent"

        assert (math_2["lesson_id"], math_2["topic"]) == (cid("lesson", "884150"), "Сложение дробей")
        [control] = math_2["marks"]  # the 3 was deleted
        assert (control["grade_id"], control["value"], control["scale"], control["weight"], control["work_type"],
                control["work_type_name"], control["amended"]) == (cid("grade", f"{DASHA}.884150.1"), "5",
                                                                   "five_point", 2.0, "kontrolnaia_rabota",
                                                                   "Контрольная работа", True)
        assert (russian_2["topic"], russian_2["marks"]) == ("Деепричастие", [])  # оп is attendance, not a grade
        assert russian_2["attendance"]["status"] == "late"
        assert all(d["marks_without_lesson"] == [] for d in diary["days"])

        # Иван is in the class but not this guardian's child.
        refused = await hub.http.get(f"/v1/students/{cid('student', IVAN)}/diary",
                                     params={"from": DAY_1.isoformat(), "to": DAY_2.isoformat()}, headers=mother)
        assert refused.status_code == 404


async def test_elzhur_lesson_shows_its_subject_name(tmp_path):
    async with running_hub(tmp_path) as hub:
        elzhur = hub.client(ADAPTER, SCHOOL)
        body = await hub.push(ADAPTER, SCHOOL, elzhur, [getrules(), getdiary({key(DAY_1): day_1()})])
        assert statuses(body) == ["accepted", "accepted"], body
        await hub.project()
        head = hub.reader(q("head-1", SCHOOL), Role.HEAD_TEACHER, SCHOOL)
        lessons = lessons_by_day(await hub.diary(cid("student", DASHA), head, DAY_1.isoformat(), DAY_1.isoformat()))
        assert [lesson["subject"] for lesson in lessons[DAY_1.isoformat()]] == [
            {"id": cid("subject", name_key("Математика")), "name": "Математика"},
            {"id": cid("subject", name_key("Русский язык")), "name": "Русский язык"}]


async def test_elzhur_vacation_days_are_the_class_holidays(tmp_path):
    """Elzhur marks a day off in each student's diary (``alert: "vacation"``): it becomes one holiday of the
    class for that date, whichever of its students reported it, and the final-grades view lists it."""
    off_1, off_2 = dt.date(YEAR, 11, 3), dt.date(YEAR, 11, 4)

    def vacation(day: dt.date) -> dict:
        return {"name": key(day), "title": "", "alert": "vacation", "holiday_name": "Осенние каникулы", "items": {}}

    async with running_hub(tmp_path) as hub:
        elzhur = hub.client(ADAPTER, SCHOOL)
        body = await hub.push(ADAPTER, SCHOOL, elzhur, [getrules(), *({**diary, "method": method} for diary, method in (
            (getdiary({key(off_1): vacation(off_1), key(off_2): vacation(off_2)}), "getdiary"),
            (getdiary({key(off_1): vacation(off_1)}, student=IVAN, title="Соколов Иван Сергеевич"), "getschedule")))])
        assert statuses(body) == ["accepted", "accepted", "duplicate"], body["results"]
        assert [t for t in event_types(body, 1) if t not in ("student.enrolled", "class.defined")] == [
            "holiday.defined"] * 2
        body = await hub.push("native", SCHOOL, hub.client("native", SCHOOL),
                              [guardian_link(SCHOOL, "mother-1", cid("student", DASHA), "gl-mother-dasha")])
        assert statuses(body) == ["accepted"], body
        await hub.project()

        answer = await hub.http.get(f"/v1/students/{cid('student', DASHA)}/final-grades", params={"year": YEAR},
                                    headers=hub.reader(q("mother-1", SCHOOL), Role.GUARDIAN))
        assert answer.status_code == 200, answer.text
        assert [(h["name"], h["starts_on"], h["ends_on"], h["class_id"]) for h in answer.json()["holidays"]] == [
            ("Осенние каникулы", day.isoformat(), day.isoformat(), cid("class", f"{name_key(CLASS)}@{YEAR}"))
            for day in (off_1, off_2)]
