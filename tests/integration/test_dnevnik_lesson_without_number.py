"""A Dnevnik.ru lesson without a ``number`` in a group's lessons range (found by dnevnik_ru_62: lesson-033..044,
mark-011, mark-013): the public client models of reference §10 declare ``number`` optional, so the answer is valid;
the hub refused it whole (``/body/2/number: Field required``), none of its lessons was recorded and the day's marks
stayed parked. Now every lesson is recorded, the one without a number without a slot (after the numbered ones, as
the read API orders a lesson without a number), and the marks of both attach to them. Embedded stack; the world is
``tests/dnevnik_world.py``'s 7Б."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.dnevnik_world import World, env, ids
from tests.e2e.vendor_helpers import running_hub

SCHOOL = "sch-dn-nonum"
DAY = "2025-10-15"


def lesson(w: World, n: int, number: Any, start: str, subject: str) -> dict[str, Any]:
    """Lesson ``n`` of Wednesday; ``number`` ``...``: the object has no such key."""
    found = {**ids(w.i(410 + n)), "title": f"Тема {n}", "date": f"{DAY}T{start}:00",
             "subject": {**ids(w.i(310 + n)), "name": subject, "knowledgeArea": None}, "group": w.group,
             "status": "Planned", "resultPlaceId": None, "teachers": [w.teacher], "teachers_str": [str(w.teacher)]}
    return found if number is ... else {**found, "number": number}


def mark(w: World, n: int, value: str) -> dict[str, Any]:
    return {**ids(w.i(560 + n)), "type": "mark5", "value": value, "person": w.pupil, "work": w.i(520 + n),
            "lesson": w.i(410 + n), "number": 0, "date": f"{DAY}T12:00:00", "workType": 2101}


async def test_a_range_with_a_lesson_without_a_number_records_every_lesson_and_their_marks(tmp_path):
    w = World()
    wednesday = [lesson(w, 1, 1, "08:30", "Русский язык"), lesson(w, 2, None, "09:25", "Музыка"),
                 lesson(w, 3, ..., "10:30", "География")]
    records = [*w.roster(),
               {**env(f"GET /v2/edu-groups/{w.group}/lessons/{DAY}/{DAY}", wednesday),
                "pulled_at": f"{DAY}T18:00:00+05:00"},
               {**env(f"GET /v2/edu-groups/{w.group}/marks/{DAY}/{DAY}", [mark(w, 1, "4-"), mark(w, 3, "3+")]),
                "pulled_at": f"{DAY}T18:10:00+05:00"}]
    async with running_hub(tmp_path) as hub:
        client = hub.client("dnevnik_ru", SCHOOL)
        for record in records:
            body = await hub.push("dnevnik_ru", SCHOOL, client, [record])
            assert [r["status"] for r in body["results"]] == ["accepted"], body["results"]
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        diary = await hub.diary(f"dnevnik:{SCHOOL}:person:{w.pupil}", head, DAY, DAY)
    [day] = diary["days"]
    assert [(x["subject"]["name"], x["slot"], x["starts_at"], x["ends_at"], [m["value"] for m in x["marks"]])
            for x in day["lessons"]] == [
        ("Русский язык", 1, "08:30:00", None, ["4-"]), ("Музыка", None, "09:25:00", None, []),
        ("География", None, "10:30:00", None, ["3+"])]


async def test_an_answer_without_the_key_keeps_the_number_another_gave_and_a_null_one_clears_it(tmp_path):
    """No ``number`` key states nothing of it (the adapter's rule for a field the object lacks): the number the range
    gave stays, and the answer, otherwise the same, appends nothing; a later ``number: null`` states that the lesson
    has none (the latest pull wins)."""
    w = World()
    one = lesson(w, 3, 3, "10:30", "География")
    records = [*w.roster(),
               {**env(f"GET /v2/edu-groups/{w.group}/lessons/{DAY}/{DAY}", [one]),
                "pulled_at": f"{DAY}T18:00:00+05:00"},
               {**env(f"GET /v2/lessons/{w.i(413)}", lesson(w, 3, ..., "10:30", "География")),
                "pulled_at": f"{DAY}T19:00:00+05:00"}]
    cleared = {**env(f"GET /v2/lessons/{w.i(413)}", lesson(w, 3, None, "10:30", "География")),
               "pulled_at": f"{DAY}T20:00:00+05:00"}
    slots = []
    async with running_hub(tmp_path) as hub:
        client = hub.client("dnevnik_ru", SCHOOL)
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        for batch in (records, [cleared]):
            statuses = [(await hub.push("dnevnik_ru", SCHOOL, client, [record]))["results"][0]["status"]
                        for record in batch]
            assert set(statuses[:-1]) == {"accepted"} or not statuses[:-1]
            # the answer without the key restates what the hub holds: it appends nothing
            assert statuses[-1] == ("duplicate" if batch is records else "accepted")
            await hub.project()
            diary = await hub.diary(f"dnevnik:{SCHOOL}:person:{w.pupil}", head, DAY, DAY)
            slots.append([x["slot"] for day in diary["days"] for x in day["lessons"]])
    assert slots == [[3], [None]]
