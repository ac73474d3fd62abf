"""The read API's published contract: ``contracts/openapi.json``, generated from the app (``hub schemas export``).

A test fails when the app and the committed file differ, so a change to the API is a reviewed change to the
contract that the MRKO diary and vendors build against.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

CONTRACT_PATH = Path(__file__).resolve().parents[2] / "contracts" / "openapi.json"


def current_openapi() -> dict[str, Any]:
    from hub.api.app import create_app
    from hub.bootstrap import build_hub
    from hub.config import Mode, Settings

    with tempfile.TemporaryDirectory() as scratch:
        hub = build_hub(Settings(mode=Mode.DEV, data_dir=Path(scratch)))
        spec = create_app(hub).openapi()
        hub.state.dispose()
        hub.views.dispose()
    return spec


def render(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def export(path: Path = CONTRACT_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(current_openapi()), encoding="utf-8")
    return path


def drift(path: Path = CONTRACT_PATH) -> list[str]:
    """Empty when the committed contract matches the app; else what to do about it."""
    if not path.exists():
        return [f"{path} is missing: run `hub schemas export`"]
    if path.read_text(encoding="utf-8") != render(current_openapi()):
        return [f"{path} differs from the API the code serves: review the change, then run `hub schemas export`"]
    return []
