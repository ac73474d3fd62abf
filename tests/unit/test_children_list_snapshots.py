"""Which answers state a parent's whole list of children (a ``guardian`` snapshot, ``hub.ingest.snapshots``), an
empty one too. Found by ``contracts/journeys/dnevnik_ru_40`` (children-02): an emptied list left the parent's
children with him. Dnevnik.ru (reference §3.9): a context whose ``children`` is an array, ``user/{u}/children``,
``person/{p}/children``; not a context without ``children`` (absent or null), not relatives. Elzhur (A.3 getrules):
only a getrules that lists a child states the list; an account's relations sent empty (``{}``, PHP's ``[]``) or
without ``students`` say nothing (``contracts/journeys/elzhur_40`` children-002)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from adapters.base import TranslationContext
from adapters.dnevnik_ru import ADAPTER as DNEVNIK
from adapters.elzhur import ADAPTER as ELZHUR

NOW = dt.datetime(2026, 2, 8, 9, tzinfo=dt.timezone.utc)
USER, PERSON = 1000011740102, 1000012740102


class Directory:
    def __init__(self, entries: dict | None = None) -> None:
        self.entries = dict(entries or {})

    def get(self, kind: str, vendor_id: Any) -> dict | None:
        return self.entries.get((kind, str(vendor_id)))


def translate(adapter, record: dict, directory: Directory | None = None):
    ctx = TranslationContext("test", NOW, school_id="sch-1", timezone="Europe/Moscow",
                             directory=directory or Directory())
    outcome = adapter.translate(record, ctx)
    assert not outcome.errors and not outcome.missing, (outcome.errors, outcome.missing)
    return outcome


def context(children: Any) -> dict:
    body = {"userId": USER, "personId": PERSON, "roles": ["EduParent"], "eduGroups": []}
    if children != "absent":
        body["children"] = children
    return {"request": f"GET /v2/users/{USER}/context", "body": body, "pulled_at": "2026-02-08T12:00:00+03:00"}


KNOWN_USER = Directory({("user", str(USER)): {"person": str(PERSON)}})


@pytest.mark.parametrize("record, directory, stated", [
    (context([]), None, True),
    (context([{"personId": 1000012740001, "firstName": "Алиса", "lastName": "Орлова"}]), None, True),
    (context("absent"), None, False),
    (context(None), None, False),
    ({"request": f"GET /v2/user/{USER}/children", "body": []}, KNOWN_USER, True),
    ({"request": f"GET /v2/person/{PERSON}/children", "body": []}, None, True),
    ({"request": f"GET /v2/users/{USER}/relatives", "body": []}, KNOWN_USER, False),
], ids=["context-empty", "context-one", "context-absent", "context-null", "user-children-empty",
        "person-children-empty", "relatives-empty"])
def test_which_dnevnik_answers_state_the_parents_list(record, directory, stated):
    outcome = translate(DNEVNIK, record, directory)
    assert outcome.snapshot == ((f"children|person={PERSON}", frozenset({"guardian"})) if stated else None)
    assert not [e for e in outcome.events if e.type == "guardian.unlinked"]  # the hub deletes, not the adapter


def getrules(students: Any, roles: list[str] | None) -> dict:
    relations: dict[str, Any] = {"groups": {"7Б": {"rel": "homeclass", "parallel": "7"}}}
    if students != "absent":
        relations["students"] = students
    result: dict[str, Any] = {"id": "41103", "name": "41103", "title": "Громова Елена Павловна",
                              "relations": relations}
    if roles is not None:
        result["roles"] = roles
    return {"request": "getrules", "pulled_at": "2025-12-08T07:00:00+03:00",
            "body": {"response": {"state": 200, "error": None, "result": result}}}


@pytest.mark.parametrize("students, roles, stated", [
    ({}, ["parent"], False),  # an account's relations sent empty say nothing (elzhur_40 children-002)
    ([], ["parent"], False),
    ("absent", ["parent"], False),
    (None, ["parent"], False),
    ({}, ["student"], False),
    ({}, None, False),
])
def test_which_elzhur_getrules_state_the_parents_list(students, roles, stated):
    outcome = translate(ELZHUR, getrules(students, roles))
    assert outcome.snapshot == (("getrules|parent=41103", frozenset({"guardian"})) if stated else None)
