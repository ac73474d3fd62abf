"""A pupil's marks of a subject per day of their own date, whichever method brought them (reference A.2 getmarks,
A.3 SubjectMarks and Assessment, A.1 ``days``; found by ``contracts/journeys/elzhur_33``).

A getmarks answer lists a pupil's marks per subject (A.3 SubjectMarks: ``name``, ``marks[]``), each mark with its own
``date`` and no lesson day, selected by that date within ``days`` (A.1; the elzhur_16 corpus): a subject it lists is,
for each whole day of its range, the pupil's whole list of that subject's marks dated that day. getdiary lists the
same marks (one id ``<pupil>.<lesson_id>.<nm>`` in both methods, A.3) under their lessons' days. A request snapshot
(``routes.py``) compares an answer only with an earlier answer to the same request, so a mark a getdiary brought
would survive a later getmarks that lacks it (the teacher deleted it). Instead each pupil's subject's day is a
containing scope (``hub.ingest.containing``), as a pupil's absences of a day are (``absences.py``):

* a mark with that shared id (``lesson_id`` and ``nm``), from either method, is filed under
  ``subject-marks-day:<pupil>|<subject id>|<YYYY-MM-DD>`` of its subject (the diary lesson's or the getmarks entry's
  ``name``) and its own ``date`` as ``grade:<pupil>.<lesson_id>.<nm>``: a diary mark by its assessment's ``date``,
  whatever day lists it. A diary mark without a ``date`` of its own joins no day (which day getmarks lists it under
  is not known), nor does a mark without ``lesson_id`` or ``nm`` (its fallback ids differ between the methods and
  between ranges, ``grades.py``);
* a by-pupil getmarks with ``days`` of at most ``absences.MAX_DAYS`` days is complete for each day of the range for
  each subject it lists for each pupil (``complete``), marks or none: a mark the hub holds there and the answer lacks
  is retracted (``grade.retracted``), as of the answer's pull: an answer pulled before the last one complete for the
  day, or at the same moment as the one that stated the mark, deletes nothing. getdiary is complete for no such day
  (it lists a mark under its lesson's day, not its own date; its request snapshot covers its days). A failed or
  parked getmarks, or one naming no pupil, is complete for nothing (``routes.py``);
* a subject the answer does not list is spoken for only on the days an earlier getmarks of the pupil listed it
  (``listed_before``; found by ``contracts/journeys/elzhur_44`` no-mark-006: a mark the school moved to another
  pupil, after which her quarter getmarks lists no История at all): the later answer is complete for it on each
  day of its range such an answer covered, holding none of its marks, so what that subject had there is retracted
  (same rules as above). A subject no getmarks of the pupil listed is not spoken for (the reference does not say
  that getmarks lists every subject of the pupil, and the elzhur_10 and elzhur_14 corpora send answers listing some
  only). The directory remembers, per pupil, the days each subject was listed over (``LISTED``: one read and at most
  one entry per pupil of the answer).
"""

from __future__ import annotations

import datetime as dt

from adapters.elzhur.absences import days_of, spoken_days
from adapters.elzhur.common import Builder

KIND = "subject-marks-day"
LISTED = "getmarks_subjects"  # (LISTED, pupil) -> {"subjects": {subject id: [[first, last], ...]}}


def mark_scopes(sid: str, subject_id: str, lesson_id: str | None, nm: str | None,
                own_day: str | None) -> tuple[tuple[str, str], ...]:
    """The subject day of a mark with its member key there (module docstring): none without ``lesson_id``, ``nm``
    or the mark's own ``date`` (``own_day``, ISO)."""
    if not lesson_id or not nm or not own_day:
        return ()
    return ((f"{KIND}:{sid}|{subject_id}|{own_day[:10]}", f"grade:{sid}.{lesson_id}.{nm}"),)


def complete(b: Builder, scopes: dict[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, frozenset[str]]]:
    """The subject days a by-pupil getmarks answer (its ``Builder``) is complete for, with the marks it holds there
    (``scopes``: the answer's ``Translation.scopes``): each subject it lists (``b.subjects``) on each day of its
    range, and each subject an earlier getmarks of the pupil listed and this one does not on the days of its range
    that one covered, holding none (module docstring); what it lists is remembered. None for any other method, or
    for a range that speaks for no day."""
    days = b.req.days
    if b.method != "getmarks" or days is None or not spoken_days(days):
        return []
    lists = {sid: {subject for pupil, subject in b.subjects if pupil == sid} for sid in sorted(b.pupils)}
    found = days_of(KIND, (f"{sid}|{subject}" for sid, subjects in lists.items() for subject in subjects), days,
                    scopes)
    for sid, subjects in lists.items():
        before = listed_before(b, sid)
        found += [(f"{KIND}:{sid}|{subject}|{day}", frozenset()) for subject, spans in sorted(before.items())
                  if subject not in subjects for day in _covered(spans, days)]
        _remember(b, sid, before, subjects, days)
    return found


def listed_before(b: Builder, sid: str) -> dict[str, list[list[str]]]:
    """Per subject id an earlier getmarks of ``sid`` listed, the ranges of days (ISO, first and last, merged) it was
    listed over: the directory's ``(LISTED, sid)`` (one read)."""
    return {subject: [list(span) for span in spans]
            for subject, spans in ((b.ctx.directory.get(LISTED, sid) or {}).get("subjects") or {}).items()}


def _remember(b: Builder, sid: str, before: dict[str, list[list[str]]], subjects: set[str],
              days: tuple[dt.date, dt.date]) -> None:
    """The directory entry with the answer's ``days`` added to each subject it lists (written only when it grows)."""
    first, last = days[0].isoformat(), days[1].isoformat()
    after = {**before, **{subject: _merged([*before.get(subject, []), [first, last]]) for subject in subjects}}
    if after != before:
        b.out.directory_entries.append((LISTED, sid, {"subjects": after}))


def _merged(spans: list[list[str]]) -> list[list[str]]:
    """Ranges of ISO days, sorted, with those that overlap or touch joined."""
    out: list[list[str]] = []
    for first, last in sorted(spans):
        if out and dt.date.fromisoformat(first) <= dt.date.fromisoformat(out[-1][1]) + dt.timedelta(days=1):
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return out


def _covered(spans: list[list[str]], days: tuple[dt.date, dt.date]) -> list[str]:
    """The ISO days of ``days`` within any of ``spans``, in order."""
    return [day for day in (d.isoformat() for d in spoken_days(days)) if any(a <= day <= b for a, b in spans)]
