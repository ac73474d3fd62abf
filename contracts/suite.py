"""The shared contract suite: every adapter, its cases in ``contracts/<adapter>/``, the published schemas.

Case files (see ``contracts/README.md``):

* ``contracts/<adapter>/golden/*.json``: ``{"description", "input", "expected_events"}`` and optionally
  ``recorded_at`` / ``client_id`` (else ``RECORDED_AT`` / ``CLIENT_ID``): the input must translate to exactly
  those events, the input must validate against the adapter's published record schema, and every event against
  ``schemas/envelope.json`` and ``schemas/<type>/v<N>.json``;
* ``contracts/<adapter>/invalid/*.json``: ``{"description", "input", "expected_errors": [{"pointer",
  "message_contains"}]}``: the record must be rejected with exactly that set of pointers, each expected message
  fragment (case-insensitive) in an error at its pointer;
* ``contracts/hostile/*.json``: ``{"description", "input" | "input_json", "except_adapters"?}``, records every
  adapter must reject cleanly (``input_json`` is raw text for Python's json: NaN, lone surrogates); plus the
  generated ones of ``generated_hostile`` (megabyte strings, depth 1000) that are no use as files.

Every adapter in ``adapters.registry.all_adapters()`` is enrolled; one without golden cases fails.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator

from adapters.base import Adapter, Translation, TranslationContext
from adapters.registry import all_adapters
from hub.events.envelope import Envelope, encode
from adapters.registry import adapter_folders
from hub.schemas_export import event_schema_path, snake

CONTRACTS_DIR = Path(__file__).resolve().parent
ROOT = CONTRACTS_DIR.parent
SHARED_FOLDERS = frozenset({"hostile", "journeys", "__pycache__"})
RECORDED_AT = "2024-09-01T12:00:00+00:00"
CLIENT_ID = "contract-suite"
KINDS = {"golden": "expected_events", "invalid": "expected_errors"}
_POINTER = re.compile(r"^(/([^~/]|~[01])*)*$")


@dataclass(frozen=True, slots=True)
class Case:
    adapter: str
    kind: str  # "golden" or "invalid"
    path: Path
    description: str
    input: Any
    expected: list[dict[str, Any]]
    recorded_at: str = RECORDED_AT
    client_id: str | None = CLIENT_ID
    directory: tuple[tuple[str, str, Any], ...] = ()  # what the hub knew before the record: (kind, vendor id, data)

    @property
    def id(self) -> str:
        return f"{self.adapter}/{self.kind}/{self.path.stem}"

    def context(self) -> TranslationContext:
        known = CaseDirectory({(kind, vendor): data for kind, vendor, data in self.directory})
        return TranslationContext(self.client_id, datetime.fromisoformat(self.recorded_at), directory=known)


@dataclass(frozen=True, slots=True)
class CaseDirectory:
    """A golden case's ``directory``: the reference data earlier records gave (a pupil's class from getrules)."""

    entries: dict[tuple[str, str], Any]

    def get(self, kind: str, vendor_id: str) -> Any:
        return self.entries.get((kind, vendor_id))


class CaseFileError(ValueError):
    """A case file is not of the documented shape."""


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_case(adapter: str, kind: str, path: Path) -> Case:
    raw = read_json(path)
    required = {"description", "input", KINDS[kind]}
    allowed = required | ({"recorded_at", "client_id", "directory"} if kind == "golden" else set())
    if not isinstance(raw, dict) or not required <= raw.keys() or not raw.keys() <= allowed:
        raise CaseFileError(f"{path}: a {kind} case is an object with {sorted(required)} (optional: "
                            f"{sorted(allowed - required)}); got {sorted(raw) if isinstance(raw, dict) else raw!r}")
    expected = raw[KINDS[kind]]
    if kind == "invalid" and (not expected or any(set(e) != {"pointer", "message_contains"} for e in expected)):
        raise CaseFileError(f"{path}: expected_errors is a non-empty list of {{pointer, message_contains}}")
    extra = {k: raw[k] for k in ("recorded_at", "client_id") if k in raw}
    directory = raw.get("directory", [])
    if not isinstance(directory, list) or any(not isinstance(e, list) or len(e) != 3 for e in directory):
        raise CaseFileError(f"{path}: directory is a list of [kind, vendor id, data]")
    return Case(adapter, kind, path, raw["description"], raw["input"], expected,
                directory=tuple((kind_, str(vendor), data) for kind_, vendor, data in directory), **extra)


def load_cases(adapter: str, kind: str | None = None) -> list[Case]:
    kinds = [kind] if kind else list(KINDS)
    return [load_case(adapter, k, p) for k in kinds for p in sorted((CONTRACTS_DIR / adapter / k).glob("*.json"))]


def enrolment_problems() -> list[str]:
    """Adapters without golden cases, and case folders that belong to no adapter."""
    names = set(all_adapters())
    problems = [f"adapter {name!r} has no golden cases: add contracts/{name}/golden/*.json"
                for name in sorted(names) if not load_cases(name, "golden")]
    for folder in sorted(p for p in CONTRACTS_DIR.iterdir() if p.is_dir()):
        if folder.name not in names | SHARED_FOLDERS:
            problems.append(f"contracts/{folder.name}/ belongs to no adapter (known: {', '.join(sorted(names))})")
    return problems


def event_json(event: Envelope) -> dict[str, Any]:
    """An event exactly as the log stores it."""
    return orjson.loads(encode(event))


@cache
def validator(rel: str) -> Draft202012Validator:
    """A validator for a committed schema file (path relative to the repository root)."""
    return Draft202012Validator(read_json(ROOT / rel), format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(rel: str, instance: Any) -> list[str]:
    return [f"{rel}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator(rel).iter_errors(instance)]


def record_schema_paths(adapter_name: str) -> list[str]:
    for folder, adapter in adapter_folders().items():
        if adapter.name == adapter_name:
            return [f"adapters/{folder}/schemas/{snake(m.__name__)}.json" for m in adapter.record_models]
    return []


def input_schema_problems(adapter_name: str, record: Any) -> list[str]:
    """Problems if the record validates against none of the adapter's published record schemas."""
    paths = record_schema_paths(adapter_name)
    if not paths:
        return [f"adapter {adapter_name!r} publishes no record schema"]
    found = [schema_errors(rel, record) for rel in paths]
    return [] if any(not errors for errors in found) else [e for errors in found for e in errors]


def event_schema_problems(event: dict[str, Any]) -> list[str]:
    problems = schema_errors("schemas/envelope.json", event)
    rel = event_schema_path(str(event.get("type")), event.get("schema_version"))  # type: ignore[arg-type]
    if not (ROOT / rel).is_file():
        return [*problems, f"no published schema {rel}"]
    return problems + schema_errors(rel, event.get("data"))


def translate(adapter: Adapter, record: Any, ctx: TranslationContext) -> Translation | str:
    """The translation, or a description of the exception (an adapter must never raise)."""
    try:
        return adapter.translate(record, ctx)
    except Exception as exc:  # noqa: BLE001 - that is the finding
        return f"translate raised {type(exc).__name__}: {exc}"[:2000]


def run_case(adapter: Adapter, case: Case) -> list[str]:
    """Everything wrong with ``case`` against ``adapter``; empty when it passes."""
    outcome = translate(adapter, case.input, case.context())
    if isinstance(outcome, str):
        return [outcome]
    return (_check_golden if case.kind == "golden" else _check_invalid)(adapter, case, outcome)


def _check_golden(adapter: Adapter, case: Case, outcome: Translation) -> list[str]:
    if outcome.errors:
        return [f"rejected: {e.pointer or '(record)'}: {e.message}" for e in outcome.errors]
    problems = input_schema_problems(adapter.name, case.input)
    events = [event_json(e) for e in outcome.events]
    if events != case.expected:
        problems.append("events differ from expected_events:\n  got:      "
                        + json.dumps(events, ensure_ascii=False, sort_keys=True)
                        + "\n  expected: " + json.dumps(case.expected, ensure_ascii=False, sort_keys=True))
    for event in events:
        problems.extend(event_schema_problems(event))
    return problems


def _check_invalid(adapter: Adapter, case: Case, outcome: Translation) -> list[str]:
    if outcome.events or not outcome.errors:
        return [f"not rejected: {len(outcome.events)} event(s), {len(outcome.errors)} error(s)"]
    problems = rejection_problems(case.input, outcome)
    got = {e.pointer for e in outcome.errors}
    wanted = {e["pointer"] for e in case.expected}
    if got != wanted:
        problems.append(f"pointers {sorted(got)} != expected {sorted(wanted)}; errors: "
                        + "; ".join(f"{e.pointer}: {e.message}" for e in outcome.errors))
    for exp in case.expected:
        messages = [e.message for e in outcome.errors if e.pointer == exp["pointer"]]
        if messages and not any(exp["message_contains"].lower() in m.lower() for m in messages):
            problems.append(f"no error at {exp['pointer']} contains {exp['message_contains']!r}: {messages}")
    return problems


def rejection_problems(record: Any, outcome: Translation) -> list[str]:
    """A clean rejection: errors only, each a valid JSON Pointer that (or whose parent) resolves in the record."""
    problems = [] if outcome.errors and not outcome.events else ["not rejected (or events alongside errors)"]
    for error in outcome.errors:
        if not isinstance(error.message, str) or not error.message.strip():
            problems.append(f"empty message at {error.pointer!r}")
        problem = pointer_problem(record, error.pointer)
        if problem:
            problems.append(f"{problem}: {error.pointer[:200]!r} ({error.message[:200]})")
    return problems


def pointer_problem(document: Any, pointer: Any) -> str | None:
    if not isinstance(pointer, str) or not _POINTER.match(pointer):
        return "not a JSON Pointer"
    if len(pointer) > 1_000:
        return "pointer longer than 1000 characters"
    if resolves(document, pointer) or (pointer and resolves(document, pointer.rpartition("/")[0])):
        return None
    return "neither the pointer nor its parent resolves in the record"


def resolves(document: Any, pointer: str) -> bool:
    node = document
    for token in pointer.split("/")[1:] if pointer else []:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and re.fullmatch(r"0|[1-9][0-9]*", token) and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def draft_golden(adapter_name: str, record: Any, description: str,
                 directory: list[list[Any]] | None = None) -> dict[str, Any]:
    """A golden case from what the adapter does now: a starting point an integrator must review, not a proof.
    ``directory``: what the hub knew before the record ([kind, vendor id, data] entries), kept in the case."""
    case = Case(adapter_name, "golden", Path("draft.json"), description, record, [],
                directory=tuple((k, str(v), d) for k, v, d in directory or []))
    outcome = translate(all_adapters()[adapter_name], record, case.context())
    if isinstance(outcome, str) or outcome.errors:
        raise ValueError(f"the record does not translate: {outcome if isinstance(outcome, str) else outcome.errors}")
    known = {"directory": directory} if directory else {}
    return {"description": description, **known, "input": record,
            "expected_events": [event_json(e) for e in outcome.events]}


def render_case(case: dict[str, Any]) -> str:
    return json.dumps(case, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True, slots=True)
class Hostile:
    name: str
    description: str
    input: Any
    except_adapters: frozenset[str] = frozenset()  # the adapters for which this is an honest record


# A well-formed native record: the shape hostile variants start from (and itself hostile to other vendors).
NATIVE_GRADE: dict[str, Any] = {
    "type": "grade.recorded", "schema_version": 1, "school_id": "school-1", "occurred_at": "2024-09-02T10:15:00+03:00",
    "record_id": "g-1", "revision": 1,
    "data": {"grade_id": "g-1", "student_id": "st-1", "lesson_id": "l-1", "value": "5", "scale": "five_point"},
}


def load_hostile(path: Path) -> Hostile:
    raw = read_json(path)
    if not isinstance(raw, dict) or "description" not in raw or ("input" in raw) == ("input_json" in raw) or \
            not raw.keys() <= {"description", "input", "input_json", "except_adapters"}:
        raise CaseFileError(f"{path}: a hostile case is {{description, input | input_json, except_adapters?}}")
    value = json.loads(raw["input_json"]) if "input_json" in raw else raw["input"]
    return Hostile(path.stem, raw["description"], value, frozenset(raw.get("except_adapters", ())))


def nested(depth: int, leaf: Any = 0, key: str | None = None) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value] if key is None else {key: value}
    return value


def generated_hostile() -> list[Hostile]:
    huge = "x" * 1_100_000
    data = NATIVE_GRADE["data"]
    return [
        Hostile("huge_string_value", "a 1.1 MB record_id", {**NATIVE_GRADE, "record_id": huge}),
        Hostile("huge_string_in_payload", "a 1.1 MB comment", {**NATIVE_GRADE, "data": {**data, "comment": huge}}),
        Hostile("huge_key", "a 1.1 MB object key", {**NATIVE_GRADE, huge: 1}),
        Hostile("huge_top_level_string", "the record is a 1.1 MB string", huge),
        Hostile("deep_objects", "objects nested 1000 deep", nested(1000, key="data")),
        Hostile("deeper_than_orjson_writes", "objects nested 260 deep: orjson reads up to 1024 levels but writes "
                "254, so such a record cannot be kept as sent", {**NATIVE_GRADE, "data": nested(260, key="data")}),
        Hostile("deep_arrays_in_payload", "arrays nested 1000 deep as the payload", {**NATIVE_GRADE, "data": nested(1000)}),
        Hostile("deep_in_field", "arrays nested 1000 deep in a field", {**NATIVE_GRADE, "data": {**data, "value": nested(1000)}}),
        Hostile("nan_and_infinity", "NaN, Infinity and -Infinity as numbers", {**NATIVE_GRADE, "revision": float("nan"),
                "schema_version": float("inf"), "data": {**data, "weight": float("-inf")}}),
        Hostile("big_integers", "integers beyond 64 bits", {**NATIVE_GRADE, "revision": 2**70, "schema_version": -2**70}),
    ]


def hostile_cases() -> list[Hostile]:
    return [load_hostile(p) for p in sorted((CONTRACTS_DIR / "hostile").glob("*.json"))] + generated_hostile()
