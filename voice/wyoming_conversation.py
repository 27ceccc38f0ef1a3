"""Conversations for processes without the gateway app: the chat service in-process, or the gateway over HTTP.

Both implement :class:`voice.conversation.ConversationPort` and say the reply the way the voice does
(:func:`voice.conversation.spoken_reply`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import httpx
from pydantic import ValidationError

from chat.masking import search_text
from chat.schemas import ChatReply, ChatSessionPublic
from chat.service import ChatService, FaqSearch
from voice.conversation import ConversationReply, spoken_reply
from voice.errors import EngineUnavailableError

GATEWAY_TIMEOUT_S = 30.0  # one chat turn (Rasa, search, safety layer) over HTTP


class ServiceConversation:
    """The chat service of this process (Rasa through its client, the knowledge search when Rasa is down)."""

    def __init__(self, service: ChatService, *, search: FaqSearch | None = None) -> None:
        self.service = service
        self.search = search  # the chat's knowledge search, for the n best (voice.hearing)

    def confidence(self, text: str) -> float:
        """The search's confidence in its first answer to a transcript (0 without a search)."""
        if self.search is None:
            return 0.0
        return float(self.search.search(search_text(text), k=1, spoken=True).confidence)

    def new_session_id(self) -> str:
        """A signed chat session id."""
        return self.service.new_session_id()

    async def turn(self, *, session_id: str, text: str, channel: str,
                   hypotheses: Sequence[str] = ()) -> ConversationReply:
        """One chat turn, as the voice says it (the chat gets ``text`` only)."""
        return spoken_reply(await self.service.turn(session_id=session_id, text=text, channel=channel))


class GatewayConversation:
    """The gateway's chat API (``POST /api/chat/session``, ``POST /api/chat``) over HTTP.

    Session ids handed out here are local keys; the gateway's session is created on the first turn (so
    ``new_session_id`` never blocks on the network).
    """

    def __init__(self, base_url: str, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client = httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=GATEWAY_TIMEOUT_S, transport=transport)
        self._sessions: dict[str, str] = {}

    def new_session_id(self) -> str:
        """A local key of a conversation."""
        return uuid.uuid4().hex

    async def _gateway_session(self, key: str) -> str:
        if key not in self._sessions:
            response = await self.client.post("/api/chat/session")
            response.raise_for_status()
            self._sessions[key] = ChatSessionPublic.model_validate(response.json()).session_id
        return self._sessions[key]

    async def turn(self, *, session_id: str, text: str, channel: str,
                   hypotheses: Sequence[str] = ()) -> ConversationReply:
        """One turn through the gateway (its channel is the web chat's; ``channel`` and ``hypotheses`` are not
        sent)."""
        try:
            gateway_session = await self._gateway_session(session_id)
            response = await self.client.post("/api/chat", json={"session_id": gateway_session, "text": text})
            response.raise_for_status()
            reply = ChatReply.model_validate(response.json())
        except (httpx.HTTPError, ValidationError, ValueError) as err:
            raise EngineUnavailableError(
                "ただいまお答えできません。しばらくしてから、もう一度お試しください。",
                detail=f"gateway chat turn failed: {err!r}",
            ) from err
        return spoken_reply(reply)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.client.aclose()
