"""Discovers adapters: every package under ``adapters/`` that exposes ``ADAPTER`` is enrolled."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import adapters
from adapters.base import Adapter


@cache
def all_adapters() -> dict[str, Adapter]:
    found: dict[str, Adapter] = {}
    for module in pkgutil.iter_modules(adapters.__path__):
        if module.ispkg:
            adapter = getattr(importlib.import_module(f"adapters.{module.name}"), "ADAPTER", None)
            if isinstance(adapter, Adapter):
                found[adapter.name] = adapter
    return found


def get_adapter(name: str) -> Adapter | None:
    return all_adapters().get(name)
