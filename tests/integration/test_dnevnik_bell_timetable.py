"""A Dnevnik.ru lesson that states no end time (the entity shape of a group's lesson range, §3.4: ``number`` and a
start ``date``, no ``hours``) takes it from the bell timetable (§3.14, ``edu-groups/{g}/timetables``, else
``schools/{s}/timetables``): its number's ``Finish``, and its ``Start`` when the lesson states no start time; an item
with ``DaysOfWeek`` only on its days; a lesson stating its own ``hours`` keeps them; a timetable delivered after the
lessons fills them too, as of its ``pulled_at`` (``adapters/dnevnik_ru/bells.py``; found by journey dnevnik_ru_22,
lesson-06..11); a subgroup's lessons take its class's timetable when the subgroup has none of its own (journey
dnevnik_ru_31, lesson-06...66: a sync job pulls bells once per class). And ``persons/{p}/reporting-periods/{rp}/avg-mark`` (§3.13, one string over all subjects) is
accepted, recording nothing, counted with its pointer. The world is ``tests/dnevnik_world.py``'s (lesson number 1 on
Monday 2025-10-13 at 08:30)."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import SCHOOL_VENDOR, World, env, ids
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send
from tests.integration.test_dnevnik_weight_change import SCHOOL

WEEK, LATER = "2025-10-18T20:00:00+05:00", "2025-10-19T09:00:00+05:00"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def bells(finish: str = "09:15", days: list[str] | None = None, start: str = "08:30") -> list[dict[str, Any]]:
    return [{"Name": "Основное расписание звонков", "Start": "2025-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": 1000006100001, "Start": start, "Finish": finish, "Name": "1 урок", "Type": "Lesson",
                        "DaysOfWeek": WEEKDAYS if days is None else days, "LessonNumber": 1},
                       {"Id": 1000006100002, "Start": "09:25", "Finish": "10:10", "Name": "2 урок",
                        "Type": "Lesson", "DaysOfWeek": WEEKDAYS, "LessonNumber": 2}]}]


def group_bells(w: World, **kw: Any) -> dict[str, Any]:
    return pulled(env(f"GET /v2/edu-groups/{w.group}/timetables", bells(**kw)), WEEK)


def school_bells(**kw: Any) -> dict[str, Any]:
    return pulled(env(f"GET /v2/schools/{SCHOOL_VENDOR}/timetables", bells(**kw)), WEEK)


def week(w: World, *lessons: dict[str, Any], at: str = WEEK) -> dict[str, Any]:
    return pulled(env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-18",
                      list(lessons) or [w.lesson_entity()]), at)


def tuesday(w: World, **kw: Any) -> dict[str, Any]:
    return {**w.lesson_entity(), **ids(w.i(402)), "date": "2025-10-14T08:30:00", "works": [], **kw}


async def times(running) -> dict[str, tuple[str | None, str | None]]:
    return {data["lesson_id"].rsplit(":", 1)[1]: (data["starts_at"], data["ends_at"])
            for kind, data in await latest(running, "lesson.scheduled")}


async def test_a_lesson_without_an_end_time_takes_its_numbers_finish_from_the_groups_bell_timetable(running):
    w = World()
    await send(running, *w.roster())
    assert await send(running, group_bells(w), week(w)) == ["accepted", "accepted"]
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:15:00")


async def test_the_groups_timetable_comes_before_the_schools(running):
    w = World()
    await send(running, *w.roster(), school_bells(finish="09:10"), group_bells(w, finish="09:15"))
    await send(running, week(w))
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:15:00")


async def test_a_days_of_week_item_holds_only_on_its_days(running):
    w = World()
    await send(running, *w.roster(), school_bells(finish="09:05", days=["Tuesday"]))
    await send(running, week(w, w.lesson_entity(), tuesday(w)))
    found = await times(running)
    assert found[str(w.lesson)] == ("08:30:00", None)  # Monday: the item is Tuesday's only
    assert found[str(w.i(402))] == ("08:30:00", "09:05:00")


async def test_a_lesson_without_a_start_time_takes_the_items_start_too(running):
    w = World()
    await send(running, *w.roster(), group_bells(w, start="08:00", finish="08:45"))
    await send(running, week(w, {**w.lesson_entity(), "date": "2025-10-13T00:00:00"}))
    assert (await times(running))[str(w.lesson)] == ("08:00:00", "08:45:00")


async def test_a_lesson_that_states_its_own_times_keeps_them(running):
    w = World()
    await send(running, *w.roster(), group_bells(w, finish="09:15"))
    await send(running, week(w, {**w.lesson_entity(), "hours": "08:30 - 09:05"}))
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:05:00")


async def test_a_timetable_delivered_after_the_lessons_fills_their_end_times(running):
    w = World()
    await send(running, *w.roster(), week(w, w.lesson_entity(), tuesday(w, hours="08:30 - 09:05")))
    assert (await times(running))[str(w.lesson)] == ("08:30:00", None)
    assert await send(running, group_bells(w)) == ["accepted"]
    found = await times(running)
    assert found[str(w.lesson)] == ("08:30:00", "09:15:00")
    assert found[str(w.i(402))] == ("08:30:00", "09:05:00")  # its own hours stay


async def test_a_school_timetable_delivered_after_the_lessons_fills_them_unless_the_group_has_its_own(running):
    w, other = World(), World(1)
    await send(running, *w.roster(), *other.roster(), group_bells(other, finish="09:20"), week(w), week(other))
    assert await send(running, school_bells(finish="09:10")) == ["accepted"]
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:10:00")
    assert (await times(running))[str(other.lesson)] == ("08:30:00", "09:20:00")


def subgroup_week(w: World) -> dict[str, Any]:
    lesson = {**w.lesson_entity(), **ids(w.i(403)), "group": w.subgroup, "number": 1, "date": "2025-10-13T08:30:00",
              "works": []}
    return pulled(env(f"GET /v2/edu-groups/{w.subgroup}/lessons/2025-10-13/2025-10-18", [lesson]), WEEK)


async def test_a_subgroups_lesson_takes_its_classs_timetable_when_the_subgroup_has_none(running):
    w = World()
    await send(running, *w.roster(), school_bells(finish="10:00"), group_bells(w))
    assert await send(running, subgroup_week(w)) == ["accepted"]
    assert (await times(running))[str(w.i(403))] == ("08:30:00", "09:15:00")  # the class's, not the school's


async def test_a_class_timetable_delivered_after_its_subgroups_lessons_fills_them(running):
    w = World()
    await send(running, *w.roster(), subgroup_week(w))
    assert (await times(running))[str(w.i(403))] == ("08:30:00", None)
    assert await send(running, group_bells(w)) == ["accepted"]
    assert (await times(running))[str(w.i(403))] == ("08:30:00", "09:15:00")


async def test_a_school_timetable_fills_no_subgroup_whose_class_has_its_own(running):
    w = World()
    await send(running, *w.roster(), group_bells(w), subgroup_week(w))
    assert await send(running, school_bells(finish="10:40")) == ["accepted"]
    assert (await times(running))[str(w.i(403))] == ("08:30:00", "09:15:00")


async def test_a_timetable_pulled_before_the_one_the_hub_holds_changes_nothing_from_the_later_ones_pull(running):
    """A late answer changes only the days it is the latest answer pulled on or before (journey dnevnik_ru_43):
    a lesson after both pulls keeps the later one's times."""
    w = World()
    after = {**w.lesson_entity(), **ids(w.i(404)), "date": "2025-10-20T08:30:00", "works": []}
    await send(running, *w.roster(), pulled(group_bells(w, finish="09:15"), LATER))
    await send(running, pulled(env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-20/2025-10-25", [after]), LATER))
    assert await send(running, group_bells(w, finish="09:40")) == ["accepted"]  # pulled at WEEK, before LATER
    assert (await times(running))[str(w.i(404))] == ("08:30:00", "09:15:00")


async def test_of_two_timetables_pulled_after_a_lessons_day_the_one_pulled_nearer_it_gives_its_times(running):
    """A day before every pull takes the earliest answer's bells, whatever the arrival order: a history pushed
    late reads as pushed in order (journey dnevnik_ru_43)."""
    w = World()
    await send(running, *w.roster(), pulled(group_bells(w, finish="09:15"), LATER), week(w))
    assert await send(running, group_bells(w, finish="09:40")) == ["accepted"]  # pulled at WEEK, before LATER
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:40:00")


async def test_a_pupils_average_over_all_subjects_is_accepted_and_counted_not_refused(running):
    w = World()
    await send(running, *w.roster())
    record = pulled(env(f"GET /v2/persons/{w.pupil}/reporting-periods/{w.period}/avg-mark", "4.58"), WEEK)
    assert await send(running, record) == ["accepted"]
    assert await latest(running, "average.") == []
    key = ("skipped_overall_averages", f"{w.pupil}|{w.period}")
    skipped = running.hub.ingest.vendor_state.lookup("dnevnik", SCHOOL, [key])
    assert list(skipped.values()) == [{"value": "4.58", "pointer": "/body"}]


EARLY, BETWEEN = "2025-09-01T19:00:00+05:00", "2025-10-12T19:00:00+05:00"


def two_timetables() -> list[dict[str, Any]]:
    """The 2025/26 bells and a second timetable in force from Tuesday 2025-10-14 (journey dnevnik_ru_36: «со II
    полугодия»), whose first lesson ends at 09:05 on Mondays and 09:10 the other days."""
    later = {"Name": "Расписание звонков со II полугодия", "Start": "2025-10-14T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": 1000006100011, "Start": "2025-10-14T08:30:00", "Finish": "2025-10-14T09:05:00",
                        "Name": "1 урок", "Type": "Lesson", "DaysOfWeek": ["Monday"], "LessonNumber": 1},
                       {"Id": 1000006100012, "Start": "2025-10-14T08:30:00", "Finish": "2025-10-14T09:10:00",
                        "Name": "1 урок", "Type": "Lesson", "DaysOfWeek": WEEKDAYS[1:], "LessonNumber": 1}]}
    return [*bells(), later]


def both_bells(w: World, at: str) -> dict[str, Any]:
    return pulled(env(f"GET /v2/edu-groups/{w.group}/timetables", two_timetables()), at)


async def test_a_timetable_in_force_from_a_date_delivered_after_the_lessons_gives_the_lessons_from_that_date(running):
    """Each lesson ends by the timetable in force on its own day (§3.14 ``Start``): an answer holding two
    timetables restates the lessons of each one's days, though the two give the same number other times."""
    w = World()
    await send(running, *w.roster(), pulled(group_bells(w), EARLY), week(w, w.lesson_entity(), tuesday(w)))
    assert await send(running, both_bells(w, WEEK)) == ["accepted"]
    found = await times(running)
    assert found[str(w.lesson)] == ("08:30:00", "09:15:00")  # Monday 10-13: the 2025/26 bells
    assert found[str(w.i(402))] == ("08:30:00", "09:10:00")  # Tuesday 10-14: the new timetable's


async def test_bells_pulled_before_the_lessons_and_delivered_after_them_give_their_end_times(running):
    """A lesson's end derived from the bells is the timetable's fact, as of the bells it was derived from
    (journey dnevnik_ru_36, lesson-021..024): the lessons pulled after the new timetable but delivered before it
    took the old bells' end, and the new timetable's answer, pulled before the lessons, still gives it."""
    w = World()
    await send(running, *w.roster(), pulled(group_bells(w), EARLY), week(w, w.lesson_entity(), tuesday(w)))
    assert await send(running, both_bells(w, BETWEEN)) == ["accepted"]
    found = await times(running)
    assert found[str(w.lesson)] == ("08:30:00", "09:15:00")
    assert found[str(w.i(402))] == ("08:30:00", "09:10:00")


async def test_a_groups_own_timetable_pulled_before_the_schools_its_lessons_read_still_gives_them(running):
    """Which timetable gives a group's times depends on all it reads: they are as of the latest of them
    (``bells.bells_as_of``), so the group's own, first delivered after the lessons read the school's pulled later,
    outranks it."""
    w = World()
    await send(running, *w.roster(), pulled(school_bells(finish="09:10"), LATER), week(w))
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:10:00")
    assert await send(running, group_bells(w, finish="09:15")) == ["accepted"]  # pulled at WEEK, before LATER
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:15:00")
    assert await send(running, week(w)) == ["duplicate"]  # the lessons again: the same times


SWAP, EVE = "2025-10-14T07:30:00+05:00", "2025-10-13T21:00:00+05:00"


def second_shift(w: World, at: str) -> dict[str, Any]:
    """The other shift's bells, in force (its ``Start``) since 2025-09-01 like the first's: the class moved to it
    on the day of the pull, not in September (journey dnevnik_ru_43)."""
    return pulled(group_bells(w, start="14:00", finish="14:40"), at)


def shifted_week(w: World) -> dict[str, Any]:
    return week(w, w.lesson_entity(), tuesday(w, date="2025-10-14T14:00:00"))


async def test_a_timetable_answer_gives_the_lessons_from_the_day_it_was_pulled_not_the_earlier_ones(running):
    """A class that moves to the other shift's bells (journey dnevnik_ru_43, lesson-028..117): its timetables
    answer pulled after the move names a timetable whose ``Start`` is September's; the lessons before the day of
    that pull keep the bells the answers pulled then gave."""
    w = World()
    await send(running, *w.roster(), pulled(group_bells(w), BETWEEN), shifted_week(w))
    assert await send(running, second_shift(w, SWAP)) == ["accepted"]
    found = await times(running)
    assert found[str(w.lesson)] == ("08:30:00", "09:15:00")  # Monday 10-13: the bells pulled 10-12
    assert found[str(w.i(402))] == ("14:00:00", "14:40:00")  # Tuesday 10-14: the bells pulled that day


async def test_a_timetable_answer_pulled_before_the_held_one_and_delivered_after_gives_its_own_days(running):
    """The same history pushed late reads the same: the answer of the eve, delivered after the move's, gives
    Monday and moves no later day back."""
    w = World()
    await send(running, *w.roster(), second_shift(w, SWAP), shifted_week(w))
    assert await send(running, pulled(group_bells(w), EVE)) == ["accepted"]
    found = await times(running)
    assert found[str(w.lesson)] == ("08:30:00", "09:15:00")
    assert found[str(w.i(402))] == ("14:00:00", "14:40:00")
    assert await send(running, shifted_week(w)) == ["duplicate"]  # the lessons again: the same times


async def test_a_lesson_moved_to_a_day_no_bell_item_holds_on_drops_the_end_its_old_day_took(running):
    """A lesson moved from Monday #1 to Sunday (journey dnevnik_ru_47, lesson-105/155): ``lessons/{l}`` gives the
    new start and no ``hours``, and 8В's #1 item lists Monday..Friday only (§3.14), so nothing gives the Sunday
    lesson an end: the Monday item's 09:15 is not kept with the Sunday start (an end before its start)."""
    w = World()
    await send(running, *w.roster(), group_bells(w), week(w))
    assert (await times(running))[str(w.lesson)] == ("08:30:00", "09:15:00")
    moved = pulled(env(f"GET /v2/lessons/{w.lesson}", {**w.lesson_entity(), "date": "2025-10-19T10:00:00"}), LATER)
    assert await send(running, moved) == ["accepted"]
    assert (await times(running))[str(w.lesson)] == ("10:00:00", None)
    assert await send(running, pulled(group_bells(w, days=[*WEEKDAYS, "Sunday"], start="10:00", finish="10:45"),
                                      LATER)) == ["accepted"]  # bells that hold #1 on Sunday give it its end
    assert (await times(running))[str(w.lesson)] == ("10:00:00", "10:45:00")
