"""How long ingest takes to answer 503 when the Kafka broker is gone: ``python -m bench.broker_down``.

For each way of failing (``stopped``: the broker process terminated, connections refused; ``paused``: SIGSTOP,
so connections open but nothing answers), a Tansu broker is started, a hub on it (ledger in SQLite: the figure
is the log's) ingests one batch, the broker fails, and the time to the answer to a second batch is printed with
its status and ``Retry-After``. The bound is ``HUB_LOG_APPEND_TIMEOUT_S`` (default 5 s), read from the
environment like every setting; before it existed the answer took aiokafka's 40 s request timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from hub.api.app import create_app
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from hub.devtools.tansu import tansu_broker

RECORDS = [{"type": "subject.defined", "school_id": "sch-1", "occurred_at": "2026-09-07T08:00:00+03:00",
            "record_id": f"s-{n}", "revision": 1, "data": {"subject_id": f"s{n}", "name": f"Предмет {n}"}}
           for n in range(6)]


async def time_to_answer(how: str) -> str:
    broker: list[subprocess.Popen] = []
    with tansu_broker(on_start=broker.append) as bootstrap, tempfile.TemporaryDirectory() as scratch:
        hub = build_hub(Settings(mode=Mode.DEV, data_dir=Path(scratch),
                                 log_url=f"kafka://{bootstrap}?topic=events&partitions=2"))
        await hub.start()
        try:
            _client, token = hub.clients.create("native", ["sch-1"])
            headers = {"Authorization": f"Bearer {token}"}
            transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://hub", timeout=120) as http:
                first = await http.post("/v1/ingest/native", json=RECORDS[:3], headers=headers)
                assert first.status_code == 200, first.text
                if how == "stopped":
                    broker[0].terminate()
                    broker[0].wait(10)
                else:
                    os.kill(broker[0].pid, signal.SIGSTOP)
                started = time.monotonic()
                answer = await http.post("/v1/ingest/native", json=RECORDS[3:], headers=headers)
                took = time.monotonic() - started
        finally:
            if how == "paused":
                os.kill(broker[0].pid, signal.SIGCONT)
            await hub.close()
    return (f"broker {how}: {answer.status_code} after {took:.2f} s, Retry-After {answer.headers.get('retry-after')} "
            f"(HUB_LOG_APPEND_TIMEOUT_S={hub.settings.log_append_timeout_s:g})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ways", nargs="*", help="stopped, paused (default: both)")
    for how in parser.parse_args().ways or ["stopped", "paused"]:
        if how not in ("stopped", "paused"):
            parser.error(f"{how!r}: say stopped or paused")
        print(asyncio.run(time_to_answer(how)), flush=True)


if __name__ == "__main__":
    main()
