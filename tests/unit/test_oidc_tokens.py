"""Tokens of an external OpenID Connect issuer (``hub.auth.oidc``): an RSA key made here, its JWKS served by a
local HTTP server (no internet); the hub accepts the issuer's tokens for its audience, maps the claims to a reader,
and refuses another audience, another key, an HS256 token in the issuer's name, an operator role, an expired
token by the hub's clock, and says so when the keys cannot be fetched. Its own tokens keep working beside them."""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from hub import clock
from hub.auth.readers import InvalidToken, Role, TokenService
from hub.config import Mode, Settings

ISSUER = "https://login.example.test/sso"
AUDIENCE = "gradebook-hub"


def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def issuer():
    key = rsa_key()
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    body = json.dumps({"keys": [{**jwk, "kid": "k1", "use": "sig", "alg": "RS256"}]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200 if self.path == "/jwks" else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body if self.path == "/jwks" else b"{}")

        def log_message(self, *_args) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield key, f"http://127.0.0.1:{server.server_address[1]}/jwks"
    server.shutdown()
    server.server_close()


def service(tmp_path, jwks_url: str) -> TokenService:
    return TokenService(Settings(mode=Mode.DEV, data_dir=tmp_path, oidc_issuer=ISSUER, oidc_audience=AUDIENCE,
                                 oidc_jwks_url=jwks_url))


def token(key, kid: str = "k1", **claims) -> str:
    now = int(clock.now().timestamp())
    body = {"iss": ISSUER, "aud": AUDIENCE, "sub": "native:sch-1234:gu-001", "iat": now, "exp": now + 600, **claims}
    return jwt.encode({k: v for k, v in body.items() if v is not None}, key, algorithm="RS256",
                      headers={"kid": kid})


def test_the_issuers_token_is_a_reader_with_the_mapped_claims(issuer, tmp_path):
    key, url = issuer
    tokens = service(tmp_path, url)
    parent = tokens.verify(token(key))
    assert (parent.sub, parent.role, parent.school) == ("native:sch-1234:gu-001", Role.GUARDIAN, None)
    teacher = tokens.verify(token(key, sub="t-1", role=["teacher"], school="sch-1234"))
    assert (teacher.role, teacher.school) == (Role.TEACHER, "sch-1234")
    assert tokens.verify(tokens.issue("ops-1", Role.OPERATOR)).role is Role.OPERATOR  # the hub's own still work


@pytest.mark.parametrize("claims, message", [
    ({"aud": "another-service"}, "not for this hub"),
    ({"role": "operator"}, "role is unknown"),
    ({"role": ["guardian", "teacher"]}, "role is unknown"),
    ({"role": "teacher"}, "must name its school"),
    ({"sub": ""}, "subject is empty"),
    ({"exp": 1}, "has expired"),
])
def test_a_token_the_mapping_or_the_checks_refuse(issuer, tmp_path, claims, message):
    key, url = issuer
    with pytest.raises(InvalidToken, match=message):
        service(tmp_path, url).verify(token(key, **claims))


def test_expiry_is_read_by_the_hubs_clock(issuer, tmp_path):
    key, url = issuer
    issued = token(key)
    later = clock.now() + dt.timedelta(hours=1)
    with clock.using(clock.PinnedClock(later)), pytest.raises(InvalidToken, match="expired"):
        service(tmp_path, url).verify(issued)


def test_another_key_an_unknown_kid_and_a_symmetric_token_in_the_issuers_name_are_refused(issuer, tmp_path):
    key, url = issuer
    tokens = service(tmp_path, url)
    with pytest.raises(InvalidToken, match="not valid"):
        tokens.verify(token(rsa_key()))  # the issuer's kid, another key
    with pytest.raises(InvalidToken, match="not valid"):
        tokens.verify(token(key, kid="k-unknown"))
    now = int(clock.now().timestamp())
    forged = jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": "x", "exp": now + 60}, "a-guessable-secret" * 3,
                        algorithm="HS256", headers={"kid": "k1"})
    with pytest.raises(InvalidToken, match="not valid"):
        tokens.verify(forged)


def test_keys_that_cannot_be_fetched_are_said_so(issuer, tmp_path):
    key, url = issuer
    with pytest.raises(InvalidToken, match="cannot be read now"):
        service(tmp_path, "http://127.0.0.1:9/jwks").verify(token(key))


def test_an_issuer_without_audience_or_keys_is_a_configuration_error(tmp_path):
    with pytest.raises(ValueError, match="HUB_OIDC_AUDIENCE"):
        Settings(mode=Mode.DEV, data_dir=tmp_path, oidc_issuer=ISSUER)
