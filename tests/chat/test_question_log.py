"""chat.question_log: the outcome of every turn (Rasa up or down), masked text, feedback of the asking session
only, and deletion after the retention period, on a real SQLite database. Rasa is an httpx MockTransport (as in
test_service.py); tests/chat/test_question_log_routes.py runs turns over HTTP with the real search."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from chat.bot_client import BotClient
from chat.models import (
    OUTCOME_ABSTAINED,
    OUTCOME_ANSWERED,
    OUTCOME_HANDED_OVER,
    OUTCOME_NOT_UNDERSTOOD,
    OUTCOME_OTHER,
    OUTCOME_REPORT_STATUS,
    OUTCOME_SAFETY,
    ChatQuestion,
)
from chat.question_log import (
    QuestionLog,
    TurnFacts,
    classify,
    count_questions,
    purge_expired,
    rasa_answer_facts,
    record_question,
    session_hash,
    set_feedback,
)
from chat.schemas import ChatMessage
from chat.service import ChatService
from chat.sessions import bot_sender_id
from chat.settings import ChatSettings, QuestionLogSettings
from chat.wording import REPHRASE_TEXT, abstain_text, search_unavailable_text
from core.rasa import RasaSettings
from knowledge.records import FaqEntry
from knowledge.search import Answer, SearchResult
from storage.database import Database, open_database

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
ENTRY = FaqEntry(id="gomi-001", question="燃やせるごみの収集日はいつですか。", answer="週2回です。",
                 category="ごみ・リサイクル", department="環境保全課", phone="0229-23-6075")


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(url=f"sqlite:///{tmp_path / 'log.db'}")
    yield db
    db.close()


class NearestSearch:
    """The search as the log sees it: abstains, with gomi-001 as the best candidate."""

    def __init__(self, *, abstained: bool = True) -> None:
        self.abstained = abstained
        self.queries: list[str] = []

    def search(self, query: str, *, k: int, spoken: bool = False) -> SearchResult:
        self.queries.append(query)
        return SearchResult(query=query, answers=[Answer(entry=ENTRY, score=0.4, confidence=0.3)], confidence=0.3,
                            abstained=self.abstained, contact_name="総合窓口", contact_phone="0229-23-5091")


# --- classify (pure) ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("messages", "degraded", "outcome"), [
    ([ChatMessage(kind="faq_answer", text="「…」についてご案内します。")], False, OUTCOME_ANSWERED),
    ([ChatMessage(kind="notice", text="簡易モード"), ChatMessage(kind="faq_answer", text="…")], True, OUTCOME_ANSWERED),
    ([ChatMessage(text=abstain_text("総合窓口", "0229-23-5091"))], False, OUTCOME_ABSTAINED),
    ([ChatMessage(text=search_unavailable_text("総合窓口", "0229-23-5091"))], False, OUTCOME_ABSTAINED),
    ([ChatMessage(kind="notice", text="簡易モード"),
      ChatMessage(kind="hand_over", text=abstain_text("総合窓口", "0229-23-5091"))], True, OUTCOME_ABSTAINED),
    ([ChatMessage(kind="hand_over", text="担当の職員にご相談いただけるよう…")], False, OUTCOME_HANDED_OVER),
    ([ChatMessage(text=REPHRASE_TEXT)], False, OUTCOME_NOT_UNDERSTOOD),
    ([ChatMessage(kind="emergency", title="すぐに119番へ", text="…")], False, OUTCOME_SAFETY),
    ([ChatMessage(kind="urgent_advice", text="…"), ChatMessage(kind="faq_answer", text="…")], False, OUTCOME_ANSWERED),
    ([ChatMessage(kind="report_status", text="受付番号…")], False, OUTCOME_REPORT_STATUS),
    ([ChatMessage(text="こんにちは。")], False, OUTCOME_OTHER),
])
def test_classify(messages: list[ChatMessage], degraded: bool, outcome: str) -> None:
    assert classify(messages, TurnFacts(degraded=degraded)) == outcome


def test_rasa_answer_facts_read_the_faq_payload() -> None:
    facts = TurnFacts()
    rasa_answer_facts([{"text": "…"}, {"custom": {"type": "faq_answer", "entry_id": "gomi-001", "question": "q",
                                                  "confidence": 0.81}}, {"custom": {"type": "unknown"}}], facts)
    assert (facts.entry_id, facts.confidence) == ("gomi-001", 0.81)


# --- storage --------------------------------------------------------------------------------------------
def test_text_is_masked_and_kept_only_for_question_outcomes(database: Database) -> None:
    asked = "佐藤さん(090-1234-5678)のごみの日は?"
    answered = record_question(database, session_id="s1", text=asked, channel="web", outcome=OUTCOME_ANSWERED,
                               facts=TurnFacts(entry_id="gomi-001", confidence=0.8, category="ごみ"), now=NOW)
    other = record_question(database, session_id="s1", text="名前は山田太郎です", channel="web", outcome=OUTCOME_OTHER,
                            facts=TurnFacts(), now=NOW)
    safety = record_question(database, session_id="s1", text="胸が痛い", channel="voice", outcome=OUTCOME_SAFETY,
                             facts=TurnFacts(safety_kind="emergency_fire_ambulance"), now=NOW)
    with database.sessions() as session:
        rows = {row.id: row for row in session.scalars(select(ChatQuestion))}
    assert rows[answered].text == "【氏名】さん(【電話番号】)のごみの日は?"
    assert (rows[answered].entry_id, rows[answered].confidence, rows[answered].category) == ("gomi-001", 0.8, "ごみ")
    assert rows[other].text == "" and rows[other].outcome == OUTCOME_OTHER
    assert rows[safety].text == "" and rows[safety].safety_kind == "emergency_fire_ambulance"
    assert rows[safety].channel == "voice"
    assert rows[answered].session_hash == session_hash("s1") != bot_sender_id("s1")


def test_feedback_only_from_the_asking_session(database: Database) -> None:
    question_id = record_question(database, session_id="mine", text="ごみの日", channel="web",
                                  outcome=OUTCOME_ANSWERED, facts=TurnFacts(entry_id="gomi-001"), now=NOW)
    assert not set_feedback(database, session_id="theirs", question_id=question_id, helpful=False, now=NOW)
    assert not set_feedback(database, session_id="mine", question_id=question_id + 100, helpful=False, now=NOW)
    abstained = record_question(database, session_id="mine", text="ごみ", channel="web", outcome=OUTCOME_ABSTAINED,
                                facts=TurnFacts(), now=NOW)
    assert not set_feedback(database, session_id="mine", question_id=abstained, helpful=False, now=NOW)
    assert set_feedback(database, session_id="mine", question_id=question_id, helpful=True, now=NOW)
    assert set_feedback(database, session_id="mine", question_id=question_id, helpful=False, now=NOW)  # last counts
    with database.sessions() as session:
        row = session.get(ChatQuestion, question_id)
        assert row is not None and row.helpful is False and row.feedback_at == NOW


def test_rows_older_than_the_retention_period_are_deleted(database: Database) -> None:
    for days in (400, 366, 364, 1):
        record_question(database, session_id="s", text="ごみ", channel="web", outcome=OUTCOME_ANSWERED,
                        facts=TurnFacts(), now=NOW - timedelta(days=days))
    assert purge_expired(database, now=NOW, retention_days=365) == 2
    assert count_questions(database) == 2
    assert purge_expired(database, now=NOW, retention_days=365) == 0


# --- through ChatService ----------------------------------------------------------------------------------
def _service(database: Database, reply: list[dict[str, object]] | None, search: NearestSearch | None,
             settings: QuestionLogSettings | None = None) -> ChatService:
    if reply is None:
        transport = httpx.MockTransport(lambda request: httpx.Response(500))
    else:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))
    chat_settings = ChatSettings()
    bot = BotClient(RasaSettings(url="http://127.0.0.1:5005"), chat_settings, transport=transport)
    log = QuestionLog(settings=settings or QuestionLogSettings(_env_file=None), database=lambda: database,
                      search=lambda: search, categories=lambda: {"gomi-001": "ごみ・リサイクル"})
    return ChatService(bot=bot, settings=chat_settings, search=lambda: search, database=lambda: database,
                       question_log=log, clock=lambda: NOW)


def _rows(database: Database) -> list[ChatQuestion]:
    with database.sessions() as session:
        return list(session.scalars(select(ChatQuestion).order_by(ChatQuestion.id)))


def test_rasa_answer_is_logged_with_its_entry_and_offered_for_feedback(database: Database) -> None:
    service = _service(database, [{"text": "「燃やせるごみ」についてご案内します。"}, {"custom": {
        "type": "faq_answer", "entry_id": "gomi-001", "question": "q", "confidence": 0.77}}], NearestSearch())
    reply = asyncio.run(service.turn(session_id=service.new_session_id(), text="ゴミの日を教えて", channel="web"))
    (row,) = _rows(database)
    assert reply.question_id == row.id
    assert (row.outcome, row.entry_id, row.confidence, row.category, row.degraded) == (
        OUTCOME_ANSWERED, "gomi-001", 0.77, "ごみ・リサイクル", False)
    assert row.text == "ゴミの日を教えて"


def test_rasa_abstention_is_logged_with_the_nearest_entry(database: Database) -> None:
    search = NearestSearch()
    service = _service(database, [{"text": abstain_text("総合窓口", "0229-23-5091")}], search)
    reply = asyncio.run(service.turn(session_id=service.new_session_id(), text="粗大ごみの券はどこ", channel="web"))
    (row,) = _rows(database)
    assert reply.question_id is None  # nothing to rate
    assert (row.outcome, row.entry_id, row.nearest_entry_id, row.category) == (
        OUTCOME_ABSTAINED, None, "gomi-001", "ごみ・リサイクル")
    assert search.queries == ["粗大ごみの券はどこ"]


def test_degraded_turns_are_logged_from_the_search(database: Database) -> None:
    service = _service(database, None, NearestSearch(abstained=False))
    session_id = service.new_session_id()
    reply = asyncio.run(service.turn(session_id=session_id, text="ごみの日 090-1234-5678", channel="web"))
    abstaining = _service(database, None, NearestSearch(abstained=True))
    asyncio.run(abstaining.turn(session_id=session_id, text="わからない質問", channel="voice"))
    answered, abstained = _rows(database)
    assert reply.degraded and reply.question_id == answered.id
    assert (answered.outcome, answered.entry_id, answered.degraded, answered.text) == (
        OUTCOME_ANSWERED, "gomi-001", True, "ごみの日 【電話番号】")
    assert (abstained.outcome, abstained.nearest_entry_id, abstained.channel) == (
        OUTCOME_ABSTAINED, "gomi-001", "voice")


def test_emergencies_keep_no_text_and_buttons_are_not_questions(database: Database) -> None:
    service = _service(database, [{"text": "かしこまりました。"}], NearestSearch())
    session_id = service.new_session_id()
    asyncio.run(service.turn(session_id=session_id, text="父が倒れて息をしていません", channel="web"))
    asyncio.run(service.turn(session_id=session_id, text="/affirm", channel="web"))
    (row,) = _rows(database)
    assert row.outcome == OUTCOME_SAFETY and row.text == ""
    assert row.safety_kind is not None and row.safety_kind.startswith("emergency")


def test_nothing_is_kept_when_the_log_is_off(database: Database) -> None:
    service = _service(database, [{"text": "こんにちは。"}], None,
                       settings=QuestionLogSettings(_env_file=None, enabled=False))
    reply = asyncio.run(service.turn(session_id=service.new_session_id(), text="こんにちは", channel="web"))
    assert reply.question_id is None and _rows(database) == []
