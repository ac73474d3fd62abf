"""docker-compose.yml and the Dockerfile: the production shape, checked against the hub's own settings and parsers.

``hub.devtools.compose_check.problems`` is the validator: the committed file must give no problem, and each
mutation below (one way of breaking the file) must be named. Where the docker CLI has its compose plugin,
``docker compose config -q`` must accept the file too.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hub.devtools.compose_check import ComposeError, environment, interpolate, load, problems
from tests.brokers import COMPOSE_FILE, compose_image, kafka_container_env

ROOT = COMPOSE_FILE.parent
ENV = {"HUB_JWT_SECRET": "s" * 48, "POSTGRES_PASSWORD": "pw-ABC_123"}  # what an operator exports


@pytest.fixture(scope="module")
def compose() -> dict:
    return load(COMPOSE_FILE)


def broken(compose: dict, change: Callable[[dict], object]) -> list[str]:
    copied = copy.deepcopy(compose)
    change(copied["services"] | {"<root>": copied})
    return problems(copied, ENV)


def test_the_committed_file_has_the_production_shape(compose):
    assert problems(compose, ENV) == []
    assert set(compose["services"]) == {"kafka", "postgres", "api", "projector"}


def test_hub_keys_are_settings_fields_whatever_their_case(compose):
    def lower(s):
        env = s["api"]["environment"]
        env["hub_log_level"] = env.pop("HUB_LOG_LEVEL")

    assert broken(compose, lower) == []


def env_of(service: str, **changes: str | None) -> Callable[[dict], None]:
    def change(s: dict) -> None:
        env = s[service]["environment"]
        for key, value in changes.items():
            env.pop(key, None) if value is None else env.__setitem__(key, value)
    return change


def setter(service: str, *path: str, value: object = None) -> Callable[[dict], None]:
    """Set (or with ``value=None`` delete) ``s[service][path...]``."""
    def change(s: dict) -> None:
        target = s[service]
        for key in path[:-1]:
            target = target.setdefault(key, {})
        target.pop(path[-1], None) if value is None else target.__setitem__(path[-1], value)
    return change


MUTATIONS = {
    "no projector": (lambda s: s["<root>"]["services"].pop("projector"), "service 'projector' is missing"),
    "kafka latest": (setter("kafka", "image", value="apache/kafka:latest"), "pinned x.y.z tag"),
    "kafka not official": (setter("kafka", "image", value="bitnami/kafka:3.9.1"), "official apache/kafka"),
    "kafka too old": (setter("kafka", "image", value="apache/kafka:3.7.0"), "older than 3.9"),
    "zookeeper service": (lambda s: s["<root>"]["services"].update(zookeeper={"image": "zookeeper:3.9"}), "ZooKeeper"),
    "zookeeper connect": (env_of("kafka", KAFKA_ZOOKEEPER_CONNECT="zk:2181"), "KAFKA_ZOOKEEPER_*"),
    "broker only": (env_of("kafka", KAFKA_PROCESS_ROLES="broker"), "KAFKA_PROCESS_ROLES"),
    "no roles": (env_of("kafka", KAFKA_PROCESS_ROLES=None), "KAFKA_PROCESS_ROLES"),
    "no node id": (env_of("kafka", KAFKA_NODE_ID=None), "KAFKA_NODE_ID"),
    "foreign voter": (env_of("kafka", KAFKA_CONTROLLER_QUORUM_VOTERS="2@kafka:9093"), "QUORUM_VOTERS"),
    "voter on broker port": (env_of("kafka", KAFKA_CONTROLLER_QUORUM_VOTERS="1@kafka:9092"), "QUORUM_VOTERS"),
    "no controller listener": (env_of("kafka", KAFKA_LISTENERS="PLAINTEXT://:9092"), "CONTROLLER_LISTENER_NAMES"),
    "advertised localhost": (env_of("kafka", KAFKA_ADVERTISED_LISTENERS="PLAINTEXT://localhost:9092"),
                             "KAFKA_ADVERTISED_LISTENERS"),
    "no cluster id": (env_of("kafka", CLUSTER_ID=None), "CLUSTER_ID"),
    "offsets topic rf 3": (env_of("kafka", KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR="3"), "must be 1 on a single node"),
    "postgres latest": (setter("postgres", "image", value="postgres:latest"), "pinned major"),
    "postgres unpinned": (setter("postgres", "image", value="postgres"), "pinned major"),
    "projector unchecked": (setter("projector", "healthcheck"), "service 'projector' has no health check"),
    "postgres check off": (setter("postgres", "healthcheck", "disable", value=True), "'postgres' has no health"),
    "api checks /": (setter("api", "healthcheck", "test", value=["CMD", "true"]), "does not use /healthz"),
    "kafka checks port": (setter("kafka", "healthcheck", "test", value=["CMD", "nc", "-z", "localhost", "9092"]),
                          "kafka-broker-api-versions.sh"),
    "no restart": (setter("postgres", "restart"), "'postgres' does not restart unless-stopped"),
    "one projector": (setter("projector", "deploy", "replicas", value=1), "2 replicas"),
    "undeclared volume": (lambda s: s["<root>"]["volumes"].pop("kafka-data"), "undeclared volume 'kafka-data'"),
    "postgres data unmounted": (setter("postgres", "volumes", value=[]), "'postgres' keeps its data"),
    "kafka logs elsewhere": (env_of("kafka", KAFKA_LOG_DIRS="/tmp/kraft-combined-logs"), "'kafka' keeps its data"),
    "unknown hub setting": (env_of("api", HUB_PROJECTOR_THREADS="4"), "HUB_PROJECTOR_THREADS, which is no hub setting"),
    "log url to localhost": (env_of("projector", HUB_LOG_URL="kafka://localhost:9092"), "HUB_LOG_URL does not name"),
    "log url embedded": (env_of("api", HUB_LOG_URL="sqlite:///var/log.db"), "HUB_LOG_URL does not name"),
    "bad partitions": (env_of("api", HUB_LOG_URL="kafka://kafka:9092?partitions=0"), "settings are invalid"),
    "db on another host": (env_of("projector", HUB_DB_URL="postgresql+psycopg://hub@db:5432/hub"), "HUB_DB_URL is not"),
    "db with psycopg2": (env_of("api", HUB_DB_URL="postgresql://hub@postgres:5432/hub"), "HUB_DB_URL is not"),
    "db of another user": (env_of("api", HUB_DB_URL="postgresql+psycopg://root@postgres:5432/hub"),
                           "HUB_DB_URL is not"),
    "state url garbage": (env_of("api", HUB_STATE_URL="not a url"), "HUB_STATE_URL is no database URL"),
    "dev mode": (env_of("api", HUB_MODE="dev"), "production mode with JSON logs"),
    "console logs": (env_of("projector", HUB_LOG_FORMAT="console"), "production mode with JSON logs"),
    "bad port": (env_of("api", HUB_PORT="eighty"), "settings are invalid"),
    "committed jwt secret": (env_of("api", HUB_JWT_SECRET="x" * 48), "HUB_JWT_SECRET is not a required substitution"),
    "defaulted jwt secret": (env_of("api", HUB_JWT_SECRET="${HUB_JWT_SECRET:-" + "x" * 40 + "}"),
                             "HUB_JWT_SECRET is not a required substitution"),
    "committed db password": (env_of("postgres", POSTGRES_PASSWORD="hub"), "POSTGRES_PASSWORD is not a required"),
    "api without secret": (env_of("api", HUB_JWT_SECRET=None), "the api has no HUB_JWT_SECRET"),
    "projector with secret": (env_of("projector", HUB_JWT_SECRET="${HUB_JWT_SECRET:?set it}"), "projector gets a JWT"),
    "api runs project": (setter("api", "command", value=["project"]), "does not run `hub serve`"),
    "projector runs serve": (setter("projector", "command", value="serve"), "does not run `hub project`"),
    "api unpublished": (setter("api", "ports", value=[]), "publish port 8000"),
    "api on loopback": (env_of("api", HUB_HOST="127.0.0.1"), "0.0.0.0:8000"),
    "api started not healthy": (setter("api", "depends_on", "postgres", "condition", value="service_started"),
                                "'api' does not wait for a healthy postgres"),
    "projector list depends": (setter("projector", "depends_on", value=["kafka", "postgres"]),
                               "'projector' does not wait for a healthy kafka"),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_each_way_of_breaking_the_file_is_named(compose, name):
    change, expected = MUTATIONS[name]
    found = broken(compose, change)
    assert any(expected in problem for problem in found), found


def test_unset_secrets_are_named_not_guessed(compose):
    found = problems(compose, {})
    assert any("HUB_JWT_SECRET needs HUB_JWT_SECRET" in p for p in found), found
    assert any("HUB_DB_URL needs POSTGRES_PASSWORD" in p for p in found), found


def test_interpolation_follows_compose():
    env = {"SET": "v", "EMPTY": ""}
    assert interpolate("a${SET}b$${SET}", env) == "avb${SET}"
    assert interpolate("${UNSET:-d}|${EMPTY:-d}|${EMPTY-d}|${UNSET-d}", env) == "d|d||d"
    assert interpolate("${EMPTY?ok}", env) == ""
    with pytest.raises(ComposeError, match="EMPTY: give it"):
        interpolate("${EMPTY:?give it}", env)


def test_the_test_containers_run_the_images_and_settings_of_the_compose_file(compose):
    assert compose_image("kafka") == compose["services"]["kafka"]["image"]
    assert compose_image("postgres") == compose["services"]["postgres"]["image"]
    container, production = kafka_container_env(), environment(compose["services"]["kafka"])
    assert "KAFKA_ADVERTISED_LISTENERS" not in container  # written at start, with the mapped port
    same = {k for k in production if not k.endswith(("LISTENERS", "LISTENER_NAME", "PROTOCOL_MAP", "QUORUM_VOTERS"))}
    assert {k: container[k] for k in same} == {k: production[k] for k in same}


def test_the_projector_health_check_passes_once_every_projection_has_claimed_offsets(compose, tmp_path):
    from hub.projector import offsets
    from hub.store.db import make_engine
    from projections import ALL_PROJECTIONS, create_schema

    test = compose["services"]["projector"]["healthcheck"]["test"]
    assert test[:3] == ["CMD", "python", "-c"]
    url = f"sqlite:///{tmp_path / 'views.db'}"
    env = {**os.environ, "HUB_DB_URL": url, "HUB_MODE": "dev"}

    def check() -> int:
        return subprocess.run([sys.executable, "-c", test[3]], env=env, capture_output=True, timeout=60).returncode

    engine = make_engine(url)
    try:
        create_schema(engine)  # what the API does on start: tables, but no projector has joined yet
        assert check() == 1
        first, *rest = ALL_PROJECTIONS
        offsets.claim(engine, first.name, first.version, [0])
        assert check() == 1
        for projection in rest:
            offsets.claim(engine, projection.name, projection.version, [0])
        assert check() == 0
    finally:
        engine.dispose()


def docker_compose() -> list[str] | None:
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True, timeout=30).returncode == 0:
        return [docker, "compose"]
    return None


@pytest.mark.skipif(docker_compose() is None, reason="docker compose config not run: the docker CLI with the "
                    "compose plugin is not on the PATH here (the file is checked by problems() above)")
def test_docker_compose_accepts_the_file_and_refuses_a_missing_secret():
    command = [*docker_compose(), "-f", str(COMPOSE_FILE), "config", "-q"]
    base = {k: v for k, v in os.environ.items() if k not in ENV}
    ok = subprocess.run(command, env=base | ENV, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    missing = subprocess.run(command, env=base | {"POSTGRES_PASSWORD": "pw"}, capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode != 0 and "HUB_JWT_SECRET" in missing.stderr, missing.stderr


# The image ------------------------------------------------------------------------------------------------------


def dockerfile() -> list[list[str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    return [line.split() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_the_image_is_slim_non_root_without_test_extras_and_runs_hub():
    lines = dockerfile()
    assert {line[1] for line in lines if line[0] == "FROM"} == {"python:3.11-slim"}
    final = lines[max(i for i, line in enumerate(lines) if line[0] == "FROM"):]
    users = [line[1] for line in final if line[0] == "USER"]
    assert users and users[-1] not in ("root", "0"), users
    assert ["ENTRYPOINT", '["hub"]'] in final
    installs = [" ".join(line) for line in lines if line[0] == "RUN" and "pip install" in " ".join(line)]
    assert installs and not any("[test" in i or "-e " in i for i in installs), installs
    assert any(i.endswith("pip install --no-deps .") or "pip install --no-deps . " in i for i in installs), installs


def test_the_build_context_holds_what_the_dockerfile_copies_and_not_the_venv():
    ignore = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert ignore[0] == "*", "the context is an allow-list"
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    copied = {line[1] for line in dockerfile() if line[0] == "COPY" and not line[1].startswith("--from")}
    assert copied <= allowed, copied - allowed
    packages = {"hub", "adapters", "projections"}  # [tool.setuptools.packages.find] include
    assert packages <= copied and {"pyproject.toml", "README.md"} <= copied
    assert not any(name.startswith((".venv", "tests", "var")) for name in allowed)
