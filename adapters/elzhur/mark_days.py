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
  day, or at the same moment as the one that stated the mark, deletes nothing. A subject the answer does not list
  is not spoken for (the reference does not say that getmarks lists every subject of the pupil, and the elzhur_10
  and elzhur_14 corpora send answers listing some only). getdiary is complete for no such day (it lists a mark under
  its lesson's day, not its own date; its request snapshot covers its days). A failed or parked getmarks, or one
  naming no pupil, is complete for nothing (``routes.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from adapters.elzhur.absences import days_of

KIND = "subject-marks-day"


def mark_scopes(sid: str, subject_id: str, lesson_id: str | None, nm: str | None,
                own_day: str | None) -> tuple[tuple[str, str], ...]:
    """The subject day of a mark with its member key there (module docstring): none without ``lesson_id``, ``nm``
    or the mark's own ``date`` (``own_day``, ISO)."""
    if not lesson_id or not nm or not own_day:
        return ()
    return ((f"{KIND}:{sid}|{subject_id}|{own_day[:10]}", f"grade:{sid}.{lesson_id}.{nm}"),)


def complete(method: str, subjects: Iterable[tuple[str, str]], days: tuple[dt.date, dt.date] | None,
             scopes: dict[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, frozenset[str]]]:
    """The subject days a by-pupil getmarks answer is complete for (``subjects``: the (pupil, subject id) it lists),
    with the marks it holds there (``scopes``: the answer's ``Translation.scopes``); none for any other method."""
    if method != "getmarks":
        return []
    return days_of(KIND, (f"{sid}|{subject}" for sid, subject in subjects), days, scopes)
