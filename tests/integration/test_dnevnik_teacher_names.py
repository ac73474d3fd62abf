"""A Dnevnik.ru teacher's name is one name of one person, whichever person-shaped answer gives it (reference §1
"User vs Person", §3.9), and the latest pull wins for the whole name (README, "The vendor adapters": teachers).
Found by dnevnik_ru_16:

* a substitute named only by ``GET persons/{p}`` (a Person) had no name in the diary (lesson-010/026/042): the
  Person names the teacher a lesson's ``teachers`` holds, whichever of the two came first;
* a married teacher's older ``POST users/many`` ``fullName`` (Соколова) outlived the surname a newer Person and
  teachers list stated (Кузнецова; lesson-002..., class-teacher-001): name parts stated without a full text make an
  older full text of another name stop showing, while a newer ``fullName`` still shows, and an older answer
  delivered late changes nothing.
"""

from __future__ import annotations

from hub.auth.readers import Role
from tests.dnevnik_world import World, env
from tests.e2e.vendor_helpers import running_hub

SCHOOL = "sch-dn-tn"
EARLY, MIDDLE, LATE = "2025-10-01T18:00:00+05:00", "2025-10-08T18:00:00+05:00", "2025-10-20T18:00:00+05:00"


def dated(record: dict, pulled_at: str) -> dict:
    return {**record, "pulled_at": pulled_at}


async def _class_teacher_and_lesson_teacher(hub, world: World) -> tuple[str | None, str | None]:
    await hub.project()
    schedule = await hub.http.get(f"/v1/classes/dnevnik:{SCHOOL}:class:{world.group}/schedule",
                                  params={"week": "2025-W42"}, headers=hub.reader("head", Role.HEAD_TEACHER, SCHOOL))
    assert schedule.status_code == 200, schedule.text
    body = schedule.json()
    lessons = [lesson for day in body.get("days", []) for lesson in day.get("lessons", [])]
    assert len(lessons) == 1, body
    teacher = (lessons[0].get("teacher") or {}).get("name")
    return (body["class"].get("class_teacher") or {}).get("name"), teacher


async def _push(tmp_path, batches: list[list[dict]]) -> tuple[str | None, str | None]:
    world = World()
    async with running_hub(tmp_path) as hub:
        client = hub.client("dnevnik_ru", SCHOOL)
        await hub.push("dnevnik_ru", SCHOOL, client, world.roster())
        for batch in batches:
            answer = await hub.push("dnevnik_ru", SCHOOL, client, batch)
            assert all(r["status"] in ("accepted", "duplicate") for r in answer["results"]), answer
        return await _class_teacher_and_lesson_teacher(hub, world)


def _person_answer(world: World) -> dict:
    return dated(env(f"/v2/persons/{world.teacher}", world.person("teacher")), EARLY)


def _lesson(world: World) -> dict:
    return dated(env(f"/v2/lessons/{world.lesson}", world.lesson_entity()), MIDDLE)


async def test_a_teacher_named_only_by_a_person_answer_names_her_lessons_in_either_order(tmp_path):
    world = World()
    _, teacher = await _push(tmp_path / "person-first", [[_person_answer(world)], [_lesson(world)]])
    assert teacher == "Орлова Наталья Викторовна"
    _, teacher = await _push(tmp_path / "lesson-first", [[_lesson(world)], [_person_answer(world)]])
    assert teacher == "Орлова Наталья Викторовна"


def _married(world: World, pulled_at: str) -> dict:
    return dated(env(f"/v2/edu-groups/{world.group}/classteacher",
                     {**world.person("teacher"), "lastName": "Кузнецова"}), pulled_at)


def _users(world: World, pulled_at: str, full: str | None = None) -> dict:
    user = world.user("teacher")
    if full is not None:
        user = {**user, "lastName": full.split()[0], "fullName": full}
    return dated(env("POST /v2/users/many", [user], [world.teacher_user]), pulled_at)


async def test_newer_name_parts_make_an_older_full_name_stop_showing(tmp_path):
    world = World()
    names = await _push(tmp_path / "in-order", [[_users(world, EARLY), _lesson(world)], [_married(world, MIDDLE)]])
    assert names == ("Кузнецова Наталья Викторовна",) * 2
    late = await _push(tmp_path / "retry", [[_lesson(world), _married(world, MIDDLE)], [_users(world, EARLY)]])
    assert late == names  # the older fullName delivered late changes nothing
    newer = await _push(tmp_path / "newer-full", [[_users(world, EARLY), _lesson(world), _married(world, MIDDLE)],
                                                  [_users(world, LATE, "Кузнецова Н. В.")]])
    assert newer == ("Кузнецова Н. В.",) * 2  # a newer full text still shows
    same = await _push(tmp_path / "same-name", [[_users(world, EARLY), _lesson(world)],
                                                [dated(env(f"/v2/edu-groups/{world.group}/classteacher",
                                                           world.person("teacher")), MIDDLE)]])
    assert same == ("Орлова Наталья Викторовна",) * 2
