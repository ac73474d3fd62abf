"""The vendor directory as the adapters see it during one batch (``hub.ingest.vendor_state`` plus the batch)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from hub.ingest.vendor_state import VendorState


class BatchDirectory:
    """The ``Directory`` adapters see during one batch: the store, plus entries earlier records of the batch
    registered (so a work-types record followed by marks works within one request)."""

    def __init__(self, state: VendorState, system: str, school_id: str | None) -> None:
        self.state, self.system, self.school_id = state, system, school_id
        self.pending: dict[tuple[str, str], dict[str, Any]] = {}
        self._cache: dict[tuple[str, str], dict[str, Any] | None] = {}

    def get(self, kind: str, vendor_id: str) -> Mapping[str, Any] | None:
        key = (kind, str(vendor_id))
        if key in self.pending:
            return self.pending[key]
        if key not in self._cache:
            self._cache[key] = self.state.lookup_one(self.system, self.school_id, *key) if self.school_id else None
        return self._cache[key]

    def add(self, entries: Iterable[tuple[str, str, Mapping[str, Any]]]) -> None:
        for kind, vendor_id, data in entries:
            self.pending[(kind, str(vendor_id))] = dict(data)
