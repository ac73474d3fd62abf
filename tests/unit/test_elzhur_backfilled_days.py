"""A pupil's own answer about days before a move the hub already holds, pulled after it (found by
``contracts/journeys/elzhur_37``): it says where he was on those days, not where he is at its pull
(``class_history.class_of_days``; reference A.2 getdiary and getmarks per pupil, A.3 Day: each day whole)."""

from __future__ import annotations

from tests.unit.test_elzhur_memberships import A, B, getdiary, getmarks, getrules, run, spans

MOVED = [getrules("8А", "2025-12-14T10:00:00+03:00"),
         getdiary("20251215-20251216", "2025-12-16T19:00:00+03:00", "20251215", "Алгебра"),
         getrules("8Б", "2026-01-11T10:00:00+03:00"),
         getdiary("20260112-20260113", "2026-01-13T19:00:00+03:00", "20260112", "Русский язык")]
STAYS = {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-17")], B: [("enrolled", "2025-12-17")]}


def classes_of_lessons(events: list) -> dict[str, str]:
    """lesson part -> the class key (no year) its ``lesson.scheduled`` files it under."""
    return {e.data["lesson_id"].rsplit(":", 1)[1]: e.data["class_id"].rsplit(":", 1)[1].rsplit("@", 1)[0]
            for e in events if e.type == "lesson.scheduled"}


def test_a_backfilled_diary_of_days_before_the_move_is_the_old_class_and_moves_no_one():
    """elzhur_37 lesson-16 .., no-lesson-01 ..: 37103's getdiary of 15-16 Dec pulled 14 Jan, after the getrules
    naming his new class, filed 7Б's December lessons under 7А."""
    backfill = getdiary("20251215-20251216", "2026-01-14T02:05:00+03:00", "20251216", "История")
    events = run([*MOVED, backfill])
    assert classes_of_lessons(events)["720251216"] == A
    assert spans(events) == STAYS


def test_a_getmarks_of_the_old_quarter_pulled_after_the_move_does_not_move_the_pupil_back():
    """elzhur_37 lesson-13, -14, -28, -30, attendance-03: 37104's getmarks of II pulled 14 Jan (marks of the old
    class's November) made her 15 Jan getdiary read as 7Б's."""
    marks = getmarks("20251105-20251228", "2026-01-14T02:10:00+03:00", ["2025-11-17"])
    today = getdiary("20260115-20260115", "2026-01-15T19:00:00+03:00", "20260115", "Физика")
    events = run([*MOVED, marks, today])
    assert classes_of_lessons(events)["720260115"] == B
    assert spans(events) == STAYS
