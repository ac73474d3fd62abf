"""The diary pages' requests to the read API, made in-process with the signed-in reader's own token, and the words
for what the API refuses (``refusal``)."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import Request

from hub.api.errors import ApiError
from hub.web.i18n import N_, gettext as _
from hub.web.session import COOKIE


class ApiAnswer(Exception):
    """The API refused a request the page made; the page shows its message."""

    def __init__(self, status: int, message: str, code: str = "") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


# What the page says for an API refusal a reader's choice can cause (else a general sentence with the API's words)
API_REFUSALS = {
    "unknown_period": N_("The school has no such period on that date."),
    "invalid_week": N_("There is no such week."),
    "invalid_range": N_("These dates do not make a period."),
    "range_too_long": N_("The period is too long to show at once."),
    "invalid_parameter": N_("The diary did not understand the address: check the dates."),
    "invalid_request": N_("The diary did not understand the address: check the dates."),
}


def refusal(exc: ApiAnswer | ApiError) -> str:
    code = getattr(exc, "code", "")
    if code in API_REFUSALS:
        return _(API_REFUSALS[code])
    return _("The diary could not show this: %(message)s") % {"message": exc.message}


async def api(request: Request, path: str, **params: Any) -> dict[str, Any]:
    """GET ``path`` from this app's own API with the signed-in reader's token."""
    headers = {"Authorization": f"Bearer {request.cookies.get(COOKIE, '')}"}
    transport = httpx.ASGITransport(app=request.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.internal") as client:
        response = await client.get(path, params={k: v for k, v in params.items() if v is not None},
                                    headers=headers)
    if response.status_code != 200:
        error = response.json().get("error", {}) if response.headers.get("content-type", "").startswith(
            "application/json") else {}
        raise ApiAnswer(response.status_code, error.get("message", response.reason_phrase), error.get("code", ""))
    return response.json()
