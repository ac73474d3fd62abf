"""A parent's list of children, as a journal answers it again, ends the links to the children it no longer lists.

Found by the third independent Elzhur corpus (``contracts/journeys/elzhur_3``, fact children-03): a parent whose
getrules stopped listing a child still read that child. Each journal's whole list of an account's children is a
snapshot (``hub.ingest.snapshots``): a child an earlier list held and a later one lacks gets ``guardian.unlinked``,
and every read checks it; a later list with the child links it again. An empty list: Dnevnik.ru's (a context's or a
children answer's ``[]``) unlinks every child the earlier one held (``dnevnik_ru_40`` children-02;
``tests/integration/test_emptied_children_lists.py``); an Elzhur getrules listing no child unlinks nothing
(``elzhur_40`` children-002).
"""

from __future__ import annotations

import copy
from typing import Any

from hub.auth.readers import Role
from projections import child_ids
from tests.e2e.vendor_helpers import event_types, running_hub, statuses

ELZHUR_SCHOOL, DNEVNIK_SCHOOL = "sch-el-links", "sch-dn-links"
PARENT, FATHER, KIRILL, SOFYA = "41103", "41104", "70213", "70214"


def getrules(*pupils: str, pulled_at: str, parent: str = PARENT) -> dict[str, Any]:
    """A parent's getrules (reference A.3) listing ``pupils`` of 7Б."""
    names = {KIRILL: ("Громов", "Кирилл"), SOFYA: ("Громова", "Софья")}
    students = {sid: {"rel": "child", "name": sid, "title": " ".join(names[sid]), "lastname": names[sid][0],
                      "firstname": names[sid][1], "class": "7Б", "parallel": "7"} for sid in pupils}
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "error": None, "result": {
        "roles": ["parent"], "relations": {"students": students, "groups": {}}, "id": parent, "name": parent,
        "title": "Громова Елена Павловна", "lastname": "Громова", "firstname": "Елена", "middlename": "Павловна"}}}}


async def test_a_child_no_longer_in_a_parents_elzhur_getrules_is_no_longer_the_parents_to_read(tmp_path):
    async with running_hub(tmp_path) as hub:
        elzhur = hub.client("elzhur", ELZHUR_SCHOOL)
        both = await hub.push("elzhur", ELZHUR_SCHOOL, elzhur, [getrules(KIRILL, SOFYA, pulled_at="2025-10-18T07:00:00+03:00")])
        assert statuses(both) == ["accepted"], both
        mother = hub.reader(f"elzhur:{ELZHUR_SCHOOL}:parent:{PARENT}", Role.GUARDIAN)
        await hub.project()
        assert sorted(c["first_name"] for c in await hub.children(mother)) == ["Кирилл", "Софья"]

        one = await hub.push("elzhur", ELZHUR_SCHOOL, elzhur, [getrules(KIRILL, pulled_at="2025-12-07T07:00:00+03:00")])
        assert statuses(one) == ["accepted"] and event_types(one).count("guardian.unlinked") == 1, one
        none = copy.deepcopy(getrules(KIRILL, pulled_at="2025-12-08T07:00:00+03:00"))
        none["body"]["response"]["result"]["relations"]["students"] = {}
        empty = await hub.push("elzhur", ELZHUR_SCHOOL, elzhur, [none])
        assert "guardian.unlinked" not in event_types(empty), empty  # a list of no child unlinks nothing
        await hub.project()
        assert [c["first_name"] for c in await hub.children(mother)] == ["Кирилл"]
        sofya = f"elzhur:{ELZHUR_SCHOOL}:student:{SOFYA}"
        refused = await hub.http.get(f"/v1/students/{sofya}/diary", params={"from": "2025-12-01", "to": "2025-12-07"},
                                     headers=mother)
        assert refused.status_code == 404, refused.text

        again = await hub.push("elzhur", ELZHUR_SCHOOL, elzhur, [getrules(KIRILL, SOFYA, pulled_at="2026-01-12T07:00:00+03:00")])
        assert statuses(again) == ["accepted"], again
        await hub.project()
        assert sorted(c["first_name"] for c in await hub.children(mother)) == ["Кирилл", "Софья"]


def children(parent: int, *kids: int) -> dict[str, Any]:
    """Dnevnik.ru ``person/{p}/children`` (reference §1, §3.9): person objects."""
    return {"request": f"/v2/person/{parent}/children", "body": [
        {"id": kid, "id_str": str(kid), "shortName": f"Ребёнок {kid}", "sex": "Female"} for kid in kids]}


async def test_a_child_no_longer_in_a_dnevnik_parents_children_is_unlinked(tmp_path):
    parent, anna, boris = 2260325488551000201, 2260325488551000101, 2260325488551000102
    async with running_hub(tmp_path) as hub:
        dnevnik = hub.client("dnevnik_ru", DNEVNIK_SCHOOL)
        first = await hub.push("dnevnik_ru", DNEVNIK_SCHOOL, dnevnik, [children(parent, anna, boris)])
        assert event_types(first) == ["guardian.linked", "guardian.linked"], first
        later = await hub.push("dnevnik_ru", DNEVNIK_SCHOOL, dnevnik, [children(parent, anna)])
        assert event_types(later).count("guardian.unlinked") == 1, later
        await hub.project()
        person = lambda vendor_id: f"dnevnik:{DNEVNIK_SCHOOL}:person:{vendor_id}"  # noqa: E731
        with hub.hub.views.connect() as conn:
            assert child_ids.is_guardian_of(conn, person(parent), person(anna))
            assert not child_ids.is_guardian_of(conn, person(parent), person(boris))
        nobody = await hub.push("dnevnik_ru", DNEVNIK_SCHOOL, dnevnik, [children(parent)])
        assert event_types(nobody).count("guardian.unlinked") == 1, nobody  # a list of no child unlinks the rest
        await hub.project()
        with hub.hub.views.connect() as conn:
            assert not child_ids.is_guardian_of(conn, person(parent), person(anna))


async def test_an_older_list_delivered_late_does_not_link_again_a_child_a_newer_list_unlinked(tmp_path):
    """Found by elzhur_6 (children-03) and dnevnik_ru_6 (children-02): a parent's list pulled before the list that
    dropped a child, delivered after it, linked the child again, so the parent read a child no longer theirs. An
    unlink is a deletion: it dates the whole link, and only a list pulled after it links the child again."""
    async with running_hub(tmp_path) as hub:
        elzhur = hub.client("elzhur", ELZHUR_SCHOOL)
        mother = hub.reader(f"elzhur:{ELZHUR_SCHOOL}:parent:{PARENT}", Role.GUARDIAN)
        for pushed in ([getrules(KIRILL, SOFYA, pulled_at="2025-10-18T07:00:00+03:00")],
                       [getrules(KIRILL, pulled_at="2025-11-16T07:00:00+03:00")],
                       [getrules(KIRILL, SOFYA, pulled_at="2025-11-01T07:00:00+03:00")]):
            await hub.push("elzhur", ELZHUR_SCHOOL, elzhur, pushed)
        await hub.project()
        assert [c["first_name"] for c in await hub.children(mother)] == ["Кирилл"]
        father = hub.reader(f"elzhur:{ELZHUR_SCHOOL}:parent:{FATHER}", Role.GUARDIAN)
        for pushed in ([getrules(KIRILL, pulled_at="2025-11-16T07:00:00+03:00", parent=FATHER)],
                       [getrules(KIRILL, SOFYA, pulled_at="2025-11-01T07:00:00+03:00", parent=FATHER)]):
            await hub.push("elzhur", ELZHUR_SCHOOL, elzhur, pushed)  # the older list first seen after the newer
        await hub.project()
        assert [c["first_name"] for c in await hub.children(father)] == ["Кирилл"]
        again = await hub.push("elzhur", ELZHUR_SCHOOL, elzhur, [getrules(KIRILL, SOFYA, pulled_at="2025-11-20T07:00:00+03:00")])
        assert "guardian.linked" in event_types(again), again  # a newer list links her again
        await hub.project()
        assert sorted(c["first_name"] for c in await hub.children(mother)) == ["Кирилл", "Софья"]
