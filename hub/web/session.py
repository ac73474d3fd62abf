"""Signing in to the pages: a reader pastes their token once; the server keeps it in an HttpOnly cookie.

1. ``GET /login?next=/diary`` shows a form; ``POST /login`` (form fields ``token``, ``next``) verifies the token
   exactly as the API does, sets the cookie and redirects to ``next`` (a local path only: no open redirect).
2. A page resolves its reader from the cookie (``page_reader``); a missing or no longer valid token sends the
   browser back to the login form. The cookie is ``HttpOnly`` (scripts cannot read it), ``SameSite=Strict``
   (no cross-site request carries it) and ``Secure`` when the request came over HTTPS; it lives as long as the
   token says and never longer than ``MAX_AGE_S``.
3. ``POST /logout`` clears it.
4. Both posts are refused (403, ``forbidden.html``) when a browser says they come from another site: login CSRF
   (signing the victim in with the attacker's token) and forced sign-out. ``cross_site_reason`` checks
   ``Sec-Fetch-Site`` when sent (only ``same-origin``, or ``none`` for a request the user made directly) and
   ``Origin`` when sent (it must name this site: the host and port of the request's ``Host`` header; the scheme is
   not compared, so TLS ended at a proxy changes nothing, but the proxy must pass the ``Host`` header on).
   Browsers of the last years send at least one of them on every form post; a client that sends neither (curl, a
   script) is not a browser that a forged page can drive, so it is let through. The cookie's ``SameSite=Strict``
   does not cover this: a cross-site post needs no cookie to set or clear one.

The form is parsed without extra dependencies (``application/x-www-form-urlencoded`` only).
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from hub import clock
from hub.auth.readers import InvalidToken, Reader
from hub.web.pages import render

COOKIE = "hub_session"
MAX_AGE_S = 12 * 3600
MAX_FORM_BYTES = 16_384
SAME_SITE_FETCHES = frozenset({"same-origin", "none"})  # the Sec-Fetch-Site values a form post may carry
DEFAULT_PORTS = frozenset({80, 443})  # the scheme is not compared, so neither is a scheme's default port

router = APIRouter(include_in_schema=False)


class SignInRequired(Exception):
    """Raised by ``page_reader``; answered with a redirect to the login form."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def page_reader(request: Request) -> Reader:
    token = request.cookies.get(COOKIE, "")
    next_path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not token:
        raise SignInRequired(next_path)
    try:
        return request.app.state.hub.tokens.verify(token)
    except InvalidToken:
        raise SignInRequired(next_path) from None


def sign_in_redirect(_request: Request, exc: SignInRequired) -> Response:
    return RedirectResponse(f"/login?next={quote(exc.next_path, safe='/')}", status_code=303)


def _local(path: str | None, default: str = "/diary") -> str:
    """Only a path on this site (``/x``, not ``//host`` or ``http://``) may be a redirect target."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return default
    return path


def cross_site_reason(request: Request) -> str | None:
    """Why a state-changing form post must be refused as coming from another site, or None if it may proceed."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site.strip().lower() not in SAME_SITE_FETCHES:
        return f"your browser says it was sent from another site (Sec-Fetch-Site: {site[:40]})"
    origin = request.headers.get("origin")
    if origin is not None:
        here = _host_port(f"//{request.headers.get('host', '')}")
        if here is None or _host_port(origin) != here:
            return f"it was sent from {origin[:100]!r}, not from this site"
    return None


def _host_port(url: str) -> tuple[str, int | None] | None:
    """(host, port other than 80 or 443) of an origin or of ``//<Host header>``; None for ``null`` or garbage."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.hostname.lower(), None if port in DEFAULT_PORTS else port


def _refused(request: Request, reason: str) -> Response:
    return render(request, "forbidden.html", 403, reader=None, reason=reason)


@router.get("/login")
async def login_form(request: Request, next: str | None = None) -> Response:  # noqa: A002 - the query name
    return render(request, "login.html", next=_local(next), error=None)


@router.post("/login")
async def login(request: Request) -> Response:
    if reason := cross_site_reason(request):
        return _refused(request, reason)
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return render(request, "login.html", 413, next="/diary", error="The form is too large.")
    form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
    next_path, token = _local(form.get("next")), form.get("token", "").strip()
    if not token:
        return render(request, "login.html", 401, next=next_path, error="Paste your token.")
    try:
        reader = request.app.state.hub.tokens.verify(token)
    except InvalidToken as exc:
        return render(request, "login.html", 401, next=next_path, error=str(exc))
    response = RedirectResponse(next_path, status_code=303)
    lifetime = MAX_AGE_S if reader.expires is None else int(reader.expires - clock.now().timestamp())
    max_age = max(0, min(MAX_AGE_S, lifetime))
    response.set_cookie(COOKIE, token, max_age=max_age, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    if reason := cross_site_reason(request):
        return _refused(request, reason)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def reader_label(reader: Reader) -> str:
    return f"{reader.sub} ({reader.role.value}{', ' + reader.school if reader.school else ''})"
