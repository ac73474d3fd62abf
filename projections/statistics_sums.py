"""Additive partial aggregates of marks and attendance, and how they fold into statistics.

A ``Partial`` holds sums keyed by the finest grouping any statistic needs: (class, subject, teacher, ISO week,
scale, value without ``+``/``-``) for marks, (class, subject, teacher, student, status) for attendance, (class, subject, teacher)
for lessons held times students enrolled. Every field is a count or a sum, so partials of disjoint sets of rows
combine by adding (``combine``): a school's statistics combine its classes', a city's combine its schools'.
Each school's partial is computed from that school's rows alone (``projections.statistics``), so a city-wide
figure never needs one worker, or one database, to see every school.

``fold`` groups a partial by any of its dimensions and turns the sums into the published figures:

* ``marks``: marks counted (retracted ones never are; statuses are), ``graded`` (with a value on the common
  axis), ``in_average`` (graded and counted in averages by their journal);
* ``mean``: the school's rule (``weighted``: sum(weight x value) / sum(weight); ``simple``) over normalised values,
  with the same value on the school's scale (``scales.denormalise``);
* ``distribution``: per scale, counts per bucket (``scales.mark_bucket``: ``4+``/``4-`` count as ``4``);
* ``failing``: marks failing by ``scales.is_failing`` and their share of ``graded`` plus pass/fail marks;
* ``attendance``: ``student_lessons`` (lessons held, not cancelled, times the students enrolled on their dates),
  per-status counts, ``missed`` (absent + ill + excused), ``rate`` = (student_lessons - missed) / student_lessons
  (journals mark exceptions only, so an unmarked student counts as present; late counts as present) and
  ``rate_of_marked`` = (present + late) / marked;
* ``trend``: per ISO week, the marks and their mean.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from hub.events.scales import ScaleId, buckets, denormalise, is_failing, mark_bucket

MISSED = ("absent", "ill", "excused")
STATUSES = ("present", "late", *MISSED)
DIMENSIONS = ("class_id", "subject_id", "teacher_id")


@dataclass
class MarkSums:
    """Sums over a group of marks: all counted, then those in the average (with their weights)."""

    marks: int = 0
    averaged: int = 0
    sum_values: float = 0.0
    sum_weights: float = 0.0
    sum_weighted: float = 0.0

    def add(self, other: "MarkSums") -> None:
        self.marks += other.marks
        self.averaged += other.averaged
        self.sum_values += other.sum_values
        self.sum_weights += other.sum_weights
        self.sum_weighted += other.sum_weighted

    def mean(self, rule: str) -> float | None:
        if rule == "simple":
            return self.sum_values / self.averaged if self.averaged else None
        return self.sum_weighted / self.sum_weights if self.sum_weights else None


MarkKey = tuple[str, str, str | None, dt.date, str, str]  # class, subject, teacher, week (Monday), scale, base value
AttendanceKey = tuple[str, str, str | None, str, str]  # class, subject, teacher, student, status
LessonKey = tuple[str, str, str | None]  # class, subject, teacher


@dataclass
class Partial:
    """Additive sums over a set of marks, attendance marks and lessons; see the module docstring."""

    marks: dict[MarkKey, MarkSums] = field(default_factory=dict)
    attendance: Counter = field(default_factory=Counter)  # AttendanceKey -> count
    student_lessons: Counter = field(default_factory=Counter)  # LessonKey -> count

    def add(self, other: "Partial") -> "Partial":
        for key, sums in other.marks.items():
            self.marks.setdefault(key, MarkSums()).add(sums)
        self.attendance.update(other.attendance)
        self.student_lessons.update(other.student_lessons)
        return self

    def with_classes(self, main_of: dict[str, str]) -> "Partial":
        """The same sums with each class replaced by ``main_of[class]`` (e.g. subgroups by their class)."""
        moved = Partial()
        for key, sums in self.marks.items():
            moved.marks.setdefault((main_of.get(key[0], key[0]), *key[1:]), MarkSums()).add(sums)
        for key, count in self.attendance.items():
            moved.attendance[(main_of.get(key[0], key[0]), *key[1:])] += count
        for key, count in self.student_lessons.items():
            moved.student_lessons[(main_of.get(key[0], key[0]), *key[1:])] += count
        return moved

    def with_subjects(self, counts_under: dict[str, str]) -> "Partial":
        """The same sums with each linked subject replaced by the one it counts under (``subject.linked``)."""
        if not counts_under:
            return self
        moved = Partial()
        under = lambda key: (key[0], counts_under.get(key[1], key[1]), *key[2:])  # noqa: E731
        for key, sums in self.marks.items():
            moved.marks.setdefault(under(key), MarkSums()).add(sums)
        for key, count in self.attendance.items():
            moved.attendance[under(key)] += count
        for key, count in self.student_lessons.items():
            moved.student_lessons[under(key)] += count
        return moved


def combine(partials: Iterable[Partial]) -> Partial:
    """The partial of the union of disjoint row sets (e.g. several schools)."""
    total = Partial()
    for partial in partials:
        total.add(partial)
    return total


def fold(partial: Partial, by: tuple[str, ...], *, scale: str, rule: str,
         keep: Callable[[tuple], bool] | None = None) -> dict[tuple, dict[str, Any]]:
    """Figures per group: ``by`` names the dimensions kept (a subset of ``DIMENSIONS``; () for the total, which
    is always there).
    ``keep(class, subject, teacher)`` limits the rows folded (e.g. to the subjects a teacher may see)."""
    index = [DIMENSIONS.index(name) for name in by]
    groups: dict[tuple, _Group] = defaultdict(_Group)
    if not by:
        groups[()] = _Group()  # the total exists even when nothing was counted
    for key, sums in partial.marks.items():
        if keep is None or keep(key[:3]):
            groups[tuple(key[i] for i in index)].add_marks(key[3], key[4], key[5], sums)
    for key, count in partial.attendance.items():
        if keep is None or keep(key[:3]):
            groups[tuple(key[i] for i in index)].add_attendance(key[3], key[4], count)
    for key, count in partial.student_lessons.items():
        if keep is None or keep(key):
            groups[tuple(key[i] for i in index)].student_lessons += count
    return {group: figures.figures(scale, rule) for group, figures in sorted(groups.items(), key=_sort_key)}


def _sort_key(item: tuple[tuple, Any]) -> tuple:
    return tuple("" if part is None else str(part) for part in item[0])


class _Group:
    """The sums of one output group while folding."""

    def __init__(self) -> None:
        self.total = MarkSums()
        self.failing = self.graded = 0
        self.values: dict[str, Counter] = defaultdict(Counter)
        self.weeks: dict[dt.date, MarkSums] = defaultdict(MarkSums)
        self.statuses: Counter = Counter()
        self.missed_by_student: Counter = Counter()
        self.student_lessons = 0

    def add_marks(self, week: dt.date, scale: str, value: str, sums: MarkSums) -> None:
        self.total.add(sums)
        self.weeks[week].add(sums)
        self.values[scale][mark_bucket(scale, value)] += sums.marks
        if scale != ScaleId.STATUS:
            self.graded += sums.marks
        if is_failing(scale, value):
            self.failing += sums.marks

    def add_attendance(self, student: str, status: str, count: int) -> None:
        self.statuses[status] += count
        if status in MISSED:
            self.missed_by_student[student] += count

    def figures(self, scale: str, rule: str) -> dict[str, Any]:
        mean = self.total.mean(rule)
        return {
            "marks": self.total.marks, "graded": self.graded, "in_average": self.total.averaged,
            "mean": _mean(mean, scale),
            "distribution": [{"scale": s, "counts": {b: counts.get(b, 0) for b in buckets(s)}}
                             for s, counts in sorted(self.values.items(), key=lambda kv: kv[0] != scale)],
            "failing": {"count": self.failing, "share": _share(self.failing, self.graded)},
            "attendance": self._attendance(),
            "missed_by_student": dict(sorted(self.missed_by_student.items())),
            "trend": [{"week": _iso_week(week), "marks": sums.marks, "mean": _mean(sums.mean(rule), scale)}
                      for week, sums in sorted(self.weeks.items())],
        }

    def _attendance(self) -> dict[str, Any]:
        marked = sum(self.statuses.values())
        missed = sum(self.statuses[s] for s in MISSED)
        attended = self.statuses["present"] + self.statuses["late"]
        return {"student_lessons": self.student_lessons, "marked": marked,
                **{status: self.statuses[status] for status in STATUSES}, "missed": missed,
                "rate": _share(max(self.student_lessons - missed, 0), self.student_lessons),
                "rate_of_marked": _share(attended, marked)}


def _mean(normalised: float | None, scale: str) -> dict[str, float] | None:
    if normalised is None:
        return None
    return {"normalised": round(normalised, 4), "on_scale": round(denormalise(scale, normalised), 4),
            "scale": scale}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _iso_week(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"
