"""The question log over HTTP: a degraded turn answered by the real knowledge search is logged (masked) and
can be rated once per session through POST /api/chat/feedback; bad feedback is refused in Japanese; the
chat's lifespan deletes questions past the retention period."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from chat import routes as chat_routes
from chat.models import OUTCOME_ABSTAINED, OUTCOME_ANSWERED, ChatQuestion
from chat.question_log import TurnFacts, count_questions, record_question
from chat.settings import ChatSettings, QuestionLogSettings
from core.rasa import RasaSettings
from core.settings import RuntimeSettings
from gateway.errors import install_error_handlers
from knowledge.search import Searcher
from knowledge.web import SearchService
from storage.database import Database, open_database
from tests.conftest import closed_port_url


def _app(database: Database, *, search: SearchService | None, log: QuestionLogSettings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with chat_routes.lifespan(app):
            yield

    app = FastAPI(lifespan=lifespan)
    app.state.runtime = RuntimeSettings(_env_file=None)
    app.state.rasa = RasaSettings(url=closed_port_url())
    app.state.chat_settings = ChatSettings()
    app.state.question_log_settings = log or QuestionLogSettings(_env_file=None)
    app.state.search = search
    app.state.db = database
    install_error_handlers(app)
    app.include_router(chat_routes.router)
    return app


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(url=f"sqlite:///{tmp_path_factory.mktemp('qlog') / 'q.db'}")
    yield db
    db.close()


@pytest.fixture(scope="module")
def client(database: Database, searcher: Searcher) -> Iterator[TestClient]:
    with TestClient(_app(database, search=SearchService(searcher))) as test_client:
        yield test_client


def _session(client: TestClient) -> str:
    session_id: str = client.post("/api/chat/session").json()["session_id"]
    return session_id


def _row(database: Database, question_id: int) -> ChatQuestion:
    with database.sessions() as session:
        row = session.get(ChatQuestion, question_id)
        assert row is not None
        session.expunge(row)
        return row


def test_a_degraded_answer_is_logged_masked_and_rated(client: TestClient, database: Database) -> None:
    session_id = _session(client)
    reply = client.post("/api/chat", json={"session_id": session_id,
                                           "text": "住民票の写しはどこで取れますか。電話は090-1234-5678です"})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["degraded"] and any(m["kind"] == "faq_answer" for m in body["messages"])
    question_id = body["question_id"]
    row = _row(database, question_id)
    assert row.outcome == OUTCOME_ANSWERED and row.degraded and row.entry_id and row.category
    assert "090" not in row.text and "【電話番号】" in row.text
    done = client.post("/api/chat/feedback", json={"session_id": session_id, "question_id": question_id,
                                                   "helpful": False})
    assert done.status_code == 200 and done.json() == {"ok": True}
    assert _row(database, question_id).helpful is False


def test_an_abstention_is_logged_without_a_rating(client: TestClient, database: Database) -> None:
    text = "仙台駅の近くで美味しい牛タンの店は"
    reply = client.post("/api/chat", json={"session_id": _session(client), "text": text})
    assert reply.status_code == 200
    assert reply.json()["question_id"] is None
    with database.sessions() as session:
        row = session.scalars(select(ChatQuestion).order_by(ChatQuestion.id.desc())).first()
        assert row is not None and row.outcome == OUTCOME_ABSTAINED and row.nearest_entry_id


def test_feedback_for_another_sessions_question_is_refused(client: TestClient) -> None:
    mine = _session(client)
    question_id = client.post("/api/chat", json={"session_id": mine, "text": "燃やせるごみの収集日はいつですか"}
                              ).json()["question_id"]
    other = client.post("/api/chat/feedback", json={"session_id": _session(client), "question_id": question_id,
                                                    "helpful": True})
    assert other.status_code == 404
    assert other.json()["error"]["message"] == (
        "ご意見の対象の回答が見つかりませんでした。ページを再読み込みしてください。")
    forged = client.post("/api/chat/feedback", json={"session_id": "not-signed", "question_id": question_id,
                                                     "helpful": True})
    assert forged.status_code == 404


@pytest.mark.parametrize("body", [
    {"session_id": "x", "question_id": 0, "helpful": True},
    {"session_id": "x", "question_id": "abc", "helpful": True},
    {"session_id": "x", "question_id": 1},
    {"question_id": 1, "helpful": True},
])
def test_bad_feedback_is_a_422_in_japanese(client: TestClient, body: dict[str, object]) -> None:
    response = client.post("/api/chat/feedback", json=body)
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert any("\u3040" <= ch <= "\u30ff" for ch in message)


def test_the_lifespan_deletes_expired_questions(tmp_path: Path) -> None:
    database = open_database(url=f"sqlite:///{tmp_path / 'purge.db'}")
    now = datetime.now(UTC)
    for days in (500, 10):
        record_question(database, session_id="s", text="ごみ", channel="web", outcome=OUTCOME_ANSWERED,
                        facts=TurnFacts(), now=now - timedelta(days=days))
    settings = QuestionLogSettings(_env_file=None, retention_days=30, purge_interval_s=0.05)
    with TestClient(_app(database, search=None, log=settings)):
        deadline = time.monotonic() + 10
        while count_questions(database) != 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert count_questions(database) == 1
    database.close()
