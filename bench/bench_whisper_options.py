"""faster-whisper options that cut the time per utterance, against what they cost in transcript accuracy.

    .venv/bin/python bench/bench_whisper_options.py [--answers 15] [--set held-out|questions]
        [--variants current,beam5,...]

Sentences: ``held-out`` (default) are the spoken sentences of the 50 held-out corpus answers of bench_voice.py
(never tuned on; the first ``--answers`` of them), ``questions`` the answerable dev-set queries that
bench_voice_turn.py speaks. Each is rendered by Open JTalk (16 kHz) with the closing silence the VAD waits for
(VOICE_END_SILENCE_MS, 700 ms) and transcribed by Whisper base int8 (the packaged model) under each variant:

- ``current``: what voice/stt_whisper.py does (beam 1, condition_on_previous_text False, timestamps decoded);
- ``beam5``: beam search of 5 (faster-whisper's default);
- ``previous-text``: condition_on_previous_text True (faster-whisper's default);
- ``no-timestamps``: without_timestamps=True (no timestamp tokens decoded);
- ``threads2``: no-timestamps with 2 CPU threads (VOICE_WHISPER_THREADS=2);
- ``early``: no-timestamps on the audio cut 300 ms into the closing silence (what the satellite link
  transcribes when it starts early; the turn then waits only for the rest of the VAD's silence);
- ``beam5-prompt`` / ``beam5-hotwords``: beam 5 with the shipped city vocabulary
  (voice/data/whisper-vocabulary.txt) as ``initial_prompt`` / as faster-whisper's ``hotwords``.

Figures: reading CER (katakana of what was said vs of what was heard, ``voice.judge.reading_cer``), the paired
difference to ``--base`` (default ``current``; list it first in ``--variants``) with a 95 % interval (within
noise when it includes 0), and the time per utterance
(median, p95). The machine's load is printed: the times are upper bounds on a shared machine.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.bench_voice_turn import questions  # noqa: E402
from bench.voice_intelligibility import spoken_sentences  # noqa: E402
from voice.audio import to_float  # noqa: E402
from voice.judge import reading_cer  # noqa: E402
from voice.settings import DEFAULT_WHISPER_VOCABULARY  # noqa: E402
from voice.stt_whisper import load_vocabulary, vocabulary_prompt  # noqa: E402

RATE_HZ = 16000
END_SILENCE_S = 0.7  # VOICE_END_SILENCE_MS
EARLY_SILENCE_S = 0.3  # voice.vad.EARLY_AFTER_SILENCE_MS
CURRENT = {"beam_size": 1, "condition_on_previous_text": False, "without_timestamps": False}
SHIPPED_PROMPT = vocabulary_prompt(load_vocabulary(DEFAULT_WHISPER_VOCABULARY))


@dataclass(frozen=True)
class Variant:
    """One way of calling faster-whisper."""

    name: str
    options: dict[str, Any]
    threads: int = 1
    silence_s: float = END_SILENCE_S


VARIANTS = [
    Variant("current", CURRENT),
    Variant("beam5", CURRENT | {"beam_size": 5}),
    Variant("previous-text", CURRENT | {"condition_on_previous_text": True}),
    Variant("no-timestamps", CURRENT | {"without_timestamps": True}),
    Variant("threads2", CURRENT | {"without_timestamps": True}, threads=2),
    Variant("early", CURRENT | {"without_timestamps": True}, silence_s=EARLY_SILENCE_S),
    Variant("beam5-prompt", CURRENT | {"beam_size": 5, "initial_prompt": SHIPPED_PROMPT}),
    Variant("beam5-hotwords", CURRENT | {"beam_size": 5, "hotwords": SHIPPED_PROMPT}),
]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def paired_interval(diffs: list[float]) -> tuple[float, float]:
    """Mean of paired differences and the half-width of its 95 % interval (normal approximation)."""
    mean = statistics.fmean(diffs)
    half = 1.96 * statistics.stdev(diffs) / math.sqrt(len(diffs)) if len(diffs) > 1 else 0.0
    return mean, half


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--answers", type=int, default=15, help="held-out answers (2-3 sentences each)")
    parser.add_argument("--set", choices=["held-out", "questions"], default="held-out")
    parser.add_argument("--questions", type=int, default=30, help="dev queries with --set questions")
    parser.add_argument("--variants", default=",".join(v.name for v in VARIANTS))
    parser.add_argument("--base", default="current", help="the variant the paired differences are taken to")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    from faster_whisper import WhisperModel

    from voice.stt_whisper import packaged_whisper_base
    from voice.tts_driver import render

    texts = (spoken_sentences(50, held_out=True)[: args.answers * 3] if args.set == "held-out"
             else questions(args.questions))
    chosen = [v for v in VARIANTS if v.name in args.variants.split(",")]
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = packaged_whisper_base(Path(tmp))
        models = {threads: WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=threads,
                                        local_files_only=True) for threads in {v.threads for v in chosen}}
        speech = [render(text, sample_rate_hz=RATE_HZ) for text in texts]

        def transcriber(variant: Variant) -> Callable[[np.ndarray], str]:
            model = models[variant.threads]

            def run(pcm: np.ndarray) -> str:
                segments, _ = model.transcribe(to_float(pcm), language="ja", vad_filter=False, **variant.options)
                return "".join(s.text for s in segments).strip()

            return run

        transcriber(chosen[0])(speech[0])  # warm-up
        print(f"# Whisper base int8 options ({os.cpu_count()} cores, load {load_start:.1f} at the start), "
              f"{len(texts)} {args.set} sentences", flush=True)
        print(f"{'variant':<15} {'CER':>6} {'diff vs ' + args.base + ' (95 %)':>24} {'s/utt p50':>10} {'p95':>6}  load",
              flush=True)
        base: list[float] | None = None
        for variant in chosen:
            run = transcriber(variant)
            cers, seconds = [], []
            for text, pcm in zip(texts, speech, strict=True):
                audio = np.concatenate([pcm, np.zeros(int(variant.silence_s * RATE_HZ), dtype=np.int16)])
                started = time.perf_counter()
                heard = run(audio)
                seconds.append(time.perf_counter() - started)
                cers.append(reading_cer(text, heard))
            diff = ""
            if variant.name == args.base:
                base = cers
            elif base is not None:
                mean, half = paired_interval([a - b for a, b in zip(cers, base, strict=True)])
                diff = f"{mean:+.3f} ± {half:.3f}"
            print(f"{variant.name:<15} {statistics.fmean(cers):6.3f} {diff:>24} {percentile(seconds, 50):10.2f} "
                  f"{percentile(seconds, 95):6.2f}  {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
