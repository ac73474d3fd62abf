"""Fuzz the published API (``contracts/openapi.json``) with schemathesis: every operation, every kind of caller.

For each operation, schemathesis generates requests that fit the contract and requests that do not (positive and
negative modes); hypothesis then picks the caller (``FuzzStack.identities``) and, for about half of the path and
query parameters, puts in a value that names a real row of the seeded school (so reads reach the database and
the exports), sometimes with a hostile character after it (a NUL, a control character, a slash...). Ingest gets
bodies drawn from the hostile-ingest corpus (``tests.fuzz.corpus``). A finding is a 5xx, or an answer whose app
raised after it had started (``Sent.broken``: a stream cut short).
"""

from __future__ import annotations

import time
import warnings
from functools import cache
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from hub.api.contract import CONTRACT_PATH
from tests.fuzz.api_report import Finding, Report
from tests.fuzz.corpus import batch_bodies
from tests.fuzz.stack import FuzzStack

HOSTILE_SUFFIXES = ("\x00", "\x07", " ", "/", "%", "\ufffe", "'", "\n", "..", "é", "x" * 200)
AUDIT_TIMES = ("2026-09-01T00:00:00+03:00", "2030-01-01T00:00:00Z", "2026-11-01T00:00:00")
# Callers, weighted towards those who may read something (a uniform draw mostly meets 401 and 404).
CALLERS = {"head_teacher": 4, "guardian": 2, "student": 1, "teacher": 1, "class_teacher": 2, "auditor": 2,
           "auditor_school": 2, "operator": 1, "native": 2, "dnevnik_ru": 1, "elzhur": 1, "no_token": 1,
           "bad_token": 1}


@cache
def operations() -> list[Any]:
    schema = schemathesis.openapi.from_path(str(CONTRACT_PATH))
    return [result.ok() for result in schema.get_all_operations()]


def fuzz_api(stack: FuzzStack, requests: int, report: Report | None = None) -> Report:
    """Send about ``requests`` generated requests, spread evenly over the operations; count and keep findings."""
    # The app's threads (projectors, the Kafka client) use the random module while hypothesis draws: harmless here.
    warnings.filterwarnings("ignore", message="Do not use the `random` module inside strategies")
    report = report or Report(stack.name)
    started = time.perf_counter()
    per_operation = max(1, requests // len(operations()))
    for operation in operations():
        _fuzz_operation(stack, operation, per_operation, report)
    report.seconds += time.perf_counter() - started
    return report


def _fuzz_operation(stack: FuzzStack, operation: Any, examples: int, report: Report) -> None:
    cases = st.one_of(operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE))

    @settings(max_examples=examples, database=None, deadline=None, derandomize=False, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=cases, data=st.data())
    def send_one(case: Any, data: st.DataObject) -> None:
        identity = data.draw(st.sampled_from([name for name, weight in CALLERS.items() for _ in range(weight)]),
                             label="identity")
        kwargs = case.as_transport_kwargs(base_url="http://hub")
        path = kwargs["url"].removeprefix("http://hub")
        path = _known_path(operation.path, case.path_parameters or {}, stack, data) or path
        params = _query(operation.path, dict(kwargs.get("params") or {}), stack, data)
        headers = dict(stack.identities[identity])
        content = None
        if operation.method.upper() == "POST":
            media, content = data.draw(batch_bodies(), label="body")
            if media:
                headers["Content-Type"] = media
        sent = stack.send(operation.method.upper(), path, headers, params, content)
        bad = sent.status >= 500 or sent.broken is not None
        finding = Finding(stack.name, identity, operation.method.upper(), _shown(path, params), sent.status,
                          sent.broken or sent.body[:300].decode("utf-8", "replace")) if bad else None
        report.record(finding, sent.status)

    send_one()


def _known_path(template: str, generated: dict[str, Any], stack: FuzzStack, data: st.DataObject) -> str | None:
    """The path with (some of) its parameters replaced by values that exist, maybe with a hostile suffix."""
    if not generated or data.draw(st.integers(0, 3), label="known path") == 0:
        return None
    values = {}
    for name, value in generated.items():
        choice = data.draw(st.sampled_from(["generated", "known", "known", "known", "hostile"]), label=f"path {name}")
        known = data.draw(st.sampled_from(stack.known.get(name) or [value]), label=f"value {name}")
        values[name] = (value if choice == "generated" else known if choice == "known"
                        else f"{known}{data.draw(st.sampled_from(HOSTILE_SUFFIXES), label='suffix')}")
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", _quote(str(value)))
    return path


def _query(template: str, params: dict[str, Any], stack: FuzzStack, data: st.DataObject) -> dict[str, Any]:
    names = [name for name in stack.known if name in params or _declared(template, name)]
    for name in names:
        choice = data.draw(st.sampled_from(["as generated", "known", "hostile", "as generated"]), label=name)
        if choice == "as generated":
            continue
        pool = AUDIT_TIMES if template == "/v1/audit/events" and name in ("from", "to") else stack.known[name]
        value = str(data.draw(st.sampled_from(pool), label=f"value {name}"))
        params[name] = value if choice == "known" else value + data.draw(st.sampled_from(HOSTILE_SUFFIXES))
    return params


@cache
def _declared_names(template: str) -> frozenset[str]:
    return frozenset(p.name for op in operations() if op.path == template for p in op.query)


def _declared(template: str, name: str) -> bool:
    return name in _declared_names(template)


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _shown(path: str, params: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    query = urlencode(params, doseq=True) if params else ""
    return path + ("?" + query if query else "")


