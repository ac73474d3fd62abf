"""The grading-scale registry.

Every grade keeps three things: the value *as given* (``"4-"``, ``"зачёт"``, ``"87"``), the scale it was given on,
and a normalised value on a common 0..100 axis together with the id of the conversion that produced it. Averages
are computed on normalised values and shown back on a school's scale with ``denormalise``; the conversions are
linear, so an average of normalised values shown back equals the average of the original values.

Conversions (``conversion`` ids are versioned: a change of rule is a new id, old events keep theirs):

============== ============================ =====================================================================
scale          accepted values              normalised (``conversion`` id)
============== ============================ =====================================================================
five_point     1..5, optional ``+``/``-``;  ``(v - 1) / 4 * 100`` where ``+`` adds and ``-`` subtracts 0.25,
               double marks ``5/4``         clamped to 1..5 (``five_point.linear.v1``): 5 -> 100, 4 -> 75,
                                            4- -> 68.75, 3 -> 50, 2 -> 25; another school step for ``+``/``-``
                                            is ``five_point.linear.modifier_<step>.v1``; a double mark is the
                                            mean of its marks (``five_point.double_mean.v1``); a mark whose
                                            source states its number (Elzhur ``convert``) takes it
                                            (``five_point.vendor_number.v1``)
ten_point      1..10, optional ``+``/``-``  ``(v - 1) / 9 * 100``, modifiers +-0.25 (``ten_point.linear.v1``)
six_point,     1..N (6, 7, 12), optional    ``(v - 1) / (N - 1) * 100``, modifiers +-0.25, clamped to 1..N, as on
seven_point,   ``+``/``-``                  the ten-point scale (``six_point.linear.v1``, ``seven_point.linear.v1``,
twelve_point                                ``twelve_point.linear.v1``); grade v5 (Dnevnik.ru mark6/7/12)
hundred_point  0..100 (decimals allowed)    ``v`` (``hundred_point.identity.v1``)
pass_fail      pass / fail (and synonyms:   pass -> 100, fail -> 0 (``pass_fail.binary.v1``); never counted in
               зачёт, зч, незачёт, нз;      averages
               зачтено, не зачтено...)
status         exempt / not_assessed        no normalised value (``status.none.v1``); never counted
letter         ``A``..``F`` (any case),     no normalised value (``letter.none.v1``): no published conversion of
               optional ``+``/``-``         letters to numbers exists, so the hub shows them and never counts them
                                            (grade v5; Dnevnik.ru markabcdf); canonical spelling upper case
============== ============================ =====================================================================

The scales after ``status`` exist from grade.recorded / grade.amended v5 and final_grade.recorded v3 on; the
published versions before them (grades v1-v4, final grades v1-v2, school.registered) keep the five scales above them
(``hub.events.types.common.ScaleIdV1``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ScaleId(StrEnum):
    FIVE_POINT = "five_point"
    TEN_POINT = "ten_point"
    HUNDRED_POINT = "hundred_point"
    PASS_FAIL = "pass_fail"
    STATUS = "status"
    SIX_POINT = "six_point"
    SEVEN_POINT = "seven_point"
    TWELVE_POINT = "twelve_point"
    LETTER = "letter"


class UnknownMark(ValueError):
    """The value is not on the named scale; the message says which values are."""


@dataclass(frozen=True, slots=True)
class Normalised:
    value: str  # canonical spelling of the value as given, e.g. "4-", "pass", "exempt"
    normalised: float | None
    conversion: str
    counts_in_average: bool


PASS_WORDS = frozenset({"pass", "passed", "зачёт", "зачет", "зач", "зч", "+"})
FAIL_WORDS = frozenset({"fail", "failed", "незачёт", "незачет", "незач", "нз", "-"})
# The participles a journal writes in the cell (Dnevnik.ru §5 never shows its ``test`` scale's words: dnevnik_ru_66),
# read by ``_pass_fail`` with ``ё`` as ``е`` and spaces collapsed; the sets above stay what they were (Elzhur's
# ``classify`` picks the scale of a bare value by them).
PARTICIPLES = {"зачтено": "pass", "зачтен": "pass", "зачтена": "pass", "не зачтено": "fail", "незачтено": "fail",
               "не зачтен": "fail", "не зачтена": "fail", "не зачет": "fail"}
STATUS_WORDS = {
    "exempt": "exempt",
    "осв": "exempt",
    "освобождён": "exempt",
    "освобожден": "exempt",
    "not_assessed": "not_assessed",
    "н/а": "not_assessed",
    "на": "not_assessed",
    "не аттестован": "not_assessed",
}
MODIFIER_STEP = 0.25


LINEAR = {ScaleId.FIVE_POINT: (1, 5), ScaleId.TEN_POINT: (1, 10), ScaleId.SIX_POINT: (1, 6),
          ScaleId.SEVEN_POINT: (1, 7), ScaleId.TWELVE_POINT: (1, 12)}
LETTERS = "ABCDEF"


def normalise(scale: ScaleId | str, given: str, modifier_step: float = MODIFIER_STEP) -> Normalised:
    """Map a value as given on ``scale`` to the common axis. Raises ``UnknownMark`` for a value off the scale.

    ``modifier_step`` is the school's rule for ``+``/``-`` (0.25 by default; 0 ignores them): its conversion id
    says which rule made the value. A double mark ``5/4`` (two marks for one work, as Elzhur shows them) counts as
    the mean of its two marks (``five_point.double_mean.v1``) unless the source says what it counts as
    (``normalise_number``)."""
    scale = ScaleId(scale)
    text = given.strip()
    if scale in LINEAR:
        low, high = LINEAR[scale]
        if "/" in text:
            return _double(text, scale, low, high, modifier_step)
        return _linear_with_modifiers(text, low, high, _linear_conversion(scale, modifier_step), modifier_step)
    if scale is ScaleId.HUNDRED_POINT:
        return _hundred(text)
    if scale is ScaleId.PASS_FAIL:
        return _pass_fail(text)
    if scale is ScaleId.LETTER:
        return _letter(text)
    return _status(text)


def denormalise(scale: ScaleId | str, normalised: float) -> float:
    """Show a normalised value (e.g. an average) back on ``scale``; inverse of the linear conversions."""
    scale = ScaleId(scale)
    if scale in LINEAR:
        low, high = LINEAR[scale]
        return low + normalised / 100 * (high - low)
    return normalised


def normalise_number(scale: ScaleId | str, value: str, number: float) -> Normalised:
    """A mark whose source states the number it counts as (Elzhur ``convert``): the value keeps its spelling, the
    normalised value comes from that number (``<scale>.vendor_number.v1``). Raises ``UnknownMark`` for a number
    off a linear scale, or for a scale without numbers."""
    scale = ScaleId(scale)
    if scale not in LINEAR and scale is not ScaleId.HUNDRED_POINT:
        raise UnknownMark(f"a {scale.value} mark has no number to count as")
    low, high = LINEAR.get(scale, (0, 100))
    if not low <= number <= high:
        raise UnknownMark(f"{number!r} is not a number from {low} to {high}")
    return Normalised(value.strip(), round((number - low) / (high - low) * 100, 6), f"{scale.value}.vendor_number.v1",
                      True)


def _linear_conversion(scale: ScaleId, modifier_step: float) -> str:
    if modifier_step == MODIFIER_STEP:
        return f"{scale.value}.linear.v1"
    return f"{scale.value}.linear.modifier_{modifier_step:g}.v1"


def _linear_with_modifiers(text: str, low: int, high: int, conversion: str,
                           modifier_step: float = MODIFIER_STEP) -> Normalised:
    base, modifier = text, 0.0
    if text[-1:] in "+-" and len(text) > 1:
        base, modifier = text[:-1], (modifier_step if text[-1] == "+" else -modifier_step)
    if not (base.isascii() and base.isdigit()) or not low <= int(base) <= high:  # "²", "５" are not marks
        raise UnknownMark(f"{text!r} is not a mark from {low} to {high} (a '+' or '-' suffix is allowed, and a "
                          "double mark such as 5/4)")
    points = min(max(int(base) + modifier, low), high)
    return Normalised(text, round((points - low) / (high - low) * 100, 6), conversion, True)


def _double(text: str, scale: ScaleId, low: int, high: int, modifier_step: float) -> Normalised:
    parts = text.split("/")
    if len(parts) != 2:
        raise UnknownMark(f"{text!r} is not a double mark (two marks joined by '/', e.g. 5/4)")
    marks = [_linear_with_modifiers(part.strip(), low, high, "", modifier_step) for part in parts]
    mean = sum(mark.normalised or 0.0 for mark in marks) / 2
    return Normalised("/".join(mark.value for mark in marks), round(mean, 6), f"{scale.value}.double_mean.v1", True)


def _hundred(text: str) -> Normalised:
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100 or number != number:
        raise UnknownMark(f"{text!r} is not a number from 0 to 100")
    return Normalised(text, number, "hundred_point.identity.v1", True)


def _pass_fail(text: str) -> Normalised:
    word = text.lower()
    said = "pass" if word in PASS_WORDS else "fail" if word in FAIL_WORDS else PARTICIPLES.get(
        " ".join(word.replace("ё", "е").split()))
    if said == "pass":
        return Normalised("pass", 100.0, "pass_fail.binary.v1", False)
    if said == "fail":
        return Normalised("fail", 0.0, "pass_fail.binary.v1", False)
    raise UnknownMark(f"{text!r} is neither pass nor fail (use 'pass' or 'fail')")


def _letter(text: str) -> Normalised:
    letter = text.upper()
    base = letter[:-1] if letter[-1:] in "+-" and len(letter) > 1 else letter
    if len(base) != 1 or base not in LETTERS:
        raise UnknownMark(f"{text!r} is not a letter mark (a letter A to F, a '+' or '-' suffix allowed)")
    return Normalised(letter, None, "letter.none.v1", False)


def _status(text: str) -> Normalised:
    status = STATUS_WORDS.get(text.lower())
    if status is None:
        raise UnknownMark(f"{text!r} is not a status (use 'exempt' or 'not_assessed')")
    return Normalised(status, None, "status.none.v1", False)


# Statistics: which marks fail, and the buckets of a distribution ---------------------------------------------

PASS_FROM = {ScaleId.FIVE_POINT: 3, ScaleId.TEN_POINT: 4, ScaleId.HUNDRED_POINT: 50}
"""The lowest passing base value per numeric scale. A mark fails when its base value (without ``+``/``-``) is
below it: on the five-point scale 1 and 2 (also ``2+``; ``3-`` passes), on the ten-point scale 1 to 3 (the usual
conversion 1-3 -> 2, 4-5 -> 3, 6-7 -> 4, 8-10 -> 5), on the hundred-point scale below 50. ``fail`` on the pass/fail
scale fails; statuses (``exempt``, ``not_assessed``) are not grades and never fail. The six-, seven- and
twelve-point and letter scales have no published pass mark: their marks are never counted as failing."""


def is_failing(scale: ScaleId | str, value: str) -> bool:
    """Whether the mark ``value`` (as stored: canonical spelling) on ``scale`` is a failing mark."""
    scale = ScaleId(scale)
    if scale is ScaleId.PASS_FAIL:
        return value == "fail"
    if scale not in PASS_FROM:
        return False
    return _base_value(scale, value) < PASS_FROM[scale]


def mark_bucket(scale: ScaleId | str, value: str) -> str:
    """The bar of a distribution a mark falls in: the base mark on the 1..N scales (``4+`` and ``4-`` count as
    ``4``), the letter without ``+``/``-``, a band of ten on the hundred-point scale (``"80-89"``, ``"90-100"``),
    the value itself on the pass/fail and status scales."""
    scale = ScaleId(scale)
    if scale in LINEAR:
        return str(int(_base_value(scale, value)))
    if scale is ScaleId.LETTER:
        return value[:1]
    if scale is ScaleId.HUNDRED_POINT:
        low = min(int(_base_value(scale, value)) // 10 * 10, 90)
        return f"{low}-{low + 9 if low < 90 else 100}"
    return value


def buckets(scale: ScaleId | str) -> list[str]:
    """Every bucket of ``scale`` from the best down (the bars a distribution chart shows, empty ones too)."""
    scale = ScaleId(scale)
    if scale in LINEAR:
        low, high = LINEAR[scale]
        return [str(v) for v in range(high, low - 1, -1)]
    if scale is ScaleId.LETTER:
        return list(LETTERS)
    if scale is ScaleId.HUNDRED_POINT:
        return [f"{low}-{low + 9 if low < 90 else 100}" for low in range(90, -1, -10)]
    if scale is ScaleId.PASS_FAIL:
        return ["pass", "fail"]
    return ["exempt", "not_assessed"]


def _base_value(scale: ScaleId, value: str) -> float:
    """The base mark without ``+``/``-``; of a double mark ``5/4``, the lower of the two (a double mark with a 2
    fails)."""
    text = value.strip()
    if scale is ScaleId.HUNDRED_POINT:
        return float(text.replace(",", "."))
    if "/" in text:
        return min(_base_value(scale, part) for part in text.split("/"))
    return float(text[:-1] if text[-1:] in "+-" and len(text) > 1 else text)
