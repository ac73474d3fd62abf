"""Elzhur mark values on the hub's scale registry (``hub.events.scales``).

A mark's ``value`` is the mark as the teacher gave it, and it decides the scale:

=========================================== ============================================================
value (case-insensitive, trimmed)           becomes
=========================================== ============================================================
``""``                                      a phantom mark: skipped and counted (``skipped_phantom_marks``)
``н``                                       attendance.marked ``absent`` (not a grade)
``оп``                                      attendance.marked ``late`` (not a grade)
``б``                                       attendance.marked ``ill`` (not a grade)
``у``, ``уп``                                attendance.marked ``excused`` (not a grade)
``1``..``5`` with optional ``+``/``-``      five_point, value as given (``4-`` -> 68.75)
зачёт words (``зч``, ``зач``, ``зачет``...)  pass_fail ``pass``; ``нз``, ``незач``... -> ``fail``
``осв``, ``н/а``...                         status ``exempt`` / ``not_assessed``
anything else                               ``UnknownMark``: a word is the school's own (``school_word``), a
                                            number off the scale (a score ``17``) the journal's (``school_number``)
=========================================== ============================================================

``convert`` is the number the journal counts a numeric mark as: ``grades.mark`` normalises from it when given
(``vendor_number``), else from the value with the school's +/- step; with ``countas`` it also decides whether the mark
counts. ``counts_in_average`` is false when ``count`` is false; when
``count`` is absent, when ``convert`` or ``countas`` is 0; when the weight is 0; and always for pass/fail and
status marks (the scale registry's rule). Otherwise true.

Weight: ``weight_float`` when it is positive, else ``weight`` when positive, else 1 (Elzhur's default). A stated
weight of 0 keeps the mark out of the average (the canonical weight, which must be positive, is then 1).
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.events.scales import FAIL_WORDS, PASS_WORDS, STATUS_WORDS, ScaleId, UnknownMark, normalise, normalise_number

ATTENDANCE = {"н": "absent", "оп": "late", "б": "ill", "у": "excused", "уп": "excused"}


@dataclass(frozen=True, slots=True)
class Phantom:
    pass


@dataclass(frozen=True, slots=True)
class AttendanceMark:
    status: str


@dataclass(frozen=True, slots=True)
class GradeMark:
    scale: ScaleId
    value: str
    normalised: float | None
    conversion: str
    counts: bool


def classify(value: str, modifier_step: float | None = None) -> Phantom | AttendanceMark | GradeMark:
    """What a mark value is; raises ``UnknownMark`` (with a message for the integrator) for anything else."""
    text = value.strip()
    if not text:
        return Phantom()
    word = text.casefold().replace("ё", "е")
    if word in ATTENDANCE:
        return AttendanceMark(ATTENDANCE[word])
    for scale in _candidate_scales(word):
        try:
            mark = (normalise(scale, text) if modifier_step is None else normalise(scale, text, modifier_step)) \
                if scale is ScaleId.FIVE_POINT else normalise(scale, word)
        except UnknownMark:
            continue
        return GradeMark(scale, mark.value, mark.normalised, mark.conversion, mark.counts_in_average)
    raise UnknownMark(f"{text!r} is not an Elzhur mark this hub knows: 1-5 (with + or -), н, оп, б, уп, "
                      "зачёт/незачёт words (зч, нз) or осв, н/а")


def school_word(value: str) -> GradeMark:
    """A word ``classify`` cannot place (``дист``, ``нб``): the school's own vocabulary (reference A.3 ``value`` "the
    mark as displayed", A.6, D.2 "open-ended text"). The diary shows it as the journal does, on the ``status`` scale
    (``value`` and ``text`` the word as sent, no normalised value, ``status.none.v1``) and never counts it: a word
    has no number on a scale (``convert`` is not read)."""
    return GradeMark(ScaleId.STATUS, value.strip(), None, "status.none.v1", False)


def school_number(value: str, convert: float | None) -> GradeMark:
    """A number ``classify`` cannot place: a trial exam's score (``17`` of ``max_mark`` 31, ``87`` of 100), a ``6``.
    The value is the mark as displayed (reference A.3) and the vocabulary open-ended: "rely on count/convert" (D.2).
    When the journal's own ``convert`` is a five-point number (1..5) the mark is that number on the five-point scale
    (``five_point.vendor_number.v1``, the value as sent), counted as ``count`` says (``counts_in_average``); else it
    has no number the hub can count, and is shown as the journal shows it on the ``status`` scale (``value`` and
    ``text`` as sent, no normalised value) and never counted, as a school's own word is (``school_word``).
    ``max_mark`` (getmarks only, its type unknown, A.3) does not decide the scale: a getdiary mark lacks it, and the
    same mark from either method must be the same grade."""
    text = value.strip()
    if convert is not None and 1 <= convert <= 5:
        stated = normalise_number(ScaleId.FIVE_POINT, text, float(convert))
        return GradeMark(ScaleId.FIVE_POINT, stated.value, stated.normalised, stated.conversion, True)
    return GradeMark(ScaleId.STATUS, text, None, "status.none.v1", False)


def _candidate_scales(word: str) -> list[ScaleId]:
    if word in PASS_WORDS or word in FAIL_WORDS or word.replace("е", "ё") in PASS_WORDS | FAIL_WORDS:
        return [ScaleId.PASS_FAIL]
    if word in STATUS_WORDS:
        return [ScaleId.STATUS]
    return [ScaleId.FIVE_POINT]


def weight_of(weight: float | None, weight_float: float | None) -> tuple[float, bool, str | None]:
    """(canonical weight, whether the weight lets the mark count, the field it came from)."""
    if weight_float is not None and weight_float > 0:
        return float(weight_float), True, "weight_float"
    if weight is not None and weight > 0:
        return float(weight), True, "weight"
    if weight_float == 0 or (weight_float is None and weight == 0):
        return 0.0, False, "weight_float" if weight_float == 0 else "weight"  # shown as the journal shows it
    if weight_float is not None or weight is not None:
        return 1.0, False, None  # a negative weight: out of the average
    return 1.0, True, None


def counts_in_average(grade: GradeMark, count: bool | None, convert: float | None, countas: float | None,
                      weight_counts: bool) -> bool:
    if not grade.counts or not weight_counts or count is False:
        return False
    if count is None and (convert == 0 or countas == 0):
        return False
    return True
