"""``cross_site_reason``: which form posts to /login and /logout the pages refuse as cross-site (the browser
tests in tests/e2e drive the same check with forged pages on another origin)."""

from __future__ import annotations

import pytest
from starlette.requests import Request

from hub.web.session import cross_site_reason


def post(host: str = "hub.example:8000", **headers: str) -> Request:
    raw = [(b"host", host.encode())] + [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()]
    return Request({"type": "http", "method": "POST", "path": "/login", "headers": raw, "query_string": b""})


@pytest.mark.parametrize("headers", [
    {},  # curl or a script: no browser sends neither header on a form post
    {"origin": "http://hub.example:8000", "sec_fetch_site": "same-origin"},
    {"origin": "http://HUB.example:8000"},
    {"sec_fetch_site": "same-origin"},
    {"sec_fetch_site": "none"},  # the user's own navigation
])
def test_a_post_from_the_site_itself_proceeds(headers):
    assert cross_site_reason(post(**headers)) is None


def test_tls_ended_at_a_proxy_is_the_same_site():
    assert cross_site_reason(post("hub.example", origin="https://hub.example")) is None
    assert cross_site_reason(post("hub.example:443", origin="https://hub.example")) is None


@pytest.mark.parametrize("headers", [
    {"origin": "http://evil.example:8000"},
    {"origin": "http://hub.example:9000"},  # another port is another origin
    {"origin": "http://hub.example"},
    {"origin": "null"},  # a sandboxed frame or a data: page
    {"origin": "http://["},
    {"sec_fetch_site": "cross-site"},
    {"sec_fetch_site": "same-site"},  # a sibling subdomain or another port of this host
    {"sec_fetch_site": "cross-site", "origin": "http://hub.example:8000"},
])
def test_a_post_from_another_site_is_refused(headers):
    assert cross_site_reason(post(**headers))


def test_a_request_without_a_host_header_cannot_match_an_origin():
    assert cross_site_reason(post("", origin="http://hub.example:8000"))
