"""Checks of ``docker-compose.yml`` (the production shape) against the hub's own settings and parsers.

``problems(compose, env)`` takes the loaded file (a dict; ``load`` reads it with PyYAML, a test dependency) and
the variables compose would interpolate, and returns every problem found as a sentence (empty: the file is
right). What it holds the file to:

1. The four services exist: ``kafka``, ``postgres``, ``api``, ``projector``; nothing of ZooKeeper.
2. Kafka is the official ``apache/kafka`` image at a pinned x.y.z tag, in KRaft mode as one combined
   broker+controller node (node id, process roles, quorum voters on its CONTROLLER listener, listeners,
   advertised listener on the compose service name, cluster id, internal topics with replication factor 1).
3. PostgreSQL is the official ``postgres`` image with a pinned major version.
4. Every service has a health check and ``restart: unless-stopped``; Kafka, PostgreSQL and the API are checked
   with the broker's API-versions script, ``pg_isready`` and ``GET /healthz``.
5. Kafka and PostgreSQL keep their data in declared named volumes; every named volume used is declared.
6. Every ``HUB_*`` variable of every service is a field of ``hub.config.Settings``; the values build a valid
   ``Settings``; the log URL parses (``parse_log_url``) to the ``kafka`` service and the database URLs
   (SQLAlchemy ``make_url``) to the ``postgres`` service, its user and database; production mode, JSON logs.
7. Secrets are required substitutions (``${VAR:?message}``), never values in the file; only the API gets the
   JWT secret.
8. The API serves on the published port 8000; the projector runs ``hub project`` with two replicas; both
   depend on healthy ``kafka`` and ``postgres``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hub.config import ConfigError, Mode, Settings, parse_log_url

SERVICES = ("kafka", "postgres", "api", "projector")
KAFKA_IMAGE = re.compile(r"^apache/kafka:(?P<major>\d+)\.(?P<minor>\d+)\.\d+$")
POSTGRES_IMAGE = re.compile(r"^postgres:\d+(\.\d+)?(-[a-z0-9.]+)?$")
REQUIRED_SUBSTITUTION = re.compile(r"^\$\{(?P<name>[A-Z0-9_]+):\?[^}]+\}$")
SUBSTITUTION = re.compile(r"\$\$|\$\{(?P<name>[A-Za-z0-9_]+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")
SECRET_KEYS = ("HUB_JWT_SECRET", "HUB_JWT_PRIVATE_KEY", "POSTGRES_PASSWORD")
HEALTH_PROBES = {"kafka": "kafka-broker-api-versions.sh", "postgres": "pg_isready", "api": "/healthz"}


class ComposeError(ValueError):
    """A required variable of the compose file is unset."""


def load(path: str | Path) -> dict[str, Any]:
    import yaml

    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def interpolate(value: str, env: Mapping[str, str]) -> str:
    """Compose's variable substitution: ``${V}``, ``${V:-default}``, ``${V-default}``, ``${V:?error}``, ``$$``."""
    def one(match: re.Match) -> str:
        if match.group(0) == "$$":
            return "$"
        name, op, arg = match.group("name"), match.group("op"), match.group("arg")
        current = env.get(name)
        unset, empty = current is None, not current
        if op in (":?", "?") and (unset or (op == ":?" and empty)):
            raise ComposeError(f"{name}: {arg}")
        if op in (":-", "-") and (unset or (op == ":-" and empty)):
            return arg
        return current or ""

    return SUBSTITUTION.sub(one, value)


def environment(service: Mapping[str, Any]) -> dict[str, str]:
    """A service's ``environment`` as a dict (compose allows a mapping or a list of ``KEY=VALUE``)."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in raw)
    return {str(k): "" if v is None else str(v) for k, v in raw.items()}


def problems(compose: Mapping[str, Any], env: Mapping[str, str]) -> list[str]:
    """Every way ``compose`` departs from the production shape (see the module docstring); [] if none."""
    services = compose.get("services") or {}
    found = [f"service {name!r} is missing" for name in SERVICES if name not in services]
    if found:
        return found
    found += _no_zookeeper(services)
    found += _kafka(services["kafka"])
    found += _postgres(services["postgres"])
    for name, service in services.items():
        found += _health_and_restart(name, service)
    found += _volumes(compose, services)
    found += _secrets(services)
    for name in ("api", "projector"):
        found += _hub_service(name, services[name], services, env)
    return found


def _no_zookeeper(services: Mapping[str, Any]) -> list[str]:
    return [f"service {name!r} is ZooKeeper: KRaft needs none" for name, service in services.items()
            if "zookeeper" in name.lower() or "zookeeper" in str(service.get("image", "")).lower()]


def _kafka(kafka: Mapping[str, Any]) -> list[str]:
    image, env, found = str(kafka.get("image", "")), environment(kafka), []
    pinned = KAFKA_IMAGE.match(image)
    if not pinned:
        found.append(f"kafka image {image!r} is not the official apache/kafka at a pinned x.y.z tag")
    elif (int(pinned["major"]), int(pinned["minor"])) < (3, 9):
        found.append(f"kafka image {image!r} is older than 3.9")
    if any(key.startswith("KAFKA_ZOOKEEPER") for key in env):
        found.append("kafka sets KAFKA_ZOOKEEPER_*: KRaft needs none")
    roles = set(env.get("KAFKA_PROCESS_ROLES", "").replace(" ", "").split(","))
    if roles != {"broker", "controller"}:
        found.append("kafka KAFKA_PROCESS_ROLES must be broker,controller (one combined node)")
    listeners = _listeners(env.get("KAFKA_LISTENERS", ""))
    controller = env.get("KAFKA_CONTROLLER_LISTENER_NAMES", "")
    if controller not in listeners:
        found.append(f"kafka KAFKA_CONTROLLER_LISTENER_NAMES {controller!r} names no listener of KAFKA_LISTENERS")
    node, voters = env.get("KAFKA_NODE_ID", ""), env.get("KAFKA_CONTROLLER_QUORUM_VOTERS", "")
    if not node.isdigit():
        found.append("kafka KAFKA_NODE_ID is not set to a number")
    elif voters != f"{node}@kafka:{listeners.get(controller, '?')}":
        found.append(f"kafka KAFKA_CONTROLLER_QUORUM_VOTERS {voters!r} is not {node}@kafka:<controller port>")
    advertised = _listeners(env.get("KAFKA_ADVERTISED_LISTENERS", ""), hosts=True)
    broker_listeners = {name: port for name, port in listeners.items() if name != controller}
    if not advertised or any(name not in broker_listeners or value != f"kafka:{broker_listeners[name]}"
                             for name, value in advertised.items()):
        found.append("kafka KAFKA_ADVERTISED_LISTENERS must advertise its broker listeners as kafka:<port>")
    if not env.get("CLUSTER_ID"):
        found.append("kafka CLUSTER_ID is not set (KRaft formats its storage with it)")
    for key in ("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"):
        if env.get(key) != "1":
            found.append(f"kafka {key} must be 1 on a single node")
    return found


def _listeners(spec: str, hosts: bool = False) -> dict[str, str]:
    """``NAME://host:port,...`` -> ``{NAME: port}`` (or ``{NAME: "host:port"}``)."""
    out = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, address = item.partition("://")
        out[name] = address if hosts else address.rpartition(":")[2]
    return out


def _postgres(postgres: Mapping[str, Any]) -> list[str]:
    image = str(postgres.get("image", ""))
    if not POSTGRES_IMAGE.match(image):
        return [f"postgres image {image!r} is not the official postgres image at a pinned major version"]
    return []


def _health_and_restart(name: str, service: Mapping[str, Any]) -> list[str]:
    found, check = [], service.get("healthcheck") or {}
    test = check.get("test")
    if not test or check.get("disable") or test in (["NONE"], "NONE"):
        found.append(f"service {name!r} has no health check")
    elif name in HEALTH_PROBES and HEALTH_PROBES[name] not in " ".join(test if isinstance(test, list) else [test]):
        found.append(f"service {name!r} health check does not use {HEALTH_PROBES[name]}")
    if service.get("restart") != "unless-stopped":
        found.append(f"service {name!r} does not restart unless-stopped")
    return found


def _volumes(compose: Mapping[str, Any], services: Mapping[str, Any]) -> list[str]:
    declared, found = set(compose.get("volumes") or {}), []
    for name, service in services.items():
        for volume in service.get("volumes") or []:
            source = volume.get("source", "") if isinstance(volume, dict) else str(volume).split(":")[0]
            if source and not source.startswith((".", "/", "~")) and source not in declared:
                found.append(f"service {name!r} uses the undeclared volume {source!r}")
    data_dirs = {"kafka": environment(services["kafka"]).get("KAFKA_LOG_DIRS", "/var/lib/kafka/data"),
                 "postgres": environment(services["postgres"]).get("PGDATA", "/var/lib/postgresql/data")}
    for name, path in data_dirs.items():
        mounts = [str(v).split(":") for v in services[name].get("volumes") or [] if isinstance(v, str)]
        if not any(len(m) >= 2 and m[0] in declared and path.startswith(m[1]) for m in mounts):
            found.append(f"service {name!r} keeps its data ({path}) outside a declared named volume")
    return found


def _secrets(services: Mapping[str, Any]) -> list[str]:
    found = []
    for name, service in services.items():
        for key, value in environment(service).items():
            if key.upper() in SECRET_KEYS and not REQUIRED_SUBSTITUTION.match(value):
                found.append(f"service {name!r} {key} is not a required substitution ${{{key}:?...}}")
    if "HUB_JWT_SECRET" not in environment(services["api"]):
        found.append("the api has no HUB_JWT_SECRET")
    if any(key.upper().startswith("HUB_JWT_") for key in environment(services["projector"])):
        found.append("the projector gets a JWT key: it neither issues nor verifies tokens")
    return found


def _hub_service(name: str, service: Mapping[str, Any], services: Mapping[str, Any],
                 env: Mapping[str, str]) -> list[str]:
    found, fields = [], set(Settings.model_fields)
    values, unset = {}, []
    for key, value in environment(service).items():
        try:
            values[key] = interpolate(value, env)
        except ComposeError as exc:
            unset.append(f"service {name!r} {key} needs {exc}")
    if unset:
        return unset
    hub = {key[4:].lower(): value for key, value in values.items() if key.upper().startswith("HUB_")}
    found += [f"service {name!r} sets HUB_{key.upper()}, which is no hub setting" for key in hub if key not in fields]
    try:
        settings = Settings(**{key: value for key, value in hub.items() if key in fields})
        if name == "api":
            settings.require_reader_keys()
    except (ConfigError, ValueError) as exc:
        return found + [f"service {name!r} settings are invalid: {exc}"]
    if settings.mode is not Mode.PRODUCTION or settings.effective_log_format != "json":
        found.append(f"service {name!r} must run in production mode with JSON logs")
    found += _urls(name, settings, environment(services["postgres"]), environment(services["kafka"]))
    found += _runs(name, service, settings)
    return found


def _urls(name: str, settings: Settings, postgres: Mapping[str, str], kafka: Mapping[str, str]) -> list[str]:
    from sqlalchemy.engine import make_url

    found, log = [], parse_log_url(settings.effective_log_url)
    advertised = set(_listeners(kafka.get("KAFKA_ADVERTISED_LISTENERS", ""), hosts=True).values())
    if log.kind != "kafka" or not set(log.bootstrap) <= advertised:
        found.append(f"service {name!r} HUB_LOG_URL does not name the kafka service's advertised listener")
    for key, url in (("HUB_DB_URL", settings.effective_db_url), ("HUB_STATE_URL", settings.effective_state_url)):
        try:
            parsed = make_url(url)
        except Exception as exc:  # sqlalchemy's ArgumentError
            found.append(f"service {name!r} {key} is no database URL: {exc}")
            continue
        wanted = ("postgresql+psycopg", "postgres", postgres.get("POSTGRES_USER", "postgres"),
                  postgres.get("POSTGRES_DB", postgres.get("POSTGRES_USER", "postgres")))
        if (parsed.drivername, parsed.host, parsed.username, parsed.database) != wanted:
            found.append(f"service {name!r} {key} is not postgresql+psycopg://<user>@postgres/<db> "
                         "of the postgres service")
    return found


def _runs(name: str, service: Mapping[str, Any], settings: Settings) -> list[str]:
    found, command = [], service.get("command")
    command = command.split() if isinstance(command, str) else list(command or [])
    wanted = "serve" if name == "api" else "project"
    if command[:1] != [wanted]:
        found.append(f"service {name!r} does not run `hub {wanted}`")
    if name == "api":
        published = [str(p) for p in service.get("ports") or []]
        if settings.host != "0.0.0.0" or f"{settings.port}:{settings.port}" not in published or settings.port != 8000:
            found.append("the api must listen on 0.0.0.0:8000 and publish port 8000")
    elif (service.get("deploy") or {}).get("replicas") != 2:
        found.append("the projector must run 2 replicas (deploy.replicas: 2)")
    depends = service.get("depends_on") or {}
    for needed in ("kafka", "postgres"):
        if not isinstance(depends, dict) or (depends.get(needed) or {}).get("condition") != "service_healthy":
            found.append(f"service {name!r} does not wait for a healthy {needed}")
    return found
