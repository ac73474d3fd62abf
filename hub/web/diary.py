"""``/diary``: the reference diary page for guardians and students, rendered on the server from the JSON API.

It shows how the read API is meant to be used: every figure on the page comes from a request to the API with the
reader's own token (``GET /v1/me/children``, ``/v1/students/{id}/diary``, ``/subjects/{id}``, ``/grades``,
``/final-grades``), made in-process, so the page can show nothing the token could not read. It is not a
replacement for the MRKO diary.

Query parameters: ``child`` (a student id from the children list; default the first), ``view`` (``week`` |
``subject`` | ``grades`` | ``final``), ``week`` (``YYYY-Www``), ``subject``, ``period`` (``month`` | ``quarter`` |
``year`` for the grades and subject views) and ``date`` (the day the period is taken around).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

import httpx
from fastapi import APIRouter, Request
from starlette.responses import Response

from hub import clock
from hub.api.errors import ApiError
from hub.api.params import is_id
from hub.api.view_positions import iso_week, parse_week
from hub.auth.readers import Role
from hub.reports import charts
from hub.web.pages import not_found_page, render
from hub.web.session import COOKIE, page_reader

VIEWS = ("week", "subject", "grades", "final")
PERIODS = ("month", "quarter", "year")
WEEKDAYS = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")

router = APIRouter(include_in_schema=False)


class ApiAnswer(Exception):
    """The API refused a request the page made; the page shows its message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


async def api(request: Request, path: str, **params: Any) -> dict[str, Any]:
    """GET ``path`` from this app's own API with the signed-in reader's token."""
    headers = {"Authorization": f"Bearer {request.cookies.get(COOKIE, '')}"}
    transport = httpx.ASGITransport(app=request.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.internal") as client:
        response = await client.get(path, params={k: v for k, v in params.items() if v is not None},
                                    headers=headers)
    if response.status_code != 200:
        error = response.json().get("error", {}) if response.headers.get("content-type", "").startswith(
            "application/json") else {}
        raise ApiAnswer(response.status_code, error.get("message", response.reason_phrase))
    return response.json()


@router.get("/diary")
async def diary_page(request: Request, child: str | None = None, view: str = "week", week: str | None = None,
                     subject: str | None = None, period: str = "quarter", date: str | None = None) -> Response:
    reader = page_reader(request)
    if reader.role not in (Role.GUARDIAN, Role.STUDENT):
        return not_found_page(request, "diary")
    if not all(is_id(value) for value in (child, subject) if value is not None):  # they go into API paths
        return not_found_page(request, "child" if child is not None and not is_id(child) else "subject")
    children = await _children(request, reader)
    current = next((c for c in children if c["student_id"] == child), children[0] if children else None)
    if current is None or (child is not None and current["student_id"] != child):
        return not_found_page(request, "child") if child is not None else render(
            request, "diary.html", reader=reader, children=[], current=None, view=view)
    view = view if view in VIEWS else "week"
    period = period if period in PERIODS else "quarter"
    date, date_error = _valid_date(date)
    context: dict[str, Any] = {"reader": reader, "children": children, "current": current, "view": view,
                               "period": period, "date": date, "link": _linker(current["student_id"])}
    if date_error:
        context["error"] = date_error
    try:
        context.update(await _VIEW_DATA[view](request, current["student_id"], week=week, subject=subject,
                                             period=period, date=date))
    except ApiAnswer as exc:
        if exc.status == 404:
            return not_found_page(request, "such page of this diary")
        context["error"] = exc.message
    except ApiError as exc:
        context["error"] = exc.message
    return render(request, "diary.html", **context)


@router.get("/diary/grades.{fmt}")
async def grades_file(request: Request, fmt: str, child: str, period: str = "quarter",
                      date: str | None = None) -> Response:
    """The grades export of the API (CSV or XLSX), fetched with the signed-in reader's token: a browser link cannot
    send the token itself."""
    page_reader(request)
    if fmt not in ("csv", "xlsx") or not is_id(child):
        return not_found_page(request)
    headers = {"Authorization": f"Bearer {request.cookies.get(COOKIE, '')}"}
    params = {"period": period if period in PERIODS else "quarter", "format": fmt, **({"date": date} if date else {})}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=request.app), base_url="http://hub.internal") as c:
        response = await c.get(f"/v1/students/{child}/grades", params=params, headers=headers)
    if response.status_code != 200:
        return not_found_page(request, "export")
    keep = ("content-type", "content-disposition")
    return Response(response.content, headers={k: v for k, v in response.headers.items() if k in keep})


def _valid_date(date: str | None) -> tuple[str | None, str | None]:
    """``date`` if it is YYYY-MM-DD, else None and a message for the page (the view then uses today)."""
    if date is None:
        return None, None
    try:
        return dt.date.fromisoformat(date).isoformat(), None
    except ValueError:
        return None, f"date must be YYYY-MM-DD, not {date[:40]!r}; showing today"


async def _children(request: Request, reader) -> list[dict[str, Any]]:
    if reader.role is Role.STUDENT:
        return [{"student_id": reader.sub, "first_name": None, "last_name": None, "class_name": None}]
    return (await api(request, "/v1/me/children"))["children"]


def _linker(student_id: str):
    def link(**params: Any) -> str:
        return "/diary?" + urlencode({"child": student_id, **{k: v for k, v in params.items() if v is not None}})
    return link


# Views --------------------------------------------------------------------------------------------------------


async def _week(request: Request, student_id: str, *, week: str | None, **_: Any) -> dict[str, Any]:
    today = clock.today(clock.DEFAULT_ZONE)  # the page knows no school; the hub's schools keep Moscow time
    monday = parse_week(week) if week else today - dt.timedelta(days=today.weekday())
    body = await api(request, f"/v1/students/{student_id}/diary", **{"from": monday.isoformat(),
                                                                    "to": (monday + dt.timedelta(6)).isoformat()})
    days = [day for day in body["days"] if day["lessons"] or day["homework_due"] or day["marks_without_lesson"]]
    for day in days:
        day["weekday"] = WEEKDAYS[dt.date.fromisoformat(day["date"]).weekday()]
    return {"days": days, "week": iso_week(monday), "prev_week": iso_week(monday - dt.timedelta(7)),
            "next_week": iso_week(monday + dt.timedelta(7)), "monday": monday}


async def _subject(request: Request, student_id: str, *, subject: str | None, period: str, date: str | None,
                   **_: Any) -> dict[str, Any]:
    grades = await api(request, f"/v1/students/{student_id}/grades", period="year", date=date)
    subjects = [row["subject"] for row in grades["subjects"]]
    chosen = subject or (subjects[0]["id"] if subjects else None)
    if chosen is None:
        return {"subjects": [], "detail": None}
    detail = await api(request, f"/v1/students/{student_id}/subjects/{chosen}", period=period, date=date)
    return {"subjects": subjects, "chosen": chosen, "detail": detail, "chart": _running_chart(detail),
            "distribution": _distribution_chart(detail)}


async def _grades(request: Request, student_id: str, *, period: str, date: str | None, **_: Any) -> dict[str, Any]:
    grades = await api(request, f"/v1/students/{student_id}/grades", period=period, date=date)
    for row in grades["subjects"]:
        by_date: dict[str, list[dict[str, Any]]] = {}
        for mark in row["marks"]:
            by_date.setdefault(mark["date"], []).append(mark)
        row["by_date"] = by_date
    exports = {fmt: "/diary/grades." + fmt + "?" + urlencode(
        {"child": student_id, "period": period, **({"date": date} if date else {})}) for fmt in ("csv", "xlsx")}
    return {"grades": grades, "exports": exports}


async def _final(request: Request, student_id: str, *, date: str | None, **_: Any) -> dict[str, Any]:
    day = dt.date.fromisoformat(date) if date else None  # checked by _valid_date
    year = None if day is None else day.year - (1 if day.month < 9 else 0)
    return {"final": await api(request, f"/v1/students/{student_id}/final-grades", year=year)}


_VIEW_DATA = {"week": _week, "subject": _subject, "grades": _grades, "final": _final}


# Charts -------------------------------------------------------------------------------------------------------


def _running_chart(detail: dict[str, Any]) -> str | None:
    points = [(day["date"], day["running_average"]) for day in detail["days"] if day["marks"]]
    if not points:
        return None
    values = [(point or {}).get("value") for _date, point in points]
    top = {"five_point": 5, "ten_point": 10, "hundred_point": 100}.get(detail["scale"], 5)
    chart = charts.LineChart(
        title=f"{detail['subject']['name'] or detail['subject']['id']}: средний балл", y_min=1, y_max=top,
        labels=[dt.date.fromisoformat(d).strftime("%d.%m") for d, _point in points], values=values,
        x_label="дата", y_label="средний балл", description="Средний балл после каждой даты с отметками")
    return _inline(charts.svg(chart))


def _distribution_chart(detail: dict[str, Any]) -> str | None:
    counts: dict[str, int] = {}
    for day in detail["days"]:
        for mark in day["marks"]:
            base = mark["value"].rstrip("+-")
            counts[base] = counts.get(base, 0) + 1
    if not counts:
        return None
    labels = sorted(counts, key=lambda v: (not v.isdigit(), -int(v) if v.isdigit() else 0, v))
    chart = charts.BarChart(title="Отметки за период", labels=labels, values=[counts[v] for v in labels],
                            x_label="отметка", y_label="сколько", description="Сколько каких отметок")
    return _inline(charts.svg(chart))


def _inline(svg: str) -> str:
    """The SVG document as a data URI for an <img> (the page's CSP allows images from data:)."""
    import base64

    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
