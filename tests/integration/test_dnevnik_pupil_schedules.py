"""Whose lesson a class's lesson is, read from the pupils' own schedules (reference §0: ``persons/{p}/groups/{g}/
schedules`` is one person's schedule, per day; §3.4: a lesson is of one group; §3.8: a pupil sees the lessons of the
groups he is a member of; ``adapters/dnevnik_ru/pupil_days.py``), embedded stack. Found by dnevnik_ru_48
(no-lesson-020..043): a home-schooled pupil whose own schedules list only his home lessons and three class lessons
still saw every lesson of his class, because the hub went by his class membership alone.

The world is ``tests/dnevnik_world.py``'s 7Б (pupil, twin) with a third pupil whose schedule is never pulled; three
lessons of the whole class on Monday 2025-10-13: A (#1), B (#2), C (#3)."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.dnevnik_world import SCHOOL_VENDOR, World, env, ids
from tests.e2e.vendor_helpers import running_hub

SCHOOL = "sch-dn-psch"
DAY = "2025-10-13"
SAT, SAT_LATER, SUN, MON = ("2025-10-18T19:19:00+05:00", "2025-10-18T19:21:00+05:00", "2025-10-19T10:00:00+05:00",
                            "2025-10-20T10:00:00+05:00")
SUBJECTS = {"A": (1, "Алгебра"), "B": (2, "Музыка"), "C": (3, "История")}


def third(w: World) -> dict[str, Any]:
    return {**ids(w.i(103)), "userId": None, "firstName": "Даниил", "lastName": "Жуков", "middleName": "Романович",
            "shortName": "Даниил", "sex": "Male"}


def roster(w: World) -> list[dict[str, Any]]:
    """The world's roster, 7Б with a third pupil."""
    students = [{"person": w.person("pupil"), "membershipstatus": "Active"},
                {"person": w.person("twin"), "membershipstatus": "Active"},
                {"person": third(w), "membershipstatus": "Active"}]
    return [r if not r["request"].startswith("POST") else env(
        "POST /v2/edu-groups", [{"group": w.edu_group(), "students": students}], [w.group]) for r in w.roster()]


def lesson_id(w: World, name: str) -> int:
    return w.i(400 + SUBJECTS[name][0])


def entity(w: World, name: str) -> dict[str, Any]:
    n, subject = SUBJECTS[name]
    return {**ids(lesson_id(w, name)), "title": f"Тема {name}", "date": f"{DAY}T{7 + n:02d}:30:00", "number": n,
            "subject": {**ids(w.i(300 + n)), "name": subject, "knowledgeArea": "", "fgosSubjectId": None},
            "group": w.group, "status": "Planned", "resultPlaceId": 0, "works": [], "teachers": [w.teacher],
            "teachers_str": [str(w.teacher)]}


def week(w: World) -> dict[str, Any]:
    return {**env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-18",
                  [entity(w, name) for name in SUBJECTS]), "pulled_at": "2025-10-12T19:00:00+05:00"}


def schedule(w: World, person: int, pulled_at: str, *names: str) -> dict[str, Any]:
    """``person``'s own schedule of Monday, listing the lessons ``names``."""
    flat = [{"id": lesson_id(w, n), "title": f"Тема {n}", "date": f"{DAY}T{7 + SUBJECTS[n][0]:02d}:30:00",
             "number": SUBJECTS[n][0], "subjectId": w.i(300 + SUBJECTS[n][0]), "status": "Planned",
             "resultPlaceId": 0, "works": [], "teachers": [w.teacher]} for n in names]
    day = {"date": f"{DAY}T00:00:00", "lessons": flat, "marks": [], "works": [], "homeworks": [],
           "subjects": [{"id": w.i(300 + SUBJECTS[n][0]), "name": SUBJECTS[n][1], "knowledgeAreaId": 1}
                        for n in names], "workTypes": [], "lessonLogEntries": [], "teachers": [],
           "nextDate": "2025-10-14T00:00:00"}
    record = env(f"GET /v2/persons/{person}/groups/{w.group}/schedules?startDate={DAY}&endDate={DAY}",
                 {"days": [day]})
    return {**record, "pulled_at": pulled_at}


async def _seen(tmp_path, *records: dict[str, Any]) -> dict[str, str]:
    """Push the roster and the week, then ``records`` one by one: the lessons each pupil's diary shows on Monday
    (not cancelled)."""
    w = World()
    names = {f"dnevnik:{SCHOOL}:lesson:{lesson_id(w, n)}": n for n in SUBJECTS}
    async with running_hub(tmp_path) as hub:
        client = hub.client("dnevnik_ru", SCHOOL)
        for record in (*roster(w), week(w), *records):
            body = await hub.push("dnevnik_ru", SCHOOL, client, [record])
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body["results"]
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        seen = {}
        for who, person in (("pupil", w.pupil), ("twin", w.twin), ("third", w.i(103))):
            diary = await hub.diary(f"dnevnik:{SCHOOL}:person:{person}", head, DAY, DAY)
            seen[who] = "".join(sorted(names.get(lesson["lesson_id"], "?") for day in diary["days"]
                                       for lesson in day["lessons"] if not lesson["cancelled"]))
    return seen


async def test_a_class_lesson_a_pupils_own_schedule_lacks_is_not_his_when_a_classmates_lists_it(tmp_path):
    """Found by dnevnik_ru_48 (no-lesson-020..043): the twin's own schedule (§0, per person) lists only B; the
    pupil's, pulled the same day, lists A and B: A is not the whole class's (§3.8: a pupil sees his groups' lessons),
    so the twin does not see it; the third pupil, whose schedule the hub never saw, keeps the class's lessons; C, which
    no pupil's schedule lists, is left the class's (a lesson no schedule lists is not touched)."""
    w = World()
    assert await _seen(tmp_path, schedule(w, w.pupil, SAT, "A", "B"), schedule(w, w.twin, SAT_LATER, "B")) == {
        "pupil": "ABC", "twin": "BC", "third": "ABC"}


async def test_schedules_delivered_out_of_order_read_in_pull_order(tmp_path):
    """Found by dnevnik_ru_48: the same two schedules delivered in the other order decide the same."""
    w = World()
    assert await _seen(tmp_path, schedule(w, w.twin, SAT_LATER, "B"), schedule(w, w.pupil, SAT, "A", "B")) == {
        "pupil": "ABC", "twin": "BC", "third": "ABC"}


async def test_schedules_pulled_on_different_days_move_nothing(tmp_path):
    """Found by dnevnik_ru_48: two schedules pulled on different days may see two states of the class's day (a
    lesson added or cancelled in between: the group's range says which), not two pupils' days."""
    w = World()
    assert await _seen(tmp_path, schedule(w, w.pupil, SAT, "A", "B"), schedule(w, w.twin, SUN, "B")) == {
        "pupil": "ABC", "twin": "ABC", "third": "ABC"}


async def test_a_later_schedule_listing_the_lesson_again_gives_it_back(tmp_path):
    """Found by dnevnik_ru_48: each pupil's schedule is his list as of its pull: once the twin's later schedule
    (with a classmate's of the same day) lists A again, A is the whole class's again."""
    w = World()
    assert await _seen(tmp_path, schedule(w, w.pupil, SAT, "A", "B"), schedule(w, w.twin, SAT_LATER, "B"),
                       schedule(w, w.pupil, MON, "A", "B"), schedule(w, w.twin, MON, "A", "B")) == {
        "pupil": "ABC", "twin": "ABC", "third": "ABC"}


THIRD = 103


async def test_a_lesson_his_later_schedule_lacks_is_no_longer_his_and_a_pupil_never_pulled_keeps_it(tmp_path):
    """Found by dnevnik_ru_68 (no-lesson-001): the pupil's Saturday schedule of Monday lists A, B, C, his Monday one
    only B, C: one pupil's two lists see two states of his day (§0, §3.4), so A is no longer his; the twin and the
    third pupil, whose schedules the hub never saw, keep the class's lessons (A moves to a group of theirs)."""
    w = World()
    assert await _seen(tmp_path, schedule(w, w.pupil, SAT, "A", "B", "C"), schedule(w, w.pupil, MON, "B", "C")) == {
        "pupil": "BC", "twin": "ABC", "third": "ABC"}


async def test_a_lesson_every_latest_schedule_lacks_and_an_earlier_had_is_cancelled(tmp_path):
    """Found by dnevnik_ru_68 (no-lesson-001: Биология replaced by История between the pulls): every pupil of the
    class was pulled, each one's latest list of Monday lacks A, which the pupil's earlier list had: A is cancelled
    as of the latest pull, for the whole class; C, which no list ever had, is left alone (dnevnik_ru_48)."""
    w = World()
    assert await _seen(tmp_path, schedule(w, w.pupil, SAT, "A", "B"), schedule(w, w.pupil, MON, "B"),
                       schedule(w, w.twin, MON, "B"), schedule(w, w.i(THIRD), MON, "B")) == {
        "pupil": "BC", "twin": "BC", "third": "BC"}


async def test_the_earlier_schedule_delivered_last_cancels_the_same(tmp_path):
    """Found by dnevnik_ru_68: the same lists, the earlier one delivered last (a retried answer): the same end."""
    w = World()
    assert await _seen(tmp_path, schedule(w, w.pupil, MON, "B"), schedule(w, w.twin, MON, "B"),
                       schedule(w, w.i(THIRD), MON, "B"), schedule(w, w.pupil, SAT, "A", "B")) == {
        "pupil": "BC", "twin": "BC", "third": "BC"}


async def test_a_cancelled_lesson_a_later_schedule_lists_again_shows_again(tmp_path):
    """A lesson stated again shows again: the pupil's later list of Monday has A again, so it is his again, and the
    class's lists decide the rest as before (the twin's and the third's latest lack it: a group of the pupil's)."""
    w = World()
    later = "2025-10-20T12:00:00+05:00"
    assert await _seen(tmp_path, schedule(w, w.pupil, SAT, "A", "B"), schedule(w, w.pupil, MON, "B"),
                       schedule(w, w.twin, MON, "B"), schedule(w, w.i(THIRD), MON, "B"),
                       schedule(w, w.pupil, later, "A", "B")) == {"pupil": "ABC", "twin": "BC", "third": "BC"}
