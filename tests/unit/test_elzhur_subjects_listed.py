"""What a pupil's getmarks is complete for among his subjects' days (adapters/elzhur/mark_days.py): each subject it
lists over its range, and a subject an earlier getmarks of the pupil listed and it lists no more, over the days of
its range that one covered (found by contracts/journeys/elzhur_44 no-mark-006); the directory entry that remembers
the listings."""

from __future__ import annotations

from adapters.elzhur import ADAPTER
from adapters.elzhur.mark_days import KIND, LISTED, _merged
from tests.unit.test_elzhur_routes import Directory, ctx, known, ok

MARK = {"value": "4", "count": True, "convert": 4, "weight": 1, "date": "2025-10-13", "lesson_id": "880001",
        "nm": "1"}


def getmarks(days: str, *names: str, directory: Directory, pupil: str = "70213"):
    body = ok({"students": {pupil: {"name": pupil, "lessons": [
        {"name": name, "average": "", "marks": [MARK] if name == "Алгебра" else []} for name in names]}}})
    out = ADAPTER.translate({"request": f"getmarks?student={pupil}&days={days}", "body": body,
                             "pulled_at": "2025-10-27T10:00:00+03:00"}, ctx(directory))
    assert not out.errors
    directory.update({(k, str(v)): d for k, v, d in out.directory_entries})
    return out


def subject_days(out, pupil: str = "70213") -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Per subject id, the (day, members) the answer is complete for."""
    found: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for scope, held in out.contains:
        if scope.startswith(f"{KIND}:{pupil}|"):
            _, subject, day = scope.split("|")
            found.setdefault(subject, []).append((day, held))
    return found


def test_the_directory_remembers_the_days_each_subject_was_listed_over():
    directory = known()
    getmarks("20251013-20251019", "Алгебра", "Физика", directory=directory)
    getmarks("20251020-20251026", "Алгебра", directory=directory)
    subjects = directory[(LISTED, "70213")]["subjects"]
    assert sorted(subjects.values()) == [[["2025-10-13", "2025-10-19"]], [["2025-10-13", "2025-10-26"]]]


def test_a_later_getmarks_speaks_for_an_unlisted_subject_on_the_days_it_was_listed_only():
    directory = known()
    first = getmarks("20251013-20251019", "Алгебра", directory=directory)
    [algebra] = subject_days(first)
    later = subject_days(getmarks("20251006-20251026", "Физика", directory=directory))
    assert later[algebra] == [(f"2025-10-{d}", frozenset()) for d in range(13, 20)]  # none of its marks
    assert len([s for s in later if s != algebra]) == 1 and all(len(v) == 21 for s, v in later.items() if s != algebra)


def test_a_getmarks_listing_nothing_speaks_for_the_subjects_listed_before():
    directory = known()
    [algebra] = subject_days(getmarks("20251013-20251019", "Алгебра", directory=directory))
    assert list(subject_days(getmarks("20251013-20251019", directory=directory))) == [algebra]


def test_a_subject_no_getmarks_listed_and_another_pupils_subjects_are_not_spoken_for():
    directory = known()
    getmarks("20251013-20251019", "Алгебра", directory=directory, pupil="70214")
    assert subject_days(getmarks("20251013-20251019", directory=directory)) == {}


def test_a_range_too_long_for_any_day_speaks_for_none_and_remembers_nothing():
    directory = known()
    getmarks("20251013-20251019", "Алгебра", directory=directory)
    out = getmarks("20250901-20251231", "Физика", directory=directory)
    assert subject_days(out) == {} and not [e for e in out.directory_entries if e[0] == LISTED]


def test_ranges_that_overlap_or_touch_are_joined():
    assert _merged([["2025-10-20", "2025-10-26"], ["2025-10-13", "2025-10-19"], ["2025-11-01", "2025-11-02"],
                    ["2025-10-14", "2025-10-15"]]) == [["2025-10-13", "2025-10-26"], ["2025-11-01", "2025-11-02"]]
