"""Who may read what (issue 4 §7): every reader role x every student read endpoint x own and foreign students,
on SQLite views and on PostgreSQL views. A refused read is exactly ``404 student not found`` (or ``subject not
found`` for a subject outside a subject teacher's scope); an allowed one is 200 and shows exactly the subjects in
the reader's scope.

Table-driven: ``READERS`` (who), ``SCOPES`` (what each may see of each student of ``tests/views_scenario.py``),
``ENDPOINTS`` (how to ask and which subjects an answer shows). The tables name people, subjects and periods by
their local ids in the scenario's records; ``Endpoint`` and ``bearer`` turn them into the canonical ids
(``native:<school>:<local id>``) the API takes and answers. To cover another student-level endpoint, add an
``Endpoint``; class- or school-level endpoints add their own resource table the same way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import docx
import httpx
import openpyxl
import pytest
import pytest_asyncio
from pypdf import PdfReader

from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from hub.projector.runner import project_all
from tests import views_scenario as sc
from tests.brokers import fresh_database
from tests.views_scenario import q, t

pytestmark = pytest.mark.asyncio(loop_scope="module")

ALL = "all subjects"
NAMES = {"Математика": q("math"), "Английский язык": q("eng"), "Физкультура": q("pe"), "История": q("hist"),
         "Алгебра": t("t-math")}
STUDENTS = ("anna", "boris", "vera", "gleb")
# Subjects each student has in the endpoints' spans (lessons, marks or final marks), and subjects per school.
FULL = {"anna": {"math", "eng", "pe"}, "boris": {"math", "eng", "pe"}, "vera": {"hist"}, "gleb": {"t-math"}}
SCHOOL_OF = {"anna": sc.Q, "boris": sc.Q, "vera": sc.Q, "gleb": sc.T}
SCHOOL_SUBJECTS = {sc.Q: {"math", "eng", "pe", "hist"}, sc.T: {"t-math"}}

READERS: dict[str, tuple[str, Role, str | None]] = {
    "guardian": ("mother", Role.GUARDIAN, None),
    "student": ("anna", Role.STUDENT, None),
    "subject_teacher": ("t-math", Role.TEACHER, sc.Q),  # mathematics in 5А
    "subgroup_teacher": ("t-eng", Role.TEACHER, sc.Q),  # English in 5А's group 1 (anna's, not boris's)
    "teacher_other_school": ("t-math", Role.TEACHER, sc.T),
    "class_teacher": ("t-class", Role.CLASS_TEACHER, sc.Q),  # 5А
    "head_teacher": ("head", Role.HEAD_TEACHER, sc.Q),
    "auditor": ("aud", Role.AUDITOR, None),
    "operator": ("op", Role.OPERATOR, None),
}
# What each reader may see of each student; a student not listed is refused (404).
SCOPES: dict[str, dict[str, Any]] = {
    "guardian": {"anna": ALL},
    "student": {"anna": ALL},
    "subject_teacher": {"anna": {"math"}, "boris": {"math"}},
    "subgroup_teacher": {"anna": {"eng"}},
    "teacher_other_school": {},
    "class_teacher": {"anna": ALL, "boris": ALL},
    "head_teacher": {"anna": ALL, "boris": ALL, "vera": ALL},
    "auditor": {},
    "operator": {},
}
SPAN = {"from": "2026-10-19", "to": "2026-11-08"}


def _diary_subjects(body: dict) -> set[str]:
    found = set()
    for day in body["days"]:
        found |= {lesson["subject"]["id"] for lesson in day["lessons"]}
        found |= {item["subject"]["id"] for item in day["homework_due"] + day["marks_without_lesson"]}
    return found


def _csv_subjects(response: httpx.Response) -> set[str]:
    """The default CSV (Excel in a Russian locale): ';'-separated, subjects by name."""
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))[1:]
    return {NAMES[row[0]] for row in rows}


def _rfc4180_subjects(response: httpx.Response) -> set[str]:
    return {row[0] for row in list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[1:]}


def _xlsx_subjects(response: httpx.Response) -> set[str]:
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    return {NAMES[row[0].value] for row in sheet.iter_rows(min_row=3)}


def _docx_subjects(response: httpx.Response) -> set[str]:
    document = docx.Document(io.BytesIO(response.content))
    return {NAMES[row.cells[0].text] for table in document.tables for row in table.rows[1:]}


def _pdf_subjects(response: httpx.Response) -> set[str]:
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    return {subject for name, subject in NAMES.items() if name in text}


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str  # with {student} (and {subject} for a one-subject endpoint)
    params: dict[str, str]
    shown: Callable[[httpx.Response], set[str]]  # the subjects (canonical ids) an answer shows
    subject: str | None = None  # set for a one-subject endpoint: 200 only if the subject is in scope
    full: dict[str, set[str]] | None = None  # the subjects each student has in this endpoint's span (default FULL)
    period: str | None = None  # a local period id for ?period=

    def url(self, student: str) -> str:
        """The path for a local student id, with the student's and the subject's ids of the student's school."""
        school = SCHOOL_OF[student]
        subject = q(self.subject, school) if self.subject else None
        return self.path.format(student=q(student, school), subject=subject)

    def query(self, student: str) -> dict[str, str]:
        return {**self.params, "period": q(self.period, SCHOOL_OF[student])} if self.period else self.params

    def expected(self, reader: str, student: str) -> set[str] | None:
        """The subjects (canonical ids) the answer must show, or None when the answer must be 404."""
        scope = SCOPES[reader].get(student)
        if scope is None:
            return None
        if self.subject is not None:
            known = self.subject in SCHOOL_SUBJECTS[SCHOOL_OF[student]]
            local = {self.subject} if known and (scope == ALL or self.subject in scope) else None
        else:
            full = (self.full or FULL)[student]
            local = set(full) if scope == ALL else full & scope
        return None if local is None else {q(subject, SCHOOL_OF[student]) for subject in local}


def _schedule_subjects(response: httpx.Response) -> set[str]:
    return {lesson["subject"]["id"] for day in response.json()["days"] for lesson in day["lessons"]}


WEEK_43 = {"anna": {"math", "eng"}, "boris": {"math", "eng"}, "vera": {"hist"}, "gleb": set()}  # 19-25 Oct 2026
ENDPOINTS = [
    Endpoint("schedule", "/v1/students/{student}/schedule", {"week": "2026-W43"}, _schedule_subjects, full=WEEK_43),
    Endpoint("diary", "/v1/students/{student}/diary", SPAN, lambda r: _diary_subjects(r.json())),
    Endpoint("final-grades", "/v1/students/{student}/final-grades", {"year": "2026"},
             lambda r: {s["subject"]["id"] for s in r.json()["subjects"]}),
    Endpoint("subject-math", "/v1/students/{student}/subjects/{subject}", {},
             lambda r: {r.json()["subject"]["id"]}, subject="math", period="y"),
    Endpoint("subject-eng", "/v1/students/{student}/subjects/{subject}", {"period": "year", "date": "2026-10-20"},
             lambda r: {r.json()["subject"]["id"]}, subject="eng"),
    Endpoint("grades-json", "/v1/students/{student}/grades", SPAN,
             lambda r: {s["subject"]["id"] for s in r.json()["subjects"]}),
    Endpoint("grades-csv", "/v1/students/{student}/grades", {**SPAN, "format": "csv"}, _csv_subjects),
    Endpoint("grades-csv-rfc4180", "/v1/students/{student}/grades", {**SPAN, "format": "csv", "dialect": "rfc4180"},
             _rfc4180_subjects),
    Endpoint("grades-xlsx", "/v1/students/{student}/grades", {**SPAN, "format": "xlsx"}, _xlsx_subjects),
    Endpoint("grades-docx", "/v1/students/{student}/grades", {**SPAN, "format": "docx"}, _docx_subjects),
    Endpoint("grades-pdf", "/v1/students/{student}/grades", {**SPAN, "format": "pdf"}, _pdf_subjects),
]
CASES = [(reader, endpoint, student) for reader in READERS for endpoint in ENDPOINTS for student in STUDENTS]


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=["sqlite", pytest.param(
    "postgres", marks=pytest.mark.postgres)])
async def hub_http(request, tmp_path_factory):
    """One seeded hub per views engine for the whole matrix (the embedded log; views in SQLite or PostgreSQL)."""
    data_dir = tmp_path_factory.mktemp("matrix")
    if request.param == "postgres":
        databases = fresh_database(request.getfixturevalue("postgres_url"))
        settings = Settings(mode=Mode.DEV, data_dir=data_dir, db_url=databases.__enter__())
    else:
        databases, settings = None, Settings(mode=Mode.DEV, data_dir=data_dir)
    hub = build_hub(settings)
    await hub.start()
    transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
        _client, token = hub.clients.create("native", [sc.Q, sc.T])
        body = (await http.post("/v1/ingest/native", json=sc.all_records(),
                                headers={"Authorization": f"Bearer {token}"})).json()
        assert body["summary"]["rejected"] == 0, body
        await project_all(hub.log, hub.views)
        yield hub, http
    await hub.close()
    if databases is not None:
        databases.__exit__(None, None, None)


def bearer(hub, reader: str) -> dict[str, str]:
    """The reader's token: its ``sub`` is the person's canonical id in sch-q (auditor and operator: their name)."""
    sub, role, school = READERS[reader]
    person = sub if role in (Role.AUDITOR, Role.OPERATOR) else q(sub)
    return {"Authorization": f"Bearer {hub.tokens.issue(person, role, school)}"}


@pytest.mark.parametrize("reader, endpoint, student", CASES,
                         ids=[f"{r}-{e.name}-{s}" for r, e, s in CASES])
async def test_access_matrix(hub_http, reader, endpoint, student):
    hub, http = hub_http
    response = await http.get(endpoint.url(student), params=endpoint.query(student), headers=bearer(hub, reader))
    expected = endpoint.expected(reader, student)
    if expected is None:
        assert response.status_code == 404, response.text
        what = "subject" if endpoint.subject and SCOPES[reader].get(student) is not None else "student"
        assert response.json() == {"error": {"code": "not_found", "message": f"{what} not found"}}
    else:
        assert response.status_code == 200, response.text
        assert endpoint.shown(response) == expected


@pytest.mark.parametrize("reader", list(READERS))
async def test_children_list_only_a_guardians_own(hub_http, reader):
    hub, http = hub_http
    response = await http.get("/v1/me/children", headers=bearer(hub, reader))
    assert response.status_code == 200
    assert [c["student_id"] for c in response.json()["children"]] == ([q("anna")] if reader == "guardian" else [])


async def test_the_matrix_covers_every_student_read_endpoint(hub_http):
    _hub, http = hub_http
    spec = (await http.get("/openapi.json")).json()
    paths = {path for path in spec["paths"] if path.startswith("/v1/students/")}
    covered = {e.path.replace("{student}", "{student_id}").replace("{subject}", "{subject_id}") for e in ENDPOINTS}
    assert paths == covered


# The change feed (GET /v1/me/feed): a guardian's children and a student themself; every other role has no feed.
FEED_OWN = {"guardian": {"anna"}, "student": {"anna"}}
FEED_CASES = [(reader, student) for reader in READERS for student in (None, *STUDENTS)]


@pytest.mark.parametrize("reader, student", FEED_CASES, ids=[f"{r}-feed-{s or 'all'}" for r, s in FEED_CASES])
async def test_the_feed_holds_only_a_readers_own_children(hub_http, reader, student):
    hub, http = hub_http
    params = {"format": "json", "after": ",".join(f"{hub.log.partition_for(s)}:0" for s in (sc.Q, sc.T))}
    if student is not None:
        params["student"] = q(student, SCHOOL_OF[student])
    response = await http.get("/v1/me/feed", params=params, headers=bearer(hub, reader))
    own = FEED_OWN.get(reader)
    if own is None or (student is not None and student not in own):
        what = "feed" if own is None else "student"
        assert response.status_code == 404, response.text
        assert response.json() == {"error": {"code": "not_found", "message": f"{what} not found"}}
        return
    assert response.status_code == 200, response.text
    shown = {s for event in response.json()["events"] for s in event["student_ids"]}
    assert shown == {q(s, SCHOOL_OF[s]) for s in ({student} if student else own)}


# Operator endpoints (what no school reader may see across schools): the operator alone; everyone else 404.
OPERATOR_ENDPOINTS = [("/v1/operator/transfers", {}), ("/v1/operator/average-disagreements", {"school": sc.Q}),
                      ("/v1/operator/subject-links", {"school": sc.Q})]  # its POST: tests/integration/test_subject_crosswalk.py
OPERATOR_CASES = [(reader, path, params) for reader in READERS for path, params in OPERATOR_ENDPOINTS]


@pytest.mark.parametrize("reader, path, params", OPERATOR_CASES,
                         ids=[f"{r}-{p.rsplit('/', 1)[1]}" for r, p, _ in OPERATOR_CASES])
async def test_operator_endpoints_answer_operators_alone(hub_http, reader, path, params):
    hub, http = hub_http
    response = await http.get(path, params=params, headers=bearer(hub, reader))
    if reader == "operator":
        assert response.status_code == 200, response.text
    else:
        assert response.status_code == 404, response.text
        assert response.json() == {"error": {"code": "not_found", "message": "resource not found"}}


async def test_the_matrix_covers_every_operator_endpoint(hub_http):
    _hub, http = hub_http
    spec = (await http.get("/openapi.json")).json()
    assert {path for path in spec["paths"] if path.startswith("/v1/operator/")} == {p for p, _ in OPERATOR_ENDPOINTS}
