"""Whether a pupil had left a group by an answer's pull, and the final marks an omission deleted because she had
(reference §3.8, §3.13; used by ``final_parts.py``; found by dnevnik_ru_39 and dnevnik_ru_82).

§3.8 gives a membership a status (``Active``, ``Archive``) and no dates, so ``memberships.py`` dates one by the pulls:
an ``Archive`` answer ends it on the day after the last answer that saw it active (``until``, the first day out;
later when an answer names the pupil on a lesson of the group, ``named_days.py``). A pupil **had left** the group by
a pull (``had_left``) when the hub holds that end on or before the pull's day, or on the next day only because the
last answer that saw the membership active was pulled earlier that same day (``seen``, ``seen_at``): she left
between that answer and the ``Archive`` one, and a group's final marks pulled in between that no longer list her say
she was gone by then (§3.13: an entry per pupil, group and period; found by dnevnik_ru_82, final-mark-027..052:
his mother's job saw him in the class at 19:51, the group's final marks of 20:03 no longer list him, the roster of
20:10 shows him ``Archive``). An undated answer sees no one leave.

An answer read before the one that shows the pupil gone spoke for her and its omission deleted her marks
(``final_parts.py`` keeps that omission's pull per part scope, and the marks the part held, ``HELD``). Read again by
the answer that ends her membership (``reinstate``, from ``final_parts.settle``): when she had left by the omission's
pull, it was her leaving, not a deletion, and the marks stand again as the hub holds them, as of that pull (a
``Restatement`` of the marks themselves, ``hub.ingest.restatements``): a mark a later pull deleted or changed stays as
that pull left it. One pulled while she was still a member (before an answer that saw her active) was a deletion and
stays one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from adapters.base import Restatement
from adapters.dnevnik_ru.common import Out
from adapters.dnevnik_ru.local_time import zone
from adapters.dnevnik_ru.memberships import remembered

HELD = "finals_held"  # per part (<scope>|person=<p>): {"marks": [mark ids]}, what the last answer listing her held
DAY = timedelta(days=1)


def had_left(out: Out, person: str, group: str, pulled: datetime | None) -> bool:
    """Whether the hub holds ``person``'s membership of ``group`` as ended by ``pulled`` (module docstring)."""
    mine = remembered(out, person).get(group) or {}
    if pulled is None or not mine.get("until"):
        return False
    day, end = pulled.astimezone(zone(out.ctx)).date(), date.fromisoformat(mine["until"])
    if end <= day:
        return True
    seen_at = mine.get("seen_at")
    return (end == day + DAY and mine.get("seen") == day.isoformat() and seen_at is not None
            and datetime.fromisoformat(seen_at) < pulled)


def reinstate(out: Out, person: str, group: str, omitted: dict[str, str]) -> None:
    """For each part scope whose answer omitted ``person`` at a pull (``omitted``) she had left the group by, her
    marks the part held stand again as of that pull (module docstring)."""
    for scope, at in sorted(omitted.items()):
        when = datetime.fromisoformat(at)
        marks = (out.peek(HELD, f"{scope}|person={person}") or {}).get("marks") or []
        if marks and had_left(out, person, group, when):
            # hub.ingest.revisions.aggregate_of names a final mark so
            aggregates = tuple(f"final_grade:{out.cid('mark', mark)}" for mark in marks)
            out.restated.append(Restatement("", {}, when, as_of=when, aggregates=aggregates))
