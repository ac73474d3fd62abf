"""Fuzz the pages, which the OpenAPI contract leaves out: ``/diary`` (and its grade downloads), ``/console`` and
``/login``, with the session cookie of a guardian, a student, an operator, a bad one or none, and query parameters
that are absent, real, or any text. A finding is a 5xx or an answer cut short, as for the API."""

from __future__ import annotations

import time
import warnings
from urllib.parse import urlencode

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from hub.auth.readers import Role
from hub.web.session import COOKIE
from tests.fuzz.api_report import Finding, Report
from tests.fuzz.stack import FuzzStack
from tests.views_scenario import q, t

PAGES = ("/diary", "/diary", "/diary", "/diary/grades.csv", "/diary/grades.xlsx", "/diary/grades.pdf", "/console")
KNOWN = {"child": [q("anna"), q("vera"), t("gleb")], "view": ["week", "subject", "grades", "final"],
         "week": ["2026-W43", "9999-W52", "2199-W52"], "subject": [q("math"), q("hostile"), q("pe")],
         "period": ["month", "quarter", "year"], "date": ["2026-10-20", "9999-12-31", "0001-01-01", "2199-12-31"]}


def fuzz_pages(stack: FuzzStack, requests: int, report: Report | None = None) -> Report:
    warnings.filterwarnings("ignore", message="Do not use the `random` module inside strategies")  # see fuzz_api
    report = report or Report(stack.name)
    started = time.perf_counter()
    cookies = {"guardian": stack.hub.tokens.issue(q("mother"), Role.GUARDIAN),
               "student": stack.hub.tokens.issue(q("anna"), Role.STUDENT),
               "operator": stack.hub.tokens.issue("op", Role.OPERATOR), "bad": "not-a-token", "none": None}
    value = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["\x00", "\n", "../x", "a/b", "%00"]))

    @settings(max_examples=requests, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def send_one(data: st.DataObject) -> None:
        who = data.draw(st.sampled_from(sorted(cookies)), label="cookie")
        path = data.draw(st.sampled_from(PAGES), label="page")
        params = {}
        for name, known in KNOWN.items():
            chosen = data.draw(st.one_of(value, st.sampled_from(known)), label=name)
            if chosen is not None:
                params[name] = chosen
        headers = {"Cookie": f"{COOKIE}={cookies[who]}"} if cookies[who] else {}
        if data.draw(st.integers(0, 9), label="login") == 0:
            method, path, content = "POST", "/login", urlencode({"token": data.draw(value) or ""}).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            params = {}
        else:
            method, content = "GET", None
        sent = stack.send(method, path, headers, params, content)
        bad = sent.status >= 500 or sent.broken is not None
        shown = path + ("?" + urlencode(params) if params else "")
        report.record(Finding(stack.name, f"cookie {who}", method, shown, sent.status,
                              sent.broken or sent.body[:300].decode("utf-8", "replace")) if bad else None, sent.status)

    send_one()
    report.seconds += time.perf_counter() - started
    return report
