"""The diary's "new since your last visit": the change feed (``GET /v1/me/feed?format=json``) from the cursor the
browser keeps in a cookie, per reader."""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import Request

from hub.reports import labels
from hub.web import i18n
from hub.web.diary_api import ApiAnswer, api
from hub.web.i18n import N_, gettext as _

SEEN_COOKIE = "hub_seen"  # "<reader key>@<feed cursor>": where the change feed stood when the week was last shown
SEEN_MAX_AGE_S = 180 * 24 * 3600
NEWS_SHOWN = 20


def _reader_key(reader) -> str:
    return hashlib.sha256(f"{reader.role.value}:{reader.sub}".encode()).hexdigest()[:12]


async def news(request: Request, reader, children: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, str | None]:
    """What changed for the reader's children since the week view was last shown in this browser (the change feed,
    ``GET /v1/me/feed?format=json``, from the cursor kept in ``SEEN_COOKIE``), and the cursor to keep now. A first
    visit (or another reader in this browser) shows nothing and starts from the feed's head."""
    key = _reader_key(reader)
    held, _sep, cursor = request.cookies.get(SEEN_COOKIE, "").partition("@")
    try:
        if held != key or not cursor:
            return None, f"{key}@{(await api(request, '/v1/me/feed', format='json', limit=1))['next']}"
        page = await api(request, "/v1/me/feed", format="json", after=cursor, limit=NEWS_SHOWN)
    except ApiAnswer:  # a cursor the feed no longer takes (another log), or no feed: start again from the head
        return None, ""
    names = {c["student_id"]: " ".join(filter(None, (c.get("first_name"), c.get("last_name")))) for c in children}
    items = [_news_item(event, names) for event in page["events"]]
    return {"items": items, "more": page["more"]}, f"{key}@{page['next']}"


def _news_item(event: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    subject = (event.get("subject") or {}).get("name") or ""
    child = ", ".join(names.get(s) or "" for s in event.get("student_ids", []) if names.get(s))
    kind, change = event["kind"], event["change"]
    what, detail = _NEWS_WORDS.get((kind, change), N_("A change")), ""
    if kind == "mark" and event.get("mark"):
        mark = event["mark"]
        detail = " · ".join(filter(None, (labels.mark_text(mark), labels.work_type_name(mark))))
    elif kind == "final_mark" and event.get("final_mark"):
        mark = event["final_mark"]
        detail = " · ".join(filter(None, (labels.mark_text(mark), (mark.get("period") or {}).get("name"))))
    elif kind == "homework" and event.get("homework"):
        detail = event["homework"].get("text") or ""
    elif kind == "attendance" and event.get("attendance"):
        attendance = event["attendance"]
        detail = attendance.get("code") or attendance.get("status_name") or ""
    date = i18n.date_label(event["date"], year=False) if event.get("date") else ""
    return {"what": _(what), "subject": subject, "date": date, "detail": detail, "child": child,
            "kind": kind, "change": change}


_NEWS_WORDS = {
    ("mark", "new"): N_("New mark"), ("mark", "changed"): N_("Mark changed"), ("mark", "removed"): N_("Mark removed"),
    ("final_mark", "new"): N_("Mark for the period"), ("final_mark", "changed"): N_("Mark for the period changed"),
    ("final_mark", "removed"): N_("Mark for the period removed"),
    ("homework", "new"): N_("New homework"), ("homework", "changed"): N_("Homework changed"),
    ("homework", "removed"): N_("Homework withdrawn"),
    ("attendance", "new"): N_("Attendance"), ("attendance", "changed"): N_("Attendance corrected"),
}
