"""The FastAPI application: ingest for vendors, the diary for readers, health for operators.

``/`` redirects to the diary page. The API's documentation is served by the hub itself, with no CDN: Swagger UI at
``/docs`` and ReDoc at ``/redoc`` load their scripts, styles and icon from ``/docs-assets/`` (the files the
``fastapi-offline`` package ships; ReDoc without Google Fonts), so both work on a machine without internet; their
``Content-Security-Policy`` lets them load nothing from another origin.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hub.api import (audit, feed, health, ingest, operator, read, schedule_views, statistics_views,
                     student_views)
from hub.api.errors import error_response, install_error_handlers, json_response
from hub.bootstrap import Hub
from hub.ingest.ledger import RECOVERY_EVERY_S
from hub.metrics import Metrics, route_template
from hub.obs import Ev, log
from hub.web import console, session
from hub.web import diary as diary_page

Background = Callable[[asyncio.Event], Awaitable[None]]
DOCS_ASSETS = "/docs-assets"
# The documentation pages load nothing from elsewhere; ReDoc's sidebar would fetch its maker's logo from a CDN (it
# hides it when that fails): the policy keeps the browser from trying.
DOCS_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
               "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'")


def create_app(hub: Hub, background: list[Background] | None = None) -> FastAPI:
    """Build the app around ``hub``. ``background`` tasks (e.g. projectors in ``hub demo``) run for its lifetime."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        await hub.start()
        stop = asyncio.Event()
        tasks = [asyncio.create_task(_supervised(task, stop)) for task in [*([_ledger_recovery(hub)] if hub.dedup.needs_recovery else []), *(background or [])]]
        log(Ev.SERVICE_STARTED, engine=type(hub.log).__name__)
        try:
            yield
        finally:
            stop.set()
            await asyncio.gather(*tasks, return_exceptions=True)
            await hub.close()
            log(Ev.SERVICE_STOPPED)

    app = FastAPI(title="Gradebook Hub", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Vendors push gradebook records; readers get the diary built from the event log.")
    _install_docs(app)
    app.state.hub = hub
    install_error_handlers(app)
    app.include_router(ingest.router)
    app.include_router(read.router)
    app.include_router(feed.router)
    app.include_router(student_views.router)
    app.include_router(audit.router)
    app.include_router(operator.router)
    app.include_router(session.router)
    app.include_router(console.router)
    app.include_router(diary_page.router)
    app.add_exception_handler(session.SignInRequired, session.sign_in_redirect)
    app.include_router(health.router)
    app.include_router(schedule_views.router)
    app.include_router(statistics_views.router)

    @app.get("/", include_in_schema=False)
    async def home() -> Response:
        return RedirectResponse("/diary", status_code=307)

    @app.get("/healthz", tags=["health"], summary="The process is alive")
    async def healthz() -> Response:
        return json_response({"status": "ok"})

    app.add_middleware(RequestContext, metrics=hub.metrics)
    return app


def _install_docs(app: FastAPI) -> None:
    """Swagger UI at ``/docs`` and ReDoc at ``/redoc`` with their assets served from ``DOCS_ASSETS`` (see the
    module docstring)."""
    from importlib.resources import files

    app.mount(DOCS_ASSETS, StaticFiles(directory=str(files("fastapi_offline") / "static")), name="docs-assets")
    oauth2_redirect = "/docs/oauth2-redirect"

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        page = get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} - Swagger UI",
                                   swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png",
                                   oauth2_redirect_url=oauth2_redirect)
        page.headers["Content-Security-Policy"] = DOCS_POLICY
        return page

    @app.get(oauth2_redirect, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        page = get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} - ReDoc",
                              redoc_js_url=f"{DOCS_ASSETS}/redoc.standalone.js",
                              redoc_favicon_url=f"{DOCS_ASSETS}/favicon.png", with_google_fonts=False)
        page.headers["Content-Security-Policy"] = DOCS_POLICY
        return page


def app_from_env() -> FastAPI:
    """App factory for ``hub serve`` worker processes: each builds its own hub from the environment."""
    from hub import clock, heap
    from hub.bootstrap import build_hub
    from hub.config import Settings
    from hub.obs import configure_logging

    settings = Settings()
    clock.install(clock.from_setting(settings.clock))  # HUB_CLOCK: this worker's "now" for its lifetime
    configure_logging(settings.effective_log_format, settings.log_level)
    app = create_app(build_hub(settings))
    heap.settle(settings.gc_gen0_threshold)
    return app


async def _supervised(task: Background, stop: asyncio.Event) -> None:
    """Run a background task; if it dies, say so loudly (a silent dead projector is a 3 a.m. mystery)."""
    try:
        await task(stop)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        log(Ev.PROJECTION_FAILED, level="error", error=repr(exc), reason="background task stopped")
        raise


def _ledger_recovery(hub: Hub) -> Background:
    async def run(stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                recovered = await hub.ledger.recover(hub.log)
                if recovered:
                    log(Ev.LEDGER_RECOVERED, count=recovered)
            except Exception as exc:  # the log may be down; try again next round
                log(Ev.LOG_APPEND_FAILED, level="warning", error=repr(exc), reason="ledger recovery")
            try:
                await asyncio.wait_for(stop.wait(), RECOVERY_EVERY_S)
            except TimeoutError:
                pass

    return run


class RequestContext:
    """Pure ASGI middleware: a request id per request (``X-Request-Id``), one log line per request, its duration in
    ``hub_http_request_duration_seconds`` (by route template), and a last-resort JSON 500 that names the request id
    (no client input should ever reach it)."""

    def __init__(self, app: ASGIApp, metrics: Metrics | None = None) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or uuid.uuid4().hex
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started, status = time.perf_counter(), 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            log(Ev.REQUEST_FAILED, level="error", method=scope["method"], path=scope["path"], error=repr(exc))
            response = error_response(500, "internal_error", f"unexpected error; quote request id {request_id}")
            await response(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            log(Ev.REQUEST_COMPLETED, method=scope["method"], path=scope["path"], status=status,
                duration_ms=round(elapsed * 1000, 2))
            if self.metrics is not None:
                self.metrics.request_finished(scope["method"], route_template(scope), status, elapsed)
            structlog.contextvars.clear_contextvars()


def _incoming_request_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id" and 0 < len(value) <= 64 and value.isascii():
            return value.decode()
    return None
