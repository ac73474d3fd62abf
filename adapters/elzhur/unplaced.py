"""A pupil's class in a school year no answer named it for: last year's days backfilled a year late (reference A.1
``days``; A.3 getrules names this year's class only, A.3 Day names none; ``contracts/journeys/elzhur_31``).

A getrules names the class of the school year it was pulled in (``roster.py``, ``class_history.rules_class``). A
pupil's own answer without ``class=`` pulled in another school year than the one its days are of (last year's days
backfilled) does not take another year's getrules class: it is read for the class of its year the hub holds him in
(``class_history.year_end_class``), else for the class the hub holds the answer's lessons in (``lesson_class``: a
lesson id a class answer ``class=`` of that year, or a pupil's own answer read for a named class, listed), else the
hub does not know it. Such an answer also makes known a pupil no getrules names (one who left: A.3 has no other
trace of him), as it names him (``students{<id>: {name, title}}``, A.1; his name from ``title``, as getrules'
``title`` gives one); an answer about the year it was pulled in still waits for his getrules (a newcomer's parent's
getrules comes).

* **A class of unknown name.** The canonical model has no lesson, homework or holiday without a class and shows a
  pupil only his classes' (``projections.diary_reads``), so the least wrong reading is a class of that school year
  the hub names for him, «Класс не назван (<pupil>)» (``<its name key>@<year>``): he is enrolled in it from 1
  September, and his answer's lessons, homework, holidays and subgroups are filed there, so he sees his own days.
  It is a guess: the answer states no ``class_id`` (``Translation.omitted``), so a lesson or task the hub holds
  keeps its class and only one new to the hub takes this one.
* **Classmates.** A pupil whose answer lists a lesson the hub holds in such a class is in that class (the same
  lessons, the same class), and so are his later answers of that year.
* **Named later.** An answer that knows the class (``class=``; a pupil's own answer read for a named class) listing
  a lesson the hub holds in such a class names it: each of its pupils is enrolled in the named class
  (``roster.enrol``, dated by ``memberships``) and in the subgroups of it his answers showed him in
  (``class_groups.group``, from the first day shown), and his later answers of that year are read for the named class.
  The unnamed class keeps him and the lessons only guesses filed there (he sees both).

Directory: ``("unplaced", "<class key>@<year>")`` -> ``{"name", "named", "members": {pupil: {"name", "groups":
{"<subject key>.<grp key>": {"label", "grp", "first"}}}}}``; ``("unplaced_pupil", "<pupil>@<year>")`` -> ``{"class"}``;
``("unplaced_year", "<year>")`` -> ``{"open": [class names not named yet]}``; ``("lesson_class", "<lesson id>")``
-> ``{"class", "year", "guess"}`` (only answers about a year they were not pulled in, or a year with an unnamed
class, write them: a school's current answers pay no lookup).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from adapters.elzhur import class_history, memberships
from adapters.elzhur.common import Builder, entries
from adapters.elzhur.ids import name_key
from adapters.elzhur.roster import enrol

LABEL = "Класс не назван"
GROUP, PUPIL, YEAR, LESSON = "unplaced", "unplaced_pupil", "unplaced_year", "lesson_class"
GroupEnrolment = Callable[..., Any]  # ``class_groups.group``


def _get(b: Builder, kind: str, key: str) -> dict[str, Any]:
    """A directory entry as this answer leaves it (its own latest entry first), or {}."""
    for found, vendor, data in reversed(b.out.directory_entries):
        if found == kind and vendor == key:
            return dict(data)
    return dict(b.ctx.directory.get(kind, key) or {})


def _key(class_name: str, year: int) -> str:
    return f"{name_key(class_name)}@{year}"


def lesson_parts(days: dict[str, Any]) -> list[str]:
    """The lesson ids of the whole class (no ``grp``, not extra-curricular) an answer's days list."""
    return [item.lesson_id for day in days.values() for _, item in entries(day.items)
            if item.lesson_id and not (item.grp or "").strip()]


def is_backfill(b: Builder, year: int) -> bool:
    """Whether an answer about school year ``year`` keeps and reads the classes of lessons (module docstring): it
    was pulled in another school year, or that year has a class of unknown name."""
    return class_history.pulled_in_another_year(b, year) or bool(_get(b, YEAR, str(year)).get("open"))


def read_for(b: Builder, sid: str, year: int, named: str | None, rules: str | None,
             parts: list[str]) -> tuple[str, bool]:
    """The class a pupil's own answer about school year ``year`` is read for, and whether it is only a guess: the
    request's ``named`` class; else ``rules``, his getrules class when it is that year's
    (``class_history.rules_class``), as of the answer's pull (``class_history.class_when_pulled``); else the class
    of that year the hub holds him in, or that he ended it in (``class_history.year_end_class``); else
    ``class_of`` (``parts``: the lesson ids the answer lists)."""
    if named or rules:
        return named or class_history.class_when_pulled(b, sid, year, rules), False
    held = class_history.year_end_class(b, sid, year)
    if held:
        return held, False
    found, is_named = class_of(b, sid, year, parts)
    return found, not is_named


def class_of(b: Builder, sid: str, year: int, parts: list[str]) -> tuple[str, bool]:
    """The class a pupil's own answer of ``year`` that names none is read for, and whether it is a named one: the
    class the hub holds one of its lessons in, else his class of unknown name (his own, a classmate's: the module
    docstring), as named since if it was, else a new one of his."""
    held = [found for found in (_get(b, LESSON, part) for part in parts) if found.get("year") == year]
    named = next((found["class"] for found in held if not found.get("guess")), None)
    if named:
        return named, True
    guess = _get(b, PUPIL, f"{sid}@{year}").get("class") or next((found["class"] for found in held), None)
    if guess is None:
        return f"{LABEL} ({sid})", False
    since = _get(b, GROUP, _key(guess, year)).get("named")
    return (since, True) if since else (guess, False)


def join(b: Builder, sid: str, class_name: str, name: dict[str, Any], year: int, where: tuple[Any, ...]) -> None:
    """``sid`` (named ``name``) enrolled from 1 September of ``year`` in the class of unknown name ``class_name``,
    which is defined (no level: nothing names it)."""
    key, start = _key(class_name, year), dt.date(year, 9, 1)
    b.emit("class.defined", f"class:{key}", "class", {"class_id": b.class_id(class_name, year), "name": class_name,
                                                       "grade_level": None, "academic_year": year}, b.at(start), where)
    b.names[sid] = name
    memberships.emit_enrolment(b, sid, class_name, year, start, where)
    group = _get(b, GROUP, key) or {"name": class_name, "named": None, "members": {}}
    if sid not in group["members"]:
        group["members"] = {**group["members"], sid: {"name": name, "groups": {}}}
        b.out.directory_entries.append((GROUP, key, group))
    b.out.directory_entries.append((PUPIL, f"{sid}@{year}", {"class": class_name}))
    still = _get(b, YEAR, str(year)).get("open") or []
    if class_name not in still:
        b.out.directory_entries.append((YEAR, str(year), {"open": [*still, class_name]}))


def note_group(b: Builder, sid: str, class_name: str, year: int, part: str, grp_key: str, label: str,
               date: dt.date) -> None:
    """Remember that ``sid``'s answer showed him in the subgroup ``part`` (``<subject key>.<grp key>``, labelled
    ``label``) of the class of unknown name ``class_name`` on ``date`` (the earliest day shown is kept)."""
    key = _key(class_name, year)
    group = _get(b, GROUP, key)
    member = dict(group.get("members", {}).get(sid) or {})
    there = (member.get("groups") or {}).get(part)
    if not member or there and there["first"] <= date.isoformat():
        return
    member["groups"] = {**member["groups"], part: {"label": label, "grp": grp_key, "first": date.isoformat()}}
    b.out.directory_entries.append((GROUP, key, {**group, "members": {**group["members"], sid: member}}))


def note_lessons(b: Builder, class_name: str, year: int, parts: list[str], guess: bool) -> None:
    """Remember the class of ``year`` the lessons ``parts`` are of: a named class replaces a guess (the latest
    named is kept); a guess is kept only for a lesson the hub holds no class of."""
    for part in parts:
        if guess and _get(b, LESSON, part).get("year") == year:
            continue
        b.out.directory_entries.append((LESSON, part, {"class": class_name, "year": year, "guess": guess}))


def name_classes(b: Builder, class_name: str, year: int, parts: list[str], where: tuple[Any, ...],
                 enrol_group: GroupEnrolment) -> None:
    """An answer that reads the lessons ``parts`` for the named class ``class_name`` of ``year`` names each class
    of unknown name the hub holds one of them in (module docstring): its pupils are enrolled in ``class_name`` and
    its subgroups they were shown in."""
    guesses = dict.fromkeys(found["class"] for found in (_get(b, LESSON, part) for part in parts)
                            if found.get("guess") and found.get("year") == year)
    for guess in guesses:
        key = _key(guess, year)
        group = _get(b, GROUP, key)
        if not group or group.get("named"):
            continue
        b.out.directory_entries.append((GROUP, key, {**group, "named": class_name}))
        still = [open_one for open_one in _get(b, YEAR, str(year)).get("open") or [] if open_one != guess]
        b.out.directory_entries.append((YEAR, str(year), {"open": still}))
        for sid, member in group["members"].items():
            enrol(b, sid, class_name, member["name"], year, where)
            for part, shown in sorted(member["groups"].items()):
                enrol_group(b, sid, class_name, part, shown["label"], dt.date.fromisoformat(shown["first"]), where,
                            grp_key=shown["grp"])
