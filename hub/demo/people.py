"""The demo's people a browser may sign in as from the login page's chooser (dev mode, a demo data dir only:
``hub.web.session``): two parents with a child in 5Б and one in 6А, a pupil of 5А and the operator
(the console). Their names are the ones the demo school's roster gives them (``hub.demo.dataset``)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hub.auth.readers import Role
from hub.demo.dataset import _Roster
from hub.demo.vendor_formats import native_id

SEED = 1234  # hub.demo.dataset.records' default: the roster is the first thing drawn from it


@dataclass(frozen=True, slots=True)
class DemoPerson:
    key: str
    name: str
    role: Role
    sub: str
    about: str = ""


def demo_people() -> list[DemoPerson]:
    roster = _Roster(random.Random(SEED))
    people = []
    for gid, kids, (last, first, middle) in roster.guardians[:2]:
        children = ", ".join(roster.names[k][1] for k in kids)
        people.append(DemoPerson(gid, f"{last} {first} {middle}".strip(), Role.GUARDIAN, native_id(gid),
                                 about=children))
    pupil = roster.students["5a"][0]
    last, first, _ = roster.names[pupil]
    people.append(DemoPerson(pupil, f"{last} {first}", Role.STUDENT, native_id(pupil), about="5А"))
    people.append(DemoPerson("ops", "ops-demo", Role.OPERATOR, "ops-demo"))
    return people
