"""The reference diary page in a real browser: a guardian of two children (one in a Dnevnik.ru class, one in an
Elzhur class of the demo school) signs in, switches between the children, and reads the week, a subject with its
chart, all grades with the exports, and the final grades; a foreign child is not found; a page on another site
cannot sign the guardian out."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from hub import clock
from hub.api.view_positions import iso_week
from hub.config import Mode, Settings
from hub.demo.run import run_demo
from tests.pages import ForgedForm, LiveServer, free_port, sign_in

UNTIL = dt.date(2026, 10, 16)  # the first quarter up to its sixth week
FIRST_DAY = dt.date(2026, 9, 1)  # the first day the demo sends


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path_factory.mktemp("diary-demo"), port=free_port())
    summary = asyncio.run(run_demo(settings, until=UNTIL, serve_forever=False))
    return settings, summary["token"]


async def test_a_guardian_reads_both_children_week_subject_grades_and_finals(demo, browser, tmp_path):
    settings, token = demo
    with LiveServer(settings) as server:
        page = await browser.new_page()
        await sign_in(page, server.url, token, "/diary?week=2026-W41")
        await page.wait_for_url("**/diary?week=2026-W41")
        children = page.locator("[data-testid=children] a")
        assert await children.count() == 2
        first, second = [await children.nth(i).get_attribute("data-student") for i in range(2)]
        assert await page.locator("[data-testid=day]").count() >= 5  # Monday to Friday of that week
        assert await page.locator("[data-testid=lesson]").count() >= 25
        assert await page.locator("[data-testid=lesson] .mark").count() > 0
        await page.screenshot(path=str(tmp_path / "week.png"), full_page=True)

        await children.nth(1).click()
        await page.wait_for_url(f"**child={second.replace(':', '%3A')}**")
        monday = clock.today("Europe/Moscow") - dt.timedelta(days=clock.today("Europe/Moscow").weekday())
        title = await page.locator("[data-testid=week-title]").inner_text()
        if monday > UNTIL:  # the clock's week is after the demo's: it opens on the latest week with lessons
            assert "12–18 октября 2026" in title, title
            assert await page.locator("[data-testid=moved]").count() == 1
            assert await page.locator("[data-testid=lesson]").count() > 0
        else:  # before the demo's first day: the clock's own week, empty
            assert monday + dt.timedelta(days=6) < FIRST_DAY
            previous = await page.locator("[data-testid=prev-week]").get_attribute("href")
            assert f"week={iso_week(monday - dt.timedelta(days=7))}" in previous
            assert await page.locator("[data-testid=lesson]").count() == 0
        await page.goto(f"{server.url}/diary?child={second}&view=grades&period=quarter&date=2026-10-10")
        await page.click("text=Предмет")
        await page.wait_for_selector("[data-testid=subject-days]")
        chart = await page.locator("[data-testid=chart]").get_attribute("src")
        assert chart.startswith("data:image/svg+xml;base64,")
        assert await page.locator("[data-testid=chart]").evaluate("img => img.naturalWidth") > 0  # it rendered
        assert await page.locator("[data-testid=subject-average]").inner_text() != "—"
        await page.screenshot(path=str(tmp_path / "subject.png"), full_page=True)

        await page.click("text=Все оценки")
        await page.wait_for_selector("[data-testid=grades]")
        assert await page.locator("[data-testid=grades] tbody tr").count() >= 5
        async with page.expect_download() as download_info:
            await page.click("[data-testid=export-xlsx]")
        download = await download_info.value
        assert download.suggested_filename.endswith(".xlsx")
        csv = await page.request.get(server.url + await page.locator("[data-testid=export-csv]").get_attribute("href"))
        assert csv.ok and (await csv.body()).startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel

        await page.click("text=Итоговые")
        await page.wait_for_selector("[data-testid=final]")
        header = await page.locator("[data-testid=final] thead").inner_text()
        assert "1 четверть" in header
        assert await page.locator("[data-testid=final] tbody tr").count() >= 5
        await page.screenshot(path=str(tmp_path / "final.png"), full_page=True)

        response = await page.goto(f"{server.url}/diary?child={first}&view=final&date=not-a-date")
        assert response.status == 200  # a bad date is said on the page, not a 500
        assert "не дата" in await page.locator("[data-testid=error]").inner_text()
        assert await page.locator("[data-testid=final]").count() == 1

        await page.goto(f"{server.url}/diary?child=someone-elses-child")
        assert await page.locator("h1").inner_text() == "Не найдено"
        assert first != second


async def test_a_page_on_another_site_cannot_sign_the_guardian_out(demo, browser):
    settings, token = demo
    with LiveServer(settings) as server, ForgedForm(f"{server.url}/logout", {}) as forged:
        page = await browser.new_page()
        await sign_in(page, server.url, token, "/diary")
        await page.wait_for_url("**/diary")
        async with page.expect_response(lambda r: r.url == f"{server.url}/logout") as answer:
            await page.goto(forged.url)
        assert (await answer.value).status == 403
        assert "другого сайта" in await page.locator("[data-testid=refused]").inner_text()
        await page.goto(f"{server.url}/diary")
        await page.wait_for_url("**/diary")  # still signed in
        await page.click("[data-testid=sign-out]")  # the page's own form still works
        await page.wait_for_url("**/login")
        await page.goto(f"{server.url}/diary")
        await page.wait_for_url("**/login**")
