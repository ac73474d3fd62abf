"""The heap of a long-running process (``hub serve``, the projectors): what start-up loaded is kept out of the
garbage collector's way, and the collector runs less often.

An API process holds a few hundred thousand objects after start-up (the modules, pydantic's validators,
SQLAlchemy's metadata) that live as long as the process. Every full collection walks them again, and ingest and
projection allocate fast enough to trigger collections often. ``settle`` collects once and then freezes what
survived (``gc.freeze``): later collections look only at objects made after start-up.

It then raises the young generation's threshold (``HUB_GC_GEN0_THRESHOLD``, default 50,000 allocations; Python's
700 made a collection every few records of a batch). A projector's batch holds its decoded events, their rows and
the shared decode memo (``hub.projector.decoding``) alive until it is written, so each of those collections walked
tens of thousands of live objects and freed almost nothing: about a tenth of the projector's CPU and of the API's
per ingested event (``python -m bench --only ingest,projection`` with ``HUB_GC_GEN0_THRESHOLD=700`` against the
default; README "Benchmarks"). Reference cycles are still collected, only later; the hub's hot paths make few.

Call it once per process, after building the app and before serving; never from tests, which build many hubs in
one process (frozen objects are never freed).
"""

from __future__ import annotations

import gc

PYTHON_DEFAULT_GEN0 = 700


def settle(gen0_threshold: int = PYTHON_DEFAULT_GEN0) -> None:
    """Collect what start-up left behind, move every surviving object out of the collector's generations, and
    collect the young generation every ``gen0_threshold`` allocations (the older generations' thresholds kept)."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(gen0_threshold, older, oldest)
