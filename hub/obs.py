"""Structured logging: JSON in production, console in dev, one fixed vocabulary.

Log only with ``log(Ev.X, **context)`` using names from ``Ev`` and keys from ``CONTEXT_KEYS``; a test checks the
code uses nothing else, so dashboards and alerts can rely on the names. Secrets never appear: tokens, passwords
and keys are replaced by ``[redacted]`` by the ``_redact`` processor whatever key they hide behind.
"""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from typing import Any

import structlog

from hub import clock


class Ev(StrEnum):
    SERVICE_STARTED = "service_started"
    SERVICE_STOPPED = "service_stopped"
    REQUEST_COMPLETED = "request_completed"
    REQUEST_FAILED = "request_failed"
    AUTH_FAILED = "auth_failed"
    RECORDS_ACCEPTED = "records_accepted"
    RECORDS_REJECTED = "records_rejected"
    RECORDS_DUPLICATE = "records_duplicate"
    RECORDS_REDRIVEN = "records_redriven"
    ADAPTER_FAILED = "adapter_failed"
    EVENTS_APPENDED = "events_appended"
    LOG_APPEND_FAILED = "log_append_failed"
    STORE_UNAVAILABLE = "store_unavailable"
    LEDGER_RECOVERED = "ledger_recovered"
    PROJECTION_STARTED = "projection_started"
    PROJECTION_ASSIGNED = "projection_assigned"
    PROJECTION_BATCH_APPLIED = "projection_batch_applied"
    PROJECTION_OFFSET_CONFLICT = "projection_offset_conflict"
    PROJECTION_FAILED = "projection_failed"
    PROJECTION_DEAD_LETTER = "projection_dead_letter"
    PROJECTION_REBUILD_PROGRESS = "projection_rebuild_progress"
    PROJECTION_SWITCHED = "projection_switched"
    PROJECTION_DROPPED = "projection_dropped"
    DEAD_LETTERS_RETRIED = "dead_letters_retried"
    KAFKA_IDEMPOTENCE_UNAVAILABLE = "kafka_idempotence_unavailable"
    CLIENT_CREATED = "client_created"
    DEMO_SEEDED = "demo_seeded"
    READINESS_CHECK_FAILED = "readiness_check_failed"
    METRICS_SCRAPE_FAILED = "metrics_scrape_failed"
    AUDIT_AS_OF_BUILT = "audit_as_of_built"
    AUDIT_REPLAY_WRITTEN = "audit_replay_written"
    SCHEMA_UPGRADED = "schema_upgraded"
    ANSWER_NOT_KEPT = "answer_not_kept"


CONTEXT_KEYS = frozenset({
    "request_id", "method", "path", "status", "duration_ms", "client_id", "adapter", "school_id", "records",
    "accepted", "duplicate", "rejected", "events", "partition", "offset", "projection", "version", "group",
    "partitions", "error", "engine", "url", "count", "role", "reason", "parked",
    "source", "revision",
    "pending", "deferred",
})

SECRET_MARKERS = ("token", "secret", "password", "authorization", "key")


def _redact(_logger: Any, _name: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    for key in list(event_dict):
        if any(marker in key.lower() for marker in SECRET_MARKERS):
            event_dict[key] = "[redacted]"
    return event_dict


def _timestamp(_logger: Any, _name: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """``timestamp`` as structlog's ``TimeStamper(fmt="iso", utc=True)`` writes it, read from the hub's clock."""
    event_dict["timestamp"] = clock.now().isoformat().replace("+00:00", "Z")
    return event_dict


def configure_logging(fmt: str = "console", level: str = "info") -> None:
    renderer: Any = structlog.processors.JSONRenderer() if fmt == "json" else structlog.dev.ConsoleRenderer()
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            _timestamp,
            _redact,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=_CurrentStderr()),
        cache_logger_on_first_use=False,
    )


class _CurrentStderr:
    """Writes to whatever ``sys.stderr`` is at the time (test runners and daemons swap it after start-up)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def log(event: Ev, level: str = "info", **context: Any) -> None:
    getattr(structlog.get_logger("hub"), level)(event.value, **context)
