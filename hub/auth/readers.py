"""Reader tokens: JWTs whose ``sub`` is a person id and whose ``role`` says what that person may read.

HS256 with ``HUB_JWT_SECRET``, or RS256: verify with ``HUB_JWT_PUBLIC_KEY``, issue with ``HUB_JWT_PRIVATE_KEY``.
In dev mode without a secret, one is generated once and kept in ``<data dir>/dev-jwt-secret`` so that tokens
printed by ``hub demo`` keep working after a restart. With ``HUB_OIDC_ISSUER`` (and its audience and JWKS URL) set,
tokens of that OpenID Connect issuer are accepted too (``hub.auth.oidc``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import jwt

from hub import clock
from hub.config import ConfigError, Mode, Settings


class Role(StrEnum):
    GUARDIAN = "guardian"
    STUDENT = "student"
    TEACHER = "teacher"
    CLASS_TEACHER = "class_teacher"
    HEAD_TEACHER = "head_teacher"
    AUDITOR = "auditor"
    OPERATOR = "operator"


# PyJWT checks these against the wall clock; ``check_times`` checks them against the hub's clock (hub.clock).
HUB_CLOCK_CHECKS = {"verify_exp": False, "verify_iat": False, "verify_nbf": False}
SCHOOL_ROLES = frozenset({Role.TEACHER, Role.CLASS_TEACHER, Role.HEAD_TEACHER})


@dataclass(frozen=True, slots=True)
class Reader:
    sub: str
    role: Role
    school: str | None  # teacher roles: their school; an auditor: the one school it may audit (None: every one)
    expires: float | None = None  # the token's ``exp`` (seconds since the epoch)


class InvalidToken(Exception):
    """The token is missing, malformed, expired or not signed by us; the message is safe to show."""


class TokenService:
    def __init__(self, settings: Settings) -> None:
        settings.require_reader_keys()
        self.issuer = settings.jwt_issuer
        if settings.jwt_public_key:
            self.algorithm = "RS256"
            self._verify_key: str = settings.jwt_public_key
            self._sign_key: str | None = settings.jwt_private_key.get_secret_value() or None
        else:
            self.algorithm = "HS256"
            secret = settings.jwt_secret.get_secret_value() or _dev_secret(settings)
            self._verify_key = self._sign_key = secret
        self.oidc = None
        if settings.oidc_issuer:
            from hub.auth.oidc import OidcVerifier

            self.oidc = OidcVerifier(settings.oidc_issuer, settings.oidc_audience, settings.oidc_jwks_url,
                                     settings.oidc_subject_claim, settings.oidc_role_claim,
                                     settings.oidc_school_claim, settings.oidc_default_role)

    def issue(self, sub: str, role: Role, school: str | None = None, ttl_seconds: int = 30 * 24 * 3600) -> str:
        if self._sign_key is None:
            raise ConfigError("issuing RS256 tokens needs HUB_JWT_PRIVATE_KEY")
        if role in SCHOOL_ROLES and not school:
            raise ValueError(f"a {role.value} token needs --school")
        now = int(clock.now().timestamp())
        claims = {"sub": sub, "role": role.value, "iss": self.issuer, "iat": now, "exp": now + ttl_seconds}
        if school:
            claims["school"] = school
        return jwt.encode(claims, self._sign_key, algorithm=self.algorithm)

    def verify(self, token: str) -> Reader:
        if self.oidc is not None and self.oidc.handles(token):
            return self.oidc.verify(token)
        try:
            claims = jwt.decode(token, self._verify_key, algorithms=[self.algorithm], issuer=self.issuer,
                                options={"require": ["sub", "role", "exp"], **HUB_CLOCK_CHECKS})
        except jwt.PyJWTError as exc:
            raise InvalidToken("the token is not valid") from exc
        check_times(claims, clock.now().timestamp())
        try:
            role = Role(claims["role"])
        except ValueError as exc:
            raise InvalidToken("the token's role is unknown") from exc
        school = claims.get("school")
        if school is not None and (not isinstance(school, str) or not school):
            raise InvalidToken("the token's school is not a school id")  # never read as "no school: all schools"
        if role in SCHOOL_ROLES and school is None:
            raise InvalidToken(f"a {role.value} token must name its school")
        if not isinstance(claims["sub"], str) or not claims["sub"]:
            raise InvalidToken("the token's subject is empty")
        expires = claims["exp"] if isinstance(claims["exp"], (int, float)) else None
        return Reader(claims["sub"], role, school, expires)


def check_times(claims: dict, now: float) -> None:
    """PyJWT's ``exp``, ``iat`` and ``nbf`` checks, against the hub's clock instead of the wall clock: ``exp`` must
    be after now (else "expired"); ``iat`` and ``nbf``, when present, not after now; each a number."""
    times = {}
    for name in ("exp", "iat", "nbf"):
        if name in claims:
            try:
                times[name] = int(claims[name])
            except (ValueError, TypeError, OverflowError):
                raise InvalidToken("the token is not valid") from None
    if times["exp"] <= now:
        raise InvalidToken("the token has expired")
    if times.get("iat", now) > now or times.get("nbf", now) > now:
        raise InvalidToken("the token is not valid")


def _dev_secret(settings: Settings) -> str:
    if settings.mode is not Mode.DEV:
        raise ConfigError("HUB_JWT_SECRET is required outside dev mode")
    path = Path(settings.data_dir) / "dev-jwt-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()
