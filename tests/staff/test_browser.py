"""The dashboard in real Chromium: log in, watch an alert appear live after a silence, acknowledge it; axe-core
finds no WCAG A/AA violation on the login, board, alert queue, resident and safety pages (desktop and tablet)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from playwright.sync_api import Browser, Page, ViewportSize, expect
from sqlalchemy import select

from staff.errors import LoginFailedError
from storage.database import Database
from tests import browser_support
from tests.browser_support import serve_in_thread, staff_log_in
from tests.staff.conftest import Account, make_account, make_resident, silence_until_alert, unique_district
from watch.clock import ManualClock
from watch.models import Alert, SafetyCampaign
from watch.notify import Dispatcher
from watch.settings import WatchSettings
from watch.worker import Worker

pytestmark = pytest.mark.slow

TABLET: ViewportSize = {"width": 768, "height": 1024}
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
LIVE_TIMEOUT_MS = 15_000  # the page polls every 0.5 s in this test


@pytest.fixture(scope="module")
def server(running_app: FastAPI) -> Iterator[str]:
    """The already-started app served over real HTTP on loopback (its lifespan already ran: lifespan off)."""
    settings = running_app.state.staff_settings
    saved = (settings.live_poll_s, settings.live_stream_max_s, settings.session_idle_s)
    settings.live_poll_s, settings.live_stream_max_s, settings.session_idle_s = 0.5, 30.0, 4 * 3600
    with serve_in_thread(running_app, name="staff-test-server", lifespan="off") as url:
        yield url
    settings.live_poll_s, settings.live_stream_max_s, settings.session_idle_s = saved


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP, locale="ja-JP", base_url=server)
    tab = context.new_page()
    yield tab
    context.close()


def assert_accessible(page: Page) -> None:
    """The shared axe-core check, after a screenshot of the page when STAFF_SHOTS names a folder."""
    if os.environ.get("STAFF_SHOTS"):
        name = page.url.split("/staff", 1)[1].strip("/").replace("/", "_") or "board"
        width = (page.viewport_size or DESKTOP)["width"]
        page.screenshot(path=f"{os.environ['STAFF_SHOTS']}/{name}-{width}.png", full_page=True)
    browser_support.assert_accessible(page)


def log_in(page: Page, account: Account) -> None:
    staff_log_in(page, username=account.username, password=account.password)


def test_login_page_is_accessible_and_shows_errors_accessibly(page: Page, db: Database) -> None:
    page.goto("/staff/login")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert_accessible(page)
    page.get_by_label("ユーザー名").fill("nobody")
    page.get_by_label("パスワード").fill("wrong-password-123")
    page.get_by_role("button", name="ログイン").click()
    expect(page.get_by_role("alert")).to_have_text(LoginFailedError.default_message)
    assert_accessible(page)


def test_an_alert_appears_live_and_is_acknowledged(
    page: Page, db: Database, manual_clock: ManualClock, running_app: FastAPI
) -> None:
    district = unique_district()
    resident_id = make_resident(db, district=district, name="見守 静子", checkin_time="08:00")
    worker = Worker(db=db, settings=WatchSettings(_env_file=None, escalate_undelivered=True), clock=manual_clock,
                    dispatcher=Dispatcher({}))
    worker.tick()
    for minutes in (31, 90):  # re-asked, family told: still waiting
        manual_clock.advance(minutes=minutes)
        worker.tick()
    account = make_account(db, districts=(district,))
    log_in(page, account)
    card = page.get_by_role("region", name=district)
    expect(card).to_contain_text("回答待ち 1人")
    expect(page.get_by_text("未対応のアラートはありません。")).to_be_visible()
    assert_accessible(page)

    manual_clock.advance(minutes=61)  # 3 hours of silence: the worker raises the staff alert
    worker.tick()
    expect(card).to_contain_text("未回答(エスカレーション) 1人", timeout=LIVE_TIMEOUT_MS)
    expect(page.get_by_role("link", name="未対応のアラートが1件あります。アラート一覧を開く")).to_be_visible()
    expect(page.locator("[data-live-announcer]")).to_contain_text("未対応のアラートが1件あります。")
    assert_accessible(page)

    page.get_by_role("link", name="アラート", exact=True).click()
    item = page.locator(".alert-item", has_text="見守 静子")
    expect(item).to_contain_text("未対応")
    assert_accessible(page)
    button = item.get_by_role("button", name="受け付ける")
    button.focus()
    page.keyboard.press("Enter")
    expect(item).to_contain_text("対応中", timeout=LIVE_TIMEOUT_MS)
    expect(page.locator("[data-live-announcer]")).to_contain_text("アラートを受け付けました。")
    with db.sessions() as session:
        alert = session.scalars(select(Alert).where(Alert.resident_id == resident_id)).one()
        assert alert.status == "acknowledged" and alert.acknowledged_by is not None
        assert account.username in alert.acknowledged_by
    expect(page.locator(f"#alert-{alert.id}-title")).to_be_focused()  # focus is not lost to the page top

    page.set_viewport_size(TABLET)
    assert_accessible(page)
    page.goto(f"/staff/residents/{resident_id}")
    expect(page.get_by_role("heading", level=1)).to_contain_text("見守 静子")
    assert_accessible(page)


def test_admin_pages_are_accessible_on_a_tablet(page: Page, db: Database, manual_clock: ManualClock) -> None:
    district = unique_district()
    make_resident(db, district=district, checkin_time="08:00")
    silence_until_alert(db, manual_clock)
    page.set_viewport_size(TABLET)
    log_in(page, make_account(db, role="admin"))
    assert_accessible(page)  # the board with every district and the chart
    with db.sessions() as session:
        alert_id = session.scalars(select(Alert.id).order_by(Alert.id.desc()).limit(1)).one()
    for path in ("/staff/alerts", f"/staff/alerts/{alert_id}", "/staff/residents", "/staff/residents/new",
                 "/staff/residents/import", "/staff/safety", "/staff/users", "/staff/audit", "/staff/reports"):
        page.goto(path)
        assert_accessible(page)
    page.goto("/staff/safety")
    page.get_by_label("対象の地区").select_option(district)
    page.get_by_role("button", name="安否確認を開始する").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("安否確認の状況")
    expect(page.get_by_text("未回答 1人")).to_be_visible()
    assert_accessible(page)


def test_an_everyone_safety_confirmation_starts_from_the_browser(page: Page, db: Database) -> None:
    make_resident(db, district=unique_district(), name="全域 花子")
    log_in(page, make_account(db, role="admin"))
    page.goto("/staff/safety")
    expect(page.get_by_label("対象の地区")).to_have_value("*")  # 全地区 is a real, submittable choice
    page.get_by_label("住民へのメッセージ").fill("地震がありました。ご無事ですか？")
    page.get_by_role("button", name="安否確認を開始する").click()
    page.wait_for_url("**/staff/safety/*", timeout=10_000)
    with db.sessions() as session:
        campaign = session.scalars(select(SafetyCampaign).order_by(SafetyCampaign.id.desc())).first()
    assert campaign is not None and campaign.district is None and campaign.resident_count >= 1
