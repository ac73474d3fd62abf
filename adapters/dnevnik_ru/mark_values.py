"""A Mark's value on its scale (reference §5, §3.1), and the final marks the hub cannot read (§3.13).

* ``value_on``: the value (``value``, the raw string, §3.1) on the scale of its type (``marks.SCALES``): markna and
  markdismiss are their statuses whatever the text; any other scale through the scale registry
  (``hub.events.scales.normalise``, the school's +/- step). On the ``test`` scale, whose words §5 never shows, the
  registry reads the usual pass/fail words (зачёт, зачтено, зч, незачёт, не зачтено, нз...); a word it does not know
  there is the school's own (``school_word``): shown as sent on the ``status`` scale, no normalised value, never
  counted, as Elzhur's unknown words are (``adapters.elzhur.marks.school_word``). Any other value off its scale
  raises ``UnknownMark``.
* ``skip_final``: a final mark (a period, year, exam or итоговая mark: §3.13 makes them ordinary Marks) whose type or
  value the hub cannot read never refuses its answer, whichever endpoint brings it: it is skipped and counted, a
  ``skipped_unreadable_final_marks`` directory entry per mark id (``{mark_type, value, pointer, reason}``), and the
  answer's other marks are kept, as a mark on a scale without a canonical form is (``marks.SKIPPED``). A lesson's
  mark off its scale still refuses the answer at its value.
"""

from __future__ import annotations

from adapters.dnevnik_ru.common import Out
from hub.events.scales import Normalised, ScaleId, UnknownMark, normalise

STATUS_OF = {"markna": "not_assessed", "markdismiss": "exempt"}
SKIPPED_FINAL = "skipped_unreadable_final_marks"
WORD_LENGTH = 32  # the longest value a grade or final grade holds


def value_on(scale: ScaleId, key: str, value: str, modifier_step: float) -> tuple[ScaleId, Normalised]:
    """``value`` of a mark of type ``key`` on ``scale``, with the scale it is read on (a school's word on the
    ``test`` scale: ``status``; module docstring); raises ``UnknownMark`` off the scale."""
    try:
        return scale, normalise(scale, STATUS_OF.get(key, value), modifier_step)
    except UnknownMark:
        if scale is not ScaleId.PASS_FAIL:
            raise
        return ScaleId.STATUS, school_word(value)


def school_word(value: str) -> Normalised:
    """A word on the ``test`` scale the hub does not know: the school's own, as sent (``status.none.v1``, never
    counted); raises ``UnknownMark`` when it is too long to be held."""
    word = value.strip()
    if len(word) > WORD_LENGTH:
        raise UnknownMark(f"{word[:40]!r}... is no pass/fail word and longer than {WORD_LENGTH} characters")
    return Normalised(word, None, "status.none.v1", False)


def skip_final(out: Out, vid: str, code: str | None, value: str, ptr: str, reason: str) -> None:
    """Count the final mark ``vid`` the hub cannot read (module docstring); the answer's others are kept."""
    out.remember(SKIPPED_FINAL, vid, {"mark_type": code, "value": value, "pointer": ptr, "reason": reason})
