"""Wyoming service figures: TTS time to first audio and STT real-time factor through the Wyoming protocol, then
``wyoming-bench`` (PyPI) against the same server.

    .venv/bin/python bench/bench_wyoming.py [--runs 10] [--no-wyoming-bench]

- TTS first audio: ``synthesize`` -> first ``audio-chunk`` on a fresh connection, texts made unique (no cache),
  a 60-character two-sentence answer; median and p95 (target <= 300 ms).
- STT real-time factor: Open JTalk speech of short questions sent as one ``audio-start``/chunks/``audio-stop``,
  time to ``transcript`` / audio length, Whisper base int8 on one thread; with the reading CER of each.
- ``wyoming-bench tts`` (non-streaming) and ``generate-corpus`` + ``wyoming-bench stt`` (non-streaming).
The server runs in this process (asr + tts; no handle); engines from VoiceSettings with VOICE_STT_ENGINE=whisper.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with warnings.catch_warnings():  # wyoming.audio imports audioop (deprecated in 3.11)
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import audioop  # noqa: F401

from wyoming.asr import Transcribe, Transcript  # noqa: E402
from wyoming.audio import (  # noqa: E402
    AudioChunk,
    AudioStart,
    AudioStop,
)
from wyoming.client import AsyncTcpClient  # noqa: E402
from wyoming.event import Event  # noqa: E402
from wyoming.tts import Synthesize  # noqa: E402

from devstack.processes import free_port  # noqa: E402
from voice.engines import load_engines  # noqa: E402
from voice.judge import reading_cer  # noqa: E402
from voice.settings import VoiceSettings  # noqa: E402
from voice.wyoming_handlers import WyomingServices  # noqa: E402
from voice.wyoming_server import running_server  # noqa: E402

ANSWER = "燃やせるごみは、週2回収集します。決められた曜日の朝8時30分までに、集積所に出してください。"
QUESTIONS = [
    "燃やせるごみの収集日はいつですか",
    "住民票の写しはどこで取れますか",
    "粗大ごみの出し方を教えてください",
    "市役所の開庁時間は何時までですか",
    "介護保険の申請はどうすればいいですか",
]


async def read_until(client: AsyncTcpClient, last_types: set[str]) -> list[Event]:
    events: list[Event] = []
    while True:
        event = await client.read_event()
        assert event is not None, "the server closed the connection"
        events.append(event)
        if event.type in last_types:
            return events


def audio_events(pcm: bytes, rate: int, chunk_bytes: int = 2048) -> list[Event]:
    chunks = [AudioChunk(rate=rate, width=2, channels=1, audio=pcm[i:i + chunk_bytes]).event()
              for i in range(0, len(pcm), chunk_bytes)]
    return [AudioStart(rate=rate, width=2, channels=1).event(), *chunks, AudioStop().event()]


def audio_of(events: list[Event]) -> tuple[bytes, int]:
    chunks = [AudioChunk.from_event(e) for e in events if AudioChunk.is_type(e.type)]
    return b"".join(c.audio for c in chunks), chunks[0].rate


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def first_audio_ms(address: tuple[str, int], text: str) -> float:
    async with AsyncTcpClient(*address) as client:
        started = time.perf_counter()
        await client.write_event(Synthesize(text=text).event())
        while True:
            event = await client.read_event()
            assert event is not None
            if AudioChunk.is_type(event.type):
                first = (time.perf_counter() - started) * 1000
                await read_until(client, {"audio-stop"})
                return first


async def transcription(address: tuple[str, int], text: str) -> tuple[float, float, str]:
    """(seconds to transcript, audio seconds, text heard)."""
    async with AsyncTcpClient(*address) as client:
        await client.write_event(Synthesize(text=text).event())
        pcm, rate = audio_of(await read_until(client, {"audio-stop"}))
    async with AsyncTcpClient(*address) as client:
        started = time.perf_counter()
        for event in [Transcribe(language="ja").event(), *audio_events(pcm, rate)]:
            await client.write_event(event)
        heard = Transcript.from_event((await read_until(client, {"transcript"}))[-1]).text
        return time.perf_counter() - started, len(pcm) / 2 / rate, heard


async def run_wyoming_bench(address: tuple[str, int], runs: int) -> None:
    tool = shutil.which("wyoming-bench") or str(Path(sys.executable).parent / "wyoming-bench")
    server = f"{address[0]}:{address[1]}"
    with tempfile.TemporaryDirectory() as folder:
        texts = Path(folder) / "texts.txt"
        texts.write_text("\n".join(QUESTIONS) + "\n", encoding="utf-8")
        corpus = Path(folder) / "corpus"
        commands = [
            [tool, "tts", "--mode", "non_streaming", "--rounds", str(runs), "--texts-file", str(texts), server],
            [tool, "generate-corpus", "--out", str(corpus), "--texts-file", str(texts), server],
            [tool, "stt", "--mode", "non_streaming", "--rounds", "1", "--corpus", str(corpus), server],
        ]
        for command in commands:
            print("$", " ".join(command[1:3]), "...", flush=True)
            process = await asyncio.create_subprocess_exec(
                *command, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            out, err = await asyncio.wait_for(process.communicate(), timeout=900)
            print(out.decode()[-4000:] or err.decode()[-2000:], flush=True)


async def measure(address: tuple[str, int], runs: int) -> None:
    await first_audio_ms(address, "準備です。")  # warm the connection path
    firsts = [await first_audio_ms(address, f"{ANSWER}（{i}）") for i in range(runs)]
    print(f"TTS first audio over Wyoming ({runs} runs, no cache): median {statistics.median(firsts):.0f} ms, "
          f"p95 {percentile(firsts, 0.95):.0f} ms (target <= 300 ms)")
    total_s = total_audio_s = 0.0
    for question in QUESTIONS:
        took_s, audio_s, heard = await transcription(address, question)
        total_s += took_s
        total_audio_s += audio_s
        print(f"  STT {took_s:.2f} s for {audio_s:.2f} s audio, CER {reading_cer(question, heard):.2f}: {heard}")
    print(f"STT real-time factor over Wyoming (Whisper base int8, 1 thread): {total_s / total_audio_s:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-wyoming-bench", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as var:
        settings = VoiceSettings(
            stt_engine="whisper", whisper_cache_dir=ROOT / "var" / "models", lexicon_build_dir=Path(var),
            tts_cache_entries=0,
        )
        engines = load_engines(settings, vosk=False)
        asyncio.run(serve_and_measure(WyomingServices(engines=engines, conversation=None), args))
    return 0


async def serve_and_measure(services: WyomingServices, args: argparse.Namespace) -> None:
    address = ("127.0.0.1", free_port())
    async with running_server(f"tcp://{address[0]}:{address[1]}", services):
        await measure(address, args.runs)
        if not args.no_wyoming_bench:
            await run_wyoming_bench(address, args.runs)


if __name__ == "__main__":
    sys.exit(main())
