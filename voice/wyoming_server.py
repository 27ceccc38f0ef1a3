"""``python -m voice wyoming``: the Wyoming server (asr, tts, handle) a Home Assistant installation connects to.

Everything heavy loads in :func:`load_services` (called from ``main``), never at import.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from wyoming.server import AsyncServer

from core.errors import AppError
from voice.conversation import ConversationPort
from voice.engines import load_engines
from voice.hearing import Confidence, with_fix
from voice.settings import VoiceSettings
from voice.wyoming_conversation import GatewayConversation, ServiceConversation
from voice.wyoming_handlers import WyomingHandler, WyomingServices

log = logging.getLogger(__name__)


def in_process_conversation(*, rasa_timeout_s: float | None = None) -> ServiceConversation:
    """The chat service over the built knowledge index (Rasa from RASA_URL; degraded answers while it is down)."""
    from chat.bot_client import BotClient
    from chat.settings import ChatSettings
    from core.rasa import RasaSettings
    from core.settings import RuntimeSettings
    from knowledge.service import open_searcher
    from knowledge.settings import KnowledgeSettings
    from safety.assess import warm_up

    chat_settings = ChatSettings() if rasa_timeout_s is None else ChatSettings(rasa_timeout_s=rasa_timeout_s)
    runtime = RuntimeSettings()
    searcher = open_searcher(KnowledgeSettings(), runtime=runtime)
    warm_up()
    bot = BotClient(RasaSettings(), chat_settings)
    from chat.service import ChatService

    return ServiceConversation(ChatService(bot=bot, settings=chat_settings, search=lambda: searcher, runtime=runtime),
                               search=searcher)


def search_confidence(conversation: ConversationPort) -> Confidence | None:
    """The search confidence of an in-process conversation (the n best's VOICE_NBEST_SEARCH_DEPTH); None over
    the gateway."""
    return conversation.confidence if isinstance(conversation, ServiceConversation) else None


def load_services(
    settings: VoiceSettings, *, gateway_url: str | None, chat: bool = True
) -> WyomingServices:
    """Engines and the conversation (blocking). ``gateway_url``: talk to the gateway's chat API instead."""
    engines = load_engines(settings, whisper=settings.whisper_enabled)
    conversation: ConversationPort | None = None
    if gateway_url:
        conversation = GatewayConversation(gateway_url)
    elif chat:
        conversation = in_process_conversation()
    if conversation is not None:
        conversation = with_fix(conversation, settings, confidence=search_confidence(conversation))
    return WyomingServices(engines=engines, conversation=conversation)


@asynccontextmanager
async def running_server(uri: str, services: WyomingServices) -> AsyncIterator[AsyncServer]:
    """The server accepting connections on ``uri`` until the block ends."""
    server = AsyncServer.from_uri(uri)
    await server.start(partial(WyomingHandler, services))
    try:
        yield server
    finally:
        await server.stop()


async def serve_forever(uri: str, services: WyomingServices) -> None:
    """Serve until cancelled (Ctrl-C / SIGTERM end ``asyncio.run``)."""
    async with running_server(uri, services):
        log.info("wyoming: serving asr, tts and handle on %s", uri)
        print(f"wyoming services on {uri}", flush=True)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.Event().wait()


def run_wyoming(uri: str, *, gateway_url: str | None, handle: bool) -> int:
    """The ``wyoming`` command: load, then serve; exit code 1 with a message on a bad URI or a failed load."""
    try:
        AsyncServer.from_uri(uri)
    except ValueError as err:
        print(f"--uri {uri!r}: {err}", file=sys.stderr)
        return 2
    try:
        services = load_services(VoiceSettings(), gateway_url=gateway_url, chat=handle)
    except AppError as err:
        print(f"{err.message} ({err.detail})", file=sys.stderr)
        return 1
    try:
        asyncio.run(serve_forever(uri, services))
    except KeyboardInterrupt:
        pass
    except OSError as err:
        print(f"cannot serve on {uri}: {err}", file=sys.stderr)
        return 1
    return 0
