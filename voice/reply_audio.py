"""The spoken reply as typed events: audio start, base64 pieces of 16-bit PCM sent paced to real time, audio end."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable

from pydantic import BaseModel

from voice.protocol import AudioChunkEvent, AudioEndEvent, AudioStartEvent
from voice.tts import SpeechSynthesizer

AUDIO_CHUNK_S = 0.5  # reply audio is sent in pieces of this length


async def send_reply_audio(send: Callable[[BaseModel], Awaitable[None]], tts: SpeechSynthesizer, text: str, *,
                           lead_s: float) -> None:
    """Synthesise ``text`` and send it paced to real time (at most ``lead_s`` ahead), so cancelling this (a
    barge-in) stops the rest."""
    await send(AudioStartEvent(sample_rate=tts.sample_rate_hz, text=text))
    loop = asyncio.get_running_loop()
    started = loop.time()
    sent_s = 0.0
    seq = 0
    step = int(tts.sample_rate_hz * AUDIO_CHUNK_S)
    async for chunk in tts.stream(text):
        for start in range(0, len(chunk.pcm), step):
            ahead_s = sent_s - (loop.time() - started)
            if ahead_s > lead_s:
                await asyncio.sleep(ahead_s - lead_s)
            sent_s += min(step, len(chunk.pcm) - start) / tts.sample_rate_hz
            data = base64.b64encode(chunk.pcm[start : start + step].astype("<i2").tobytes()).decode("ascii")
            await send(AudioChunkEvent(seq=seq, text=chunk.text, data=data))
            seq += 1
    await send(AudioEndEvent(interrupted=False))
