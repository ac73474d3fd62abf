"""The ``schools`` resource -> school.registered: what the diary needs of a Dnevnik.ru school.

* ``fullName`` is the canonical ``name`` (``name``, the short display name, when there is no full one), and
  ``name`` the ``short_name`` beside it;
* ``timeZone`` (hours east of UTC) -> ``Europe/Moscow`` for +3, else the fixed-offset ``Etc/GMT-N`` zone (Russia
  keeps no daylight saving time, so the offset is the zone); absent: the hub's default, Europe/Moscow;
* ``markType`` (mark5, mark10, mark100) -> the default scale; another mark type is refused at ``/markType``;
* ``uses_weighted_avg`` -> the average rule: true weighted, false simple; absent: the hub's default, weighted.

The school is the hub school of the request (the canonical events carry no vendor school id).
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Out, blank, reject, validate, vendor_id
from adapters.dnevnik_ru.resources import Carried, scale_of
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
             {"name": pointer(*p, "fullName" if blank(obj.fullName) else "name"), "short_name": pointer(*p, "name"),
              "timezone": pointer(*p, "timeZone")}, pointer(*p))


def zone_of(hours_east: int) -> str:
    if hours_east == MOSCOW_OFFSET:
        return "Europe/Moscow"
    return "Etc/UTC" if hours_east == 0 else f"Etc/GMT{-hours_east:+d}"  # POSIX: the sign is inverted


def _default_scale(code: str, ptr: str) -> ScaleId:
    scale, key = scale_of(code, ptr)
    if scale not in DEFAULT_SCALES:
        raise reject(ptr, f"{key!r} cannot be a school's mark type; expected mark5, mark10 or mark100")
    return scale
