"""Rendering: one Jinja2 environment with autoescaping and the i18n extension (``hub.web.i18n``), and the HTML
answers every page shares. Parent pages render in Russian (``PARENT_LOCALE``), the operator console in English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from hub.web import i18n

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
i18n.install(templates.env)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "script-src 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def render(request: Request, template: str, status: int = 200, locale: str = i18n.PARENT_LOCALE,
           **context: Any) -> HTMLResponse:
    with i18n.rendering(locale):  # the template is rendered here, in TemplateResponse's constructor
        response = templates.TemplateResponse(request, template, {"lang": locale, **context}, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    response.headers["Content-Language"] = locale
    return response


def not_found_page(request: Request, what: str | None = None) -> HTMLResponse:
    """The 404 page (Russian, a parent's page); ``what`` is a message id of ``hub.web.i18n`` naming what is missing
    ("child", "subject", ...), or None for a page."""
    return render(request, "not_found.html", 404, what=what)
