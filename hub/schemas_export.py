"""Publication of the JSON Schemas generated from the models, and detection of drift from what is committed.

What is published (draft 2020-12, deterministic text: sorted keys, 2-space indent, trailing newline):

* ``schemas/envelope.json``: the envelope of every event (``EnvelopeModel``);
* ``schemas/<type>/v<N>.json``: the payload (``data``) of every (event type, version) in ``EVENT_MODELS``;
* ``adapters/<folder>/schemas/<model>.json``: each adapter's vendor record models (``Adapter.record_models``,
  file name = the class name in snake_case);
* ``adapters/<folder>/schemas/data/<type>.v<N>.json``: for an adapter whose ``models.py`` has
  ``input_model(type, version)`` (native), the payload as the vendor states it.

``export_all(root)`` writes them; ``diff_all(root)`` lists what differs. Every published version stays in the
registry for good, so a schema file whose version is gone from ``EVENT_MODELS`` is drift, never cleaned up.
No CLI here: ``hub schemas export|check`` call these functions.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from adapters.base import Adapter
from adapters.registry import adapter_folders
from hub.events.envelope import EnvelopeModel
from hub.events.registry import EVENT_MODELS

BASE_URL = "https://gradebook-hub.org/schemas"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
_VERSION_FILE = re.compile(r"^schemas/(?P<type>[^/]+)/v(?P<version>\d+)\.json$")


@dataclass(frozen=True, slots=True)
class Drift:
    path: str  # relative to the root, with forward slashes
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def render(schema: dict[str, Any]) -> str:
    """The committed text of a schema: byte-for-byte reproducible."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def publish(model: type[BaseModel], schema_id: str, title: str, description: str) -> dict[str, Any]:
    """The validation-mode JSON Schema of ``model`` with the publication header (``$schema``, ``$id``, ...)."""
    schema = model.model_json_schema(mode="validation")
    schema.update({"$schema": DIALECT, "$id": schema_id, "title": title, "description": description})
    return schema


def event_schema_path(event_type: str, version: int) -> str:
    return f"schemas/{event_type}/v{version}.json"


def event_schema(event_type: str, version: int) -> dict[str, Any]:
    model = EVENT_MODELS[event_type][version]
    description = f"The payload (data) of a {event_type} event, schema version {version}."
    if model.__doc__:
        description += " " + " ".join(model.__doc__.split())
    return publish(model, f"{BASE_URL}/{event_type}/v{version}.json", f"{event_type} v{version}", description)


def envelope_schema() -> dict[str, Any]:
    description = ("The envelope of every canonical event in the log; data is validated by "
                   "schemas/<type>/v<schema_version>.json.")
    return publish(EnvelopeModel, f"{BASE_URL}/envelope.json", "Canonical event envelope", description)


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def adapter_schemas(folder: str, adapter: Adapter) -> dict[str, dict[str, Any]]:
    """Relative path -> schema for one adapter's record models (and, if it has ``input_model``, its payloads)."""
    out: dict[str, dict[str, Any]] = {}
    base_url = f"{BASE_URL}/adapters/{adapter.name}"
    for model in adapter.record_models:
        name = snake(model.__name__)
        description = " ".join((model.__doc__ or adapter.settings.description).split())
        out[f"adapters/{folder}/schemas/{name}.json"] = publish(
            model, f"{base_url}/{name}.json", f"{adapter.name} record: {model.__name__}", description)
    try:
        models_module = importlib.import_module(f"adapters.{folder}.models")
    except ModuleNotFoundError:
        return out
    input_model = getattr(models_module, "input_model", None)
    if callable(input_model):
        for event_type, versions in sorted(EVENT_MODELS.items()):
            for version in sorted(versions):
                stem = f"{event_type}.v{version}"
                description = f"data of a {adapter.name} record of type {event_type}, schema_version {version}."
                out[f"adapters/{folder}/schemas/data/{stem}.json"] = publish(
                    input_model(event_type, version), f"{base_url}/data/{stem}.json",
                    f"{adapter.name} data: {event_type} v{version}", description)
    return out


def expected_schemas() -> dict[str, dict[str, Any]]:
    """Every published schema, by path relative to the repository root."""
    out: dict[str, dict[str, Any]] = {"schemas/envelope.json": envelope_schema()}
    for event_type, versions in sorted(EVENT_MODELS.items()):
        for version in sorted(versions):
            out[event_schema_path(event_type, version)] = event_schema(event_type, version)
    for folder, adapter in adapter_folders().items():
        out.update(adapter_schemas(folder, adapter))
    return out


def expected_files() -> dict[str, str]:
    return {path: render(schema) for path, schema in expected_schemas().items()}


def export_all(root: Path | str) -> list[str]:
    """Write every schema under ``root``; returns the paths whose content changed (or that were created).

    Never deletes: a file ``diff_all`` reports as stale needs a human decision (usually: restore the version).
    """
    root, changed = Path(root), []
    for rel, text in expected_files().items():
        target = root / rel
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            changed.append(rel)
    return changed


def diff_all(root: Path | str) -> list[Drift]:
    """What differs between the committed schemas under ``root`` and the models; empty when in sync."""
    root, drift = Path(root), []
    expected = expected_files()
    for rel, text in expected.items():
        target = root / rel
        if not target.is_file():
            drift.append(Drift(rel, "missing: run the schema export and commit the file"))
        elif target.read_text(encoding="utf-8") != text:
            drift.append(Drift(rel, "differs from what the models generate: a published version changed? "
                                    "publish a new version instead (or re-export if the change is intended)"))
    for rel in sorted(_published_files(root)):
        if rel not in expected:
            drift.append(Drift(rel, _stale_reason(rel)))
    return drift


def _published_files(root: Path) -> set[str]:
    found = {p.relative_to(root).as_posix() for p in (root / "schemas").rglob("*.json")}
    adapters_dir = root / "adapters"
    if adapters_dir.is_dir():
        for folder in adapters_dir.iterdir():
            if (folder / "schemas").is_dir():
                found |= {p.relative_to(root).as_posix() for p in (folder / "schemas").rglob("*.json")}
    return found


def _stale_reason(rel: str) -> str:
    match = _VERSION_FILE.match(rel)
    if match and match["type"] in EVENT_MODELS:
        return (f"version {match['version']} of {match['type']} is no longer in EVENT_MODELS; every published "
                "version must stay in the registry")
    if match:
        return f"event type {match['type']} is no longer in EVENT_MODELS; published types must stay"
    return "no model generates this file (a renamed or removed model?)"
