"""The journal's own averages (``average.reported``): shown in the final grades as sent, placed in the period whose
dates they span, and every disagreement with the hub's own figure shown to operators (endpoint, metric, console),
on both stacks. Hand-computed from ``tests/views_scenario.py``: anna's mathematics in q1 counts 4- (3.75, weight
1), 5 (weight 2) and 4 (weight 1): weighted 4.4375, simple 4.25; boris's is one 3."""

from __future__ import annotations

import pytest

from hub.api import answers, operator_answers
from hub.auth.readers import Role
from hub.projector.runner import project_all
from hub.web.session import COOKIE
from tests import views_scenario as sc
from tests.integration.test_metrics import scrape, value
from tests.views_scenario import q


def reported(record_id: str, student: str, value_: str, source: str, **span) -> dict:
    return sc.rec("average.reported", record_id, {"student_id": student, "subject_id": "math", "value": value_,
                                                  "source": source, **span})


AVERAGES = [
    reported("av-1", "anna", "4.44", "wa-marks", period_id="q1", rule="weighted"),  # 4.4375 -> 4.44: agrees
    reported("av-2", "anna", "4.40", "avg-marks", starts_on="2026-09-01", ends_on="2026-10-24"),  # q1 by dates
    reported("av-3", "anna", "4.3", "avg-marks", starts_on="2026-09-01", ends_on="2026-09-30"),  # no period
    reported("av-4", "boris", "3.0", "avg-marks", period_id="q1"),  # agrees
    reported("av-5", "boris", "2", "avg-marks", period_id="q2"),  # the hub has no mark in q2: not compared
    reported("av-6", "anna", "4,25", "getmarks.average", period_id="q1", rule="simple"),  # 4.25: agrees
    # no rule stated (Dnevnik.ru's avg-marks, found by contracts/journeys/dnevnik_ru_25): the school's weighted 4.44
    # does not agree, the simple mean 4.25 does: no disagreement for operators
    reported("av-7", "anna", "4.25", "avg-marks", period_id="q1"),
]


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, [*sc.all_records(), *AVERAGES], [sc.Q, sc.T])


async def test_the_final_grades_show_the_journals_averages_as_sent(seeded):
    response = await seeded.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": "2026"},
                                     headers=sc.bearer(seeded, q("mother"), Role.GUARDIAN))
    assert response.status_code == 200, response.text
    body = response.json()
    answers.FinalGradesAnswer.model_validate(body)
    math = next(s for s in body["subjects"] if s["subject"]["id"] == q("math"))
    shown = sorted(math["vendor_averages"], key=lambda a: (a["source"], a["value"]))
    assert shown == [
        {"period_id": q("q1"), "value": "4.25", "source": "avg-marks", "rule": None, "agrees": True},
        {"period_id": None, "value": "4.3", "source": "avg-marks", "rule": None, "from": "2026-09-01",
         "to": "2026-09-30", "agrees": None},
        {"period_id": q("q1"), "value": "4.40", "source": "avg-marks", "rule": None, "from": "2026-09-01",
         "to": "2026-10-24", "agrees": False},
        {"period_id": q("q1"), "value": "4,25", "source": "getmarks.average", "rule": "simple", "agrees": True},
        {"period_id": q("q1"), "value": "4.44", "source": "wa-marks", "rule": "weighted", "agrees": True},
    ]
    assert all(s["vendor_averages"] == [] for s in body["subjects"] if s["subject"]["id"] != q("math"))


async def test_operators_see_every_disagreement_and_no_one_else_does(seeded):
    operator = sc.bearer(seeded, "op", Role.OPERATOR)
    response = await seeded.http.get("/v1/operator/average-disagreements", params={"school": sc.Q},
                                     headers=operator)
    assert response.status_code == 200, response.text
    body = response.json()
    operator_answers.DisagreementsAnswer.model_validate(body)
    assert [(d["student"]["id"], d["subject"]["id"], d["period"]["id"], d["hub"]["at_vendor_precision"],
             d["vendor"]["value"]) for d in body["disagreements"]] == [(q("anna"), q("math"), q("q1"), "4.44", "4.40")]
    only = body["disagreements"][0]
    assert only["student"]["name"] == "Смирнова Анна" and only["subject"]["name"] == "Математика"
    assert only["hub"] == {"value": 4.4375, "at_vendor_precision": "4.44", "rule": "weighted", "counted_marks": 3}
    everywhere = (await seeded.http.get("/v1/operator/average-disagreements", headers=operator)).json()
    assert everywhere["disagreements"] == body["disagreements"]
    other = (await seeded.http.get("/v1/operator/average-disagreements", params={"school": sc.T},
                                   headers=operator)).json()
    assert other["disagreements"] == []
    for who in (sc.bearer(seeded, "head", Role.HEAD_TEACHER, sc.Q), sc.bearer(seeded, q("mother"), Role.GUARDIAN),
                sc.bearer(seeded, "aud", Role.AUDITOR)):
        refused = await seeded.http.get("/v1/operator/average-disagreements", params={"school": sc.Q}, headers=who)
        assert refused.status_code == 404

    scraped = await scrape(seeded)
    assert value(scraped, "hub_average_disagreements", school=sc.Q) == 1
    assert value(scraped, "hub_average_disagreements", school=sc.T) is None

    seeded.http.cookies.set(COOKIE, seeded.hub.tokens.issue("op", Role.OPERATOR))
    page = await seeded.http.get("/console")
    seeded.http.cookies.clear()
    assert page.status_code == 200
    table = page.text.split('data-testid="average-disagreements"')[1].split("</table>")[0]
    assert "Смирнова Анна" in table and "Математика" in table and "4.44" in table and "4.40" in table


async def test_a_corrected_mark_settles_the_disagreement(seeded):
    """The comparison is made at read time: an amended mark changes it without any event about the average."""
    grade = {"grade_id": "g2", "student_id": "anna", "lesson_id": "lm2", "value": "5", "scale": "five_point",
             "weight": 1}  # the control work weighed 1, not 2: (3.75 + 5 + 4) / 3 = 4.25
    amended = sc.rec("grade.amended", "g2", {**grade, "reason": "weight"}, revision=2)
    again = sc.rec("average.reported", "av-2", {"student_id": "anna", "subject_id": "math", "value": "4.25",
                                                "source": "avg-marks", "starts_on": "2026-09-01",
                                                "ends_on": "2026-10-24"}, revision=2)
    body = (await seeded.http.post("/v1/ingest/native", json=[amended, again],
                                   headers=seeded.vendor([sc.Q]))).json()
    assert body["summary"]["rejected"] == 0, body
    await project_all(seeded.hub.log, seeded.hub.views)
    found = (await seeded.http.get("/v1/operator/average-disagreements",
                                   headers=sc.bearer(seeded, "op", Role.OPERATOR))).json()["disagreements"]
    # the journal's weighted figure 4.44 now disagrees (the hub's weighted is 4.25), its plain one agrees
    assert [(d["vendor"]["source"], d["vendor"]["value"], d["hub"]["at_vendor_precision"]) for d in found] == [
        ("wa-marks", "4.44", "4.25")]
