"""Persons, users, teachers and guardians (reference 1 "User vs Person", 3.9).

* Persons and users -> ``("person", id)`` directory entries (names; a user's ``fullName``; ``pupil`` when its
  roles say ``EduStudent``; ``teacher`` once a teacher answer or a lesson named the person) and ``("user", id)`` ->
  its person. A user whose roles are staff roles (``EduStaff``, ``OrganizationStaff``,
  ``EduSchoolAdministrator``) -> ``teacher.defined`` with ``display_name`` = ``fullName``. A person is one
  entity: ``persons/{p}`` (or a list of persons) of a person the directory knows as a teacher -> its
  ``teacher.defined`` too (a lesson's teacher named before: ``lessons.assign_subject_teacher`` names her from the
  directory).
* Teachers -> ``teacher.defined`` (the person id; name parts): ``edu-groups/{g}/teachers``, ``edu-groups/{g}/classteacher`` (also
  ``teacher.assigned`` class teacher of the path's group), ``schools/{s}/teachers`` in PascalCase (``Id``,
  ``IdStr``, ``FirstName``...), a schedules day's ``teachers[].person``, a homework bundle's ``teachers``.
  The parts and the journal's full text are one name: an answer stating parts without a full text (a Person, the
  PascalCase list, a user without ``fullName``) states ``display_name`` too, as the known full text when the
  directory holds it for the same parts, else null, so the latest pull wins for the whole name (an older
  ``fullName`` of another surname stops showing; a newer one shows; an older answer delivered late changes nothing).
* Guardians -> ``guardian.linked`` (relation parent) whose ``guardian_id`` is the parent's **person** id:
  ``users/{u}/context`` (``personId`` and each of ``children[].personId``: twins are two links; the children are
  also enrolled in their ``groupIds`` when the hub knows those groups), ``users/{u}/relatives`` (a relative of
  ``type`` Child / Son / Daughter is u's child; Parent / Mother / Father / Guardian is u's guardian; other types
  link nothing; u's person comes from the directory, else the answer waits for ``("user", u)``),
  ``user/{u}/children`` and ``person/{p}/children`` (person objects). The guardian's name is stated only when
  known (the directory's names of that person, or the relative's own). A context or children answer that states
  the list (a context's ``children`` present as an array, an empty one too; a children endpoint's array) is the
  parent's whole list (a snapshot scoped to the parent's person, whichever of the three endpoints gave it;
  ``hub.ingest.snapshots``): a child an earlier list held and this one lacks is unlinked (``guardian.unlinked``),
  so an empty list unlinks every child the earlier one held (``dnevnik_ru_40`` children-02: a parent who lost
  access). A context without ``children`` (absent or null) and a relatives answer state no list and unlink nothing.
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru import shapes as s
from adapters.dnevnik_ru.common import Carried, Out, blank, each, reject, stated, validate, vendor_id
from adapters.dnevnik_ru.groups import define_group, enrol, remember_names, remember_person
from hub.events import types as t

STAFF_ROLES = frozenset({"EduStaff", "OrganizationStaff", "EduSchoolAdministrator"})
CHILD_TYPES = ("child", "son", "daughter")
GUARDIAN_TYPES = ("parent", "mother", "father", "guardian", "representative")


def person(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    """A Person: its names; a person known as a teacher is named as one (module docstring)."""
    obj = validate(m.Person, raw, p)
    pid = vendor_id(obj, "id", p, required=True, what="the person id")
    if (out.peek("person", pid) or {}).get("teacher"):
        define_teacher(out, pid, obj.firstName, obj.lastName, obj.middleName, None, p)
    remember_person(out, pid, obj)


def persons(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, person, out, carried, "persons")


def user(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.User, raw, p)
    pid = vendor_id(obj, "personId", p, required=True, what="the person id")
    uid = vendor_id(obj, "id", p)
    if uid:
        out.remember("user", uid, {"person": pid}, merge=True)
    roles = set(obj.roles or [])
    if roles & STAFF_ROLES:
        define_teacher(out, pid, obj.firstName, obj.lastName, obj.middleName, obj.fullName, p,
                       full_stated=stated(raw, "fullName"))
    names = {"first_name": blank(obj.firstName), "last_name": blank(obj.lastName),
             "middle_name": blank(obj.middleName)}
    remember_names(out, pid, names if names["first_name"] and names["last_name"] else None)
    out.remember("person", pid, {**names, "display_name": blank(obj.fullName),
                                 "pupil": True if "EduStudent" in roles else None}, merge=True)


def users(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, user, out, carried, "users")


def define_teacher(out: Out, pid: str, first: str | None, last: str | None, middle: str | None,
                   full: str | None, p: tuple, full_stated: bool = False) -> None:
    """teacher.defined: the name parts when both first and last are given, ``display_name`` = the journal's full
    text (``fullName``) when the answer states one, else, with parts, ``known_full_text``; what it does not state
    stays as another answer gave it. Call it before the answer's names are remembered."""
    parts = {"first_name": first, "last_name": last, "middle_name": blank(middle)} \
        if blank(first) and blank(last) else None
    display = blank(full) if full_stated or parts is None else known_full_text(out, pid, parts)
    out.remember("person", pid, {"teacher": True}, merge=True)
    if parts is None and display is None:
        return
    out.emit(t.TeacherDefined, "teacher.defined", {"teacher_id": out.cid("person", pid), "name": parts,
                                                    "display_name": display},
             out.ctx.recorded_at, f"teacher:{pid}", "teacher", {}, p,
             omitted=(() if parts else ("name",)) + (() if full_stated or parts else ("display_name",)))


def known_full_text(out: Out, pid: str, parts: dict[str, Any]) -> str | None:
    """The full text the directory holds for the person when it is of the same name parts (the directory's, or,
    without them, its text read as "Last First Middle"), else None: parts of another name end an older full text."""
    known = out.peek("person", pid) or {}
    full = blank(known.get("display_name"))
    if full is None:
        return None
    if known.get("last_name") is None and known.get("first_name") is None:
        text = " ".join(v for v in (parts["last_name"], parts["first_name"], parts["middle_name"]) if v)
        return full if " ".join(full.split()) == text else None
    same = all(blank(known.get(key)) == blank(value) for key, value in parts.items())
    return full if same else None


def teacher_person(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Person, raw, p)
    pid = vendor_id(obj, "id", p, required=True, what="the teacher's person id")
    define_teacher(out, pid, obj.firstName, obj.lastName, obj.middleName, None, p)
    remember_person(out, pid, obj)


def group_teachers(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, teacher_person, out, carried, "teachers")


def class_teacher(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``edu-groups/{g}/classteacher``: a Person (or a list of them) -> teacher.defined and the class teacher."""
    group = carried.params["group"]
    items = body if isinstance(body, list) else [body]
    for i, raw in enumerate(items):
        ip = (*p, i) if isinstance(body, list) else p
        teacher_person(raw, ip, out, carried)
        pid = vendor_id(validate(m.Person, raw, ip), "id", ip, required=True)
        out.emit(t.TeacherAssigned, "teacher.assigned", {
            "teacher_id": out.cid("person", pid), "role": "class_teacher", "class_id": out.cid("class", group),
            "subject_id": None}, out.ctx.recorded_at, f"teacher:{pid}:{group}:class", "assignment", {}, ip)


def school_teachers(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``schools/{s}/teachers`` in PascalCase."""
    def one(raw: Any, ip: tuple, o: Out, c: Carried) -> None:
        obj = validate(s.SchoolTeacher, raw, ip)
        pid = vendor_id(obj, "Id", ip, required=True, what="the teacher's person id (Id or IdStr)")
        define_teacher(o, pid, obj.FirstName, obj.LastName, obj.MiddleName, None, ip)
        if blank(obj.FirstName) and blank(obj.LastName):
            remember_names(o, pid, {"first_name": obj.FirstName, "last_name": obj.LastName,
                                    "middle_name": blank(obj.MiddleName)})

    each(body, p, one, out, carried, "teachers")


# --- guardians ----------------------------------------------------------------------------------------------------

def link(out: Out, guardian: str, child: str, p: tuple, name: dict[str, Any] | None = None) -> None:
    """guardian.linked of the guardian's person and the child's person; the name when known, else not stated."""
    known = out.peek("person", guardian) or {}
    name = name or ({"first_name": known["first_name"], "last_name": known["last_name"],
                     "middle_name": known.get("middle_name")}
                    if blank(known.get("first_name")) and blank(known.get("last_name")) else None)
    out.emit(t.GuardianLinked, "guardian.linked", {
        "guardian_id": out.cid("person", guardian), "student_id": out.cid("person", child), "relation": "parent",
        "name": name}, out.ctx.recorded_at, f"guardian:{guardian}:{child}", "guardian", {}, p,
        omitted=() if name else ("name",))


def children_listed(out: Out, parent: str) -> None:
    """The answer is the parent's whole list of children, an empty one too (module docstring); call it only for
    an answer that states the list."""
    out.snapshot = (f"children|person={parent}", frozenset({"guardian"}))


def context(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(s.UserContext, body, p)
    pid = vendor_id(obj, "personId", p, required=True, what="the user's person id")
    uid = vendor_id(obj, "userId", p) or (carried.params.get("user") if carried.params.get("user") != "me" else None)
    if uid:
        out.remember("user", uid, {"person": pid}, merge=True)
    for i, group_raw in enumerate(body.get("eduGroups") or []):
        gid = define_group(group_raw, (*p, "eduGroups", i), out, carried)
        if "EduStudent" in (obj.roles or []):
            enrol(out, carried, pid, gid, None, pointer(*p, "eduGroups", i), wait=False)
    for i, child in enumerate(obj.children or []):
        cp = (*p, "children", i)
        child_id = vendor_id(child, "personId", cp, required=True, what="the child's person id")
        names = {"first_name": child.firstName, "last_name": child.lastName, "middle_name": blank(child.middleName)}
        complete = blank(child.firstName) and blank(child.lastName)
        out.remember("person", child_id, {**(names if complete else {}), "pupil": True}, merge=True)
        link(out, pid, child_id, cp)
        groups = child.groupIds_str or [str(g) for g in child.groupIds or []]
        for group in groups:
            enrol(out, carried, child_id, str(int(group)), names if complete else None, pointer(*cp), wait=False)
    if isinstance(body.get("children"), list):  # the list stated (absent or null: the answer says nothing of it)
        children_listed(out, pid)


def _person_of_user(out: Out, carried: Carried, p: tuple) -> str | None:
    user_id = carried.params.get("user")
    if user_id is None or user_id == "me":
        raise reject("/request", "the person of users/me is not known to the hub: ask users/{id}/... with the "
                                 "user's id (its context names its person)")
    found = out.lookup("user", user_id, "/request")
    return None if found is None else found.get("person")


def relatives(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    me = _person_of_user(out, carried, p)

    def one(raw: Any, ip: tuple, o: Out, c: Carried) -> None:
        obj = validate(s.Relative, raw, ip)
        other = vendor_id(obj.person, "id", (*ip, "person"), required=True, what="the relative's person id")
        names = remember_person(o, other, obj.person)
        kind = (obj.type or "").lower()
        if me is None:
            return
        if any(word in kind for word in CHILD_TYPES):
            link(o, me, other, ip)
        elif any(word in kind for word in GUARDIAN_TYPES):
            link(o, other, me, ip, names)

    each(body, p, one, out, carried, "relatives")


def children_of_user(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``user/{u}/children``: person objects of u's children."""
    parent = _person_of_user(out, carried, p)
    _children(body, p, out, carried, parent)


def children_of_person(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``person/{p}/children``: person objects of p's children."""
    _children(body, p, out, carried, carried.params["person"])


def _children(body: Any, p: tuple, out: Out, carried: Carried, parent: str | None) -> None:
    def one(raw: Any, ip: tuple, o: Out, c: Carried) -> None:
        obj = validate(m.Person, raw, ip)
        child = vendor_id(obj, "id", ip, required=True, what="the child's person id")
        remember_person(o, child, obj)
        o.remember("person", child, {"pupil": True}, merge=True)
        if parent is not None:
            link(o, parent, child, ip)

    each(body, p, one, out, carried, "persons")
    if parent is not None:
        children_listed(out, parent)
