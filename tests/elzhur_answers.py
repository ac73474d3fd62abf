"""Elzhur answers the unit tests build again and again, as request envelopes (``{"request", "pulled_at", "body"}``)."""

from __future__ import annotations

from typing import Any


def parent_rules(sid: str, name: tuple[str, str], parent: str, class_name: str, pulled_at: str) -> dict[str, Any]:
    """The getrules of ``sid``'s parent (user ``parent``) naming one child, ``sid`` (``name``: last, first), in
    ``class_name``, his home class (A.3 getrules)."""
    student = {"rel": "child", "name": sid, "lastname": name[0], "firstname": name[1], "class": class_name}
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "result": {
        "roles": ["parent"], "id": parent, "name": parent, "title": "Родитель",
        "relations": {"students": {sid: student}, "groups": {class_name: {"rel": "homeclass"}}}}}}}
