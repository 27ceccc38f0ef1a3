"""「受付番号 R-2026-000123 はどうなりましたか」 through the chat API: a real SQLite database holding a report made by
the reports store (確認中 with a public note), Rasa stopped (a closed port) and no search loaded, so only the
database can answer; then Rasa answering (a mock transport) but never asked about a receipt number."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from chat import routes as chat_routes
from chat.bot_client import BotClient
from chat.service import ChatService
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from core.settings import RuntimeSettings
from gateway.errors import install_error_handlers
from reports.models import STATUS_CHECKING
from reports.schemas import ReportCreate, StatusChange
from reports.store import create_report, new_status_token
from reports.workflow import change_status
from storage.database import Database, open_database
from tests.conftest import closed_port_url

FILED = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)
CHECKED = datetime(2026, 5, 2, 1, 5, tzinfo=UTC)  # 10:05 in Tokyo
PUBLIC_NOTE = "現地を確認します。"
PRIVATE_NOTE = "内部メモ: 業者Aに見積依頼"
CONTACT = "090-1234-5678"
WHAT = "歩道に大きな穴があります"
WHERE = "古川駅前の交差点"


@dataclass(frozen=True)
class Filed:
    """The report the tests ask about."""

    number: str
    token: str


def _file_report(database: Database) -> Filed:
    token = new_status_token()
    with database.sessions() as session, session.begin():
        row = create_report(session, report=ReportCreate(what=WHAT, where=WHERE, category="road_damage",
                                                         contact=CONTACT, session_id="chat-session-1"),
                            now=FILED, status_token=token)
        change_status(session, row=row, change=StatusChange(status=STATUS_CHECKING, public_note=PUBLIC_NOTE,
                                                            private_note=PRIVATE_NOTE), actor="staff", now=CHECKED)
        assert row.number is not None
        return Filed(number=row.number, token=token)


def _app(db_url: str) -> FastAPI:
    """What the gateway assembles for the chat: runtime, Rasa settings, the database; no search."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = open_database(url=db_url)
        async with chat_routes.lifespan(app):
            yield
        app.state.db.close()

    app = FastAPI(lifespan=lifespan)
    app.state.runtime = RuntimeSettings(_env_file=None, environment="test")
    app.state.rasa = RasaSettings(url=closed_port_url())
    app.state.chat_settings = ChatSettings(_env_file=None, rate_limit="1000/minute")
    app.state.search = None
    install_error_handlers(app)
    app.include_router(chat_routes.router)
    return app


@pytest.fixture
def chat(tmp_path: Path) -> Iterator[tuple[TestClient, Filed]]:
    """The chat over a fresh SQLite file holding one report, Rasa stopped, no search."""
    with TestClient(_app(f"sqlite:///{tmp_path / 'gateway.db'}")) as client:
        database: Database = client.app.state.db  # type: ignore[attr-defined]
        yield client, _file_report(database)


def _ask(client: TestClient, text: str) -> list[dict[str, Any]]:
    """The reply's messages to ``text`` in a new session."""
    session_id = client.post("/api/chat/session").json()["session_id"]
    response = client.post("/api/chat", json={"session_id": session_id, "text": text})
    assert response.status_code == 200, response.text
    messages: list[dict[str, Any]] = response.json()["messages"]
    return messages


def _styles(number: str) -> list[str]:
    """The ways a citizen may type the number: as printed, full-width, lower-case r, spaces, no leading zeros."""
    _, year, serial = number.split("-")
    full_width = number.translate(str.maketrans("R-0123456789", "Ｒ－０１２３４５６７８９"))
    return [
        f"受付番号 {number} はどうなりましたか",
        f"{full_width}の状況を教えてください",
        f"r-{year}-{serial} どうなった?",
        f"受付番号は R {year} {serial} です",
        f"r{year}-{int(serial)}",
        number,  # the number alone (its digits once made the safety layer suspect an emergency)
    ]


def test_status_in_every_style_without_rasa_or_search(chat: tuple[TestClient, Filed]) -> None:
    client, filed = chat
    for text in _styles(filed.number):
        [message] = _ask(client, text)
        assert message["kind"] == "report_status", text
        reply = message["text"]
        assert f"受付番号「{filed.number}」" in reply and "・種類: 道路の損傷" in reply, text
        assert "・状況: 確認中" in reply and f"・市からのお知らせ: {PUBLIC_NOTE}" in reply, text
        assert "・更新日時: 2026年5月2日 10時05分" in reply, text


def test_status_reveals_no_token_or_personal_data(chat: tuple[TestClient, Filed]) -> None:
    client, filed = chat
    raw = client.post("/api/chat", json={"session_id": client.post("/api/chat/session").json()["session_id"],
                                         "text": f"{filed.number} はどうなりましたか"}).text
    assert filed.number in raw
    for secret in (filed.token, PRIVATE_NOTE, CONTACT, WHAT, WHERE, "status/", "token"):
        assert secret not in raw, secret


def test_unknown_number_is_answered_politely_with_the_city_contact(chat: tuple[TestClient, Filed]) -> None:
    client, _ = chat
    [message] = _ask(client, "受付番号 R-2026-999999 はどうなりましたか")
    assert message["kind"] == "report_status"
    assert message["text"].startswith("その受付番号は見つかりませんでした")
    assert "大崎市役所 総合窓口(0229-23-5091)" in message["text"]
    assert message["phones"] == [{"label": "大崎市役所 総合窓口", "number": "0229235091", "tel": "tel:0229235091"}]


def test_without_a_number_the_turn_still_needs_rasa_or_the_search(chat: tuple[TestClient, Filed]) -> None:
    client, _ = chat
    session_id = client.post("/api/chat/session").json()["session_id"]
    response = client.post("/api/chat", json={"session_id": session_id, "text": "受付番号を忘れました"})
    assert response.status_code == 503  # Rasa down, no search: the number lookup did not swallow the turn


def test_an_emergency_comes_before_any_status(chat: tuple[TestClient, Filed]) -> None:
    client, filed = chat
    kinds = [message["kind"] for message in _ask(client, f"父が倒れて息をしていません。受付番号 {filed.number}")]
    assert kinds[0] == "emergency"


def test_rasa_is_not_asked_about_a_receipt_number(tmp_path: Path) -> None:
    """Rasa up (a mock transport): the number is answered from the database and never reaches Rasa."""
    database = open_database(url=f"sqlite:///{tmp_path / 'gateway.db'}")
    try:
        filed = _file_report(database)
        sent: list[httpx.Request] = []

        def rasa(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json=[{"text": "こんにちは。"}])

        settings = ChatSettings(_env_file=None)
        bot = BotClient(RasaSettings(url="http://127.0.0.1:5005"), settings, transport=httpx.MockTransport(rasa))
        service = ChatService(bot=bot, settings=settings, search=lambda: None, database=lambda: database,
                              runtime=RuntimeSettings(_env_file=None, environment="test"))
        session_id = service.new_session_id()

        async def turns() -> tuple[list[str], list[str]]:
            status = await service.turn(session_id=session_id, text=f"{filed.number.lower()} は?", channel="voice")
            other = await service.turn(session_id=session_id, text="こんにちは", channel="voice")
            await service.aclose()
            return [m.kind for m in status.messages], [m.text for m in other.messages]

        status_kinds, other_texts = asyncio.run(turns())
        assert status_kinds == ["report_status"]
        assert other_texts == ["こんにちは。"] and len(sent) == 1 and filed.number not in sent[0].content.decode()
    finally:
        database.close()


def test_an_unreadable_database_gives_an_apology_not_a_wrong_answer(tmp_path: Path) -> None:
    """A database without the reports tables (never migrated): a polite apology with the city contact."""
    database = open_database(url=f"sqlite:///{tmp_path / 'empty.db'}", migrate=False)
    try:
        settings = ChatSettings(_env_file=None)
        bot = BotClient(RasaSettings(url=closed_port_url()), settings)
        service = ChatService(bot=bot, settings=settings, search=lambda: None, database=lambda: database,
                              runtime=RuntimeSettings(_env_file=None, environment="test"))

        async def turn() -> list[str]:
            reply = await service.turn(session_id=service.new_session_id(), text="R-2026-000001 は?", channel="web")
            await service.aclose()
            return [f"{m.kind}:{m.text}" for m in reply.messages]

        [message] = asyncio.run(turn())
        apology = "report_status:申し訳ありません。ただいま受付番号「R-2026-000001」の状況をお調べできません。"
        assert message.startswith(apology)
        assert "0229-23-5091" in message and "見つかりません" not in message
    finally:
        database.close()
