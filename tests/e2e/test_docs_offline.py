"""The first hour, in a real browser without internet: ``/`` leads to the diary, and ``/docs`` (Swagger UI) and
``/redoc`` (ReDoc) render the API from assets the hub serves itself. Every request to another host is refused,
as on a machine with no network, and the test fails if a page tries one (a CDN script, a web font)."""

from __future__ import annotations

import re

from hub.config import Mode, Settings
from tests.pages import LiveServer


async def _offline_page(browser, server: LiveServer):  # noqa: ANN202
    """A page whose requests to any other host than the hub fail, and the list of those it tried."""
    page = await browser.new_page()
    elsewhere: list[str] = []

    async def only_the_hub(route) -> None:  # noqa: ANN001
        if route.request.url.startswith(server.url):
            await route.continue_()
        else:
            elsewhere.append(route.request.url)
            await route.abort("internetdisconnected")

    await page.route("**/*", only_the_hub)
    return page, elsewhere


async def test_docs_and_redoc_render_without_internet(browser, tmp_path):
    with LiveServer(Settings(mode=Mode.DEV, data_dir=tmp_path)) as server:
        page, elsewhere = await _offline_page(browser, server)
        await page.goto(f"{server.url}/docs")
        await page.locator(".swagger-ui .info .title").filter(has_text="Gradebook Hub").wait_for(timeout=20_000)
        await page.locator(".opblock-summary-path", has_text="/v1/me/feed").first.wait_for()
        await page.screenshot(path=str(tmp_path / "docs.png"))
        await page.goto(f"{server.url}/redoc")
        await page.locator("h1", has_text="Gradebook Hub").wait_for(timeout=20_000)
        assert await page.get_by_text("/v1/students/{student_id}/grades").count() > 0
        await page.screenshot(path=str(tmp_path / "redoc.png"))
        assert elsewhere == []


async def test_the_root_leads_to_the_diary(browser, tmp_path):
    with LiveServer(Settings(mode=Mode.DEV, data_dir=tmp_path)) as server:
        page, elsewhere = await _offline_page(browser, server)
        await page.goto(server.url)
        assert re.search(r"/(diary|login)\b", page.url), page.url  # the diary, or its sign-in when signed out
        assert elsewhere == []
