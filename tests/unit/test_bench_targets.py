"""``bench.targets.target_rows``: issue 12's projection targets are of every projection together, so a run of
``--projections`` (a subset) is checked against none of them."""

from __future__ import annotations

from bench.targets import target_rows

ALL = {"postgres": {"events_per_s": 18_000.0, "cpu_us_per_event": {"projector": 40.0}}}


def names(projection: dict) -> list[str]:
    return [row["name"] for row in target_rows({}, {}, projection)]


def test_every_projection_together_is_checked_against_the_projection_targets():
    assert names(ALL) == ["projection into PostgreSQL, all projections", "projector CPU per event, PostgreSQL"]


def test_a_subset_of_the_projections_is_checked_against_none():
    assert names({"postgres": {**ALL["postgres"], "subset": ["diary"]}}) == []
