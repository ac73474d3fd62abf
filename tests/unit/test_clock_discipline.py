"""No time bombs: the hub reads "now" through ``hub.clock`` only, and so do the tests (the session's clock is pinned).

The scan parses every Python file of ``hub/``, ``adapters/``, ``projections/``, ``bench/`` and ``tests/`` and fails
on a direct wall-clock read: ``datetime.now()``, ``datetime.utcnow()``, ``datetime.today()``, ``date.today()``,
``time.time()`` (and its ``_ns``, ``localtime``, ``gmtime``, ``ctime``, ``asctime``, ``strftime`` relatives),
``from time import time``, structlog's ``TimeStamper`` (it reads the wall clock itself), SQLAlchemy's
``func.now()`` / ``func.current_timestamp()`` / ``func.current_date()``, and SQL text that asks the database for
the time (``now()``, ``CURRENT_TIMESTAMP``, ``CURRENT_DATE``, ``LOCALTIMESTAMP``, SQLite's ``'now'``). Durations
use ``time.monotonic()`` / ``time.perf_counter()``, which are not "now" and are allowed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TREES = ("hub", "adapters", "projections", "bench", "tests")
# path -> why it may read the wall clock. Keep it short: every entry is a place a time bomb can hide.
ALLOWED = {
    "hub/clock.py": "SystemClock is the one wall-clock read",
    "tests/unit/test_clock_discipline.py": "names the forbidden reads to find them",
}
CLOCK_ATTRIBUTES = {
    ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
    ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"), ("time", "ctime"),
    ("time", "asctime"), ("time", "strftime"), ("processors", "TimeStamper"), ("structlog", "TimeStamper"),
    ("func", "now"), ("func", "current_timestamp"), ("func", "current_date"), ("func", "localtimestamp"),
}
TIME_FUNCTIONS = {"time", "time_ns", "localtime", "gmtime", "ctime", "asctime", "strftime"}
SQL_NOW = re.compile(r"\bnow\s*\(\s*\)|\bcurrent_timestamp\b|\bcurrent_date\b|\blocaltimestamp\b|'now'", re.I)
SQL_WORDS = re.compile(r"\b(select|insert|update|delete|where|default|values)\b", re.I)


def wall_clock_reads(source: str) -> list[tuple[int, str]]:
    """``(line, what)`` for each direct wall-clock read in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Name, ast.Attribute)):
            owner = node.value.id if isinstance(node.value, ast.Name) else node.value.attr
            if (owner, node.attr) in CLOCK_ATTRIBUTES:
                found.append((node.lineno, f"{owner}.{node.attr}"))
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            found += [(node.lineno, f"from time import {a.name}") for a in node.names if a.name in TIME_FUNCTIONS]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("structlog"):
            found += [(node.lineno, f"TimeStamper from {node.module}") for a in node.names if a.name == "TimeStamper"]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_WORDS.search(node.value):
            if SQL_NOW.search(node.value):
                found.append((node.lineno, f"SQL time: {SQL_NOW.search(node.value).group(0)}"))
    return sorted(found)


def sources() -> list[Path]:
    return sorted(p for tree in TREES for p in (ROOT / tree).rglob("*.py") if ".venv" not in p.parts)


def test_nothing_reads_the_wall_clock_but_hub_clock():
    offences = [f"{path.relative_to(ROOT)}:{line}: {what}" for path in sources()
                if path.relative_to(ROOT).as_posix() not in ALLOWED
                for line, what in wall_clock_reads(path.read_text(encoding="utf-8"))]
    assert not offences, ("read the time through hub.clock (now(), now_ms(), today(zone)); durations through "
                          "time.monotonic(); tests pin it with hub.clock.using(...):\n" + "\n".join(offences))


def test_the_allowlist_names_files_that_exist_and_still_need_it():
    for path in ALLOWED:
        assert wall_clock_reads((ROOT / path).read_text(encoding="utf-8")), f"{path} no longer needs its entry"


@pytest.mark.parametrize("snippet", [
    "import datetime as dt\nx = dt.datetime.now(dt.timezone.utc)",
    "from datetime import datetime\nx = datetime.now()",
    "import datetime\nx = datetime.datetime.utcnow()",
    "import datetime as dt\nx = dt.date.today()",
    "from datetime import date\nx = date.today()",
    "import datetime as dt\nx = dt.datetime.today()",
    "import time\nx = time.time()",
    "import time\nx = time.time_ns()",
    "import time\nx = time.strftime('%Y')",
    "from time import time\nx = time()",
    "import structlog\np = structlog.processors.TimeStamper(fmt='iso')",
    "from sqlalchemy import func\nc = func.now()",
    "q = 'UPDATE t SET at = now() WHERE id = 1'",
    "q = 'INSERT INTO t (at) VALUES (CURRENT_TIMESTAMP)'",
    "q = \"SELECT * FROM t WHERE day = date('now')\"",
])
def test_each_kind_of_wall_clock_read_is_found(snippet):
    assert wall_clock_reads(snippet), snippet


@pytest.mark.parametrize("snippet", [
    "from hub import clock\nx = clock.now()",
    "from hub import clock\nx = clock.today('Europe/Moscow')",
    "import time\nx = time.monotonic()",
    "import time\nx = time.perf_counter()",
    "import datetime as dt\nx = dt.datetime.fromisoformat('2026-11-20T10:00:00+03:00')",
    "x = 'The diary: what was recorded by now, in the current week'",
    "q = 'SELECT * FROM t WHERE recorded_us <= :as_of'",
])
def test_reading_the_hub_clock_or_measuring_a_duration_is_not_a_wall_clock_read(snippet):
    assert wall_clock_reads(snippet) == [], snippet
