"""Edu-groups and who is in them (reference 3.8): ``class.defined``, ``student.enrolled``, ``student.withdrawn``.

* A group -> ``class.defined`` (``parentIds`` -> parent_class_id, so a ``Subgroup`` is a class of its own under
  its parent; ``studyyear`` -> academic_year; ``parallel`` -> grade_level, not stated when absent) and a
  ``("group", id)`` directory entry. Its occurred_at is 1 September of its study year.
* Every pupil the vendor names as a member is enrolled, from the day ``memberships.start_of`` gives (1 September
  of the group's ``studyyear`` for a first membership; after a transfer between classes, the day after the pupil
  was last seen in the old class; never the hub's clock): the members of a group answer (``students`` /
  ``memberships``, ``POST edu-groups`` -> ``[{group, students: [{person, membershipstatus}]}]``), the persons of
  ``edu-groups/{g}/persons`` and ``edu-groups/{g}/students``, the ``students`` of ``teacher/{t}/students``. Such
  an answer waits for a group or a name it lacks (``("group", id)``, ``("person", id)``). Secondary mentions enrol
  when the hub already knows the group and the pupil's name, and are skipped otherwise: ``persons/{p}/edu-groups``
  (when p is known as a pupil), a parent's context ``children[].groupIds``, a pupil's schedules
  (``persons/{p}/groups/{g}``).
* ``membershipstatus: Archive`` enrols nobody and ends a membership the hub enrolled (``student.withdrawn``, dated
  by the answers' ``pulled_at``: ``memberships.py``), and so does a complete member list (``edu-groups/{g}/persons``,
  ``POST edu-groups``) that no longer names a pupil the hub placed in the group (``unlisted``); a group with
  ``status: Archive`` (a finished school year's class) enrols its members for its school year only: from
  1 September of its ``studyyear``, withdrawn on 1 September of the next (``memberships.archived_span``); one
  archived during its own study year (a subgroup dissolved mid-year) ends its memberships as ``Archive`` ones end
  (``memberships.ended_in_its_year``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru import shapes as s
from adapters.dnevnik_ru.addressees import PUPILS, note_pupil
from adapters.dnevnik_ru.arrival import deferred
from adapters.dnevnik_ru.common import Carried, Out, blank, each, id_list, stated, validate, vendor_id
from adapters.dnevnik_ru.local_time import start_of_day
from adapters.dnevnik_ru.memberships import (
    archived_span, close_year, end_unseen, ended_in_its_year, held, note_active, start_of, withdraw,
)
from adapters.dnevnik_ru.member_lists import note_listed
from hub.events import types as t


def edu_group(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    """A group with its members, if it lists them."""
    vid = define_group(raw, p, out, carried)
    for key in ("students", "memberships"):
        for i, member_raw in enumerate(raw.get(key) or []):
            member(member_raw, (*p, key, i), out, carried, vid)


def define_group(raw: Any, p: tuple, out: Out, carried: Carried) -> str:
    obj = validate(m.EduGroup, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    parents = id_list(obj, "parentIds")
    unstated = set()
    if not stated(raw, "parallel"):
        unstated.add("grade_level")
    if not stated(raw, "parentIds", "parentIds_str"):
        unstated.add("parent_class_id")
    out.emit(t.ClassDefined, "class.defined", {
        "class_id": out.cid("class", vid), "name": obj.name, "grade_level": obj.parallel,
        "academic_year": obj.studyyear, "parent_class_id": out.cid("class", parents[0]) if parents else None},
        start_of_day(date(obj.studyyear, 9, 1), out.ctx), f"edu-groups:{vid}", "class",
        {"name": (*p, "name")}, p, omitted=unstated)
    entry = {"name": obj.name, "academic_year": obj.studyyear, "parent": parents[0] if parents else None,
             "status": obj.status}
    out.remember("group", vid, entry)
    carried.groups[vid] = entry
    return vid


def groups(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """A list of groups (``schools/{s}/edu-groups``, ``edu-groups/{g}/parallel``...): the classes only."""
    each(body, p, lambda raw, ip, o, c: define_group(raw, ip, o, c), out, carried, "edu-groups")


def person_groups(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``persons/{p}/edu-groups[/all]``, ``persons/{p}/schools/{s}/edu-groups``: the classes, and the person
    enrolled in them when the hub knows them as a pupil (a teacher's groups are answered the same way)."""
    ids: list[str] = []
    each(body, p, lambda raw, ip, o, c: ids.append(define_group(raw, ip, o, c)), out, carried, "edu-groups")
    person = carried.params.get("person")
    if person and (out.peek("person", person) or {}).get("pupil"):
        for vid in ids:
            enrol(out, carried, person, vid, None, pointer(*p), wait=False)


def groups_with_students(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``POST edu-groups``: ``[{group, students: [{person, membershipstatus}]}]``. Each group's ``students`` is its
    whole list of members when pulled (§3.8): a pupil the hub placed there whom it does not name has left
    (``unlisted``)."""
    ids: list[str] = []
    each(body, p, lambda raw, ip, o, c: ids.append(_students_group(raw, ip, o, c)), out, carried, "groups")
    read = [[(_who(member_raw, (*p, i, "students", j), out), pointer(*p, i, "students", j))
             for j, member_raw in enumerate(wrapper.get("students") or [])] for i, wrapper in enumerate(body)]
    for ended in (True, False):  # the memberships that ended first: a switch of groups starts when one ended
        for i, (wrapper, vid) in enumerate(zip(body, ids)):
            if ended and isinstance(wrapper.get("students"), list):
                unlisted(out, carried, vid, {who[0] for who, _ in read[i]}, pointer(*p, i, "students"))
            for who, ptr in read[i]:
                if who[2] == ended:
                    _member(who, ptr, out, carried, vid)
    for vid in ids:
        note_listed(out, carried, vid)


def _students_group(raw: Any, p: tuple, out: Out, carried: Carried) -> str:
    """The group of one ``POST edu-groups`` element: defined from its object, or named by its id (``group``,
    ``group_str``) as the hub knows it (a member of an unknown group waits for it: ``enrol``)."""
    wrapper = validate(s.StudentsWrapper, raw, p)
    if isinstance(raw.get("group"), dict):
        return define_group(raw["group"], (*p, "group"), out, carried)
    return vendor_id(wrapper, "group", p, required=True, what="the group")


def member(raw: Any, p: tuple, out: Out, carried: Carried, group: str) -> None:
    """One member of ``group`` (``students`` / ``memberships``): enrolled, or ended when ``Archive``."""
    _member(_who(raw, p, out), pointer(*p), out, carried, group)


def _who(raw: Any, p: tuple, out: Out) -> tuple[str, dict[str, Any] | None, bool]:
    """A member's person id, names (None when incomplete) and whether the membership is ``Archive``."""
    obj = validate(m.Member, raw, p)
    if isinstance(raw.get("person"), dict):
        person = validate(m.Person, raw["person"], (*p, "person"))
        pid = vendor_id(person, "id", (*p, "person"), required=True, what="the person")
        names = remember_person(out, pid, person)
    else:
        pid = vendor_id(obj, "person", p) or vendor_id(obj, "id", p, required=True, what="the person")
        names = _names(obj.firstName, obj.lastName, obj.middleName) if obj.lastName else None
    return pid, names, obj.membershipstatus == "Archive"


def _member(who: tuple[str, dict[str, Any] | None, bool], ptr: str, out: Out, carried: Carried, group: str) -> None:
    """``who`` (``_who``) in ``group``: an ``Archive`` membership ends (``memberships.withdraw``, or read later in
    pull order: ``arrival.deferred``); any other enrols him (``enrol``)."""
    pid, names, archive = who
    if archive:
        if not deferred(out, carried, pid, group, "archive", carried.find(out, "group", group) or {}, None):
            withdraw(out, carried, pid, group, ptr)
    else:
        enrol(out, carried, pid, group, names, ptr, wait=True)


def unlisted(out: Out, carried: Carried, group: str, listed: set[str], ptr: str) -> None:
    """A complete list of ``group``'s members (§3.8: its members when pulled; ``note_listed``) that does not name a
    pupil the hub placed there (``addressees.note_pupil``): his membership has ended, as an ``Archive`` one does
    (``memberships.withdraw``: from the day after the last day an answer saw him there, or named him on a lesson of
    the group, up to the list's own day). Kept as an ``archive`` sighting, so that answers delivered out of pull
    order read as in it (``arrival.py``). A list that dates nothing (no ``pulled_at``, ``includeArchive=true``)
    ends nothing."""
    if carried.seen_on is None:
        return
    the_group = carried.find(out, "group", group) or {}
    for person in sorted(set(out.peek(PUPILS, group) or {}) - listed):
        if held(out, person, group) and not deferred(out, carried, person, group, "archive", the_group, None):
            withdraw(out, carried, person, group, ptr)


def group_members(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``edu-groups/{g}/persons``, ``edu-groups/{g}/students``: persons, each a member of the path's group."""
    group, listed = carried.params["group"], set()

    def one(raw: Any, ip: tuple, o: Out, c: Carried) -> None:
        person = validate(m.Person, raw, ip)
        pid = vendor_id(person, "id", ip, required=True, what="the person")
        listed.add(pid)
        enrol(o, c, pid, group, remember_person(o, pid, person), pointer(*ip), wait=True)

    each(body, p, one, out, carried, "persons")
    unlisted(out, carried, group, listed, pointer(*p))
    note_listed(out, carried, group)


def teacher_students(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``teacher/{t}/students``: ``[{id (the group), students: Person[]}]``."""
    def one(raw: Any, ip: tuple, o: Out, c: Carried) -> None:
        wrapper = validate(s.PersonsWrapper, raw, ip)
        group = vendor_id(wrapper, "id", ip, required=True, what="the group")
        for j, person_raw in enumerate(raw["students"]):
            jp = (*ip, "students", j)
            person = validate(m.Person, person_raw, jp)
            pid = vendor_id(person, "id", jp, required=True, what="the person")
            enrol(o, c, pid, group, remember_person(o, pid, person), pointer(*jp), wait=True)

    each(body, p, one, out, carried, "groups of students")


def remember_person(out: Out, pid: str, person: m.Person) -> dict[str, Any] | None:
    """Remember a person's names (and user) in the directory; their names, or None when incomplete."""
    names = _names(person.firstName, person.lastName, person.middleName)
    remember_names(out, pid, names)
    user = vendor_id(person, "userId", ())
    if user:
        out.remember("user", user, {"person": pid}, merge=True)
    return names


def remember_names(out: Out, pid: str, names: dict[str, Any] | None) -> None:
    """Merge a person's name parts into the directory. The parts and the journal's full text (``display_name``, a
    user's ``fullName``) are one name: parts that differ from the known ones drop the known full text."""
    known = out.peek("person", pid) or {}
    if names and any(known.get(key) is not None for key in names) \
            and any(known.get(key) != value for key, value in names.items()):
        out.remember("person", pid, {**known, **names, "display_name": None})
    else:
        out.remember("person", pid, names or {}, merge=True)


def _names(first: str | None, last: str | None, middle: str | None) -> dict[str, Any] | None:
    if not blank(first) or not blank(last):
        return None
    return {"first_name": first, "last_name": last, "middle_name": blank(middle)}


def enrol(out: Out, carried: Carried, person: str, group: str, names: dict[str, Any] | None, ptr: str,
          wait: bool) -> None:
    """``person`` enrolled in ``group`` from the day ``memberships.start_of`` gives (none once the membership has
    ended); with ``wait`` the answer waits for the group or the names when the hub does not know them, else the
    enrolment is skipped. A group archived during its own study year ends the membership (``withdraw``)."""
    the_group = carried.find(out, "group", group)
    known = out.peek("person", person) or {}
    names = names or (known if blank(known.get("last_name")) and blank(known.get("first_name")) else None)
    if the_group is None or names is None:
        if wait:
            out.wait("group", group, ptr) if the_group is None else out.wait("person", person, ptr)
        return
    note_pupil(out, person, group)  # whom a homework's tasks are read against (addressees.py)
    if deferred(out, carried, person, group, "active", the_group, names):  # reached late: read in pull order
        out.remember("person", person, {"pupil": True}, merge=True)
        return
    ended = ended_in_its_year(out, carried, the_group)  # archived mid-year: its memberships end (memberships.py)
    if ended and held(out, person, group):
        withdraw(out, carried, person, group, ptr)
        return
    if the_group.get("status") == "Archive" and not ended:  # a finished school year's class: for that year
        span = archived_span(out, person, group, the_group)
        start = span[0] if span else None
    else:
        span, start = None, start_of(out, carried, person, group, the_group)
    if start is None:
        return
    out.emit(t.StudentEnrolled, "student.enrolled", {
        "student_id": out.cid("person", person), "class_id": out.cid("class", group),
        "enrolled_on": start.isoformat(),
        "name": {"first_name": names["first_name"], "last_name": names["last_name"],
                 "middle_name": blank(names.get("middle_name"))}},
        start_of_day(start, out.ctx), f"edu-groups:{group}", f"student:{person}", {}, ptr)
    out.remember("person", person, {"pupil": True}, merge=True)
    if span:
        close_year(out, person, group, the_group, span, ptr)
    elif ended:
        end_unseen(out, carried, person, group, the_group, start, ptr)
    else:
        note_active(out, carried, person, group, the_group, start)

