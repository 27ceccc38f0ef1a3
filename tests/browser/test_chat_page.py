"""The citizen chat page in real Chromium against the real gateway (bot down, so answers come from search)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, ViewportSize, expect

from devstack.processes import Service
from tests.browser_support import axe_violations, format_violations, start_gateway

pytestmark = pytest.mark.slow

QUESTION = "粗大ごみの出し方を教えてください"
ANSWER_TIMEOUT_MS = 30_000  # one chat turn (search on 2 shared cores)
PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
MAX_TAB_PRESSES = 40
# Records whether the typing indicator's text appeared at any moment (the answer may come back quickly).
WATCH_TYPING_JS = """() => {
  window.__typingSeen = false;
  const target = document.getElementById('typing-text');
  new MutationObserver(() => {
    if (target.textContent.includes('回答を作成しています')) window.__typingSeen = true;
  }).observe(target, {childList: true, characterData: true, subtree: true});
}"""


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """The real gateway, its own index and database, Rasa unreachable (degraded mode)."""
    handle = start_gateway(work_dir=tmp_path_factory.mktemp("chat-gateway"))
    yield handle
    handle.stop()


@pytest.fixture
def page(browser: Browser, gateway: Service) -> Iterator[Page]:
    """A fresh browser profile (empty localStorage) on the chat page, phone-sized."""
    context = browser.new_context(viewport=PHONE, locale="ja-JP", base_url=gateway.url)
    tab = context.new_page()
    tab.goto("/")
    yield tab
    context.close()


def bot_messages(page: Page, kind: str | None = None) -> Locator:
    """Locator of the bot's messages in the log (optionally of one kind)."""
    return page.locator("#log .msg--bot" + (f".msg--{kind}" if kind else ""))


def ask(page: Page, text: str) -> None:
    """Type a message and send it with the Enter key, then wait for the answer."""
    before = bot_messages(page).count()
    page.locator("#chat-input").fill(text)
    page.locator("#chat-input").press("Enter")
    expect(bot_messages(page)).not_to_have_count(before, timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator("#typing-text")).to_have_text("", timeout=ANSWER_TIMEOUT_MS)


def assert_no_axe_violations(page: Page) -> None:
    """axe-core finds no WCAG 2.0/2.1 A or AA violation."""
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_initial_page_is_japanese_greets_and_has_no_axe_violations(page: Page, viewport: ViewportSize) -> None:
    page.set_viewport_size(viewport)
    assert page.locator("html").get_attribute("lang") == "ja"
    expect(page.get_by_role("heading", level=1)).to_have_text("大崎市 AIチャット案内")
    for landmark in ("banner", "main", "contentinfo"):
        expect(page.get_by_role(landmark)).to_have_count(1)
    log = page.get_by_role("log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log).to_contain_text("こんにちは。大崎市のAIチャットです。")
    expect(page.locator("#quick-replies button")).to_have_count(9)
    expect(page.get_by_role("textbox", name="ご質問を入力してください")).to_be_visible()
    expect(page.get_by_role("link", name="0229-23-5091")).to_have_attribute("href", "tel:0229235091")
    expect(page.get_by_role("link", name="119番")).to_have_attribute("href", "tel:119")
    # Nothing is loaded from another host.
    for src in page.eval_on_selector_all("script[src], link[href]", "els => els.map(e => e.src || e.href)"):
        assert src.startswith(page.url.rstrip("/")), src
    assert_no_axe_violations(page)


def test_question_gets_answer_with_source_link_and_page_stays_accessible(page: Page) -> None:
    page.evaluate(WATCH_TYPING_JS)
    with page.expect_response("**/api/chat") as response_info:
        ask(page, QUESTION)
    body = response_info.value.json()
    assert response_info.value.status == 200 and body["degraded"] is True
    assert page.evaluate("window.__typingSeen") is True

    expect(page.locator("#log .msg--user").last).to_have_text(f"あなた:{QUESTION}")
    expect(bot_messages(page, "notice")).to_contain_text("簡易モード")
    answer = bot_messages(page, "faq_answer").last
    expect(answer).to_contain_text("粗大ごみ")
    source = answer.locator(".msg__links a").first
    expect(source).to_be_visible()
    href = source.get_attribute("href") or ""
    assert href.startswith(("https://", "http://")), href
    assert href == body["messages"][-1]["links"][0]["url"]
    tel = answer.locator("a.phone-link").first
    assert (tel.get_attribute("href") or "").startswith("tel:")
    expect(page.locator("#chat-input")).to_have_value("")
    expect(page.locator("#chat-input")).to_be_focused()
    assert_no_axe_violations(page)


def test_quick_reply_works_by_keyboard_with_visible_focus(page: Page) -> None:
    target = page.get_by_role("button", name="ごみ・リサイクル")
    for _ in range(MAX_TAB_PRESSES):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the quick-reply button cannot be reached with the Tab key")
    outline = target.evaluate("el => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth")
    assert outline == "solid 3px", outline

    page.keyboard.press("Enter")
    expect(page.locator("#log .msg--user").last).to_have_text("あなた:ごみ・リサイクル", timeout=ANSWER_TIMEOUT_MS)
    expect(bot_messages(page).last).not_to_contain_text("こんにちは", timeout=ANSWER_TIMEOUT_MS)
    expect(bot_messages(page, "faq_answer").or_(bot_messages(page, "hand_over")).first).to_be_visible(
        timeout=ANSWER_TIMEOUT_MS
    )


def test_skip_link_moves_focus_to_the_input(page: Page) -> None:
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="入力欄へ移動")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#chat-input")).to_be_focused()


def test_reload_keeps_the_conversation_and_reset_clears_it(page: Page) -> None:
    ask(page, QUESTION)
    session_id = page.evaluate("JSON.parse(localStorage.getItem('osakiChat.v1')).sessionId")
    assert isinstance(session_id, str) and session_id
    texts = page.locator("#log .msg").all_inner_texts()

    page.reload()
    expect(page.locator("#log .msg")).to_have_count(len(texts))
    assert page.locator("#log .msg").all_inner_texts() == texts
    expect(bot_messages(page, "faq_answer").locator(".msg__links a").first).to_have_attribute(
        "href", re.compile(r"^https?://")
    )

    # The same session goes on after the reload.
    with page.expect_request("**/api/chat") as request_info:
        ask(page, "ありがとうございました")
    sent = request_info.value.post_data_json
    assert sent is not None and sent["session_id"] == session_id

    page.get_by_role("button", name="会話をリセット").click()
    expect(page.locator("#log .msg")).to_have_count(1)
    expect(page.locator("#log")).to_contain_text("こんにちは。大崎市のAIチャットです。")
    page.reload()
    expect(page.locator("#log .msg")).to_have_count(1)
    assert page.evaluate("JSON.parse(localStorage.getItem('osakiChat.v1')).sessionId") is None


def test_larger_text_toggle_is_pressed_and_remembered(page: Page) -> None:
    def root_font_px() -> float:
        return float(page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)"))

    toggle = page.get_by_role("button", name="文字を大きく")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    normal = root_font_px()
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert root_font_px() >= normal * 1.2

    page.reload()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert root_font_px() >= normal * 1.2
    assert_no_axe_violations(page)
    toggle.press("Enter")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert root_font_px() == normal


def test_too_long_text_shows_the_limit_politely(page: Page) -> None:
    text = "あ" * 501
    page.locator("#chat-input").fill(text)
    expect(page.locator("#chat-count")).to_have_text("501 / 500文字")
    with page.expect_response("**/api/chat") as response_info:
        page.get_by_role("button", name="送信").click()
    assert response_info.value.status == 422
    error = page.locator("#log .msg--error").last
    expect(error).to_contain_text("500文字以内で入力してください")
    expect(error).to_contain_text("501文字")
    # The text stays in the box so that it can be shortened, and nothing failed is kept for a reload.
    expect(page.locator("#chat-input")).to_have_value(text)
    page.reload()
    expect(page.locator("#log .msg--error")).to_have_count(0)


def test_enter_while_composing_japanese_does_not_send(page: Page) -> None:
    page.locator("#chat-input").fill("そだいごみ")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.locator("#chat-input").dispatch_event("keydown", {"key": "Enter", "isComposing": True, "keyCode": 229})
    page.locator("#chat-input").press("Shift+Enter")
    page.wait_for_timeout(500)
    assert not [url for url in requests if "/api/chat" in url]
    expect(page.locator("#log .msg--user")).to_have_count(0)
    assert page.locator("#chat-input").input_value().startswith("そだいごみ")


def test_typed_markup_is_shown_as_text(page: Page) -> None:
    # A question with markup is shown as text, not parsed as HTML.
    ask(page, "<img src=x onerror=alert(1)>粗大ごみ")
    expect(page.locator("#log img")).to_have_count(0)
    expect(page.locator("#log .msg--user").last).to_contain_text("<img src=x onerror=alert(1)>粗大ごみ")


def test_a_session_the_server_did_not_issue_is_replaced(page: Page) -> None:
    page.evaluate("""() => {
      const state = JSON.parse(localStorage.getItem('osakiChat.v1'));
      state.sessionId = 'forged-session-id';
      localStorage.setItem('osakiChat.v1', JSON.stringify(state));
    }""")
    page.reload()
    statuses: list[int] = []
    page.on("response", lambda response: statuses.append(response.status) if "/api/chat" in response.url else None)
    ask(page, QUESTION)
    expect(bot_messages(page, "faq_answer")).to_have_count(1)
    assert statuses == [422, 201, 200]
    session_id = page.evaluate("JSON.parse(localStorage.getItem('osakiChat.v1')).sessionId")
    assert isinstance(session_id, str) and session_id not in ("", "forged-session-id")
