"""The report flow in real Chromium under the app's strict CSP: a citizen files a report with a photo and a
(fake) geolocation on /report and gets a receipt; staff set a status with a public note; the citizen's status
link and the chat answer show it; the map and open data list it without personal data; axe-core finds no
WCAG A/AA violation on any page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import pytest
from fastapi import FastAPI
from playwright.sync_api import Browser, expect

from core.settings import RuntimeSettings
from devstack.processes import free_port
from gateway.errors import install_error_handlers
from gateway.middleware import SecurityHeadersMiddleware
from reports import routes as reports_routes
from staff import routes as staff_routes
from storage.database import Database, open_database
from tests.browser_support import assert_accessible, serve_in_thread, staff_log_in
from tests.reports.conftest import FURUKAWA, TOKEN, jpeg_with_exif, make_settings
from tests.staff.conftest import make_account
from tests.staff.conftest import make_settings as make_staff_settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FastAPI]]:
    """The reports and staff routers with the gateway's edge handler and security headers, over real HTTP."""
    work = tmp_path_factory.mktemp("reports-browser")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            app.state.db = open_database(url=f"sqlite:///{work / 'r.db'}")
            stack.callback(app.state.db.close)
            await stack.enter_async_context(reports_routes.lifespan(app))
            await stack.enter_async_context(staff_routes.lifespan(app))
            yield

    port = free_port()
    app = FastAPI(lifespan=lifespan)
    app.state.runtime = RuntimeSettings(_env_file=None, environment="test", public_base_url=f"http://127.0.0.1:{port}")
    app.state.reports_settings = make_settings(work)
    app.state.staff_settings = make_staff_settings()
    install_error_handlers(app, html_renderers={"/staff": staff_routes.render_error_page})
    app.add_middleware(SecurityHeadersMiddleware, hsts=False)
    app.include_router(staff_routes.router)
    app.include_router(reports_routes.router)
    with serve_in_thread(app, name="reports-test-server", port=port) as url:  # the port the links name
        yield url, app


def test_citizen_reports_staff_answer_citizen_sees_it(
    browser: Browser, served: tuple[str, FastAPI], tmp_path: Path
) -> None:
    url, app = served
    photo = tmp_path / "穴.jpg"
    photo.write_bytes(jpeg_with_exif(size=(1200, 900)))
    context = browser.new_context(locale="ja-JP", base_url=url, geolocation={
        "latitude": FURUKAWA[0], "longitude": FURUKAWA[1]}, permissions=["geolocation"])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("response", lambda r: errors.append(r.url) if r.status >= 400 and "favicon" not in r.url else None)

    page.goto("/report")
    assert_accessible(page)
    page.get_by_label("不法投棄").check()
    page.get_by_label("くわしい様子").fill("空き地に冷蔵庫が捨てられています")
    page.get_by_role("button", name="現在地を使う").click()
    expect(page.locator("#location-status")).to_contain_text("現在地を設定しました")
    page.get_by_label("写真(任意").set_input_files(str(photo))
    page.get_by_label("連絡先").fill("090-0000-1111")
    page.get_by_role("button", name="報告を送る").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="報告を受け付けました")).to_be_visible(timeout=15_000)
    number = page.locator("#receipt-number").inner_text()
    assert number.startswith("R-20")
    assert_accessible(page)
    status_url = page.locator("#receipt-link").get_attribute("href")
    assert status_url and "token=" in status_url

    db: Database = app.state.db
    staff_page = context.new_page()
    account = make_account(db, role="admin")
    staff_log_in(staff_page, username=account.username, password=account.password)
    staff_page.goto("/staff/reports?district=古川")
    assert_accessible(staff_page)
    staff_page.get_by_role("link", name=number).click()
    expect(staff_page.get_by_role("heading", level=1)).to_contain_text(number)
    expect(staff_page.get_by_text("090-0000-1111")).to_be_visible()
    assert_accessible(staff_page)
    staff_page.get_by_label("新しい状態").select_option("checking")
    staff_page.get_by_label("市民に見せるお知らせ").fill("明日、現地を確認します。")
    staff_page.get_by_label("職員だけのメモ").fill("地権者に連絡する")
    staff_page.get_by_role("button", name="状態を変更する").click()
    expect(staff_page.locator("dd").first).to_have_text("確認中")

    page.goto(status_url)
    expect(page.get_by_text("明日、現地を確認します。")).to_be_visible()
    assert "地権者" not in page.content() and "090-0000-1111" not in page.content()
    assert_accessible(page)
    chat = page.request.get("/internal/reports/status", params={"text": f"受付番号 {number} はどうなりましたか"},
                            headers={"X-Internal-Token": TOKEN})
    assert "確認中" in chat.json()["reply"] and "明日、現地を確認します。" in chat.json()["reply"]

    page.goto("/reports/map")
    expect(page.get_by_role("rowheader", name=number)).to_be_visible()
    assert "冷蔵庫" not in page.content() and "090-0000-1111" not in page.content()
    page.locator(f'a[href="#r-{number}"]').focus()
    page.keyboard.press("Enter")
    assert page.url.endswith(f"#r-{number}")
    assert_accessible(page)
    exported = page.request.get("/api/open-data/reports.csv").text()
    assert number in exported and "冷蔵庫" not in exported and "090-0000-1111" not in exported
    assert errors == []
    context.close()
