"""The school, its subjects and vocabularies (reference 3.10, 3.11, 5, 6).

* ``schools/{s}`` -> school.registered: ``fullName`` is the canonical ``name`` (``name``, the short display name,
  when there is no full one), and ``name`` the ``short_name`` beside it; ``timeZone`` (hours east of UTC) ->
  ``Europe/Moscow`` for +3, else the fixed-offset ``Etc/GMT-N`` zone (Russia keeps no daylight saving time, so
  the offset is the zone); absent: the hub's default, Europe/Moscow; ``markType`` (mark5, mark10, mark100) -> the
  default scale (another is refused at ``/markType``); ``uses_weighted_avg`` -> the average rule (true weighted,
  false simple; absent: the hub's default, weighted). A list of schools (``schools?schools=``,
  ``schools/person-schools``) registers the hub school only when it holds exactly one school. The school is the
  hub school of the request (the canonical events carry no vendor school id).
* Subjects (``schools/{s}/subjects``, ``edu-groups/{g}/subjects``, embedded in lessons, ``{id, name,
  knowledgeAreaId}`` in bundles) -> subject.defined (knowledge area not stated by the bundle shape).
* ``marks/values``, ``lesson-log-entries/statuses`` and ``schools/{s}/parameters`` hold no canonical fact: they are
  checked for their shape and answered with nothing to record. The bell timetables (§3.14) are the lessons'
  reference data: ``bells.py``.
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Carried, Out, blank, each, reject, stated, validate, vendor_id
from adapters.dnevnik_ru.marks import scale_of
from hub.events import types as t
from hub.events.scales import ScaleId

MOSCOW_OFFSET = 3
DEFAULT_SCALES = (ScaleId.FIVE_POINT, ScaleId.TEN_POINT, ScaleId.HUNDRED_POINT)


def school(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.School, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    data: dict[str, Any] = {"name": blank(obj.fullName) or obj.name,
                            "short_name": obj.name if blank(obj.fullName) else None}
    if obj.timeZone is not None:
        data["timezone"] = zone_of(obj.timeZone)
    if obj.markType is not None:
        data["default_scale"] = _default_scale(obj.markType, pointer(*p, "markType"))
    if obj.uses_weighted_avg is not None:
        data["average_rule"] = t.AverageRule.WEIGHTED if obj.uses_weighted_avg else t.AverageRule.SIMPLE
    out.emit(t.SchoolRegisteredV2, "school.registered", data, out.ctx.recorded_at, f"schools:{vid}", "school",
             {"name": (*p, "fullName" if blank(obj.fullName) else "name"), "short_name": (*p, "name"),
              "timezone": (*p, "timeZone")}, p)


def schools(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    if isinstance(body, list) and len(body) == 1:
        school(body[0], (*p, 0), out, carried)
    else:
        each(body, p, lambda raw, ip, o, c: validate(m.School, raw, ip), out, carried, "schools")


def zone_of(hours_east: int) -> str:
    if hours_east == MOSCOW_OFFSET:
        return "Europe/Moscow"
    return "Etc/UTC" if hours_east == 0 else f"Etc/GMT{-hours_east:+d}"  # POSIX: the sign is inverted


def _default_scale(code: str, ptr: str) -> ScaleId:
    scale, key = scale_of(code, ptr)
    if scale not in DEFAULT_SCALES:
        raise reject(ptr, f"{key!r} cannot be a school's mark type (school.registered has no {scale.value} "
                          "scale to show averages on); expected mark5, mark10 or mark100")
    return scale


def subject(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Subject, raw, p, carried)
    vid = vendor_id(obj, "id", p, required=True)
    out.emit(t.SubjectDefined, "subject.defined", {
        "subject_id": out.cid("subject", vid), "name": obj.name, "knowledge_area": blank(obj.knowledgeArea)},
        out.ctx.recorded_at, f"subjects:{vid}", "subject", {"name": (*p, "name"),
                                                            "knowledge_area": (*p, "knowledgeArea")},
        p, omitted=() if stated(raw, "knowledgeArea") else ("knowledge_area",))


def subjects(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, subject, out, carried, "subjects")


def vocabulary(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``marks/values[/type/{t}]``, ``lesson-log-entries/statuses``: the vendor's vocabularies, which the adapter
    knows already (``marks.SCALES``, ``attendance.ATTENDANCE``)."""
    if not isinstance(body, (list, dict)):
        raise reject(pointer(*p), "expected the vocabulary as a JSON array or object")


def nothing_to_record(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """An answer that holds no canonical fact (``schools/{s}/parameters``, histograms, roles)."""
