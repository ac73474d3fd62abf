"""Vendor journeys judged end to end: push a sync job's journey over HTTP, then check every fact through the read
API, as the people the facts are about would read it.

A journey and its facts live in ``contracts/journeys/<vendor>/`` (format: ``contracts/journeys/README.md``). They
were written from ``shared/reference`` by someone who had not read the adapters, and the facts were derived from
the payloads by ``derive_facts.py``, which does not import the hub. This module is the other half: it knows the
hub's documented id scheme (README: "Tenancy", "The vendor adapters") and its read API, and nothing of the
adapters' internals.

``check_facts`` reads each student's diary, final grades and schedule once (as a guardian of theirs when the
journey names one, else as the head teacher), each guardian's children, each class's schedule, and answers every
fact with ``FactResult`` (``ok`` and, when not, what the API showed instead).

A fact that names a period (``period``, ``no_period``, ``final_mark``, ``vendor_average``) matches a period of the
final grades by its ``name`` or its ``short_name``: a journal shows a column by its full name («Годовая») and its
final marks name it by the short one (``Г``), and both are the journal's own (``_period_matches``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.auth.readers import Role

JOURNEYS = Path(__file__).resolve().parents[1] / "contracts" / "journeys"
ADAPTERS = {"dnevnik_ru": "dnevnik_ru", "elzhur": "elzhur"}

Get = Callable[[str, dict[str, str], dict[str, str]], Awaitable[tuple[int, Any]]]  # (path, params, headers)


def load(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A journey folder's ``journey.json`` (its ``vendor`` names the adapter) and its facts."""
    folder = JOURNEYS / name
    journey = json.loads((folder / "journey.json").read_text(encoding="utf-8"))
    facts = json.loads((folder / "facts.json").read_text(encoding="utf-8"))["facts"]
    return journey, facts


def known_gaps(name: str) -> dict[str, str]:
    """Facts the hub is known not to show yet, by fact id, each with why (``known_gaps.json`` beside the facts).

    A ratchet, not a waiver: the journey test fails when a fact outside this list fails, and when a listed fact
    starts to pass (so the list only shrinks, and stays true). Each reason names the issue that closes it.
    """
    path = JOURNEYS / name / "known_gaps.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["gaps"]


def school_record(journey: dict[str, Any], school: str) -> dict[str, Any] | None:
    """The native ``school.registered`` of the journey's school, or None when the journey states no ``school``.

    ``journey["school"]`` (optional) is what an operator configures for a school before its sync job runs
    (README: an Elzhur answer carries no zone, so the hub reads its local times in the zone the school was
    registered with, else Moscow): ``timezone`` (an IANA name) and ``name`` (else the hub school id). It is
    registered natively, before the first batch, dated before any pull (``occurred_at``, a fixed instant).
    """
    stated = journey.get("school")
    if not isinstance(stated, dict) or not stated:  # a bare school id (dnevnik_ru_10's note) states nothing here
        return None
    data = {"name": stated.get("name") or school}
    if stated.get("timezone"):
        data["timezone"] = stated["timezone"]
    return {"type": "school.registered", "school_id": school, "occurred_at": "2000-01-01T00:00:00+00:00",
            "record_id": "journey-school", "data": data}


def batches(journey: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(step name, batch) in push order."""
    return [(step["name"], batch) for step in journey["steps"] for batch in step["batches"]]


# --- the hub's id scheme, as documented --------------------------------------------------------------------------


class Ids:
    """Canonical ids of what facts name by vendor ids (README: "Tenancy" and "The vendor adapters")."""

    def __init__(self, vendor: str, school: str, journey: dict[str, Any]) -> None:
        self.vendor, self.school = vendor, school
        self.person_of_user = _persons_of_users(journey) if vendor == "dnevnik_ru" else {}

    def student(self, ref: dict[str, str]) -> str:
        if self.vendor == "dnevnik_ru":
            return f"dnevnik:{self.school}:person:{ref['person']}"
        return f"elzhur:{self.school}:student:{ref['student']}"

    def guardian(self, ref: dict[str, str]) -> str:
        if self.vendor == "dnevnik_ru":
            person = ref.get("person") or self.person_of_user.get(ref.get("user", ""), f"user-{ref.get('user')}")
            return f"dnevnik:{self.school}:person:{person}"
        return f"elzhur:{self.school}:parent:{ref['parent']}"

    def group(self, ref: dict[str, str], year: int) -> str:
        """The class a fact names; an Elzhur class by its name and school year ``year`` (README "ids": one class
        per school year)."""
        if self.vendor == "dnevnik_ru":
            return f"dnevnik:{self.school}:class:{ref['group']}"
        from adapters.elzhur.ids import cid, name_key  # the documented name-to-id rule

        return cid(self.school, "class", f"{name_key(ref['class'])}@{year}")


def _persons_of_users(journey: dict[str, Any]) -> dict[str, str]:
    """user id -> person id, from the ``users/{u}/context`` answers the journey holds (how the MRKO side would
    know a parent's person id: the context it signs in with)."""
    found: dict[str, str] = {}
    for _, batch in batches(journey):
        for record in batch:
            if re.search(r"users/[^/]+/context", str(record.get("request", ""))) and isinstance(record.get("body"),
                                                                                              dict):
                body = record["body"]
                user, person = body.get("userId_str") or body.get("userId"), body.get("personId_str") or body.get(
                    "personId")
                if user is not None and person is not None:
                    found[str(user)] = str(person)
    return found


# --- checking -------------------------------------------------------------------------------------------------


@dataclass
class FactResult:
    fact: dict[str, Any]
    ok: bool
    detail: str = ""


@dataclass
class Reads:
    """What the API answered, fetched once per person or class."""

    diaries: dict[str, Any] = field(default_factory=dict)
    finals: dict[str, Any] = field(default_factory=dict)
    children: dict[str, Any] = field(default_factory=dict)
    classes: dict[str, Any] = field(default_factory=dict)
    reader_of: dict[str, dict[str, str]] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)  # the school years the span covers


def classes_of(fact: dict[str, Any], key: str, reads: Reads, ids: Ids) -> list[str]:
    """The ids of the class (group) ``fact[key]`` names: of the school year of the fact's date, else of every school
    year of the span, the last first (a class teacher fact names a class by its name, without a year, and a class
    of one name in two school years is two classes: Elzhur, README ids)."""
    day = fact.get("date")
    if isinstance(day, str):
        return [ids.group(fact[key], int(day[:4]) - (1 if int(day[5:7]) < 8 else 0))]
    return list(dict.fromkeys(ids.group(fact[key], year) for year in reversed(reads.years)))


def _span(facts: list[dict[str, Any]]) -> tuple[str, str]:
    dates = sorted(f[k] for f in facts for k in ("date", "due") if isinstance(f.get(k), str))
    first, last = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
    return (first - dt.timedelta(days=7)).isoformat(), (last + dt.timedelta(days=7)).isoformat()


def _weeks(date_from: str, date_to: str) -> list[str]:
    day, end, weeks = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to), []
    while day <= end:
        year, week, _ = day.isocalendar()
        weeks.append(f"{year}-W{week:02d}")
        day += dt.timedelta(days=7)
    return sorted(set(weeks))


async def read_all(get: Get, tokens: Callable[[str, Role, str | None], dict[str, str]], ids: Ids,
                   facts: list[dict[str, Any]]) -> Reads:
    reads = Reads()
    head = tokens("journey-head", Role.HEAD_TEACHER, ids.school)
    for fact in facts:
        if fact["kind"] == "children":
            guardian = ids.guardian(fact["guardian"])
            for child in fact["children"]:
                reads.reader_of.setdefault(ids.student(child), tokens(guardian, Role.GUARDIAN, None))
    date_from, date_to = _span(facts)
    years = sorted({int(d[:4]) - (1 if int(d[5:7]) < 8 else 0) for d in (date_from, date_to)})
    reads.years = years
    students = {ids.student(f["student"]) for f in facts if "student" in f}
    for student in sorted(students):
        headers = reads.reader_of.get(student, head)
        reads.diaries[student] = await _diary(get, student, date_from, date_to, headers)
        reads.finals[student] = [await get(f"/v1/students/{student}/final-grades", {"year": str(y)}, headers)
                                 for y in years]
    for fact in facts:
        if fact["kind"] == "children":
            guardian = ids.guardian(fact["guardian"])
            reads.children[guardian] = await get("/v1/me/children", {}, tokens(guardian, Role.GUARDIAN, None))
        for key in ("group", "class"):
            if isinstance(fact.get(key), dict):
                for cls in classes_of(fact, key, reads, ids):
                    if cls not in reads.classes:
                        reads.classes[cls] = [await get(f"/v1/classes/{cls}/schedule", {"week": week}, head)
                                              for week in _weeks(date_from, date_to)]
    return reads


async def _diary(get: Get, student: str, date_from: str, date_to: str, headers: dict[str, str]) -> tuple[int, Any]:
    """The student's diary over the span, read in windows the API allows (at most 93 days each), days joined."""
    day, end, days = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to), []
    while day <= end:
        last = min(day + dt.timedelta(days=89), end)
        status, body = await get(f"/v1/students/{student}/diary", {"from": day.isoformat(), "to": last.isoformat()},
                                 headers)
        if status != 200:
            return status, body
        days += body["days"]
        day = last + dt.timedelta(days=1)
    return 200, {"days": days}


def check(fact: dict[str, Any], reads: Reads, ids: Ids) -> FactResult:
    try:
        problem = CHECKS[fact["kind"]](fact, reads, ids)
    except KeyError as exc:
        problem = f"the answer lacks {exc}"
    return FactResult(fact, problem is None, problem or "")


def _same(a: Any, b: Any) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def _diary_days(reads: Reads, ids: Ids, fact: dict[str, Any]) -> tuple[list[dict[str, Any]] | None, str]:
    status, body = reads.diaries[ids.student(fact["student"])]
    if status != 200:
        return None, f"diary answered {status}: {str(body)[:200]}"
    return body["days"], ""


def _day(days: list[dict[str, Any]], date: str) -> dict[str, Any] | None:
    return next((d for d in days if d["date"] == date), None)


def _lessons_of(days: list[dict[str, Any]], fact: dict[str, Any]) -> list[dict[str, Any]]:
    day = _day(days, fact["date"]) or {"lessons": []}
    found = [lesson for lesson in day["lessons"] if _same((lesson.get("subject") or {}).get("name"), fact["subject"])]
    if fact.get("number") is not None:
        found = [lesson for lesson in found if lesson.get("slot") == fact["number"]]
    return found


def _time(value: str | None) -> str | None:
    return None if value is None else value[:5]


def _teacher_name(lesson: dict[str, Any]) -> str | None:
    teacher = lesson.get("teacher") or {}
    return teacher.get("name")


def _check_lesson(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    days, problem = _diary_days(reads, ids, fact)
    if days is None:
        return problem
    lessons = _lessons_of(days, fact)
    if not lessons:
        shown = [(lesson["slot"], (lesson.get("subject") or {}).get("name")) for lesson in
                 (_day(days, fact["date"]) or {"lessons": []})["lessons"]]
        return f"no {fact['subject']} lesson #{fact.get('number')} on {fact['date']}; the day shows {shown}"
    lesson = lessons[0]
    wanted = {"topic": lesson.get("topic"), "starts_at": _time(lesson.get("starts_at")),
              "ends_at": _time(lesson.get("ends_at")), "teacher": _teacher_name(lesson), "room": lesson.get("room"),
              "cancelled": lesson.get("cancelled"), "group_label": (lesson.get("group") or {}).get("name")}
    wrong = [f"{k}: {wanted[k]!r} (expected {fact[k]!r})" for k in wanted if k in fact and not _same(wanted[k], fact[k])]
    return "; ".join(wrong) or None


def _check_no_lesson(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    days, problem = _diary_days(reads, ids, fact)
    if days is None:
        return problem
    shown = [lesson for lesson in _lessons_of(days, fact) if not lesson.get("cancelled")]
    return f"shown: {[(lesson['slot'], lesson.get('topic')) for lesson in shown]}" if shown else None


def _marks_of(days: list[dict[str, Any]], fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The marks of the fact's subject that day; with a ``number``, only those under the lesson of that number."""
    day = _day(days, fact["date"]) or {"lessons": [], "marks_without_lesson": []}
    marks = [mark for lesson in _lessons_of(days, fact) for mark in lesson.get("marks", [])]
    if fact.get("number") is None:
        marks += [mark for mark in day.get("marks_without_lesson", [])
                  if _same((mark.get("subject") or {}).get("name"), fact["subject"])]
    return marks


def _mark_text(mark: dict[str, Any]) -> str:
    return mark.get("text") or mark["value"]


def _check_mark(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    days, problem = _diary_days(reads, ids, fact)
    if days is None:
        return problem
    marks = _marks_of(days, fact)
    same_value = [mark for mark in marks if _same(_mark_text(mark), fact["value"])]
    if not same_value:
        return f"no mark {fact['value']!r} in {fact['subject']} on {fact['date']}; shown: {[_mark_text(m) for m in marks]}"
    problems = []
    for mark in same_value:
        shown = {"weight": mark.get("weight"), "work_type": mark.get("work_type_name"), "comment": mark.get("comment"),
                 "counts": mark.get("counts_in_average")}
        wrong = [f"{k}: {shown[k]!r} (expected {fact[k]!r})" for k in shown if k in fact
                 and not (shown[k] == fact[k] if k in ("weight", "counts") else _same(shown[k], fact[k]))]
        if not wrong:
            return None
        problems.append("; ".join(wrong))
    return " | ".join(problems)


def _check_no_mark(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    days, problem = _diary_days(reads, ids, fact)
    if days is None:
        return problem
    marks = _marks_of(days, fact)
    if "value" in fact:
        marks = [mark for mark in marks if _same(_mark_text(mark), fact["value"])]
    return f"shown: {[_mark_text(m) for m in marks]}" if marks else None


def _check_attendance(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    days, problem = _diary_days(reads, ids, fact)
    if days is None:
        return problem
    lessons = _lessons_of(days, fact)
    if not lessons:
        return f"no {fact['subject']} lesson on {fact['date']} to carry the attendance"
    marks = [lesson.get("attendance") for lesson in lessons if lesson.get("attendance")]
    if not marks:
        return None if fact.get("meaning") == "present" and fact.get("code") is None else "no attendance shown"
    for mark in marks:  # a fact may state only the journal's code (what it means can be disputed: Pass)
        code_ok = "code" not in fact or _same(mark.get("code"), fact["code"])
        if code_ok and ("meaning" not in fact or mark.get("status") == fact["meaning"]):
            return None
    return f"shown: {[(m.get('code'), m.get('status')) for m in marks]}"


def _homework_items(days: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, Any]]]:
    """(lesson date, role, homework): set on a lesson ("lesson", the homework with its lesson's ``_slot``) or due
    that day ("due")."""
    found = []
    for day in days:
        for lesson in day["lessons"]:
            found += [(day["date"], "lesson", {**hw, "_slot": lesson.get("slot")}) for hw in lesson.get("homework", [])]
        found += [(day["date"], "due", hw) for hw in day.get("homework_due", [])]
    return found


def _matches_homework(fact: dict[str, Any], date: str, role: str, hw: dict[str, Any]) -> bool:
    """The homework of the fact's subject and text (and ``due``, ``date``; with a ``number``, set on the lesson of
    that number on ``date``)."""
    if not (_same((hw.get("subject") or {}).get("name"), fact["subject"]) and _same(hw.get("text"), fact["text"])):
        return False
    if fact.get("number") is not None and (role != "lesson" or hw["_slot"] != fact["number"]
                                           or date != fact.get("date", date)):
        return False
    if "due" in fact and hw.get("due_on") != fact["due"] and not (role == "due" and date == fact["due"]):
        return False
    if "date" in fact and date != fact["date"] and hw.get("set_on") != fact["date"]:
        return False
    return True


def _check_homework(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    days, problem = _diary_days(reads, ids, fact)
    if days is None:
        return problem
    found = [hw for date, role, hw in _homework_items(days) if _matches_homework(fact, date, role, hw)]
    if not found:
        same_subject = [(d, r, hw.get("text")) for d, r, hw in _homework_items(days)
                        if _same((hw.get("subject") or {}).get("name"), fact["subject"])]
        return f"not shown; {fact['subject']} homework shown: {same_subject[:6]}"
    if "attachments" in fact:
        names = {a.get("name") for hw in found for a in hw.get("attachments", [])}
        missing = [name for name in fact["attachments"] if name not in names]
        return f"attachments {sorted(names)} lack {missing}" if missing else None
    return None


def _check_no_homework(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    days, problem = _diary_days(reads, ids, fact)
    if days is None:
        return problem
    shown = [hw for date, role, hw in _homework_items(days)
             if _same((hw.get("subject") or {}).get("name"), fact["subject"]) and _same(hw.get("text"), fact["text"])
             and (fact.get("number") is None or _matches_homework(fact, date, role, hw))]
    return "shown" if shown else None


def _final_subjects(reads: Reads, ids: Ids, fact: dict[str, Any]) -> tuple[list[tuple[dict, dict]], str]:
    """(answer, subject row) of the fact's subject over every year read."""
    rows, problems = [], []
    for status, body in reads.finals[ids.student(fact["student"])]:
        if status != 200:
            problems.append(f"final grades answered {status}")
            continue
        rows += [(body, s) for s in body["subjects"] if _same(s["subject"]["name"], fact["subject"])]
    return rows, "; ".join(problems)


def _period_matches(period: dict[str, Any], wanted: str) -> bool:
    """A fact names a period (``period``, ``no_period``, ``final_mark``, ``vendor_average``) as the journal shows it:
    by its name («Годовая», «1 четверть») or its own short name (``Г``, ``I``); the read API gives both."""
    return any(name is not None and _same(name, wanted) for name in (period.get("name"), period.get("short_name")))


def _check_final_mark(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    rows, problem = _final_subjects(reads, ids, fact)
    if not rows:
        return problem or f"no {fact['subject']} in the final grades"
    shown = []
    for body, subject in rows:
        periods = {p["period_id"]: p for p in body.get("periods", [])}
        for cell in subject["periods"]:
            period = periods.get(cell["period_id"], cell)
            texts = [mark.get("text") or mark.get("value") for mark in cell.get("final_marks", [])]
            shown += [(period.get("name"), text) for text in texts]
            if _period_matches(period, fact["period"]) and any(_same(text, fact["value"]) for text in texts):
                others = [text for text in texts if not _same(text, fact["value"])]
                # the cell shows the mark alone: a superseded one (a retake's, an appeal's) shown beside it fails
                return None if not others else f"shown beside {fact['value']!r}: {others}"
    return f"shown: {shown}"


def _check_no_final_mark(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    """The cell (subject, period) of the pupil's final grades shows no final mark (a removed one), or, with a
    ``value``, not that one; a subject the final grades do not list shows none."""
    rows, problem = _final_subjects(reads, ids, fact)
    if problem:
        return problem
    for body, subject in rows:
        periods = {p["period_id"]: p for p in body.get("periods", [])}
        for cell in subject["periods"]:
            if not _period_matches(periods.get(cell["period_id"], cell), fact["period"]):
                continue
            texts = [mark.get("text") or mark.get("value") for mark in cell.get("final_marks", [])]
            unwanted = [t for t in texts if "value" not in fact or _same(t, fact["value"])]
            if unwanted:
                return f"shown: {unwanted}"
    return None


def _check_vendor_average(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    rows, problem = _final_subjects(reads, ids, fact)
    if not rows:
        return problem or f"no {fact['subject']} in the final grades"
    shown = []
    for body, subject in rows:
        periods = {p["period_id"]: p for p in body.get("periods", [])}
        for average in subject.get("vendor_averages", []):
            period = periods.get(average.get("period_id") or "", {})
            shown.append((period.get("name"), average.get("value")))
            in_period = "period" not in fact or (period and _period_matches(period, fact["period"]))
            if in_period and _same(average.get("value"), fact["value"]):
                return None
    return f"shown: {shown}"


def _check_children(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    status, body = reads.children[ids.guardian(fact["guardian"])]
    if status != 200:
        return f"answered {status}"
    shown = sorted(c["student_id"] for c in body["children"])
    wanted = sorted(ids.student(c) for c in fact["children"])
    return None if shown == wanted else f"shown {shown}, expected {wanted}"


def _class_weeks(reads: Reads, ids: Ids, fact: dict[str, Any]) -> list[Any]:
    key = "group" if "group" in fact else "class"
    return reads.classes[classes_of(fact, key, reads, ids)[0]]


def _holidays_of(fact: dict[str, Any], reads: Reads, ids: Ids) -> list[dict[str, Any]]:
    """The holidays shown on the fact's date: in its student's diary, else in its class's (group's) schedule."""
    if "student" in fact:
        days, _ = _diary_days(reads, ids, fact)
        return (_day(days or [], fact["date"]) or {}).get("holidays", [])
    return [h for status, body in _class_weeks(reads, ids, fact) if status == 200 for d in body["days"]
            if d["date"] == fact["date"] for h in d.get("holidays", [])]


def _check_holiday(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    holidays = _holidays_of(fact, reads, ids)
    named = [h for h in holidays if _same(h.get("name"), fact["name"])]
    if not named:
        return f"holidays that day: {holidays}"
    return None if not fact.get("once") or len(named) == 1 else f"shown {len(named)} times: {named}"


def _check_no_holiday(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    holidays = _holidays_of(fact, reads, ids)
    named = [h for h in holidays if _same(h.get("name"), fact["name"])]
    return None if not named else f"shown: {named}"


def _periods_shown(reads: Reads, ids: Ids, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The periods the final grades show: the fact's student's when it names one, else every student's read."""
    answers = [reads.finals[ids.student(fact["student"])]] if "student" in fact else list(reads.finals.values())
    return [period for answer in answers for status, body in answer if status == 200
            for period in body.get("periods", [])]


def _check_period(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    shown = []
    for period in _periods_shown(reads, ids, fact):
        shown.append((period.get("name"), period.get("starts_on"), period.get("ends_on")))
        if _period_matches(period, fact["name"]) and (period.get("starts_on"), period.get("ends_on")) == (
                fact["starts_on"], fact["ends_on"]):
            return None
    return f"periods shown: {sorted(set(shown), key=str)}"


def _check_no_period(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    """The student's final grades show no column of that name (another class's periods are not theirs)."""
    shown = [p for p in _periods_shown(reads, ids, fact) if _period_matches(p, fact["name"])]
    return None if not shown else f"shown: {[(p.get('name'), p.get('starts_on'), p.get('ends_on')) for p in shown]}"


def _check_class_teacher(fact: dict[str, Any], reads: Reads, ids: Ids) -> str | None:
    """The class teacher the class's schedule shows in its first week answered; a fact without a date holds when
    the class of that name shows the teacher in one of the span's school years."""
    shown, key = [], "group" if "group" in fact else "class"
    for cls in classes_of(fact, key, reads, ids):
        answered = [body for status, body in reads.classes[cls] if status == 200]
        if answered:
            teacher = (answered[0].get("class") or {}).get("class_teacher") or {}
            if _same(teacher.get("name"), fact["teacher"]):
                return None
            shown.append(teacher or None)
    return f"class teacher shown: {shown}" if shown else "the class schedule answered no week"


CHECKS: dict[str, Callable[[dict[str, Any], Reads, Ids], str | None]] = {
    "lesson": _check_lesson, "no_lesson": _check_no_lesson, "mark": _check_mark, "no_mark": _check_no_mark,
    "attendance": _check_attendance, "homework": _check_homework, "no_homework": _check_no_homework,
    "final_mark": _check_final_mark, "no_final_mark": _check_no_final_mark, "vendor_average": _check_vendor_average,
    "children": _check_children, "holiday": _check_holiday, "no_holiday": _check_no_holiday, "period": _check_period, "no_period": _check_no_period,
    "class_teacher": _check_class_teacher,
}


def summary(results: list[FactResult]) -> str:
    by_kind: dict[str, list[int]] = {}
    for result in results:
        counts = by_kind.setdefault(result.fact["kind"], [0, 0])
        counts[0] += result.ok
        counts[1] += 1
    lines = [f"{sum(r.ok for r in results)} of {len(results)} facts right"]
    lines += [f"  {kind:<15} {ok}/{total}" for kind, (ok, total) in sorted(by_kind.items())]
    lines += [f"  FAIL {r.fact['id']}: {r.detail[:300]}" for r in results if not r.ok]
    return "\n".join(lines)
