"""Properties of the Dnevnik.ru adapter (hypothesis): any JSON value, any near-miss of a Dnevnik object, and any
answer to any routed endpoint (request envelope) translates, parks, or is rejected with JSON Pointers that resolve
in it; translate never raises; what translates validates against the published envelope and payload schemas."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.base import TranslationContext
import re

from adapters.dnevnik_ru.legacy import TRANSLATORS
from adapters.dnevnik_ru.routes import ROUTES
from adapters.registry import all_adapters
from contracts.suite import event_json, event_schema_problems, rejection_problems

A = all_adapters()["dnevnik_ru"]
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                             HealthCheck.data_too_large])
CTXS = [TranslationContext("p", dt.datetime(2024, 9, 1, tzinfo=dt.timezone.utc), school_id=s) for s in ("s-1", None)]

scalars = (st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.floats() | st.text(max_size=10)
           | st.sampled_from(["5", "4-", "mark5", "markabcdf", "test", "Ill", "Pass", "Quarter", "Homework",
                              "2024-02-05T09:25:00", "2024-02-05T09:25:00.1234567", "2024-13-01", "1343883032131044633"]))
json_values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
    st.text(max_size=8), kids, max_size=5), max_leaves=25)
KEYS = ["id", "id_str", "idStr", "type", "value", "person", "person_str", "work", "work_str", "lesson", "lesson_str",
        "date", "workType", "use_avg_calc", "status", "createdDate", "comment", "name", "studyyear", "parallel",
        "parentIds", "students", "start", "finish", "number", "year", "subject", "subjectId", "group", "works",
        "teachers", "hours", "markType", "eduGroup", "text", "targetDate", "weight", "kind", "title", "days",
        "reportingPeriod", "per-subject-final-marks", "final-mark", "firstName", "lastName", "files"]
objects = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=10)
records = objects | st.fixed_dictionaries({"resource": st.sampled_from(sorted(TRANSLATORS)) | json_values,
                                           "data": objects | st.lists(objects, max_size=3) | json_values},
                                          optional={"deleted": st.booleans() | json_values,
                                                    "school_id": st.just("s-2") | json_values,
                                                    "workTypes": st.lists(objects, max_size=2)})

PARAMS = st.sampled_from(["1000012000101", "2260325488551011845", "me", "2025-10-13", "2025-10-13T00:00:00", "x",
                          "-1", "99999999999999999999999"])


@st.composite
def requests(draw) -> str:
    route = draw(st.sampled_from(ROUTES.routes))
    path = re.sub(r"\{[a-z_]+\}", lambda _: draw(PARAMS), route.pattern)
    query = draw(st.sampled_from(["", "?startDate=2025-10-13&endDate=2025-10-18", "?from=x", "?subject=1&from="
                                  "2025-10-13&to=2025-10-18", "?lesson=12", "?person=a"]))
    prefix = draw(st.sampled_from(["", "/v2/", "v2.0/", "https://api.dnevnik.ru/v2/"]))
    return f"{route.method} {prefix}{path}{query}"


envelopes = st.fixed_dictionaries({"request": requests() | json_values,
                                   "body": objects | st.lists(objects, max_size=3) | json_values},
                                  optional={"request_body": json_values, "school_id": st.just("s-2") | json_values})


def check(record) -> None:
    for ctx in CTXS:
        outcome = A.translate(record, ctx)  # an exception fails the property
        if outcome.errors:
            assert not outcome.events and not outcome.missing
            assert rejection_problems(record, outcome) == []
        elif outcome.missing:
            assert not outcome.events
        for event in outcome.events:
            assert event_schema_problems(event_json(event)) == []


@SETTINGS
@given(json_values)
def test_any_json_value_translates_or_is_rejected_cleanly(value):
    check(value)


@SETTINGS
@given(records)
def test_near_misses_translate_park_or_are_rejected_cleanly(record):
    check(record)


@SETTINGS
@given(envelopes)
def test_any_answer_to_any_endpoint_translates_parks_or_is_rejected_cleanly(record):
    check(record)
