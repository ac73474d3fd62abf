"""A pupil's stays in each of his groups (a ``grp`` subgroup, siblings too; an extra-curricular group), per day, as
his own dated answers list them (reference A.2 getdiary by ``student``: his own diary; A.1 ``days`` and A.3 Day:
each listed day whole, the later pull of a day wins; A.3 Lesson item ``grp``). Found by
``contracts/journeys/elzhur_72``: a subgroup switch and return, an elective joined mid-week and left the next week,
a trial in another class and the return.

``group_days.note`` keeps, per day his answers speak for, the groups his latest answer of the day lists, and the
days the hub knows a lesson of each group on (any answer listed one). Per group of his school year
(``group_days.evidence``), a day is:

* **in** the group: his latest answer of the day lists an item of it;
* **out** of it: that answer holds none of the group's lessons that day (no vacation alert; other lessons, none, or
  a day of its range it does not list: no lesson of his, A.1 ``days``, A.3 Day), and the hub knows a lesson of the
  group that day (a day the group has no lesson says nothing of it);
* **aside**: it lists a sibling subgroup of the same subject (a switch, ``subgroups.py``).

The day he leaves the group's class (his stays in it as the hub holds them) is an aside day too: a group of the class
he left is his after it only on the days his answers show him in it (a group of his old class he keeps,
``contracts/journeys/elzhur_58``), and after a return to the class from the first day they show him in it. A day no
answer of his covers, or that says nothing of the group, keeps the nearest evidence: a stay in the group starts the
day after the last out-day before its first in-day (on the in-day itself after an aside day; with neither before
it, at the start of his stay in the class that holds that in-day), and ends on the first out or aside day after its
last in-day (none: open). A group can have several stays (he leaves and comes back). A group no day shows him in
(answers that speak for no day of his placed him there) keeps what the hub holds up to its first out-day.

What the hub holds of each of his groups is the steps it was stated in (``reread.py``'s ``("arrival_seen", pupil)``
and this answer's events so far, ``adapters/restating.py``); the steps that turn those stays into his days' are
emitted (``restating.restate``: from the first stay that differs), as of the latest pull among his days
(``group_days.event_as_of``). An older answer delivered late, whose own steps the hub may hold as stale, restates a
group whole when it matters (``_whole``). A re-read in pull order (``reread.py``) rebuilds his days and takes these
stays for the groups they speak of (``targets``); its scratch translations state none. No read per record: the
directory entries are the batch's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters import restating
from adapters.elzhur import group_days
from adapters.elzhur.common import Builder
from adapters.elzhur.shared_lessons import get, name_of

DAY = dt.timedelta(days=1)
Stays = list[tuple[dt.date, dt.date | None]]
HELD = "arrival_seen"  # reread.KIND: the pupil's steps per group, as the hub holds them


def restate(b: Builder, sid: str, where: tuple[Any, ...]) -> None:
    """After a pupil's own dated days are read: the steps that make the hub hold his stays in each of his groups as
    his days show them (module docstring)."""
    if getattr(b.ctx.directory, "rereading", False) or not group_days.notes(b) or not (name := name_of(b, sid)):
        return
    record, student = group_days.record_of(b, sid), b.id("student", sid)
    known = (get(b, HELD, sid) or {}).get("steps") or {}
    held = {group: [tuple(step) for step in its] for group, its in known.items()}
    held_stays = {group: restating.stays(its) for group, its in held.items()}  # before this answer's steps
    steps = restating.steps_of(b.out.events, student, held, str)
    unsure = _older_steps(b, student, record)
    for class_id, target in targets(b, sid, record, {g: restating.stays(its) for g, its in steps.items()}).items():
        part, year = group_days.split(class_id.rsplit(":", 1)[1])
        count = iter(range(1000))

        def emit(kind: str, on: dt.date, part: str = part, year: int = year, class_id: str = class_id) -> None:
            data = {"student_id": student, "class_id": class_id}
            data |= ({"name": name, "enrolled_on": on.isoformat()} if kind == "enrolled" else
                     {"withdrawn_on": on.isoformat(), "reason": f"not in his own diary of {on.isoformat()}"})
            before = len(b.out.events)
            b.emit(f"student.{kind}", f"stays:{sid}:{part}:{year}:{next(count)}:{kind}:{on.isoformat()}",
                   "enrolment" if kind == "enrolled" else "withdrawal", data, b.at(on), where)
            group_days.event_as_of(b, record, before)

        its = steps.setdefault(class_id, [])
        if class_id in unsure:  # its own steps may change nothing: whichever the hub holds, restated whole
            if target != restating.stays(its) or target != held_stays.get(class_id, []):
                _whole(dt.date(year, 9, 1), target, its, emit)
        else:
            restating.restate(restating.stays(its), target, its, emit)


def _older_steps(b: Builder, student: str, record: dict[str, Any]) -> set[str]:
    """The groups this answer emitted a step of ``student`` in as of an earlier pull than the latest of his days:
    the hub may hold a later one (then the step changes nothing), so what it holds is not known for sure."""
    latest = max((dt.datetime.fromisoformat(seen["at"]) for seen in record["days"].values()), default=None)
    pulled = b.req.pulled_at if b.req.pulled_at and b.req.pulled_at.tzinfo else None
    if latest is None or pulled is None:
        return set()
    return {event.data["class_id"] for event in b.out.events
            if event.type in ("student.enrolled", "student.withdrawn") and event.data["student_id"] == student
            and b.out.event_as_of.get(event.event_id, pulled) < latest}


def _whole(first: dt.date, target: Stays, its: list, emit: Any) -> None:
    """The steps that make the row hold ``target`` whatever it held (``projections.roster_stays``): in and out on
    ``first`` (1 September: every earlier stay and day out dropped), then each stay's start and end."""
    for kind, on in [("enrolled", first), ("withdrawn", first),
                     *[step for start, end in target
                       for step in [("enrolled", start)] + ([("withdrawn", end)] if end else [])]]:
        emit(kind, on)
        its.append((kind, on.isoformat()))


def targets(b: Builder, sid: str, record: dict[str, Any] | None = None,
            held: dict[str, Stays] | None = None) -> dict[str, Stays]:
    """His stays in each group his days say something of, by the group's class id (module docstring); ``held``: the
    stays the hub holds, by class id, which a group no day of his shows him in keeps up to its first out-day."""
    record = record if record is not None else group_days.record_of(b, sid)
    found = {}
    for key in sorted(record["groups"]):
        part, year = group_days.split(key)
        class_id = b.group_id(part, year)
        class_stays = (held or {}).get(b.group_id(part.split(".", 1)[0], year)) or [(dt.date(year, 9, 1), None)]
        stays = stays_of(record, b, key, (held or {}).get(class_id, []), class_stays)
        if stays is not None:
            found[class_id] = stays
    return found


def stays_of(record: dict[str, Any], b: Builder, key: str, held: Stays, class_stays: Stays) -> Stays | None:
    """His stays in the group ``key`` (``<part>@<year>``) as his days show them, within his stays in its class
    (``class_stays``, as the hub holds them), or None when no day of his says anything of it (module docstring). A
    group his days only show him out of (answers that speak for no day of his placed him in it: pulled before he was
    first seen in the class) keeps ``held`` up to the first out-day."""
    evidence = group_days.evidence(b, record, key)
    if not evidence:
        return None
    if not any(state == "in" for _, state in evidence):
        out = evidence[0][0]
        return [(start, out if end is None or end > out else end) for start, end in held if start < out]
    marks = sorted([(out, 0, "aside") for _, out in class_stays if out is not None]  # he left the class
                   + [(day, 1, state) for day, state in evidence])
    first_in = next(day for day, state in evidence if state == "in")
    begun = [first for first, out in class_stays if first <= first_in and (out is None or first_in < out)]
    return _merged(_runs([(day, state) for day, _, state in marks], begun[0] if begun else first_in))


def _runs(evidence: list[tuple[dt.date, str]], first: dt.date) -> Stays:
    """The stays ``evidence`` shows: the first from ``first`` when no day before its first in-day shows him out, each
    from the day after the last out-day before it, or from its first in-day after an aside day (a sibling listed, or
    he left the class: back in it, he is in a group again from the first day shown in it)."""
    stays: Stays = []
    start: dt.date | None = None
    last: tuple[dt.date, str] | None = None  # the last day out of it (or aside) before a day in it
    for day, state in evidence:
        if state == "in" and start is None:
            start = first if last is None else last[0] + DAY if last[1] == "out" else day
        elif state != "in":
            if start is not None:
                stays.append((start, day))
                start = None
            last = (day, state)
    if start is not None:
        stays.append((start, None))
    return stays


def _merged(stays: Stays) -> Stays:
    """``stays`` with one that starts the day the one before ends joined to it (no day out between them)."""
    found: Stays = []
    for start, end in stays:
        if found and found[-1][1] is not None and found[-1][1] >= start:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found
