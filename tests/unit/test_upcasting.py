"""Upcasters (``hub.events.upcasting``): known answers, chains, exact inverses, fingerprints across versions, and the
golden cases of every adapter read back as the v1 they used to be.

grade.recorded / grade.amended v1 -> v2: ``work_type`` "label" -> ``{code, name}``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.registry import all_adapters
from contracts.suite import load_cases
from hub.events import upcasting
from hub.events.envelope import Envelope, Source, decode, decode_as_written, encode, fingerprint
from hub.events.registry import EVENT_MODELS, model_for
from hub.events.types import WorkType
from hub.events.upcasting import (LATEST, STEPS, code_from_name, downcast, earliest_form, registry_problems,
                                  upcast, work_type_from_label)
from hub.ingest.revisions import as_revision, content_fingerprint

GRADES = ("grade.recorded", "grade.amended")
AT = dt.datetime(2024, 9, 2, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def v1_grade(work_type: str = "test", event_type: str = "grade.recorded", **extra) -> dict:
    data = {"grade_id": "g-1", "student_id": "st-1", "lesson_id": "l-1", "value": "4", "scale": "five_point",
            "weight": 2, "work_type": work_type, "normalised": 75.0, "conversion": "five_point.linear.v1",
            "counts_in_average": True, **extra}
    return model_for(event_type, 1).model_validate(data).model_dump(mode="json")


def envelope(data: dict, version: int, event_type: str = "grade.recorded") -> Envelope:
    return Envelope("3a105619-99f4-54b2-a0e8-4c799a1eca11", event_type, version, "school-1", AT, AT,
                    Source("native", "g-1", 1, "client-1"), data)


# --- known answers ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("label, expected", [
    ("test", {"code": "test", "name": None}),  # an id stays the code
    ("control_work", {"code": "control_work", "name": None}),
    ("lesson_work", {"code": "lesson_work", "name": None}),
    ("Olympiad.2024", {"code": "Olympiad.2024", "name": None}),
    ("Контрольная работа", {"code": "kontrolnaia_rabota", "name": "Контрольная работа"}),  # Elzhur labels
    ("Работа на уроке", {"code": "rabota_na_uroke", "name": "Работа на уроке"}),
    ("Контрольный диктант", {"code": "kontrolnyi_diktant", "name": "Контрольный диктант"}),
    ("Тест", {"code": "test", "name": "Тест"}),
    ("Проверка домашнего задания", {"code": "proverka_domashnego_zadaniia", "name": "Проверка домашнего задания"}),
    ("Съёмка, объём: ЩИТ", {"code": "sieemka_obieem_shchit", "name": "Съёмка, объём: ЩИТ"}),
    ("lesson work", {"code": "lesson_work", "name": "lesson work"}),  # not an id: the text is a name
    (" test ", {"code": "test", "name": " test "}),
    ("Examen écrit", {"code": "examen_ecrit", "name": "Examen écrit"}),
])
def test_a_v1_label_becomes_code_and_name(label, expected):
    assert work_type_from_label(label) == expected
    WorkType.model_validate(expected)


def test_names_without_letters_or_digits_and_long_names_get_hashed_codes():
    assert code_from_name("—") == code_from_name("—") and code_from_name("—").startswith("wt_")
    assert code_from_name("—") != code_from_name("–")
    long_a, long_b = "Работа " * 20 + "А", "Работа " * 20 + "Б"
    code_a, code_b = code_from_name(long_a), code_from_name(long_b)
    assert len(code_a) <= 64 and len(code_b) <= 64 and code_a != code_b
    assert code_a.startswith("rabota_rabota_") and code_a[-17] == "_"
    for code in (code_a, code_from_name("—"), code_from_name("???")):
        WorkType(code=code)


def test_a_whole_v1_grade_upcasts_to_a_valid_v2_grade_touching_only_work_type():
    for event_type in GRADES:
        data = v1_grade("Контрольная работа", event_type, **({"reason": "Пересдача"} if "amended" in event_type else {}))
        version, upcast_data = upcast(event_type, 1, data, to_version=2)
        assert version == 2
        assert upcast_data == {**data, "work_type": {"code": "kontrolnaia_rabota", "name": "Контрольная работа"}}
        model_for(event_type, 2).model_validate(upcast_data)
        assert data["work_type"] == "Контрольная работа"  # the input is not mutated


def test_what_is_not_v1_data_is_left_for_validation_to_report():
    assert upcast("grade.recorded", 1, {"grade_id": "g"}, 2) == (2, {"grade_id": "g"})  # no work_type: none invented
    assert upcast("grade.recorded", 1, {"work_type": 42}, 2) == (2, {"work_type": 42})
    assert upcast("grade.recorded", 1, {"work_type": ""}, 2)[1]["work_type"]["name"] == ""  # invalid as v2 too


# --- chains -------------------------------------------------------------------------------------------------------

def test_chains_are_idempotent_and_stop_at_the_target():
    data = v1_grade("Работа на уроке")
    once = upcast("grade.recorded", 1, data, to_version=2)
    latest = upcast("grade.recorded", 1, data)
    assert latest[0] == 5 and upcast("grade.recorded", *latest) == latest  # the latest stays as it is
    assert upcast("grade.recorded", *once) == latest
    assert upcast("grade.recorded", 1, data, to_version=1) == (1, data)
    assert upcast("lesson.cancelled", 1, {"lesson_id": "l"}) == (1, {"lesson_id": "l"})  # one version only
    assert upcast("grade.deleted", 7, {"x": 1}) == (7, {"x": 1})  # a type nobody published: as is
    with pytest.raises(ValueError, match="older"):
        upcast("grade.recorded", 2, once[1], to_version=1)


def test_every_version_after_the_first_has_its_upcaster_and_a_missing_one_is_reported(monkeypatch):
    assert registry_problems() == []
    assert all(LATEST[t] == max(v) for t, v in EVENT_MODELS.items())
    monkeypatch.delitem(STEPS, ("grade.amended", 1))
    monkeypatch.setitem(STEPS, ("lesson.cancelled", 1), STEPS[("grade.recorded", 1)])
    problems = registry_problems()
    assert "grade.amended: v2 has no upcaster from v1 (STEPS[('grade.amended', 1)])" in problems
    assert "lesson.cancelled: STEPS has v1 -> v2, but v2 is not in EVENT_MODELS" in problems


# --- exact inverses and fingerprints ------------------------------------------------------------------------------

v1_labels = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1,
                    max_size=200) | st.sampled_from(["test", "Контрольная работа", "lesson_work", "—", " a "])


@settings(max_examples=300, deadline=None)
@given(v1_labels)
def test_every_valid_v1_label_upcasts_to_a_valid_v2_and_back_exactly(label):
    data = v1_grade(label)
    _, v2 = upcast("grade.recorded", 1, data, to_version=2)
    model_for("grade.recorded", 2).model_validate(v2)  # total on valid v1: nothing valid is lost
    assert downcast("grade.recorded", 2, v2, 1) == data
    assert earliest_form("grade.recorded", 2, v2) == (1, data)


@pytest.mark.parametrize("work_type, v1_label", [
    ({"code": "test", "name": "Контрольная работа"}, None),  # a name the code is not made from
    ({"code": "test", "name": "test"}, None),
    ({"code": "Test", "name": "test"}, None),
    ({"code": "kontrolnaia_rabota", "name": None}, "kontrolnaia_rabota"),
    ({"code": "kontrolnaia_rabota", "name": "Контрольная работа"}, "Контрольная работа"),
])
def test_v2_data_has_a_v1_form_only_if_v1_could_say_exactly_that(work_type, v1_label):
    v2 = {**upcast("grade.recorded", 1, v1_grade(), 2)[1], "work_type": work_type}
    older = downcast("grade.recorded", 2, v2, 1)
    if v1_label is None:
        assert older is None and earliest_form("grade.recorded", 2, v2) == (2, v2)
    else:
        assert older == {**v2, "work_type": v1_label} and upcast("grade.recorded", 1, older, 2) == (2, v2)


def test_fingerprints_hash_the_earliest_form_so_v1_and_its_v2_are_one_record():
    data = v1_grade("Контрольная работа")
    as_v1, as_v2 = envelope(data, 1), envelope(upcast("grade.recorded", 1, data, 2)[1], 2)
    assert fingerprint(as_v1) == fingerprint(as_v2)
    assert content_fingerprint(as_v1) == content_fingerprint(as_v2)
    richer = envelope({**as_v2.data, "work_type": {"code": "kontrolnaia_rabota", "name": "Контрольная работа (1)"}},
                      2)
    assert fingerprint(richer) != fingerprint(as_v2) and content_fingerprint(richer) != content_fingerprint(as_v2)
    other = envelope(v1_grade("Самостоятельная работа"), 1)
    assert fingerprint(other) != fingerprint(as_v1)
    amended = as_revision(as_v2, "grade:g-1", 2)  # a hub-numbered revision keeps the version and its data
    assert (amended.type, amended.schema_version, amended.data) == ("grade.amended", 2, as_v2.data)


# --- reading the log ----------------------------------------------------------------------------------------------

def test_decode_reads_every_event_as_the_latest_version_and_decode_as_written_as_stored():
    data = v1_grade("Работа на уроке")
    stored = encode(envelope(data, 1))
    assert (decode_as_written(stored).schema_version, decode_as_written(stored).data) == (1, data)
    read = decode(stored)
    assert read.schema_version == 5 and read.data == upcast("grade.recorded", 1, data)[1]
    assert read._replace(schema_version=1, data=data) == decode_as_written(stored)  # the rest as written
    latest = encode(envelope(read.data, 5))
    assert decode(latest) == decode_as_written(latest)
    other = encode(dataclasses.replace(envelope({"lesson_id": "l-1", "reason": None}, 1), type="lesson.cancelled"))
    assert decode(other) == decode_as_written(other)


# --- the golden cases: every grade an adapter emits is exactly the upcast of the v1 it emitted before ------------

GOLDEN_GRADES = [pytest.param(case, i, id=f"{case.id}#{i}") for name in sorted(all_adapters())
                 for case in load_cases(name, "golden") for i, e in enumerate(case.expected) if e["type"] in GRADES]


def test_the_golden_cases_hold_grades_of_every_adapter():
    assert {case.adapter for case, _ in (p.values for p in GOLDEN_GRADES)} == {"native", "dnevnik_ru", "elzhur"}


@pytest.mark.parametrize("case, index", GOLDEN_GRADES)
def test_every_golden_grade_is_v5_and_the_upcast_of_a_valid_v1_unless_it_says_more(case, index):
    event = case.expected[index]
    assert event["schema_version"] == 5
    v1 = downcast(event["type"], 5, event["data"], 1)
    if v1 is None:  # what v1 could not say: a native record's own work type name, the journal's own text, weight 0
        says_more = (event["data"].get("text") is not None or event["data"].get("vendor_number") is not None
                     or event["data"]["weight"] == 0 or event["data"]["scale"] in NEW_SCALES)
        assert says_more or (case.adapter == "native" and case.input.get("schema_version", 1) >= 2), \
            "v1 could not say this"
        return
    model_for(event["type"], 1).model_validate(v1)
    assert upcast(event["type"], 1, v1) == (5, event["data"])


def test_optional_fields_added_read_null_and_go_back_only_when_null():
    step = upcasting.STEPS[("grade.recorded", 2)]
    v2 = {"grade_id": "g", "value": "4"}
    assert step.up(v2) == {**v2, "text": None, "vendor_number": None}
    assert step.down(step.up(v2)) == v2
    assert step.down({**v2, "text": "4-", "vendor_number": None}) is None  # v2 cannot say the journal's text
    assert upcasting.STEPS[("attendance.marked", 1)].up({"status": "absent"}) == {"status": "absent", "code": None}
    assert upcasting.STEPS[("school.registered", 1)].down({"name": "x", "modifier_step": 0}) is None
    v3 = {"grade_id": "g", "value": "3", "weight": 2.0}
    zero_weight = upcasting.STEPS[("grade.recorded", 3)]  # v4 only widens weight to 0
    assert zero_weight.up(v3) == v3 and zero_weight.down(v3) == v3
    assert zero_weight.down({**v3, "weight": 0.0, "counts_in_average": False}) is None  # v3 cannot say weight 0


def test_the_upcaster_module_is_frozen_for_published_steps():
    """A published step must never change (views are rebuilt through it): pin its known answer."""
    assert upcasting.STEPS[("grade.recorded", 1)] is upcasting.STEPS[("grade.amended", 1)]
    assert [work_type_from_label(x)["code"] for x in ("Контрольная работа", "—")] == [
        "kontrolnaia_rabota", "wt_bda050585a00f0f6"]


NEW_SCALES = ("six_point", "seven_point", "twelve_point", "letter")


@pytest.mark.parametrize("event_type", GRADES)
def test_grade_v4_reads_as_v5_unchanged_and_the_new_scales_have_no_v4_form(event_type):
    """grade v5 only widens ``scale`` (six-, seven-, twelve-point and letters, Dnevnik.ru §5): v4 data is v5 data
    as it is and goes back; a mark on a new scale cannot (its fingerprint hashes the v5 form), and v4 refuses it."""
    v4 = upcast(event_type, 1, v1_grade(event_type=event_type), 4)[1]
    assert upcast(event_type, 4, v4) == (5, v4)
    model_for(event_type, 5).model_validate(v4)
    assert earliest_form(event_type, 5, upcast(event_type, 4, v4)[1])[0] == 1
    letter = {**v4, "value": "B", "scale": "letter", "normalised": None, "conversion": "letter.none.v1",
              "counts_in_average": False, "text": "B"}
    assert model_for(event_type, 5).model_validate(letter).model_dump(mode="json")["scale"] == "letter"
    assert downcast(event_type, 5, letter, 4) is None and earliest_form(event_type, 5, letter) == (5, letter)
    with pytest.raises(ValueError):
        model_for(event_type, 4).model_validate(letter)


def test_final_grade_v2_reads_as_v3_unchanged_and_the_new_scales_have_no_v2_form():
    """final_grade.recorded v3 only widens ``scale`` as grade v5 did (Dnevnik.ru §5 final marks on the letter and
    twelve-point scales, dnevnik_ru_66): v2 data is v3 data as it is and goes back; a letter has no v2 form."""
    event_type = "final_grade.recorded"
    v2 = {"final_grade_id": "f", "student_id": "s", "subject_id": "m", "period_id": "p", "value": "5",
          "scale": "five_point", "teacher_id": None, "normalised": 100.0, "conversion": "five_point.linear.v1",
          "text": "5", "vendor_number": None}
    assert upcast(event_type, 2, v2) == (3, v2) and LATEST[event_type] == 3
    model_for(event_type, 3).model_validate(v2)
    assert earliest_form(event_type, 3, v2)[0] == 2  # the journal's text: no v1 form
    for scale, value, normalised, conversion in [("letter", "B-", None, "letter.none.v1"),
                                                 ("twelve_point", "11", 90.909091, "twelve_point.linear.v1")]:
        wider = {**v2, "value": value, "scale": scale, "normalised": normalised, "conversion": conversion,
                 "text": value}
        assert model_for(event_type, 3).model_validate(wider).model_dump(mode="json") == wider
        assert downcast(event_type, 3, wider, 2) is None and earliest_form(event_type, 3, wider) == (3, wider)
        with pytest.raises(ValueError):
            model_for(event_type, 2).model_validate(wider)


def test_published_scale_enums_keep_their_values():
    """Versions 1-4 of the grades, final grades and school.registered keep the five scales they were published
    with: a new scale is a new version, never a change of a published one."""
    for event_type, version in [("grade.recorded", 4), ("grade.amended", 4), ("final_grade.recorded", 2),
                                ("school.registered", 2)]:
        schema = model_for(event_type, version).model_json_schema()
        assert schema["$defs"]["ScaleId"]["enum"] == ["five_point", "ten_point", "hundred_point", "pass_fail",
                                                      "status"]


def test_reporting_period_v1_reads_as_v2_unchanged_and_an_exam_column_has_no_v1_form():
    """reporting_period.defined v2 only widens: kind ``exam`` without dates. v1 data is valid v2 data as it is; a
    dated period goes back to v1, an exam column cannot (its fingerprint hashes the v2 form)."""
    from hub.events.types import ReportingPeriodDefinedV2

    v1 = {"period_id": "p", "kind": "quarter", "number": 1, "name": "I четверть", "academic_year": 2024,
          "starts_on": "2024-09-02", "ends_on": "2024-10-25"}
    model_for("reporting_period.defined", 1).model_validate(v1)
    assert upcast("reporting_period.defined", 1, v1, 2) == (2, v1)
    ReportingPeriodDefinedV2.model_validate(v1)
    assert upcasting.earliest_form("reporting_period.defined", 2, v1) == (1, v1)
    exam = {"period_id": "e", "kind": "exam", "number": 1, "name": "Э", "academic_year": 2024, "starts_on": None,
            "ends_on": None}
    ReportingPeriodDefinedV2.model_validate(exam)
    assert upcasting.downcast("reporting_period.defined", 2, exam, 1) is None
    assert upcasting.earliest_form("reporting_period.defined", 2, exam) == (2, exam)
    with pytest.raises(ValueError):
        model_for("reporting_period.defined", 1).model_validate({**exam, "starts_on": "2025-05-20",
                                                                 "ends_on": "2025-06-20"})
    with pytest.raises(ValueError, match="no dates"):
        ReportingPeriodDefinedV2.model_validate({**exam, "starts_on": "2025-05-20", "ends_on": "2025-06-20"})
    with pytest.raises(ValueError, match="needs starts_on and ends_on"):
        ReportingPeriodDefinedV2.model_validate({**v1, "ends_on": None})


def test_reporting_period_v2_reads_as_v3_without_a_short_name_and_any_kind_may_be_an_undated_column():
    """reporting_period.defined v3 adds the journal's own short name (``short_name``, optional) and lets a period of
    any kind be undated, a column known only from final marks (both dates or neither; an exam never dated). v1 and
    v2 read as v3 unchanged with ``short_name`` null; a v3 period goes back only when v2 can say it all."""
    v3 = model_for("reporting_period.defined", 3)
    v1 = {"period_id": "p", "kind": "quarter", "number": 1, "name": "1 четверть", "academic_year": 2024,
          "starts_on": "2024-09-02", "ends_on": "2024-10-25"}
    assert upcast("reporting_period.defined", 1, v1, 3) == (3, {**v1, "short_name": None})
    exam = {"period_id": "e", "kind": "exam", "number": 1, "name": "Экзамен", "academic_year": 2024,
            "starts_on": None, "ends_on": None}
    assert upcast("reporting_period.defined", 2, exam, 3) == (3, {**exam, "short_name": None})
    for data in (v1, exam):
        v3.model_validate(upcast("reporting_period.defined", 1 if data is v1 else 2, data, 3)[1])
    assert earliest_form("reporting_period.defined", 3, {**v1, "short_name": None}) == (1, v1)
    assert earliest_form("reporting_period.defined", 3, {**exam, "short_name": None}) == (2, exam)
    named = {**v1, "short_name": "I"}
    v3.model_validate(named)
    assert downcast("reporting_period.defined", 3, named, 2) is None  # v2 cannot say the short name
    assert earliest_form("reporting_period.defined", 3, named) == (3, named)
    column = {**v1, "name": "I", "starts_on": None, "ends_on": None, "short_name": None}  # last year's, from finals
    assert v3.model_validate(column).kind == "quarter"
    assert downcast("reporting_period.defined", 3, column, 2) is None  # v2: every kind but exam has dates
    with pytest.raises(ValueError, match="both dates or neither"):
        v3.model_validate({**v1, "ends_on": None})
    with pytest.raises(ValueError, match="no dates"):
        v3.model_validate({**exam, "starts_on": "2025-05-20", "ends_on": "2025-06-20"})
    with pytest.raises(ValueError, match="before"):
        v3.model_validate({**v1, "ends_on": "2024-09-01"})


def test_reporting_period_v3_reads_as_v4_unchanged_and_a_final_column_has_no_v3_form():
    """reporting_period.defined v4 only widens ``kind``: ``final``, the journal's итоговая (certificate) column
    (Elzhur's ``И`` «Итоговая», Dnevnik.ru's ``PeriodFinalMark`` marks), undated like the exam column. v3 data is v4
    data as it is and goes back; a final column cannot (its fingerprint hashes the v4 form)."""
    v4 = model_for("reporting_period.defined", 4)
    year = {"period_id": "y", "kind": "year", "number": 1, "name": "Годовая", "short_name": "Г",
            "academic_year": 2026, "starts_on": "2026-09-01", "ends_on": "2027-05-25"}
    assert upcast("reporting_period.defined", 3, year) == (4, year)
    assert earliest_form("reporting_period.defined", 4, year) == (3, year)
    final = {"period_id": "f", "kind": "final", "number": 1, "name": "Итоговая", "short_name": "И",
             "academic_year": 2026, "starts_on": None, "ends_on": None}
    assert v4.model_validate(final).kind == "final"
    assert downcast("reporting_period.defined", 4, final, 3) is None
    assert earliest_form("reporting_period.defined", 4, final) == (4, final)
    with pytest.raises(ValueError):
        model_for("reporting_period.defined", 3).model_validate(final)
    with pytest.raises(ValueError, match="no dates"):
        v4.model_validate({**final, "starts_on": "2027-06-01", "ends_on": "2027-06-30"})


def test_lesson_v1_reads_as_v2_unchanged_and_a_lesson_without_a_number_has_no_v1_form():
    """lesson.scheduled v2 only widens ``slot``: null, a lesson whose number no answer gave (Elzhur's getmarks,
    contracts/journeys/elzhur_41). v1 data is v2 data as it is and goes back; one without a number cannot."""
    v1 = {"lesson_id": "l", "class_id": "c", "subject_id": "s", "date": "2025-11-14", "slot": 0}
    model_for("lesson.scheduled", 1).model_validate(v1)
    assert upcast("lesson.scheduled", 1, v1) == (2, v1)
    assert earliest_form("lesson.scheduled", 2, v1) == (1, v1)
    bare = {**v1, "slot": None}
    model_for("lesson.scheduled", 2).model_validate(bare)
    assert downcast("lesson.scheduled", 2, bare, 1) is None
    assert earliest_form("lesson.scheduled", 2, bare) == (2, bare)
    with pytest.raises(ValueError):
        model_for("lesson.scheduled", 1).model_validate(bare)
