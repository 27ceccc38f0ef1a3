"""POST /api/chat: a citizen's message through the bot, or through the search when the bot is unavailable."""

from __future__ import annotations

from fastapi import APIRouter, Request, status
from starlette.concurrency import run_in_threadpool

from gateway.chat_messages import to_chat_messages
from gateway.chat_schemas import ChatRequestCreate, ChatResponsePublic, ChatSessionPublic
from gateway.chat_sessions import bot_sender_id, is_valid_session_id, new_session_id
from gateway.deps import BotDep, RateLimited, SearchDep
from gateway.errors import BotUnavailableError, InvalidSessionError
from gateway.fallback_answer import fallback_messages
from gateway.settings import GatewaySettings

router = APIRouter(prefix="/api/chat", tags=["chat"], dependencies=[RateLimited])
INVALID_SESSION_MESSAGE = "会話の識別子が正しくありません。ページを再読み込みしてください。"
FALLBACK_TOP_K = 3


def _settings(request: Request) -> GatewaySettings:
    settings: GatewaySettings = request.app.state.settings
    return settings


@router.post("/session", response_model=ChatSessionPublic, status_code=status.HTTP_201_CREATED)
def create_session(request: Request) -> ChatSessionPublic:
    """Issue a new random, signed chat session id."""
    return ChatSessionPublic(session_id=new_session_id(_settings(request).secret_key))


@router.post("", response_model=ChatResponsePublic)
async def chat(body: ChatRequestCreate, request: Request, bot: BotDep, search: SearchDep) -> ChatResponsePublic:
    """Send one message; the bot's reply, or a search answer marked ``degraded``."""
    if not is_valid_session_id(_settings(request).secret_key, body.session_id):
        raise InvalidSessionError(INVALID_SESSION_MESSAGE)
    text = body.text
    try:
        rasa_messages = await bot.send(sender=bot_sender_id(body.session_id), text=text)
    except BotUnavailableError:
        result = await run_in_threadpool(search.search, text, k=FALLBACK_TOP_K)
        return ChatResponsePublic(session_id=body.session_id, degraded=True, messages=fallback_messages(result))
    return ChatResponsePublic(session_id=body.session_id, degraded=False, messages=to_chat_messages(rasa_messages))
