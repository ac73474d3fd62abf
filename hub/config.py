"""Typed, frozen settings read from the environment (prefix ``HUB_``).

Every process (API, projector, CLI) builds one ``Settings`` at start and passes it down; nothing else reads the
environment. Validation happens here so that a misconfigured deployment refuses to start with a message that
says which variable to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs, urlsplit

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from hub import clock as hub_clock

PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "dev", "placeholder", "xxx", "todo"})
MIN_SECRET_LENGTH = 32
FailurePolicy = Literal["skip", "halt"]
DEFAULT_APPEND_TIMEOUT_S = 5.0  # HUB_LOG_APPEND_TIMEOUT_S


class Mode(StrEnum):
    DEV = "dev"
    PRODUCTION = "production"


class KafkaIdempotence(StrEnum):
    AUTO = "auto"  # try an idempotent producer, fall back (with a warning) if the broker refuses InitProducerId
    ON = "on"
    OFF = "off"


class KafkaCompression(StrEnum):
    """How the producer compresses record batches (``HUB_KAFKA_COMPRESSION``). lz4 costs a fraction of gzip's CPU
    (aiokafka writes gzip at level 9, in the event loop) and every Kafka since 0.10 reads it."""

    LZ4 = "lz4"
    ZSTD = "zstd"
    SNAPPY = "snappy"
    GZIP = "gzip"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ConsumerTuning:
    """Consumer-group timings of the Kafka projection workers (``HUB_KAFKA_SESSION_TIMEOUT_MS`` and the three
    after it). Kafka refuses sessions below its ``group.min.session.timeout.ms`` (6 s by default). A worker joining
    a group waits for the group's rebalance, and Tansu (the tests' broker) makes a join wait about half the session
    timeout, at least a second: the tests shorten the session to 1 s, which saves four seconds a join."""

    session_timeout_ms: int = 10_000
    heartbeat_interval_ms: int = 3_000
    rebalance_timeout_ms: int = 30_000
    fetch_max_wait_ms: int = 500


DEFAULT_TUNING = ConsumerTuning()


class ConfigError(ValueError):
    """A setting is missing or invalid; the message names the variable and the fix."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HUB_", frozen=True, extra="ignore")

    mode: Mode = Mode.PRODUCTION
    data_dir: Path = Path("var")
    log_url: str = ""
    db_url: str = ""
    state_url: str = ""
    jwt_secret: SecretStr = SecretStr("")
    jwt_public_key: str = ""
    jwt_private_key: SecretStr = SecretStr("")
    jwt_issuer: str = "gradebook-hub"
    # An external OpenID Connect issuer whose tokens readers may use (hub.auth.oidc; README "Signing in")
    oidc_issuer: str = ""
    oidc_audience: str = ""
    oidc_jwks_url: str = ""
    oidc_subject_claim: str = "sub"
    oidc_role_claim: str = "role"
    oidc_school_claim: str = "school"
    oidc_default_role: str = "guardian"
    max_body_bytes: int = Field(8 * 1024 * 1024, gt=0)
    max_batch_records: int = Field(5000, gt=0)
    read_wait_ms: int = Field(2000, ge=0)
    read_positions_max_age_ms: int = Field(
        50, ge=0, le=5000, description="How old the log positions an answer reports may be (reads without "
        "?min_position= share one positions query per API process for this long; 0: one per request)")
    kafka_idempotence: KafkaIdempotence = KafkaIdempotence.AUTO
    kafka_compression: KafkaCompression = KafkaCompression.LZ4
    kafka_session_timeout_ms: int = Field(DEFAULT_TUNING.session_timeout_ms, gt=0, description="A projection "
                                          "worker that sends no heartbeat for this long leaves its consumer group")
    kafka_heartbeat_interval_ms: int = Field(DEFAULT_TUNING.heartbeat_interval_ms, gt=0, description="How often a "
                                             "projection worker's consumer heartbeats (below the session timeout)")
    kafka_rebalance_timeout_ms: int = Field(DEFAULT_TUNING.rebalance_timeout_ms, gt=0, description="How long a "
                                            "rebalance waits for the group's members to rejoin")
    kafka_fetch_max_wait_ms: int = Field(DEFAULT_TUNING.fetch_max_wait_ms, gt=0, description="The longest a "
                                         "projection worker's fetch waits at the head of the log")
    log_append_timeout_s: float = Field(
        DEFAULT_APPEND_TIMEOUT_S, gt=0, le=120, description="The longest an ingest append may wait for the Kafka log (its request and "
        "metadata timeouts and an overall deadline); then 503 with Retry-After")
    log_format: str = ""  # "json" or "console"; default: console in dev, json in production
    log_level: str = "info"
    host: str = "127.0.0.1"
    port: int = Field(8000, gt=0, lt=65536)
    workers: int = Field(1, ge=1, le=64, description="API worker processes of `hub serve`")
    projector_batch: int = Field(2000, gt=0)
    gc_gen0_threshold: int = Field(50_000, gt=0, description="`hub serve` and `hub project`: allocations between "
                                   "two young-generation garbage collections (hub.heap; Python's default is 700)")
    projector_poll_ms: int = Field(50, gt=0)
    projection_failure_policy: FailurePolicy = Field(
        "skip", description="What a projection does when a handler fails on an event: skip it (recorded as a dead "
        "letter, the view goes on) or halt (recorded; the projection stops there until fixed)")
    projector_refresh_s: float = Field(5.0, gt=0, description="How often `hub project` looks for new versions")
    metrics_port: int | None = Field(None, gt=0, lt=65536, description="`hub project` serves /metrics on this port")
    metrics_token: SecretStr = SecretStr("")  # when set, the API's /metrics wants it as a bearer token
    prometheus_multiproc_dir: str = Field("", validation_alias="PROMETHEUS_MULTIPROC_DIR")  # set by `hub serve`
    audit_as_of_max_events: int = Field(100_000, gt=0, description="the most events an as-of view may replay")
    db_auto_upgrade: bool = Field(True, description="`hub serve`, `hub project` and `hub demo` migrate the hub's "
                                  "own tables at start; false: they refuse to start until `hub db upgrade` has run")
    feed_poll_ms: int = Field(1000, ge=10, le=60_000, description="How often an open change feed (GET /v1/me/feed) "
                              "looks for new events once it has sent everything")
    feed_max_connection_s: float = Field(300.0, gt=0, le=86_400, description="The longest one change-feed stream "
                                         "stays open; then it ends and the client resumes with Last-Event-ID")
    feed_heartbeat_s: float = Field(15.0, gt=0, le=3600, description="An idle change feed sends a comment this often "
                                    "(proxies close silent connections)")
    clock: str = Field("system", description="`system`, or an ISO 8601 instant with its offset: the process's clock "
                       "starts there and runs on at real speed (hub.clock)")

    @model_validator(mode="after")
    def _check(self) -> "Settings":
        if self.log_url:
            parse_log_url(self.log_url)
        try:
            hub_clock.pinned_start(self.clock)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        if self.oidc_issuer and not (self.oidc_audience and self.oidc_jwks_url):
            raise ConfigError("HUB_OIDC_ISSUER needs HUB_OIDC_AUDIENCE (the hub's client id at the issuer) and "
                              "HUB_OIDC_JWKS_URL (the issuer's jwks_uri)")
        if self.kafka_heartbeat_interval_ms >= self.kafka_session_timeout_ms:
            raise ConfigError("HUB_KAFKA_HEARTBEAT_INTERVAL_MS must be below HUB_KAFKA_SESSION_TIMEOUT_MS "
                              "(Kafka advises a third of it)")
        if self.oidc_default_role not in ("guardian", "student"):
            raise ConfigError("HUB_OIDC_DEFAULT_ROLE must be guardian or student")
        return self

    # Derived values -------------------------------------------------------------------------------------------

    @property
    def effective_log_url(self) -> str:
        return self.log_url or f"sqlite:///{self.data_dir / 'log.db'}"

    @property
    def effective_db_url(self) -> str:
        return self.db_url or f"sqlite:///{self.data_dir / 'views.db'}"

    @property
    def effective_state_url(self) -> str:
        """The hub's own state (ingest ledger, API clients): beside the embedded log, else in the views database."""
        if self.state_url:
            return self.state_url
        log = parse_log_url(self.effective_log_url)
        if log.kind == "sqlite":
            return f"sqlite:///{log.path.with_name(log.path.stem + '-state.db')}"
        return self.effective_db_url

    @property
    def kafka_tuning(self) -> ConsumerTuning:
        return ConsumerTuning(self.kafka_session_timeout_ms, self.kafka_heartbeat_interval_ms,
                              self.kafka_rebalance_timeout_ms, self.kafka_fetch_max_wait_ms)

    @property
    def effective_log_format(self) -> str:
        return self.log_format or ("console" if self.mode is Mode.DEV else "json")

    def require_reader_keys(self) -> None:
        """Refuse to start a reading or token-issuing process without a real signing secret (outside dev mode)."""
        if self.jwt_public_key:
            return
        secret = self.jwt_secret.get_secret_value()
        if self.mode is Mode.DEV:
            return
        if secret.strip().lower() in PLACEHOLDER_SECRETS:
            raise ConfigError(
                "HUB_JWT_SECRET is missing or a placeholder. Set it to a random value of at least "
                f"{MIN_SECRET_LENGTH} characters (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`), "
                "or set HUB_JWT_PUBLIC_KEY for RS256, or run with HUB_MODE=dev for local work."
            )
        if len(secret) < MIN_SECRET_LENGTH:
            raise ConfigError(f"HUB_JWT_SECRET is too short ({len(secret)} chars); use at least {MIN_SECRET_LENGTH}.")


class LogUrl:
    """A parsed ``HUB_LOG_URL``: ``sqlite:///path/log.db`` or ``kafka://h:p[,h:p]?topic=T&partitions=N``."""

    def __init__(self, kind: str, path: Path | None, bootstrap: list[str], topic: str, partitions: int) -> None:
        self.kind, self.path, self.bootstrap, self.topic, self.partitions = kind, path, bootstrap, topic, partitions

    def __repr__(self) -> str:
        target = str(self.path) if self.kind == "sqlite" else ",".join(self.bootstrap)
        return f"LogUrl({self.kind}:{target} topic={self.topic} partitions={self.partitions})"


DEFAULT_PARTITIONS = 8
DEFAULT_TOPIC = "gradebook.events"


def parse_log_url(url: str) -> LogUrl:
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    partitions = _positive_int(query.get("partitions", str(DEFAULT_PARTITIONS)), "partitions")
    topic = query.get("topic", DEFAULT_TOPIC)
    if parts.scheme == "sqlite":
        raw = url.split("://", 1)[1].split("?", 1)[0]
        path = raw[1:] if raw.startswith("/") else raw
        if not path:
            raise ConfigError(f"HUB_LOG_URL {url!r}: give a file path, e.g. sqlite:///var/log.db")
        return LogUrl("sqlite", Path(path), [], topic, partitions)
    if parts.scheme == "kafka":
        hosts = [h for h in parts.netloc.split(",") if h]
        if not hosts:
            raise ConfigError(f"HUB_LOG_URL {url!r}: name at least one broker, e.g. kafka://127.0.0.1:9092")
        return LogUrl("kafka", None, hosts, topic, partitions)
    raise ConfigError(f"HUB_LOG_URL {url!r}: the scheme must be sqlite:// or kafka://")


def _positive_int(value: str, name: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise ConfigError(f"HUB_LOG_URL: {name} must be a positive integer, got {value!r}")
    return int(value)
