"""``/voice/session``: audio in -> speech to text -> the chat conversation -> speech out, as typed events.

End of speech is found by VAD; speaking while the reply plays stops the playback (barge-in). A streaming
recogniser (Vosk) is fed every frame as it arrives; a whole-utterance one (Whisper) starts 300 ms into the closing
silence, before the VAD has decided that the utterance ended.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocket

from voice.audio import StreamResampler, check_pcm_chunk, pcm16_from_bytes
from voice.conversation import ConversationPort
from voice.engines import VoiceEngines
from voice.errors import BadConfigError, StreamTimeoutError
from voice.protocol import (
    AudioEndEvent,
    BotTextEvent,
    ErrorEvent,
    FinalEvent,
    ListeningEvent,
    MoreMessage,
    PartialEvent,
    StartMessage,
    StopMessage,
    TextMessage,
    WordResult,
    parse_client_message,
)
from voice.reply_audio import send_reply_audio
from voice.stt import RecognitionStream, SpeechRecognizer, Transcript, Word
from voice.stt_feed import discard_result
from voice.summary import spoken_answer
from voice.vad import EARLY_AFTER_SILENCE_MS, EndpointDetector, VadEvent

PRE_ROLL_S = 0.3  # audio kept from before the VAD noticed speech (the first syllable)
MIN_UTTERANCE_S = 0.5  # shorter noises with nothing recognised are ignored
NOT_UNDERSTOOD = "すみません、聞き取れませんでした。もう一度お話しください。"
Redecoder = Callable[[npt.NDArray[np.int16], str], str]  # (utterance, first transcript) -> transcript handed on
UnsureHint = Callable[[str, Sequence[Word]], str]  # (transcript, its words) -> transcript with the loose terms


class VoiceSession:
    """One person talking: state of the recogniser, VAD, playback and the last answer."""

    def __init__(
        self, websocket: WebSocket, engines: VoiceEngines, conversation: ConversationPort, start: StartMessage,
        *, redecoder: Redecoder | None = None, unsure: UnsureHint | None = None,
    ) -> None:
        self.websocket = websocket
        self.redecoder = redecoder  # VOICE_TOPIC_REDECODE: a second, topic-biased Whisper pass (whole utterances)
        self.unsure = unsure  # VOICE_TRANSCRIPT_UNSURE_FIX: the looser fix in the words Whisper is unsure of
        self.engines = engines
        self.settings = engines.settings
        self.conversation = conversation
        self.start = start
        self.session_id = start.session_id or conversation.new_session_id()
        rate = self.settings.sample_rate_hz
        self.resampler = StreamResampler(start.sample_rate, rate)
        self.detector = EndpointDetector(rate, self.settings.vad_aggressiveness, self.settings.end_silence_ms)
        self.grammar = self.settings.grammar() if start.mode == "grammar" else None
        self.recognizer: SpeechRecognizer = (
            engines.grammar_recognizer() if start.mode == "grammar" else engines.free_recognizer()
        )
        self.stream: RecognitionStream | None = None
        self.utterance_samples = 0
        self.utterance: list[npt.NDArray[np.int16]] = []  # kept for an early whole-utterance transcription
        self.early: asyncio.Task[Transcript] | None = None
        self.pre_roll: list[npt.NDArray[np.int16]] = []
        self.heard: list[Transcript] = []
        self.playback: asyncio.Task[None] | None = None
        self.rest: list[str] = []
        self._send_lock = asyncio.Lock()

    async def send(self, event: BaseModel) -> None:
        """Send one typed event."""
        async with self._send_lock:
            await self.websocket.send_text(event.model_dump_json())

    # --- audio in ---
    async def audio(self, data: bytes) -> None:
        """One binary frame of 16-bit PCM at the start message's rate."""
        check_pcm_chunk(data)
        pcm = self.resampler.process(pcm16_from_bytes(data))
        for event in self.detector.feed(pcm):
            if event is VadEvent.SPEECH_STARTED:
                await self._speech_started()
        if self.stream is not None:
            self.utterance_samples += len(pcm)
            if not self.recognizer.streaming:
                self.utterance.append(pcm)
            result = await run_in_threadpool(self.stream.accept, pcm)
            if isinstance(result, str) and result:
                await self.send(PartialEvent(text=result))
            elif isinstance(result, Transcript) and result.text:
                self.heard.append(result)  # the engine's own endpoint inside one VAD utterance
            too_long = self.utterance_samples > self.settings.max_utterance_s * self.settings.sample_rate_hz
            if too_long or not self.detector.in_speech:
                await self._speech_ended()
            else:
                self._speculate()
        else:
            self._keep_pre_roll(pcm)

    def _keep_pre_roll(self, pcm: npt.NDArray[np.int16]) -> None:
        self.pre_roll.append(pcm)
        limit = int(PRE_ROLL_S * self.settings.sample_rate_hz)
        while len(self.pre_roll) > 1 and sum(len(p) for p in self.pre_roll[1:]) >= limit:
            self.pre_roll.pop(0)

    async def _speech_started(self) -> None:
        await self.stop_playback(interrupted=True)
        self.stream = await run_in_threadpool(self.recognizer.open_stream, grammar=self.grammar)
        self.utterance_samples = 0
        self.utterance, self.early = ([] if self.recognizer.streaming else list(self.pre_roll)), None
        for pcm in self.pre_roll:
            await run_in_threadpool(self.stream.accept, pcm)
        self.pre_roll = []

    def _speculate(self) -> None:
        """Whisper: transcribe what was heard once the closing silence has lasted ``EARLY_AFTER_SILENCE_MS``;
        forget that when the person speaks on."""
        if self.recognizer.streaming:
            return
        silence_ms = self.detector.trailing_silence_ms
        if silence_ms == 0 and self.early is not None:
            self.early.add_done_callback(discard_result)
            self.early = None
        elif silence_ms >= EARLY_AFTER_SILENCE_MS and self.early is None:
            pcm = np.concatenate(self.utterance)
            self.early = asyncio.create_task(
                asyncio.to_thread(self.recognizer.transcribe, pcm, grammar=self.grammar))

    async def _speech_ended(self) -> None:
        stream, self.stream = self.stream, None
        early, self.early = self.early, None
        audio, self.utterance = self.utterance, []
        utterance_s = self.utterance_samples / self.settings.sample_rate_hz
        self.detector.reset()
        if stream is None:
            return
        try:
            last: Transcript = await early if early is not None else await run_in_threadpool(stream.finish)
        finally:
            stream.close()
        parts, self.heard = [*self.heard, last], []
        transcript = Transcript(
            " ".join(p.text for p in parts if p.text), [w for p in parts for w in p.words]
        )
        await self.send(FinalEvent(text=transcript.text, words=[
            WordResult(word=w.word, start=w.start, end=w.end, conf=w.conf) for w in transcript.words
        ]))
        text = transcript.text.replace("[unk]", "").strip()
        if not text:
            if utterance_s >= MIN_UTTERANCE_S:  # a cough or a door is not worth a reply
                await self.send(ErrorEvent(code="not_understood", message=NOT_UNDERSTOOD, fatal=False))
                await self.speak(NOT_UNDERSTOOD)
        elif self.start.mode == "free":
            one_piece = len(parts) == 1
            # the n best (Whisper, VOICE_WHISPER_HYPOTHESES) when the utterance was recognised in one piece
            handed, hypotheses = text, (last.texts if one_piece and last.hypotheses else [])
            if self.redecoder is not None and one_piece and audio:
                # a second decoding biased by the first's topic (voice/topic_redecode.py); the safety layer
                # keeps the first transcript whenever it finds anything in it
                handed = await run_in_threadpool(self.redecoder, np.concatenate(audio), text)
                hypotheses = hypotheses if handed == text else []
            if self.unsure is not None and one_piece and handed == text and last.words:
                # the city terms a looser fix finds where Whisper was unsure (voice/unsure_fix.py); the safety
                # layer keeps the transcript whenever it finds anything
                handed = await run_in_threadpool(self.unsure, text, last.words)
                hypotheses = hypotheses if handed == text else []
            await self.answer(handed, hypotheses=hypotheses)
        # grammar mode only recognises (check-in answers): the page sends the final text to the watch-over flow
        await self.send(ListeningEvent(session_id=self.session_id))

    # --- conversation ---
    async def answer(self, text: str, *, hypotheses: Sequence[str] = ()) -> None:
        """Run one chat turn (``hypotheses``: the recogniser's n best of ``text``) and speak the short form of
        the answer."""
        reply = await self.conversation.turn(session_id=self.session_id, text=text, channel=self.start.channel,
                                             hypotheses=hypotheses)
        short = spoken_answer(
            reply.text, max_sentences=self.settings.spoken_max_sentences, max_chars=self.settings.spoken_max_chars
        )
        self.rest = short.rest
        spoken = reply.preface + short.text
        await self.send(BotTextEvent(text=reply.text, spoken=spoken, has_more=short.has_more))
        await self.speak(spoken)

    async def more(self) -> None:
        """Speak the rest of the last answer."""
        rest, self.rest = self.rest, []
        text = "".join(rest) or "お伝えすることは以上です。"
        await self.send(BotTextEvent(text=text, spoken=text, has_more=False))
        await self.speak(text)

    # --- audio out ---
    async def speak(self, text: str) -> None:
        """Start playing ``text`` (replacing what plays now), paced to real time so a barge-in stops the rest."""
        await self.stop_playback(interrupted=True)
        if self.start.speak and text:
            self.playback = asyncio.create_task(
                send_reply_audio(self.send, self.engines.tts, text, lead_s=self.settings.playback_lead_s))

    async def stop_playback(self, *, interrupted: bool) -> None:
        """Cancel the playback task; tell the client when audio was cut off."""
        task, self.playback = self.playback, None
        if task is None:
            return
        if task.done():
            with contextlib.suppress(asyncio.CancelledError, Exception):
                task.result()
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await self.send(AudioEndEvent(interrupted=interrupted))

    async def wait_playback(self) -> None:
        """Let the current playback finish (before a clean close)."""
        if self.playback is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self.playback

    async def close(self) -> None:
        """Release the stream and playback (nothing is sent: the socket may be gone)."""
        task, self.playback = self.playback, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        if self.early is not None:
            self.early.add_done_callback(discard_result)
            self.early = None

    # --- loop ---
    async def run(self) -> None:
        """Receive until stop or disconnect; every received frame is audio or a control message."""
        await self.send(ListeningEvent(session_id=self.session_id))
        timeout = self.settings.session_idle_timeout_s
        while True:
            try:
                message = await asyncio.wait_for(self.websocket.receive(), timeout)
            except TimeoutError as err:
                if self.playback is not None and not self.playback.done():
                    continue  # a client may mute its microphone while the answer plays
                raise StreamTimeoutError(detail=f"no frame for {timeout} s") from err
            if message["type"] == "websocket.disconnect":
                return
            if message.get("bytes") is not None:
                await self.audio(message["bytes"])
                continue
            control = parse_client_message(message.get("text") or "")
            if isinstance(control, StopMessage):
                if self.stream is not None:
                    await self._speech_ended()
                await self.wait_playback()
                return
            if isinstance(control, TextMessage):
                await self.answer(control.text)
            elif isinstance(control, MoreMessage):
                await self.more()
            else:
                raise BadConfigError(detail="start sent twice")

