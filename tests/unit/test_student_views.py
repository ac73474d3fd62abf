"""Known answers for periods, averages, final grades, the selected subject and the grades grid (SQLite and
PostgreSQL), from the two schools of ``tests/views_scenario.py``: the records are translated by the native adapter
and applied the way the projector does, one batch or one event per batch."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.base import TranslationContext
from adapters.native.translate import translate
from hub.events.envelope import decode, encode
from hub.store.db import make_engine
from tests.projecting import empty_views, project
from projections import create_schema, periods, progress
from projections.averages import Average
from projections.final_grades import read_final_grades
from projections.student_views import read_grades, read_subject
from tests import views_scenario as sc
from tests.views_scenario import q

D = dt.date.fromisoformat


def events(records: list[dict]) -> list:
    ctx = TranslationContext(client_id="test", recorded_at=dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
    out = []
    for record in records:
        translation = translate(record, ctx)
        assert not translation.errors, (record, translation.errors)
        out.extend(decode(encode(envelope)) for envelope in translation.events)
    return out


@pytest.fixture(params=["sqlite", "sqlite-per-event", pytest.param("postgres", marks=pytest.mark.postgres)])
def views(request, tmp_path):
    if request.param == "postgres":
        engine = request.getfixturevalue("postgres_engine")
        empty_views(engine)
    else:
        engine = make_engine(f"sqlite:///{tmp_path / 'views.db'}")
        create_schema(engine)
    project(engine, events(sc.all_records()), per_event=request.param == "sqlite-per-event")
    with engine.connect() as conn:
        yield conn
    if request.param != "postgres":
        engine.dispose()


def cell(body: dict, subject: str, period: str) -> dict:
    [row] = [s for s in body["subjects"] if s["subject"]["id"] == subject]
    [found] = [p for p in row["periods"] if p["period_id"] == period]
    return found


# Averages -----------------------------------------------------------------------------------------------------


def test_simple_and_weighted_averages_with_weights_and_modifiers():
    average = Average()
    for normalised, weight in ((68.75, 1), (100.0, 2), (75.0, 1)):  # 4-, 5 (x2), 4
        average.add({"normalised": normalised, "weight": weight, "counts_in_average": True})
    average.add({"normalised": 25.0, "weight": 1, "counts_in_average": False, "value": "2", "scale": "five_point"})
    average.add({"normalised": None, "weight": 1, "counts_in_average": False, "value": "exempt", "scale": "status"})
    assert average.as_json("weighted", "five_point") == {
        "rule": "weighted", "value": 4.4375, "normalised": 85.9375, "simple": 4.25, "weighted": 4.4375}
    assert average.as_json("simple", "ten_point")["value"] == 8.3125  # 81.25 on 1..10
    assert average.as_json("simple", "hundred_point")["value"] == 81.25
    assert average.statuses == {"exempt"} and average.count == 3
    assert Average().as_json("weighted", "five_point") is None


# Periods ------------------------------------------------------------------------------------------------------


def test_periods_of_a_school_and_the_narrowest_of_each_kind_on_a_date(views):
    listed = periods.school_periods(views, sc.Q, 2026)
    assert [p.period_id for p in listed] == [q("q1"), q("q2"), q("h1"), q("y")]
    on = periods.school_periods_on(views, sc.Q, D("2026-10-24"))
    assert {kind: p.period_id for kind, p in on.items()} == {"quarter": q("q1"), "half_year": q("h1"), "year": q("y")}
    assert {k: p.period_id for k, p in periods.school_periods_on(views, sc.Q, D("2026-10-28")).items()} == {
        "half_year": q("h1"), "year": q("y")}  # autumn holidays: between quarters
    autumn, february = periods.school_holidays(views, sc.Q, 2026)
    assert (autumn.starts_on, autumn.ends_on, autumn.class_id) == (D("2026-10-25"), D("2026-11-03"), None)
    assert (february.holiday_id, february.class_id) == (q("feb-6a"), q("6a"))
    assert [h.holiday_id for h in periods.school_holidays(views, sc.Q, 2026, [q("5a"), q("5a-g1")])] == [q("autumn")]
    assert [h.holiday_id for h in periods.school_holidays(views, sc.Q, 2026, [q("6a")])] == [q("autumn"), q("feb-6a")]
    assert periods.school_holidays(views, sc.T) == []


@pytest.mark.parametrize("school, selector, anchor, expected", [
    (sc.Q, "quarter", "2026-10-24", (q("q1"), "2026-09-01", "2026-10-24")),
    (sc.Q, "quarter", "2026-10-28", (q("q1"), "2026-09-01", "2026-10-24")),  # holidays: the quarter just ended
    (sc.Q, "quarter", "2026-11-04", (q("q2"), "2026-11-04", "2026-12-28")),
    (sc.T, "quarter", "2026-11-30", (sc.t("t1"), "2026-09-01", "2026-11-30")),  # a trimester school's "quarter"
    (sc.T, "quarter", "2026-12-01", (sc.t("t2"), "2026-12-01", "2027-02-28")),
    (sc.Q, "year", "2027-07-15", (q("y"), "2026-09-01", "2027-05-31")),  # summer: the year just ended
    (sc.Q, q("h1"), "2000-01-01", (q("h1"), "2026-09-01", "2026-12-28")),
    (sc.Q, "day", "2026-10-21", (None, "2026-10-21", "2026-10-21")),
    (sc.Q, "week", "2026-10-21", (None, "2026-10-19", "2026-10-25")),
    (sc.Q, "month", "2027-02-10", (None, "2027-02-01", "2027-02-28")),
])
def test_period_selectors(views, school, selector, anchor, expected):
    span = periods.resolve(views, school, selector, D(anchor))
    assert (span.period_id, span.starts_on.isoformat(), span.ends_on.isoformat()) == expected


@pytest.mark.parametrize("school, selector, anchor", [
    (sc.Q, sc.t("t1"), "2026-10-01"),  # another school's period id
    (sc.Q, "nope", "2026-10-01"),
    (sc.Q, "quarter", "2026-08-01"),  # before any quarter
    ("sch-none", "year", "2026-10-01"),  # no periods at all
])
def test_period_selectors_that_name_nothing(views, school, selector, anchor):
    with pytest.raises(periods.UnknownPeriod):
        periods.resolve(views, school, selector, D(anchor))


# Final grades -------------------------------------------------------------------------------------------------


def test_final_grades_known_answers_quarter_school(views):
    body = read_final_grades(views, progress.student_context(views, q("anna")), 2026)
    assert (body["scale"], body["average_rule"]) == ("five_point", "weighted")
    assert [s["subject"]["name"] for s in body["subjects"]] == ["Английский язык", "Математика", "Физкультура"]
    q1 = cell(body, q("math"), q("q1"))
    # 4- (68.75, w1), 5 (100, w2) on the quarter's last day, 2 amended to 4 (75); retracted 2, pass, 2 not counted
    assert q1["average"] == {"rule": "weighted", "value": 4.4375, "normalised": 85.9375, "simple": 4.25,
                             "weighted": 4.4375}
    assert (q1["marks_count"], q1["counted_marks"]) == (5, 3)
    assert [f["value"] for f in q1["final_marks"]] == ["4"]  # re-sent final mark replaced the first
    assert q1["missed_lessons"] == {"absent": 1, "ill": 1, "excused": 0, "total": 2} and q1["late"] == 1
    q2 = cell(body, q("math"), q("q2"))  # the 3 on the quarter's first day; the holiday mark is in neither quarter
    assert (q2["average"]["value"], q2["marks_count"], q2["final_marks"]) == (3.0, 1, [])
    h1 = cell(body, q("math"), q("h1"))  # + the 5 given during the holidays: (68.75 + 200 + 75 + 100 + 50) / 6
    assert (h1["average"]["value"], h1["average"]["simple"], h1["counted_marks"]) == (4.291667, 4.15, 5)
    assert cell(body, q("eng"), q("q1"))["missed_lessons"]["excused"] == 1
    assert cell(body, q("eng"), q("q1"))["final_marks"] == []  # recorded, then final_grade.retracted
    assert (cell(body, q("pe"), q("q2"))["exempt"], cell(body, q("pe"), q("q2"))["average"]) == (True, None)
    assert cell(body, q("pe"), q("h1"))["exempt"] and not cell(body, q("pe"), q("q1"))["exempt"]
    assert [h["holiday_id"] for h in body["holidays"]] == [q("autumn")]  # not 6А's February week
    vera = read_final_grades(views, progress.student_context(views, q("vera")), 2026)
    assert [h["holiday_id"] for h in vera["holidays"]] == [q("autumn"), q("feb-6a")]


def test_final_grades_known_answers_trimester_school_simple_ten_point(views):
    body = read_final_grades(views, progress.student_context(views, sc.t("gleb")), 2026)
    assert (body["scale"], body["average_rule"]) == ("ten_point", "simple")
    assert [p["period_id"] for p in body["periods"]] == [sc.t("t1"), sc.t("t2"), sc.t("ty")]
    assert cell(body, sc.t("t-math"), sc.t("t1"))["average"]["value"] == 10.0  # the 5 on t1's last day
    assert cell(body, sc.t("t-math"), sc.t("t2"))["average"]["value"] == 6.25  # 3 (50) and 7 (66.67): 58.33 on 1..10
    assert cell(body, sc.t("t-math"), sc.t("ty"))["average"]["value"] == 7.5


def test_final_grades_limited_to_a_scope_and_of_a_year_without_periods(views):
    anna = progress.student_context(views, q("anna"))
    assert [s["subject"]["id"] for s in read_final_grades(views, anna, 2026, frozenset({q("eng")}))["subjects"]] == [q("eng")]
    assert read_final_grades(views, anna, 2030)["subjects"] == []


# Selected subject and grades grid -----------------------------------------------------------------------------


def test_selected_subject_rows_and_running_average(views):
    anna = progress.student_context(views, q("anna"))
    body = read_subject(views, anna, q("math"), periods.resolve(views, sc.Q, q("q1"), D("2026-10-01")))
    assert [d["date"] for d in body["days"]] == [D("2026-10-20"), D("2026-10-21"), D("2026-10-22"), D("2026-10-24")]
    first, second, cancelled, last = body["days"]
    [lesson] = first["lessons"]
    assert (lesson["topic"], [h["text"] for h in lesson["homework"]], lesson["attendance"]["status"]) == (
        "Дроби", ["№ 412"], "late")
    assert first["running_average"]["value"] == 3.75  # 4- alone (the pass does not count)
    assert second["running_average"]["value"] == 3.875  # + the amended 4
    assert cancelled["lessons"][0]["cancelled"] and cancelled["running_average"]["value"] == 3.875
    assert [m["value"] for m in last["marks"]] == ["5", "2"] and last["marks"][0]["weight"] == 2.0
    assert last["marks"][0]["comment"] == "Контрольная" and last["marks"][0]["work_type"] == "test"
    assert [h["text"] for h in last["homework_due"]] == ["№ 412"]
    assert last["running_average"] == body["average"] and body["average"]["value"] == 4.4375
    assert [f["value"] for f in body["final_marks"]] == ["4"]
    assert read_subject(views, anna, q("no-such"), periods.resolve(views, sc.Q, q("q1"), D("2026-10-01"))) is None


def test_grades_grid_by_subject_and_date(views):
    anna = progress.student_context(views, q("anna"))
    body = read_grades(views, anna, D("2026-10-19"), D("2026-10-28"))
    assert body["dates"] == [D("2026-10-20"), D("2026-10-21"), D("2026-10-24"), D("2026-10-28")]
    rows = {row["subject"]["id"]: row for row in body["subjects"]}
    assert set(rows) == {q("math"), q("eng")}  # PE has no lesson in the span
    assert [(m["date"].isoformat(), m["value"]) for m in rows[q("math")]["marks"]] == [
        ("2026-10-20", "4-"), ("2026-10-20", "pass"), ("2026-10-21", "4"), ("2026-10-24", "5"),
        ("2026-10-24", "2"), ("2026-10-28", "5")]
    assert rows[q("math")]["average"]["value"] == 4.55  # (68.75 + 75 + 200 + 100) / 5 = 88.75
    assert rows[q("eng")]["average"]["value"] == 5.0
    assert [r["subject"]["id"] for r in read_grades(views, anna, D("2026-10-19"), D("2026-10-28"),
                                                    frozenset({q("eng")}))["subjects"]] == [q("eng")]
