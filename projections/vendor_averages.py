"""The journal's own averages (``average.reported``, table ``final_grades_vendor_averages``) as readers see them,
and where they disagree with the hub's own figure.

* **Which period.** An average names a reporting period (``period_id``) or the dates the journal computed it over.
  Dates equal to a period's ``starts_on..ends_on`` belong to that period; other dates stay a bare span
  (``period_id`` null, ``from``/``to`` shown), never compared.
* **Shown as sent.** ``value`` is the journal's text (``"3.43"``, ``"4,4"``), never reformatted.
* **Disagreement.** For an average in a period, the hub's figure for the same student (all their ids), subject
  and period is computed from the diary's marks by the same rules as the final-grades view
  (``projections.averages``): the journal's rule when it states one (``wa-marks``: weighted), else the school's.
  Both are compared at the journal's precision: the hub's figure rounded half up to as many decimals as the
  journal's text has (``"3.4"``: one, ``"4"``: none). A figure the hub cannot compute (no counted mark) or a
  journal text that is not a number is not compared (``agrees`` null).

Nothing here is materialised: like the computed averages, the comparison is made at read time from the views
(``final_grades`` and ``diary``), so it follows every amended or retracted mark and rebuild equals incremental.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, and_, bindparam, false, func, select

from projections import diary, roster
from projections.averages import Average, display_scale, shown, sql_sums
from projections.final_grades import vendor_averages
from projections.periods import Period

_v = vendor_averages
# The tables a comparison reads (the metric skips it while they do not exist).
TABLES = frozenset({_v.name, diary.marks.name, diary.lessons.name, roster.reporting_periods.name,
                    roster.schools.name, roster.students.name, roster.subjects.name, roster.student_aliases.name})


def period_of(row: Any, periods: Iterable[Period]) -> Period | None:
    """The reporting period a stored average is over: its ``period_id``, or the period whose dates equal its span."""
    for period in periods:
        if row["period_id"] is not None:
            if period.period_id == row["period_id"]:
                return period
        elif period.dated and (row["starts_on"], row["ends_on"]) == (period.starts_on, period.ends_on):
            return period
    return None


def as_json(row: Any, period: Period | None) -> dict[str, Any]:
    """One average as the final-grades view lists it (``from``/``to`` when the journal gave dates)."""
    item: dict[str, Any] = {"period_id": period.period_id if period else row["period_id"], "value": row["value"],
                            "source": row["source"], "rule": row["rule"]}
    if row["starts_on"] is not None or row["ends_on"] is not None:
        item["from"] = row["starts_on"].isoformat() if row["starts_on"] else None
        item["to"] = row["ends_on"].isoformat() if row["ends_on"] else None
    return item


def of_students(conn: Connection, student_ids: list[str]) -> list[Any]:
    """The stored averages of a student (all their ids), in a stable order."""
    return conn.execute(_OF_STUDENTS, {"ids": student_ids}).mappings().all()


_OF_STUDENTS = (select(_v).where(_v.c.student_id.in_(bindparam("ids", expanding=True)))
                .order_by(_v.c.subject_id, _v.c.span, _v.c.source))


def decimals(text: str) -> int | None:
    """How many decimals the journal's text has (``"3.43"``: 2), None when it is not a number."""
    number = parse(text)
    if number is None:
        return None
    exponent = number.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else None


def parse(text: str) -> Decimal | None:
    try:
        number = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, AttributeError):
        return None
    return number if number.is_finite() else None


def at_precision(text: str, hub_value: float | None) -> str | None:
    """The hub's figure written at the journal's precision (half up), None when either is not a number."""
    places = decimals(text)
    if places is None or hub_value is None:
        return None
    quantum = Decimal(1).scaleb(-places)
    return str(Decimal(repr(hub_value)).quantize(quantum, rounding=ROUND_HALF_UP))


def agrees(text: str, hub_value: float | None) -> bool | None:
    """Whether the journal's figure equals the hub's at the journal's precision (None: not comparable)."""
    hub_text = at_precision(text, hub_value)
    if hub_text is None:
        return None
    return parse(hub_text) == parse(text)


RULES = ("weighted", "simple")


def compare(average: Average, row: Any, school_rule: str, scale: str) -> tuple[float | None, bool | None, str]:
    """The hub's figure for ``row``, whether the journal's agrees with it (``agrees``), and the rule it is by: the
    journal's rule when it states one; else the school's, or the other rule when only that one agrees (an answer
    that does not say how it averages, Dnevnik.ru's ``avg-marks``: a simple mean in a weighted school agrees with the
    hub's simple mean, and the operator sees no false disagreement)."""
    first = row["rule"] or school_rule
    hub = shown(scale, average.of_rule(first))
    found = agrees(row["value"], hub)
    if row["rule"] is None and found is False:
        other = next(rule for rule in RULES if rule != first)
        other_hub = shown(scale, average.of_rule(other))
        if agrees(row["value"], other_hub):
            return other_hub, True, other
    return hub, found, first


# Every disagreement of a school (operators) --------------------------------------------------------------------


def disagreements(conn: Connection, school_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Averages of ``school_id`` (all schools when None) where the journal's figure differs from the hub's, by
    school, student, subject and period.

    1. Read the journal's averages and the schools' reporting periods; keep those that fall in a period.
    2. Aggregate in the database the marks of those students (and their aliases) per (id, subject, period).
    3. Add up each child's ids, compare at the journal's precision.
    """
    params = {"school_id": school_id}
    rows = conn.execute(_AVERAGES if school_id else _ALL_AVERAGES, params).mappings().all()
    if not rows:
        return []
    schools = sorted({row["school_id"] for row in rows if row["school_id"]})
    periods = _periods_by_school(conn, schools)
    rules = {r.school_id: r for r in conn.execute(select(roster.schools).where(
        roster.schools.c.school_id.in_(schools))).all()}
    placed = [(row, period) for row in rows
              if (period := period_of(row, periods.get(row["school_id"], []))) is not None]
    if not placed:
        return []
    canonical = _canonical_ids(conn, {row["student_id"] for row, _ in placed})
    every_id = {alias for ids in canonical.values() for alias in ids}
    sums: dict[tuple[str, str, str], Average] = defaultdict(Average)
    owner = {alias: student for student, ids in canonical.items() for alias in ids}
    for row in conn.execute(_SUMS, {"ids": sorted(every_id), "schools": schools}).mappings():
        _add(sums[owner[row["student_id"]], row["subject_id"], row["period_id"]], row)
    names = _names(conn, {row["student_id"] for row, _ in placed}, {row["subject_id"] for row, _ in placed})
    found = []
    for row, period in placed:
        school = rules.get(row["school_id"])
        scale = display_scale(school.default_scale if school else None)
        rule = (school.average_rule if school else None) or "weighted"
        average = sums.get((_root(canonical, row["student_id"]), row["subject_id"], period.period_id), Average())
        hub, agreed, by = compare(average, row, rule, scale)
        if agreed is not False:
            continue
        found.append({
            "school_id": row["school_id"], "student": {"id": row["student_id"], "name": names.get(row["student_id"])},
            "subject": {"id": row["subject_id"], "name": names.get(row["subject_id"])},
            "period": {"id": period.period_id, "name": period.name, "short_name": period.short_name,
                       "from": period.starts_on.isoformat(), "to": period.ends_on.isoformat()},
            "vendor": {"value": row["value"], "source": row["source"], "rule": row["rule"]},
            "hub": {"value": hub, "at_vendor_precision": at_precision(row["value"], hub), "rule": by,
                    "counted_marks": average.count},
        })
    found.sort(key=lambda d: (d["school_id"], d["student"]["name"] or "", d["student"]["id"],
                              d["subject"]["name"] or "", d["subject"]["id"], d["period"]["from"]))
    return found if limit is None else found[:limit]


def count_by_school(conn: Connection) -> dict[str, int]:
    """How many disagreements each school has (the metric ``hub_average_disagreements``)."""
    counted: dict[str, int] = {}
    for item in disagreements(conn):
        counted[item["school_id"]] = counted.get(item["school_id"], 0) + 1
    return counted


def _add(average: Average, row: Any) -> None:
    more = Average.from_sums(row)
    average.count += more.count
    average.total += more.total
    average.weighted_total += more.weighted_total
    average.weights += more.weights
    average.statuses |= more.statuses


def _root(canonical: dict[str, list[str]], student_id: str) -> str:
    return next((student for student, ids in canonical.items() if student_id in ids), student_id)


def _canonical_ids(conn: Connection, student_ids: set[str]) -> dict[str, list[str]]:
    """Each student the averages name, as ``{the id they are read by: all their ids}`` (``identity.linked``)."""
    a = roster.student_aliases
    links = conn.execute(select(a.c.alias_id, a.c.student_id).where(
        a.c.alias_id.in_(sorted(student_ids)) | a.c.student_id.in_(sorted(student_ids)))).all()
    canonical = {alias: student for alias, student in links}
    grouped: dict[str, set[str]] = defaultdict(set)
    for student_id in student_ids:
        root = canonical.get(student_id, student_id)
        grouped[root].add(root)
        grouped[root].add(student_id)
    for alias, student in links:
        if student in grouped:
            grouped[student].add(alias)
    return {root: sorted(ids) for root, ids in grouped.items()}


def _periods_by_school(conn: Connection, schools: list[str]) -> dict[str, list[Period]]:
    p = roster.reporting_periods
    found: dict[str, list[Period]] = defaultdict(list)
    for r in conn.execute(select(p).where(p.c.school_id.in_(schools)).order_by(p.c.starts_on, p.c.period_id)):
        if r.starts_on is not None and r.ends_on is not None:
            found[r.school_id].append(Period(r.kind, r.starts_on, r.ends_on, r.period_id, r.number, r.name,
                                             r.academic_year, r.short_name))
    return found


def _names(conn: Connection, student_ids: set[str], subject_ids: set[str]) -> dict[str, str]:
    s, subj = roster.students, roster.subjects
    names = {r.student_id: " ".join(x for x in (r.last_name, r.first_name) if x) or None
             for r in conn.execute(select(s).where(s.c.student_id.in_(sorted(student_ids))))}
    names.update({r.subject_id: r.name for r in conn.execute(
        select(subj.c.subject_id, subj.c.name).where(subj.c.subject_id.in_(sorted(subject_ids))))})
    return names


def _sums_statement() -> Any:
    m, at, p = diary.marks, diary.lessons.alias("graded_at"), roster.reporting_periods
    day, subject = func.coalesce(at.c.date, m.c.date), func.coalesce(m.c.subject_id, at.c.subject_id)
    in_period = and_(p.c.school_id.in_(bindparam("schools", expanding=True)), day.between(p.c.starts_on, p.c.ends_on))
    return (select(m.c.student_id, subject.label("subject_id"), p.c.period_id, *sql_sums(m))
            .select_from(m.outerjoin(at, at.c.lesson_id == m.c.lesson_id).join(p, in_period))
            .where(m.c.student_id.in_(bindparam("ids", expanding=True)), m.c.value.is_not(None),
                   func.coalesce(m.c.retracted, false()) == false())
            .group_by(m.c.student_id, subject, p.c.period_id))


_SUMS = _sums_statement()
_AVERAGES = select(_v).where(_v.c.school_id == bindparam("school_id")).order_by(_v.c.student_id, _v.c.subject_id)
_ALL_AVERAGES = select(_v).order_by(_v.c.school_id, _v.c.student_id, _v.c.subject_id)

