"""A field an answer derives from another answer's facts is as of that answer (``Revisable.fields_as_of_ms``,
``hub.ingest.merging``): a Dnevnik.ru lesson's end time taken from the bell timetable is as of the bells' pull, not
the lesson answer's, so bells pulled before the lessons and delivered after them still restate it (journey
dnevnik_ru_36, lesson-021..024); and it is stale with the answer's own fields, so an older lesson answer
delivered late brings no end time derived from its older day or number."""

from __future__ import annotations

from hub.ingest.merging import Revisable, dated, stale_fields

BELLS, LESSONS, LATER_LESSONS, NEW_BELLS = 1_000, 3_000, 4_000, 2_000


def lesson(as_of: int, bells: int | None = BELLS) -> Revisable:
    data = {"lesson_id": "l", "date": "2026-01-12", "slot": 1, "ends_at": "09:15:00"}
    return Revisable("lesson:l", data, frozenset(), lambda d: "", as_of_ms=as_of,
                     fields_as_of_ms={} if bells is None else {"ends_at": bells})


def restated_end(as_of: int) -> Revisable:
    return Revisable("lesson:l", {"ends_at": "09:50:00"}, frozenset({"lesson_id", "date", "slot"}), lambda d: "",
                     as_of_ms=as_of)


def test_a_derived_field_is_dated_as_of_its_own_answer():
    assert dated(lesson(LESSONS), {}, frozenset()) == {"lesson_id": LESSONS, "date": LESSONS, "slot": LESSONS,
                                                         "ends_at": BELLS}


def test_bells_pulled_after_those_the_end_came_from_restate_it_though_the_lessons_were_pulled_later():
    held = dated(lesson(LESSONS), {}, frozenset())
    assert stale_fields(restated_end(NEW_BELLS), held) == frozenset()
    assert dated(restated_end(NEW_BELLS), held, frozenset())["ends_at"] == NEW_BELLS
    assert stale_fields(restated_end(NEW_BELLS), dated(lesson(LESSONS, bells=None), {}, frozenset())) == {"ends_at"}


def test_a_derived_field_is_stale_with_its_answers_own_fields():
    held = dated(lesson(LATER_LESSONS), {}, frozenset())
    assert stale_fields(lesson(LESSONS, bells=NEW_BELLS), held) == {"lesson_id", "date", "slot", "ends_at"}
    assert stale_fields(lesson(LATER_LESSONS + 1, bells=NEW_BELLS), held) == frozenset()
    assert stale_fields(lesson(LATER_LESSONS + 1, bells=BELLS - 1), held) == {"ends_at"}


def test_a_deletion_makes_a_derived_field_stale_only_through_the_answers_own_fields():
    deleted = {"*": LESSONS}  # cancelled as of the lessons' pull, before the later lessons answer
    assert stale_fields(lesson(LATER_LESSONS, bells=BELLS), deleted) == frozenset()
    assert stale_fields(lesson(LESSONS - 1, bells=NEW_BELLS), deleted) == {"lesson_id", "date", "slot", "ends_at"}
