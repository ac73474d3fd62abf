"""``python -m hub.projector [NAME ...]``: run the registered projections (default: all) until SIGTERM/SIGINT.

Configuration comes from the environment (``HUB_LOG_URL``, ``HUB_DB_URL``, ``HUB_PROJECTOR_BATCH``, ...).
"""

from __future__ import annotations

import asyncio
import signal
import sys

from hub import clock, heap
from hub.config import ConfigError, Settings
from hub.metrics import serve_process_metrics
from hub.obs import Ev, configure_logging, log
from hub.projector.supervisor import run_projections
from projections import get


def install_signal_handlers(stop: asyncio.Event) -> None:
    """Make SIGTERM and SIGINT set ``stop``: the batch in flight commits (or not) and the process exits."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)


async def _main(settings: Settings, names: list[str]) -> None:
    stop = asyncio.Event()
    install_signal_handlers(stop)
    if settings.metrics_port:
        serve_process_metrics(settings.host, settings.metrics_port)
    heap.settle(settings.gc_gen0_threshold)
    await run_projections(settings, names or None, stop)


def main(argv: list[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv)
    try:
        settings = Settings()
    except (ConfigError, ValueError) as exc:
        print(f"hub.projector: {exc}", file=sys.stderr)
        return 2
    try:
        for name in names:
            get(name)
    except KeyError as exc:
        print(f"hub.projector: {exc.args[0]}", file=sys.stderr)
        return 2
    configure_logging(settings.effective_log_format, settings.log_level)
    with clock.installed(settings.clock):  # HUB_CLOCK: every "now" of this process
        log(Ev.SERVICE_STARTED, role="projector")
        asyncio.run(_main(settings, names))
        log(Ev.SERVICE_STOPPED, role="projector")
    return 0


if __name__ == "__main__":
    sys.exit(main())
