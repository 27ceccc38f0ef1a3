"""The staff loop in real Chromium against the real gateway (bot down, answers from the search, a copy of two
corpus folders): a citizen answers 「役に立ちましたか」 on a phone, a staff member sees the question on
「FAQの改善」 at 390 px (chart readable, no axe violations), attaches it to an entry, and the chat then answers
that wording with the entry; another group becomes a new-FAQ request with its CSV link."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect
from sqlalchemy import select

from chat.models import ChatQuestion
from devstack.processes import Service
from knowledge.ingest import read_markdown
from storage.database import Database, open_database
from tests.browser_support import axe_violations, format_violations, start_gateway
from tests.staff.conftest import Account, make_account

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2] / "knowledge" / "corpus"
PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
ANSWER_TIMEOUT_MS = 30_000
ANSWERED = "住民票の写しはどこで取れますか"
NEW_WORDING = "カラスにつつかれないごみ出しの曜日"
NO_FAQ = "ドローンを飛ばす許可はどこでもらえますか"


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faq-loop")
    for name in ("gomi", "koseki"):
        shutil.copytree(CORPUS / name, folder / "corpus" / name)
    return folder


@pytest.fixture(scope="module")
def gateway(work_dir: Path) -> Iterator[Service]:
    handle = start_gateway({"KNOWLEDGE_CORPUS_PATH": str(work_dir / "corpus"), "CHAT_RATE_LIMIT": "1000/minute",
                            "GATEWAY_PUBLIC_RATE_LIMIT": "1000/minute"}, work_dir=work_dir)
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def db(gateway: Service, work_dir: Path) -> Iterator[Database]:
    database = open_database(url=f"sqlite:///{work_dir / 'gateway.db'}")
    yield database
    database.close()


def _page(browser: Browser, gateway: Service, viewport: ViewportSize = PHONE) -> Page:
    context = browser.new_context(viewport=viewport, locale="ja-JP", base_url=gateway.url)
    return context.new_page()


def _ask(page: Page, text: str) -> None:
    before = page.locator("#log .msg--bot").count()
    page.locator("#chat-input").fill(text)
    page.locator("#chat-input").press("Enter")
    expect(page.locator("#log .msg--bot")).not_to_have_count(before, timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator("#typing-text")).to_have_text("", timeout=ANSWER_TIMEOUT_MS)


def _no_axe_violations(page: Page) -> None:
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)


def _log_in(page: Page, account: Account) -> None:
    page.goto("/staff/login")
    page.get_by_label("ユーザー名").fill(account.username)
    page.get_by_label("パスワード").fill(account.password)
    page.get_by_label("パスワード").press("Enter")
    page.wait_for_url("**/staff", timeout=10_000)


def _rate_no_if_answered(page: Page) -> None:
    """Answer いいえ when the question was answered (an abstention is listed on the staff page anyway)."""
    answer = page.locator("#log .msg--faq_answer").last
    if page.locator("#log .msg").last.evaluate("el => el.classList.contains('msg--faq_answer')"):
        answer.get_by_role("button", name="いいえ").click()
        expect(answer.get_by_role("status")).to_have_text("ご回答ありがとうございました。今後の改善に役立てます。")


def test_the_staff_loop(browser: Browser, gateway: Service, db: Database, work_dir: Path) -> None:
    citizen = _page(browser, gateway)
    citizen.goto("/")
    _ask(citizen, ANSWERED)
    answer = citizen.locator("#log .msg--faq_answer").last
    group = answer.get_by_role("group", name="この回答は役に立ちましたか？")
    expect(group).to_be_visible()
    _no_axe_violations(citizen)
    group.get_by_role("button", name="いいえ").click()
    expect(group.get_by_role("status")).to_have_text("ご回答ありがとうございました。今後の改善に役立てます。")
    expect(group.get_by_role("button", name="いいえ")).to_have_attribute("aria-pressed", "true")
    expect(group.get_by_role("button", name="はい")).to_be_disabled()
    with db.sessions() as session:
        row = session.scalars(select(ChatQuestion).order_by(ChatQuestion.id.desc())).first()
        assert row is not None and row.helpful is False and row.text == ANSWERED
    citizen.reload()  # the answer is remembered with the page
    expect(citizen.locator("#log .msg--faq_answer").last.get_by_role("button", name="いいえ")).to_have_attribute(
        "aria-pressed", "true")
    _ask(citizen, NEW_WORDING)
    _rate_no_if_answered(citizen)
    _ask(citizen, NO_FAQ)
    _rate_no_if_answered(citizen)

    admin = make_account(db, role="admin")
    staff = _page(browser, gateway)
    _log_in(staff, admin)
    staff.goto("/staff/faq")
    expect(staff.get_by_role("heading", level=1)).to_have_text("FAQの改善")
    for wording in (ANSWERED, NEW_WORDING, NO_FAQ):
        expect(staff.get_by_role("heading", name=f"「{wording}」")).to_be_visible()
    chart = staff.locator(".faq-chart svg[role=img]")
    box = chart.bounding_box()
    assert box is not None and 300 <= box["width"] <= 390  # drawn at about 1:1: 12-unit text stays readable
    assert staff.evaluate("() => document.documentElement.scrollWidth") <= 390  # nothing overflows sideways
    _no_axe_violations(staff)

    card = staff.locator("article.faq-group", has=staff.get_by_role("heading", name=f"「{NEW_WORDING}」"))
    card.get_by_label("追加先のFAQ(番号)").fill("gomi-001")
    card.get_by_role("button", name="FAQに別の聞き方として追加").click()
    staff.wait_for_url("**/staff/faq", timeout=120_000)
    expect(staff.get_by_role("heading", name=f"「{NEW_WORDING}」")).to_have_count(0)
    assert NEW_WORDING in read_markdown(work_dir / "corpus" / "gomi" / "gomi-001.md").questions

    card = staff.locator("article.faq-group", has=staff.get_by_role("heading", name=f"「{NO_FAQ}」"))
    card.get_by_label("依頼する担当課").select_option("環境保全課")
    card.get_by_role("button", name="新しいFAQが必要").click()
    staff.wait_for_url("**/staff/faq", timeout=30_000)
    expect(staff.get_by_role("heading", name=f"「{NO_FAQ}」")).to_have_count(0)
    expect(staff.get_by_role("link", name=re.compile(r"CSVをダウンロード\s*\(環境保全課\)"))).to_be_visible()
    staff.set_viewport_size(DESKTOP)
    _no_axe_violations(staff)

    _ask(citizen, NEW_WORDING)  # the rebuilt search now knows the wording
    expect(citizen.locator("#log .msg").last).to_contain_text("燃やせるごみの収集日はいつですか。")
