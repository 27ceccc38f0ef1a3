"""The chat page in real Chromium renders the safety layer's first message: a large-print card with its heading
and tap-to-call buttons (``tel:%237119`` kept), under the gateway's strict CSP. The real gateway app (no FAQ
search, Rasa on a closed port) runs in-process under uvicorn."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect

from core.rasa import RasaSettings
from devstack.processes import free_port
from gateway.main import create_app
from storage.settings import StorageSettings
from tests.conftest import closed_port_url

pytestmark = pytest.mark.slow
ANSWER_TIMEOUT_MS = 30_000
START_TIMEOUT_S = 30.0


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database = Path(tmp_path_factory.mktemp("page-safety")) / "gateway.db"
    app = create_app(storage=StorageSettings(database_url=f"sqlite:///{database}"),
                     rasa=RasaSettings(_env_file=None, url=closed_port_url()))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        assert time.monotonic() < deadline, "the gateway did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=START_TIMEOUT_S)


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP", base_url=base_url)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.goto("/")
    yield tab
    assert not [e for e in errors if "Content Security Policy" in e], errors
    context.close()


def ask(page: Page, text: str) -> None:
    page.locator("#chat-input").fill(text)
    page.locator("#chat-input").press("Enter")
    expect(page.locator("#typing-text")).to_have_text("", timeout=ANSWER_TIMEOUT_MS)


def test_a_fire_shows_the_large_print_119_card_first(page: Page) -> None:
    ask(page, "台所から火が出た")
    card = page.locator("#log .msg--emergency").last
    expect(card).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(card.locator(".msg__title")).to_contain_text("119")
    expect(card.locator("a.phone-link[href='tel:119']")).to_be_visible()
    expect(card.locator("a.phone-link[href='tel:110']")).to_be_visible()
    title_px = card.locator(".msg__title").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    text_px = card.locator(".msg__text").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert title_px > text_px >= 16


def test_urgent_advice_keeps_the_hash_number_dialable(page: Page) -> None:
    ask(page, "めまいがして吐き気がある")
    card = page.locator("#log .msg--urgent_advice").last
    expect(card).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(card.locator("a.phone-link[href='tel:%237119']")).to_contain_text("#7119")
    expect(card.locator("a.phone-link[href='tel:119']")).to_be_visible()


def test_the_card_survives_a_reload(page: Page) -> None:
    ask(page, "避難所はどこですか")
    expect(page.locator("#log .msg--disaster .msg__title")).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    page.reload()
    expect(page.locator("#log .msg--disaster .msg__title")).to_be_visible()
    expect(page.locator("#log .msg--disaster a[href^='http']").first).to_be_visible()
