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


def test_the_cpu_bound_is_the_cores_over_the_cpu_both_processes_spend_per_event():
    from bench.report import cpu_bound

    run = {"events": 100_000, "events_per_s": 20_000.0,  # 5 s; projector 60% and postgres 60% of a core
           "window": {"wall_s": 5.0, "cpu_percent": {"projector": 60.0, "postgres": 60.0, "bench": 0.5}}}
    bound = cpu_bound(run, cores=2)
    assert bound["cpu_us_per_event"] == 60.0  # 30 + 30 us; the bench's own 0.5% is below the 1% counted
    assert bound["events_per_s"] == 33_333 and bound["share"] == 0.6
    assert bound["target_cpu_us_per_event"] == 33.3  # 2 cores at 60,000 events/s
    assert cpu_bound({**run, "window": {"wall_s": 5.0, "cpu_percent": {"projector": 60.0}}}, cores=2) == {}


def test_statement_times_sum_a_postgresql_log_by_statement_with_numbers_folded():
    from bench.statement_times import statement_times

    log = ["2026-12-07 LOG:  duration: 2.5 ms  execute s1: INSERT INTO diary_marks_v5 (a) VALUES (1)",
           "2026-12-07 LOG:  duration: 1.5 ms  statement: INSERT INTO diary_marks_v5 (a) VALUES (22)",
           "2026-12-07 LOG:  duration: 4.0 ms  statement: COPY audit_events_v1 (a) FROM STDIN",
           "2026-12-07 LOG:  connection received: host=127.0.0.1"]
    total, rows = statement_times(log)
    assert total == 8.0
    assert rows == [("COPY audit_events_vN (a) FROM STDIN", 4.0, 1),  # a tie: by statement
                    ("INSERT INTO diary_marks_vN (a) VALUES (N)", 4.0, 2)]  # execute and statement, numbers folded
