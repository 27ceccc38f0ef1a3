"""The chat page's disaster-notice banner in real Chromium against the real gateway: active notices of every district
are shown above the conversation, each naming its districts, most urgent first; ended ones are not; the page stays
accessible (axe-core, WCAG 2.1 AA)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from devstack.processes import Service
from storage.database import Database, open_database
from tests.browser_support import axe_violations, format_violations, start_gateway
from watch.clock import SystemClock
from watch.notices import create_notice, end_notice
from watch.notices_routes import CACHE_S
from watch.notices_schemas import NoticeCreate
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow

BANNER_TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("notices-gateway")


@pytest.fixture(scope="module")
def gateway(work_dir: Path) -> Iterator[Service]:
    handle = start_gateway(work_dir=work_dir)
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def db(gateway: Service, work_dir: Path) -> Iterator[Database]:
    """The gateway's own database (already migrated by the gateway)."""
    database = open_database(url=f"sqlite:///{work_dir / 'gateway.db'}", migrate=False)
    yield database
    database.close()


def write_notice(db: Database, **values: object) -> int:
    clock = SystemClock()
    data = NoticeCreate.model_validate({"expires_at": clock.now() + timedelta(hours=3), **values})
    with db.sessions() as session, session.begin():
        return create_notice(session, data=data, created_by="防災課", now=clock.now(),
                             settings=WatchSettings(_env_file=None)).id


def test_banner_shows_every_districts_active_notices_with_their_districts(
        browser: Browser, gateway: Service, db: Database) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP", base_url=gateway.url)
    try:
        page = context.new_page()
        page.goto("/")
        expect(page.locator("#log .msg--bot").first).to_be_visible()
        assert page.locator("#notices").is_hidden()  # no notice: no banner

        caution = write_notice(db, level="caution", title="大雨に注意", text="川に近づかないでください。",
                               districts=["鹿島台", "古川"])
        evacuate = write_notice(db, level="evacuate", title="避難指示(洪水)",
                                text="古川地区の方は古川第一小学校へ避難してください。", districts=["古川"])
        ended = write_notice(db, level="info", title="終わったお知らせ", text="表示されません。", all_districts=True)
        with db.sessions() as session, session.begin():
            end_notice(session, notice_id=ended, ended_by="防災課", now=SystemClock().now())

        time.sleep(CACHE_S + 0.5)  # the server's short cache of the (empty) list
        fresh = context.browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP",  # type: ignore[union-attr]
                                            base_url=gateway.url)
        try:
            tab = fresh.new_page()
            tab.goto("/")
            banner = tab.get_by_role("region", name="防災のお知らせ")
            expect(banner).to_be_visible(timeout=BANNER_TIMEOUT_MS)
            items = banner.locator("li")
            expect(items).to_have_count(2)
            expect(items.nth(0)).to_contain_text("避難指示")
            expect(items.nth(0)).to_contain_text("避難指示(洪水)")
            expect(items.nth(0)).to_contain_text("対象の地区：古川")
            expect(items.nth(1)).to_contain_text("大雨に注意")
            expect(items.nth(1)).to_contain_text("対象の地区：古川、鹿島台")
            assert [items.nth(i).get_attribute("data-notice-id") for i in range(2)] == [str(evacuate), str(caution)]
            expect(banner).not_to_contain_text("終わったお知らせ")
            violations = axe_violations(tab)
            assert violations == [], format_violations(violations)
        finally:
            fresh.close()
    finally:
        context.close()
