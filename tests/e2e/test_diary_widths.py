"""The diary as a parent reads it, in Chromium at a phone's width (390 px) and a desktop's (1280 px): Russian
throughout, the week of the hub's clock with its dates in words, each lesson's time and teacher, marks with their
work type and weight a tap away, homework set for the lesson and at it, attendance codes with a legend, final
marks with a year column, a subject with its period picker and charts' text alternatives; nothing scrolls
sideways; headings in order, controls labelled, images described. The demo chooser signs in without a token,
and the week says what is new since the last visit. Screenshots are saved under ``HUB_TEST_ARTIFACTS``
(default ``test-artifacts/``, ignored by git) in ``pages/``; the test prints where."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from hub import clock
from hub.auth.readers import Role, TokenService
from hub.config import Mode, Settings
from hub.demo.run import run_demo
from hub.demo.vendor_formats import native_id
from tests.pages import LiveServer, free_port, sign_in

DEMO_END = dt.date(2026, 11, 20)
WEDNESDAY = dt.datetime(2026, 11, 18, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))  # week 16–22 November
AFTER_THE_DATA = dt.datetime(2027, 2, 3, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
ARTIFACTS = Path(os.environ.get("HUB_TEST_ARTIFACTS", "test-artifacts")) / "pages"
ENGLISH = ("Sign out", "Sign in", "Not found", "Week", "Diary", "Token", "Final")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path_factory.mktemp("diary-widths"), port=free_port())
    asyncio.run(run_demo(settings, until=DEMO_END, serve_forever=False))
    return settings


async def no_sideways_scroll(page) -> None:
    widths = await page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url} scrolls sideways: {widths}"


async def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path.resolve()}")


ACCESSIBLE = """() => {
  const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1]);
  const skipped = levels.some((level, i) => i === 0 ? level !== 1 : level > levels[i - 1] + 1);
  const unlabelled = [...document.querySelectorAll('input:not([type=hidden]),select,textarea')]
    .filter(el => !el.labels.length && !el.getAttribute('aria-label')).map(el => el.outerHTML);
  const images = [...document.querySelectorAll('img')].filter(img => !img.alt).map(img => img.outerHTML.slice(0, 80));
  return {levels, skipped, unlabelled, images};
}"""


async def accessible(page) -> None:
    """Headings in order (one h1 first, no level skipped), every control labelled, every image described."""
    found = await page.evaluate(ACCESSIBLE)
    assert not found["skipped"] and not found["unlabelled"] and not found["images"], (page.url, found)


async def russian_only(page) -> None:
    text = await page.locator("body").inner_text()
    assert not [word for word in ENGLISH if word in text], text[:400]


@pytest.mark.parametrize("width", [390, 1280])
async def test_a_parent_reads_the_week_finals_and_a_subject(demo, browser, width):
    with clock.using(clock.PinnedClock(WEDNESDAY)):
        token = TokenService(demo).issue(native_id("gu-001"), Role.GUARDIAN)
        with LiveServer(demo) as server:
            context = await browser.new_context(viewport={"width": width, "height": 900}, locale="ru-RU")
            page = await context.new_page()
            await sign_in(page, server.url, token, "/")  # `/` is the diary
            await page.wait_for_url("**/diary")
            assert await page.locator("html").get_attribute("lang") == "ru"
            assert "16–22 ноября 2026" in await page.locator("[data-testid=week-title]").inner_text()
            assert await page.locator("[data-testid=moved]").count() == 0  # the clock's week has lessons
            first_day = page.locator("[data-testid=day]").first
            assert (await first_day.locator("h2").inner_text()).startswith("Пн, 16 ноября")
            lesson = first_day.locator("[data-testid=lesson]").first
            assert await lesson.locator("[data-testid=time]").inner_text() == "08:30–09:15"
            assert await lesson.locator("[data-testid=teacher]").inner_text() != ""
            assert await page.locator("text=Задано на этот урок").count() > 0
            assert await page.locator("text=Задано на уроке").count() > 0
            mark = page.locator("[data-testid=lesson] [data-testid=mark]").first
            await mark.locator("summary").click()  # a tap shows the work type and the weight
            about = await mark.locator(".about").inner_text()
            assert "вес" in about and await mark.locator("[data-testid=work-type]").inner_text() != ""
            assert "Выйти" in await page.locator("header").inner_text()
            await russian_only(page)
            await no_sideways_scroll(page)
            await accessible(page)
            await shot(page, f"week-{width}")

            await page.fill("#week-input", "2026-09-09")  # the week picker: any day of the week
            await page.click("[data-testid=week-picker] button")
            await page.wait_for_url("**date=2026-09-09**")
            assert "7–13 сентября 2026" in await page.locator("[data-testid=week-title]").inner_text()
            await page.click("[data-testid=prev-week]")
            assert "31 августа – 6 сентября 2026" in await page.locator("[data-testid=week-title]").inner_text()

            await page.goto(f"{server.url}/diary?view=week&week=2026-W36")
            legend = page.locator("[data-testid=legend]")
            if await legend.count():  # the Dnevnik.ru child's journal codes, explained once
                assert await legend.locator("dt").count() >= 1
            await page.goto(f"{server.url}/diary?view=final")
            header = await page.locator("[data-testid=final] thead").inner_text(timeout=5000) if width > 760 else ""
            if width > 760:
                assert "1 четверть" in header and "Год" in header
            assert await page.locator("[data-testid=final-mark]").count() >= 5  # the teachers' quarter marks
            assert await page.locator("[data-testid=year-column]").count() == 1
            await russian_only(page)
            await no_sideways_scroll(page)
            await accessible(page)
            await shot(page, f"final-{width}")

            await page.click("text=Предмет")
            await page.wait_for_selector("[data-testid=subject-days]")
            picker = await page.locator("[data-testid=period-picker]").inner_text()
            assert "1 четверть" in picker and "год" in picker
            await page.click("[data-testid=period-picker] >> text=1 четверть")
            await page.wait_for_selector("[data-testid=chart]")
            assert "средний балл" in await page.locator("[data-testid=chart]").get_attribute("alt")
            assert await page.locator("[data-testid=subject-average]").inner_text() != "—"
            await no_sideways_scroll(page)
            await accessible(page)
            await shot(page, f"subject-{width}")

            await page.click("text=Все оценки")
            await page.wait_for_selector("[data-testid=grades-list]", state="attached")
            await no_sideways_scroll(page)
            await accessible(page)
            await shot(page, f"grades-{width}")

            await page.goto(f"{server.url}/diary?child=someone-elses-child")
            assert await page.locator("h1").inner_text() == "Не найдено"
            await russian_only(page)
            await context.close()


async def test_it_opens_on_the_latest_week_with_lessons_and_the_demo_chooser_signs_in(demo, browser):
    with clock.using(clock.PinnedClock(AFTER_THE_DATA)):
        with LiveServer(demo) as server:
            context = await browser.new_context(viewport={"width": 390, "height": 900})
            page = await context.new_page()
            await page.goto(f"{server.url}/diary")
            await page.wait_for_url("**/login**")
            await russian_only(page)
            await no_sideways_scroll(page)
            await accessible(page)
            await shot(page, "login-390")
            await page.click("[data-testid=demo-people] [data-person=gu-001]")
            await page.wait_for_url("**/diary")
            # the clock's week (1–7 February 2027) has no lessons: the latest week with any, the demo's last
            assert "16–22 ноября 2026" in await page.locator("[data-testid=week-title]").inner_text()
            assert await page.locator("[data-testid=moved]").count() == 1
            await context.close()


async def test_no_demo_chooser_outside_a_demo_data_dir(tmp_path, browser):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path, port=free_port())
    with LiveServer(settings) as server:
        page = await browser.new_page()
        await page.goto(f"{server.url}/login")
        assert await page.locator("[data-testid=demo-people]").count() == 0
        answer = await page.request.post(f"{server.url}/login/demo", form={"who": "gu-001"})
        assert answer.status == 404


async def test_the_week_says_what_is_new_since_the_last_visit(demo, browser):
    import httpx

    from hub.demo.dataset import records

    graded = next(r for r in records(DEMO_END) if r["type"] == "grade.recorded"
                  and r["data"]["student_id"] == "st-5a-01" and "20261118" in r["data"]["lesson_id"])
    fresh = {**graded, "record_id": "gr-news-1",
             "data": {**graded["data"], "grade_id": "gr-news-1", "value": "5", "work_type": "test", "weight": 2.0}}
    vendor = json.loads((demo.data_dir / "demo-clients.json").read_text())["native"]
    with clock.using(clock.PinnedClock(WEDNESDAY)):
        token = TokenService(demo).issue(native_id("st-5a-01"), Role.STUDENT)
        with LiveServer(demo) as server:
            page = await browser.new_page()
            await sign_in(page, server.url, token, "/diary")
            await page.wait_for_url("**/diary")
            assert await page.locator("[data-testid=news]").count() == 0  # a first visit starts from now
            async with httpx.AsyncClient(base_url=server.url) as http:
                sent = await http.post("/v1/ingest/native", params={"school": "sch-1234"}, json=[fresh],
                                       headers={"Authorization": f"Bearer {vendor}"})
            assert sent.status_code == 200 and sent.json()["summary"]["accepted"] == 1, sent.text
            for _attempt in range(50):  # until the views have the mark
                await page.goto(f"{server.url}/diary")
                if await page.locator("[data-testid=news] li").count():
                    break
                await asyncio.sleep(0.1)
            news = await page.locator("[data-testid=news]").inner_text()
            assert "Новое с прошлого посещения" in news and "Новая отметка: 5" in news, news
            await page.goto(f"{server.url}/diary")
            assert "Ничего нового" in await page.locator("[data-testid=news]").inner_text()
