"""``--profile``: sample the API process (ingest) and the projector (projection) with py-spy while they are measured,
and summarise where the time goes: top functions by own time (where the CPU is spent) and by total time
(which call paths contain it), per thread role. The raw collapsed stacks are kept beside the JSON results for
flame graphs (``flamegraph.pl`` or speedscope.app).

py-spy samples from outside the process (no instrumentation), so the figures measured while profiling are close
to the unprofiled ones; ``--nonblocking`` keeps it from pausing the target at each sample.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def py_spy_binary() -> str | None:
    beside = Path(sys.executable).parent / "py-spy"
    return str(beside) if beside.is_file() else shutil.which("py-spy")


class Profiler:
    def __init__(self, out_dir: Path, rate: int = 250) -> None:
        self.out_dir, self.rate = out_dir, rate
        self.binary = py_spy_binary()
        self.reports: dict[str, dict[str, Any]] = {}
        self._proc: subprocess.Popen | None = None
        self._label = ""
        self._path: Path | None = None

    @property
    def available(self) -> bool:
        return self.binary is not None

    @property
    def pids(self) -> dict[str, int]:
        """The sampler itself, for the measurement window to account its CPU as ours."""
        return {"py-spy": self._proc.pid} if self._proc is not None else {}

    def start(self, pid: int, label: str) -> None:
        if self.binary is None:
            return
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._label, self._path = label, self.out_dir / f"profile-{label}.folded"
        self._proc = subprocess.Popen(
            [self.binary, "record", "--pid", str(pid), "--format", "raw", "--output", str(self._path),
             "--rate", str(self.rate), "--nonblocking", "--threads"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        time.sleep(0.5)  # let it attach before the measured work starts

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.send_signal(signal.SIGINT)  # py-spy writes its output on SIGINT
        try:
            _out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
        if self._path is not None and self._path.is_file():
            self.reports[self._label] = summarise(self._path.read_text(errors="replace"))
            self.reports[self._label]["file"] = str(self._path)
        else:
            self.reports[self._label] = {"error": (err or b"").decode(errors="replace")[-1000:]}


PROJECT = ("hub/", "adapters/", "projections/")
ENTRY_POINTS = {"<module> (hub/cli.py)", "main (hub/cli.py)", "_serve (hub/cli.py)"}


def _frame_name(frame: str) -> str:
    match = FRAME.match(frame.strip())
    if not match:
        return frame.strip()
    path = match.group("file")
    for marker in ("site-packages/", f"{REPO}/", f"lib/python{sys.version_info[0]}.{sys.version_info[1]}/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{match.group('func')} ({path})"


def _thread_role(thread: str, code: list[str]) -> str:
    """py-spy --threads roots each stack at 'thread (tid): NAME'; name the role from NAME and the stack."""
    name = thread.split(":", 1)[1].strip() if ":" in thread else thread
    joined = ";".join(code)
    if name == "MainThread":
        return "main thread (event loop)"
    if name.startswith("log-writer"):
        return "log writer thread (embedded append)"
    if name.startswith("log-reader"):
        return "log reader thread (embedded read)"
    if "_commit (hub/projector/runner.py)" in joined:
        return "projection commit (asyncio.to_thread)"
    if "hub/ingest/ledger.py" in joined:
        return "ingest ledger (asyncio.to_thread)"
    if "hub/auth/clients.py" in joined:
        return "client authentication (asyncio.to_thread)"
    return f"other threads ({name.rstrip('0123456789_') or name})"


def summarise(folded: str, top: int = 15) -> dict[str, Any]:
    """From py-spy raw output: samples per thread role, top functions by own samples, and the project's own
    functions (hub/, adapters/, projections/) by total samples. A dataclass ``__init__`` or namedtuple ``__new__``
    (generated code, file ``<string>``) is named after the function that called it.

    py-spy runs with ``--nonblocking`` (it does not pause the target), so a few stacks are torn; the per-thread
    split and the top entries are reliable, single odd frames are not."""
    own, total, threads = Counter(), Counter(), Counter()
    samples = 0
    for line in folded.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        thread, *frames = [f for f in stack.split(";") if f]
        code = [_frame_name(f) for f in frames]
        if not code:
            continue
        samples += count
        threads[_thread_role(thread, code)] += count
        leaf = code[-1]
        if "(<string>)" in leaf and len(code) > 1:
            leaf = f"generated __init__/__new__ of a dataclass or namedtuple (called from {code[-2]})"
        own[leaf] += count
        for name in set(code):
            if any(f"({p}" in name for p in PROJECT) and name not in ENTRY_POINTS:
                total[name] += count

    def table(counter: Counter, limit: int) -> list[dict[str, Any]]:
        return [{"function": name, "samples": n, "percent": round(100 * n / samples, 1)}
                for name, n in counter.most_common(limit)]

    return {"samples": samples, "threads": table(threads, 20), "own": table(own, top),
            "total": table(total, top)}


def format_report(label: str, report: dict[str, Any], top: int = 12) -> list[str]:
    if "error" in report:
        return [f"  {label}: py-spy failed: {report['error']}"]
    lines = [f"  {label}: {report['samples']} samples of non-idle threads (py-spy; stacks: {report.get('file')})",
             "    by thread:"]
    lines += [f"      {row['percent']:5.1f}%  {row['function']}" for row in report["threads"]]
    lines.append("    own time (the function itself was on CPU):")
    lines += [f"      {row['percent']:5.1f}%  {row['function']}" for row in report["own"][:top]]
    lines.append("    total time, project code (the function and what it called):")
    lines += [f"      {row['percent']:5.1f}%  {row['function']}" for row in report["total"][:top]]
    return lines
