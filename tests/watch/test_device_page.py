"""The senior's device page in real Chromium against a server process of the watch router (with the gateway's
error handler and security headers, no search model; SQLite file database)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from devstack.processes import Service
from devstack.receivers import TcpProxy
from storage.database import Database
from tests.browser_support import AXE_SCRIPT, axe_violations, format_violations
from tests.watch.helpers import add_resident, checkins, schedule
from tests.watch.socket_support import served_watch_app, sqlite_copy
from watch.clock import SystemClock
from watch.device_schemas import DeviceCreated
from watch.devices import authenticate_device, create_device, revoke_device
from watch.errors import DeviceRefusedError
from watch.safety import start_safety_check
from watch.safety_schemas import SafetyStart
from watch.schemas import ContactCreate
from watch.settings import WatchSettings
from watch.setup_codes import issue_setup_code

pytestmark = pytest.mark.slow

TABLET: ViewportSize = {"width": 1024, "height": 768}
PUSH_TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[tuple[str, Database]]:
    with sqlite_copy(tmp_path_factory.mktemp("device-page"), sqlite_template) as opened:
        yield opened


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory, database: tuple[str, Database]) -> Iterator[Service]:
    """The watch app under uvicorn on the test database (Rasa unreachable: keyword rules)."""
    with served_watch_app(database[0], tmp_path_factory.mktemp("device-app"), WATCH_DELIVER_POLL_S="0.2") as handle:
        yield handle


@pytest.fixture
def page(browser: Browser, gateway: Service) -> Iterator[Page]:
    context = browser.new_context(viewport=TABLET, locale="ja-JP", base_url=gateway.url)
    tab = context.new_page()
    yield tab
    context.close()


def enrol(db: Database, **overrides: object) -> tuple[int, DeviceCreated]:
    rid = add_resident(db, **{"name": "大崎 ハナ", "name_kana": "おおさき はな", "checkin_time": "00:00", **overrides})
    with db.sessions() as session, session.begin():
        return rid, create_device(session, resident_id=rid)


def assert_accessible(page: Page) -> None:
    if not page.evaluate("() => typeof window.axe === 'object'"):  # via DevTools: the strict CSP forbids inline
        page.evaluate(AXE_SCRIPT.read_text("utf-8"))               # <script>, which add_script_tag would insert
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)


def test_senior_sees_the_greeting_and_answers_with_a_big_button(page: Page, database: tuple[str, Database]) -> None:
    db = database[1]
    rid, device = enrol(db)
    page.goto("/device")
    expect(page.get_by_role("heading", name="はじめの設定")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("設定コード").fill(setup_code(db, rid))
    page.get_by_role("button", name="設定する").click()
    expect(page.locator("#status")).to_have_text("つながっています", timeout=PUSH_TIMEOUT_MS)
    saved = page.evaluate("() => JSON.parse(localStorage.getItem('osaki.watch.device'))")
    assert saved["deviceId"] != device.device_id and len(saved["token"]) >= 40  # a new device from the code

    schedule(db, WatchSettings(_env_file=None), SystemClock())  # the worker asks
    # the tablet greets by the time of day itself: the question's own 「おはようございます。」 is left out
    expect(page.locator("#question")).to_have_text("今日の体調はいかがですか？", timeout=PUSH_TIMEOUT_MS)
    expect(page.locator("#hello")).to_contain_text("大崎 ハナさん、")
    assert_accessible(page)
    page.get_by_role("button", name="元気です").click()
    expect(page.locator("#reply")).to_contain_text("ありがとうございます", timeout=PUSH_TIMEOUT_MS)
    [checkin] = checkins(db, rid)
    assert checkin.status == "answered" and checkin.outcome == "fine" and checkin.answer_source == "button"

    page.reload()  # the device id and token are kept: no setup again
    expect(page.locator("#status")).to_have_text("つながっています", timeout=PUSH_TIMEOUT_MS)
    expect(page.get_by_role("button", name="助けて")).to_be_visible()
    font_px = page.evaluate("() => parseFloat(getComputedStyle(document.getElementById('question')).fontSize)")
    assert font_px >= 40  # very large text for seniors


def test_shows_disconnection_and_reconnects_by_itself(
    browser: Browser, gateway: Service, database: tuple[str, Database]
) -> None:
    db = database[1]
    _, device = enrol(db)
    gateway_port = gateway.port
    with TcpProxy(gateway_port) as proxy:
        context = browser.new_context(viewport=TABLET, locale="ja-JP", base_url=f"http://127.0.0.1:{proxy.port}")
        try:
            page = context.new_page()
            page.goto("/device")
            page.evaluate("([id, token]) => localStorage.setItem('osaki.watch.device', "
                          "JSON.stringify({deviceId: id, token}))", [device.device_id, device.token])
            page.reload()
            expect(page.locator("#status")).to_have_text("つながっています", timeout=PUSH_TIMEOUT_MS)
            proxy.cut()  # the network drops
            expect(page.locator("#status")).to_contain_text("つなぎ直しています", timeout=PUSH_TIMEOUT_MS)
            page.wait_for_timeout(2500)  # a few failed attempts (backoff) while the link is down
            expect(page.locator("#status")).to_contain_text("つながっていません")
            proxy.restore()
            expect(page.locator("#status")).to_have_text("つながっています", timeout=PUSH_TIMEOUT_MS * 2)
        finally:
            context.close()


def test_a_wrong_setup_code_is_refused_with_a_message(page: Page, database: tuple[str, Database]) -> None:
    rid, _ = enrol(database[1])
    code = setup_code(database[1], rid)
    page.goto("/device")
    page.get_by_label("設定コード").fill("00000000" if code != "00000000" else "11111111")
    page.get_by_role("button", name="設定する").click()
    expect(page.get_by_role("alert")).to_contain_text("設定コードがちがうか", timeout=PUSH_TIMEOUT_MS)
    assert page.evaluate("() => localStorage.getItem('osaki.watch.device')") is None
    assert_accessible(page)


def test_the_qr_code_address_sets_the_tablet_up_by_itself(page: Page, database: tuple[str, Database]) -> None:
    rid, _ = enrol(database[1])
    code = setup_code(database[1], rid)
    page.goto(f"/device#code={code}")  # what the QR code on the staff page holds
    expect(page.locator("#status")).to_have_text("つながっています", timeout=PUSH_TIMEOUT_MS)
    assert "#code" not in page.url  # the used code leaves the address bar
    expect(page.locator("#hello")).to_contain_text("大崎 ハナさん、")


def test_revoked_tablet_stops_and_says_so(page: Page, database: tuple[str, Database]) -> None:
    db = database[1]
    _, device = enrol(db)
    connect_saved(page, device)
    with db.sessions() as session, session.begin():
        revoke_device(session, device_id=device.device_id, by="田中")  # the gateway notices at its next poll
    expect(page.get_by_role("alert")).to_contain_text("使えなくなりました", timeout=PUSH_TIMEOUT_MS)
    expect(page.get_by_role("heading", name="はじめの設定")).to_be_visible()
    assert page.evaluate("() => localStorage.getItem('osaki.watch.device')") is None  # the dead token is gone
    page.wait_for_timeout(1500)
    expect(page.locator("#status")).to_have_text("つながっていません")  # and it does not reconnect


def setup_code(db: Database, resident_id: int) -> str:
    with db.sessions() as session, session.begin():
        return issue_setup_code(session, resident_id=resident_id, by="福祉課", ttl=timedelta(minutes=15)).code


def connect_saved(page: Page, device: DeviceCreated) -> None:
    page.goto("/device")
    page.evaluate("([id, token]) => localStorage.setItem('osaki.watch.device', "
                  "JSON.stringify({deviceId: id, token}))", [device.device_id, device.token])
    page.reload()
    expect(page.locator("#status")).to_have_text("つながっています", timeout=PUSH_TIMEOUT_MS)


def test_evening_greeting_chime_marked_answer_and_numbers_to_call(page: Page, database: tuple[str, Database]) -> None:
    db = database[1]
    family = ContactCreate(name="大崎 一郎", relation="family", relation_label="長男", phone="090-1234-5678")
    rid, device = enrol(db, district="夕方地区", contacts=[family])
    page.clock.set_fixed_time(datetime(2026, 11, 30, 18, 8, tzinfo=ZoneInfo("Asia/Tokyo")))  # the tablet's clock
    connect_saved(page, device)
    expect(page.locator("#hello")).to_have_text("大崎 ハナさん、こんばんは。")
    # large tap-to-call numbers: 119, the first family contact, the city (RuntimeSettings defaults)
    expect(page.get_by_role("link", name="救急車・火事 119")).to_have_attribute("href", "tel:119")
    expect(page.get_by_role("link", name="長男 大崎 一郎 090-1234-5678")).to_have_attribute("href", "tel:09012345678")
    expect(page.get_by_role("link", name="大崎市役所 総合窓口 0229-23-5091")).to_have_attribute("href",
                                                                                     "tel:0229235091")
    assert page.locator(".call__number").first.evaluate("(n) => parseFloat(getComputedStyle(n).fontSize)") >= 40
    # the setup link is not on the senior's screen: only inside the staff disclosure
    expect(page.get_by_role("button", name="端末の設定をやり直す")).to_be_hidden()
    page.locator("#hello").click()  # the one touch that lets the page play sound

    schedule(db, WatchSettings(_env_file=None), SystemClock())
    expect(page.locator("#question")).to_have_text("今日の体調はいかがですか？", timeout=PUSH_TIMEOUT_MS)
    expect(page.locator("body")).to_have_attribute("data-chimes", "1")  # the chime played on arrival
    page.get_by_label("ことばで伝える").fill("そうですねえ")  # not understood: the question is asked again
    page.get_by_role("button", name="送る").click()
    expect(page.locator("#reply")).to_contain_text("ボタンで教えてください", timeout=PUSH_TIMEOUT_MS)
    expect(page.locator("body")).to_have_attribute("data-chimes", "2", timeout=PUSH_TIMEOUT_MS)  # chimes again
    page.wait_for_timeout(1500)
    expect(page.locator("#reply")).to_contain_text("ボタンで教えてください")  # the re-asked question keeps it
    fine, unwell, help_button = (page.get_by_role("button", name=name) for name in ("元気です", "具合が悪い", "助けて"))
    fine.click()
    expect(page.locator("#reply")).to_contain_text("ありがとうございます", timeout=PUSH_TIMEOUT_MS)
    expect(page.get_by_text("お答えいただきました。")).to_be_visible()
    expect(fine).to_have_attribute("aria-pressed", "true")
    expect(fine).to_be_disabled()
    expect(unwell).to_be_disabled()
    expect(unwell).to_have_attribute("aria-pressed", "false")
    expect(help_button).to_be_enabled()  # an emergency can still come after 元気です
    assert page.evaluate("() => getComputedStyle(document.querySelector('.answer.fine'), '::before').content") \
        == '"✓ "'
    assert_accessible(page)
    page.wait_for_timeout(1500)  # the hub polls again meanwhile: the reply and the mark stay
    expect(page.locator("#reply")).to_contain_text("ありがとうございます")
    expect(fine).to_have_attribute("aria-pressed", "true")
    [checkin] = checkins(db, rid)
    assert checkin.status == "answered" and checkin.outcome == "fine"

    with db.sessions() as session, session.begin():  # the next question opens the buttons again
        start_safety_check(session, data=SafetyStart(message="地震がありました。ご無事ですか？", district="夕方地区"),
                           started_by="福祉課 田中", settings=WatchSettings(_env_file=None))
    expect(page.locator("#question")).to_have_text("地震がありました。ご無事ですか？", timeout=PUSH_TIMEOUT_MS)
    expect(page.locator("body")).to_have_attribute("data-chimes", "3")
    expect(fine).to_be_enabled()
    expect(fine).to_have_attribute("aria-pressed", "false")
    expect(page.get_by_text("お答えいただきました。")).to_be_hidden()
    expect(page.locator("#reply")).to_have_text("")


def test_re_setup_needs_the_staff_pin(page: Page, database: tuple[str, Database]) -> None:
    db = database[1]
    _, device = enrol(db)
    connect_saved(page, device)
    expect(page.get_by_label("職員の暗証番号")).to_be_hidden()  # not on the senior's screen
    page.get_by_text("市の職員の方へ").click()
    page.get_by_label("職員の暗証番号").fill("9999")
    page.get_by_role("button", name="端末の設定をやり直す").click()
    expect(page.get_by_role("alert")).to_have_text("暗証番号がちがいます。", timeout=PUSH_TIMEOUT_MS)
    expect(page.locator("#status")).to_have_text("つながっています")  # nothing changed
    assert_accessible(page)
    page.get_by_label("職員の暗証番号").fill("0000")  # the development PIN of this test server
    page.get_by_role("button", name="端末の設定をやり直す").click()
    expect(page.get_by_role("heading", name="はじめの設定")).to_be_visible(timeout=PUSH_TIMEOUT_MS)
    assert page.evaluate("() => localStorage.getItem('osaki.watch.device')") is None
    with db.sessions() as session, session.begin(), pytest.raises(DeviceRefusedError):  # revoked on the server
        authenticate_device(session, device_id=device.device_id, token=device.token)
    assert_accessible(page)
