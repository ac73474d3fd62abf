"""No 500 for anything a client can send (issue 10 §3), on both stacks (embedded; Kafka + PostgreSQL, whose text
columns refuse a NUL): a record nested too deep to be kept as sent, ids no id can be, dates out of range, and a
streamed answer that must fail before it starts."""

from __future__ import annotations

import orjson
import pytest

from contracts.suite import nested
from hub.auth.readers import Role
from hub.projector.runner import project_all
from tests.fuzz.corpus import honest_record
from tests.views_scenario import Q, T, all_records, q, rec

DIARY = {"from": "2026-10-19", "to": "2026-10-25"}
ANNA, CLASS_5A = q("anna"), q("5a")


@pytest.fixture
async def school(running):
    answer = await running.http.post("/v1/ingest/native", json=all_records(), headers=running.vendor([Q, T]))
    assert answer.json()["summary"]["rejected"] == 0, answer.text
    await project_all(running.hub.log, running.hub.views)
    return running


def bearer(running, sub: str, role: Role, school: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.hub.tokens.issue(sub, role, school)}"}


async def test_a_record_too_deep_to_keep_is_rejected_and_the_rest_processed(running):
    deep = {"type": "grade.recorded", "data": nested(260, key="data")}  # orjson reads 1024 levels, writes 254
    for adapter in ("native", "dnevnik_ru", "elzhur"):
        body = orjson.dumps([honest_record(adapter)])[:-1] + b"," + _deep_json(deep) + b"]"
        answer = await running.http.post(f"/v1/ingest/{adapter}", content=body, params={"school": Q}, headers={
            **running.vendor([Q], adapter), "Content-Type": "application/json"})
        assert answer.status_code == 200, (adapter, answer.text)
        honest, rejected = answer.json()["results"]
        assert honest["status"] in ("accepted", "parked") and rejected["status"] == "rejected", adapter
        assert rejected["errors"] and all(e["pointer"].startswith("/data") for e in rejected["errors"])
    batches = _batches(running)
    assert len(batches) == 3 and all(orjson.loads(batch)[1] is None for batch in batches)  # null in its place


async def test_a_record_dated_outside_the_calendar_is_rejected_and_reads_stay_whole(school):
    far = [rec("reporting_period.defined", "far", {"period_id": "far", "kind": "year", "number": 1, "name": "Far",
                                                   "academic_year": 2026, "starts_on": "2026-09-01",
                                                   "ends_on": "9999-12-31"}),
           rec("lesson.scheduled", "l-far", {"lesson_id": "l-far", "class_id": "5a", "subject_id": "math",
                                             "date": "0001-01-01", "slot": 1}),
           {**rec("lesson.cancelled", "lm1-x", {"lesson_id": "lm1"}), "occurred_at": "9999-12-31T23:59:59-14:00"}]
    answer = await school.http.post("/v1/ingest/native", json=far, headers=school.vendor([Q]))
    assert [[e["pointer"] for e in r["errors"]] for r in answer.json()["results"]] == [
        ["/data/ends_on"], ["/data/date"], ["/occurred_at"]]
    await project_all(school.hub.log, school.hub.views)
    head = bearer(school, "head", Role.HEAD_TEACHER, Q)
    for fmt in ("json", "xlsx", "pdf"):  # a period to 9999 made the week labels overflow
        assert (await school.http.get(f"/v1/classes/{CLASS_5A}/statistics", params={"period": q("y"), "format": fmt},
                                      headers=head)).status_code == 200  # the school's year by id: not "today's"
    late = await school.http.get("/v1/audit/late-changes", params={"school": Q}, headers=bearer(school, "a", Role.AUDITOR))
    assert late.status_code == 200, late.text


def _deep_json(value) -> bytes:
    from tests.fuzz.corpus import dumps

    return dumps(value)


def _batches(running) -> list[bytes]:
    from hub.ingest.raw import raw_batches

    with running.hub.raw.engine.connect() as conn:
        return [row.records for row in conn.execute(raw_batches.select())]


PATH_IDS = [
    "/v1/students/%00/diary", "/v1/students/anna%00/final-grades", "/v1/students/%00/grades",
    f"/v1/students/{ANNA}/subjects/%00", "/v1/students/%00/schedule", "/v1/classes/%00/schedule",
    "/v1/classes/5a%01/statistics", "/v1/classes/%00/statistics/charts/trend.svg", "/v1/schools/%00/statistics",
    "/v1/schools/%00/statistics/charts/distribution.png", "/v1/students/a%20b/diary",
]
AUDIT_IDS = [
    ("/v1/audit/events", {"school": "\x00"}),  # was 200, then the stream was cut
    ("/v1/audit/events", {"student": "\x00"}),
    ("/v1/audit/events", {"school": Q, "student": "anna\x00"}),
    ("/v1/audit/late-changes", {"school": "\x00"}),
    ("/v1/audit/late-changes", {"school": Q, "period": "q1\x00"}),
    ("/v1/audit/grades/%00/history", {}),
    ("/v1/audit/students/%00/diary", {"as_of": "2026-12-01T00:00:00Z", **DIARY}),
    ("/v1/audit/raw/%00/0", {}),
]
QUERY_IDS = [
    (f"/v1/students/{ANNA}/grades", {"period": "q1\x00"}),
    (f"/v1/students/{ANNA}/subjects/{q('math')}", {"period": "\x07"}),
    (f"/v1/classes/{CLASS_5A}/statistics", {"period": "q1 "}),
    ("/v1/schools/sch-q/statistics/charts/trend.svg", {"subject": "math\x00"}),
]
OUT_OF_RANGE = [
    (f"/v1/classes/{CLASS_5A}/schedule", {"week": "9999-W52"}, "head"),
    (f"/v1/students/{ANNA}/schedule", {"week": "9999-W52"}, "head"),
    (f"/v1/classes/{CLASS_5A}/schedule", {"week": "0001-W01"}, "head"),
    (f"/v1/students/{ANNA}/diary", {"from": "9999-12-25", "to": "9999-12-31"}, "head"),
    (f"/v1/students/{ANNA}/grades", {"period": "week", "date": "9999-12-31"}, "head"),
    (f"/v1/students/{ANNA}/subjects/{q('math')}", {"period": "year", "date": "0001-01-01"}, "head"),
    (f"/v1/audit/students/{ANNA}/diary", {"as_of": "9999-12-31T23:59:59+00:00", **DIARY}, "aud"),
    (f"/v1/audit/students/{ANNA}/final-grades", {"as_of": "9999-12-31T23:59:59+00:00"}, "aud"),
    (f"/v1/audit/students/{ANNA}/final-grades", {"as_of": "0001-01-01T00:00:00+14:00"}, "aud"),
    ("/v1/audit/events", {"school": Q, "from": "9999-12-31T23:59:59-14:00"}, "aud"),
]


async def test_a_path_id_no_id_can_be_is_not_found(school):
    head = bearer(school, "head", Role.HEAD_TEACHER, Q)
    answers = {path: await school.http.get(path, params=DIARY, headers=head) for path in PATH_IDS}
    assert {path: a.status_code for path, a in answers.items()} == dict.fromkeys(PATH_IDS, 404)
    assert {a.json()["error"]["code"] for a in answers.values()} == {"not_found"}


async def test_auditor_ids_no_id_can_be_are_refused_before_anything_is_read(school):
    auditor = bearer(school, "aud", Role.AUDITOR)
    for path, params in AUDIT_IDS:  # /v1/audit/events?school=%00 was 200, then the stream was cut
        answer = await school.http.get(path, params=params, headers=auditor)
        expected = 404 if "%00" in path else 422
        assert answer.status_code == expected, (path, params, answer.text)
        if expected == 422:
            [detail] = answer.json()["error"]["details"]
            assert detail["pointer"] == f"/query/{next(iter(params.keys() - {'school'}), 'school')}"


async def test_a_query_id_no_id_can_be_is_422(school):
    head = bearer(school, "head", Role.HEAD_TEACHER, Q)
    for path, params in QUERY_IDS:
        answer = await school.http.get(path, params=params, headers=head)
        assert answer.status_code == 422, (path, params, answer.text)
        assert answer.json()["error"]["code"] == "invalid_request"


async def test_dates_out_of_range_are_422(school):
    readers = {"head": bearer(school, "head", Role.HEAD_TEACHER, Q), "aud": bearer(school, "aud", Role.AUDITOR)}
    statuses = {(path, str(params)): (await school.http.get(path, params=params, headers=readers[who])).status_code
                for path, params, who in OUT_OF_RANGE}
    assert statuses == dict.fromkeys(statuses, 422)


async def test_an_audit_cursor_beyond_64_bits_is_422(school):
    answer = await school.http.get("/v1/audit/events", params={"school": Q, "format": "json",
                                                               "after": "99999999999999999999.0.0"},
                                   headers=bearer(school, "aud", Role.AUDITOR))
    assert answer.status_code == 422, answer.text


async def test_valid_ids_and_dates_still_answer(school):
    head = bearer(school, "head", Role.HEAD_TEACHER, Q)
    assert (await school.http.get(f"/v1/students/{ANNA}/diary", params=DIARY, headers=head)).status_code == 200
    assert (await school.http.get(f"/v1/classes/{CLASS_5A}/schedule", params={"week": "2199-W52"},
                                  headers=head)).status_code == 200
    stream = await school.http.get("/v1/audit/events", params={"school": Q}, headers=bearer(school, "a", Role.AUDITOR))
    assert stream.status_code == 200
    assert len(stream.text.splitlines()) == sum(1 for record in all_records() if record["school_id"] == Q)


async def test_the_diary_page_refuses_ids_no_id_can_be(school):
    from hub.web.session import COOKIE

    school.http.cookies.set(COOKIE, school.hub.tokens.issue(q("mother"), Role.GUARDIAN))
    for path, params in [("/diary", {"view": "subject", "subject": "\x00"}), ("/diary", {"child": "anna\n"}),
                         ("/diary", {"view": "subject", "subject": "../../x"}), ("/diary/grades.csv", {"child": "\x00"})]:
        answer = await school.http.get(path, params=params)
        assert answer.status_code == 404, (path, params, answer.status_code)
    assert (await school.http.get("/diary", params={"view": "subject", "subject": q("math")})).status_code == 200


async def test_the_diary_page_says_a_date_at_the_calendars_edge_is_too_far(school):
    """A date or week the hub's calendar holds but whose week (or the next) it does not (9999-12-31 was a 500)."""
    from hub.web.session import COOKIE

    school.http.cookies.set(COOKIE, school.hub.tokens.issue(q("mother"), Role.GUARDIAN))
    for params in ({"date": "9999-12-31"}, {"date": "2199-12-31"}, {"date": "1900-01-01"}, {"week": "2199-W52"},
                   {"view": "grades", "date": "2199-12-31"}, {"view": "final", "date": "0001-01-01"}):
        answer = await school.http.get("/diary", params=params)
        assert answer.status_code == 200 and 'data-testid="error"' in answer.text, (params, answer.status_code)
