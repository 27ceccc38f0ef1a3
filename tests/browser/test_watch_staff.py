"""The watch-over pages of staff and senior together in real Chromium against the assembled gateway (no search
or voice model; SQLite): a tablet set up by the 設定コード a staff member shows on the resident page at 390 px;
the 30-day chart readable at 390 px. axe-core finds no WCAG A/AA violation on any of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from core.settings import RuntimeSettings
from storage.database import Database, open_database
from tests.browser_support import assert_accessible, serve_gateway, staff_log_in
from tests.staff.conftest import Account, make_account, make_resident, unique_district
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow

PHONE: ViewportSize = {"width": 390, "height": 844}
TABLET: ViewportSize = {"width": 1024, "height": 768}
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('watch-staff') / 'gateway.db'}"
    open_database(url=url).close()
    return url


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[str]:
    """The assembled gateway (staff dashboard, watch-over routes and lifespan) under uvicorn on loopback."""
    with serve_gateway(database_url, name="watch-staff-server",
                       watch=WatchSettings(_env_file=None, deliver_poll_s=0.2)) as url:
        yield url


@pytest.fixture(scope="module")
def db(database_url: str) -> Iterator[Database]:
    database = open_database(url=database_url)
    yield database
    database.close()


def new_page(browser: Browser, server: str, viewport: ViewportSize) -> Page:
    context = browser.new_context(viewport=viewport, locale="ja-JP", base_url=server)
    return context.new_page()


def log_in(page: Page, account: Account) -> None:
    staff_log_in(page, username=account.username, password=account.password)


def test_a_tablet_is_set_up_with_the_code_shown_on_the_resident_page(browser: Browser, server: str,
                                                                      db: Database) -> None:
    resident_id = make_resident(db, district=unique_district(), name="設定 ハナ")
    staff = new_page(browser, server, PHONE)
    tablet = new_page(browser, server, TABLET)
    try:
        log_in(staff, make_account(db, role="admin"))
        staff.goto(f"/staff/residents/{resident_id}")
        staff.get_by_label("端末の名前(例: 居間のタブレット)").fill("居間のタブレット")
        staff.get_by_role("button", name="端末の設定コードを表示").click()
        expect(staff.get_by_role("heading", name="端末の設定コード")).to_be_visible()
        expect(staff.get_by_role("img", name="端末の設定コードのQRコード")).to_be_visible()
        shown = staff.locator(".setup-code__digits").inner_text()
        assert len(shown) == 9 and shown[4] == " "
        assert staff.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]  # fits at 390 px
        assert_accessible(staff)

        tablet.goto("/device")
        expect(tablet.get_by_role("heading", name="はじめの設定")).to_be_visible()
        tablet.get_by_label("設定コード").fill(shown)  # typed as shown, with the space
        tablet.get_by_role("button", name="設定する").click()
        expect(tablet.locator("#status")).to_have_text("つながっています", timeout=TIMEOUT_MS)
        expect(tablet.locator("#hello")).to_contain_text("設定 ハナさん、")
        assert_accessible(tablet)

        staff.goto(f"/staff/residents/{resident_id}")
        expect(staff.locator("#devices + ul")).to_contain_text("居間のタブレット")
        expect(staff.get_by_text(shown)).to_have_count(0)  # the code is not shown again
    finally:
        staff.context.close()
        tablet.context.close()


OVERLAPS_JS = """() => {
  const svg = document.querySelector('.chart svg');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const labels = [...svg.querySelectorAll('text')];
  const boxes = labels.map((t) => t.getBoundingClientRect());
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
  }
  return { fontPx: Math.min(...labels.map((t) => Number(t.getAttribute('font-size')) * scale)),
           overlaps, labels: labels.length, view: svg.dataset.view,
           pageWidth: document.documentElement.scrollWidth };
}"""


def test_the_chart_and_missed_days_are_readable_at_390_px(browser: Browser, server: str, db: Database) -> None:
    from datetime import UTC, datetime, timedelta

    from watch.models import CheckIn

    district = unique_district()
    resident_id = make_resident(db, district=district, name="連日 応答なし")
    today = datetime.now(UTC).astimezone(RuntimeSettings(_env_file=None).tz).date()
    with db.sessions() as session, session.begin():
        for i in (1, 2, 3):
            day = today - timedelta(days=i)
            session.add(CheckIn(resident_id=resident_id, local_date=day, message="q", status="escalated",
                                opened_at=datetime(day.year, day.month, day.day, tzinfo=UTC)))
    staff = new_page(browser, server, PHONE)
    try:
        log_in(staff, make_account(db, districts=(district,)))
        expect(staff.get_by_role("heading", name="過去5週間の回答率(週ごと、地区別)")).to_be_visible()
        measured = staff.evaluate(OVERLAPS_JS)
        assert measured["view"] == "weekly" and measured["labels"] >= 8
        assert measured["fontPx"] >= 12, measured
        assert measured["overlaps"] == 0, measured
        assert measured["pageWidth"] <= PHONE["width"]
        call = staff.get_by_role("link", name="090-1234-5678")
        expect(call).to_have_attribute("href", "tel:090-1234-5678")
        assert call.bounding_box() is not None and call.bounding_box()["height"] >= 44  # type: ignore[index]
        expect(staff.get_by_text("3日続けて応答なし")).to_be_visible()
        assert_accessible(staff)
        staff.get_by_role("link", name="日ごとに表示").click()
        expect(staff.get_by_role("heading", name="過去30日間の回答率(日ごと、地区別)")).to_be_visible()
        measured = staff.evaluate(OVERLAPS_JS)
        assert measured["view"] == "daily" and measured["fontPx"] >= 12 and measured["overlaps"] == 0, measured
        assert_accessible(staff)
    finally:
        staff.context.close()
