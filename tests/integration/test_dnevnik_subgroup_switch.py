"""A pupil moves from one English subgroup to its sibling mid-week (found by dnevnik_ru_81: no-lesson-001..005,
-007), embedded stack: his diary shows each day the lessons of the subgroup he was in that day, and not the other's.

§3.8: a group's member list (``edu-groups/{g}/persons`` without ``includeArchive``) is its members when pulled, so a
later list that lacks him ends his stay there (``groups.unlisted``), as ``membershipstatus: Archive`` does. §0: his
own schedule is his whole list of lessons of each day it covers, so it sees him in a subgroup up to the last day it
lists one of its lessons, and after a list without him not before the first such day (``shown_days.py``).

The world is ``tests/dnevnik_world.py``'s 7Б: the pupil in «Англ1» (with a classmate) until Wednesday 10-15, in
«Англ2» (the twin's) from Thursday 10-16; «Англ1» has English at #6 and «Англ2» at #1 on Mon 10-13, Wed 10-15,
Thu 10-16 and Mon 10-20."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.dnevnik_world import World, env, ids
from tests.e2e.vendor_helpers import running_hub

SCHOOL = "sch-dn-swch"
DAYS = ("2025-10-13", "2025-10-15", "2025-10-16", "2025-10-20")
SLOT = {1: 6, 2: 1}  # subgroup -> its English lesson's number


def subgroup(w: World, n: int) -> dict[str, Any]:
    return {**ids(w.i(1 + n)), "parentIds": [w.group], "parentIds_str": [str(w.group)], "type": "Subgroup",
            "name": f"Англ{n}", "fullName": "", "parallel": 7, "status": "Active", "studyyear": 2025}


def mate(w: World) -> dict[str, Any]:
    return {**ids(w.i(103)), "userId": None, "firstName": "Даниил", "lastName": "Жуков", "middleName": "Романович",
            "shortName": "Даниил", "sex": "Male"}


def lesson_of(w: World, n: int, day: str) -> int:
    return w.i(400 + 10 * n + DAYS.index(day))


def entity(w: World, n: int, day: str) -> dict[str, Any]:
    return {**ids(lesson_of(w, n, day)), "title": "Present Simple", "date": f"{day}T{7 + SLOT[n]:02d}:00:00",
            "number": SLOT[n], "subject": {**ids(w.i(310)), "name": "Английский язык", "knowledgeArea": "",
                                           "fgosSubjectId": None},
            "group": w.i(1 + n), "status": "Planned", "resultPlaceId": 0, "works": [], "teachers": [w.teacher]}


def pulled(record: dict[str, Any], at: str) -> dict[str, Any]:
    return {**record, "pulled_at": at}


def persons(w: World, n: int, at: str, *people: dict[str, Any]) -> dict[str, Any]:
    return pulled(env(f"GET /v2/edu-groups/{w.i(1 + n)}/persons", list(people)), at)


def setup(w: World) -> list[dict[str, Any]]:
    """School, work types, the groups (7Б and its two subgroups), Sunday's lists, both subgroups' lessons."""
    school, work_types = w.roster()[:2]
    groups = env("GET /v2/schools/1000002283077/edu-groups", [w.edu_group(), subgroup(w, 1), subgroup(w, 2)])
    sunday = "2025-10-12T19:00:00+05:00"
    return [school, work_types, groups,
            pulled(env(f"GET /v2/edu-groups/{w.group}/persons", [w.person("pupil"), w.person("twin"), mate(w)]),
                   sunday),
            persons(w, 1, sunday, w.person("pupil"), mate(w)), persons(w, 2, sunday, w.person("twin")),
            *(pulled(env(f"GET /v2/edu-groups/{w.i(1 + n)}/lessons/2025-10-13/2025-10-20",
                         [entity(w, n, day) for day in DAYS]), "2025-10-12T19:05:00+05:00") for n in (1, 2))]


def schedule(w: World) -> dict[str, Any]:
    """The pupil's own week, pulled on Thursday evening: «Англ1» on Monday and Wednesday, «Англ2» on Thursday."""
    def day(on: str, n: int) -> dict[str, Any]:
        flat = {"id": lesson_of(w, n, on), "title": "Present Simple", "date": f"{on}T{7 + SLOT[n]:02d}:00:00",
                "number": SLOT[n], "subjectId": w.i(310), "status": "Planned", "resultPlaceId": 0, "works": [],
                "teachers": [w.teacher]}
        return {"date": f"{on}T00:00:00", "lessons": [flat], "marks": [], "works": [], "homeworks": [],
                "subjects": [{"id": w.i(310), "name": "Английский язык", "knowledgeAreaId": 1}], "workTypes": [],
                "lessonLogEntries": [], "teachers": [], "nextDate": None}

    request = f"GET /v2/persons/{w.pupil}/groups/{w.group}/schedules?startDate=2025-10-13&endDate=2025-10-18"
    return pulled(env(request, {"days": [day("2025-10-13", 1), day("2025-10-15", 1), day("2025-10-16", 2)]}),
                  "2025-10-16T19:20:00+05:00")


def friday(w: World) -> list[dict[str, Any]]:
    """Friday's lists: «Англ1» without him, «Англ2» with him."""
    at = "2025-10-17T19:10:00+05:00"
    return [persons(w, 1, at, mate(w)), persons(w, 2, at, w.person("twin"), w.person("pupil"))]


def wednesday(w: World) -> list[dict[str, Any]]:
    """Wednesday's lists (still «Англ1»), delivered after the rest."""
    at = "2025-10-15T19:10:00+05:00"
    return [persons(w, 1, at, w.person("pupil"), mate(w)), persons(w, 2, at, w.person("twin"))]


async def _diary(tmp_path, *records: dict[str, Any]) -> dict[str, str]:
    """Push ``records`` one by one; the pupil's English lessons each day (the subgroup's number) as his diary
    shows them."""
    w = World()
    names = {f"dnevnik:{SCHOOL}:lesson:{lesson_of(w, n, day)}": f"Англ{n}" for n in (1, 2) for day in DAYS}
    async with running_hub(tmp_path) as hub:
        client = hub.client("dnevnik_ru", SCHOOL)
        for record in records:
            body = await hub.push("dnevnik_ru", SCHOOL, client, [record])
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body["results"]
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        diary = await hub.diary(f"dnevnik:{SCHOOL}:person:{w.pupil}", head, DAYS[0], DAYS[-1])
    return {day["date"]: " ".join(sorted(names[one["lesson_id"]] for one in day["lessons"]
                                         if one["lesson_id"] in names and not one["cancelled"]))
            for day in diary["days"] if day["date"] in DAYS}


SWITCHED = {"2025-10-13": "Англ1", "2025-10-15": "Англ1", "2025-10-16": "Англ2", "2025-10-20": "Англ2"}


async def test_each_day_shows_the_subgroup_he_was_in_that_day(tmp_path):
    w = World()
    assert await _diary(tmp_path, *setup(w), schedule(w), *friday(w)) == SWITCHED


async def test_answers_delivered_out_of_pull_order_show_the_same(tmp_path):
    """Friday's lists before his Thursday schedule, and Wednesday's lists last (each older than what was read)."""
    w = World()
    assert await _diary(tmp_path, *setup(w), *friday(w), schedule(w), *wednesday(w)) == SWITCHED
