"""``hub.clock``: a pinned clock starts at its instant and runs on; ``HUB_CLOCK`` names it; every hub process and
reader token goes by it (PyJWT alone would check ``exp``, ``iat`` and ``nbf`` against the wall clock)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import jwt
import pytest
from pydantic import ValidationError

from hub import clock
from hub.auth.readers import InvalidToken, Role, TokenService
from hub.cli import main
from hub.config import Mode, Settings

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.timezone.utc
LEAP_EVE = dt.datetime(2028, 2, 28, 22, 30, tzinfo=UTC)  # already 29 February in Moscow


class Ticks:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


def test_a_pinned_clock_starts_at_its_instant_and_runs_on_at_real_speed():
    ticks = Ticks()
    pinned = clock.PinnedClock(dt.datetime(2031, 2, 28, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))), ticks)
    assert pinned.now() == dt.datetime(2031, 2, 28, 6, 30, tzinfo=UTC) and pinned.now().tzinfo is UTC
    ticks.value += 90.5
    assert pinned.now() == dt.datetime(2031, 2, 28, 6, 31, 30, 500000, tzinfo=UTC)
    with pytest.raises(ValueError, match="offset"):
        clock.PinnedClock(dt.datetime(2031, 2, 28, 9, 30))


def test_using_installs_a_clock_for_the_block_and_restores_the_one_before():
    before = clock.current()
    with clock.using(clock.PinnedClock(LEAP_EVE)):
        assert LEAP_EVE <= clock.now() < LEAP_EVE + dt.timedelta(seconds=5)
        assert clock.now_ms() // 1000 == int(LEAP_EVE.timestamp())
        assert clock.today("Europe/Moscow") == dt.date(2028, 2, 29)
        assert clock.today("UTC") == dt.date(2028, 2, 28)
        assert clock.today(None) == clock.today("Not/AZone") == dt.date(2028, 2, 29)  # the default zone: Moscow
    assert clock.current() is before


def test_the_system_clock_is_the_wall_clock():
    wall = clock.SystemClock().now()
    assert wall.tzinfo is UTC and abs(wall.timestamp() - clock.SystemClock().now().timestamp()) < 5


@pytest.mark.parametrize("value, start", [
    ("system", None), (" System ", None),
    ("2031-02-28T09:30:00+03:00", dt.datetime(2031, 2, 28, 6, 30, tzinfo=UTC)),
    ("2025-06-15T00:00:00Z", dt.datetime(2025, 6, 15, tzinfo=UTC)),
])
def test_hub_clock_is_system_or_an_instant_with_its_offset(value, start):
    parsed = clock.pinned_start(value)
    assert parsed == start
    assert Settings(clock=value).clock == value
    made = clock.from_setting(value)
    assert isinstance(made, clock.SystemClock if start is None else clock.PinnedClock)


@pytest.mark.parametrize("value", ["2031-02-28T09:30:00", "2031-02-28", "tomorrow", "", "1796000000"])
def test_any_other_hub_clock_is_a_configuration_error_that_says_what_to_write(value):
    with pytest.raises(ValueError, match="HUB_CLOCK .*'system' or an ISO 8601 instant with its offset"):
        clock.pinned_start(value)
    with pytest.raises(ValidationError, match="HUB_CLOCK"):
        Settings(clock=value)


def test_installed_runs_a_command_on_the_clock_it_names_and_keeps_the_current_one_for_system():
    outer = clock.PinnedClock(LEAP_EVE)
    with clock.using(outer):
        with clock.installed("system"):
            assert clock.current() is outer
        with clock.installed("2031-02-28T09:30:00+03:00"):
            assert clock.now().date() == dt.date(2031, 2, 28)
        assert clock.current() is outer


# Reader tokens --------------------------------------------------------------------------------------------------


@pytest.fixture
def tokens(tmp_path) -> TokenService:
    return TokenService(Settings(mode=Mode.DEV, data_dir=tmp_path))


def at(instant: dt.datetime):  # noqa: ANN201
    return clock.using(clock.PinnedClock(instant))


@pytest.mark.parametrize("issued", [dt.datetime(2025, 6, 15, 9, tzinfo=UTC), dt.datetime(2031, 2, 28, 6, tzinfo=UTC)])
def test_a_token_lives_by_the_hub_clock_from_its_issue_to_its_expiry(tokens, issued):
    with at(issued):
        token = tokens.issue("gu-1", Role.GUARDIAN, ttl_seconds=600)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["iat"] == int(issued.timestamp()) and claims["exp"] == claims["iat"] + 600
    with at(issued + dt.timedelta(seconds=599)):
        assert tokens.verify(token).expires == claims["exp"]
    with at(issued + dt.timedelta(seconds=600)), pytest.raises(InvalidToken, match="^the token has expired$"):
        tokens.verify(token)
    with at(issued - dt.timedelta(seconds=60)), pytest.raises(InvalidToken, match="^the token is not valid$"):
        tokens.verify(token)  # issued in the future


@pytest.mark.parametrize("claims, message", [
    ({"nbf": 2_000}, "the token is not valid"),  # not before a moment still to come
    ({"nbf": 999}, None),
    ({"exp": "2000"}, None),  # a numeric string, as PyJWT reads it
    ({"exp": "soon"}, "the token is not valid"),
    ({"iat": "then"}, "the token is not valid"),
    ({"exp": 1_000}, "the token has expired"),
])
def test_exp_iat_and_nbf_are_checked_as_pyjwt_would_but_against_the_hub_clock(tokens, claims, message):
    body = {"sub": "gu-1", "role": "guardian", "iss": tokens.issuer, "iat": 900, "exp": 1_500, **claims}
    token = jwt.encode(body, tokens._sign_key, algorithm="HS256")
    with at(dt.datetime.fromtimestamp(1_000, UTC)):
        if message is None:
            assert tokens.verify(token).sub == "gu-1"
        else:
            with pytest.raises(InvalidToken, match=f"^{message}$"):
                tokens.verify(token)


# Processes ------------------------------------------------------------------------------------------------------


def test_a_hub_command_run_in_process_goes_by_hub_clock(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("HUB_MODE", "dev")
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HUB_CLOCK", "2025-06-15T12:00:00+03:00")
    before = clock.current()
    assert main(["tokens", "issue", "--sub", "p1", "--role", "guardian", "--ttl", "60"]) == 0
    claims = jwt.decode(capsys.readouterr().out.strip(), options={"verify_signature": False})
    assert claims["iat"] - dt.datetime(2025, 6, 15, 9, tzinfo=UTC).timestamp() in (0, 1)
    assert clock.current() is before  # the command's clock ends with it


def test_a_hub_process_starts_its_clock_at_hub_clock(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HUB_MODE": "dev", "HUB_DATA_DIR": str(tmp_path),
           "HUB_CLOCK": "2025-06-15T12:00:00+03:00"}
    done = subprocess.run([sys.executable, "-m", "hub.cli", "tokens", "issue", "--sub", "p1", "--role", "guardian"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    claims = jwt.decode(done.stdout.strip(), options={"verify_signature": False})
    assert 0 <= claims["iat"] - dt.datetime(2025, 6, 15, 9, tzinfo=UTC).timestamp() < 30


def test_a_serve_worker_installs_hub_clock_for_its_lifetime(monkeypatch, tmp_path):
    from hub.api.app import app_from_env

    monkeypatch.setenv("HUB_MODE", "dev")
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HUB_CLOCK", "2025-06-15T12:00:00+03:00")
    with clock.using(clock.current()):  # undo the worker's install when the test ends
        app = app_from_env()
        assert clock.now().date() == dt.date(2025, 6, 15)
    app.state.hub.state.dispose()
    app.state.hub.views.dispose()
