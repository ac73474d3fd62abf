"""``/diary``: the reference diary page for guardians and students, rendered on the server from the JSON API.

It shows how the read API is meant to be used: every figure on the page comes from a request to the API with the
reader's own token (``GET /v1/me/children``, ``/v1/students/{id}/diary``, ``/subjects/{id}``, ``/grades``,
``/final-grades``), made in-process, so the page can show nothing the token could not read. It is not a
replacement for the MRKO diary.

Query parameters: ``child`` (a student id from the children list; default the first), ``view`` (``week`` |
``subject`` | ``grades`` | ``final``), ``week`` (``YYYY-Www``; the week picker sends ``date``, any day of the week), ``subject``,
``period`` (``month`` | ``quarter`` | ``year``, or one of the school's reporting period ids, for the grades and
subject views) and ``date`` (the day the period is taken around).

Where it opens: without ``week`` (or ``date``), on the current week by the hub's clock (``hub.clock``, in Moscow
time) when that week has lessons, else on the latest week before it that has (``_data_day``: the 13 weeks
before, then the latest mark, a year at a time, up to ``SEARCH_YEARS`` back), else on the current week.

Words and dates are the catalogue's (``hub.web.i18n``: Russian); the week view shows each lesson's times,
teacher, room and group, each mark's weight, work type (``labels.work_type_name``), the journal's own text of it
and the teacher's comment (a ``<details>`` the reader opens), homework set for the lesson and set at it (with
attachments as links), and attendance as the journal codes it, with a legend of the codes on the page.

This module holds the routes; each view's data is ``hub.web.diary_views``, the requests to the API
``hub.web.diary_api``, and "new since your last visit" ``hub.web.diary_news``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

import httpx
from fastapi import APIRouter, Request
from starlette.responses import Response

from hub import dates
from hub.api.errors import ApiError
from hub.api.params import is_id
from hub.api.view_positions import parse_week
from hub.auth.readers import Role
from hub.web.diary_api import ApiAnswer, api, refusal
from hub.web.diary_news import SEEN_COOKIE, SEEN_MAX_AGE_S, news
from hub.web.diary_views import EXPORTS, VIEW_DATA, VIEWS
from hub.web.i18n import gettext as _
from hub.web.pages import not_found_page, render
from hub.web.session import COOKIE, page_reader


router = APIRouter(include_in_schema=False)


@router.get("/diary")
async def diary_page(request: Request, child: str | None = None, view: str = "week", week: str | None = None,
                     subject: str | None = None, period: str = "quarter", date: str | None = None) -> Response:
    reader = page_reader(request)
    if reader.role not in (Role.GUARDIAN, Role.STUDENT):
        return not_found_page(request, "diary")
    if not all(is_id(value) for value in (child, subject) if value is not None):  # they go into API paths
        return not_found_page(request, "child" if child is not None and not is_id(child) else "subject")
    if not is_id(period):
        period = "quarter"
    children = await _children(request, reader)
    current = next((c for c in children if c["student_id"] == child), children[0] if children else None)
    if current is None or (child is not None and current["student_id"] != child):
        return not_found_page(request, "child") if child is not None else render(
            request, "diary.html", reader=reader, children=[], current=None, view=view)
    view = view if view in VIEWS else "week"
    errors: list[str] = []
    day = _valid_date(date, errors)
    monday = _valid_week(week, errors) if view == "week" else None
    context: dict[str, Any] = {"reader": reader, "children": children, "current": current, "view": view,
                               "period": period, "date": day.isoformat() if day else None,
                               "link": _linker(current["student_id"]), "errors": errors}
    seen = None
    if view == "week":
        context["news"], seen = await news(request, reader, children)
    try:
        context.update(await VIEW_DATA[view](request, current["student_id"], monday=monday, subject=subject,
                                             period=period, day=day))
    except ApiAnswer as exc:
        if exc.status == 404:
            return not_found_page(request, "diary_page")
        errors.append(refusal(exc))
    except ApiError as exc:
        errors.append(refusal(exc))
    response = render(request, "diary.html", **context)
    if seen is not None:
        response.set_cookie(SEEN_COOKIE, seen, max_age=SEEN_MAX_AGE_S, httponly=True, samesite="strict",
                            path="/diary", secure=request.url.scheme == "https")
    return response


@router.get("/diary/grades.{fmt}")
async def grades_file(request: Request, fmt: str, child: str, period: str = "quarter",
                      date: str | None = None) -> Response:
    """The grades export of the API (CSV, XLSX or DOCX), fetched with the signed-in reader's token: a browser link
    cannot send the token itself."""
    page_reader(request)
    if fmt not in EXPORTS or not is_id(child) or not is_id(period):
        return not_found_page(request, "export")
    headers = {"Authorization": f"Bearer {request.cookies.get(COOKIE, '')}"}
    params = {"period": period, "format": fmt, **({"date": date} if date else {})}
    if fmt == "csv":
        params["dialect"] = "excel-ru"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=request.app), base_url="http://hub.internal") as c:
        response = await c.get(f"/v1/students/{child}/grades", params=params, headers=headers)
    if response.status_code != 200:
        return not_found_page(request, "export")
    keep = ("content-type", "content-disposition")
    return Response(response.content, headers={k: v for k, v in response.headers.items() if k in keep})


MARGIN = dt.timedelta(days=14)  # a date the page is given stays this far inside the hub's calendar (hub.dates)


def _valid_date(date: str | None, errors: list[str]) -> dt.date | None:
    """``date`` if it is YYYY-MM-DD, else None and a message for the page (the view then opens where the data is)."""
    if date is None or date == "":
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        errors.append(_("“%(date)s” is not a date (YYYY-MM-DD): showing the latest data instead.")
                      % {"date": date[:40]})
        return None
    if not dates.EARLIEST + MARGIN <= day <= dates.LATEST - MARGIN:  # its week and the next ones stay in range
        errors.append(_("The diary shows no dates so far away: showing the latest data instead."))
        return None
    return day


def _valid_week(week: str | None, errors: list[str]) -> dt.date | None:
    if week is None or week == "":
        return None
    try:
        monday = parse_week(week)
        if not dates.EARLIEST + MARGIN <= monday <= dates.LATEST - MARGIN:
            raise ApiError(422, "invalid_week", "out of range")
        return monday
    except ApiError:
        errors.append(_("“%(week)s” is not a week: showing the latest week instead.") % {"week": week[:40]})
        return None


async def _children(request: Request, reader) -> list[dict[str, Any]]:
    if reader.role is Role.STUDENT:
        return [{"student_id": reader.sub, "first_name": None, "last_name": None, "class_name": None}]
    return (await api(request, "/v1/me/children"))["children"]


def _linker(student_id: str):
    def link(**params: Any) -> str:
        return "/diary?" + urlencode({"child": student_id, **{k: v for k, v in params.items() if v is not None}})
    return link
