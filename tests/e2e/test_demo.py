"""``hub demo`` end to end: seeds through HTTP in all three formats (5А native, 5Б Dnevnik.ru, 6А Elzhur), views
catch up, nothing is left parked, and a restart keeps the data (re-sent = duplicates) and its vendor clients. The
terminal shows one line and then the banner, last; the hub's log lines go to a file. The records arrive at the
evening of the last day sent, whatever the session's clock, so the demo works at any date; the teachers' quarter
marks reach both of the demo guardian's children (Dnevnik.ru and Elzhur pupils)."""

from __future__ import annotations

import datetime as dt
import socket

import httpx

from hub.config import Mode, Settings
from hub.events.envelope import decode
from hub.demo.run import run_demo
from hub.demo.run import DATA_FORMAT, FORMAT_FILE, set_aside_older_data
from hub.demo.vendor_formats import FORMATS, dnevnik_student, elzhur_student, native_id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_demo_seeds_serves_and_survives_a_restart(tmp_path, capsys):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path, port=free_port())
    until = dt.date(2026, 9, 4)  # the first school week keeps the test quick
    first = await run_demo(settings, until=until, serve_forever=False)
    assert first["caught_up"] and first["counts"]["accepted"] > 400 and first["counts"]["rejected"] == 0
    for fmt in FORMATS:
        counts = first["by_format"][fmt]
        assert counts["accepted"] > 0 and counts["rejected"] == 0 and counts["parked"] == 0, (fmt, counts)
        assert first["quarantined"][fmt] == 0, fmt  # GET /v1/ingest/<fmt>/quarantine: nothing left parked
    captured = capsys.readouterr()
    assert "/docs" in captured.out and dnevnik_student("st-5b-01") in captured.out
    _banner_alone_and_last(captured.out, captured.err, tmp_path)

    second = await run_demo(settings.model_copy(update={"port": free_port()}), until=until, serve_forever=False)
    assert second["counts"]["accepted"] == 0 and second["counts"]["rejected"] == 0
    assert second["counts"]["duplicate"] == first["counts"]["accepted"]
    for fmt in FORMATS:
        assert second["by_format"][fmt]["accepted"] == 0, (fmt, second["by_format"][fmt])
        assert second["by_format"][fmt]["duplicate"] == first["by_format"][fmt]["accepted"], fmt
        assert second["quarantined"][fmt] == 0, fmt
    assert second["caught_up"]
    assert second["vendor_tokens"] == first["vendor_tokens"]  # the demo's clients, reused
    assert first["subject_links"] == 16 and second["subject_links"] == 0  # 8 subjects x 2 other journals, once
    await _schedule_fills_itself(settings)
    await _each_subject_once_in_the_school_statistics(settings)
    assert sorted(client["adapter"] for client in _clients(settings)) == sorted(FORMATS)  # one each, two runs


def _banner_alone_and_last(out: str, err: str, data_dir) -> None:
    """One line says what is happening, the banner ends the output, and no log line reaches the terminal."""
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines[0].startswith("Seeding the demo school") and lines[-1].startswith("Press Ctrl-C to stop")
    for noise in ("records_accepted", "request_completed", "schema_upgraded", "projection_"):
        assert noise not in out and noise not in err, noise
    log = (data_dir / "demo.log").read_text()
    assert '"event": "records_accepted"' in log and '"event": "demo_seeded"' in log


def _clients(settings: Settings) -> list[dict]:
    from hub.bootstrap import build_hub

    hub = build_hub(settings)
    try:
        return hub.clients.list()
    finally:
        hub.state.dispose()
        hub.views.dispose()


async def _each_subject_once_in_the_school_statistics(settings: Settings) -> None:
    """The school keeps each subject on three journals; the demo's operator linked them (the hub's suggestions),
    so the school's statistics list "Математика" once, not once per journal."""
    from hub.api.app import create_app
    from hub.auth.readers import Role
    from hub.bootstrap import build_hub
    from hub.demo.dataset import SCHOOL

    hub = build_hub(settings)
    await hub.start()
    headers = {"Authorization": f"Bearer {hub.tokens.issue('head', Role.HEAD_TEACHER, SCHOOL)}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(hub)), base_url="http://hub") as http:
        body = (await http.get(f"/v1/schools/{SCHOOL}/statistics", params={"period": native_id("2026-q1")},
                               headers=headers)).json()
    await hub.close()
    names = [row["subject"]["name"] for row in body["subjects"]]
    assert names.count("Математика") == 1 and len(names) == len(set(names)) == 8, names


async def _schedule_fills_itself(settings: Settings) -> None:
    """5А's lessons were sent up to Friday 4 September: that week shows them alone (the timetable agrees, explicit
    lessons win their slots); the next week, with no lessons sent, comes whole from the timetable."""
    from hub.api.app import create_app
    from hub.auth.readers import Role
    from hub.bootstrap import build_hub
    from hub.demo.dataset import SCHOOL

    hub = build_hub(settings)
    await hub.start()
    headers = {"Authorization": f"Bearer {hub.tokens.issue('head', Role.HEAD_TEACHER, SCHOOL)}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(hub)), base_url="http://hub") as http:
        schedule = f"/v1/classes/{native_id('5a')}/schedule"
        weeks = {week: (await http.get(schedule, params={"week": week}, headers=headers)).json()
                 for week in ("2026-W36", "2026-W37")}
        autumn = (await http.get(schedule, params={"week": "2026-W44"}, headers=headers)).json()
    await hub.close()
    sent = [lesson for day in weeks["2026-W36"]["days"] for lesson in day["lessons"]]
    planned = [lesson for day in weeks["2026-W37"]["days"] for lesson in day["lessons"]]
    # six a day, and English in two groups on Tuesday to Thursday (and Monday): 4 x 6 + 3, then 5 x 6 + 4
    assert len(sent) == 27 and {lesson["source"] for lesson in sent} == {"lesson"}
    assert len(planned) == 34 and {lesson["source"] for lesson in planned} == {"timetable"}
    assert [(lesson["slot"], lesson["subject"]["name"]) for lesson in planned if lesson["date"] == "2026-09-11"][-1] == (
        6, "Литература")  # odd week: the every-other-week entry
    assert all(day["lessons"] == [] and day["holidays"] for day in autumn["days"])


async def test_demo_guardian_token_reads_two_children(tmp_path):
    port = free_port()
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path, port=port)
    last_day = dt.date(2026, 10, 23)  # the first quarter's last school day: the teachers set its marks
    summary = await run_demo(settings, until=last_day, serve_forever=False)
    # the server is stopped now; read through a fresh in-process app over the same files
    from hub.api.app import create_app
    from hub.bootstrap import build_hub

    hub = build_hub(settings)
    await hub.start()
    marks = await hub.log.high_watermarks()
    recorded = {dt.datetime.fromisoformat(decode(record.value).recorded_at)
                for p, end in marks.items() for record in await hub.log.read(p, 0, end)}
    seeded = dt.datetime(2026, 10, 23, 18, tzinfo=dt.timezone(dt.timedelta(hours=3)))  # whatever the clock says
    assert seeded <= min(recorded) and max(recorded) < seeded + dt.timedelta(minutes=10)
    headers = {"Authorization": f"Bearer {summary['token']}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(hub)), base_url="http://hub") as http:
        body = (await http.get("/v1/me/children", headers=headers)).json()
        diaries = {}
        for student in (dnevnik_student("st-5b-01"), elzhur_student("st-6a-01")):
            response = await http.get(f"/v1/students/{student}/diary", headers=headers,
                                      params={"from": "2026-09-01", "to": "2026-09-02"})
            assert response.status_code == 200, response.text
            diaries[student] = response.json()
            finals = (await http.get(f"/v1/students/{student}/final-grades", headers=headers,
                                     params={"year": "2026"})).json()
            quarter = [p for s in finals["subjects"] for p in s["periods"] if p["period_id"].endswith(":2026-q1")]
            assert len(quarter) == 8 and all(len(p["final_marks"]) == 1 for p in quarter), student
            assert all(p["marks_count"] >= 3 for p in quarter), student  # several marks in every subject
    await hub.close()
    assert sorted(c["student_id"] for c in body["children"]) == sorted(diaries)  # one Dnevnik.ru, one Elzhur child
    for student, diary in diaries.items():
        lessons = [lesson for day in diary["days"] for lesson in day["lessons"]]
        assert len(lessons) >= 6, student  # six a day, from the vendor's own records
        assert all(d["marks_without_lesson"] == [] for d in diary["days"]), student


def test_a_data_dir_of_an_older_demo_is_set_aside(tmp_path):
    """Its records would come back as changed (rejected), not duplicates: the demo starts afresh beside it."""
    old = tmp_path / "demo"
    old.mkdir()
    (old / "log.db").write_bytes(b"written by the demo before school-qualified ids")
    moved = set_aside_older_data(old)
    assert moved == tmp_path / "demo.format-1" and (moved / "log.db").is_file() and not old.exists()
    old.mkdir()
    (old / FORMAT_FILE).write_text(DATA_FORMAT + "\n")
    assert set_aside_older_data(old) is None and old.is_dir()
