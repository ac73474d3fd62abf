"""Settings: defaults, URL parsing, and refusing to start without a real secret outside dev mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.config import ConfigError, Mode, Settings, parse_log_url


def test_defaults_are_the_embedded_engines_under_the_data_dir(tmp_path):
    settings = Settings(data_dir=tmp_path)
    assert settings.effective_log_url == f"sqlite:///{tmp_path / 'log.db'}"
    assert settings.effective_db_url == f"sqlite:///{tmp_path / 'views.db'}"
    assert settings.effective_state_url == f"sqlite:///{tmp_path / 'log-state.db'}"


def test_kafka_log_keeps_the_state_in_the_views_database():
    settings = Settings(log_url="kafka://k1:9092,k2:9092?topic=t&partitions=12", db_url="postgresql+psycopg://db/h")
    assert settings.effective_state_url == "postgresql+psycopg://db/h"
    url = parse_log_url(settings.log_url)
    assert (url.kind, url.bootstrap, url.topic, url.partitions) == ("kafka", ["k1:9092", "k2:9092"], "t", 12)


def test_relative_and_absolute_sqlite_paths():
    assert parse_log_url("sqlite:///var/log.db").path == Path("var/log.db")
    assert parse_log_url("sqlite:////srv/hub/log.db").path == Path("/srv/hub/log.db")


@pytest.mark.parametrize("url, fragment", [
    ("mysql://x", "scheme"), ("kafka://", "broker"), ("kafka://h:1?partitions=0", "partitions"),
    ("sqlite://", "file path"),
])
def test_bad_log_urls_say_what_to_fix(url, fragment):
    with pytest.raises(ConfigError, match=fragment):
        parse_log_url(url)


def test_env_is_read_with_the_hub_prefix_and_frozen(monkeypatch):
    monkeypatch.setenv("HUB_MAX_BODY_BYTES", "1234")
    settings = Settings()
    assert settings.max_body_bytes == 1234
    with pytest.raises(Exception):
        settings.max_body_bytes = 1  # type: ignore[misc]


def test_a_kafka_heartbeat_must_come_within_the_session():
    with pytest.raises(ValueError, match="HUB_KAFKA_HEARTBEAT_INTERVAL_MS must be below HUB_KAFKA_SESSION_TIMEOUT_MS"):
        Settings(kafka_session_timeout_ms=3000, kafka_heartbeat_interval_ms=3000)


@pytest.mark.parametrize("secret", ["", "changeme", "secret", "short-but-not-placeholder"])
def test_production_refuses_missing_placeholder_or_short_secret(secret):
    with pytest.raises(ConfigError, match="HUB_JWT_SECRET"):
        Settings(mode=Mode.PRODUCTION, jwt_secret=secret).require_reader_keys()


def test_production_accepts_a_real_secret_or_a_public_key():
    Settings(mode=Mode.PRODUCTION, jwt_secret="x" * 40).require_reader_keys()
    Settings(mode=Mode.PRODUCTION, jwt_public_key="-----BEGIN PUBLIC KEY-----...").require_reader_keys()


def test_dev_mode_needs_no_secret():
    Settings(mode=Mode.DEV).require_reader_keys()
