"""Page tests in a real browser: Debian's Chromium driven by Playwright (``executable_path``: no browser download),
and the hub served over real HTTP on a free loopback port.

* ``chromium_path()``: HUB_TEST_CHROMIUM, else ``chromium`` on the PATH (``make test`` installs Debian's package).
* ``LiveServer(settings)``: the API over the files of ``settings`` (with the projectors running in-process, as
  ``hub demo`` does), in a background thread; ``url`` once started.
* ``sign_in(page, base, token)``: the login form, as a person would use it.
* ``ForgedForm(action, fields)``: another origin (``http://localhost:PORT``, while the hub is 127.0.0.1) serving
  a page that posts a form to the hub as soon as it loads, as a hostile site would.
"""

from __future__ import annotations

import html
import os
import shutil
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import uvicorn

from hub.api.app import create_app
from hub.bootstrap import build_hub
from hub.config import Settings
from hub.projector.supervisor import run_projections


def chromium_path() -> str | None:
    configured = os.environ.get("HUB_TEST_CHROMIUM", "").strip()
    return configured or shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, settings: Settings) -> None:
        self.port = free_port()
        hub = build_hub(settings)
        app = create_app(hub, background=[lambda stop: run_projections((hub.log, hub.views), stop=stop)])
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)


async def sign_in(page, base: str, token: str, next_path: str) -> None:
    await page.goto(f"{base}{next_path}")
    await page.wait_for_url("**/login**")
    await page.fill("textarea[name=token]", token)
    await page.click("form[action='/login'] button[type=submit]")


class ForgedForm:
    """A page on another origin that auto-submits a POST form to ``action`` with ``fields`` (its ``url``)."""

    def __init__(self, action: str, fields: dict[str, str]) -> None:
        inputs = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                         for k, v in fields.items())
        page = (f'<!doctype html><html><body><form method="post" action="{html.escape(action)}">{inputs}</form>'
                "<script>document.forms[0].submit()</script></body></html>").encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

            def log_message(self, *_args) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://localhost:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "ForgedForm":
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
