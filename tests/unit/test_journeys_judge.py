"""The journeys' judge (``tests/journeys.py``) on answers made here: ``no_final_mark`` pins a removed final mark."""

from __future__ import annotations

from tests import journeys

IDS = journeys.Ids("elzhur", "sch-x", {"steps": []})
PUPIL = {"student": "101"}


def _reads(*marks: str) -> journeys.Reads:
    body = {"periods": [{"period_id": "p-g", "name": "Годовая", "short_name": "Г"},
                        {"period_id": "p-1", "name": "1 четверть", "short_name": "I"}],
            "subjects": [{"subject": {"name": "Химия"}, "periods": [
                {"period_id": "p-g", "final_marks": [{"value": m, "text": m} for m in marks]},
                {"period_id": "p-1", "final_marks": [{"value": "5", "text": "5"}]}]}]}
    reads = journeys.Reads()
    reads.finals[IDS.student(PUPIL)] = [(200, body)]
    return reads


def _ok(fact: dict, reads: journeys.Reads) -> bool:
    return journeys.check({"id": "f", "kind": "no_final_mark", **fact}, reads, IDS).ok


def test_no_final_mark_fails_on_a_mark_in_its_cell_only():
    cell = {"student": PUPIL, "subject": "Химия", "period": "Г"}
    assert _ok(cell, _reads())  # the cell is empty
    assert not _ok(cell, _reads("4"))
    assert _ok({**cell, "value": "3"}, _reads("4"))  # a value: only that one must be gone
    assert not _ok({**cell, "value": "4"}, _reads("4"))
    assert _ok({**cell, "period": "Годовая", "value": "5"}, _reads("4"))  # another column's «5» is not this cell's
    assert _ok({**cell, "subject": "Физика"}, _reads("4"))  # a subject the final grades do not list shows none
