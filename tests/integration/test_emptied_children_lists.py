"""A parent's list of children that the journal answers empty ends every link it held (principle 6: a parent reads
only their children).

Found by ``contracts/journeys/dnevnik_ru_40`` (children-02): the father's latest ``users/{u}/context`` has
``children: []`` and ``user/{u}/children`` answers ``[]``, yet the hub kept both children from his earlier context.
A Dnevnik.ru answer that *states* the parent's list (a context's ``children`` key present as a list, a children
endpoint's array) is the parent's whole list, an empty one too (reference §3.9: ``children`` is present for
parents); one that does not state it (the key absent or null, relatives) unlinks nothing. An Eljur getrules listing
no child unlinks nothing (``contracts/journeys/elzhur_40`` children-002: an account's relations sent empty). The arrival-order rules are the non-empty lists': an empty list
pulled before the stored list unlinks nothing, and an older list delivered after the empty one links nobody again.
"""

from __future__ import annotations

import copy
from typing import Any

from hub.auth.readers import Role
from projections import child_ids
from tests.e2e.test_guardian_unlinked import KIRILL, PARENT, SOFYA, getrules
from tests.e2e.vendor_helpers import event_types, running_hub, statuses

DN_SCHOOL, EL_SCHOOL = "sch-dn-empty", "sch-el-empty"
USER, FATHER, ALISA, TIMOFEY = 1000011740102, 1000012740102, 1000012740001, 2260325488740100002
FEB_01, FEB_05, FEB_08, FEB_10 = ("2026-02-01T12:00:00+03:00", "2026-02-05T12:00:00+03:00",
                                  "2026-02-08T12:00:00+03:00", "2026-02-10T12:00:00+03:00")
KIDS = {ALISA: ("Алиса", "Орлова"), TIMOFEY: ("Тимофей", "Орлов")}


def context(*kids: int, pulled_at: str, children: Any = "list") -> dict[str, Any]:
    """The father's ``users/{u}/context`` (reference §3.9) listing ``kids``; ``children`` "absent" drops the key,
    None states it null."""
    body: dict[str, Any] = {
        "userId": USER, "userId_str": str(USER), "personId": FATHER, "personId_str": str(FATHER),
        "shortName": "Орлов С. П.", "roles": ["EduParent"], "schoolIds": [1000002440040], "groupIds": [],
        "eduGroups": [], "splitId": None,
        "children": [{"personId": kid, "firstName": KIDS[kid][0], "lastName": KIDS[kid][1], "middleName": None,
                      "shortName": KIDS[kid][1], "schoolIds": [1000002440040], "groupIds": []} for kid in kids]}
    if children == "absent":
        del body["children"]
    elif children is None:
        body["children"] = None
    return {"request": f"GET /v2/users/{USER}/context", "body": body, "pulled_at": pulled_at}


def children_of(request: str, *kids: int, pulled_at: str) -> dict[str, Any]:
    """``user/{u}/children`` or ``person/{p}/children``: person objects (reference §1, §3.9)."""
    return {"request": request, "pulled_at": pulled_at, "body": [
        {"id": kid, "id_str": str(kid), "firstName": KIDS[kid][0], "lastName": KIDS[kid][1], "sex": "Female"}
        for kid in kids]}


async def dnevnik_children(hub, headers: dict[str, str]) -> list[str]:
    """The father's children as the access check reads them (``child_ids.is_guardian_of``; these children are
    enrolled in no class, so ``/v1/me/children`` would list none of them)."""
    await hub.project()
    person = lambda vendor_id: f"dnevnik:{DN_SCHOOL}:person:{vendor_id}"  # noqa: E731
    with hub.hub.views.connect() as conn:
        return sorted(KIDS[kid][0] for kid in KIDS if child_ids.is_guardian_of(conn, person(FATHER), person(kid)))


async def test_an_emptied_dnevnik_context_unlinks_every_child_it_held(tmp_path):
    async with running_hub(tmp_path) as hub:
        vendor = hub.client("dnevnik_ru", DN_SCHOOL)
        father = hub.reader(f"dnevnik:{DN_SCHOOL}:person:{FATHER}", Role.GUARDIAN)
        first = await hub.push("dnevnik_ru", DN_SCHOOL, vendor, [context(ALISA, TIMOFEY, pulled_at=FEB_01)])
        assert statuses(first) == ["accepted"], first
        assert await dnevnik_children(hub, father) == ["Алиса", "Тимофей"]

        for silent in (context(pulled_at=FEB_05, children="absent"), context(pulled_at=FEB_05, children=None)):
            said = await hub.push("dnevnik_ru", DN_SCHOOL, vendor, [silent])
            assert "guardian.unlinked" not in event_types(said), said  # a context that states no list says nothing
        assert await dnevnik_children(hub, father) == ["Алиса", "Тимофей"]

        empty = await hub.push("dnevnik_ru", DN_SCHOOL, vendor, [context(pulled_at=FEB_08)])
        assert statuses(empty) == ["accepted"], empty
        assert event_types(empty).count("guardian.unlinked") == 2, empty
        assert await dnevnik_children(hub, father) == []
        alisa = f"dnevnik:{DN_SCHOOL}:person:{ALISA}"
        refused = await hub.http.get(f"/v1/students/{alisa}/diary", params={"from": "2026-02-02", "to": "2026-02-06"},
                                     headers=father)
        assert refused.status_code == 404, refused.text

        late = await hub.push("dnevnik_ru", DN_SCHOOL, vendor, [context(ALISA, TIMOFEY, pulled_at=FEB_05)])
        assert "guardian.linked" not in event_types(late), late  # pulled before the empty list: links nobody again
        assert await dnevnik_children(hub, father) == []

        again = await hub.push("dnevnik_ru", DN_SCHOOL, vendor, [context(ALISA, pulled_at=FEB_10)])
        assert "guardian.linked" in event_types(again), again
        assert await dnevnik_children(hub, father) == ["Алиса"]


async def test_an_empty_dnevnik_children_list_unlinks_and_an_older_one_delivered_late_does_not(tmp_path):
    async with running_hub(tmp_path) as hub:
        vendor = hub.client("dnevnik_ru", DN_SCHOOL)
        father = hub.reader(f"dnevnik:{DN_SCHOOL}:person:{FATHER}", Role.GUARDIAN)
        await hub.push("dnevnik_ru", DN_SCHOOL, vendor, [context(ALISA, TIMOFEY, pulled_at=FEB_01)])  # user -> person
        listed = await hub.push("dnevnik_ru", DN_SCHOOL, vendor,
                                [children_of(f"GET /v2/user/{USER}/children", ALISA, TIMOFEY, pulled_at=FEB_05)])
        assert statuses(listed) in (["accepted"], ["duplicate"]), listed  # the same links as the context's
        stale = await hub.push("dnevnik_ru", DN_SCHOOL, vendor,
                               [children_of(f"GET /v2/user/{USER}/children", pulled_at=FEB_01)])
        assert "guardian.unlinked" not in event_types(stale), stale  # pulled before the stored list: says nothing
        assert await dnevnik_children(hub, father) == ["Алиса", "Тимофей"]

        empty = await hub.push("dnevnik_ru", DN_SCHOOL, vendor,
                               [children_of(f"GET /v2/user/{USER}/children", pulled_at=FEB_08)])
        assert event_types(empty).count("guardian.unlinked") == 2, empty
        assert await dnevnik_children(hub, father) == []

        person = await hub.push("dnevnik_ru", DN_SCHOOL, vendor,
                                [children_of(f"GET /v2/person/{FATHER}/children", ALISA, pulled_at=FEB_10)])
        assert "guardian.linked" in event_types(person), person
        assert await dnevnik_children(hub, father) == ["Алиса"]
        none = await hub.push("dnevnik_ru", DN_SCHOOL, vendor,
                              [children_of(f"GET /v2/person/{FATHER}/children", pulled_at="2026-02-11T12:00:00+03:00")])
        assert event_types(none).count("guardian.unlinked") == 1, none
        assert await dnevnik_children(hub, father) == []


def rules(*pupils: str, pulled_at: str, students: Any = "object", roles: list[str] | None = None) -> dict[str, Any]:
    """The mother's getrules (``tests.e2e.test_guardian_unlinked.getrules``); ``students`` "array" states the list as
    an array, "absent" drops the key, None states it null."""
    record = copy.deepcopy(getrules(*pupils, pulled_at=pulled_at))
    result = record["body"]["response"]["result"]
    relations = result["relations"]
    if students == "array":
        relations["students"] = list(relations["students"].values())
    elif students == "absent":
        del relations["students"]
    elif students is None:
        relations["students"] = None
    if roles is not None:
        result["roles"] = roles
    return record


async def test_an_elzhur_getrules_listing_no_child_unlinks_nothing(tmp_path):
    """Unlike Dnevnik.ru's context, an Eljur account's relations sent empty (``{}``, or PHP's ``[]``) or without
    ``students`` say nothing of the children (``contracts/journeys/elzhur_40`` children-002): the links stay, and
    a later list that lacks a child still unlinks it."""
    async with running_hub(tmp_path) as hub:
        vendor = hub.client("elzhur", EL_SCHOOL)
        mother = hub.reader(f"elzhur:{EL_SCHOOL}:parent:{PARENT}", Role.GUARDIAN)

        async def shown() -> list[str]:
            await hub.project()
            return sorted(c["first_name"] for c in await hub.children(mother))

        both = await hub.push("elzhur", EL_SCHOOL, vendor,
                              [rules(KIRILL, SOFYA, pulled_at="2025-10-18T07:00:00+03:00")])
        assert statuses(both) == ["accepted"], both
        for silent in (rules(pulled_at="2025-10-25T07:00:00+03:00", students="absent"),
                       rules(pulled_at="2025-10-26T07:00:00+03:00", students=None),
                       rules(pulled_at="2025-12-08T07:00:00+03:00"),
                       rules(pulled_at="2025-12-09T07:00:00+03:00", students="array")):
            said = await hub.push("elzhur", EL_SCHOOL, vendor, [silent])
            assert statuses(said) == ["accepted"] and "guardian.unlinked" not in event_types(said), said
        assert await shown() == ["Кирилл", "Софья"]
        one = await hub.push("elzhur", EL_SCHOOL, vendor, [rules(KIRILL, pulled_at="2026-01-12T07:00:00+03:00")])
        assert event_types(one).count("guardian.unlinked") == 1, one
        assert await shown() == ["Кирилл"]
