"""The text the hub stores (``hub.text``, ``adapters.base``) and what a batch can keep (``hub.ingest.raw``)."""

from __future__ import annotations

import copy
from datetime import datetime, timezone

import orjson
import pytest

from adapters.base import AdapterSettings, TranslationContext
from adapters.screening import guard_shape, storable_text
from adapters.registry import all_adapters
from contracts.suite import NATIVE_GRADE, load_cases, nested
from hub.ingest.raw import MAX_KEPT_DEPTH, keepable
from hub.text import NOT_STORED, csv_cell, markup, stored, xlsx_text

CTX = TranslationContext("c", datetime(2025, 10, 20, 12, tzinfo=timezone.utc), school_id="sch-1")
SETTINGS = AdapterSettings("x", "x", "x")
NOT_STORED_SAMPLES = ["\x01", "\x08", "\x1b", "\x1f", "\ud800", "\udfff", "\ufdd0", "\ufdef",
                      "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff"]
STORED_SAMPLES = ["\t", "\n", "\r", " ", "\x7f", "\x85", "\u202e", "\ufffd", "й", "😀", "\U0010fffd"]


@pytest.mark.parametrize("char", NOT_STORED_SAMPLES)
def test_characters_no_output_can_carry_are_replaced(char):
    assert stored(f"a{char}b") == "a\ufffdb" and xlsx_text(f"a{char}b") == "a\ufffdb"


@pytest.mark.parametrize("char", ["\x0b", "\x0c"])
def test_a_vertical_tab_or_form_feed_is_stored_as_the_line_break_it_stands_for(char):
    assert stored(f"№ 312–315;{char}повторить") == "№ 312–315;\nповторить"
    assert NOT_STORED.search(char) and xlsx_text(f"a{char}b") == "a\ufffdb"  # outputs of events logged before


@pytest.mark.parametrize("char", STORED_SAMPLES)
def test_other_text_is_stored_as_sent(char):
    assert stored(f"a{char}b") == f"a{char}b" and NOT_STORED.search(char) is None


def test_storable_text_replaces_in_every_value_and_copies_only_when_needed():
    clean = copy.deepcopy(NATIVE_GRADE)
    assert storable_text(clean) is clean
    dirty = {**NATIVE_GRADE, "data": {**NATIVE_GRADE["data"], "comment": "a\x07b", "tags": ["\ufffe", 1, None]}}
    before = copy.deepcopy(dirty)
    out = storable_text(dirty)
    assert out["data"]["comment"] == "a\ufffdb" and out["data"]["tags"] == ["\ufffd", 1, None]
    assert dirty == before  # the record stays as sent (the raw batch keeps it)
    assert storable_text({"a": "\\b \\f"}) == {"a": "\\b \\f"}  # escaped backslashes, not control characters


def test_a_key_with_a_character_the_hub_does_not_store_is_rejected_at_its_object():
    problems = guard_shape({"data": {"ok": 1, "weight\x07": 2}}, SETTINGS)
    assert [(p.pointer, "U+0007" in p.message) for p in problems] == [("/data", True)]
    assert guard_shape({"data": {"comment": "a\x07b"}}, SETTINGS) == []  # a value is replaced, not rejected


def test_a_vendor_day_with_a_stray_control_character_is_taken_with_a_replacement():
    case = load_cases("elzhur", "golden")
    record = next(c.input for c in case if c.path.stem == "getdiary_example_lessons_homework_mark_absence_vacation")
    record = copy.deepcopy(record)
    items = record["response"]["result"]["students"]["70123"]["days"]["20251014"]["items"]
    items["1"]["topic"] = "Квадратные\x07неравенства\x0bс параметром"
    outcome = all_adapters()["elzhur"].translate(record, CTX)
    assert not outcome.errors and outcome.events
    topics = [e.data.get("topic") for e in outcome.events if e.type == "lesson.scheduled"]
    assert "Квадратные\ufffdнеравенства\nс параметром" in topics


def test_native_free_text_is_stored_with_the_replacement_and_a_nul_still_rejected():
    native = all_adapters()["native"]
    record = {**NATIVE_GRADE, "data": {**NATIVE_GRADE["data"], "comment": "молодец\x01\ufffe"}}
    [event] = native.translate(record, CTX).events
    assert event.data["comment"] == "молодец\ufffd\ufffd"
    record = {**NATIVE_GRADE, "data": {**NATIVE_GRADE["data"], "comment": "молодец\x00"}}
    assert [e.pointer for e in native.translate(record, CTX).errors] == ["/data/comment"]


@pytest.mark.parametrize(("cell", "written"), [
    ("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-", "-"), ("+", "+"), ("--", "--"),
    ("-1.5", "-1.5"), ("+3", "+3"), ("-0,25", "-0,25"), ("4-", "4-"), ("5 4-", "5 4-"), ("Математика", "Математика"),
    ("", ""), (3.5, 3.5), (None, None),
])
def test_csv_cells_that_would_run_as_formulas_get_a_quote(cell, written):
    assert csv_cell(cell) == written


def test_markup_escapes_what_reportlab_parses():
    assert markup("a<b & c>d\x07") == "a&lt;b &amp; c&gt;d\ufffd"


def test_a_record_is_keepable_up_to_the_depth_every_answer_can_write():
    assert keepable(NATIVE_GRADE) and keepable(None)
    assert keepable(nested(MAX_KEPT_DEPTH)) and not keepable(nested(MAX_KEPT_DEPTH + 1))
    assert not keepable(nested(300, key="d"))
    wide = {f"k{i}": [[{}]] * 50 for i in range(50)}  # many brackets, little depth
    assert keepable(wide)
    orjson.dumps({"a": {"b": {"c": [nested(MAX_KEPT_DEPTH)]}}})  # the deepest wrapper an answer adds still writes
