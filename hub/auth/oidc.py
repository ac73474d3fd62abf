"""Reader tokens from an external OpenID Connect issuer (a city portal such as mos.ru signing people in).

Settings: ``HUB_OIDC_ISSUER`` (the issuer's ``iss``, exactly), ``HUB_OIDC_AUDIENCE`` (the ``aud`` the hub must be
in: its client id at the issuer) and ``HUB_OIDC_JWKS_URL`` (the issuer's JSON Web Key Set, its ``jwks_uri``). With
all three set, ``TokenService.verify`` hands a token whose (unverified) ``iss`` is that issuer to
``OidcVerifier``, which

1. finds the signing key by the token's ``kid`` in the JWKS (PyJWT's ``PyJWKClient``, which caches the keys and
   fetches the set again for a ``kid`` it does not know: the issuer's key rotation);
2. verifies the signature (asymmetric algorithms only: ``RS256``, ``RS384``, ``RS512``, ``PS256``, ``ES256``,
   ``ES384``; never ``HS*`` or ``none``), ``iss``, ``aud``, and ``exp``/``iat``/``nbf`` by the hub's clock;
3. maps the claims to a hub reader (``Reader``):

   ============  ==========================================  ==========================================
   hub           claim (setting that renames it)             rule
   ============  ==========================================  ==========================================
   subject       ``sub`` (``HUB_OIDC_SUBJECT_CLAIM``)        used as it is: the issuer must send the hub's
                                                             person id (e.g. ``native:sch-1234:gu-001``)
   role          ``role`` (``HUB_OIDC_ROLE_CLAIM``)          a string or a list with exactly one hub role;
                                                             absent: ``HUB_OIDC_DEFAULT_ROLE`` (guardian)
   school        ``school`` (``HUB_OIDC_SCHOOL_CLAIM``)      required for teacher roles, as for own tokens
   ============  ==========================================  ==========================================

   An external issuer can never make an ``operator`` or an ``auditor`` (``OIDC_ROLES``): those stay with the
   hub's own tokens.

Every failure is an ``InvalidToken`` with a message safe to show; a JWKS that cannot be fetched is "the issuer's
keys cannot be read now".
"""

from __future__ import annotations

from typing import Any

import jwt

from hub import clock
from hub.auth.readers import HUB_CLOCK_CHECKS, SCHOOL_ROLES, InvalidToken, Reader, Role, check_times

ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"]
OIDC_ROLES = frozenset({Role.GUARDIAN, Role.STUDENT, Role.TEACHER, Role.CLASS_TEACHER, Role.HEAD_TEACHER})
JWKS_TIMEOUT_S = 5


class OidcVerifier:
    def __init__(self, issuer: str, audience: str, jwks_url: str, subject_claim: str = "sub",
                 role_claim: str = "role", school_claim: str = "school", default_role: str = "guardian",
                 jwks_client: jwt.PyJWKClient | None = None) -> None:
        self.issuer, self.audience = issuer, audience
        self.subject_claim, self.role_claim, self.school_claim = subject_claim, role_claim, school_claim
        self.default_role = Role(default_role)
        self.jwks = jwks_client or jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=3600, timeout=JWKS_TIMEOUT_S)

    def handles(self, token: str) -> bool:
        """Whether ``token`` claims to come from this issuer (read without verifying: it only picks the check)."""
        try:
            return jwt.decode(token, options={"verify_signature": False}).get("iss") == self.issuer
        except jwt.PyJWTError:
            return False

    def verify(self, token: str) -> Reader:
        try:
            key = self.jwks.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError as exc:
            raise InvalidToken("the issuer's keys cannot be read now; try again later") from exc
        except jwt.PyJWTError as exc:
            raise InvalidToken("the token is not valid") from exc
        try:
            claims = jwt.decode(token, key.key, algorithms=ALGORITHMS, issuer=self.issuer, audience=self.audience,
                                options={"require": ["exp", "iss", "aud"], **HUB_CLOCK_CHECKS})
        except jwt.InvalidAudienceError as exc:
            raise InvalidToken("the token is not for this hub") from exc
        except jwt.PyJWTError as exc:
            raise InvalidToken("the token is not valid") from exc
        check_times(claims, clock.now().timestamp())
        return self._reader(claims)

    def _reader(self, claims: dict[str, Any]) -> Reader:
        sub = claims.get(self.subject_claim)
        if not isinstance(sub, str) or not sub:
            raise InvalidToken("the token's subject is empty")
        role = self._role(claims.get(self.role_claim))
        school = claims.get(self.school_claim)
        if school is not None and (not isinstance(school, str) or not school):
            raise InvalidToken("the token's school is not a school id")
        if role in SCHOOL_ROLES and school is None:
            raise InvalidToken(f"a {role.value} token must name its school")
        expires = claims["exp"] if isinstance(claims["exp"], (int, float)) else None
        return Reader(sub, role, school, expires)

    def _role(self, value: Any) -> Role:
        if value is None:
            return self.default_role
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else None
        known = {Role(v) for v in values or [] if isinstance(v, str) and v in set(Role)}
        if len(known) != 1 or not known <= OIDC_ROLES:
            raise InvalidToken("the token's role is unknown")
        return known.pop()
