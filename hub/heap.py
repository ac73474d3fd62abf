"""The heap of a long-running process (``hub serve``, the projectors): what start-up loaded is kept out of the
garbage collector's way.

An API process holds a few hundred thousand objects after start-up (the modules, pydantic's validators,
SQLAlchemy's metadata) that live as long as the process. Every full collection walks them again, and ingest and
projection allocate fast enough to trigger collections often. ``settle`` collects once and then freezes what
survived (``gc.freeze``): later collections look only at objects made after start-up. Call it once per process,
after building the app and before serving; never from tests, which build many hubs in one process (frozen
objects are never freed).
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect what start-up left behind, then move every surviving object out of the collector's generations."""
    gc.collect()
    gc.freeze()
