"""Vendor answers translated one after another as the hub's ingest would, without the hub: each answer sees the
directory entries the earlier ones registered (``Translation.directory_entries``), as ``hub.ingest`` keeps them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Adapter, Translation, TranslationContext


class Directory:
    """The vendor directory as an adapter reads it (``get``), kept in memory."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], Any] = {}

    def get(self, kind: str, vendor_id: str) -> Any:
        return self.entries.get((kind, str(vendor_id)))


def translate_in_order(adapter: Adapter, records: list[dict[str, Any]], *, now: dt.datetime, timezone: str,
                       school_id: str = "sch-1") -> list[Translation]:
    """Each record's outcome, translated in order; every one must translate without errors or missing entries."""
    directory, outcomes = Directory(), []
    for record in records:
        ctx = TranslationContext("test", now, school_id=school_id, timezone=timezone, directory=directory)
        outcome = adapter.translate(record, ctx)
        assert not outcome.errors and not outcome.missing, (outcome.errors, outcome.missing)
        directory.entries.update({(kind, str(vid)): dict(data) for kind, vid, data in outcome.directory_entries})
        outcomes.append(outcome)
    return outcomes
