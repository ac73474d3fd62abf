"""Choose the log engine from the settings: ``sqlite:///path`` → ``EmbeddedLog``, ``kafka://…`` → ``KafkaLog``."""

from __future__ import annotations

from hub.config import Settings, parse_log_url
from hub.log.port import EventLog


def open_log(settings: Settings) -> EventLog:
    """The configured, not yet started, event log (call ``await log.start()``; ``ConfigError`` on a bad URL)."""
    url = parse_log_url(settings.effective_log_url)
    if url.kind == "sqlite":
        from hub.log.embedded import EmbeddedLog

        return EmbeddedLog(url.path, url.partitions)
    from hub.log.kafka import KafkaLog

    return KafkaLog(url.bootstrap, url.topic, url.partitions, settings.kafka_idempotence,
                    append_timeout_s=settings.log_append_timeout_s, compression=settings.kafka_compression,
                    tuning=settings.kafka_tuning)
