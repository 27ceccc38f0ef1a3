"""Live staff pages in real Chromium against the assembled gateway (SQLite, no search or voice model): answers to a
safety confirmation (安否確認) appear on its confirmation screen without a reload (saved with the function a speaker
or tablet answer goes through), and a disaster notice's per-device log turns from 未配信 to 届きました when the
district's tablet connects, also without a reload. axe-core finds no WCAG A/AA violation after the updates."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from playwright.sync_api import Browser, Page, expect

from staff.settings import StaffSettings
from storage.database import Database, open_database
from tests.browser_support import assert_accessible, serve_gateway, staff_log_in
from tests.staff.conftest import Account, make_account, make_resident, unique_district
from watch.cases import record_case_answer
from watch.classify import classify_text
from watch.clock import SystemClock
from watch.devices import create_device
from watch.notices import create_notice
from watch.notices_schemas import NoticeCreate
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow

TIMEOUT_MS = 15_000
STAY = "window.__notReloaded = true"


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('staff-live') / 'gateway.db'}"
    open_database(url=url).close()
    return url


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[str]:
    """The assembled gateway (staff dashboard, watch-over routes and lifespan) under uvicorn on loopback."""
    with serve_gateway(database_url, name="staff-live-server",
                       watch=WatchSettings(_env_file=None, deliver_poll_s=0.2, notice_poll_s=0.2),
                       staff=StaffSettings(_env_file=None, live_poll_s=0.3)) as url:
        yield url


@pytest.fixture(scope="module")
def db(database_url: str) -> Iterator[Database]:
    database = open_database(url=database_url)
    yield database
    database.close()


def new_page(browser: Browser, server: str) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP", base_url=server)
    return context.new_page()


def log_in(page: Page, account: Account) -> None:
    staff_log_in(page, username=account.username, password=account.password)


def answer(db: Database, resident_id: int, text: str) -> str:
    """Save a spoken/typed answer as the speaker controller and the tablet do (record_case_answer)."""
    with ThreadPoolExecutor(1) as pool:  # playwright's loop runs in this thread
        classification = pool.submit(asyncio.run, classify_text(text, None, min_confidence=0.6)).result()
    with db.sessions() as session, session.begin():
        result = record_case_answer(session, resident_id=resident_id, classification=classification, text=text,
                                    now=SystemClock().now(), settings=WatchSettings(_env_file=None))
    return result.outcome


def test_safety_answers_appear_live_on_the_confirmation_screen(browser: Browser, server: str, db: Database) -> None:
    district = unique_district()
    safe = make_resident(db, district=district, name="無事 ハナ")
    hurt = make_resident(db, district=district, name="怪我 タロウ")
    page = new_page(browser, server)
    try:
        log_in(page, make_account(db, districts=(district,)))
        page.goto("/staff/safety")
        page.get_by_label("対象の地区").select_option(district)
        page.get_by_label("住民へのメッセージ").fill("大雨の避難指示が出ています。ご無事ですか")
        page.get_by_role("button", name="安否確認を開始する").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("安否確認の状況")
        live = page.locator("#safety-live")
        expect(live).to_contain_text("未回答 2人")
        expect(page.locator("[data-live-status]")).to_have_text("自動更新中です。", timeout=TIMEOUT_MS)
        page.evaluate(STAY)

        assert answer(db, safe, "私は無事です") == "fine"
        expect(live).to_contain_text("無事 1人", timeout=TIMEOUT_MS)
        expect(live).to_contain_text("未回答 1人")
        assert answer(db, hurt, "家が壊れて、けがをしました") == "help"
        expect(live).to_contain_text("助けが必要 1人", timeout=TIMEOUT_MS)
        helped = page.get_by_role("region", name="助けが必要な方(1人)")
        expect(helped).to_contain_text("怪我 タロウ")
        expect(helped).to_contain_text("「家が壊れて、けがをしました」")
        expect(live).to_contain_text("未回答 0人")
        expect(page.locator("[data-live-announcer]")).to_contain_text("助けが必要1人")
        assert page.evaluate("() => window.__notReloaded === true")  # updated in place, never reloaded
        assert_accessible(page)
    finally:
        page.context.close()


def test_the_notice_delivery_log_updates_live_when_a_tablet_connects(
        browser: Browser, server: str, db: Database) -> None:
    district = unique_district()
    resident = make_resident(db, district=district, name="防災 ハナ")
    clock = SystemClock()
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=resident)
        notice = create_notice(session, data=NoticeCreate(
            level="evacuate", title="避難指示(洪水)", text="古川第一小学校へ避難してください。", districts=[district],
            expires_at=clock.now() + timedelta(hours=2)), created_by="防災課", now=clock.now(),
            settings=WatchSettings(_env_file=None))
    staff = new_page(browser, server)
    tablet = new_page(browser, server)
    try:
        log_in(staff, make_account(db, districts=(district,)))
        staff.goto(f"/staff/notices/{notice.id}")
        live = staff.locator("#notice-live")
        expect(live).to_contain_text("未配信(端末がつながっていません) 1台")
        expect(staff.get_by_role("link", name="最新の状態に更新")).to_have_count(0)  # no manual refresh needed
        expect(staff.locator("[data-live-status]")).to_have_text("自動更新中です。", timeout=TIMEOUT_MS)
        staff.evaluate(STAY)

        tablet.goto("/device")
        tablet.evaluate("([id, token]) => localStorage.setItem('osaki.watch.device', "
                        "JSON.stringify({deviceId: id, token}))", [device.device_id, device.token])
        tablet.reload()
        expect(tablet.get_by_role("region", name="防災のお知らせ")).to_be_visible(timeout=TIMEOUT_MS)

        expect(live).to_contain_text("届きました 1台", timeout=TIMEOUT_MS)
        expect(live).to_contain_text("未配信(端末がつながっていません) 0台")
        expect(live.get_by_role("row", name="防災 ハナ")).to_contain_text("届きました")
        expect(staff.locator("[data-live-announcer]")).to_contain_text("届きました1台")
        assert staff.evaluate("() => window.__notReloaded === true")
        assert_accessible(staff)
    finally:
        staff.context.close()
        tablet.context.close()
