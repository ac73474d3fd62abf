"""Logging: a fixed vocabulary of event names and context keys, and no secrets in the output."""

from __future__ import annotations

import ast
import pathlib

import structlog

from hub.obs import CONTEXT_KEYS, Ev, _redact, configure_logging, log

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = [p for d in ("hub", "adapters", "projections") for p in (ROOT / d).rglob("*.py")]


def _log_calls():
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "log":
                yield path, node


def test_every_log_call_uses_a_vocabulary_event_and_known_keys():
    calls = list(_log_calls())
    assert len(calls) > 10
    for path, call in calls:
        event = call.args[0]
        assert isinstance(event, ast.Attribute) and isinstance(event.value, ast.Name) and event.value.id == "Ev", \
            f"{path}:{call.lineno}: log() must name an Ev member"
        assert event.attr in Ev.__members__, f"{path}:{call.lineno}: Ev.{event.attr} is not in the vocabulary"
        for keyword in call.keywords:
            assert keyword.arg == "level" or keyword.arg in CONTEXT_KEYS, \
                f"{path}:{call.lineno}: context key {keyword.arg!r} is not in CONTEXT_KEYS"


def test_nothing_logs_around_the_vocabulary():
    for path in SOURCES:
        text = path.read_text()
        if path.name != "obs.py":
            assert "structlog.get_logger" not in text and "logging.getLogger" not in text, path


def test_secret_looking_keys_are_redacted():
    event = _redact(None, "info", {"token": "abc", "jwt_secret": "s", "Authorization": "Bearer x", "count": 3})
    assert event == {"token": "[redacted]", "jwt_secret": "[redacted]", "Authorization": "[redacted]", "count": 3}


def test_json_format_renders_one_object_per_line(capsys):
    configure_logging("json", "info")
    log(Ev.EVENTS_APPENDED, events=3)
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert '"event": "events_appended"' in line and '"events": 3' in line
    structlog.reset_defaults()
