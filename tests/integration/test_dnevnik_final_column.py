"""Dnevnik.ru итоговые (certificate, аттестат) marks, found by dnevnik_ru_63.

* §3.13: SOAP sets them with ``insertFinalMark(…, finalMarkType: Final, …)``, apart from ``insertPeriodMark``, and
  lists ``PeriodFinalMark`` as a work kind of its own beside ``PeriodMark`` and ``Exam``; §3.2 sets ``periodType`` /
  ``periodNumber`` on final-mark works too (``Year``, 1). So a mark whose work, or work type, is a
  ``PeriodFinalMark`` is the pupil's final mark in the class's итоговая column of that school year (an undated
  period of kind ``final`` named by its work type's ``title``, after the exam column), never a second mark in the
  year's cell, whatever its work's ``periodType`` says.
* A ``PeriodMark`` work without ``periodType`` / ``periodNumber`` in an answer that names no reporting period
  (§3.2: they are set on period works) places its mark nowhere: that mark is skipped and counted with its pointer
  (``skipped_unplaced_period_marks``), and the answer's other marks are kept, as a mark on an unknown scale is.

On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import SCHOOL_VENDOR, World, env, ids
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send
from tests.integration.test_dnevnik_exam_marks import EXAM_TYPE, YEAR_TYPE, exam_mark, exam_work, exam_world
from tests.integration.test_dnevnik_weight_change import SCHOOL

JUNE = "2026-06-22T09:00:00+05:00"
FINAL_TYPE = {"id": 2194, "schoolId": SCHOOL_VENDOR, "kindId": 18, "kind": "PeriodFinalMark",
              "title": "Итоговая отметка", "abbr": "ИТ", "weight": 1}


def work(w: World, n: int, kind: str, work_type: int, period_type: str | None = "Year") -> dict[str, Any]:
    return {**ids(w.i(n)), "type": kind, "workType": work_type, "markType": "mark5", "markCount": 1, "lesson": None,
            "eduGroup": w.group, "eduGroup_str": str(w.group), "text": "", "periodType": period_type,
            "periodNumber": 1 if period_type else None, "subjectId": w.subject, "targetDate": "2026-05-29T00:00:00"}


def mark(w: World, n: int, work_n: int, work_type: int, value: str) -> dict[str, Any]:
    return {**w.final_obj(), **ids(w.i(n)), "value": value, "textValue": value, "work": w.i(work_n),
            "work_str": str(w.i(work_n)), "workType": work_type, "date": "2026-06-21T16:10:42.8"}


def allfinalmarks(w: World, works: list[dict[str, Any]], marks: list[dict[str, Any]]) -> dict[str, Any]:
    embedded = [{"id": t["id"], "schoolId": SCHOOL_VENDOR, "abbreviation": t["abbr"], "name": t["title"],
                 "isFinal": True, "isImportant": False, "kindId": t["kindId"], "kind": t["kind"]}
                for t in (YEAR_TYPE, EXAM_TYPE, FINAL_TYPE)]
    return pulled(env(f"GET /v2/persons/{w.pupil}/edu-groups/{w.group}/allfinalmarks", {
        "marks": marks, "works": works, "subjects": [w.subject_obj()], "workTypes": embedded}), JUNE)


def the_world(w: World) -> list[dict[str, Any]]:
    *rest, work_types, periods = exam_world(w)
    return [*rest, env(f"GET /v2/work-types/{SCHOOL_VENDOR}", [*work_types["body"], FINAL_TYPE]), periods]


async def test_the_itogovaya_mark_is_a_column_of_its_own_after_the_exam_and_the_year_mark_stays_alone(running):
    w = World()
    await send(running, *the_world(w))
    works = [work(w, 530, "PeriodMark", 2191), exam_work(w), work(w, 540, "PeriodFinalMark", 2194)]
    marks = [mark(w, 580, 530, 2191, "3"), exam_mark(w), mark(w, 590, 540, 2194, "4")]
    assert await send(running, allfinalmarks(w, works, marks)) == ["accepted"]
    periods = {data["period_id"]: data for _, data in await latest(running, "reporting_period.defined")}
    finals = {data["final_grade_id"].rsplit(":", 1)[1]: periods[data["period_id"]]
              for _, data in await latest(running, "final_grade.recorded")}
    assert {mark_id: (p["kind"], p["name"]) for mark_id, p in finals.items()} == {
        str(w.i(580)): ("year", "Год"), str(w.i(570)): ("exam", "Экзамен"),
        str(w.i(590)): ("final", "Итоговая отметка")}  # the year mark alone in the year's cell
    column = finals[str(w.i(590))]
    assert (column["academic_year"], column["starts_on"], column["ends_on"], column["number"]) == (
        2025, None, None, 1)
    assert [data["class_id"].rsplit(":", 1)[1] for _, data in await latest(running, "reporting_period.assigned")
            if data["period_id"] == column["period_id"]] == [str(w.group)]
    assert await latest(running, "grade.") == []  # §3.1: lesson null, never a diary mark


async def test_an_itogovaya_work_without_its_period_is_the_itogovaya_all_the_same(running):
    w = World()
    await send(running, *the_world(w))
    works = [work(w, 540, "PeriodFinalMark", 2194, period_type=None)]
    assert await send(running, allfinalmarks(w, works, [mark(w, 590, 540, 2194, "5")])) == ["accepted"]
    periods = {data["period_id"]: data for _, data in await latest(running, "reporting_period.defined")}
    assert [(periods[data["period_id"]]["kind"], data["text"])
            for _, data in await latest(running, "final_grade.recorded")] == [("final", "5")]


async def test_a_period_work_naming_no_period_skips_its_mark_and_keeps_the_answers_others(running):
    w = World()
    await send(running, *the_world(w))
    works = [work(w, 530, "PeriodMark", 2191, period_type=None), exam_work(w), work(w, 540, "PeriodFinalMark", 2194)]
    marks = [mark(w, 580, 530, 2191, "3"), exam_mark(w), mark(w, 590, 540, 2194, "4")]
    assert await send(running, allfinalmarks(w, works, marks)) == ["accepted"]
    assert sorted(data["text"] for _, data in await latest(running, "final_grade.recorded")) == ["4", "4"]
    key = ("skipped_unplaced_period_marks", str(w.i(580)))
    skipped = running.hub.ingest.vendor_state.lookup("dnevnik", SCHOOL, [key])
    assert list(skipped.values()) == [{"work": str(w.i(530)), "pointer": "/body/marks/0/work",
                                       "reason": "its work names no periodType and periodNumber, and the answer "
                                                 "names no reporting period"}]
