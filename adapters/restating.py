"""A pupil's stays read again in pull order and restated where they differ (vendor-neutral; used by
``adapters/dnevnik_ru/arrival.py`` and ``adapters/elzhur/reread.py``).

What the hub holds of a (pupil, group) is the **steps** it was stated in: the enrolments and withdrawals appended,
in order, as the roster projection replays them (``projections/roster_stays.py``; an event equal to the group's
last step is a re-send the hub does not append). ``stays`` gives the stays those steps hold; ``restate`` the steps
that turn the stays the hub holds into those of a re-read in pull order, from the first stay that differs: a
withdrawal on the end of the stays they share (which drops the days out held after it), then each stay's
enrolment and end (from scratch: a withdrawal on the first start held, then the stays).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

Stays = list[tuple[date, date | None]]
Step = Callable[[str, date], None]


def steps_of(events: Iterable[Any], student_id: str, steps: dict[str, list],
             group_of: Callable[[str], str]) -> dict[str, list]:
    """``steps`` followed by the enrolments and withdrawals of ``student_id`` in ``events`` (keyed by
    ``group_of(class_id)``; one equal to its group's last step is a re-send the hub does not append)."""
    for event in events:
        if event.type in ("student.enrolled", "student.withdrawn") and event.data["student_id"] == student_id:
            step = (event.type.split(".")[1], event.data.get("enrolled_on") or event.data["withdrawn_on"])
            its = steps.setdefault(group_of(event.data["class_id"]), [])
            if not its or tuple(its[-1]) != step:
                its.append(step)
    return steps


def stays(steps: list) -> Stays:
    """The stays (first day, first day out or None) the roster projection holds after ``steps``."""
    from projections.roster_stays import replay
    if not steps:
        return []
    (start, end, _), gaps = replay((None, None, None), [(kind, date.fromisoformat(day), None)
                                                        for kind, day in steps])
    if start is None:
        return []
    found: Stays = [(start, end)] if end is None or start < end else []
    for left, back in gaps:  # each gap takes its days out of the stays it meets
        cut: Stays = []
        for first, out_on in found:
            if left > first:
                cut.append((first, left if out_on is None else min(left, out_on)))
            if out_on is None or back < out_on:
                cut.append((max(back, first), out_on))
        found = [(first, out_on) for first, out_on in cut if out_on is None or first < out_on]
    return found


def restate(held: Stays, target: Stays, its: list, emit: Step) -> None:
    """Call ``emit(kind, day)`` for each step that turns the stays ``held`` into ``target`` (module docstring);
    ``its``: the group's steps, extended with those emitted."""
    if held == target or not target and not held:
        return
    same = 0
    while same < min(len(held), len(target)) and held[same] == target[same]:
        same += 1

    def step(kind: str, on: date) -> None:
        emit(kind, on)
        if not its or tuple(its[-1]) != (kind, on.isoformat()):
            its.append((kind, on.isoformat()))

    rest = target[same:]
    if same < len(held) and rest and held[same][0] == rest[0][0]:  # the same start, another end
        start, end = rest.pop(0)
        old = held[same][1]
        if old is not None and (end is None or old < end) and same + 1 < len(held):
            step("withdrawn", old)  # out from its old end on: the days out held after it are dropped
            step("enrolled", old)  # ... and back that day (no day out)
        if end is not None:
            step("withdrawn", end)
    elif same:
        step("withdrawn", held[same - 1][1])  # type: ignore[arg-type]  # a shared stay before a change is closed
    elif len(held) == 1 and rest and (held[0][1] is None or rest[0][0] < held[0][1]) and (
            not its or first_start(its) == held[0][0]):
        pass  # one stay: its enrolment restates its start (not after days out the row holds before it: from scratch)
    elif its:  # from scratch: out from the row's first start on drops every day out it held
        step("withdrawn", first_start(its))
    for start, end in rest:
        step("enrolled", start)
        if end is not None:
            step("withdrawn", end)


def first_start(steps: list) -> date:
    """The row's first start after ``steps`` (``enrolled_on``: the first stay's, whatever the gaps)."""
    from projections.roster_stays import replay
    (start, _, _), _ = replay((None, None, None), [(kind, date.fromisoformat(day), None) for kind, day in steps])
    return start or date.fromisoformat(steps[0][1])
