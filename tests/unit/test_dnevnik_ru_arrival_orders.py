"""Dnevnik.ru memberships read the same whatever the arrival order (``adapters/dnevnik_ru/memberships.py``,
principle 7): every order of a pupil's roster answers gives the stays the roster projection
(``projections/roster_stays.py``) holds when they arrive in pull order (the latest pull wins)."""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.unit.test_dnevnik_ru_memberships import (
    A8, B8, PUPIL, group, person, persons_of, post_edu_groups, stays_of,
)

G1, G2 = "2260325488551770011", "2260325488551770012"
CHOIR = "2260325488551770061"


def sub(vid, name, status="Active"):
    return {**group(vid, name), "type": "Subgroup", "parentIds_str": [A8], "status": status}


def answer(pulled_at, *members):
    """``POST edu-groups`` with the pupil's membership of each (group object, membershipstatus)."""
    return {"request": "POST /v2/edu-groups", "pulled_at": pulled_at, "school_id": "sch-1",
            "body": [{"group": g, "students": [{"person": person(), "membershipstatus": status}]}
                     for g, status in members]}


KLASS = group(A8, "8А")
CLASSES = {"request": "GET /v2/schools/1000000000001/edu-groups", "pulled_at": "2025-09-01T08:00:00+12:00",
           "school_id": "sch-1", "body": [group(A8, "8А"), group(B8, "8Б")]}  # always first: the lists' groups

SCENARIOS = {
    # 8А -> 8Б on 10-05 and back on 11-09; each move's Saturday roster may come after its Sunday one (dnevnik_ru_29)
    "there and back": [
        post_edu_groups("2025-09-28T19:00:00+12:00", (A8, "8А", "Active")),
        post_edu_groups("2025-10-04T19:00:00+12:00", (A8, "8А", "Active")),
        post_edu_groups("2025-10-05T19:00:00+12:00", (A8, "8А", "Archive"), (B8, "8Б", "Active")),
        post_edu_groups("2025-11-08T19:00:00+12:00", (A8, "8А", "Archive"), (B8, "8Б", "Active")),
        post_edu_groups("2025-11-09T19:00:00+12:00", (B8, "8Б", "Archive"), (A8, "8А", "Active")),
    ],
    # a transfer seen by the new class's member list, the old class's Archive roster, a late roster of the old
    "transfer with lists": [
        post_edu_groups("2025-10-01T19:00:00+12:00", (B8, "8Б", "Active")),
        persons_of(B8, "2025-10-20T19:00:00+12:00"),
        post_edu_groups("2025-11-02T19:00:00+12:00", (B8, "8Б", "Archive"), (A8, "8А", "Active")),
        persons_of(A8, "2025-11-10T19:00:00+12:00"),
    ],
    # English group 1 -> group 2 on 10-12, back to group 1 on 11-16
    "subgroup switch and return": [
        answer("2025-10-01T19:00:00+12:00", (KLASS, "Active"), (sub(G1, "Англ1"), "Active")),
        answer("2025-10-11T19:00:00+12:00", (sub(G1, "Англ1"), "Active")),
        answer("2025-10-12T20:00:00+12:00", (sub(G1, "Англ1"), "Archive"), (sub(G2, "Англ2"), "Active")),
        answer("2025-11-15T19:00:00+12:00", (sub(G2, "Англ2"), "Active")),
        answer("2025-11-16T20:00:00+12:00", (sub(G2, "Англ2"), "Archive"), (sub(G1, "Англ1"), "Active")),
    ],
    # a choir dissolved mid-year (status Archive on 10-12), its late rosters
    "subgroup archived mid-year": [
        answer("2025-10-01T19:00:00+12:00", (sub(CHOIR, "Хор"), "Active")),
        answer("2025-10-05T19:00:00+12:00", (sub(CHOIR, "Хор"), "Active")),
        answer("2025-10-10T19:00:00+12:00", (sub(CHOIR, "Хор"), "Active")),
        answer("2025-10-12T20:00:00+12:00", (sub(CHOIR, "Хор", "Archive"), "Active")),
    ],
    # away from 8А (Archive on 10-20) and back on 11-20, with a roster of each state pulled before
    "away and back": [
        post_edu_groups("2025-10-01T19:00:00+12:00", (A8, "8А", "Active")),
        post_edu_groups("2025-10-18T19:00:00+12:00", (A8, "8А", "Active")),
        post_edu_groups("2025-10-20T19:00:00+12:00", (A8, "8А", "Archive")),
        post_edu_groups("2025-11-19T19:00:00+12:00", (A8, "8А", "Archive")),
        post_edu_groups("2025-11-20T19:00:00+12:00", (A8, "8А", "Active")),
    ],
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_arrival_order_reads_as_pull_order(name):
    answers = SCENARIOS[name]
    in_pull_order = stays_of(CLASSES, *sorted(answers, key=lambda a: a["pulled_at"]))
    differ = [order for order in permutations(range(len(answers)))
              if stays_of(CLASSES, *(answers[i] for i in order)) != in_pull_order]
    assert not differ, (f"{len(differ)} of the arrival orders differ from pull order {in_pull_order}, e.g. "
                        f"{differ[0]}: {stays_of(CLASSES, *(answers[i] for i in differ[0]))}")
