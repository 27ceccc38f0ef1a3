"""The chat's web layer: the page at ``/`` with its static files, ``POST /api/chat/session``,
``POST /api/chat`` and ``POST /api/chat/feedback`` (「役に立ちましたか」), and the lifespan that warms the safety
layer up (safety.assess.warm_up, for every channel of the app), starts the Rasa client (``app.state.bot``,
``app.state.chat``) and the question log with its deletion task (chat.question_log.purge_loop).

Tests may preset ``app.state.chat_settings`` (ChatSettings), ``app.state.question_log_settings``
(QuestionLogSettings) and ``app.state.rasa`` (core.rasa.RasaSettings) before the app starts.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request, status
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool

from chat.bot_client import BotClient
from chat.errors import QuestionNotFoundError
from chat.question_log import QuestionLog, purge_loop, set_feedback
from chat.schemas import ChatReply, ChatRequestCreate, ChatSessionPublic, FeedbackCreate, FeedbackPublic
from chat.service import ChatService, FaqSearch, chat_service_of
from chat.settings import ChatSettings, QuestionLogSettings
from core.rasa import RasaSettings
from core.ratelimit import RateLimiter
from core.web import add_static_files, rate_limit
from knowledge.web import SearchService
from safety.assess import warm_up
from storage.database import Database
from storage.errors import DatabaseUnavailableError

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_FILES = {"chat.js": "text/javascript", "chat.css": "text/css", "notices.js": "text/javascript"}
RATE_LIMITER_STATE = "chat_rate_limiter"
WEB_CHANNEL = "web"
DEFAULT_RATE_LIMIT_STORAGE = "memory://"


def _search_of(app: FastAPI) -> FaqSearch | None:
    search: FaqSearch | None = getattr(app.state, "search", None)
    return search


def _database_of(app: FastAPI) -> Database | None:
    database: Database | None = getattr(app.state, "db", None)
    return database


class _EntryCategories:
    """Entry id -> category of the loaded index (rebuilt when the search is replaced)."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._for: object = None
        self._map: dict[str, str] = {}

    def __call__(self) -> Mapping[str, str]:
        search = _search_of(self._app)
        if not isinstance(search, SearchService):
            return {}
        index = search.searcher.index
        if index is not self._for:
            self._map = {entry.id: entry.category for entry in index.entries}
            self._for = index
        return self._map


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Create the Rasa client, the chat service and the chat's rate limiter; close the client at the end."""
    settings: ChatSettings = getattr(app.state, "chat_settings", None) or ChatSettings()
    rasa: RasaSettings = getattr(app.state, "rasa", None) or RasaSettings()
    gateway_settings = getattr(app.state, "settings", None)
    storage_uri = str(getattr(gateway_settings, "rate_limit_storage_uri", DEFAULT_RATE_LIMIT_STORAGE))
    await run_in_threadpool(warm_up)  # the safety layer's dictionary and data file (the first message is not slow)
    bot = BotClient(rasa, settings)
    app.state.bot = bot
    log_settings: QuestionLogSettings = getattr(app.state, "question_log_settings", None) or QuestionLogSettings()
    app.state.question_log_settings = log_settings
    question_log = QuestionLog(settings=log_settings, database=lambda: _database_of(app),
                               search=lambda: _search_of(app), categories=_EntryCategories(app))
    app.state.chat = ChatService(bot=bot, settings=settings, search=lambda: _search_of(app),
                                 database=lambda: _database_of(app), runtime=getattr(app.state, "runtime", None),
                                 question_log=question_log)
    setattr(app.state, RATE_LIMITER_STATE, RateLimiter(settings.rate_limit, storage_uri=storage_uri, namespace="chat"))
    purge = asyncio.create_task(purge_loop(log_settings, lambda: _database_of(app), lambda: datetime.now(UTC)))
    try:
        yield
    finally:
        purge.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await purge
        await bot.aclose()
        app.state.chat = None
        app.state.bot = None


def get_chat_service(request: Request) -> ChatService:
    """The app's chat service (503 before the lifespan started it)."""
    return chat_service_of(request.app)


ChatServiceDep = Annotated[ChatService, Depends(get_chat_service)]
RateLimited = Depends(rate_limit(RATE_LIMITER_STATE))

router = APIRouter(tags=["chat"])


@router.post(
    "/api/chat/session", response_model=ChatSessionPublic, status_code=status.HTTP_201_CREATED,
    dependencies=[RateLimited],
)
def create_session(service: ChatServiceDep) -> ChatSessionPublic:
    """Issue a new random, signed chat session id."""
    return ChatSessionPublic(session_id=service.new_session_id())


@router.post("/api/chat", response_model=ChatReply, dependencies=[RateLimited])
async def chat(body: ChatRequestCreate, service: ChatServiceDep) -> ChatReply:
    """Send one message; the bot's reply, or a search answer marked ``degraded``."""
    return await service.turn(session_id=body.session_id, text=body.text, channel=WEB_CHANNEL)


@router.post("/api/chat/feedback", response_model=FeedbackPublic, dependencies=[RateLimited])
async def feedback(body: FeedbackCreate, request: Request, service: ChatServiceDep) -> FeedbackPublic:
    """「役に立ちましたか」: はい (helpful) or いいえ for an answer of this session; 404 for another session's."""
    if not service.is_valid_session(body.session_id):
        raise QuestionNotFoundError(detail="session id not issued by this server")
    database = _database_of(request.app)
    if database is None:
        raise DatabaseUnavailableError("the database is not open")
    found = await run_in_threadpool(set_feedback, database, session_id=body.session_id,
                                    question_id=body.question_id, helpful=body.helpful, now=datetime.now(UTC))
    if not found:
        raise QuestionNotFoundError(detail=f"question {body.question_id} is not this session's")
    return FeedbackPublic()


@router.get("/", include_in_schema=False)
def index_page() -> FileResponse:
    """The citizen chat page."""
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html")


add_static_files(router, url_prefix="/chat/static", directory=STATIC_DIR, files=STATIC_FILES)
