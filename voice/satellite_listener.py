"""What a person says on a satellite held by ``voice.satellite_supervisor``: the next utterance within the
answer window after a check-in question is the check-in answer, saved exactly as a tablet answer and confirmed
aloud; any other utterance is a conversation turn (when a conversation is given)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storage.database import Database
from voice.conversation import ConversationPort
from voice.engines import VoiceEngines
from voice.satellite import SPOKEN_CHANNEL, SatelliteTurn
from voice.satellite_link import SatelliteLink
from voice.satellite_speech import ASK_AGAIN, recognise_answer, transcribe_free
from voice.satellite_watch import save_spoken_answer, spoken_reply
from voice.stt import RecentHypotheses
from watch.answers import AnswerResult
from watch.classify import Classification, NluClient, classify_text
from watch.clock import Clock
from watch.settings import WatchSettings

log = logging.getLogger(__name__)
TURN_MAX_CHARS = 500  # of a transcript sent to the chat


@dataclass
class SpokenAnswer:
    """A check-in answered by voice (kept for the log and tests)."""

    satellite_id: int
    checkin_id: int | None
    heard: str
    mode: str
    outcome: str
    reply: str


@dataclass(frozen=True)
class TurnTiming:
    """Where a conversation turn's time went (seconds): recognition, the chat, the voice's first audio."""

    stt_s: float
    chat_s: float
    tts_first_s: float


@dataclass
class ExpectedAnswer:
    """A check-in question was played on a satellite: its answer is awaited until ``until``."""

    checkin_id: int
    resident_id: int
    until: float  # monotonic


class SatelliteListener:
    """Handles the utterances of a controller's satellites (``SatelliteLink``'s ``on_utterance``)."""

    def __init__(self, *, db: Database, engines: VoiceEngines, watch_settings: WatchSettings, clock: Clock,
                 owner: str, nlu: NluClient | None = None, conversation: ConversationPort | None = None) -> None:
        self.db = db
        self.engines = engines
        self.settings = engines.settings
        self.watch_settings = watch_settings
        self.clock = clock
        self.owner = owner
        self.nlu = nlu
        self.conversation = conversation
        self.expecting: dict[int, ExpectedAnswer] = {}
        self.answers: list[SpokenAnswer] = []
        self.turns: list[SatelliteTurn] = []
        self.timings: list[TurnTiming] = []
        self._sessions: dict[int, str] = {}
        self.heard = RecentHypotheses()  # the n best of the free-form transcripts, for the conversation turn

    async def transcribe(self, pcm: npt.NDArray[np.int16]) -> str:
        """The free-form transcript (``SatelliteLink``'s ``early_transcriber``)."""
        return await transcribe_free(self.engines, pcm, self.heard)

    async def utterance(self, link: SatelliteLink, pcm: npt.NDArray[np.int16],
                        early: asyncio.Task[str] | None = None) -> None:
        """``early``: the free-form transcript already under way (Vosk fed while the person spoke, or Whisper
        started during the closing silence: same words, ready sooner)."""
        expecting = self.expecting.get(link.satellite_id)
        if expecting is not None and time.monotonic() <= expecting.until:
            await self._answer(link, expecting, pcm, early)
        elif self.conversation is not None:
            await self._converse(link, pcm, early)

    async def _answer(self, link: SatelliteLink, expecting: ExpectedAnswer, pcm: npt.NDArray[np.int16],
                      early: asyncio.Task[str] | None = None) -> None:
        heard = await recognise_answer(self.engines, pcm, early)
        window = self.settings.satellite_answer_window_s
        if not heard.text:
            await self._say(link, ASK_AGAIN)
            expecting.until = time.monotonic() + window
            return
        classification = await classify_text(heard.text, self.nlu, min_confidence=self.watch_settings.min_confidence,
                                             now=self.clock.now())
        result = await asyncio.to_thread(self._save, link.satellite_id, expecting, classification, heard.text)
        if result is None:
            return
        if result.outcome == "unclear":
            expecting.until = time.monotonic() + window
        else:
            self.expecting.pop(link.satellite_id, None)
        reply = spoken_reply(result, classification, heard.text)
        self.answers.append(SpokenAnswer(link.satellite_id, result.checkin_id, heard.text, heard.mode,
                                         result.outcome, reply))
        log.info("satellite %s: answer %r (%s) -> %s", link.satellite_id, heard.text, heard.mode, result.outcome)
        await self._say(link, reply)

    def _save(self, satellite_id: int, expecting: ExpectedAnswer, classification: Classification,
              text: str) -> AnswerResult | None:
        with self.db.sessions() as session, session.begin():
            return save_spoken_answer(session, owner=self.owner, satellite_id=satellite_id,
                                      resident_id=expecting.resident_id, checkin_id=expecting.checkin_id,
                                      classification=classification, text=text, now=self.clock.now(),
                                      settings=self.watch_settings)

    async def _say(self, link: SatelliteLink, text: str) -> float | None:
        tts = self.engines.tts
        return await link.play((spoken.pcm async for spoken in tts.stream(text)), rate_hz=tts.sample_rate_hz)

    async def _converse(self, link: SatelliteLink, pcm: npt.NDArray[np.int16],
                        early: asyncio.Task[str] | None = None) -> None:
        assert self.conversation is not None
        ended = time.monotonic()
        heard = await early if early is not None else await transcribe_free(self.engines, pcm, self.heard)
        if not heard:
            return
        transcribed = time.monotonic()
        session_id = self._sessions.setdefault(link.satellite_id, self.conversation.new_session_id())
        reply = await self.conversation.turn(session_id=session_id, text=heard[:TURN_MAX_CHARS],
                                             channel=SPOKEN_CHANNEL, hypotheses=self.heard.recall(heard))
        answered = time.monotonic()
        answer = "".join(part for part in (reply.preface, reply.text) if part)
        tts = self.engines.tts
        samples = 0

        async def pieces() -> AsyncIterator[npt.NDArray[np.int16]]:
            nonlocal samples
            async for spoken in tts.stream(answer):
                samples += spoken.pcm.size
                yield spoken.pcm

        first = await link.play(pieces(), rate_hz=tts.sample_rate_hz)
        if first is not None:
            self.turns.append(SatelliteTurn(heard, answer, first - ended, samples / tts.sample_rate_hz))
            self.timings.append(TurnTiming(transcribed - ended, answered - transcribed, first - answered))
