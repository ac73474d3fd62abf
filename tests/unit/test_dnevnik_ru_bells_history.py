"""Which timetable a Dnevnik.ru lesson's day reads from a group's history of timetables answers
(``adapters/dnevnik_ru/bells.py``, ``_in_force`` and ``_spans``; journeys dnevnik_ru_36 and dnevnik_ru_43)."""

from __future__ import annotations

from adapters.dnevnik_ru.bells import _in_force, _spans

FIRST = {"from": "2026-09-01", "items": [{"number": 1, "start": "08:30:00", "finish": "09:10:00", "days": None}]}
SECOND = {"from": "2026-09-01", "items": [{"number": 1, "start": "14:00:00", "finish": "14:40:00", "days": None}]}
NEW_TERM = {"from": "2027-01-12", "items": [{"number": 1, "start": "08:30:00", "finish": "09:05:00", "days": None}]}

# a class that moves to the other shift on 02-04: the answers pulled 01-24, 02-03 and 02-04
MOVED = [("2027-01-24", [FIRST]), ("2027-02-03", [FIRST]), ("2027-02-04", [SECOND])]


def test_a_day_reads_the_latest_answer_pulled_on_or_before_it_not_a_later_ones_timetable_of_an_earlier_start():
    assert _in_force(MOVED, "2027-02-02") is FIRST
    assert _in_force(MOVED, "2027-02-03") is FIRST
    assert _in_force(MOVED, "2027-02-04") is SECOND
    assert _in_force(MOVED, "2027-03-01") is SECOND


def test_a_day_before_every_pull_reads_the_earliest_answer():
    assert _in_force(MOVED, "2027-01-11") is FIRST
    assert _in_force(MOVED, "2026-08-31") is None  # before the timetable's Start


def test_a_later_answers_timetable_that_started_after_the_earlier_pull_gives_its_days():
    history = [("2025-09-01", [FIRST]), ("2026-01-10", [FIRST, NEW_TERM])]
    assert _in_force(history, "2027-01-11") is FIRST
    assert _in_force([("2026-12-20", [FIRST]), ("2027-01-20", [FIRST, NEW_TERM])], "2027-01-12") is NEW_TERM


def test_the_spans_restate_each_timetable_for_the_days_it_is_in_force():
    assert _spans(MOVED) == [(FIRST, ("2026-09-01", "2027-02-04")), (SECOND, ("2027-02-04", None))]
