"""Schema evolution: how the data of an older event version is read as the latest, and back where that is exact.

Events stay in the log as they were written. Readers get the latest version: ``hub.events.envelope.decode`` (what
projection workers read through) upcasts every older event on the way out.

Contract
--------
* ``STEPS[(type, v)]`` is a ``Step`` from version ``v`` to ``v + 1`` of ``type``. Every version after the first in
  ``EVENT_MODELS`` has one, and none other exists (``registry_problems()``; a unit test keeps it empty).
* ``Step.up`` is pure, total and deterministic on plain JSON: it never raises, reads nothing but its argument and
  never changes once published (views are rebuilt from the log through it). Valid data of version ``v`` becomes
  valid data of ``v + 1``; anything else is converted as far as it is understood and left to validation to
  report (``hub schemas impact``).
* ``Step.down`` is its exact partial inverse: the version ``v`` data whose upcast is the given data, or None when
  there is none (the newer data says something the older version cannot).
* ``upcast(type, version, data, to_version)`` chains steps up; ``downcast`` chains them down (None if impossible).
* ``earliest_form(type, version, data)`` is the oldest version holding exactly the same content. Fingerprints
  (duplicates at ingest, hub-numbered revisions) hash that form, so a record accepted before a new version and its
  re-send translated into the new version hash alike: a duplicate, not a changed record.

Adding a version: write the model (``hub.events.types``), register it in ``EVENT_MODELS``, add its ``Step`` here
with known-answer tests, make the producers emit it, move the projections to it, ``hub schemas export``, and run
``hub schemas impact TYPE`` against the production log before the deploy.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hub.events.registry import EVENT_MODELS
from hub.events.types import ID_PATTERN

Data = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Step:
    up: Callable[[Data], Data]
    down: Callable[[Data], Data | None]


# --- grade.recorded / grade.amended v1 -> v2: work_type "label" -> {"code", "name"} ---------------------------------

_ID = re.compile(ID_PATTERN.removeprefix("^").removesuffix("$"))
_CODE_MAX = 64
# ICAO Doc 9303 transliteration (Russian passports since 2013), plus the other Cyrillic letters of the region.
# Letters with diacritics (й, ё, ї) arrive decomposed (NFKD) and take their base letter's value.
_CYRILLIC = dict(zip("абвгдежзиклмнопрстуфхцчшщъыьэюяієґў", [
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts",
    "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia", "i", "ie", "g", "u"]))


def code_from_name(name: str) -> str:
    """A stable id-like code for a work type's human name: ``"Контрольная работа"`` -> ``"kontrolnaia_rabota"``.

    Lower case ASCII letters and digits joined by ``_`` (Cyrillic transliterated); a name with none of them gets
    ``wt_<hash>``, and a code longer than 64 characters is cut and ends with a hash of the whole name.
    """
    parts: list[str] = []
    for char in unicodedata.normalize("NFKD", name.casefold()):
        if char in _CYRILLIC:
            parts.append(_CYRILLIC[char])
        elif char.isascii() and char.isalnum():
            parts.append(char)
        elif not unicodedata.combining(char):
            parts.append("_")
    code = re.sub(r"_+", "_", "".join(parts)).strip("_")
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    if not code:
        return f"wt_{digest}"
    if len(code) > _CODE_MAX:
        return f"{code[:_CODE_MAX - 17].rstrip('_')}_{digest}"
    return code


def work_type_from_label(label: Any) -> Any:
    """A v1 ``work_type`` string as the v2 object: an id stays the code (``"test"`` -> ``{code: test, name:
    None}``); other text is the name, with a code made from it. Not a string: returned unchanged (not v1 data)."""
    if not isinstance(label, str):
        return label
    code, name = _code_and_name(label)
    return {"code": code, "name": name}


@functools.lru_cache(maxsize=4096)  # a school has a few dozen labels; replays and re-sends repeat them
def _code_and_name(label: str) -> tuple[str, str | None]:
    if len(label) <= 128 and _ID.fullmatch(label):
        return label, None
    return code_from_name(label), label


def _grade_v1_to_v2(data: Data) -> Data:
    if "work_type" not in data:
        return dict(data)
    return {**data, "work_type": work_type_from_label(data["work_type"])}


def _grade_v2_to_v1(data: Data) -> Data | None:
    if "work_type" not in data:
        return dict(data)
    work_type = data["work_type"]
    if not isinstance(work_type, dict) or set(work_type) != {"code", "name"}:
        return None
    label = work_type["name"] if work_type["name"] is not None else work_type["code"]
    if not isinstance(label, str) or work_type_from_label(label) != work_type:
        return None  # e.g. a name that is not what the code would be made from: v1 cannot say both
    return {**data, "work_type": label}


GRADE_WORK_TYPE_OBJECT = Step(_grade_v1_to_v2, _grade_v2_to_v1)


# --- optional fields added: the older version is the newer one with them null --------------------------------------

def optional_fields_added(*fields: str) -> Step:
    """The step to a version that only adds optional ``fields``: up sets them null (absent stays absent for data
    that never had them); down drops them when null and cannot express them otherwise."""
    def up(data: Data) -> Data:
        return {**data, **{field: data.get(field) for field in fields}}

    def down(data: Data) -> Data | None:
        if any(data.get(field) is not None for field in fields):
            return None
        return {key: value for key, value in data.items() if key not in fields}

    return Step(up, down)


VENDOR_TEXT_AND_NUMBER = optional_fields_added("text", "vendor_number")


def _no_zero_weight(data: Data) -> Data | None:
    return None if data.get("weight") == 0 else dict(data)


ZERO_WEIGHT_ALLOWED = Step(dict, _no_zero_weight)  # v4 only widens weight: up is the same data, down fails on 0
ATTENDANCE_CODE = optional_fields_added("code")



def _dated_period(data: Data) -> Data | None:
    """reporting_period.defined v2 -> v1: the same data when it is a dated period of a v1 kind; an exam (or
    undated) period has no v1 form."""
    if data.get("kind") == "exam" or data.get("starts_on") is None or data.get("ends_on") is None:
        return None
    return dict(data)


EXAM_PERIOD_ALLOWED = Step(dict, _dated_period)  # v2 only widens (kind exam, without dates): up is the same data
_SHORT_NAME = optional_fields_added("short_name")


def _v2_period(data: Data) -> Data | None:
    """reporting_period.defined v3 -> v2: without ``short_name`` (only when null), and only a period v2 can hold:
    dated, or an undated exam column (v2 has no undated column of another kind)."""
    undated = data.get("starts_on") is None and data.get("ends_on") is None
    if undated and data.get("kind") != "exam":
        return None
    return _SHORT_NAME.down(data)


PERIOD_SHORT_NAME = Step(_SHORT_NAME.up, _v2_period)  # v3: the journal's short name; any kind undated


def _v3_period(data: Data) -> Data | None:
    """reporting_period.defined v4 -> v3: the same data unless it is an итоговая column (kind ``final``), which v3
    has no kind for."""
    return None if data.get("kind") == "final" else dict(data)


FINAL_PERIOD_ALLOWED = Step(dict, _v3_period)  # v4 only widens kind (final): up is the same data

V4_SCALES = frozenset({"five_point", "ten_point", "hundred_point", "pass_fail", "status"})


def _v4_scale(data: Data) -> Data | None:
    """grade v5 -> v4: the same data when its scale is one v4 has; a six-, seven-, twelve-point or letter mark
    has no v4 form."""
    return dict(data) if data.get("scale") in V4_SCALES else None


MORE_SCALES_ALLOWED = Step(dict, _v4_scale)  # v5 only widens scale: up is the same data

def _numbered_lesson(data: Data) -> Data | None:
    """lesson.scheduled v2 -> v1: the same data when the lesson has a number; one without has no v1 form."""
    return None if data.get("slot") is None else dict(data)


LESSON_WITHOUT_NUMBER_ALLOWED = Step(dict, _numbered_lesson)  # v2 only widens slot (null): up is the same data

STEPS: dict[tuple[str, int], Step] = {
    ("grade.recorded", 1): GRADE_WORK_TYPE_OBJECT,
    ("grade.amended", 1): GRADE_WORK_TYPE_OBJECT,
    ("grade.recorded", 2): VENDOR_TEXT_AND_NUMBER,  # v3: the journal's own text and number of the mark
    ("grade.amended", 2): VENDOR_TEXT_AND_NUMBER,
    ("grade.recorded", 3): ZERO_WEIGHT_ALLOWED,  # v4: weight 0, a mark the journal shows but does not count
    ("grade.amended", 3): ZERO_WEIGHT_ALLOWED,
    ("grade.recorded", 4): MORE_SCALES_ALLOWED,  # v5: six-, seven-, twelve-point and letter marks
    ("grade.amended", 4): MORE_SCALES_ALLOWED,
    ("final_grade.recorded", 1): VENDOR_TEXT_AND_NUMBER,  # v2: the same for period and year marks
    ("final_grade.recorded", 2): MORE_SCALES_ALLOWED,  # v3: the scales of grade v5 for period and year marks
    ("attendance.marked", 1): ATTENDANCE_CODE,  # v2: the journal's own attendance code
    ("attendance.corrected", 1): ATTENDANCE_CODE,
    ("school.registered", 1): optional_fields_added("modifier_step"),  # v2: the school's rule for + and -
    ("reporting_period.defined", 1): EXAM_PERIOD_ALLOWED,  # v2: the exam column, kind exam without dates
    ("reporting_period.defined", 2): PERIOD_SHORT_NAME,  # v3: short_name; a column of any kind without dates
    ("reporting_period.defined", 3): FINAL_PERIOD_ALLOWED,  # v4: the итоговая column, kind final without dates
    ("lesson.scheduled", 1): LESSON_WITHOUT_NUMBER_ALLOWED,  # v2: a lesson whose number no answer gave (slot null)
}

LATEST: dict[str, int] = {event_type: max(versions) for event_type, versions in EVENT_MODELS.items()}
_EVOLVED = frozenset(event_type for event_type, _ in STEPS)


# --- chaining ---------------------------------------------------------------------------------------------------

def upcast(event_type: str, version: int, data: Data, to_version: int | None = None) -> tuple[int, Data]:
    """``(version, data)`` of ``data`` read as ``to_version`` (default: the latest); unchanged if already there.

    ``to_version`` below ``version`` is a ``ValueError`` (see ``downcast``); an unknown type is returned as is.
    """
    target = LATEST.get(event_type, version) if to_version is None else to_version
    if target < version:
        raise ValueError(f"cannot upcast {event_type} v{version} to the older v{target}")
    while version < target:
        data = STEPS[(event_type, version)].up(data)
        version += 1
    return version, data


def downcast(event_type: str, version: int, data: Data, to_version: int) -> Data | None:
    """``data`` as the older ``to_version`` if that version can say exactly the same, else None."""
    while version > to_version:
        step = STEPS.get((event_type, version - 1))
        older = None if step is None else step.down(data)
        if older is None:
            return None
        data, version = older, version - 1
    return data


def earliest_form(event_type: str, version: int, data: Data) -> tuple[int, Data]:
    """The oldest ``(version, data)`` that upcasts to exactly ``data`` at ``version`` (what fingerprints hash)."""
    if version == 1 or event_type not in _EVOLVED:
        return version, data
    while version > 1:
        step = STEPS.get((event_type, version - 1))
        older = None if step is None else step.down(data)
        if older is None:
            break
        data, version = older, version - 1
    return version, data


def registry_problems() -> list[str]:
    """Versions without an upcaster from the one before, steps for versions that do not exist, gaps."""
    problems = []
    for event_type, versions in sorted(EVENT_MODELS.items()):
        if sorted(versions) != list(range(1, max(versions) + 1)):
            problems.append(f"{event_type}: versions {sorted(versions)} are not 1..{max(versions)}")
        problems += [f"{event_type}: v{v} has no upcaster from v{v - 1} (STEPS[({event_type!r}, {v - 1})])"
                     for v in sorted(versions) if v > 1 and (event_type, v - 1) not in STEPS]
    problems += [f"{event_type}: STEPS has v{v} -> v{v + 1}, but v{v + 1} is not in EVENT_MODELS"
                 for event_type, v in sorted(STEPS) if v + 1 not in EVENT_MODELS.get(event_type, {})]
    return problems
