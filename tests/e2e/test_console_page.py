"""The operator console in a real browser: sign in with an operator token, see projections, dead letters, ingest
per adapter and quarantine of the demo school; other readers get the not-found page; a bad token is refused; a page
on another site cannot sign the browser in with its own token (login CSRF)."""

from __future__ import annotations

import datetime as dt

import pytest

from hub.auth.readers import Role, TokenService
from hub.config import Mode, Settings
from hub.demo.run import run_demo
from tests.pages import ForgedForm, LiveServer, free_port, sign_in


@pytest.fixture(scope="module")
def demo_settings(tmp_path_factory):
    import asyncio

    settings = Settings(mode=Mode.DEV, data_dir=tmp_path_factory.mktemp("demo"), port=free_port())
    asyncio.run(run_demo(settings, until=dt.date(2026, 9, 2), serve_forever=False))
    return settings


async def test_an_operator_sees_projections_ingest_and_quarantine(demo_settings, browser, tmp_path):
    token = TokenService(demo_settings).issue("ops-1", Role.OPERATOR)
    with LiveServer(demo_settings) as server:
        page = await browser.new_page()
        await sign_in(page, server.url, token, "/console")
        await page.wait_for_url("**/console")
        rows = page.locator("[data-testid=projections] tbody tr")
        states = {await row.get_attribute("data-projection"): (await row.locator("td").nth(2).inner_text())
                  for row in await rows.all()}
        assert states.get("diary") == "live" and states.get("roster") == "live", states
        ingest = {await row.get_attribute("data-adapter") for row in
                  await page.locator("[data-testid=ingest] tbody tr").all()}
        assert ingest == {"native", "dnevnik_ru", "elzhur"}
        assert await page.locator("[data-testid=dead-letters]").inner_text() != ""
        assert "Empty." in await page.locator("[data-testid=quarantine]").inner_text()
        assert "ops-1" in await page.locator("[data-testid=who]").inner_text()
        assert await page.locator("html").get_attribute("lang") == "en"  # the console is English throughout
        assert "Gradebook Hub" in await page.locator("header").inner_text()
        await page.screenshot(path=str(tmp_path / "console.png"), full_page=True)
        await page.click("text=Sign out")
        await page.goto(f"{server.url}/console")
        await page.wait_for_url("**/login**")


async def test_a_guardian_gets_not_found_and_a_bad_token_is_refused(demo_settings, browser):
    guardian = TokenService(demo_settings).issue("gd-1", Role.GUARDIAN)
    with LiveServer(demo_settings) as server:
        page = await browser.new_page()
        await sign_in(page, server.url, guardian, "/console")
        await page.wait_for_load_state()
        assert await page.locator("h1").inner_text() == "Не найдено"  # the not-found page is a parent's page
        other = await browser.new_page()
        await sign_in(other, server.url, "not-a-token", "/console")
        assert "недействителен" in await other.locator("[data-testid=login-error]").inner_text()


async def test_a_page_on_another_site_cannot_sign_the_browser_in(demo_settings, browser):
    attacker = TokenService(demo_settings).issue("gd-attacker", Role.GUARDIAN)
    with LiveServer(demo_settings) as server, \
            ForgedForm(f"{server.url}/login", {"token": attacker, "next": "/diary"}) as forged:
        page = await browser.new_page()
        async with page.expect_response(lambda r: r.url.startswith(f"{server.url}/login")
                                        and r.request.method == "POST") as answer:
            await page.goto(forged.url)
        assert (await answer.value).status == 403
        assert "другого сайта" in await page.locator("[data-testid=refused]").inner_text()
        await page.goto(f"{server.url}/diary")
        await page.wait_for_url("**/login**")  # not signed in as the attacker
        assert not [c for c in await page.context.cookies() if c["name"] == "hub_session"]
