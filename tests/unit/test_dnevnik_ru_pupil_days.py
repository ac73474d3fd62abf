"""Whose lesson a class's lesson is, read from the pupils' own schedules (``adapters/dnevnik_ru/pupil_days.py``),
against the class's own lessons ranges. Reference §0: ``persons/{p}/groups/{g}/schedules`` is one person's schedule,
per day; §3.4: a lesson is of one ``group``, with one ``date``; §7: ``edu-groups/{g}/lessons/{from}/{to}`` is the
group's whole list of lessons of each day it covers.

Found by dnevnik_ru_77 (lesson-113, lesson-178, lesson-197): a pupil's later schedule of a day lacked a lesson his
earlier one had because the *class's* day had changed (the lesson was deleted, or moved to another day), which the
class's range pulled in between already said; the hub read it as the lesson being no longer that pupil's, moved it
into a group «Уроки части класса» of the pupil whose schedule was never pulled, stated it again there (so the deleted
lesson showed again beside its replacement) and kept filing it there on its new day (so the pupils whose own
schedules of the new day list it did not see it)."""

from __future__ import annotations

from datetime import datetime, timezone

from adapters.base import TranslationContext
from adapters.registry import all_adapters

A = all_adapters()["dnevnik_ru"]
CLASS = "2260325488777100091"
PUPILS = {"1000012770901": ("Никита", "Орлов"), "1000012770902": ("Ксения", "Фомина"),
          "2260325488777300903": ("Руслан", "Латыпов")}  # the third one's schedule is never pulled
NIKITA, KSENIA = "1000012770901", "1000012770902"
MON, NEXT_MON = "2026-11-23", "2026-11-30"
SUBJECTS = {"Ф": ("1000003770009", "Физика", 3), "А": ("1000003770008", "Английский язык", 5),
            "Р": ("1000003770001", "Русский язык", 2)}
LESSON = {"Ф": "2260325488602000833", "А": "2260325488602000905", "Р": "2260325488602000832",
          "Л": "2260325488609000001"}  # Л: a lesson created in a deleted one's slot (Русский язык's subject)


class Dir:
    def __init__(self):
        self.entries = {}

    def get(self, kind, vendor_id):
        return self.entries.get((kind, str(vendor_id)))


def roster() -> dict:
    students = [{"person": {"id_str": p, "firstName": first, "lastName": last}, "membershipstatus": "Active"}
                for p, (first, last) in PUPILS.items()]
    return {"request": "POST /v2/edu-groups", "pulled_at": "2026-11-15T19:00:00+05:00",
            "body": [{"group": {"id_str": CLASS, "name": "9А", "type": "Group", "parentIds": None,
                                "status": "Active", "studyyear": 2026}, "students": students}]}


def _lesson(name: str, day: str, number: int | None = None) -> dict:
    subject, title, n = SUBJECTS["Р" if name == "Л" else name]
    n = number or n
    return {"id_str": LESSON[name], "title": f"{title} ({name})", "date": f"{day}T{7 + n:02d}:00:00", "number": n,
            "subject": {"id_str": subject, "name": title}, "group_str": CLASS, "works": []}


def class_range(first: str, last: str, pulled_at: str, *lessons: tuple[str, str] | tuple[str, str, int]) -> dict:
    """The class's lessons range (§3.4 entity shape, §7): each (name, day[, number])."""
    return {"request": f"GET /v2/edu-groups/{CLASS}/lessons/{first}/{last}", "pulled_at": pulled_at,
            "body": [_lesson(*one) for one in lessons]}


def schedule(person: str, day: str, pulled_at: str, *names: str) -> dict:
    """``person``'s own schedule of ``day`` (§0), listing the lessons ``names`` (flattened, §3.4)."""
    flat = []
    for name in names:
        entity = _lesson(name, day)
        flat.append({"id": int(LESSON[name]), "title": entity["title"], "date": entity["date"],
                     "number": entity["number"], "subjectId": int(entity["subject"]["id_str"]), "works": []})
    days = [{"date": f"{day}T00:00:00", "lessons": flat, "marks": [], "works": [], "homeworks": [], "subjects": [],
             "workTypes": [], "lessonLogEntries": [], "teachers": []}]
    return {"request": f"GET /v2/persons/{person}/groups/{CLASS}/schedules?startDate={day}&endDate={day}",
            "pulled_at": pulled_at, "body": {"days": days}}


def translate_in_order(*records: dict) -> list[list]:
    """Each record's events, translated in order with the directory the earlier ones registered."""
    directory, found = Dir(), []
    for record in records:
        ctx = TranslationContext("c", datetime(2031, 2, 28, tzinfo=timezone.utc), school_id="sch-1",
                                 timezone="Asia/Yekaterinburg", directory=directory)
        translation = A.translate({**record, "school_id": "sch-1"}, ctx)
        assert not translation.errors and not translation.missing, (translation.errors, translation.missing)
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in translation.directory_entries})
        found.append(translation.events)
    return found


def about(events: list, name: str) -> list[tuple[str, str | None, str | None]]:
    """(type, the class it files the lesson ``name`` under, its date) of each of ``events`` about that lesson."""
    lesson = f":lesson:{LESSON[name]}"
    return [(e.type, (e.data.get("class_id") or "").split(":class:")[-1] or None, e.data.get("date"))
            for e in events if e.type.startswith("lesson.") and str(e.data.get("lesson_id", "")).endswith(lesson)]


PLAN = class_range(MON, "2026-12-06", "2026-11-21T10:10:40+05:00", ("Ф", MON), ("Р", MON), ("А", NEXT_MON))
FRIDAY = [schedule(p, MON, "2026-11-20T21:07:20+05:00", "Р", "Ф") for p in (NIKITA, KSENIA)]
MOVED = class_range(MON, "2026-11-29", "2026-11-23T07:30:40+05:00", ("Р", MON), ("А", MON, 3))  # Ф went to 11-30
MONDAY = [schedule(p, MON, "2026-11-23T21:07:20+05:00", "Р", "А") for p in (NIKITA, KSENIA)]


def test_a_lesson_the_classs_later_range_of_its_day_lacks_is_not_moved_by_the_pupils_later_schedules():
    """lesson-113/178 (E4): Физика left 11-23 (moved to 11-30); the class's range of 11-23 pulled after the pupils'
    Friday schedules lacks it (§3.4, §7), so their Monday schedules lacking it say nothing about whose it is: it is
    not moved into a group of the pupil never pulled, nor stated again."""
    events = translate_in_order(roster(), PLAN, *FRIDAY, MOVED, *MONDAY)
    assert [about(one, "Ф") for one in events[-2:]] == [[], []]


def test_a_lesson_stated_by_its_class_on_its_new_day_is_the_classs():
    """lesson-113/178: the one-day range of 11-30 (§3.4, §7) and the pupils' own schedules of 11-30 (§0) list
    Физика there: it is filed under the class, so every pupil of the class sees it."""
    new_day = class_range(NEXT_MON, NEXT_MON, "2026-11-27T21:03:20+05:00", ("Ф", NEXT_MON, 5), ("А", NEXT_MON))
    events = translate_in_order(roster(), PLAN, *FRIDAY, MOVED, *MONDAY, new_day)
    assert about(events[-1], "Ф") == [("lesson.scheduled", CLASS, NEXT_MON)]


def test_a_lesson_the_classs_later_range_lacks_is_not_stated_again_for_the_pupil_never_pulled():
    """lesson-197 (E3): Русский язык #2 of 11-23 deleted and Л created in its slot; the class's range pulled after
    the deletion lists only Л (§3.4, §7): the pupils' later schedules listing Л instead do not give the deleted lesson
    back to the pupil whose schedule was never pulled (no ``lesson.scheduled`` restating it, no cancellation)."""
    before = class_range(MON, MON, "2026-11-20T21:03:20+05:00", ("Р", MON), ("Ф", MON))
    earlier = [schedule(p, MON, "2026-11-20T21:07:20+05:00", "Р", "Ф") for p in (NIKITA, KSENIA)]
    after = class_range(MON, "2026-11-29", "2026-11-23T10:02:00+05:00", ("Л", MON), ("Ф", MON))
    later = [schedule(p, MON, "2026-11-23T10:07:20+05:00", "Л", "Ф") for p in (NIKITA, KSENIA)]
    events = translate_in_order(roster(), before, *earlier, after, *later)
    assert [about(one, "Р") for one in events[-2:]] == [[], []]


def test_a_lesson_the_classs_later_range_still_lists_is_no_longer_his_when_his_later_schedule_lacks_it():
    """dnevnik_ru_68's rule stands where the class's range does not explain the change: the range pulled between
    the two schedules still lists Физика, his later schedule lacks it: it is no longer his (moved to a group of the
    pupils whose lists have it and the pupil never pulled)."""
    still = class_range(MON, MON, "2026-11-23T07:30:40+05:00", ("Р", MON), ("Ф", MON))
    later = schedule(NIKITA, MON, "2026-11-23T21:07:20+05:00", "Р")
    events = translate_in_order(roster(), PLAN, *FRIDAY, still, later)
    moved = about(events[-1], "Ф")
    assert len(moved) == 1 and moved[0][0] == "lesson.scheduled" and ".lessons." in (moved[0][1] or "")


def test_a_lesson_moved_to_some_pupils_and_then_to_another_day_is_the_classs_there():
    """A schedule says which lessons are a pupil's for the days it covers (§0), a lesson has one ``date`` (§3.4):
    Физика, no longer Никита's on 11-23 (dnevnik_ru_68's rule), then moved by the class to 11-30, is filed under the
    class there by the class's range of 11-30 (§7), until schedules of 11-30 say otherwise."""
    still = class_range(MON, MON, "2026-11-23T07:30:40+05:00", ("Р", MON), ("Ф", MON))
    later = schedule(NIKITA, MON, "2026-11-23T21:07:20+05:00", "Р")
    new_day = class_range(NEXT_MON, NEXT_MON, "2026-11-27T21:03:20+05:00", ("Ф", NEXT_MON, 5))
    events = translate_in_order(roster(), PLAN, *FRIDAY, still, later, new_day)
    assert about(events[-1], "Ф") == [("lesson.scheduled", CLASS, NEXT_MON)]
