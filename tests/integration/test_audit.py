"""The auditor's API and ``hub replay``: history with who sent what and the vendor record, filters, scopes, grade
histories, diaries as of a moment, late grade changes, and a replay that equals the log.

Records go in through the HTTP API (so events carry real senders and raw records); ``recorded_at`` is then the
time of each request by the hub's clock (pinned for the session, ``tests/conftest.py``), and the tests take their
moments from that clock, between requests or after the last. Tests that take the ``stack`` fixture
run on the embedded engines and on Kafka + PostgreSQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import jwt
import orjson
import pytest

from hub import clock
from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.cli import main
from hub.events.envelope import decode
from hub.projector.runner import project_all
from hub.replay import replay
from tests.integration.conftest import Running
from tests.samples import OTHER, SCHOOL, name, q, rec, school_records

EMBEDDED_ONLY = pytest.mark.parametrize("stack", ["embedded"], indirect=True)  # unmarked: Kafka + PostgreSQL too


def grade(grade_id: str, student: str, lesson: str, value: str, revision: int = 1, kind: str = "grade.recorded",
          **extra) -> dict:
    data = {"grade_id": grade_id, "student_id": student, "lesson_id": lesson, "value": value, "scale": "five_point",
            **extra}
    return rec(kind, grade_id, data, revision=revision)


def retraction(grade_id: str, student: str, revision: int) -> dict:
    return rec("grade.retracted", grade_id, {"grade_id": grade_id, "student_id": student, "reason": "ошибка"},
               revision=revision)


QUARTER = rec("reporting_period.defined", "q1", {"period_id": "q1", "kind": "quarter", "number": 1,
                                                 "name": "1 четверть", "academic_year": 2026,
                                                 "starts_on": "2026-09-01", "ends_on": "2026-10-25"})


def final(value: str, revision: int) -> dict:
    """Anna's first-quarter mark in mathematics, as the teacher set it (again)."""
    return rec("final_grade.recorded", "f1", {"final_grade_id": "f1", "student_id": "anna", "subject_id": "math",
                                              "period_id": "q1", "value": value, "scale": "five_point"},
               revision=revision)


def other_school() -> list[dict]:
    return [rec("school.registered", "school", {"name": "Школа 2"}, school=OTHER),
            rec("class.defined", "c-7a", {"class_id": "7a", "name": "7А", "academic_year": 2026}, school=OTHER),
            rec("student.enrolled", "e-gleb", {"student_id": "gleb", "class_id": "7a", "enrolled_on": "2026-09-01",
                                               "name": name("Глебов", "Глеб")}, school=OTHER)]


class Scenario:
    """School 1 (``school_records``: g1 recorded and amended) plus school 2, in a first batch; then a second
    batch (g1 retracted, a grade for anna's alias); a moment between the two."""

    def __init__(self, running) -> None:
        self.running = running
        self.client, token = running.hub.clients.create("native", [SCHOOL, OTHER])
        self.vendor = {"Authorization": f"Bearer {token}"}
        self.first = school_records() + [QUARTER, final("4", 1)] + other_school()
        self.second = [retraction("g1", "anna", 3),
                       rec("identity.linked", "link-1", {"student_id": "anna", "alias_id": "anna-dn"}),
                       grade("g-dn", "anna-dn", "l1", "3"), final("5", 2)]

    async def send(self, records: list[dict]) -> dict:
        body = (await self.running.http.post("/v1/ingest/native", json=records, headers=self.vendor)).json()
        assert body["summary"]["accepted"] == len(records), body
        return body

    async def run(self) -> "Scenario":
        self.batch_one = await self.send(self.first)
        self.between = clock.now()
        self.batch_two = await self.send(self.second)
        self.after = clock.now()  # everything is recorded by then
        await project_all(self.running.hub.log, self.running.hub.views)
        return self


def auditor(running, school: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.hub.tokens.issue('aud', Role.AUDITOR, school)}"}


async def stream(running, headers: dict, **params) -> list[dict]:
    response = await running.http.get("/v1/audit/events", params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert response.content == b"" or response.content.endswith(b"\n")
    return [orjson.loads(line) for line in response.content.splitlines()]


async def log_records(hub) -> list:
    marks = await hub.log.high_watermarks()
    return [r for p, end in sorted(marks.items()) for r in await hub.log.read(p, 0, end)]


@pytest.fixture
async def scenario(running) -> Scenario:
    return await Scenario(running).run()


async def test_the_history_streams_every_event_with_its_sender_and_the_record_as_sent(scenario):
    running = scenario.running
    lines = await stream(running, auditor(running), school=SCHOOL)
    in_log = [r for r in await log_records(running.hub) if r.key == SCHOOL]
    assert sorted(line["position"] for line in lines) == sorted(str(r.position) for r in in_log)
    order = [(dt.datetime.fromisoformat(line["recorded_at"]), *map(int, line["position"].split(":")))
             for line in lines]
    assert order == sorted(order)
    by_position = {str(r.position): decode(r.value) for r in in_log}
    sent = {(r["school_id"], r["record_id"], r["revision"]): r for r in scenario.first + scenario.second}
    for line in lines:
        event = by_position[line["position"]]
        assert line["event"]["event_id"] == event.event_id and line["event"]["data"] == event.data
        assert dt.datetime.fromisoformat(line["recorded_at"]) == dt.datetime.fromisoformat(event.recorded_at)
        assert line["sender"] == {"system": "native", "client_id": scenario.client.client_id}
        assert line["raw"]["client_id"] == scenario.client.client_id and line["raw"]["adapter"] == "native"
        assert line["raw"]["record"] == sent[(SCHOOL, event.source["record_id"], event.source["revision"])]


@EMBEDDED_ONLY
async def test_filters_by_type_student_and_time_and_json_pages_equal_the_stream(scenario):
    running, headers = scenario.running, auditor(scenario.running)
    everything = await stream(running, headers, school=SCHOOL)
    assert {line["event"]["school_id"] for line in everything} == {SCHOOL}
    assert {line["event"]["school_id"] for line in await stream(running, headers, school=OTHER)} == {OTHER}
    grades = await stream(running, headers, school=SCHOOL, type="grade.recorded,grade.retracted")
    assert sorted(line["event"]["data"]["grade_id"] for line in grades) == [q("g-dn"), q("g1"), q("g1")]
    anna = await stream(running, headers, student=q("anna"))  # her alias's grade too
    assert {line["event"]["data"]["student_id"] for line in anna} == {q("anna"), q("anna-dn")}
    assert {q("g-dn"), q("g1")} <= {line["event"]["data"].get("grade_id") for line in anna}
    later = await stream(running, headers, school=SCHOOL, **{"from": scenario.between.isoformat()})
    earlier = await stream(running, headers, school=SCHOOL, to=scenario.between.isoformat())
    assert len(later) == len(scenario.second) and len(earlier) == len([r for r in scenario.first
                                                                       if r["school_id"] == SCHOOL])
    assert earlier + later == everything

    pages, after = [], None
    while True:
        params = {"school": SCHOOL, "format": "json", "limit": 4, **({"after": after} if after else {})}
        body = (await running.http.get("/v1/audit/events", params=params, headers=headers)).json()
        pages += body["events"]
        after = body["next"]
        if after is None:
            break
    assert pages == everything
    bare = await stream(running, headers, school=SCHOOL, raw="false")
    assert [line["raw"] for line in bare] == [None] * len(everything)
    assert [{**line, "raw": None} for line in everything] == bare


@EMBEDDED_ONLY
@pytest.mark.parametrize("params, pointer", [
    ({"type": "grade.bogus"}, "/query/type"),
    ({"type": ","}, "/query/type"),
    ({"from": "yesterday"}, "/query/from"),
    ({"to": "2026-11-20T10:00:00"}, "/query/to"),  # no zone
    ({"format": "json", "after": "1.2"}, "/query/after"),
    ({"format": "xml"}, "/query/format"),
    ({"format": "json", "limit": 0}, "/query/limit"),
])
async def test_bad_filters_are_422_with_a_pointer(running, params, pointer):
    response = await running.http.get("/v1/audit/events", params={"school": SCHOOL, **params},
                                      headers=auditor(running))
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["pointer"] == pointer


@EMBEDDED_ONLY
async def test_an_auditor_of_every_school_names_a_school_or_a_student(running):
    response = await running.http.get("/v1/audit/events", headers=auditor(running))
    assert response.status_code == 422 and response.json()["error"]["code"] == "filter_required"


@EMBEDDED_ONLY
async def test_a_grade_history_shows_each_change_with_sender_and_record(scenario):
    running = scenario.running
    response = await running.http.get(f"/v1/audit/grades/{q('g1')}/history", headers=auditor(running))
    assert response.status_code == 200, response.text
    events = response.json()["events"]
    assert [e["type"] for e in events] == ["grade.recorded", "grade.amended", "grade.retracted"]
    recorded, amended, retracted = events
    assert recorded["changes"]["value"] == {"from": None, "to": "4-"}
    assert amended["changes"] == {"value": {"from": "4-", "to": "5"}, "normalised": {"from": 68.75, "to": 100.0}}
    assert amended["reason"] == "Пересдача" and amended["revision"] == 2
    assert retracted["changes"] == {"retracted": {"from": False, "to": True}} and retracted["reason"] == "ошибка"
    assert {e["sender"]["client_id"] for e in events} == {scenario.client.client_id}
    assert retracted["raw"]["record"] == scenario.second[0] and amended["raw"]["record"] == scenario.first[13]
    assert response.json()["log_positions"]


@EMBEDDED_ONLY
async def test_an_auditor_of_one_school_sees_that_school_only(scenario):
    running, mine = scenario.running, auditor(scenario.running, OTHER)
    assert {line["event"]["school_id"] for line in await stream(running, mine)} == {OTHER}
    assert await stream(running, mine, student=q("anna")) == []
    ref = (await stream(running, auditor(running), school=SCHOOL))[0]["event"]["source"]["raw"]
    batch_id, index = ref.split("#")
    at = scenario.after.isoformat()
    refused = [
        ("/v1/audit/events", {"school": SCHOOL}),
        (f"/v1/audit/grades/{q('g1')}/history", {}),
        (f"/v1/audit/raw/{batch_id}/{index}", {}),
        (f"/v1/audit/students/{q('anna')}/diary", {"as_of": at, "from": "2026-09-07", "to": "2026-09-07"}),
        (f"/v1/audit/students/{q('anna')}/final-grades", {"as_of": at}),
        ("/v1/audit/late-changes", {"school": SCHOOL}),
    ]
    for path, params in refused:
        response = await running.http.get(path, params=params, headers=mine)
        assert response.status_code == 404, (path, response.text)
        response = await running.http.get(path, params=params, headers=auditor(running))
        assert response.status_code == 200, (path, response.text)
    gleb = await running.http.get(f"/v1/audit/students/{q('gleb', OTHER)}/diary", headers=mine,
                                  params={"as_of": at, "from": "2026-09-07", "to": "2026-09-07"})
    assert gleb.status_code == 200


@EMBEDDED_ONLY
@pytest.mark.parametrize("role, school", [(Role.GUARDIAN, None), (Role.STUDENT, None), (Role.OPERATOR, None),
                                          (Role.HEAD_TEACHER, SCHOOL), (Role.TEACHER, SCHOOL)])
async def test_other_roles_get_404_everywhere(scenario, role, school):
    running = scenario.running
    headers = {"Authorization": f"Bearer {running.hub.tokens.issue(q('anna'), role, school)}"}
    at = scenario.after.isoformat()
    for path, params in [("/v1/audit/events", {"school": SCHOOL}), (f"/v1/audit/grades/{q('g1')}/history", {}),
                         (f"/v1/audit/students/{q('anna')}/diary", {"as_of": at, "from": "2026-09-07", "to": "2026-09-07"}),
                         (f"/v1/audit/students/{q('anna')}/final-grades", {"as_of": at}),
                         ("/v1/audit/late-changes", {"school": SCHOOL})]:
        response = await running.http.get(path, params=params, headers=headers)
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found", path


@EMBEDDED_ONLY
@pytest.mark.parametrize("claim", [5, "", ["sch-1"]])
async def test_an_auditor_token_whose_school_is_not_a_school_id_is_refused(running, claim):
    now = int(clock.now().timestamp())
    token = jwt.encode({"sub": "aud", "role": "auditor", "school": claim, "iss": "gradebook-hub", "iat": now,
                        "exp": now + 60}, running.hub.tokens._sign_key, algorithm="HS256")
    response = await running.http.get("/v1/audit/events", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


async def test_the_diary_as_of_a_moment_shows_what_was_recorded_by_then(scenario):
    running, headers = scenario.running, auditor(scenario.running)

    async def marks_at(moment: dt.datetime) -> list[str]:
        response = await running.http.get(f"/v1/audit/students/{q('anna')}/diary", headers=headers, params={
            "as_of": moment.isoformat(), "from": "2026-09-07", "to": "2026-09-07"})
        assert response.status_code == 200, response.text
        [day] = response.json()["days"]
        return sorted(m["value"] for lesson in day["lessons"] for m in lesson["marks"])

    assert await marks_at(scenario.between) == ["5"]  # amended, not yet retracted, no alias yet
    assert await marks_at(scenario.after) == ["3"]  # g1 retracted; the alias's mark shows
    assert await marks_at(scenario.between - dt.timedelta(hours=1)) == []
    student = {"Authorization": f"Bearer {running.hub.tokens.issue(q('anna'), Role.STUDENT)}"}
    live = await running.http.get(f"/v1/students/{q('anna')}/diary", params={"from": "2026-09-07", "to": "2026-09-09"},
                                  headers=student)
    rebuilt = await running.http.get(f"/v1/audit/students/{q('anna')}/diary", headers=headers, params={
        "as_of": scenario.after.isoformat(), "from": "2026-09-07", "to": "2026-09-09"})
    assert rebuilt.json()["days"] == live.json()["days"]
    for params, status in [({"as_of": "soon"}, 422), ({"as_of": "2026-12-01T00:00:00"}, 422),
                           ({"from": "2026-09-09", "to": "2026-09-07"}, 422)]:
        query = {"as_of": scenario.after.isoformat(), "from": "2026-09-07", "to": "2026-09-07", **params}
        response = await running.http.get(f"/v1/audit/students/{q('anna')}/diary", headers=headers, params=query)
        assert response.status_code == status, response.text
    unknown = await running.http.get(f"/v1/audit/students/{q('nobody')}/diary", headers=headers, params={
        "as_of": scenario.after.isoformat(), "from": "2026-09-07", "to": "2026-09-07"})
    assert unknown.status_code == 404


async def test_final_grades_as_of_a_moment_show_the_mark_set_by_then(scenario):
    running, headers = scenario.running, auditor(scenario.running)

    async def final_grades(moment: dt.datetime):  # noqa: ANN202
        return await running.http.get(f"/v1/audit/students/{q('anna')}/final-grades", headers=headers,
                                      params={"as_of": moment.isoformat(), "year": 2026})

    def quarter_marks(body: dict) -> list[str]:
        [math] = [s for s in body["subjects"] if s["subject"]["id"] == q("math")]
        return [m["value"] for p in math["periods"] if p["period_id"] == q("q1") for m in p["final_marks"]]

    then = await final_grades(scenario.between)
    assert then.status_code == 200, then.text
    assert quarter_marks(then.json()) == ["4"] and then.json()["as_of"] == scenario.between.isoformat()
    now = (await final_grades(scenario.after)).json()
    assert quarter_marks(now) == ["5"]
    student = {"Authorization": f"Bearer {running.hub.tokens.issue(q('anna'), Role.STUDENT)}"}
    live = (await running.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": 2026},
                                   headers=student)).json()
    assert {k: v for k, v in now.items() if k not in ("as_of", "log_positions", "caught_up")} == {
        k: v for k, v in live.items() if k not in ("log_positions", "caught_up")}
    before = await final_grades(scenario.between - dt.timedelta(hours=1))  # the views did not know her yet
    assert before.status_code == 404


@EMBEDDED_ONLY
async def test_an_as_of_rebuild_over_the_bound_is_refused(hub_settings):
    hub = build_hub(hub_settings(audit_as_of_max_events=5))
    await hub.start()
    transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
        running = Running(hub, http)
        scenario = await Scenario(running).run()
        response = await http.get(f"/v1/audit/students/{q('anna')}/diary", headers=auditor(running), params={
            "as_of": scenario.after.isoformat(), "from": "2026-09-07", "to": "2026-09-07"})
        assert response.status_code == 422 and response.json()["error"]["code"] == "history_too_large"
    await hub.close()


async def test_late_changes_lists_changes_recorded_after_their_period_ended(running):
    today = clock.today("Europe/Moscow")  # the periods lie around the day the grades are recorded

    def day(n: int) -> str:
        return (today + dt.timedelta(days=n)).isoformat()

    def period(period_id: str, number: int, start: int, end: int, kind: str = "quarter") -> dict:
        return rec("reporting_period.defined", period_id, {
            "period_id": period_id, "kind": kind, "number": number, "name": period_id, "academic_year": 2026,
            "starts_on": day(start), "ends_on": day(end)})

    def lesson(lesson_id: str, date: str) -> dict:
        return rec("lesson.scheduled", lesson_id, {"lesson_id": lesson_id, "class_id": "5a", "subject_id": "math",
                                                   "date": date, "slot": 1})

    records = school_records()[:5] + [
        period("q-past", 1, -60, -20), period("q-now", 2, -19, 40), period("year", 1, -60, 40, "year"),
        lesson("lp", day(-30)), lesson("ln", day(-5)),
        grade("gp", "anna", "lp", "3"), grade("gn", "anna", "ln", "4"),
        grade("gp", "anna", "lp", "4", 2, "grade.amended"), grade("gn", "anna", "ln", "5", 2, "grade.amended"),
    ]
    _client, token = running.hub.clients.create("native", [SCHOOL])
    body = (await running.http.post("/v1/ingest/native", json=records,
                                    headers={"Authorization": f"Bearer {token}"})).json()
    assert body["summary"]["accepted"] == len(records), body
    await project_all(running.hub.log, running.hub.views)

    async def late(**params) -> dict:
        response = await running.http.get("/v1/audit/late-changes", params=params, headers=auditor(running))
        assert response.status_code == 200, response.text
        return response.json()

    answer = await late(school=SCHOOL)
    assert answer["timezone"] == "Europe/Moscow"
    assert [(c["grade_id"], c["type"], c["period"]["period_id"]) for c in answer["changes"]] == [
        (q("gp"), "grade.recorded", q("q-past")), (q("gp"), "grade.amended", q("q-past"))]
    change = answer["changes"][0]
    assert change["days_late"] == 20 and change["date"] == day(-30) and change["student_id"] == q("anna")
    assert change["subject"] == {"id": q("math"), "name": "Математика"}
    assert change["sender"] == {"system": "native", "client_id": _client.client_id}
    assert (await late(school=SCHOOL, period=q("q-now")))["changes"] == []
    assert (await late(school=SCHOOL, period=q("year")))["changes"] == []
    for params, status in [({"school": SCHOOL, "period": q("q-9")}, 404), ({"school": "nowhere"}, 404), ({}, 422)]:
        response = await running.http.get("/v1/audit/late-changes", params=params, headers=auditor(running))
        assert response.status_code == status, response.text


async def test_replay_writes_the_schools_events_as_the_log_holds_them(scenario, tmp_path):
    hub = scenario.running.hub
    in_log = [r for r in await log_records(hub) if r.key == SCHOOL]
    out = tmp_path / "replay.jsonl"
    summary = await replay(hub.log, SCHOOL, out)
    lines = out.read_bytes().splitlines()
    assert summary.written == len(lines) == len(in_log)
    assert [orjson.loads(line)["position"] for line in lines] == [str(r.position) for r in in_log]
    assert all(line.endswith(b',"event":' + r.value + b"}") for line, r in zip(lines, in_log))

    window = await replay(hub.log, SCHOOL, out, since=scenario.between)
    second = [orjson.loads(line)["event"] for line in out.read_bytes().splitlines()]
    assert window.written == len(second) and [e["type"] for e in second] == [r["type"] for r in scenario.second]
    await replay(hub.log, SCHOOL, out, until=scenario.between)
    assert len(out.read_bytes().splitlines()) == len([r for r in scenario.first if r["school_id"] == SCHOOL])
    await replay(hub.log, "sch-none", out)
    assert out.read_bytes() == b""


@EMBEDDED_ONLY
async def test_hub_replay_command(scenario, tmp_path, monkeypatch, capsys, hub_settings):
    def hub(*argv: str) -> int:  # the command runs its own event loop: give it a thread
        return main(list(argv))

    settings = hub_settings()
    for key, value in {"HUB_MODE": "dev", "HUB_DATA_DIR": str(settings.data_dir),
                       "HUB_LOG_URL": settings.log_url, "HUB_DB_URL": settings.db_url}.items():
        monkeypatch.setenv(key, value)
    out = tmp_path / "school.jsonl"
    until = clock.now().isoformat()
    assert await asyncio.to_thread(hub, "replay", "--school", SCHOOL, "--since", "2020-01-01T00:00:00+03:00",
                                   "--until", until, "--out", str(out)) == 0
    printed = capsys.readouterr().out
    expected = len([r for r in scenario.first + scenario.second if r["school_id"] == SCHOOL])
    assert f"replayed {expected} events of school {SCHOOL}" in printed
    assert len(out.read_bytes().splitlines()) == expected
    assert hub("replay", "--school", SCHOOL, "--since", "2020-01-01", "--out", str(out)) == 2
    assert hub("replay", "--school", SCHOOL, "--since", until, "--until", "2020-01-01T00:00:00Z",
               "--out", str(out)) == 2
    assert hub("replay", "--school", SCHOOL, "--out", str(tmp_path / "missing" / "x.jsonl")) == 2
