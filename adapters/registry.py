"""Discovers adapters: every package under ``adapters/`` that exposes ``ADAPTER`` is enrolled."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import adapters
from adapters.base import Adapter


@cache
def adapter_folders() -> dict[str, Adapter]:
    """Folder name under ``adapters/`` -> the ``ADAPTER`` it exposes, in folder-name order."""
    found: dict[str, Adapter] = {}
    for module in pkgutil.iter_modules(adapters.__path__):
        if module.ispkg:
            adapter = getattr(importlib.import_module(f"adapters.{module.name}"), "ADAPTER", None)
            if isinstance(adapter, Adapter):
                found[module.name] = adapter
    return dict(sorted(found.items()))


@cache
def all_adapters() -> dict[str, Adapter]:
    """Adapter name -> adapter, for every enrolled folder."""
    return {adapter.name: adapter for adapter in adapter_folders().values()}


def get_adapter(name: str) -> Adapter | None:
    return all_adapters().get(name)


@cache
def systems() -> frozenset[str]:
    """The source systems of every enrolled adapter: the first segment of the ids they qualify
    (``hub.events.tenancy``)."""
    return frozenset(adapter.settings.system for adapter in adapter_folders().values())
