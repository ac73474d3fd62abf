"""A part of a complete answer that speaks for some classes and groups only (``Translation.snapshot_groups``): a
missing aggregate of the families it names, stored in another class or group, left the answer's scope and is not
deleted (``hub.ingest.snapshots.in_groups``, ``hub.ingest.numbering._groups_of``; found by elzhur_72: a pupil who
moved says nothing about the tasks of the class he left)."""

from __future__ import annotations

from types import SimpleNamespace

from hub.ingest.numbering import _groups_of
from hub.ingest.snapshots import in_groups
from hub.ingest.translate_batch import Translated

OLD, NEW = "elzhur:s:class:7a@2026", "elzhur:s:class:7b@2026"
TASK, LESSON = "homework:elzhur:s:homework:1", "lesson:elzhur:s:lesson:1"


def test_a_stored_item_of_another_class_is_not_the_answers_to_delete():
    groups = {TASK: frozenset({NEW})}
    assert not in_groups(TASK, {"class_id": OLD}, groups)
    assert in_groups(TASK, {"class_id": NEW}, groups)
    assert in_groups(TASK, {"class_id": OLD}, None) and in_groups(LESSON, {"class_id": OLD}, groups)


def test_only_the_named_families_of_parts_with_groups_are_restricted():
    translated = Translated(groups={(0, "day=1"): frozenset({NEW})}, grouped={0: frozenset({"homework"})})
    lacking = [SimpleNamespace(missing={TASK, LESSON}), SimpleNamespace(missing={"homework:elzhur:s:homework:2"})]
    found = _groups_of(0, ["day=1", "day=2"], lacking, translated)
    assert found == {TASK: frozenset({NEW})}  # the lesson's family is not named; day=2 has no groups
