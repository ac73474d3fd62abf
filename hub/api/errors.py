"""One error shape for every failure a client can cause: ``{"error": {"code", "message", "details"?}}``.

No request a client can send produces a 500: malformed input is a 4xx that says what to fix; an unreachable log,
or an unreachable hub database (the ingest ledger, the vendor state, the views: SQLAlchemy's ``OperationalError``,
which is also SQLite's "database is locked"), is a 503 with Retry-After; anything unexpected is logged with the request id and answered as a 500 that names it.
"""

from __future__ import annotations

import math
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from hub.config import DEFAULT_APPEND_TIMEOUT_S
from hub.log.port import LogUnavailable
from hub.obs import Ev, log

STORE_RETRY_AFTER_S = 5  # an unreachable database: long enough for a restart or a failover to begin


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details, self.headers = status, code, message, details, headers


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS), status_code=status,
                    media_type="application/json", headers=headers)


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> Response:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return json_response({"error": error}, status, headers)


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"{what} not found")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> Response:
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> Response:
        details = [{"pointer": "/" + "/".join(str(p) for p in err["loc"]), "message": err["msg"]}
                   for err in exc.errors()]
        return error_response(422, "invalid_request", "the request's parameters are invalid", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(LogUnavailable)
    async def _log_down(request: Request, _exc: LogUnavailable) -> Response:
        hub = getattr(request.app.state, "hub", None)
        retry_after = math.ceil(hub.settings.log_append_timeout_s if hub else DEFAULT_APPEND_TIMEOUT_S)
        return error_response(503, "log_unavailable", "the event log is unavailable or did not confirm in time; "
                              "retry later (a record sent again is never stored twice)",
                              headers={"Retry-After": str(retry_after)})

    @app.exception_handler(OperationalError)
    async def _store_down(request: Request, exc: OperationalError) -> Response:
        log(Ev.STORE_UNAVAILABLE, level="error", method=request.method, path=request.url.path,
            error=repr(exc.orig) if exc.orig is not None else repr(exc))
        return error_response(503, "store_unavailable", "the hub's database is unavailable; retry later (a record "
                              "sent again is never stored twice)", headers={"Retry-After": str(STORE_RETRY_AFTER_S)})
