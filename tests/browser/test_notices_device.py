"""The tablet's disaster-notice banner in real Chromium against a server process of the watch app: the notice appears
on its district's tablet (read out again at each repeat) until 「聞きました」, never on another district's tablet,
and disappears when staff end it; the page stays accessible (axe-core)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from devstack.processes import Service
from storage.database import Database, open_database
from tests.browser_support import axe_violations, format_violations
from tests.watch.app import start_watch_server
from tests.watch.helpers import add_resident
from watch.clock import SystemClock
from watch.devices import create_device
from watch.notices import create_notice, delivery_log, end_notice
from watch.notices_schemas import NoticeCreate
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow

REPEAT_S = 2.0
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Database]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('notices-device') / 'watch.db'}"
    db = open_database(url=url)  # migrated
    yield url, db
    db.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, database: tuple[str, Database]) -> Iterator[Service]:
    handle = start_watch_server({"STORAGE_DATABASE_URL": database[0], "WATCH_NOTICE_POLL_S": "0.2",
                                 "WATCH_NOTICE_TABLET_REPEAT_S": str(REPEAT_S), "RASA_URL": "http://127.0.0.1:9"},
                                work_dir=tmp_path_factory.mktemp("notices-device-app"))
    yield handle
    handle.stop()


def tablet_page(browser: Browser, server: Service, db: Database, district: str) -> tuple[BrowserContext, Page, str]:
    rid = add_resident(db, name=f"{district} ハナ", name_kana=f"{district}はな", district=district)
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=rid)
    context = browser.new_context(viewport={"width": 1024, "height": 768}, locale="ja-JP", base_url=server.url)
    page = context.new_page()
    page.goto("/device")
    page.evaluate("([id, token]) => localStorage.setItem('osaki.watch.device', JSON.stringify({deviceId: id, token}))",
                  [device.device_id, device.token])
    page.reload()
    expect(page.locator("#status")).to_have_text("つながっています", timeout=TIMEOUT_MS)
    return context, page, device.device_id


def test_banner_repeats_until_heard_only_in_its_district_and_goes_when_ended(
        browser: Browser, server: Service, database: tuple[str, Database]) -> None:
    db = database[1]
    here_context, here, device_id = tablet_page(browser, server, db, "古川")
    there_context, there, _ = tablet_page(browser, server, db, "田尻")
    clock = SystemClock()
    try:
        with db.sessions() as session, session.begin():
            notice = create_notice(session, data=NoticeCreate(
                level="evacuate", title="避難指示(洪水)", text="古川第一小学校へ避難してください。", districts=["古川"],
                expires_at=clock.now() + timedelta(hours=2)), created_by="防災課", now=clock.now(),
                settings=WatchSettings(_env_file=None))
        banner = here.get_by_role("region", name="防災のお知らせ")
        expect(banner).to_be_visible(timeout=TIMEOUT_MS)
        item = banner.locator(f'li[data-notice-id="{notice.id}"]')
        expect(item).to_contain_text("避難指示(洪水)")
        expect(item).to_contain_text("古川第一小学校へ避難してください。")
        expect(item).to_contain_text("対象：古川")
        expect(item).to_have_attribute("data-spoken", "1")
        violations = axe_violations(here)
        assert violations == [], format_violations(violations)
        expect(item).to_have_attribute("data-spoken", "2", timeout=TIMEOUT_MS)  # not heard: read out again

        item.get_by_role("button", name="聞きました").click()
        expect(item.locator(".notice__done")).to_be_visible(timeout=TIMEOUT_MS)
        expect(item.get_by_role("button", name="聞きました")).to_be_hidden()
        here.wait_for_timeout(REPEAT_S * 1500)
        expect(item).to_have_attribute("data-spoken", "2")  # heard: no more repeats
        with db.sessions() as session:
            [row] = [r for r in delivery_log(session, notice_id=notice.id, now=clock.now()).rows
                     if r.device_id == device_id]
        assert row.status == "acknowledged"

        assert there.locator("#notices").is_hidden()  # the other district never got it
        with db.sessions() as session, session.begin():
            end_notice(session, notice_id=notice.id, ended_by="防災課", now=clock.now())
        expect(here.locator("#notices")).to_be_hidden(timeout=TIMEOUT_MS)
    finally:
        here_context.close()
        there_context.close()
