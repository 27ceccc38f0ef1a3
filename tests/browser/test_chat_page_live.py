"""The chat page against the real stack (Rasa + action server + gateway): answers, emergency, report form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from devstack.stack import Stack
from tests.browser.test_chat_page import ANSWER_TIMEOUT_MS, PHONE, ask, assert_no_axe_violations, bot_messages

pytestmark = pytest.mark.slow


@pytest.fixture
def page(browser: Browser, live_stack: Stack) -> Iterator[Page]:
    """A fresh profile on the chat page served by the live stack's gateway."""
    context = browser.new_context(viewport=PHONE, locale="ja-JP", base_url=live_stack.gateway_url)
    tab = context.new_page()
    tab.goto("/")
    yield tab
    context.close()


def test_bot_answer_shows_source_link_and_phone(page: Page) -> None:
    with page.expect_response("**/api/chat") as response_info:
        ask(page, "児童手当の申請について教えてください")
    assert response_info.value.json()["degraded"] is False
    expect(bot_messages(page, "notice")).to_have_count(0)
    answer = bot_messages(page, "faq_answer").last
    expect(answer).to_contain_text("児童手当")
    href = answer.locator(".msg__links a").first.get_attribute("href") or ""
    assert href.startswith("https://www.city.osaki.miyagi.jp/"), href
    assert (answer.locator("a.phone-link").first.get_attribute("href") or "").startswith("tel:0229")
    assert_no_axe_violations(page)


def test_emergency_shows_119_prominently(page: Page) -> None:
    ask(page, "人が倒れています")
    emergency = bot_messages(page, "emergency").last
    expect(emergency).to_contain_text("119")
    expect(emergency.locator("a.phone-link[href='tel:119']")).to_be_visible()
    assert_no_axe_violations(page)


def test_report_form_confirmed_with_the_yes_button(page: Page) -> None:
    for text in ("街灯が消えていて夜道が暗いです", "防犯灯が一晩中つかない", "三本木の公民館の前", "なし"):
        ask(page, text)
    yes = page.locator(".reply-button", has_text="はい").last
    expect(yes).to_be_enabled()
    yes.focus()
    page.keyboard.press("Enter")
    expect(bot_messages(page, "report_filed")).to_have_count(1, timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator("#log .msg--user").last).to_contain_text("はい")
