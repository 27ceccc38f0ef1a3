"""The notice pages of the dashboard in real Chromium: a staff member writes a notice for their district with the
form, sees the delivery page, starts a safety confirmation from it; axe-core finds no WCAG A/AA violation on the
form (also with its error list) and on the notice page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from playwright.sync_api import Browser, Page, expect

from storage.database import Database
from tests.browser_support import assert_accessible, serve_in_thread, staff_log_in
from tests.staff.conftest import make_account, make_resident, unique_district
from watch.devices import create_device

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(running_app: FastAPI) -> Iterator[str]:
    """The already-started app over real HTTP on loopback (its lifespan already ran)."""
    with serve_in_thread(running_app, name="staff-notices-server", lifespan="off") as url:
        yield url


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP", base_url=server)
    tab = context.new_page()
    yield tab
    context.close()


def test_write_a_notice_then_start_a_safety_confirmation(page: Page, db: Database) -> None:
    district = unique_district()
    resident = make_resident(db, district=district, name="防災 ハナ")
    with db.sessions() as session, session.begin():
        create_device(session, resident_id=resident)
    account = make_account(db, districts=(district,))
    staff_log_in(page, username=account.username, password=account.password)

    page.get_by_role("link", name="防災のお知らせ").click()
    expect(page.get_by_role("heading", name="お知らせを出す")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("見出し").fill("避難指示(洪水)")
    page.get_by_label("本文").fill("近くの小学校へ避難してください。")
    page.get_by_role("button", name="お知らせを出す").click()  # no district chosen
    expect(page.get_by_role("alert")).to_contain_text("対象の地区を1つ以上選ぶか")
    assert_accessible(page)

    page.get_by_label(district).check()
    page.get_by_role("button", name="お知らせを出す").click()
    expect(page.get_by_role("heading", name="避難指示: 避難指示(洪水)")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("防災 ハナ")
    expect(page.get_by_role("table")).to_contain_text("未配信")
    assert_accessible(page)

    page.get_by_role("button", name="この地区の安否確認を始める").click()
    expect(page.get_by_role("heading", name=f"安否確認の状況({district})")).to_be_visible()
