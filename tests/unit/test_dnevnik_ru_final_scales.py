"""Dnevnik.ru final marks on every scale of §5, from every endpoint that carries them (found by dnevnik_ru_66).

* §3.13: final (period, year) marks are ordinary Marks, §3.1: whose ``value`` is the raw string. So a final mark on
  the letter (``markabcdf``) or twelve-point (``mark12``) scale is read as an ordinary mark on it is (letter: shown,
  no normalised value; twelve-point: linear 1..12), as ``final_grade.recorded`` v3, with the journal's ``text``.
* §5: the words of the ``test`` scale were never seen: the usual Russian pass/fail words (зачтено, зачтён, зачёт,
  зч, не зачтено, незачёт, нз...) are pass / fail; a word the hub does not know there is the school's own, shown as
  sent (status scale, never counted), as Elzhur's unknown words are.
* One final mark the hub cannot read (a value off its scale, an unknown type) never refuses the answer: it is
  skipped and counted (a ``skipped_unreadable_final_marks`` directory entry per mark id, with its type, value,
  pointer and reason), and the answer's other marks are kept.

Every endpoint: a group's final marks, a pupil's final marks, a pupil's allfinalmarks, a subject's final marks and a
period mark in a group's marks range. The world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

import pytest

from tests.dnevnik_world import EMBEDDED_TYPE, World, env, ids
from tests.unit.test_dnevnik_ru_routes import A, Dir, cid, ctx, data_of, run

W = World()
SKIPPED = "skipped_unreadable_final_marks"


def final(value: str, mark_type: str, n: int = 560) -> dict[str, Any]:
    return {**W.final_obj(), **ids(W.i(n)), "type": mark_type, "value": value, "textValue": value}


def per_subject(marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"person": W.pupil, "reportingPeriod": W.period, "per-subject-final-marks": [
        {"subject": W.i(300 + i), "final-mark": mark} for i, mark in enumerate(marks, start=1)]}]


ENDPOINTS = {
    "group final-marks": lambda marks: env(f"GET /v2/edu-groups/{W.group}/final-marks", per_subject(marks)),
    "pupil final-marks": lambda marks: env(f"GET /v2/persons/{W.pupil}/edu-groups/{W.group}/final-marks",
                                           per_subject(marks)),
    "pupil allfinalmarks": lambda marks: env(f"GET /v2/persons/{W.pupil}/edu-groups/{W.group}/allfinalmarks", {
        "marks": marks, "works": [W.period_work_obj()], "subjects": [W.subject_obj()],
        "workTypes": [{**EMBEDDED_TYPE, "id": 2190, "kind": "PeriodMark"}]}),
    "subject final-marks": lambda marks: env(f"GET /v2/edu-groups/{W.group}/subjects/{W.subject}/final-marks",
                                             marks),
    "marks range": lambda marks: env(f"GET /v2/edu-groups/{W.group}/marks/2025-10-24/2025-10-24", marks),
}


def hub_with_the_period_work() -> Dir:
    directory = Dir()
    run([*W.roster(), env(f"GET /v2/works/{W.period_work}", W.period_work_obj())], directory)
    return directory


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(("mark_type", "given", "scale", "value", "normalised", "conversion"), [
    ("markabcdf", "B-", "letter", "B-", None, "letter.none.v1"),
    ("markabcdf", "a", "letter", "A", None, "letter.none.v1"),
    ("mark12", "11", "twelve_point", "11", round(10 / 11 * 100, 6), "twelve_point.linear.v1"),
    ("mark6", "5", "six_point", "5", 80.0, "six_point.linear.v1"),
    ("test", "зачтено", "pass_fail", "pass", 100.0, "pass_fail.binary.v1"),
    ("test", "Зачтён", "pass_fail", "pass", 100.0, "pass_fail.binary.v1"),
    ("test", "не зачтено", "pass_fail", "fail", 0.0, "pass_fail.binary.v1"),
    ("test", "Незачёт", "pass_fail", "fail", 0.0, "pass_fail.binary.v1"),
    ("test", "усв", "status", "усв", None, "status.none.v1"),
])
def test_a_final_mark_on_any_scale_is_read_from_every_endpoint(endpoint, mark_type, given, scale, value, normalised,
                                                              conversion):
    out = run([ENDPOINTS[endpoint]([final(given, mark_type)])], hub_with_the_period_work())[0]
    assert not out.errors and not out.missing
    [event] = [e for e in out.events if e.type == "final_grade.recorded"]
    assert event.schema_version == 3
    assert {k: event.data[k] for k in ("final_grade_id", "period_id", "value", "scale", "normalised", "conversion",
                                       "text")} == {
        "final_grade_id": cid("mark", W.final), "period_id": cid("period", W.period), "value": value,
        "scale": scale, "normalised": normalised, "conversion": conversion, "text": given}
    assert not [e for e in out.events if e.type.startswith("grade.")]  # never a diary mark


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(("mark_type", "given", "pointer", "reason"), [
    ("mark5", "6", "value", "'6' is not a mark from 1 to 5"),
    ("markabcdf", "G", "value", "'G' is not a letter mark"),
    ("Mark", "5", "type", "unknown mark type 'Mark'"),
])
def test_a_final_mark_the_hub_cannot_read_is_skipped_and_counted_and_the_others_kept(endpoint, mark_type, given,
                                                                                     pointer, reason):
    marks = [final("5", "mark5"), final(given, mark_type, n=561), final("B", "markabcdf", n=562)]
    out = run([ENDPOINTS[endpoint](marks)], hub_with_the_period_work())[0]
    assert not out.errors
    kept = data_of(out, "final_grade.recorded")
    assert [(d["final_grade_id"], d["text"]) for d in kept] == [(cid("mark", W.final), "5"),
                                                                 (cid("mark", W.i(562)), "B")]
    [(kind, vendor, entry)] = [e for e in out.directory_entries if e[0] == SKIPPED]
    where = {"group final-marks": "/body/0/per-subject-final-marks/1/final-mark",
             "pupil final-marks": "/body/0/per-subject-final-marks/1/final-mark",
             "pupil allfinalmarks": "/body/marks/1"}.get(endpoint, "/body/1")
    assert (vendor, entry["mark_type"], entry["value"], entry["pointer"]) == (
        str(W.i(561)), mark_type, given, f"{where}/{pointer}")
    assert entry["reason"].startswith(reason)


def test_an_ordinary_mark_on_the_test_scale_reads_the_same_words():
    """The same vocabulary for a lesson's mark: зачтено is a pass, a word the hub does not know the school's own."""
    directory = Dir()
    directory.entries[("work_type", "2101")] = {"weight": 1}
    for given, scale, value, counts in [("зачтено", "pass_fail", "pass", False), ("не зачтено", "pass_fail", "fail",
                                                                                  False),
                                        ("усв", "status", "усв", False)]:
        [event] = A.translate({**W.mark_obj(), "type": "test", "value": given, "textValue": given},
                              ctx(directory)).events
        assert (event.data["scale"], event.data["value"], event.data["text"], event.data["counts_in_average"]) == (
            scale, value, given, counts)


def test_an_ordinary_mark_off_its_scale_is_still_refused():
    """Only a final mark is skipped: a lesson's mark off its scale keeps refusing the answer at its value."""
    directory = Dir()
    directory.entries[("work_type", "2101")] = {"weight": 1}
    out = A.translate({**W.mark_obj(), "value": "6"}, ctx(directory))
    assert [e.pointer for e in out.errors] == ["/value"]
