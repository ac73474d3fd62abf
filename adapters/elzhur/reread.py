"""A pupil's memberships read the same whatever the order his answers arrive in (the design of
``adapters/dnevnik_ru/arrival.py``; principle 7, the latest pull wins).

Every dated answer that speaks of a pupil's classes or groups (a getrules listing him, or one of a parent who
listed him before; his own getdiary, getschedule, getmarks, gethomework: any answer whose translation enrols or
withdraws him, or writes his class entries) is kept as a **sighting**, the envelope as it came. What the hub holds
of each (pupil, group) is kept as the **steps** it was stated in (``adapters/restating.py``).

* An answer pulled no earlier than every sighting the hub has of the pupil is read as it comes
  (``memberships.py``, ``subgroups.py``, ``dropouts.py``): its events are his next steps.
* One pulled before a sighting the hub has (delivered late) is read as it comes too (the patches of those modules
  stay: their events are kept), and then his memberships are read again from all his sightings in pull order in a
  scratch translation with the same code, over a directory without his entries (nor any parent's latest list);
  the stays that differ from what the hub holds after this answer are restated (``restating.restate``, from the
  first stay that differs), each event as of the latest pull of his sightings; and his entries become the
  scratch's (so later answers go on from pull order).
* An answer that tells the hub a class had lessons on days it did not know (``arrival.note_class_lesson``: the
  class's getschedule delivered after a newcomer's empty days) re-reads every pupil a diary of that class showed.

The directory keeps each sighting once, by the hash of its content (``("arrival_envelope", hash)`` -> the
envelope), and references to them: ``("arrival_seen", pupil)`` -> ``{"seen": [[pulled_at or null, hash], ...],
"steps": {class id: [[kind, day], ...]}}``, ``("arrival_parent", parent)`` -> ``{"seen": [[pulled_at, hash],
...]}`` and ``("arrival_class", class key)`` -> ``{"pupils": [...]}``: an answer adds one envelope and a reference
per pupil it speaks of, and only a re-read loads the envelopes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from typing import Any

from adapters import restating
from adapters.elzhur import dropouts, group_days, group_stays, subgroups
from adapters.elzhur.arrival import KIND as LESSONS
from adapters.elzhur.class_history import KIND as CLASSES
from adapters.elzhur.common import Builder
from adapters.elzhur.ids import name_key

KIND, BY_CLASS, PARENT, ENVELOPE = "arrival_seen", "arrival_class", "arrival_parent", "arrival_envelope"
# a pupil's entries the re-read rebuilds
OWN = (CLASSES, subgroups.KIND, dropouts.GROUPS, dropouts.PARENTS, KIND, group_days.KIND)
TYPES = ("student.enrolled", "student.withdrawn")


class _Scratch:
    """The re-read's directory: what its own answers registered, else the answer's and the hub's, less the pupil's
    entries (``OWN``) and every parent's latest list."""

    rereading = True  # its translations state no group's stays from his days (``group_stays.py``)

    def __init__(self, b: Builder, sid: str) -> None:
        self.b, self.sid, self.own = b, sid, {}

    def get(self, kind: str, vendor: str) -> Any:
        if (kind, str(vendor)) in self.own:
            return self.own[kind, str(vendor)]
        if kind in (dropouts.CHILDREN, KIND, PARENT, ENVELOPE) or kind in OWN and str(vendor) == self.sid:
            return None
        for k, v, data in reversed(self.b.out.directory_entries):
            if k == kind and v == str(vendor):
                return data
        return self.b.ctx.directory.get(kind, vendor)


def _get(b: Builder, kind: str, vendor: str) -> Any:
    for k, v, data in reversed(b.out.directory_entries):
        if k == kind and v == vendor:
            return data
    return b.ctx.directory.get(kind, vendor)


def _pupils(b: Builder) -> list[str]:
    """The pupils this answer speaks of (module docstring), in order."""
    found: dict[str, None] = {}
    prefix = b.id("student", "")
    for event in b.out.events:
        if event.type in TYPES and event.data["student_id"].startswith(prefix):
            found[event.data["student_id"][len(prefix):]] = None
    for kind, vendor, _ in b.out.directory_entries:
        if kind in (CLASSES, subgroups.KIND, dropouts.GROUPS, dropouts.PARENTS):
            found[vendor] = None
    if b.method == "getrules" and _parent(b):
        for sid in (b.ctx.directory.get(dropouts.CHILDREN, _parent(b)) or {}).get("children") or ():
            found[str(sid)] = None
    return list(found)


def _pull(raw: dict[str, Any], tz: Any = dt.timezone.utc) -> dt.datetime | None:
    """An envelope's ``pulled_at`` (one without an offset is the school's local time, ``tz``), or None."""
    text = raw.get("pulled_at")
    try:
        pulled = dt.datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None
    return pulled.replace(tzinfo=tz) if pulled is not None and pulled.tzinfo is None else pulled


def settle(b: Builder, raw: dict[str, Any], translate: Any) -> None:
    """Once the answer is read (module docstring); ``translate(raw, ctx)``: the envelope's translation."""
    if isinstance(b.ctx.directory, _Scratch):
        return
    pulled = b.req.pulled_at
    if pulled is not None and pulled.tzinfo is None:
        pulled = pulled.replace(tzinfo=b.tz)
    forced, speaks, parents = _newly_taught(b), _pupils(b), _parents(b, raw)
    this = _kept(b, raw) if speaks else None
    for sid in dict.fromkeys([*speaks, *forced]):
        held = _get(b, KIND, sid) or {"seen": [], "steps": {}}
        seen = _union(held["seen"], parents if sid in speaks else [])
        late = sid in forced or pulled is not None and any(
            (_when(at, b.tz) or pulled) > pulled for at, _ in seen)
        if sid in speaks:
            seen = _union(seen, [this])
        steps = {group: [tuple(s) for s in its] for group, its in held["steps"].items()}
        steps = restating.steps_of(b.out.events, b.id("student", sid), steps, str)
        if late:
            _reread(b, sid, seen, steps, translate)
        b.out.directory_entries.append((KIND, sid, {"seen": seen, "steps": {
            group: [list(s) for s in its] for group, its in steps.items()}}))
        if b.req.class_name and b.method in ("getdiary", "getschedule") and b.req.student == sid:
            _index(b, sid)


def _parents(b: Builder, raw: dict[str, Any]) -> list[dict[str, Any]]:
    """A parent's getrules kept so far (``("arrival_parent", parent)``), this one with them: each is a sighting
    of every pupil any of them lists (a drop is the lack of a pupil another of them listed)."""
    if b.method != "getrules" or b.req.pulled_at is None:
        return []
    parent = _parent(b)
    if not parent:
        return []
    kept = _union((_get(b, PARENT, parent) or {}).get("seen") or [], [_kept(b, raw)])
    b.out.directory_entries.append((PARENT, parent, {"seen": kept}))
    return kept


def _kept(b: Builder, raw: dict[str, Any]) -> list[Any]:
    """The reference ``[pulled_at, hash]`` to the envelope, kept once by its hash (module docstring)."""
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True, default=str).encode()).hexdigest()[:32]
    if _get(b, ENVELOPE, digest) is None:
        b.out.directory_entries.append((ENVELOPE, digest, raw))
    pulled = raw.get("pulled_at")
    return [pulled if isinstance(pulled, str) else None, digest]


def _when(text: str | None, tz: Any) -> dt.datetime | None:
    """A kept reference's ``pulled_at`` (one without an offset is the school's local time), or None."""
    return _pull({"pulled_at": text}, tz)


def _parent(b: Builder) -> str:
    response = b.raw.get("response") if isinstance(b.raw.get("response"), dict) else {}
    result = response.get("result") or {}
    return str(result.get("id") or "") if isinstance(result, dict) else ""


def _union(seen: list, more: list) -> list:
    """References to sightings, each once (by its envelope's hash)."""
    keys = {digest for _, digest in seen}
    found = [list(one) for one in seen]
    for pulled, digest in more:
        if digest not in keys:
            keys.add(digest)
            found.append([pulled, digest])
    return found


def _index(b: Builder, sid: str) -> None:
    key = name_key(b.req.class_name)
    pupils = (_get(b, BY_CLASS, key) or {}).get("pupils") or []
    if sid not in pupils:
        b.out.directory_entries.append((BY_CLASS, key, {"pupils": [*pupils, sid]}))


def _newly_taught(b: Builder) -> list[str]:
    """The pupils whose diaries of a class this answer newly tells had lessons on a day (module docstring)."""
    found: list[str] = []
    for kind, vendor, _ in list(b.out.directory_entries):
        if kind == LESSONS and b.ctx.directory.get(kind, vendor) is None:
            for sid in (_get(b, BY_CLASS, vendor.rsplit("@", 1)[0]) or {}).get("pupils") or ():
                if sid not in found and sid != b.req.student:
                    found.append(sid)
    return found


def _reread(b: Builder, sid: str, seen: list, steps: dict[str, list], translate: Any) -> None:
    """``sid``'s sightings read again in pull order, and the stays that differ restated (module docstring)."""
    envelopes = [_get(b, ENVELOPE, digest) for _, digest in seen]
    scratch = _Scratch(b, sid)
    ctx = replace(b.ctx, directory=scratch)
    pulls = [_when(at, b.tz) for at, _ in seen]
    order = sorted(range(len(seen)), key=lambda i: (pulls[i] is not None, pulls[i] or 0, i))
    events: list = []
    for i in (i for i in order if envelopes[i] is not None):
        translation = translate(envelopes[i], ctx)
        if translation.errors or translation.missing:
            continue
        events += translation.events
        scratch.own.update({(k, str(v)): d for k, v, d in translation.directory_entries})
    student = b.id("student", sid)
    target = {g: restating.stays(its) for g, its in restating.steps_of(events, student, {}, str).items()}
    # his groups as his latest answer of each day lists them (his days as read in pull order)
    target.update(group_stays.targets(b, sid, scratch.own.get((group_days.KIND, sid)), target))
    names = [e.data.get("name") for e in events if e.type == "student.enrolled" and e.data["student_id"] == student]
    name = b.names.get(sid) or next((n for n in reversed(names) if n), None)
    as_of = max((p for p in pulls if p is not None), default=None)
    for group in sorted(target.keys() | steps.keys()):
        def emit(kind: str, on: dt.date, group: str = group) -> None:
            record = f"restated:{sid}:{group.rsplit(':', 1)[1]}:{kind}:{on.isoformat()}"
            data = {"student_id": student, "class_id": group}
            if kind == "enrolled":
                if not name:
                    return
                data |= {"name": name, "enrolled_on": on.isoformat()}
            else:
                data |= {"withdrawn_on": on.isoformat(), "reason": "restated: his answers read in pull order"}
            before = len(b.out.events)
            b.emit(f"student.{kind}", record, "enrolment" if kind == "enrolled" else "withdrawal", data, b.at(on), ())
            if as_of is not None and len(b.out.events) > before:
                b.out.event_as_of[b.out.events[-1].event_id] = as_of
        restating.restate(restating.stays(steps.get(group, [])), target.get(group, []), steps.setdefault(group, []),
                          emit)
    b.out.directory_entries[:] = [(k, v, d) for k, v, d in b.out.directory_entries if not (k in OWN and v == sid)]
    for (kind, vendor), data in scratch.own.items():
        if kind in OWN and vendor == sid:
            b.out.directory_entries.append((kind, vendor, data))
