"""The Dnevnik.ru adapter's front page: every v2 export endpoint of the reference, its parser, and whether its
answer is complete for the scope its request names.

A record is the request envelope ``{"request": "GET /v2/edu-groups/1000004500007/persons", "body": <the answer
as returned>}`` (``adapters/routing.py``; optional ``request_body``, ``pulled_at``, which dates the memberships the
answer shows (``memberships.py``) and the weight changes of a work-types answer (``lessons.work_type``) and is the
answer's ``Translation.as_of``: an answer pulled before what the hub holds changes nothing and deletes nothing,
whatever the arrival order (``hub.ingest.vendor_state``); and ``school_id`` for offline checks). The request routes
the body to its parser and gives the context the body lacks (the group of ``edu-groups/{g}/persons``, the person of
``persons/{p}/...``, the date range); see ``params.py``.

``Snapshot``: the answer is the complete set of those aggregate families over its scope (the listed parameters,
dates normalised), so what an earlier answer to the same scope held and this one lacks was deleted in the journal
(a mark retracted, a homework withdrawn, a lesson cancelled, an attendance entry back to present). Person-scoped
bundles are complete only for the person's own marks and attendance: a class's lesson or homework missing from one
pupil's schedule is not a deletion (it may say the lesson is not the whole class's: ``pupil_days.py``). A group's
final-marks answer is complete per pupil it speaks for (``final_parts.py``): a pupil who had left the group by its
pull, and whom it no longer lists, keeps her marks (one it omitted before the roster ending her membership was read
is read again by that roster: ``final_parts.settle``).

Containing scopes (``containing.py``): some answers are also complete for a scope other requests fill (a lesson's
log, a lesson's marks and those of each lesson ``POST lessons/marks`` asks for, a work's marks, a pupil's marks
of a work or a lesson, the works ``works/many`` asks for, a lesson's works, the homework a homeworks range covers: ``homework_days.py``),
so what the hub holds there and the answer lacks was deleted whichever request brought it (an absence from a
group's range, the marks of a deleted work, a homework another window brought). A group's
lessons or marks range, and a pupil's marks range, is also complete for each whole day it covers (``days.py``): a
day pulled again in another range deletes what the hub holds that day and the answer lacks. A log-entry range (the
group's, a pupil's) is complete instead for the logs of the lessons on the days it covers whole, as they are dated
now: it has no request snapshot, so a lesson moved out of the range keeps its log (``days.py``).

A feed (``users/me/feed``, ``feed.py``) is complete for nothing: it deletes nothing by omission.

``contracts/dnevnik_ru/COVERAGE.md`` lists the same rows with their golden cases and journey facts.
"""

from __future__ import annotations

from typing import Any

from adapters.base import FieldError, Translation, TranslationContext
from adapters.dnevnik_ru import bundles as b
from adapters.dnevnik_ru import arrival, bells, feed, final_parts, finals, groups, memberships, named_days, people
from adapters.dnevnik_ru import periods, school
from adapters.dnevnik_ru import shapes as s
from adapters.dnevnik_ru.attendance import attendance
from adapters.dnevnik_ru.common import Carried, Out, Reject, reject, validate
from adapters.dnevnik_ru.containing import WHOLE_MARKS, containing
from adapters.dnevnik_ru.days import SPANNED, class_days, complete_days, complete_logs, span
from adapters.dnevnik_ru.homework_days import complete_homework, span_families
from adapters.dnevnik_ru.lessons import lesson, task, work
from adapters.dnevnik_ru.local_time import zone
from adapters.dnevnik_ru.marks import grade
from adapters.dnevnik_ru.params import request_params, strip_version
from adapters.routing import Route, RouteTable, Snapshot, parse_request, pulled_at_of

GRADE, ATTENDANCE, LESSON, HOMEWORK, FINAL = "grade", "attendance", "lesson", "homework", "final_grade"
MARKS = (GRADE, FINAL)  # a marks answer is complete for its marks, period marks among them (period_marks.py)
# A marks range over dates (days.SPANNED) speaks for a period mark only by its date, through the whole days it covers
# (days.py: a period mark is filed under its own date): a final_grade keeps no date a request snapshot's span
# could test (hub.ingest.snapshots), so the snapshot would delete one re-dated out of the range (dnevnik_ru_38).
RANGE_MARKS = (GRADE,)


def snap(families: tuple[str, ...], *scope: str) -> Snapshot:
    return Snapshot(frozenset(families), tuple(scope))


def unsupported(why: str) -> Any:
    def parse(body: Any, p: tuple, out: Out, carried: Carried) -> None:
        raise reject("/request", f"the hub does not read this endpoint: {why}")
    parse.__doc__ = why
    return parse


def R(pattern: str, parse: Any, section: str, method: str = "GET", snapshot: Snapshot | None = None) -> Route:
    return Route(pattern, parse, f"dnevnik_ru {section}", method, snapshot)


ROUTES = RouteTable([
    # school, subjects, vocabularies (school.py)
    R("schools/person-schools", school.schools, "§3.10"),
    R("schools", school.schools, "§3.10"),
    R("schools/{school}", school.school, "§3.10"),
    R("schools/{school}/parameters", school.nothing_to_record, "§3.10"),
    R("schools/{school}/subjects", school.subjects, "§3.11"),
    R("edu-groups/{group}/subjects", school.subjects, "§3.11"),
    R("schools/{school}/timetables", bells.timetables, "§3.14"),
    R("edu-groups/{group}/timetables", bells.timetables, "§3.14"),
    R("marks/values", school.vocabulary, "§5"),
    R("marks/values/type/{type}", school.vocabulary, "§5"),
    R("lesson-log-entries/statuses", school.vocabulary, "§3.5, §6"),
    R("work-types/{school}", b.work_types, "§3.3"),
    # groups and members (groups.py)
    R("edu-groups", groups.groups_with_students, "§3.8, §7", "POST"),
    R("edu-groups/{group}", groups.edu_group, "§3.8"),
    R("schools/{school}/edu-groups", groups.groups, "§3.8"),
    R("edu-groups/{group}/parallel", groups.groups, "§3.8"),
    R("persons/{person}/edu-groups", groups.person_groups, "§3.8"),
    R("persons/{person}/edu-groups/all", groups.person_groups, "§3.8"),
    R("persons/{person}/schools/{school}/edu-groups", groups.person_groups, "§3.8"),
    R("persons/{person}/schools/{school}/edu-groups/teacher", groups.groups, "§3.8"),
    R("edu-groups/{group}/persons", groups.group_members, "§3.8"),
    R("edu-groups/{group}/students", groups.group_members, "§3.8"),
    R("teacher/{teacher}/students", groups.teacher_students, "§3.9"),
    # persons, users, teachers, guardians (people.py)
    R("persons/{person}", people.person, "§3.9"),
    R("users/{user}", people.user, "§3.9"),
    R("users/many", people.users, "§3.9, §7", "POST"),
    R("users/{user}/context", people.context, "§3.9"),
    R("users/{user}/relatives", people.relatives, "§3.9"),
    R("users/me/childrenrelatives", unsupported("the relatives of the children of users/me name no person the hub "
                                                "can link them to; send users/{id}/relatives"), "§3.9"),
    R("user/{user}/children", people.children_of_user, "§1, §3.9"),
    R("person/{person}/children", people.children_of_person, "§1, §3.9"),
    R("users/me/children", unsupported("it lists user ids only (no person ids, no names); send the parent's "
                                       "users/{id}/context, whose children are persons"), "§1"),
    R("users/me/classmates", unsupported("it lists user ids only; the roster comes from the group endpoints"), "§1"),
    R("users/{user}/roles", school.nothing_to_record, "§1"),
    R("schools/{school}/teachers", people.school_teachers, "§3.9 (PascalCase)"),
    R("schools/{school}/membership", people.persons, "§3.9"),
    R("edu-groups/{group}/teachers", people.group_teachers, "§3.9"),
    R("edu-groups/{group}/classteacher", people.class_teacher, "§3.9"),
    # reporting periods and holidays (periods.py)
    R("edu-groups/{group}/reporting-periods", periods.reporting_periods, "§3.12"),
    # its holidays, when it states them, are the group's whole list: a snapshot the parser sets (periods.py)
    R("edu-groups/{group}/reporting-period-group", periods.reporting_period_group, "§3.12"),
    # lessons, works, homework, tasks (lessons.py, bundles.py)
    R("lessons/many", b.lessons, "§3.4, §7", "POST"),
    R("lessons/marks", b.marks, "§3.1, §7", "POST"),  # the marks of each lesson its body names, whole (containing.py)
    R("lessons/{lesson}", b.one_or_many(lesson), "§3.4"),
    R("edu-groups/{group}/lessons/{from}/{to}", b.lessons, "§3.4",
      snapshot=snap((LESSON, HOMEWORK), "group", "from", "to")),
    R("edu-groups/{group}/subjects/{subject}/lessons/{from}/{to}", b.lessons, "§3.4",
      snapshot=snap((LESSON, HOMEWORK), "group", "subject", "from", "to")),
    R("works/many", b.works, "§3.2, §7", "POST"),
    R("works", b.works, "§3.2", snapshot=snap((HOMEWORK,), "lesson")),
    R("works/{work}", b.one_or_many(work), "§3.2"),
    R("lessons/{lesson}/works", b.works, "§3.2", snapshot=snap((HOMEWORK,), "lesson")),
    R("tasks/{task}", b.one_or_many(task), "§3.6"),
    R("lessons/{lesson}/tasks", b.tasks, "§3.6"),
    R("works/{work}/tasks", b.tasks, "§3.6"),
    R("persons/{person}/tasks", b.tasks, "§3.6"),
    R("tasks/{person}/undone", b.tasks, "§3.6, §7"),
    R("users/me/school/{school}/homeworks", b.homeworks, "§3.7",
      snapshot=snap((HOMEWORK,), "school", "from", "to")),
    R("persons/{person}/school/{school}/homeworks", b.homeworks, "§3.7"),
    R("users/me/school/homeworks", b.homeworks, "§3.7"),
    # marks (marks.py); a period mark among them is a final mark (period_marks.py)
    R("marks/{mark}", b.one_or_many(grade), "§3.1"),
    R("works/{work}/marks", b.marks, "§3.1", snapshot=snap(MARKS, "work")),  # its work's marks, whole (containing.py)
    R("works/{work}/marks/histogram", school.nothing_to_record, "§7"),
    R("lessons/{lesson}/marks", b.marks, "§3.1", snapshot=snap((GRADE,), "lesson")),  # lesson set: no period mark
    R("lessons/{date}/persons/{person}/marks", b.marks, "§3.1", snapshot=snap(MARKS, "date", "person")),
    R("persons/{person}/marks/{date}", b.marks, "§3.1", snapshot=snap(MARKS, "person", "date")),
    R("persons/{person}/works/{work}/marks", b.marks, "§3.1", snapshot=snap(MARKS, "person", "work")),
    R("persons/{person}/lessons/{lesson}/marks", b.marks, "§3.1", snapshot=snap((GRADE,), "person", "lesson")),
    R("edu-groups/{group}/marks/{from}/{to}", b.marks, "§3.1, §7",
      snapshot=snap(RANGE_MARKS, "group", "from", "to")),
    R("edu-groups/{group}/subjects/{subject}/marks/{from}/{to}", b.marks, "§3.1",
      snapshot=snap(RANGE_MARKS, "group", "subject", "from", "to")),
    R("persons/{person}/schools/{school}/marks/{from}/{to}", b.marks, "§3.1, §8.1",
      snapshot=snap(RANGE_MARKS, "person", "school", "from", "to")),
    R("persons/{person}/edu-groups/{group}/marks/{from}/{to}", b.marks, "§3.1",
      snapshot=snap(RANGE_MARKS, "person", "group", "from", "to")),
    R("persons/{person}/subjects/{subject}/marks/{from}/{to}", b.marks, "§3.1",
      snapshot=snap(RANGE_MARKS, "person", "subject", "from", "to")),
    # attendance (attendance.py)
    R("lessons/{lesson}/log-entries", b.entries, "§3.5", snapshot=snap((ATTENDANCE,), "lesson")),
    R("lesson-log-entries", b.entries, "§3.5"),
    R("lesson-log-entries/group/{group}", b.entries, "§3.5, §7, §8.3"),  # its days' lesson logs (days.py)
    R("lesson-log-entries/lesson/{lesson}/person/{person}", b.one_or_many(attendance), "§3.5"),
    R("persons/{person}/lesson-log-entries", b.person_log_entries, "§3.5"),  # the pupil's part of them (days.py)
    # bundles (bundles.py)
    R("persons/{person}/groups/{group}/schedules", b.schedules, "§0",
      snapshot=snap((GRADE, ATTENDANCE), "person", "group", "from", "to")),
    R("persons/{person}/group/{group}/recentmarks", b.recent_marks, "§0, §3.13, §7"),
    # one child's days: its marks, works and log entries as the entity endpoints' (feed.py); complete for nothing
    R("users/me/feed", feed.feed, "§0, §7, §10 items 4, 6"),
    # final marks and averages (finals.py)
    R("edu-groups/{group}/final-marks", finals.final_marks, "§3.13, §7, §8.4", snapshot=snap((FINAL,), "group")),
    R("persons/{person}/edu-groups/{group}/final-marks", finals.final_marks, "§3.13",
      snapshot=snap((FINAL,), "person", "group")),
    R("persons/{person}/edu-groups/{group}/allfinalmarks", finals.final_marks, "§3.13",
      snapshot=snap((FINAL,), "person", "group")),
    R("edu-groups/{group}/subjects/{subject}/final-marks", finals.subject_marks, "§3.13",
      snapshot=snap((FINAL,), "group", "subject")),
    R("edu-groups/{group}/avg-marks/{from}/{to}", finals.avg_marks, "§3.13, §7"),
    R("edu-groups/{group}/wa-marks/{from}/{to}", finals.wa_marks, "§3.1, §7"),
    R("edu-groups/{group}/reporting-periods/{period}/avg-marks/{date}", finals.avg_marks, "§3.13"),
    R("persons/{person}/reporting-periods/{period}/avg-mark", finals.overall_average, "§3.13"),
    R("persons/{person}/reporting-periods/{period}/subjects/{subject}/avg-mark", finals.avg_mark, "§3.13"),
])


def translate_envelope(raw: dict[str, Any], ctx: TranslationContext, school: str | None) -> Translation:
    """One answer with its request -> its parser's translation (module docstring)."""
    validate(s.DnevnikEnvelope, raw, ())
    request = parse_request(raw["request"], strip_version)
    if isinstance(request, FieldError):
        raise Reject([request])
    found = ROUTES.match(request)
    if found is None:
        raise Reject([ROUTES.unknown(request)])
    route, path = found
    params = request_params(request, path)
    if isinstance(params, FieldError):
        raise Reject([params])
    pulled = pulled_at_of(raw, "2025-12-15T07:00:00+12:00")
    if isinstance(pulled, FieldError):
        raise Reject([pulled])
    body = raw["body"]
    _refuse_vendor_errors(body)
    if school is None:
        raise reject("", "no hub school for this record: pass ?school=<hub school id> with the request "
                         "(needed when the client may write to more than one school)")
    out = Out(ctx, school)
    complete = route.snapshot is not None and GRADE in route.snapshot.families or route.pattern in WHOLE_MARKS
    # pulled_at (no offset: the school's zone) dates the memberships this answer sees and the weight changes of a
    # work-types answer (lessons.work_type), and is the answer's as_of: one pulled before what the hub holds
    # changes nothing
    pulled_at = None if pulled is None else pulled if pulled.tzinfo else pulled.replace(tzinfo=zone(ctx))
    seen = memberships.seen_on(pulled_at, request, route.pattern, params, ctx)
    carried = Carried(params=dict(params), seen_on=seen, complete_marks=complete, pulled_at=pulled_at,
                      class_days=class_days(route.pattern, request, path, zone(ctx)))
    route.parse(body, ("body",), out, carried)
    if carried.named and not out.missing:
        named_days.settle(out, carried)  # the days it names pupils in groups: an Archive membership's end
    if carried.sighted and not out.missing:
        arrival.settle(out, carried)  # a pupil's memberships read as in pull order, whatever the arrival order
    if carried.sighted and not out.missing:
        final_parts.settle(out, carried)  # a group's final marks that omitted a pupil who had left: not deleted
    snapshot = None if route.snapshot is None else (route.scope_key(request, params), route.snapshot.families)
    parts = final_parts.parts(route.pattern, snapshot and snapshot[0], out, carried)  # a group's finals: per pupil
    snapshot = None if parts is None else snapshot
    out.contains = containing(route.pattern, params, raw.get("request_body"), out, carried) + complete_days(
        route.pattern, request, path, params, zone(ctx), out) + complete_logs(
        route.pattern, request, path, params, out, zone(ctx)) + complete_homework(
        route.pattern, request, path, out, carried, zone(ctx))
    translation = out.translation(snapshot)
    translation.snapshot_parts = parts or {}
    translation.as_of = pulled_at  # the latest pull wins, whatever the arrival order (hub.ingest.vendor_state)
    translation.snapshot_span = span(route.pattern, request, path, zone(ctx))  # its omission holds only within
    translation.snapshot_span_families = span_families(  # for the families the range selects by date
        route.pattern, SPANNED.get(route.pattern), request, path, out, carried, zone(ctx))
    return translation


def _refuse_vendor_errors(body: Any) -> None:
    if isinstance(body, dict) and {"type", "description"} <= body.keys() and body.keys() <= {
            "type", "description", "details", "code"}:
        error = validate(s.VendorError, body, ("body",))
        raise reject("/body", f"the vendor answered an error ({error.type}: {error.description or ''}); nothing "
                              "was read from it")
