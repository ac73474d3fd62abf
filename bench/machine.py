"""What the figures were measured on, and how busy the machine was meanwhile (Linux /proc; no psutil).

``machine_info()`` names the hardware, the software versions and the git commit. A ``Window`` brackets one
measurement: wall time, the CPU seconds of the processes we own (the bench itself, the API server, the broker) and
of the whole machine, and the load average, so a figure taken while colleagues' test runs competed for the two
cores can be recognised as noisy (``other_cpu_percent``) and re-run.
"""

from __future__ import annotations

import os
import platform
import resource
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGES = ("fastapi", "starlette", "uvicorn", "uvloop", "httptools", "pydantic", "pydantic-core", "sqlalchemy",
            "psycopg", "orjson", "aiokafka", "structlog")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
NOISY_OTHER_CPU_PERCENT = 25.0  # other processes used more than a quarter of a core: treat the figure as noisy


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def filesystem_of(path: Path) -> str:
    """The filesystem type holding ``path`` (ext4, tmpfs, overlay...): fsync costs differ by orders of magnitude."""
    best, kind = "", "unknown"
    try:
        target = str(Path(path).resolve())
        for line in Path("/proc/mounts").read_text().splitlines():
            _dev, mount, fstype, *_ = line.split()
            if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
                best, kind = mount, fstype
    except OSError:
        pass
    return kind


def git_commit(repo: Path) -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return f"{head}{' (uncommitted changes)' if dirty else ''}" if head else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def versions() -> dict[str, str]:
    found = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def machine_info(repo: Path, data_dir: Path) -> dict[str, Any]:
    return {
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": cpu_model(),
        "memory_gib": memory_total_gib(),
        "kernel": platform.release(),
        "platform": platform.platform(terse=True),
        "data_dir_filesystem": filesystem_of(data_dir),
        "git_commit": git_commit(repo),
        "versions": versions(),
        "python_executable": sys.executable,
    }


# Processes ------------------------------------------------------------------------------------------------------


def process_cpu_seconds(pid: int) -> float | None:
    """user + system CPU seconds of a live process (None if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime (fields 14 and 15 of stat)


def descendants(pid: int) -> list[int]:
    """Every live descendant of ``pid`` (e.g. uvicorn's worker processes under its supervisor)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def process_peak_rss_mib(pid: int) -> float | None:
    """VmHWM (peak resident set) of a live process, in MiB."""
    return _status_mib(pid, "VmHWM:")


def process_rss_mib(pid: int) -> float | None:
    """VmRSS (resident set now) of a live process, in MiB."""
    return _status_mib(pid, "VmRSS:")


def _status_mib(pid: int, key: str) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def self_peak_rss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def release_freed_memory() -> bool:
    """Collect garbage and hand the C heap's free pages back to the system (glibc ``malloc_trim``), so that this
    process's RSS is what it holds live. Without it, memory an earlier section freed (a projection into SQLite
    before one into PostgreSQL) stays resident and the next section reuses it unseen: its growth reads low."""
    import ctypes
    import gc

    gc.collect()
    try:
        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except (OSError, AttributeError):  # not glibc
        return False


def reset_self_peak_rss() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux >= 4.0), so a section's own peak can be read."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def self_section_peak_rss_mib() -> float | None:
    return process_peak_rss_mib(os.getpid())


def processes_named(fragment: str) -> list[int]:
    """Pids whose command line contains ``fragment`` (e.g. PostgreSQL backends of one database)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if fragment in (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _cpu_of_all(pids: int | list[int]) -> float | None:
    seconds = [process_cpu_seconds(pid) for pid in ([pids] if isinstance(pids, int) else pids)]
    known = [s for s in seconds if s is not None]
    return sum(known) if known else None


def _self_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _machine_cpu() -> tuple[float, float] | None:
    """(busy, total) CPU seconds of the whole machine since boot, from /proc/stat."""
    try:
        first = Path("/proc/stat").read_text().splitlines()[0].split()
    except OSError:
        return None
    values = [int(v) for v in first[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    total = sum(values[:8])  # guest time is already counted in user
    return (total - idle) / CLOCK_TICKS, total / CLOCK_TICKS


@dataclass
class Window:
    """Brackets one measurement. ``pids`` are other processes of ours (API server, broker) to account for; a name
    may stand for several processes (an API supervisor and its workers), whose CPU is added up."""

    pids: dict[str, int | list[int]] = field(default_factory=dict)
    wall: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)
    load_before: tuple[float, float, float] = (0.0, 0.0, 0.0)
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    machine_busy_percent: float | None = None
    other_cpu_percent: float | None = None
    memory_growth_mib: float | None = None  # set by a section that measures its own process's growth (projection)
    memory_mib: tuple[float, float] | None = None  # (RSS at the start, peak RSS) behind memory_growth_mib

    def __enter__(self) -> Window:
        self.load_before = os.getloadavg()
        self._cpu0 = {name: _cpu_of_all(pids) for name, pids in self.pids.items()}
        self._self0 = _self_cpu_seconds()
        self._machine0 = _machine_cpu()
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._t0
        self.load_after = os.getloadavg()
        self.cpu = {"bench": _self_cpu_seconds() - self._self0}
        for name, pids in self.pids.items():
            now, before = _cpu_of_all(pids), self._cpu0.get(name)
            if now is not None and before is not None:
                self.cpu[name] = now - before
        machine = _machine_cpu()
        self._busy = None
        if machine is not None and self._machine0 is not None and self.wall > 0:
            self._busy = machine[0] - self._machine0[0]
            self.machine_busy_percent = round(100 * self._busy / self.wall, 1)
        self._other()

    def add_cpu(self, name: str, seconds: float) -> None:
        """Account CPU that ran for us in processes found only after the fact (e.g. PostgreSQL backends)."""
        self.cpu[name] = self.cpu.get(name, 0.0) + seconds
        self._other()

    def _other(self) -> None:
        if self._busy is not None and self.wall > 0:
            self.other_cpu_percent = round(max(0.0, 100 * (self._busy - sum(self.cpu.values())) / self.wall), 1)

    def cpu_percent(self, name: str) -> float | None:
        seconds = self.cpu.get(name)
        return None if seconds is None or self.wall <= 0 else round(100 * seconds / self.wall, 1)

    @property
    def noisy(self) -> bool:
        return self.other_cpu_percent is not None and self.other_cpu_percent > NOISY_OTHER_CPU_PERCENT

    def as_dict(self) -> dict[str, Any]:
        return {
            "wall_s": round(self.wall, 3),
            "cpu_percent": {name: self.cpu_percent(name) for name in self.cpu},
            "machine_busy_percent": self.machine_busy_percent,
            "other_cpu_percent": self.other_cpu_percent,
            "load_before": [round(x, 2) for x in self.load_before],
            "load_after": [round(x, 2) for x in self.load_after],
            "noisy": self.noisy,
        }

    def describe(self) -> str:
        cpu = ", ".join(f"{name} {self.cpu_percent(name):.0f}%" for name in self.cpu)
        other = "n/a" if self.other_cpu_percent is None else f"{self.other_cpu_percent:.0f}%"
        flag = "  NOISY: re-run when the machine is quiet" if self.noisy else ""
        return (f"wall {self.wall:.2f} s; CPU (100% = one core): {cpu}; other processes {other}; "
                f"load {self.load_before[0]:.2f} -> {self.load_after[0]:.2f}{flag}")
