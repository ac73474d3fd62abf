"""A deletion by a range's omission holds only within the range's days, as of its pull (``hub.ingest.merging``,
``SPAN``; found by dnevnik_ru_21: mark-12)."""

from __future__ import annotations

from hub.ingest.merging import ALL, Revisable, dated, floor, stale_fields

OMITTED_AT, EARLIER = 2_000, 1_000


def item(day: str | None, *, span: tuple[str, str] | None = None, deletion: bool = False) -> Revisable:
    data = {"grade_id": "g"} if deletion else {"grade_id": "g", "date": day, "value": "4"}
    return Revisable("grade:g", data, frozenset(), lambda d: "", keeps_state=deletion, as_of_ms=
                     OMITTED_AT if deletion else EARLIER, day=day, span=span)


def test_a_range_omission_dates_the_aggregate_within_its_days_and_keeps_the_rest():
    held = dated(item(None, span=("2026-11-09", "2026-11-15"), deletion=True), {"value": 500}, frozenset())
    assert held == {"value": 500, "~2026-11-09..2026-11-15": OMITTED_AT}
    assert floor(held, "2026-11-18") is None and floor(held, "2026-11-13") == OMITTED_AT
    assert floor(held, None) == OMITTED_AT  # an undated item is as old as every deletion


def test_an_earlier_pull_dating_it_outside_the_range_is_not_stale_inside_it_is():
    held = {"~2026-11-09..2026-11-15": OMITTED_AT}
    assert stale_fields(item("2026-11-18"), held) == frozenset()
    assert stale_fields(item("2026-11-13"), held) == {"grade_id", "date", "value"}
    assert stale_fields(item("2026-11-18"), {**held, ALL: OMITTED_AT}) == {"grade_id", "date", "value"}


def test_a_whole_deletion_still_dates_everything():
    assert dated(item(None, deletion=True), {"value": 500}, frozenset()) == {ALL: OMITTED_AT}


def test_a_span_dates_only_the_families_its_answer_selects_by_date():
    """A Dnevnik.ru lessons range dates its lessons, not the homework of its lessons (``snapshots.span_of``)."""
    from hub.ingest.snapshots import span_of, within

    days, lessons = ("2026-11-19", "2026-11-19"), frozenset({"lesson"})
    assert span_of("lesson:l1", days, lessons) == days and span_of("homework:h1", days, lessons) is None
    assert span_of("homework:h1", days, None) == days  # every family, as before
    assert not within("lesson:l1", {"date": "2026-11-20T12:30:00+03:00"}, span_of("lesson:l1", days, lessons))
    assert within("homework:h1", {"due_on": "2026-11-26"}, span_of("homework:h1", days, lessons))
