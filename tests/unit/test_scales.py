"""The scale registry: known answers, synonyms, statuses, helpful refusals, and the linear round trip."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hub.events.scales import Normalised, ScaleId, UnknownMark, denormalise, normalise

FIVE, TEN, HUNDRED, PF, STATUS = (ScaleId.FIVE_POINT, ScaleId.TEN_POINT, ScaleId.HUNDRED_POINT, ScaleId.PASS_FAIL,
                                  ScaleId.STATUS)


@pytest.mark.parametrize(("given_", "expected"), [
    ("5", 100.0), ("4", 75.0), ("3", 50.0), ("2", 25.0), ("1", 0.0),
    ("4-", 68.75), ("3+", 56.25), ("4+", 81.25), ("2-", 18.75),
    ("5+", 100.0),  # clamps to the top
    ("1-", 0.0),  # clamps to the bottom
    (" 4 ", 75.0),
])
def test_five_point(given_, expected):
    mark = normalise(FIVE, given_)
    assert mark == Normalised(given_.strip(), expected, "five_point.linear.v1", True)


@pytest.mark.parametrize(("given_", "expected"), [
    ("10", 100.0), ("1", 0.0), ("7", round(6 / 9 * 100, 6)), ("7+", round(6.25 / 9 * 100, 6)),
    ("7-", round(5.75 / 9 * 100, 6)), ("10+", 100.0), ("4", round(3 / 9 * 100, 6)),
])
def test_ten_point(given_, expected):
    mark = normalise(TEN, given_)
    assert (mark.normalised, mark.conversion, mark.counts_in_average) == (expected, "ten_point.linear.v1", True)


@pytest.mark.parametrize(("given_", "expected"), [
    ("87,5", 87.5), ("87.5", 87.5), ("0", 0.0), ("100", 100.0), ("100,0", 100.0), ("12", 12.0),
])
def test_hundred_point_keeps_the_value_and_reads_a_comma_decimal(given_, expected):
    assert normalise(HUNDRED, given_) == Normalised(given_, expected, "hundred_point.identity.v1", True)


@pytest.mark.parametrize("word", ["pass", "PASS", "Passed", "зачёт", "Зачет", "зач", "зч", "+", " зачёт "])
def test_pass_synonyms(word):
    assert normalise(PF, word) == Normalised("pass", 100.0, "pass_fail.binary.v1", False)


@pytest.mark.parametrize("word", ["fail", "FAILED", "незачёт", "Незачет", "незач", "нз", "-"])
def test_fail_synonyms(word):
    assert normalise(PF, word) == Normalised("fail", 0.0, "pass_fail.binary.v1", False)


@pytest.mark.parametrize(("word", "value"), [
    ("зачтено", "pass"), ("Зачтено", "pass"), ("зачтён", "pass"), ("зачтен", "pass"), ("зачтена", "pass"),
    ("не зачтено", "fail"), ("Не  зачтено", "fail"), ("незачтено", "fail"), ("не зачтён", "fail"),
    ("не зачёт", "fail"), ("не зачет", "fail"), ("НЕЗАЧЁТ", "fail"),
])
def test_the_usual_russian_pass_fail_words(word, value):
    """Dnevnik.ru §5 never shows the ``test`` scale's words: the usual spellings of a journal are read, ё or е, any
    case, spaces collapsed (dnevnik_ru_66)."""
    assert normalise(PF, word) == Normalised(value, 100.0 if value == "pass" else 0.0, "pass_fail.binary.v1", False)


@pytest.mark.parametrize(("word", "status"), [
    ("exempt", "exempt"), ("осв", "exempt"), ("Освобождён", "exempt"), ("освобожден", "exempt"),
    ("not_assessed", "not_assessed"), ("н/а", "not_assessed"), ("НА", "not_assessed"), ("не аттестован", "not_assessed"),
])
def test_statuses_have_no_normalised_value_and_never_count(word, status):
    assert normalise(STATUS, word) == Normalised(status, None, "status.none.v1", False)


def test_scale_given_by_name():
    assert normalise("five_point", "4-").normalised == 68.75


@pytest.mark.parametrize(("scale", "given_", "hint"), [
    (FIVE, "6", "from 1 to 5"), (FIVE, "0", "from 1 to 5"), (FIVE, "", "from 1 to 5"), (FIVE, "+", "from 1 to 5"),
    (FIVE, "4--", "'+' or '-' suffix"), (FIVE, "+4", "from 1 to 5"), (FIVE, "4.5", "from 1 to 5"),
    (FIVE, "²", "from 1 to 5"), (FIVE, "５", "from 1 to 5"), (FIVE, "٣", "from 1 to 5"), (FIVE, "отл", "from 1 to 5"),
    (TEN, "11", "from 1 to 10"), (TEN, "0", "from 1 to 10"),
    (HUNDRED, "100,5", "from 0 to 100"), (HUNDRED, "-1", "from 0 to 100"), (HUNDRED, "nan", "from 0 to 100"),
    (HUNDRED, "inf", "from 0 to 100"), (HUNDRED, "eighty", "from 0 to 100"),
    (PF, "maybe", "use 'pass' or 'fail'"), (PF, "5", "use 'pass' or 'fail'"),
    (STATUS, "absent", "use 'exempt' or 'not_assessed'"),
])
def test_values_off_the_scale_raise_unknown_mark_with_help(scale, given_, hint):
    with pytest.raises(UnknownMark) as caught:
        normalise(scale, given_)
    assert hint in str(caught.value) and repr(given_.strip()) in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_unknown_scale_is_a_value_error():
    with pytest.raises(ValueError):
        normalise("fifteen_point", "11")


@pytest.mark.parametrize(("scale", "given_", "expected"), [
    ("six_point", "6", 100.0), ("six_point", "1", 0.0), ("six_point", "4", 60.0), ("six_point", "5-", 75.0),
    ("seven_point", "7", 100.0), ("seven_point", "4", 50.0), ("seven_point", "6+", round(5.25 / 6 * 100, 6)),
    ("twelve_point", "12", 100.0), ("twelve_point", "1", 0.0), ("twelve_point", "9", round(8 / 11 * 100, 6)),
    ("twelve_point", "12+", 100.0),
])
def test_six_seven_and_twelve_point_are_linear_like_ten_point(scale, given_, expected):
    """(v - 1) / (N - 1) * 100 with +/- as on the ten-point scale (``<scale>.linear.v1``), and they count."""
    assert normalise(scale, given_) == Normalised(given_, expected, f"{scale}.linear.v1", True)
    top = {"six_point": 6, "seven_point": 7, "twelve_point": 12}[scale]
    points = int(given_.rstrip("+-")) + {"+": 0.25, "-": -0.25}.get(given_[-1], 0.0)
    assert denormalise(scale, expected) == pytest.approx(min(points, top))


@pytest.mark.parametrize(("given_", "value"), [("A", "A"), ("b", "B"), (" C ", "C"), ("D", "D"), ("E", "E"),
                                               ("F", "F"), ("B+", "B+"), ("a-", "A-")])
def test_letters_keep_their_letter_and_have_no_normalised_value(given_, value):
    """No published letter conversion: like a status, a letter mark has no normalised value and never counts."""
    assert normalise("letter", given_) == Normalised(value, None, "letter.none.v1", False)


@pytest.mark.parametrize(("scale", "given_", "hint"), [
    ("six_point", "7", "from 1 to 6"), ("seven_point", "0", "from 1 to 7"), ("twelve_point", "13", "from 1 to 12"),
    ("letter", "G", "a letter A to F"), ("letter", "А", "a letter A to F"), ("letter", "5", "a letter A to F"),
])
def test_other_scales_refuse_values_off_them(scale, given_, hint):
    with pytest.raises(UnknownMark, match=hint):
        normalise(scale, given_)


@pytest.mark.parametrize(("scale", "low", "high"), [(FIVE, 1, 5), (TEN, 1, 10)])
def test_denormalise_inverts_normalise_on_linear_scales(scale, low, high):
    for points in range(low, high + 1):
        for suffix, delta in (("", 0), ("+", 0.25), ("-", -0.25)):
            expected = min(max(points + delta, low), high)
            assert denormalise(scale, normalise(scale, f"{points}{suffix}").normalised) == pytest.approx(expected)


def test_denormalise_on_hundred_point_and_others_is_identity():
    assert denormalise(HUNDRED, normalise(HUNDRED, "87,5").normalised) == 87.5
    assert denormalise(PF, 100.0) == 100.0


@given(st.lists(st.sampled_from(["1", "2", "3", "4", "5", "2+", "3-", "3+", "4-", "4+", "5-"]), min_size=1))
def test_average_shown_back_equals_average_of_the_marks_five_point(marks):
    assert_average_round_trip(FIVE, marks, {"+": 0.25, "-": -0.25})


@given(st.lists(st.integers(1, 10).map(str), min_size=1))
def test_average_shown_back_equals_average_of_the_marks_ten_point(marks):
    assert_average_round_trip(TEN, marks, {})


@given(st.lists(st.integers(0, 1000).map(lambda n: f"{n // 10},{n % 10}"), min_size=1))
def test_average_shown_back_equals_average_of_the_marks_hundred_point(marks):
    average = sum(normalise(HUNDRED, m).normalised for m in marks) / len(marks)
    assert denormalise(HUNDRED, average) == pytest.approx(sum(float(m.replace(",", ".")) for m in marks) / len(marks))


def assert_average_round_trip(scale: ScaleId, marks: list[str], modifiers: dict[str, float]) -> None:
    def points(mark: str) -> float:
        return int(mark.rstrip("+-")) + modifiers.get(mark[-1], 0.0)
    shown = denormalise(scale, sum(normalise(scale, m).normalised for m in marks) / len(marks))
    assert math.isclose(shown, sum(points(m) for m in marks) / len(marks), abs_tol=1e-6)
