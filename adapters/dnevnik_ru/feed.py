"""``users/me/feed?date&childPersonId&limit`` (reference §7: one of the three change-like sources a partner has,
"days with markCards, importantWorks, logEntries, homeworks"; §0: an aggregate endpoint). Found by dnevnik_ru_65:
the hub refused every feed, so what only a parent's relay of the feed carried was not shown.

The day layout is that of the public client models (§10 item 4, ``alllexey123/dnevnik-partners-api``
``model/feed/UserFeedResponse``, ``UserFeedDay``, ``UserFeedSummary``, ``UserFeedMarkCard``, ``TinyLesson``,
``ImportantWork``, ``UserFeedHomework``, ``UserFeedLesson``, ``UserFeedLogEntry``; §10 item 6,
``alexcupertme/dnevnikru_bot`` ``src/core/typings/response/feed.type.ts``, which spells ``marksCards`` and wraps each
mark as ``{mark: Mark}``)::

    {"days": [{"date", "nextWorkingDayDate",
               "summary": {"markCards": [{"marks": [Mark], "lesson": {"id", "date"}, "isImportant", "subjectName",
                                          "subjectId", "workTypeName"}],
                           "importantWorks": [{"work": Work, "subjectName", "workTypeName"}], "dayEmotion", "feedMode"},
               "todayHomeworks", "nextDayHomeworks": [{"work": Work, "subjectName", "workTypeName"}],
               "todaySchedule", "nextDaySchedule": [{"lessonId", "lessonStatus", "number", "subjectName", ...}],
               "logEntries": [{"lessonLogEntry": LessonLogEntry, "subjectName", "lessonTitle"}]}]}

* Read as the entity endpoints read the same objects: a card's marks as marks (§3.1, ``marks.grade``: dated by their
  own ``date``, of their own lesson, filed under its day: the card's ``lesson.date``, else the lesson the hub holds;
  a card's day is the day the mark was entered, not its lesson's), the important works and the homework as works
  (§3.2, ``lessons.work``: a ``Homework`` work is homework, an important контрольная only an assessment column), the
  log entries as lesson-log entries (§3.5, ``attendance.attendance``). Works first, so the marks find them.
* Not read: the schedules (a lesson id, number and subject name: no date, group or subject id; ``lessons/many``
  gives the lessons), ``dayEmotion``, ``feedMode``, the names beside the objects.
* A feed is one child's (``childPersonId``, else the user's own): its works' ``tasks`` name only that child (§3.6),
  so they say nothing of whom a homework is for (``Carried.one_pupil``, ``addressees.py``).
* A feed is no complete list of anything (``limit`` cuts it; it repeats cards across days): no request snapshot, no
  containing scope, so it deletes nothing by omission. A mark it states again under the same id with another value
  is that mark's next revision, the latest pull winning (``Translation.as_of``), as everywhere.
* An item the hub cannot read (a mark off its scale, a float id, an item that is not an object, a log entry of an
  unknown status...) is skipped and counted, the rest read: a ``skipped_feed_items`` directory entry per child and
  feed day (``<child or me>|<day>``; an unreadable day: its pointer), ``{count, pointers, errors}``. A body that is
  not ``{"days": [...]}`` is refused at it.
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru.attendance import attendance
from adapters.dnevnik_ru.common import Carried, Out, Parser, Reject, reject
from adapters.dnevnik_ru.lessons import work
from adapters.dnevnik_ru.marks import grade, pair_up
from adapters.dnevnik_ru.params import day as day_of

SKIPPED = "skipped_feed_items"
WORK_LISTS = (("summary", "importantWorks"), ("todayHomeworks",), ("nextDayHomeworks",))
CARD_LISTS = ("markCards", "marksCards")  # §7 and the Java client; the TypeScript client


class Skipped:
    """The items of one feed day the hub could not read: their pointers and errors."""

    def __init__(self) -> None:
        self.pointers: list[str] = []
        self.errors: list[str] = []

    def add(self, p: tuple, reason: Reject | str) -> None:
        self.pointers.append(pointer(*p))
        found = [f"{e.pointer}: {e.message}" for e in reason.errors] if isinstance(reason, Reject) else [
            f"{pointer(*p)}: {reason}"]
        self.errors.extend(found[:max(0, 50 - len(self.errors))])

    def report(self, out: Out, key: str) -> None:
        if self.pointers:
            out.remember(SKIPPED, key, {"count": len(self.pointers), "pointers": self.pointers,
                                        "errors": self.errors})


def feed(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """The feed (module docstring): each day's works, marks and log entries."""
    if not isinstance(body, dict) or not isinstance(body.get("days"), list):
        raise reject(pointer(*p), 'expected the feed: {"days": [...]}')
    carried.one_pupil = True
    child = carried.params.get("person", "me")
    for d, day in enumerate(body["days"]):
        dp, skipped = (*p, "days", d), Skipped()
        date = day_of(day["date"]) if isinstance(day, dict) and isinstance(day.get("date"), str) else None
        if isinstance(day, dict):
            _day(day, dp, date, out, carried, skipped)
        else:
            skipped.add(dp, "a feed day is an object")
        skipped.report(out, f"{child}|{date or pointer(*dp)}")


def _day(day: dict[str, Any], p: tuple, date: str | None, out: Out, carried: Carried, skipped: Skipped) -> None:
    summary = day.get("summary")
    if summary is not None and not isinstance(summary, dict):
        skipped.add((*p, "summary"), "the summary is an object")
        summary = None
    for path in WORK_LISTS:
        holder = summary if path[0] == "summary" else day
        key = path[-1]
        for i, item in _items(holder, key, (*p, *path[:-1]), skipped):
            _wrapped(item, "work", (*p, *path, i), work, out, carried, skipped)
    for key in CARD_LISTS:
        for c, card in _items(summary, key, (*p, "summary"), skipped):
            _card(card, (*p, "summary", key, c), out, carried, skipped)
    for i, item in _items(day, "logEntries", p, skipped):
        _wrapped(item, "lessonLogEntry", (*p, "logEntries", i),
                 lambda raw, ip, o, c: attendance(raw, ip, o, c, day=date), out, carried, skipped)


def _items(holder: dict[str, Any] | None, key: str, p: tuple, skipped: Skipped) -> list[tuple[int, Any]]:
    """The numbered items of the list ``holder[key]``; none (and it counted) when it is not a list."""
    found = None if holder is None else holder.get(key)
    if found is None:
        return []
    if not isinstance(found, list):
        skipped.add((*p, key), "expected a JSON array")
        return []
    return list(enumerate(found))


def _wrapped(item: Any, key: str, p: tuple, parse: Parser, out: Out, carried: Carried, skipped: Skipped) -> None:
    """``parse`` the object ``item[key]`` (a feed wraps each object with the names beside it); skipped if not."""
    if not isinstance(item, dict) or not isinstance(item.get(key), dict):
        skipped.add(p, f"expected {{{key!r}: <object>, ...}}")
        return
    _read(parse, item[key], (*p, key), p, out, carried, skipped)


def _read(parse: Parser, raw: Any, ip: tuple, item: tuple, out: Out, carried: Carried, skipped: Skipped) -> None:
    try:
        parse(raw, ip, out, carried)
    except Reject as exc:
        skipped.add(item, exc)


def _card(card: Any, p: tuple, out: Out, carried: Carried, skipped: Skipped) -> None:
    """A mark card: its lesson's date and subject for its marks (this answer's lesson), then each mark."""
    if not isinstance(card, dict) or not isinstance(card.get("marks"), list):
        skipped.add(p, 'expected a mark card: {"marks": [...], "lesson": {...}, ...}')
        return
    _card_lesson(card, out, carried)
    marks = [m.get("mark") if isinstance(m, dict) and isinstance(m.get("mark"), dict) else m for m in card["marks"]]
    pair_up(marks, carried)  # a double mark's two marks are one (``marks.pair_up``)
    for i, mark in enumerate(marks):
        ip = (*p, "marks", i)
        _read(grade, mark, ip if mark is card["marks"][i] else (*ip, "mark"), ip, out, carried, skipped)


def _card_lesson(card: dict[str, Any], out: Out, carried: Carried) -> None:
    """The card's ``lesson: {id, date}`` (TinyLesson) and ``subjectId``: the lesson's day and subject as this answer
    gives them, over what the hub holds of it; nothing when they are not readable ids and dates."""
    lesson = card.get("lesson")
    if not isinstance(lesson, dict):
        return
    vid, subject = _id(lesson.get("id_str"), lesson.get("id")), _id(card.get("subjectId"))
    when = day_of(lesson["date"]) if isinstance(lesson.get("date"), str) else None
    if vid is None or when is None:
        return
    known = carried.find(out, "lesson", vid) or {}
    carried.lessons[vid] = {**known, "date": when, "subject": known.get("subject") or subject}


def _id(*values: Any) -> str | None:
    """The first of ``values`` that is an id (an integer or its decimal digits), as its decimal string."""
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return str(value)
        if isinstance(value, str) and value.isascii() and value.isdigit():
            return str(int(value))
    return None
