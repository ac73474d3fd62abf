"""The projector: turns the event log into read-only SQL views, exactly once per event.

* ``unit_of_work.UnitOfWork`` -- buffered, merged row changes written with one executemany upsert per group.
* ``offsets`` -- per (projection, version, partition) offsets, moved by compare-and-set in the batch transaction.
* ``runner`` -- ``ProjectionWorker``, ``run_projections`` (the ``hub project`` command / ``python -m
  hub.projector``), ``project_all`` (run to the current end of the log: rebuilds and benchmarks);
  ``batch`` (one batch's transaction), ``progress`` (offsets applied, stored and deferred).
* ``status`` -- ``positions`` (how far a projection has got, for read-your-writes) and every version's lag.

Names are re-exported lazily so that ``projections`` can import ``UnitOfWork`` without importing the runner.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "UnitOfWork": "hub.projector.unit_of_work",
    "ProjectionWorker": "hub.projector.runner",
    "WorkerStats": "hub.projector.runner",
    "positions": "hub.projector.status",
    "project_all": "hub.projector.runner",
    "run_projections": "hub.projector.supervisor",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'hub.projector' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
