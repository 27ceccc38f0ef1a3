"""Voice turn latency: end of speech -> first reply audio over WS /voice/session with the live stack.

    .venv/bin/python bench/bench_voice_turn.py [--questions 20]

Starts the real processes (devstack/stack.py: Rasa with the trained model, the action server, the gateway with
the voice loaded as configured: without a Japanese Vosk model, free questions go to Whisper base). Each question
(answerable dev-set queries, spread over the styles) is spoken by Open JTalk and streamed like a microphone:
16 kHz PCM in 100 ms frames paced in real time, then silence until the reply audio starts. Timestamps:
end of speech (the last frame holding speech was sent) -> ``final`` (VAD end-of-utterance + speech to text)
-> ``bot_text`` (the chat turn: Rasa, the action server, the knowledge search) -> first ``audio_chunk``
(the first piece of the reply synthesised). Target: p95 end of speech -> first reply audio <= 1.2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devstack.stack import start_stack  # noqa: E402

QUERY_FILE = ROOT.parent / "shared" / "eval" / "queries-dev.tsv"
RATE_HZ = 16000
FRAME_S = 0.1
LEAD_SILENCE_S = 0.3
REPLY_TIMEOUT_S = 30.0
TARGET_P95_S = 1.2


@dataclass
class TurnTimes:
    """Seconds from the end of speech to each event of one turn."""

    final: float
    bot_text: float
    first_audio: float
    heard: str


def questions(count: int) -> list[str]:
    """``count`` answerable dev queries, taken round-robin over the styles."""
    with QUERY_FILE.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["expected_id"] != "NONE"]
    by_style: dict[str, list[str]] = {}
    for row in rows:
        by_style.setdefault(row["style"], []).append(row["query"])
    picked: list[str] = []
    while len(picked) < count and any(by_style.values()):
        for style in sorted(by_style):
            if by_style[style] and len(picked) < count:
                picked.append(by_style[style].pop(0))
    return picked


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def one_turn(ws_url: str, speech: npt.NDArray[np.int16]) -> TurnTimes:
    """Stream one spoken question like a microphone and time the reply's events."""
    from websockets.asyncio.client import connect

    frame = int(RATE_HZ * FRAME_S)
    audio = np.concatenate([np.zeros(int(RATE_HZ * LEAD_SILENCE_S), dtype=np.int16), speech])
    async with connect(f"{ws_url}/voice/session", max_size=None) as ws:
        await ws.send(json.dumps({"type": "start", "sample_rate": RATE_HZ, "channel": "voice"}))
        first = json.loads(await ws.recv())
        assert first["type"] == "listening", first
        seen: dict[str, float] = {}
        heard = ""
        speech_end = 0.0
        done = asyncio.Event()

        async def receive() -> None:
            nonlocal heard
            async for message in ws:
                event = json.loads(message)
                kind = event["type"]
                if kind == "error":
                    raise RuntimeError(f"session error: {event}")
                seen.setdefault(kind, time.perf_counter())
                if kind == "final":
                    heard = event["text"]
                if kind == "audio_chunk":
                    done.set()
                    return

        receiver = asyncio.create_task(receive())
        started = time.perf_counter()
        sent = 0
        while not done.is_set() and time.perf_counter() - started < REPLY_TIMEOUT_S:
            chunk = audio[sent : sent + frame] if sent < len(audio) else np.zeros(frame, dtype=np.int16)
            await ws.send(chunk.astype("<i2").tobytes())
            sent += frame
            if sent >= len(audio) and not speech_end:
                speech_end = time.perf_counter()
            await asyncio.sleep(max(0.0, started + sent / RATE_HZ - time.perf_counter()))
            if receiver.done():
                receiver.result()
        receiver.cancel()
        if "audio_chunk" not in seen:
            raise RuntimeError(f"no reply audio within {REPLY_TIMEOUT_S} s (events: {sorted(seen)})")
    return TurnTimes(seen["final"] - speech_end, seen["bot_text"] - speech_end, seen["audio_chunk"] - speech_end,
                     heard)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    from voice.tts_driver import render

    texts = questions(args.questions)
    speech = [render(text, sample_rate_hz=RATE_HZ) for text in texts]
    print(f"# voice turn bench ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}), {len(texts)} questions")
    with tempfile.TemporaryDirectory() as work:
        started = time.perf_counter()
        stack = start_stack(Path(work))
        print(f"stack ready in {time.perf_counter() - started:.0f} s")
        try:
            ws_url = stack.gateway_url.replace("http://", "ws://")
            for pcm in speech[:2]:  # warm-up: first Whisper call, first chat turn
                asyncio.run(one_turn(ws_url, pcm))
            turns = []
            for text, pcm in zip(texts, speech, strict=True):
                times = asyncio.run(one_turn(ws_url, pcm))
                turns.append(times)
                print(f"  {times.final:5.2f} {times.bot_text:5.2f} {times.first_audio:5.2f}  {text} -> {times.heard}")
        finally:
            stack.stop()
    print("seconds after the end of speech:   p50    p95   mean")
    for label, values in (
        ("final transcript (VAD + STT)", [t.final for t in turns]),
        ("bot text (+ chat turn)", [t.bot_text for t in turns]),
        ("first reply audio (+ TTS)", [t.first_audio for t in turns]),
    ):
        print(f"{label:<33} {percentile(values, 50):6.2f} {percentile(values, 95):6.2f} "
              f"{statistics.fmean(values):6.2f}")
    print(f"target: first reply audio p95 <= {TARGET_P95_S} s")


if __name__ == "__main__":
    main()
