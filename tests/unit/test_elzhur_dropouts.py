"""Elzhur pupils every parent dropped (``adapters/elzhur/dropouts.py``): a pupil whom each parent linked to him no
longer lists in the latest getrules (A.3 ``relations.students``, the only signal of a pupil who left) and whom no
answer pulled after that shows has left his class, its subgroups and his own groups from the day after an answer
last showed him; an answer pulled later that shows him is a return. Found by ``contracts/journeys/elzhur_26``
(Зайцев, dropped in November, back in January)."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import name_key

NAMES = {"48101": ("Зайцев", "Артём"), "48102": ("Зайцева", "Ксения"), "48103": ("Миронов", "Глеб")}
A, B = name_key("8А"), name_key("8Б")
EN1 = f"{A}.{name_key('Английский язык')}.{name_key('1 группа')}"
CHESS = f"{A}.extday.{name_key('Шахматы')}"


class Directory:
    def __init__(self, entries=None):
        self.entries = dict(entries or {})

    def get(self, kind, vendor_id):
        return self.entries.get((kind, str(vendor_id)))


def rules(parent: str, children: dict[str, str], pulled_at: str) -> dict:
    """A parent's getrules listing ``children`` (pupil -> class)."""
    students = {sid: {"name": sid, "lastname": NAMES[sid][0], "firstname": NAMES[sid][1], "class": class_name}
                for sid, class_name in children.items()}
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "result": {
        "roles": ["parent"], "id": parent, "name": parent, "title": "Зайцева Ольга Ивановна",
        "relations": {"students": students, "groups": {}}}}}}


def own_rules(sid: str, class_name: str, pulled_at: str) -> dict:
    """A pupil's own getrules (no parent links him)."""
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "result": {
        "roles": ["student"], "id": sid, "name": sid, "lastname": NAMES[sid][0], "firstname": NAMES[sid][1],
        "relations": {"groups": {class_name: {"rel": "homeclass"}}}}}}}


def diary(sid: str, days: str, pulled_at: str, extday: bool = False) -> dict:
    """``sid``'s own getdiary in 8А: on the range's first day, Алгебра and English in 1 группа (and chess club)."""
    day = days[:8]
    items = {"1": {"num": "1", "name": "Алгебра", "lesson_id": f"1{day}"},
             "2": {"num": "2", "name": "Английский язык", "grp": "1 группа", "lesson_id": f"2{day}"}}
    found = {"name": day, "items": items} | ({"items_extday": [{"name": "Шахматы", "num": "8"}]} if extday else {})
    return {"request": f"getdiary?student={sid}&class=8А&days={days}", "pulled_at": pulled_at, "body": {
        "response": {"state": 200, "result": {"students": {sid: {"name": sid, "days": {day: found}}}}}}}


def translate(record: dict, directory: Directory, clock: dt.datetime | None = None):
    ctx = TranslationContext("test", clock or dt.datetime(2026, 2, 1, tzinfo=dt.timezone.utc), school_id="sch-1",
                             timezone="Europe/Moscow", directory=directory)
    outcome = ADAPTER.translate(record, ctx)
    assert not outcome.errors and not outcome.missing, (outcome.errors, outcome.missing)
    directory.entries.update({(k, str(v)): dict(d) for k, v, d in outcome.directory_entries})
    return outcome


def run(records: list[dict], clock: dt.datetime | None = None) -> list:
    """Translate ``records`` in order as the hub would, the directory carrying what each answer registered."""
    directory = Directory()
    return [e for record in records for e in translate(record, directory, clock).events]


def spans(events: list, sid: str = "48101") -> dict[str, list[tuple[str, str]]]:
    """group key -> [("enrolled", day) / ("withdrawn", day)] of ``sid`` in event order; an event stated again with
    the same data (the hub appends nothing) is not repeated."""
    found: dict[str, list[tuple[str, str]]] = {}
    stated = set()
    for e in events:
        if (e.event_id, str(e.data)) in stated or e.type not in ("student.enrolled", "student.withdrawn"):
            continue
        stated.add((e.event_id, str(e.data)))
        if e.data["student_id"].endswith(f":{sid}"):
            step = ("enrolled", e.data["enrolled_on"]) if e.type == "student.enrolled" else (
                "withdrawn", e.data["withdrawn_on"])
            found.setdefault(e.data["class_id"].rsplit(":", 1)[1].rsplit("@", 1)[0], []).append(step)
    return found


BOTH = rules("62101", {"48101": "8А", "48102": "8Б"}, "2025-09-12T18:00:00+03:00")
SEPTEMBER = diary("48101", "20250915-20250916", "2025-09-19T19:00:00+03:00")
OCTOBER = diary("48101", "20251013-20251014", "2025-10-17T19:00:00+03:00", extday=True)
DROPS = rules("62101", {"48102": "8Б"}, "2025-11-07T18:00:00+03:00")
BACK = rules("62101", {"48101": "8А", "48102": "8Б"}, "2026-01-16T18:00:00+03:00")
JANUARY = diary("48101", "20260119-20260120", "2026-01-23T19:00:00+03:00")
LEFT = {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-10-15")],
        EN1: [("enrolled", "2025-09-01"), ("withdrawn", "2025-10-15")],
        CHESS: [("enrolled", "2025-09-01"), ("withdrawn", "2025-10-15")]}


@pytest.mark.parametrize("clock", [dt.datetime(2026, 2, 1, tzinfo=dt.timezone.utc),
                                   dt.datetime(2027, 2, 1, tzinfo=dt.timezone.utc)])
def test_a_pupil_every_parent_dropped_leaves_his_class_and_groups_the_day_after_an_answer_last_showed_him(clock):
    events = run([BOTH, SEPTEMBER, OCTOBER, DROPS], clock)
    assert spans(events) == LEFT  # last shown on 10-14 (the October diary's range, pulled 10-17)
    assert spans(events, "48102") == {B: [("enrolled", "2025-09-01")]}  # his sister stays
    withdrawn = next(e for e in events if e.type == "student.withdrawn" and e.data["class_id"].endswith(f"{A}@2025"))
    assert withdrawn.occurred_at == dt.datetime(2025, 10, 15, tzinfo=withdrawn.occurred_at.tzinfo)


def test_no_withdrawal_while_a_parent_still_lists_him_for_an_empty_list_or_a_pupil_no_parent_linked():
    other = rules("62102", {"48101": "8А"}, "2025-09-13T18:00:00+03:00")
    assert spans(run([BOTH, other, OCTOBER, DROPS])) == {A: [("enrolled", "2025-09-01")],
                                                         EN1: [("enrolled", "2025-09-01")],
                                                         CHESS: [("enrolled", "2025-09-01")]}
    also_drops = rules("62102", {"48102": "8Б"}, "2025-11-08T18:00:00+03:00")
    assert spans(run([BOTH, other, OCTOBER, DROPS, also_drops])) == LEFT
    empty = rules("62101", {}, "2025-11-07T18:00:00+03:00")
    assert spans(run([BOTH, OCTOBER, empty]))[A] == [("enrolled", "2025-09-01")]
    alone = [own_rules("48103", "8А", "2025-09-12T18:00:00+03:00"), rules("62101", {"48102": "8Б"},
                                                                         "2025-11-07T18:00:00+03:00")]
    assert spans(run(alone), "48103") == {A: [("enrolled", "2025-09-01")]}


def test_an_answer_pulled_after_the_drop_that_shows_him_is_a_return_from_the_first_day_it_shows_him():
    events = run([BOTH, SEPTEMBER, OCTOBER, DROPS, BACK, JANUARY])
    assert spans(events) == {A: [*LEFT[A], ("enrolled", "2026-01-16")], EN1: [*LEFT[EN1], ("enrolled", "2026-01-19")],
                             CHESS: LEFT[CHESS]}
    alone = run([BOTH, SEPTEMBER, OCTOBER, DROPS, JANUARY])  # his own diary alone brings him back
    assert spans(alone)[A] == [*LEFT[A], ("enrolled", "2026-01-19")]
    elsewhere = run([BOTH, SEPTEMBER, OCTOBER, DROPS, rules("62101", {"48101": "8Б", "48102": "8Б"},
                                                              "2026-01-16T18:00:00+03:00")])
    assert spans(elsewhere)[B] == [("enrolled", "2026-01-16")]  # back in another class: from the day shown there


def test_pull_order_decides_whatever_the_arrival_order():
    """The October diary (pulled 10-17) delivered after the November drop moves the withdrawal to the day after
    its range, as of the drop's pull (which the hub holds the withdrawal as of); a diary pulled after the drop
    and delivered before it reads as in pull order (``reread.py``): he left after September and is back from
    01-19 (it used to keep him in the class all year, which pull order does not)."""
    directory = Directory()
    for record in (BOTH, SEPTEMBER, DROPS):
        translate(record, directory)
    late = translate(OCTOBER, directory)
    events = run([BOTH, SEPTEMBER, DROPS]) + late.events
    moved = {key: [steps[0], ("withdrawn", "2025-09-17"), ("withdrawn", "2025-10-15")] for key, steps in LEFT.items()
             if key != CHESS}
    assert spans(events) == moved | {CHESS: [("enrolled", "2025-09-01"), ("withdrawn", "2025-10-15")]}
    drop_at = dt.datetime.fromisoformat("2025-11-07T18:00:00+03:00")
    for e in late.events:
        if e.type == "student.withdrawn":
            assert late.event_as_of[e.event_id] == drop_at
    assert spans(run([BOTH, SEPTEMBER, JANUARY, DROPS]))[A] == [
        ("enrolled", "2025-09-01"), ("withdrawn", "2025-09-17"), ("enrolled", "2026-01-19")]
    assert spans(run([BOTH, SEPTEMBER, DROPS, JANUARY]))[A] == spans(run([BOTH, SEPTEMBER, JANUARY, DROPS]))[A]
