"""How the demo school's teachers mark (``hub.demo.dataset`` writes the records): which lessons are control works
and tests, which work types and weights, marks around each pupil's aptitude, and the quarter mark from a pupil's
marks. ``Term`` keeps what the journals have written so far.
"""

from __future__ import annotations

import datetime as dt
import random

LESSON_WORK_TYPES = [("lesson_work", 1.0, 0.55), ("oral_answer", 1.0, 0.3), ("homework_check", 1.0, 0.15)]


class Term:
    """What the journals have written so far: each class's lesson count per subject (the topic and the homework
    follow it), and each pupil's marks per subject and quarter (their teachers' quarter marks come from them)."""

    def __init__(self, planned: dict[tuple[str, str], int], quarters: list[tuple[int, dt.date, dt.date]]) -> None:
        self.lessons: dict[tuple[str, str], int] = {}
        self.planned, self.quarters = planned, quarters
        self.marks: dict[tuple[int, str, str], dict[str, tuple[str, float]]] = {}  # (quarter, student, subject)

    def next_lesson(self, group: str, subject: str) -> int:
        index = self.lessons.get((group, subject), 0)
        self.lessons[(group, subject)] = index + 1
        return index

    def mark(self, day: dt.date, student: str, subject: str, grade_id: str, value: str | None,
             weight: float = 1.0) -> None:
        """Write (or with ``value`` None, strike out) a mark of the quarter containing ``day``."""
        quarter = next((n for n, starts, ends in self.quarters if starts <= day <= ends), None)
        if quarter is None:
            return
        marks = self.marks.setdefault((quarter, student, subject), {})
        if value is None:
            marks.pop(grade_id, None)
        else:
            marks[grade_id] = (value, weight)


def kind_of_lesson(subject: str, index: int) -> str:
    """``control`` (a control work every twelfth lesson: every pupil present gets a mark, weight 3), ``test`` (a
    short test, or PE's standards: most pupils get a mark, weight 2) or ``lesson`` (a quarter of the pupils get a
    mark for their work, an answer or their homework, weight 1)."""
    if subject == "pe":
        return "test" if index % 6 == 5 else "lesson"
    return "control" if index % 12 == 11 else "test" if index % 12 == 5 else "lesson"


def work_type_of(rng: random.Random, kind: str) -> tuple[str, float]:
    if kind == "control":
        return "control_work", 3.0
    if kind == "test":
        return "test", 2.0
    names, weights, odds = zip(*LESSON_WORK_TYPES)
    index = rng.choices(range(len(names)), odds)[0]
    return names[index], weights[index]


def draw_mark(rng: random.Random, aptitude: float) -> str:
    """A five-point mark around the pupil's aptitude; now and then with a + or a -."""
    drawn = aptitude + rng.gauss(0, 0.65)
    base = min(5, max(2, round(drawn)))
    modifier = rng.random()
    if modifier < 0.08 and 2 < base < 5:
        return f"{base}+" if drawn > base else f"{base}-"
    if modifier < 0.12 and base == 5:
        return "5-"
    return str(base)


def quarter_mark(marks: dict[str, tuple[str, float]]) -> str | None:
    """The teacher's quarter mark: the weighted mean of the pupil's marks, rounded half up (3.5 -> 4), 2..5."""
    if not marks:
        return None
    mean = sum(_number(value) * weight for value, weight in marks.values()) / sum(w for _v, w in marks.values())
    return str(min(5, max(2, int(mean + 0.5))))


def _number(value: str) -> float:
    return int(value[0]) + (0.25 if value.endswith("+") else -0.25 if value.endswith("-") else 0.0)
