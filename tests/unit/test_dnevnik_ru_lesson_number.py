"""A Dnevnik.ru lesson without a ``number`` (corpus ``dnevnik_ru_62``): reference §3.4 lists ``number`` without
saying it is always sent, and the public client models §10 cites declare it optional (SchoolMosregRuAPI
``types/Lessons.py``: ``number: Optional[int] = None``; ``types/Homeworks.py``: ``int | str | None``). Such a lesson
is kept without a slot (``lesson.scheduled`` v2, ``slot`` null) and the rest of its answer with it, on every endpoint
that carries lessons: the key absent states no number (``slot`` not stated: what another answer said stays); ``null``
or ``""`` states that the lesson has none. Any other string that is not its digits stays an error."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from adapters.base import TranslationContext
from adapters.dnevnik_ru.models import Lesson
from adapters.registry import all_adapters
from tests.dnevnik_world import World, env

A = all_adapters()["dnevnik_ru"]
NOW = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
W = World()
ABSENT = object()  # the lesson object has no ``number`` key


class Dir:
    def __init__(self, entries=()):
        self.entries = {(kind, vid): data for kind, vid, data in entries}

    def get(self, kind, vendor_id):
        return self.entries.get((kind, vendor_id))


def ctx(directory: Dir | None = None) -> TranslationContext:
    return TranslationContext("c", NOW, school_id="sch-1", timezone="Europe/Moscow", directory=directory or Dir())


def numbered(lesson: dict[str, Any], number: Any) -> dict[str, Any]:
    without = {k: v for k, v in lesson.items() if k != "number"}
    return without if number is ABSENT else {**without, "number": number}


def entity(number: Any, n: int = 0, start: str = "10:30") -> dict[str, Any]:
    return numbered({**W.lesson_entity(), "id": W.i(401 + n), "id_str": str(W.i(401 + n)), "works": [],
                     "date": f"2025-10-13T{start}:00"}, number)


def flat(number: Any) -> dict[str, Any]:
    return numbered({**W.lesson_flat(), "works": [W.homework]}, number)


def schedules(number: Any) -> dict[str, Any]:
    day = {**W.day(), "lessons": [flat(number)], "marks": [], "lessonLogEntries": [], "homeworks": [],
           "works": [W.homework_obj()]}
    return env(f"GET /v2/persons/{W.pupil}/groups/{W.group}/schedules?startDate=2025-10-13&endDate=2025-10-13",
               {"days": [day]})


def homeworks(number: Any) -> dict[str, Any]:
    return env("GET /v2/users/me/school/1000002283077/homeworks?startDate=2025-10-13&endDate=2025-10-18",
               {"works": [W.homework_obj()], "subjects": [{"id": W.subject, "name": "Алгебра"}],
                "lessons": [flat(number)], "files": [W.file_obj()], "teachers": [W.person("teacher")]})


ENDPOINTS = {
    "edu-groups/{g}/lessons": lambda n: env(f"GET /v2/edu-groups/{W.group}/lessons/2025-10-13/2025-10-13",
                                            [entity(n)]),
    "edu-groups/{g}/subjects/{s}/lessons": lambda n: env(
        f"GET /v2/edu-groups/{W.group}/subjects/{W.subject}/lessons/2025-10-13/2025-10-13", [entity(n)]),
    "lessons/{l}": lambda n: env(f"GET /v2/lessons/{W.i(401)}", entity(n)),
    "POST lessons/many": lambda n: env("POST /v2/lessons/many", [entity(n)], [W.i(401)]),
    "schedules": schedules,
    "homeworks": homeworks,
}
NO_NUMBER = {"absent": ABSENT, "null": None, "empty": "", "blank": "  "}


def scheduled(record: dict[str, Any], directory: Dir | None = None) -> list[Any]:
    out = A.translate(record, ctx(directory))
    assert not out.errors, out.errors
    return [(e, out.omitted.get(e.event_id, frozenset())) for e in out.events if e.type == "lesson.scheduled"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("how", NO_NUMBER)
def test_a_lesson_without_a_number_is_kept_without_a_slot(endpoint, how):
    [(event, omitted)] = scheduled(ENDPOINTS[endpoint](NO_NUMBER[how]))
    assert event.data["slot"] is None and event.data["date"] == "2025-10-13"
    assert event.data["starts_at"] in ("10:30:00", "08:30:00")  # the entity's clock of ``date``; the bundle's hours
    assert ("slot" in omitted) is (how == "absent")  # no key: not stated (another answer's number stays)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_number_as_its_decimal_digits_is_the_slot(endpoint):
    [(event, omitted)] = scheduled(ENDPOINTS[endpoint]("3"))
    assert event.data["slot"] == 3 and "slot" not in omitted


def test_a_range_with_one_lesson_without_a_number_keeps_every_lesson():
    """dnevnik_ru_62 lesson-033..044: the Wednesday range's third lesson has no ``number``; the hub refused the
    whole answer (``/body/2/number: Field required``)."""
    body = [entity(1, 0, "08:30"), entity("2", 1, "09:25"), entity(ABSENT, 2, "10:30")]
    events = scheduled(env(f"GET /v2/edu-groups/{W.group}/lessons/2025-10-13/2025-10-13", body))
    assert [(e.data["slot"], e.data["starts_at"], e.data["ends_at"]) for e, _ in events] == [
        (1, "08:30:00", None), (2, "09:25:00", None), (None, "10:30:00", None)]


def test_a_lesson_without_a_number_takes_no_end_from_the_bells():
    """§3.14: the bell timetable gives a lesson number's times; a lesson without one keeps its start (``date``) and
    states no end, where the same lesson numbered 3 takes its number's."""
    bells = env(f"GET /v2/edu-groups/{W.group}/timetables", [{"Name": "Основное", "Start": "2025-09-01T00:00:00",
                                                             "FirstLessonNumber": 1, "Items": [
        {"Start": "10:30", "Finish": "11:15", "Name": "3 урок", "Type": "Lesson", "LessonNumber": 3}]}])
    timetable = A.translate(bells, ctx())
    assert not timetable.errors
    known = Dir(timetable.directory_entries)
    [(event, omitted)] = scheduled(ENDPOINTS["edu-groups/{g}/lessons"](ABSENT), known)
    assert (event.data["starts_at"], event.data["ends_at"]) == ("10:30:00", None) and "ends_at" in omitted
    [(event, omitted)] = scheduled(ENDPOINTS["edu-groups/{g}/lessons"](3), known)
    assert (event.data["starts_at"], event.data["ends_at"]) == ("10:30:00", "11:15:00") and "ends_at" not in omitted


@pytest.mark.parametrize("value", ["1a", " 1", "1.0", 1.5, -1, 21, True])
def test_a_number_that_is_not_one_stays_an_error_with_its_pointer(value):
    out = A.translate(env(f"GET /v2/edu-groups/{W.group}/lessons/2025-10-13/2025-10-13",
                          [entity(1, 0, "08:30"), entity(value, 1)]), ctx())
    assert [e.pointer for e in out.errors] == ["/body/1/number"] and not out.events


PUBLISHED = json.loads((Path(__file__).parents[2] / "adapters/dnevnik_ru/schemas/lesson.json").read_text())


@pytest.mark.parametrize("value", [ABSENT, None, "", "  ", 3, "3"])
def test_the_published_lesson_schema_takes_a_lesson_without_a_number(value):
    jsonschema.validate(entity(value), PUBLISHED)
    Lesson.model_validate(entity(value))
    assert "number" not in PUBLISHED.get("required", [])


@pytest.mark.parametrize("value", ["1a", 21])
def test_the_published_lesson_schema_refuses_what_the_model_refuses(value):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(entity(value), PUBLISHED)
