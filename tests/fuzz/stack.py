"""A hub to fuzz: one stack (embedded log + SQLite views, or Kafka + PostgreSQL) served in-process on its own event
loop thread, seeded with a small school, its projectors running, and a token for every kind of caller.

``FuzzStack(settings)`` is a context manager; ``send(method, url, headers, params, content)`` makes one request
from any thread and answers ``Sent(status, body)``. ``Watch`` sits outside the app and records what a client could
not see: an exception after the answer had started (a streamed answer cut short) is a failure even though the
status line said 200.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import select

from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import Hub, build_hub
from hub.config import Settings
from hub.ingest.raw import raw_batches
from hub.projector.dead_letters import dead_letters
from hub.projector.runner import project_all
from hub.projector.supervisor import run_projections
from tests import views_scenario as scenario

SCHOOLS = (scenario.Q, scenario.T)
HOSTILE_NAME = "=HYPERLINK(\"http://evil.example/\")\x07 a<b & c\ufffe"


def seed_records() -> list[dict]:
    """The student-view scenario (two schools, hand-checked answers) plus a subject whose name holds hostile text
    (a formula, a control character, markup, a noncharacter) with a lesson and a mark, so that every export of
    the school writes it."""
    return [*scenario.all_records(),
            scenario.rec("subject.defined", "s-hostile", {"subject_id": "hostile", "name": HOSTILE_NAME}),
            scenario.rec("lesson.scheduled", "l-hostile", {"lesson_id": "l-hostile", "class_id": "5a",
                                                            "subject_id": "hostile", "date": "2026-10-21",
                                                            "slot": 5, "topic": "<script>\x0b"}),
            scenario.rec("grade.recorded", "g-hostile", {"grade_id": "g-hostile", "student_id": "anna",
                                                          "lesson_id": "l-hostile", "value": "4",
                                                          "scale": "five_point", "comment": "=1+1\x01"})]


@dataclass
class Sent:
    status: int
    body: bytes
    broken: str | None = None  # an exception the app raised after the answer started


@dataclass
class Watch:
    """ASGI wrapper recording, per request, an exception the app let out (requests are sent one at a time)."""

    app: Callable
    last_error: str | None = None

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        self.last_error = None
        try:
            await self.app(scope, receive, send)
        except Exception as exc:  # noqa: BLE001 - recorded as the finding
            self.last_error = repr(exc)[:500]
            raise


@dataclass
class FuzzStack:
    settings: Settings
    name: str = "embedded"
    hub: Hub | None = None
    identities: dict[str, dict[str, str]] = field(default_factory=dict)
    known: dict[str, list[Any]] = field(default_factory=dict)  # path/query parameter -> ids that exist

    def __enter__(self) -> "FuzzStack":
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=f"fuzz-{self.name}", daemon=True)
        self._thread.start()
        self._run(self._start())
        return self

    def __exit__(self, *_exc: object) -> None:
        try:
            self._run(self._stop())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop.close()

    def _run(self, coro, timeout: float = 300) -> Any:  # noqa: ANN001
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def send(self, method: str, url: str, headers: dict[str, str] | None = None, params: Any = None,
             content: bytes | None = None) -> Sent:
        return self._run(self._send(method, url, headers or {}, params, content), timeout=120)

    async def _send(self, method: str, url: str, headers: dict[str, str], params: Any, content: bytes | None) -> Sent:
        response = await self._http.request(method, url, headers=headers, params=params, content=content)
        return Sent(response.status_code, response.content, self._watch.last_error)

    async def _start(self) -> None:
        self.hub = hub = build_hub(self.settings)
        await hub.start()
        self._watch = Watch(create_app(hub))
        self._http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self._watch, raise_app_exceptions=False),
                                       base_url="http://hub", timeout=120)
        self.identities = self._identities(hub)
        answer = await self._http.post("/v1/ingest/native", json=seed_records(), headers=self.identities["native"])
        summary = answer.json()["summary"]
        if answer.status_code != 200 or summary["rejected"]:
            raise RuntimeError(f"seeding the fuzz school failed: {answer.text[:2000]}")
        await project_all(hub.log, hub.views)
        self.known = await asyncio.to_thread(self._known_values, hub)
        self._stop_projectors = asyncio.Event()
        self._projectors = asyncio.create_task(run_projections((hub.log, hub.views), stop=self._stop_projectors,
                                                               refresh_s=60))

    async def _stop(self) -> None:
        self._stop_projectors.set()
        await asyncio.gather(self._projectors, return_exceptions=True)
        await self._http.aclose()
        await self.hub.close()

    def dead_letters(self) -> list[str]:
        """Events a projection could not apply (what ingest let in that a view could not take): each a finding."""
        with self.hub.views.connect() as conn:
            rows = conn.execute(select(dead_letters.c.projection, dead_letters.c.event_type, dead_letters.c.error))
            return [f"{row.projection}: {row.event_type}: {row.error[:300]}" for row in rows]

    @staticmethod
    def _identities(hub: Hub) -> dict[str, dict[str, str]]:
        """Every kind of caller: the roles of the read API, each adapter's vendor client, no token, a bad one."""
        def reader(sub: str, role: Role, school: str | None = None) -> dict[str, str]:
            return {"Authorization": f"Bearer {hub.tokens.issue(sub, role, school)}"}

        def vendor(adapter: str) -> dict[str, str]:
            return {"Authorization": f"Bearer {hub.clients.create(adapter, list(SCHOOLS))[1]}"}

        return {
            "guardian": reader(scenario.q("mother"), Role.GUARDIAN), "student": reader(scenario.q("anna"), Role.STUDENT),
            "teacher": reader(scenario.q("t-math"), Role.TEACHER, scenario.Q),
            "class_teacher": reader(scenario.q("t-class"), Role.CLASS_TEACHER, scenario.Q),
            "head_teacher": reader("head", Role.HEAD_TEACHER, scenario.Q),
            "auditor_school": reader("aud-q", Role.AUDITOR, scenario.Q), "auditor": reader("aud", Role.AUDITOR),
            "operator": reader("op", Role.OPERATOR),
            "native": vendor("native"), "dnevnik_ru": vendor("dnevnik_ru"), "elzhur": vendor("elzhur"),
            "no_token": {}, "bad_token": {"Authorization": "Bearer not-a-token"},
        }

    @staticmethod
    def _known_values(hub: Hub) -> dict[str, list[Any]]:
        """Values that name real rows, so that generated reads reach the database and the exports."""
        with hub.raw.engine.connect() as conn:
            batches = list(conn.execute(select(raw_batches.c.batch_id)).scalars())
        q, t = scenario.q, scenario.t  # the canonical ids the native adapter gave the scenario's entities
        return {
            "student_id": [q("anna"), q("boris"), q("vera"), t("gleb")],
            "class_id": [q("5a"), q("5a-g1"), q("6a"), t("7b")],
            "school_id": list(SCHOOLS), "subject_id": [q("math"), q("eng"), q("pe"), q("hostile"), t("t-math")],
            "grade_id": [q("g1"), q("g3"), q("g4"), q("g-hostile")], "batch_id": batches, "index": [0, 1, 40, 80],
            "adapter": ["native", "dnevnik_ru", "elzhur"], "chart": ["distribution.svg", "trend.png"],
            "school": list(SCHOOLS), "student": [q("anna"), t("gleb")], "subject": [q("math"), q("hostile")],
            "period": [q("q1"), q("q2"), q("h1"), q("y"), t("t1"), "current", "year", "quarter", "month", "week",
                       "day"],
            "week": ["2026-W43", "2026-W45", "2027-W07"], "date": ["2026-10-20", "2026-11-04", "2027-02-16"],
            "from": ["2026-10-19", "2026-09-01"], "to": ["2026-10-25", "2026-11-30"],
            "as_of": ["2026-12-01T00:00:00+03:00", "2099-01-01T00:00:00Z"], "year": [2026],
            "type": ["grade.recorded", "grade.recorded,lesson.scheduled"], "format": ["json", "csv", "xlsx", "pdf"],
            "min_position": ["0:0", "1:3"], "raw": ["false", "true"], "limit": [3], "after": ["0.0.0"],
        }
