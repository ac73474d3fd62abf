"""Native record -> one canonical event (validated in the version stated, grades normalised on the scale registry,
upcast to the latest version)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from adapters.base import FieldError, Translation, TranslationContext, errors_from_validation
from adapters.native.models import NativeRecord, input_model, record_model
from adapters.native.settings import SETTINGS
from adapters.registry import systems as registry_systems
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.registry import EVENT_MODELS
from hub.events.scales import UnknownMark, normalise, normalise_number
from hub.events.tenancy import ENTITY_FIELDS, MAX_ID_LENGTH, is_qualified
from hub.events.upcasting import upcast

NORMALISED_TYPES = frozenset({"grade.recorded", "grade.amended", "final_grade.recorded"})


def translate(raw: Any, ctx: TranslationContext) -> Translation:
    # 1. The envelope fields and the payload in one validation (``record_model``); a record that fails it is read
    #    again, the envelope and the payload each against its own model, so that every error of the record is
    #    reported together with its exact pointer. 2. For grades, the mark on its scale.
    checked = _checked_at_once(raw)
    if checked is not None:
        record, data = checked
        return _translated(record, data, True, [], raw, ctx)
    record, errors = _envelope(raw)
    if any(e.pointer in ("/type", "/schema_version") for e in errors):  # no payload model to check against
        return Translation.rejected(errors)
    data, payload_errors = _payload_errors(raw)
    errors.extend(payload_errors)
    return _translated(record, data, not payload_errors, errors, raw, ctx)


def _translated(record: NativeRecord | None, data: dict[str, Any], payload_valid: bool, errors: list[FieldError],
                raw: Any, ctx: TranslationContext) -> Translation:
    """Steps 3-6 for a record whose envelope and payload were read (``errors`` holds what they found)."""
    if data and payload_valid and raw["type"] in NORMALISED_TYPES:
        # 3. Grades: add the normalised value from the scale registry.
        try:
            data = _with_normalised(raw["type"], data, ctx.modifier_step)
        except UnknownMark as exc:
            errors.append(FieldError("/data/value", str(exc)))
    if data and record is not None:
        # 4. Ids: local ids are qualified with the record's school; ids already qualified stay as stated (every
        #    adapter's translation refuses those of another school, hub.events.tenancy).
        data, id_errors = _qualified_ids(record.type, record.school_id, data)
        errors.extend(id_errors)
    if errors or record is None:
        return Translation.rejected(_dedupe(errors))
    # 5. An older version, validated as such, is upcast: the log gets the latest version from every producer. The
    #    event id does not depend on the version, and fingerprints hash the earliest form, so a v1 record accepted
    #    before v2 existed and re-sent (as v1 or as the equivalent v2) is a duplicate.
    version, data = upcast(record.type, record.schema_version, data)
    # 6. The envelope, with a deterministic id.
    event = Envelope(
        event_id=derive_event_id(SETTINGS.system, record.school_id, record.record_id, record.revision),
        type=record.type,
        schema_version=version,
        school_id=record.school_id,
        occurred_at=record.occurred_at,
        recorded_at=ctx.recorded_at,
        source=Source(SETTINGS.system, record.record_id, record.revision, ctx.client_id),
        data=data,
    )
    return Translation(events=[event], data_pointer="/data")


def _qualified_ids(event_type: str, school_id: str, data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    """Every local entity id of the payload as ``native:<school>:<local id>``, in ``data`` itself (the caller's own
    copy); an id too long once qualified is an error at its field (the canonical id has at most 128 characters)."""
    systems, errors = registry_systems(), []
    for field in ENTITY_FIELDS.get(event_type, ()):
        value = data.get(field)
        if type(value) is not str or ":" in value and is_qualified(value, systems):  # a school id has no ":"
            continue
        full = f"{SETTINGS.system}:{school_id}:{value}"  # qualified_id, inlined: this runs for every id ingested
        if len(full) > MAX_ID_LENGTH:
            room = MAX_ID_LENGTH - len(full) + len(value)
            errors.append(FieldError(f"/data/{field}", f"at most {room} characters in school {school_id} (the hub "
                                     f"names it {SETTINGS.system}:{school_id}:<id>, at most {MAX_ID_LENGTH})"))
        data[field] = full
    return data, errors


def _checked_at_once(raw: Any) -> tuple[NativeRecord, dict[str, Any]] | None:
    """The record and its payload as canonical JSON, from one validation against the record model of its type
    and version; None when that is not known or the record is not valid (the caller then finds every error)."""
    if not isinstance(raw, dict):
        return None
    model = record_model(raw.get("type"), raw.get("schema_version", 1))
    if model is None:
        return None
    try:
        record = model.model_validate(raw)
    except ValidationError:
        return None
    return record, record.data.model_dump(mode="json")


def _envelope(raw: Any) -> tuple[NativeRecord | None, list[FieldError]]:
    """The envelope, or its errors (without those of ``data``'s own fields: ``_payload_errors`` reports them)."""
    try:
        return NativeRecord.model_validate(raw), []
    except ValidationError as exc:
        return None, errors_from_validation(exc)


def _payload_errors(raw: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate the payload against its input model: (canonical data as JSON, errors)."""
    event_type, version = raw.get("type"), raw.get("schema_version", 1)
    if not isinstance(event_type, str) or event_type not in EVENT_MODELS:
        known = ", ".join(sorted(EVENT_MODELS))
        return {}, [FieldError("/type", f"unknown event type {event_type!r}; known: {known}")]
    if not isinstance(version, int) or version not in EVENT_MODELS[event_type]:
        known = ", ".join(str(v) for v in sorted(EVENT_MODELS[event_type]))
        return {}, [FieldError("/schema_version", f"{event_type} has no schema version {version!r}; published: {known}")]
    data = raw.get("data")
    if not isinstance(data, dict):
        return {}, []  # already reported by the envelope model
    try:
        return input_model(event_type, version).model_validate(data).model_dump(mode="json"), []
    except ValidationError as exc:
        return {}, errors_from_validation(exc, prefix=("data",))


def _with_normalised(event_type: str, data: dict[str, Any], modifier_step: float) -> dict[str, Any]:
    """The normalised value: from the number the source counts the mark as when it states one (``vendor_number``),
    else from the value on its scale by the school's rule for ``+``/``-``."""
    number = data.get("vendor_number")
    mark = (normalise_number(data["scale"], data["value"], number) if number is not None
            else normalise(data["scale"], data["value"], modifier_step))
    data = {**data, "value": mark.value, "normalised": mark.normalised, "conversion": mark.conversion}
    if event_type != "final_grade.recorded":
        stated = data.get("counts_in_average")
        # A vendor may leave a mark out of the average, never put in one its scale keeps out (pass/fail, status).
        counts = mark.counts_in_average if stated is None else (stated and mark.counts_in_average)
        data["counts_in_average"] = counts and data.get("weight") != 0  # weight 0 (v4): shown, never counted
    return data


def _dedupe(errors: list[FieldError]) -> list[FieldError]:
    seen, unique = set(), []
    for error in errors:
        if (error.pointer, error.message) not in seen:
            seen.add((error.pointer, error.message))
            unique.append(error)
    return unique
