"""The ``hub`` command: clients, tokens, and refusing to serve without keys."""

from __future__ import annotations

import re

import jwt
import pytest
from sqlalchemy import select

from hub.auth.clients import api_clients
from hub.cli import main
from hub.store.db import make_engine


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HUB_MODE", "dev")
    monkeypatch.setenv("HUB_LOG_LEVEL", "warning")
    return tmp_path


def test_clients_create_prints_the_token_once_and_stores_only_its_hash(env, capsys):
    assert main(["clients", "create", "--adapter", "native", "--schools", "s1,s2"]) == 0
    out = capsys.readouterr().out
    token = re.search(r"token:\s+(\S+)", out).group(1)
    engine = make_engine(f"sqlite:///{env / 'log-state.db'}")
    with engine.connect() as conn:
        row = conn.execute(select(api_clients)).mappings().one()
    secret = token.split("_", 2)[2]  # hubc_<client id>_<secret>; the secret may itself hold "_" (URL-safe base64)
    assert row["schools"] == "s1,s2" and token not in str(dict(row)) and secret not in str(dict(row))
    assert main(["clients", "list"]) == 0
    assert token not in capsys.readouterr().out


def test_clients_create_refuses_unknown_adapter_and_empty_schools(env, capsys):
    assert main(["clients", "create", "--adapter", "nope", "--schools", "s1"]) == 2
    assert "unknown adapter" in capsys.readouterr().err
    assert main(["clients", "create", "--adapter", "native", "--schools", ","]) == 2


def test_tokens_issue_prints_a_verifiable_jwt(env, capsys):
    assert main(["tokens", "issue", "--sub", "p1", "--role", "guardian"]) == 0
    token = capsys.readouterr().out.strip()
    claims = jwt.decode(token, options={"verify_signature": False})
    assert (claims["sub"], claims["role"]) == ("p1", "guardian")


def test_teacher_tokens_need_a_school(env, capsys):
    assert main(["tokens", "issue", "--sub", "t1", "--role", "teacher"]) == 2
    assert "--school" in capsys.readouterr().err


def test_serve_refuses_to_start_without_a_secret_in_production(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HUB_MODE", "production")
    monkeypatch.delenv("HUB_JWT_SECRET", raising=False)
    assert main(["serve", "--port", "1"]) == 2
    assert "HUB_JWT_SECRET is missing or a placeholder" in capsys.readouterr().err
