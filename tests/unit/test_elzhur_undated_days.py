"""Elzhur memberships of answers without ``pulled_at`` dated by the days a pupil's own diary shows
(``adapters/elzhur/memberships.py``, ``arrival.py``): never by arrival, only by what the answer itself dates."""

from __future__ import annotations

from tests.unit.test_elzhur_memberships import A, B, Directory, getrules, run, spans



def year() -> Directory:
    """A directory that knows the school year (a getperiods read before), and nothing else."""
    return Directory({("school_year", "latest"): {"year": 2025}})


def diary(days: str, lessons: dict[str, str], empty: tuple[str, ...] = ()) -> dict:
    """The pupil's own getdiary of ``days`` without ``pulled_at``: a lesson of ``subject`` on each day of
    ``lessons``, and the days ``empty`` listed with no items."""
    listed = {day: {"name": day, "items": {"1": {"num": "1", "name": subject, "lesson_id": f"7{day}"}}}
              for day, subject in lessons.items()} | {day: {"name": day, "items": {}} for day in empty}
    return {"request": f"getdiary?student=48003&days={days}", "body": {"response": {"state": 200, "result": {
        "students": {"48003": {"name": "48003", "title": "Петров Илья", "days": listed}}}}}}


def schedule(days: str, lessons: list[str]) -> dict:
    """8А's getschedule of ``days`` without ``pulled_at``: a lesson of the whole class on each day of ``lessons``."""
    return {"request": f"getschedule?class=8А&days={days}", "body": {"response": {"state": 200, "result": {
        "days": {day: {"name": day, "items": {"1": {"num": "1", "name": "Алгебра", "lesson_id": f"6{day}"}}}
                 for day in lessons}}}}}


def test_an_undated_pupils_own_diary_dates_his_move_by_the_days_it_shows_him_in_each_class():
    """Found by elzhur_51 (no-lesson-003..025): a sync job that never sends ``pulled_at``; the pupil's own getdiary
    of 8-12 Dec lists 8А's lessons, his getrules then says 8Б and his own getdiary of 15-19 Dec lists 8Б's. Both
    classes started on 1 September, so his diary showed 8А's lessons beside 8Б's. A pupil's own getdiary is his
    diary (reference A.2 getdiary by student, A.3 Day: each listed day whole, its items that day's lessons): the
    days it lists lessons of the class it is read for show him there, whatever the arrival time."""
    events = run([getrules("8А", None), diary("20251208-20251212", {"20251212": "Алгебра"}),
                  getrules("8Б", None), diary("20251215-20251219", {"20251215": "Русский язык"})], year())
    assert spans(events) == {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-13")],
                             B: [("enrolled", "2025-09-01"), ("enrolled", "2025-12-13")]}


def test_an_undated_newcomers_own_diary_dates_his_arrival_by_its_empty_school_days():
    """Found by elzhur_51 (no-lesson-026..036): a newcomer's own getdiary without ``pulled_at`` lists Mon and Tue
    with empty ``items`` while his class had lessons (its getschedule), his first lessons on Wed; he was enrolled
    from 1 September and saw the class's Monday and Tuesday. Reference A.3 Day (each listed day whole): he joined
    after the last school day his own diary shows him without lessons; no pull time is needed."""
    week = ["20251208", "20251209", "20251210", "20251211", "20251212"]
    events = run([schedule("20251208-20251212", week), getrules("8А", None),
                  diary("20251208-20251212", {day: "Алгебра" for day in week[2:]}, tuple(week[:2]))], year())
    assert spans(events) == {A: [("enrolled", "2025-09-01"), ("enrolled", "2025-12-10")]}


def test_an_undated_answer_without_lessons_still_dates_nothing():
    directory = year()
    events = run([getrules("8А", None), diary("20251208-20251212", {}, ("20251208",)), getrules("8Б", None)],
                 directory)
    assert spans(events) == {A: [("enrolled", "2025-09-01")], B: [("enrolled", "2025-09-01")]}
    assert directory.get("memberships", "48003") is None
