"""The feed and the lessons' marks batch (found by dnevnik_ru_65: the hub refused every ``users/me/feed`` record,
so what only a parent's relay of the feed carried was not shown (mark-017.., homework-017/018, no-mark-006); and
``POST lessons/marks`` deleted nothing by omission (no-mark-007)).

* ``users/me/feed?date&childPersonId&limit`` (§7, one of the three change-like sources; the day layout of the public
  client models, §10 items 4 and 6): each card's marks, works and log entries are read as the entity endpoints' (§3.1,
  §3.2, §3.5), a mark filed under its lesson's day, not the card's; one child's tasks decide nothing about whom a
  homework is for; nothing is deleted by omission; an item the hub cannot read is skipped and counted.
* ``POST lessons/marks`` (body ``{"lessons": [...]}``, §7: the batch form of §3.1 ``lessons/{l}/marks``) is the whole
  marks list of each lesson its body names, as ``lessons/{l}/marks`` is of its lesson (``lesson-marks:<l>``)."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import World, env
from tests.unit.test_dnevnik_ru_routes import A, cid, ctx, data_of, run

W = World()


def feed_day(w: World, day: str, marks: list[dict[str, Any]] = (), lesson_day: str = "2025-10-13",
             homeworks: list[dict[str, Any]] = (), entries: list[dict[str, Any]] = ()) -> dict[str, Any]:
    """One day of the feed as the client models of §10 items 4 and 6 read it."""
    card = {"marks": list(marks), "lesson": {"id": w.lesson, "date": f"{lesson_day}T08:30:00"}, "isImportant": False,
            "subjectName": "Алгебра", "subjectId": w.subject, "workTypeName": "Ответ на уроке"}
    return {"date": f"{day}T00:00:00", "nextWorkingDayDate": "2025-10-16T00:00:00",
            "summary": {"importantWorks": [], "markCards": [card] if marks else [], "dayEmotion": "Good",
                        "feedMode": "Default"},
            "todayHomeworks": [], "todaySchedule": [],
            "nextDayHomeworks": [{"work": hw, "subjectName": "Алгебра", "workTypeName": "Домашнее задание"}
                                 for hw in homeworks],
            "nextDaySchedule": [{"lessonId": w.lesson, "lessonStatus": "Planned", "number": 1, "subjectName": "Алгебра",
                                 "importantWorkTypes": []}],
            "logEntries": [{"lessonLogEntry": e, "subjectName": "Алгебра", "lessonTitle": "Степени"} for e in entries]}


def feed(w: World, *days: dict[str, Any], child: int | None = None) -> dict[str, Any]:
    child = w.pupil if child is None else child
    return env(f"GET /v2/users/me/feed?date=2025-10-15&childPersonId={child}&limit={len(days)}", {"days": list(days)})


def test_a_feed_cards_marks_are_read_as_marks_and_filed_under_their_lessons_day_not_the_cards():
    """A mark entered two days after its lesson is on the feed of the day it was entered (the card's day): it is the
    lesson's mark, dated by its own date, and in the pair of days a range covering both speaks for (``days.py``)."""
    late = {**W.mark_obj(), "value": "5", "textValue": "5", "date": "2025-10-15T16:20:11.4"}
    *_, out = run([*W.lessons_first(), feed(W, feed_day(W, "2025-10-15", [late]))])
    assert not out.errors and not out.missing
    [mark] = data_of(out, "grade.recorded")
    assert (mark["grade_id"], mark["lesson_id"], mark["student_id"], mark["date"], mark["text"], mark["weight"]) == (
        cid("mark", W.mark), cid("lesson", W.lesson), cid("person", W.pupil), "2025-10-15", "5", 2.0)
    [scopes] = out.scopes.values()
    assert (f"person-marks-day:{W.pupil}|2025-10-13~2025-10-15", f"mark:{W.mark}") in scopes
    assert out.snapshot is None and out.contains == []  # a feed is no complete list of anything


def test_the_typescript_clients_wrapped_marks_and_spelling_are_read_alike():
    """dnevnikru_bot's ``feed.type.ts`` spells ``marksCards`` and wraps each mark as ``{mark: Mark}``."""
    day = feed_day(W, "2025-10-13", [W.mark_obj()])
    cards = day["summary"].pop("markCards")
    day["summary"]["marksCards"] = [{**card, "marks": [{"mark": m} for m in card["marks"]]} for card in cards]
    *_, out = run([*W.lessons_first(), feed(W, day)])
    assert not out.errors and [m["text"] for m in data_of(out, "grade.recorded")] == ["4-"]


def test_a_feeds_homework_and_log_entries_are_read_and_one_childs_task_keeps_the_homework_the_classs():
    """A child's feed names only that child's task (§3.6): the homework stays the class's (``addressees.py``),
    also in a pupil's own feed without ``childPersonId``."""
    own_task = {"id": 9001, "person": W.pupil, "person_str": str(W.pupil), "work": W.homework,
                "work_str": str(W.homework), "status": "NotStarted", "targetDate": "2025-10-15T00:00:00"}
    homework = {**W.homework_obj(), "tasks": [own_task]}
    for child in (W.pupil, "me"):
        record = feed(W, feed_day(W, "2025-10-14", homeworks=[homework], entries=[W.entry()]))
        if child == "me":
            record["request"] = "GET /v2/users/me/feed?date=2025-10-14&limit=1"
        *_, out = run([*W.lessons_first(), record])
        assert not out.errors and not out.missing
        [hw] = data_of(out, "homework.assigned")
        assert (hw["homework_id"], hw["class_id"], hw["due_on"], hw["text"]) == (
            cid("work", W.homework), cid("class", W.group), "2025-10-15", "№ 212, 215")
        [entry] = data_of(out, "attendance.marked")
        assert (entry["student_id"], entry["lesson_id"], entry["status"]) == (
            cid("person", W.pupil), cid("lesson", W.lesson), "late")


def test_an_important_work_is_an_assessment_column_not_homework():
    test_work = {**W.work_obj(), "type": "LessonTestWork", "isImportant": True}
    day = feed_day(W, "2025-10-13")
    day["summary"]["importantWorks"] = [{"work": test_work, "subjectName": "Алгебра",
                                         "workTypeName": "Контрольная работа"}]
    *_, out = run([*W.lessons_first(), feed(W, day)])
    assert not out.errors and not data_of(out, "homework.assigned")
    assert ("work", str(W.work), "LessonTestWork") in [(k, v, d.get("type")) for k, v, d in out.directory_entries]


def test_an_item_the_hub_cannot_read_is_skipped_and_counted_and_the_rest_is_read():
    off_scale = {**W.mark_obj(), "id": W.mark + 1, "id_str": str(W.mark + 1), "value": "7", "textValue": "7"}
    day = feed_day(W, "2025-10-13", [off_scale, W.mark_obj()], entries=[{**W.entry(), "status": "Away"}])
    day["todayHomeworks"] = ["not a homework item"]
    *_, out = run([*W.lessons_first(), feed(W, day)])
    assert not out.errors
    assert [m["grade_id"] for m in data_of(out, "grade.recorded")] == [cid("mark", W.mark)]
    [(kind, key, data)] = [e for e in out.directory_entries if e[0] == "skipped_feed_items"]
    assert (key, data["count"]) == (f"{W.pupil}|2025-10-13", 3)
    assert data["pointers"] == ["/body/days/0/todayHomeworks/0", "/body/days/0/summary/markCards/0/marks/0",
                                "/body/days/0/logEntries/0"]


def test_a_feed_that_is_not_days_is_refused_at_its_body():
    out = A.translate(env("GET /v2/users/me/feed?date=2025-10-15&childPersonId=5", [W.mark_obj()]), ctx())
    assert [e.pointer for e in out.errors] == ["/body"]
    bad = A.translate(env("GET /v2/users/me/feed?childPersonId=5x", {"days": []}), ctx())
    assert [e.pointer for e in bad.errors] == ["/request"]


def test_a_lessons_marks_and_the_batch_of_lessons_marks_are_complete_for_each_lesson_they_name():
    """§7: ``lessons/marks`` (body ``lessons: [...]``) is the batch form of §3.1 ``lessons/{l}/marks``."""
    *_, marks = run([*W.lessons_first(), env(f"GET /v2/lessons/{W.lesson}/marks", [W.mark_obj()])])
    mark = f"mark:{W.mark}"
    assert (f"lesson-marks:{W.lesson}", mark) in list(marks.scopes.values())[0]
    assert marks.contains[0] == (f"lesson-marks:{W.lesson}", frozenset({mark}))
    other = W.lesson + 1
    *_, batch = run([*W.lessons_first(), env("POST /v2/lessons/marks", [W.mark_obj()],
                                             {"lessons": [W.lesson, str(other)]})])
    assert sorted(batch.contains) == [(f"lesson-marks:{W.lesson}", frozenset({mark})),
                                      (f"lesson-marks:{other}", frozenset())]
    for body in (None, [W.lesson], {"lessons": [1.5]}, {"lesson": [W.lesson]}):  # names no lesson: deletes nothing
        *_, unnamed = run([*W.lessons_first(), env("POST /v2/lessons/marks", [W.mark_obj()], body)])
        assert not unnamed.errors and unnamed.contains == []


def test_the_batch_of_lessons_marks_holds_every_mark_of_its_lessons_so_a_lone_mark_of_a_pair_is_plain():
    pair_work = {**W.work_obj(), "markCount": 2}
    directory_first = [*W.lessons_first(), env("POST /v2/works/many", [pair_work], [W.work])]
    *_, out = run([*directory_first, env("POST /v2/lessons/marks", [W.mark_obj()], {"lessons": [W.lesson]})])
    assert [m["text"] for m in data_of(out, "grade.recorded")] == ["4-"]
    assert not any("value" in fields for fields in out.omitted.values())

