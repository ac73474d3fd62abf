"""The data of each view of the diary page (``week``, ``subject``, ``grades``, ``final``), read from the API with the
reader's token: where the week opens (``_data_day``), the week's lessons, marks, homework and attendance in the
page's words, a subject over a period with its charts, the grades grid and the final marks."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from fastapi import Request

from hub import clock
from hub.api.view_positions import iso_week
from hub.reports import charts, labels
from hub.web import i18n
from hub.web.diary_api import ApiAnswer, api
from hub.web.i18n import N_, gettext as _

VIEWS = ("week", "subject", "grades", "final")
EXPORTS = ("csv", "xlsx", "docx", "pdf")  # the grades downloads (/diary/grades.<format>)
PERIODS = ("month", "quarter", "year")
PERIOD_NAMES = {"month": N_("month"), "quarter": N_("quarter"), "year": N_("year")}
SEARCH_WINDOW_DAYS = 91  # 13 weeks of the diary: under the API's 93-day limit
GRADES_WINDOW_DAYS = 366  # the grades API's limit
SEARCH_YEARS = 10


def _today() -> dt.date:
    return clock.today(clock.DEFAULT_ZONE)  # the page knows no school; the hub's schools keep Moscow time


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _has_data(day: dict[str, Any]) -> bool:
    return bool(day["lessons"] or day["marks_without_lesson"])


async def _diary(request: Request, student_id: str, first: dt.date, last: dt.date) -> dict[str, Any]:
    return await api(request, f"/v1/students/{student_id}/diary", **{"from": first.isoformat(),
                                                                     "to": last.isoformat()})


async def _data_day(request: Request, student_id: str, today: dt.date,
                    this_week: dict[str, Any] | None = None) -> tuple[dt.date, bool]:
    """The day the diary opens around, and whether it is not in today's week: ``today`` when its week has lessons;
    else the latest day with any in the ``SEARCH_WINDOW_DAYS`` before that week (one diary read); else the day of
    the latest mark, read back a year at a time (``/grades``, at most ``SEARCH_YEARS``); else ``today``."""
    monday = _monday(today)
    if this_week is None:
        this_week = await _diary(request, student_id, monday, monday + dt.timedelta(days=6))
    if any(_has_data(day) for day in this_week["days"]):
        return today, False
    last = monday - dt.timedelta(days=1)
    try:
        body = await _diary(request, student_id, last - dt.timedelta(days=SEARCH_WINDOW_DAYS - 1), last)
        days = [dt.date.fromisoformat(day["date"]) for day in body["days"] if _has_data(day)]
        if days:
            return max(days), True
        for _year in range(SEARCH_YEARS):
            first = last - dt.timedelta(days=GRADES_WINDOW_DAYS - 1)
            grades = await api(request, f"/v1/students/{student_id}/grades", **{"from": first.isoformat(),
                                                                                "to": last.isoformat()})
            if grades["dates"]:
                return dt.date.fromisoformat(max(grades["dates"])), True
            last = first - dt.timedelta(days=1)
    except ApiAnswer:  # before the hub's calendar: nothing further back
        pass
    return today, False


async def _anchor(request: Request, student_id: str, day: dt.date | None) -> dt.date:
    return day if day is not None else (await _data_day(request, student_id, _today()))[0]


# Views --------------------------------------------------------------------------------------------------------


async def _week(request: Request, student_id: str, *, monday: dt.date | None, day: dt.date | None,
                **_rest: Any) -> dict[str, Any]:
    today = _today()
    moved = False
    if monday is None and day is not None:
        monday = _monday(day)
    if monday is None:
        monday = _monday(today)
        body = await _diary(request, student_id, monday, monday + dt.timedelta(days=6))
        data_day, moved = await _data_day(request, student_id, today, body)
        if moved:
            monday = _monday(data_day)
            body = await _diary(request, student_id, monday, monday + dt.timedelta(days=6))
    else:
        body = await _diary(request, student_id, monday, monday + dt.timedelta(days=6))
    days, legend = [], {}
    for raw in body["days"]:
        date = dt.date.fromisoformat(raw["date"])
        if not (raw["lessons"] or raw["homework_due"] or raw["marks_without_lesson"] or raw["holidays"]):
            continue
        shown = set()
        for lesson in raw["lessons"]:
            lesson["set_here"] = [h for h in lesson["homework"] if h.get("lesson_id") == lesson["lesson_id"]]
            lesson["due_here"] = [h for h in lesson["homework"] if h.get("lesson_id") != lesson["lesson_id"]]
            shown.update(h["homework_id"] for h in lesson["homework"])
            for mark in lesson["marks"]:
                _mark(mark)
            if lesson["attendance"]:
                lesson["attendance"]["shown"] = _attendance(lesson["attendance"], legend)
        for mark in raw["marks_without_lesson"]:
            _mark(mark)
        days.append({**raw, "label": i18n.day_label(date), "weekday": i18n.weekday_name(date),
                     "is_today": date == today,
                     "other_homework": [h for h in raw["homework_due"] if h["homework_id"] not in shown]})
    days = _holidays_together(days)
    prev_monday, next_monday = monday - dt.timedelta(days=7), monday + dt.timedelta(days=7)
    return {"days": days, "legend": sorted(legend.items()), "week": iso_week(monday), "monday": monday,
            "week_label": i18n.week_range(monday), "moved": moved,
            "this_week": iso_week(_monday(today)), "is_this_week": monday == _monday(today),
            "prev_week": iso_week(prev_monday), "prev_label": i18n.week_range(prev_monday),
            "next_week": iso_week(next_monday), "next_label": i18n.week_range(next_monday)}


def _holidays_together(days: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Days in a row that are holidays and nothing else, under the same names, shown as one: "26 октября –
    1 ноября 2026", "Осенние каникулы"."""
    out: list[dict[str, Any]] = []
    for day in days:
        quiet = day["holidays"] and not (day["lessons"] or day["marks_without_lesson"] or day["other_homework"])
        names = sorted(h.get("name") or "" for h in day["holidays"])
        last = out[-1] if out else None
        if quiet and last is not None and last.get("holiday_run") == names:
            last["last"] = day["date"]
            last["label"] = i18n.week_range(dt.date.fromisoformat(last["date"]), dt.date.fromisoformat(day["date"]))
            last["is_today"] = last["is_today"] or day["is_today"]
            continue
        out.append({**day, "holiday_run": names} if quiet else day)
    return out


def _mark(mark: dict[str, Any]) -> dict[str, Any]:
    """A mark as the page shows it: the journal's text, its work type's name and its weight in words."""
    mark["shown"] = labels.mark_text(mark)
    mark["work"] = labels.work_type_name(mark)
    weight = mark.get("weight")
    mark["weight_shown"] = None if weight is None else i18n.number(weight, 0 if float(weight).is_integer() else 1)
    return mark


def _attendance(attendance: dict[str, Any], legend: dict[str, str]) -> str:
    """What the page writes for a lesson's attendance: the journal's code (and the code in the legend with its
    meaning), else the status in words (no code to explain)."""
    meaning = attendance["meaning"] = labels.attendance_name(attendance["status"])
    code = attendance.get("code")
    if code:
        legend.setdefault(code, meaning)
        return code
    return meaning


async def _subject(request: Request, student_id: str, *, subject: str | None, period: str, day: dt.date | None,
                   **_rest: Any) -> dict[str, Any]:
    anchor = await _anchor(request, student_id, day)
    grades = await api(request, f"/v1/students/{student_id}/grades", period="year", date=anchor.isoformat())
    subjects = [row["subject"] for row in grades["subjects"]]
    chosen = subject or (subjects[0]["id"] if subjects else None)
    choices = await _period_choices(request, student_id, anchor)
    if chosen is None:
        return {"subjects": [], "detail": None, "period_choices": choices}
    detail = await api(request, f"/v1/students/{student_id}/subjects/{chosen}", period=period,
                       date=anchor.isoformat())
    legend: dict[str, str] = {}
    for d in detail["days"]:
        d["label"] = i18n.day_label(dt.date.fromisoformat(d["date"]))
        for mark in d["marks"]:
            _mark(mark)
        for lesson in d["lessons"]:
            if lesson.get("attendance"):
                lesson["attendance"]["shown"] = _attendance(lesson["attendance"], legend)
    return {"subjects": subjects, "chosen": chosen, "detail": detail, "chart": _running_chart(detail),
            "legend": sorted(legend.items()),
            "distribution": _distribution_chart(detail), "period_choices": choices,
            "period_label": _period_label(detail["period"])}


async def _period_choices(request: Request, student_id: str, anchor: dt.date) -> list[dict[str, str]]:
    """The periods a reader may pick: the school's reporting periods of the year (their own names), the month
    and the year."""
    try:
        final = await api(request, f"/v1/students/{student_id}/final-grades", year=_academic_year(anchor))
    except ApiAnswer:
        final = {"periods": []}
    choices = [{"period": p["period_id"], "name": p["name"] or _period_label(p)} for p in final["periods"]
               if p.get("period_id") and p.get("starts_on")]  # not the exam column: it has no dates, no marks
    return [{"period": "month", "name": _("month")}, *choices, {"period": "year", "name": _("year")}]


def _academic_year(day: dt.date) -> int:
    return day.year - (1 if day.month < 9 else 0)


def _period_label(period: dict[str, Any]) -> str:
    name = period.get("name") or labels.PERIOD_KIND_NAMES.get(period["kind"], period["kind"])
    if not period.get("starts_on") or not period.get("ends_on"):
        return name  # the exam column
    first, last = dt.date.fromisoformat(period["starts_on"]), dt.date.fromisoformat(period["ends_on"])
    return f"{name}: {i18n.week_range(first, last)}"


async def _grades(request: Request, student_id: str, *, period: str, day: dt.date | None,
                  **_rest: Any) -> dict[str, Any]:
    anchor = await _anchor(request, student_id, day)
    grades = await api(request, f"/v1/students/{student_id}/grades", period=period, date=anchor.isoformat())
    for row in grades["subjects"]:
        by_date: dict[str, list[dict[str, Any]]] = {}
        for mark in row["marks"]:
            by_date.setdefault(mark["date"], []).append(_mark(mark))
        row["by_date"] = by_date
    exports = {fmt: "/diary/grades." + fmt + "?" + urlencode(
        {"child": student_id, "period": period, "date": anchor.isoformat()}) for fmt in EXPORTS}
    return {"grades": grades, "exports": exports, "period_choices": await _period_choices(request, student_id, anchor),
            "period_label": _period_label(grades["period"]), "anchor": anchor.isoformat()}


async def _final(request: Request, student_id: str, *, day: dt.date | None, **_rest: Any) -> dict[str, Any]:
    anchor = await _anchor(request, student_id, day)
    final = await api(request, f"/v1/students/{student_id}/final-grades", year=_academic_year(anchor))
    has_year = any(p["kind"] == "year" for p in final["periods"])
    year_averages: dict[str, Any] = {}
    dated = [p for p in final["periods"] if p.get("starts_on")]
    if not has_year and dated:
        year = await api(request, f"/v1/students/{student_id}/grades", period="year", date=dated[0]["starts_on"])
        year_averages = {row["subject"]["id"]: row for row in year["subjects"]}
    for period in final["periods"]:
        period["label"] = _period_label(period)
    for row in final["subjects"]:
        missed = [c["missed_lessons"]["total"] for c in row["periods"] if c.get("missed_lessons")]
        year_row = year_averages.get(row["subject"]["id"])
        row["year"] = {"average": year_row["average"] if year_row else None,
                       "marks_count": year_row["marks_count"] if year_row else None,
                       "missed": sum(missed), "late": sum(c.get("late") or 0 for c in row["periods"])}
    return {"final": final, "has_year": has_year,
            "year_label": f"{final['academic_year']}/{final['academic_year'] + 1}"}


VIEW_DATA = {"week": _week, "subject": _subject, "grades": _grades, "final": _final}


# Charts -------------------------------------------------------------------------------------------------------


def _running_chart(detail: dict[str, Any]) -> dict[str, str] | None:
    points = [(day["date"], day["running_average"]) for day in detail["days"] if day["marks"]]
    if not points:
        return None
    values = [(point or {}).get("value") for _date, point in points]
    top = {"five_point": 5, "ten_point": 10, "hundred_point": 100}.get(detail["scale"], 5)
    name = detail["subject"]["name"] or detail["subject"]["id"]
    description = _("The average mark after each date with marks")
    chart = charts.LineChart(
        title=_("%(subject)s: average mark") % {"subject": name}, y_min=1, y_max=top,
        labels=[i18n.short_date(d) for d, _point in points], values=values,
        x_label=_("date"), y_label=_("average mark"), description=description)
    alt = _("%(subject)s, the average mark by date: %(points)s") % {"subject": name, "points": "; ".join(
        f"{i18n.short_date(d)} — {i18n.number(v)}" for (d, _point), v in zip(points, values) if v is not None)}
    return {"src": _inline(charts.svg(chart)), "alt": alt}


def _distribution_chart(detail: dict[str, Any]) -> dict[str, str] | None:
    counts: dict[str, int] = {}
    for day in detail["days"]:
        for mark in day["marks"]:
            base = labels.mark_text({"value": mark["value"].rstrip("+-")})
            counts[base] = counts.get(base, 0) + 1
    if not counts:
        return None
    keys = sorted(counts, key=lambda v: (not v.isdigit(), -int(v) if v.isdigit() else 0, v))
    chart = charts.BarChart(title=_("Marks in the period"), labels=keys, values=[counts[v] for v in keys],
                            x_label=_("mark"), y_label=_("how many"), description=_("How many marks of each kind"))
    alt = _("Marks in the period: %(counts)s") % {"counts": ", ".join(f"«{k}» — {counts[k]}" for k in keys)}
    return {"src": _inline(charts.svg(chart)), "alt": alt}


def _inline(svg: str) -> str:
    """The SVG document as a data URI for an <img> (the page's CSP allows images from data:)."""
    import base64

    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
