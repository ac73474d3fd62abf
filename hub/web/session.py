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

5. In dev mode, when the data dir is the demo's (``hub demo`` wrote it), the form also offers the demo's people
   (``hub.demo.people``): ``POST /login/demo`` (form fields ``who``, ``next``) issues that person a token and signs
   in with it as ``POST /login`` would. Outside that, ``/login/demo`` is not found and the form shows no chooser.
6. A token of an external OpenID Connect issuer (``HUB_OIDC_ISSUER``, as a city portal would sign people in) is
   pasted or sent like the hub's own: ``hub.auth.oidc`` verifies it (README: "Signing in").

The form is parsed without extra dependencies (``application/x-www-form-urlencoded`` only). The pages' words are
Russian (``hub.web.i18n``); the console is English.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from hub import clock
from hub.auth.readers import InvalidToken, Reader, Role
from hub.config import Mode
from hub.web.i18n import N_, gettext as _
from hub.web.pages import render, templates

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
        return _("your browser says it was sent from another site (Sec-Fetch-Site: %(site)s)") % {"site": site[:40]}
    origin = request.headers.get("origin")
    if origin is not None:
        here = _host_port(f"//{request.headers.get('host', '')}")
        if here is None or _host_port(origin) != here:
            return _("it was sent from %(origin)s, not from this site") % {"origin": repr(origin[:100])}
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


ROLE_NAMES = {Role.GUARDIAN: N_("parent"), Role.STUDENT: N_("pupil"), Role.TEACHER: N_("teacher"),
              Role.CLASS_TEACHER: N_("class teacher"), Role.HEAD_TEACHER: N_("head teacher"),
              Role.AUDITOR: N_("auditor"), Role.OPERATOR: N_("operator")}
# What ``TokenService.verify`` and ``hub.auth.oidc`` may say, in the catalogue (they are shown on the login form)
TOKEN_MESSAGES = (N_("the token is not valid"), N_("the token has expired"), N_("the token's role is unknown"),
                  N_("the token's school is not a school id"), N_("the token's subject is empty"),
                  N_("a teacher token must name its school"), N_("a class_teacher token must name its school"),
                  N_("a head_teacher token must name its school"), N_("the token's issuer is not trusted"),
                  N_("the token is not for this hub"), N_("the issuer's keys cannot be read now; try again later"))


def role_name(role: Role | str) -> str:
    """A role in words ("родитель"); an unknown one as it is."""
    name = ROLE_NAMES.get(role)  # a Role is a str: "guardian" finds Role.GUARDIAN
    return _(name) if name else str(role)


templates.env.globals["role_name"] = role_name


def _demo_people(request: Request) -> list:
    """The demo's people, in dev mode on a data dir ``hub demo`` wrote; else none."""
    settings = request.app.state.hub.settings
    if settings.mode is not Mode.DEV or not (settings.data_dir / "demo-format").exists():
        return []
    from hub.demo.people import demo_people

    return demo_people()


def _login_form(request: Request, status: int, next_path: str, error: str | None) -> Response:
    return render(request, "login.html", status, next=next_path, error=error, demo_people=_demo_people(request))


def _signed_in(request: Request, token: str, reader: Reader, next_path: str) -> Response:
    response = RedirectResponse(next_path, status_code=303)
    lifetime = MAX_AGE_S if reader.expires is None else int(reader.expires - clock.now().timestamp())
    max_age = max(0, min(MAX_AGE_S, lifetime))
    response.set_cookie(COOKIE, token, max_age=max_age, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    return response


async def _form(request: Request) -> dict[str, str] | None:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return None
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


@router.get("/login")
async def login_form(request: Request, next: str | None = None) -> Response:  # noqa: A002 - the query name
    return _login_form(request, 200, _local(next), None)


@router.post("/login")
async def login(request: Request) -> Response:
    if reason := cross_site_reason(request):
        return _refused(request, reason)
    form = await _form(request)
    if form is None:
        return _login_form(request, 413, "/diary", _("The form is too large."))
    next_path, token = _local(form.get("next")), form.get("token", "").strip()
    if not token:
        return _login_form(request, 401, next_path, _("Paste your token."))
    try:
        reader = request.app.state.hub.tokens.verify(token)
    except InvalidToken as exc:
        return _login_form(request, 401, next_path, _(str(exc)))
    return _signed_in(request, token, reader, next_path)


@router.post("/login/demo")
async def login_demo(request: Request) -> Response:
    people = {p.key: p for p in _demo_people(request)}
    if not people:
        from hub.web.pages import not_found_page

        return not_found_page(request)
    if reason := cross_site_reason(request):
        return _refused(request, reason)
    form = await _form(request) or {}
    person = people.get(form.get("who", ""))
    if person is None:
        return _login_form(request, 400, _local(form.get("next")), _("Choose one of the demo people."))
    default = "/console" if person.role is Role.OPERATOR else "/diary"
    token = request.app.state.hub.tokens.issue(person.sub, person.role, ttl_seconds=MAX_AGE_S)
    next_path = _local(form.get("next"), default)
    if person.role is Role.OPERATOR and next_path.startswith("/diary"):
        next_path = "/console"
    elif person.role is not Role.OPERATOR and next_path.startswith("/console"):
        next_path = "/diary"
    return _signed_in(request, token, request.app.state.hub.tokens.verify(token), next_path)


@router.post("/logout")
async def logout(request: Request) -> Response:
    if reason := cross_site_reason(request):
        return _refused(request, reason)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def reader_label(reader: Reader) -> str:
    return f"{reader.sub} ({reader.role.value}{', ' + reader.school if reader.school else ''})"
