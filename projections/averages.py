"""How the hub averages marks: one set of rules for every view (final grades, a subject, the grades grid).

* A mark counts when its event says so (``counts_in_average``: the vendor's flag; pass/fail and statuses never
  count) and it has a normalised value; retracted marks are never read, an amended mark counts in its new state.
* ``simple`` is the mean of the normalised values; ``weighted`` is ``sum(weight * n) / sum(weight)`` (a missing
  weight is 1). The school's ``average_rule`` picks which one is *the* average; both are shown.
* Averages are computed on the common 0..100 axis and shown back on the school's default scale with
  ``scales.denormalise`` (linear, so exact); a school whose default scale is not numeric (pass/fail) sees them on
  the hundred-point scale. Values are kept at full precision (rounded to 6 decimals against float noise);
  clients round for display as their screen does.
* ``exempt`` / ``not_assessed`` status marks never count; a period with one is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, case, func, true

from hub.events.scales import ScaleId, denormalise

NUMERIC_SCALES = frozenset({ScaleId.FIVE_POINT, ScaleId.TEN_POINT, ScaleId.HUNDRED_POINT})
STATUS_FLAGS = ("exempt", "not_assessed")


def display_scale(default_scale: str | None) -> str:
    """The scale averages are shown on: the school's default scale if numeric, else the hundred-point scale."""
    return default_scale if default_scale in NUMERIC_SCALES else ScaleId.HUNDRED_POINT.value


def counts(mark: dict[str, Any]) -> bool:
    """Whether a mark row (``counts_in_average``, ``normalised``, ``weight``) takes part in averages."""
    return bool(mark.get("counts_in_average")) and mark.get("normalised") is not None and _weight(mark) > 0


def status_of(mark: dict[str, Any]) -> str | None:
    """``exempt`` or ``not_assessed`` for a status mark, else None."""
    return mark["value"] if mark.get("scale") == ScaleId.STATUS and mark.get("value") in STATUS_FLAGS else None


@dataclass(slots=True)
class Average:
    """Running sums over the counted marks; ``add`` the marks in any order, read the averages at any time."""

    count: int = 0
    total: float = 0.0
    weighted_total: float = 0.0
    weights: float = 0.0
    statuses: set[str] = field(default_factory=set)

    @classmethod
    def from_sums(cls, row: Any) -> "Average":
        """An ``Average`` from a row of ``sql_sums``."""
        statuses = {flag for flag in STATUS_FLAGS if row[flag]}
        return cls(int(row["counted"] or 0), float(row["total"] or 0), float(row["weighted_total"] or 0),
                   float(row["weights"] or 0), statuses)

    def add(self, mark: dict[str, Any]) -> None:
        status = status_of(mark)
        if status is not None:
            self.statuses.add(status)
        if not counts(mark):
            return
        weight = _weight(mark)
        self.count += 1
        self.total += mark["normalised"]
        self.weighted_total += weight * mark["normalised"]
        self.weights += weight

    @property
    def simple(self) -> float | None:
        return self.total / self.count if self.count else None

    @property
    def weighted(self) -> float | None:
        return self.weighted_total / self.weights if self.weights else None

    def of_rule(self, rule: str | None) -> float | None:
        return self.simple if rule == "simple" else self.weighted

    def as_json(self, rule: str | None, scale: str) -> dict[str, Any] | None:
        """``{rule, value, normalised, simple, weighted}`` on ``scale``; None when no mark counts."""
        chosen = self.of_rule(rule)
        if chosen is None:
            return None
        return {"rule": "simple" if rule == "simple" else "weighted", "value": shown(scale, chosen),
                "normalised": round(chosen, 6), "simple": shown(scale, self.simple),
                "weighted": shown(scale, self.weighted)}


def sql_sums(marks: Table) -> list[ColumnElement]:
    """The same rules as SQL aggregates over ``diary_marks`` rows (for views that group in the database):
    ``marks, counted, total, weighted_total, weights, exempt, not_assessed``; ``Average.from_sums`` reads them."""
    m = marks.c
    weight = func.coalesce(m.weight, 1.0)
    counted = and_(m.counts_in_average == true(), m.normalised.is_not(None), weight > 0)
    status = lambda flag: func.max(case((and_(m.scale == ScaleId.STATUS.value, m.value == flag), 1), else_=0))  # noqa: E731
    return [func.count().label("marks"), func.sum(case((counted, 1), else_=0)).label("counted"),
            func.sum(case((counted, m.normalised), else_=0.0)).label("total"),
            func.sum(case((counted, weight * m.normalised), else_=0.0)).label("weighted_total"),
            func.sum(case((counted, weight), else_=0.0)).label("weights"),
            status("exempt").label("exempt"), status("not_assessed").label("not_assessed")]


def shown(scale: str, normalised: float | None) -> float | None:
    """A normalised value (e.g. an average) on ``scale``, at full precision (6 decimals)."""
    return None if normalised is None else round(denormalise(scale, normalised), 6)


def _weight(mark: dict[str, Any]) -> float:
    weight = mark.get("weight")
    return 1.0 if weight is None else float(weight)
