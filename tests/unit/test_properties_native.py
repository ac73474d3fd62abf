"""Properties of the native adapter (hypothesis).

1. Any JSON value, and any near-miss of a native record, either translates or is rejected with JSON Pointers that
   resolve in it; translate never raises.
2. Every valid record generated from the contract (grades as v1 and v2) translates into the latest version, and its
   event validates against the published envelope and payload schemas (jsonschema), against the canonical pydantic
   model, and survives the log codec.

"JSON value" is what the API's parser (orjson) can deliver: integers within 64 bits, text without lone surrogates;
NaN and infinities are included anyway (Python's json produces them).
"""

from __future__ import annotations

import datetime as dt
import string

import orjson
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from adapters.base import Translation, TranslationContext
from adapters.registry import all_adapters
from contracts.suite import NATIVE_GRADE, event_json, event_schema_problems, rejection_problems
from hub.events.envelope import decode, encode
from hub.events.registry import EVENT_MODELS
from hub.events.scales import FAIL_WORDS, PASS_WORDS, STATUS_WORDS, normalise

NATIVE = all_adapters()["native"]
CTX = TranslationContext("prop", dt.datetime(2024, 9, 1, tzinfo=dt.timezone.utc))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                             HealthCheck.data_too_large])

scalars = (st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.floats() | st.text(max_size=12)
           | st.sampled_from(["5", "4-", "five_point", "2024-09-02", "2024-09-02T10:00:00+03:00", "grade.recorded"]))
json_values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
    st.text(max_size=8), kids, max_size=5), max_leaves=25)
PAYLOAD_KEYS = sorted({k for vs in EVENT_MODELS.values() for m in vs.values() for k in m.model_fields})
record_like = st.fixed_dictionaries({}, optional={
    "type": st.sampled_from(sorted(EVENT_MODELS)) | json_values,
    "schema_version": st.sampled_from([1, 2, 0]) | json_values,
    "school_id": st.just("school-1") | json_values,
    "occurred_at": st.just("2024-09-02T10:00:00+03:00") | json_values,
    "record_id": st.just("r-1") | json_values,
    "revision": st.integers(-2, 3) | json_values,
    "data": st.dictionaries(st.sampled_from(PAYLOAD_KEYS) | st.text(max_size=6), json_values, max_size=8) | json_values,
})


def assert_translates_or_rejects_cleanly(record) -> Translation:
    outcome = NATIVE.translate(record, CTX)  # an exception fails the property
    if outcome.errors:
        assert rejection_problems(record, outcome) == []
    else:
        assert outcome.events
        for event in outcome.events:
            assert event_schema_problems(event_json(event)) == []
    return outcome


@SETTINGS
@given(json_values)
@example([NATIVE_GRADE])
@example(float("nan"))
def test_any_json_value_translates_or_is_rejected_with_pointers(value):
    assert_translates_or_rejects_cleanly(value)


@SETTINGS
@given(record_like)
@example({**NATIVE_GRADE, "data": {**NATIVE_GRADE["data"], "value": "²"}})  # used to raise ValueError
@example({**NATIVE_GRADE, "type_hint": 1, "data": {**NATIVE_GRADE["data"], "int": 5}})
def test_any_near_miss_of_a_record_translates_or_is_rejected_with_pointers(record):
    assert_translates_or_rejects_cleanly(record)


@SETTINGS
@given(st.data())
def test_one_field_replaced_by_anything(data):
    record = orjson.loads(orjson.dumps(NATIVE_GRADE))
    target = data.draw(st.sampled_from([record, record["data"]]))
    target[data.draw(st.sampled_from(sorted(target)) | st.text(max_size=5))] = data.draw(json_values)
    assert_translates_or_rejects_cleanly(record)


# --- valid records ------------------------------------------------------------------------------------------------

ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:@~-]{0,24}", fullmatch=True)
school_ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._@~-]{0,24}", fullmatch=True)  # no ':' (hub.events.tenancy)
text = st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=80)
names = text.filter(bool).map(lambda t: t[:40])
dates = st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
moments = st.builds(lambda d, tz: d.replace(tzinfo=tz).isoformat(),
                    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1)), offsets)
modifier = st.sampled_from(["", "+", "-"])
marks = st.one_of(
    st.tuples(st.just("five_point"), st.builds(lambda n, m: f"{n}{m}", st.integers(1, 5), modifier)),
    st.tuples(st.just("ten_point"), st.builds(lambda n, m: f"{n}{m}", st.integers(1, 10), modifier)),
    st.tuples(st.just("hundred_point"), st.builds(lambda n, sep: f"{n // 100}{sep}{n % 100:02d}".rstrip(sep + "0") or "0",
                                                  st.integers(0, 10_000), st.sampled_from([",", "."]))),
    st.tuples(st.just("pass_fail"), st.sampled_from(sorted(PASS_WORDS | FAIL_WORDS)).map(str.upper)),
    st.tuples(st.just("status"), st.sampled_from(sorted(STATUS_WORDS))),
)


def optional(strategy):
    return st.none() | strategy


work_types_v2 = st.fixed_dictionaries({"code": ids}, optional={"name": optional(names)})


@st.composite
def grade_data(draw, amended: bool = False, version: int = 1):
    scale, value = draw(marks)
    where = draw(st.sampled_from(["lesson", "date", "both"]))
    data = {"grade_id": draw(ids), "student_id": draw(ids), "value": value, "scale": scale}
    if where in ("lesson", "both"):
        data["lesson_id"] = draw(ids)
    if where in ("date", "both"):
        data |= {"date": draw(dates).isoformat(), "subject_id": draw(ids)}
    extras = {"weight": st.floats(0, 100, exclude_min=True) | st.integers(1, 100),
              "work_type": names if version == 1 else work_types_v2,
              "comment": text.map(lambda t: t[:50]), "teacher_id": ids, "counts_in_average": st.booleans()}
    if amended:
        extras["reason"] = text.map(lambda t: t[:30])
    for key in draw(st.sets(st.sampled_from(sorted(extras)))):
        data[key] = draw(extras[key])
    return data


@st.composite
def other_data(draw):
    kind = draw(st.sampled_from(["attendance", "lesson", "enrolled", "homework", "period", "teacher", "final"]))
    if kind == "attendance":
        return draw(st.sampled_from(["attendance.marked", "attendance.corrected"])), {
            "student_id": draw(ids), "lesson_id": draw(ids), "status": "late", "minutes_late": draw(st.integers(0, 600))}
    if kind == "lesson":
        return "lesson.scheduled", {"lesson_id": draw(ids), "class_id": draw(ids), "subject_id": draw(ids),
                                    "date": draw(dates).isoformat(), "slot": draw(st.integers(0, 20)),
                                    "starts_at": draw(optional(st.times().map(lambda t: t.isoformat())))}
    if kind == "enrolled":
        return "student.enrolled", {"student_id": draw(ids), "class_id": draw(ids), "enrolled_on": draw(dates).isoformat(),
                                    "name": {"last_name": draw(names), "first_name": draw(names)}}
    if kind == "homework":
        attachment = st.fixed_dictionaries({"name": names, "url": names},
                                           optional={"size_bytes": st.integers(0, 2**40), "media_type": text.map(lambda t: t[:20])})
        return draw(st.sampled_from(["homework.assigned", "homework.updated"])), {
            "homework_id": draw(ids), "class_id": draw(ids), "subject_id": draw(ids), "due_on": draw(dates).isoformat(),
            "text": draw(text), "attachments": draw(st.lists(attachment, max_size=3))}
    if kind == "period":
        start, end = sorted([draw(dates), draw(dates)])
        return "reporting_period.defined", {"period_id": draw(ids), "kind": "quarter", "number": draw(st.integers(1, 12)),
                                            "name": draw(names), "academic_year": draw(st.integers(2000, 2100)),
                                            "starts_on": start.isoformat(), "ends_on": end.isoformat()}
    if kind == "teacher":
        role = draw(st.sampled_from(["subject_teacher", "class_teacher"]))
        subject = draw(ids) if role == "subject_teacher" else draw(optional(ids))
        return "teacher.assigned", {"teacher_id": draw(ids), "role": role, "class_id": draw(ids), "subject_id": subject}
    scale, value = draw(marks)
    return "final_grade.recorded", {"final_grade_id": draw(ids), "student_id": draw(ids), "subject_id": draw(ids),
                                    "period_id": draw(ids), "value": value, "scale": scale}


@st.composite
def valid_records(draw):
    kind = draw(st.sampled_from(["grade.recorded", "grade.amended", "other"]))
    version = draw(st.sampled_from([1, 2])) if kind != "other" else 1
    event_type, data = (kind, draw(grade_data(kind == "grade.amended", version))) if kind != "other" else draw(
        other_data())
    record = {"type": event_type, "school_id": draw(school_ids), "occurred_at": draw(moments), "record_id": draw(
        st.text(string.printable, min_size=1, max_size=40)), "data": data}
    if version > 1 or draw(st.booleans()):
        record["schema_version"] = version
    if draw(st.booleans()):
        record["revision"] = draw(st.integers(1, 2**63 - 1))
    return record


@SETTINGS
@given(valid_records())
def test_valid_records_translate_and_their_events_match_the_published_schemas(record):
    outcome = NATIVE.translate(record, CTX)
    assert not outcome.errors, [e.as_dict() for e in outcome.errors]
    (event,) = outcome.events
    assert event.schema_version == max(EVENT_MODELS[event.type])  # any version in, the latest in the log
    stored = event_json(event)
    assert event_schema_problems(stored) == []
    EVENT_MODELS[event.type][event.schema_version].model_validate(stored["data"])  # the canonical model agrees
    assert decode(encode(event)).data == stored["data"]
    assert event.occurred_at == dt.datetime.fromisoformat(record["occurred_at"])
    if "scale" in record["data"]:
        assert stored["data"]["normalised"] == normalise(record["data"]["scale"], record["data"]["value"]).normalised
