"""Whisper base decoding settings on spoken questions: transcripts, time on one core and memory per variant.

    .venv/bin/python bench/bench_whisper_decoding.py [--set osaki|dev] [--every 3] [--variants base,float32,...]
        [--cache var/bench/spoken-decoding]

Every query of the set (every N-th with ``--every``) is spoken by Open JTalk at normal speed, as in
bench/bench_spoken_questions.py (the WAVs are rendered once into ``--cache``/wav), and transcribed by the voice's
own Whisper engine (voice.engines.load_whisper, one thread) under each variant: a set of ``VOICE_WHISPER_...``
settings over the shipped ones (``VARIANTS``; ``name=VOICE_X=1;VOICE_Y=2`` defines one on the command line).
Each variant's transcripts are written to ``--cache``/<variant> under the same keys as
bench_spoken_questions.py computes for those settings (decoding_signature), so the search figures of a variant are

    VOICE_WHISPER_PATIENCE=2 .venv/bin/python bench/bench_spoken_questions.py --set osaki --every 3 \\
        --cache var/bench/spoken-decoding/patience2 --cached-only --save run.json --compare base.json

Printed per variant: mean reading CER of the in-scope transcripts (voice.judge.reading_cer against what was said),
transcripts that differ from the shipped variant's, empty transcripts, the transcription time (sum, p95) and the
real-time factor (transcription seconds / speech seconds, one thread, on a shared machine: an upper bound), the
CPU real-time factor (CPU seconds of the process / speech seconds: what one free core would take), and the
resident memory the model added when it was loaded (int8 vs float weights). A transcript already in the variant's
folder is read, not made again (and not timed: the time columns cover the transcribed ones).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.spoken_support import (  # noqa: E402
    CITIZEN_RATE_WPM,
    DEV_QUERIES,
    OSAKI_QUERIES,
    cache_key,
    decoding_signature,
    settings_key,
)

RATE_HZ = 16000
# The variants measured in the eighth session (docs/voice.md, "Decoding settings"); base is the shipped setting.
VARIANTS: dict[str, dict[str, str]] = {
    "base": {},
    "int8_float32": {"VOICE_WHISPER_COMPUTE_TYPE": "int8_float32"},
    "float32": {"VOICE_WHISPER_COMPUTE_TYPE": "float32"},
    "beam8": {"VOICE_WHISPER_BEAM_SIZE": "8"},
    "beam10": {"VOICE_WHISPER_BEAM_SIZE": "10"},
    "patience2": {"VOICE_WHISPER_PATIENCE": "2"},
    "lenpen0.6": {"VOICE_WHISPER_LENGTH_PENALTY": "0.6"},
    "no-timestamps": {"VOICE_WHISPER_WITHOUT_TIMESTAMPS": "true"},
    "no-fallback": {"VOICE_WHISPER_TEMPERATURE_FALLBACK": "false"},
    "no-suppress": {"VOICE_WHISPER_SUPPRESS_BLANK": "false", "VOICE_WHISPER_SUPPRESS_SYMBOLS": "false"},
    "vad": {"VOICE_WHISPER_VAD_FILTER": "true"},
    "trim": {"VOICE_WHISPER_TRIM_SILENCE": "true"},
    "pad500": {"VOICE_WHISPER_PAD_MS": "500"},
    "trim-pad300": {"VOICE_WHISPER_TRIM_SILENCE": "true", "VOICE_WHISPER_PAD_MS": "300"},
    "level-20": {"VOICE_WHISPER_INPUT_LEVEL_DBFS": "-20"},
    "level-30": {"VOICE_WHISPER_INPUT_LEVEL_DBFS": "-30"},
}


def parse_variants(spec: str) -> dict[str, dict[str, str]]:
    """``base,float32`` (names of VARIANTS) and ``name=VOICE_X=1;VOICE_Y=2`` (defined here), comma-separated."""
    chosen: dict[str, dict[str, str]] = {}
    for item in [s.strip() for s in spec.split(",") if s.strip()]:
        if "=" in item:
            name, settings = item.split("=", 1)
            chosen[name] = dict(pair.split("=", 1) for pair in settings.split(";") if pair)
        else:
            chosen[item] = VARIANTS[item]
    return chosen


def resident_mib() -> float:
    """Resident memory of this process (MiB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "osaki"), default="osaki")
    parser.add_argument("--every", type=int, default=3, help="every N-th query only")
    parser.add_argument("--start", type=int, default=0, help="the first query taken (to split a set over runs)")
    parser.add_argument("--variants", default="base", help="comma-separated names or name=VOICE_X=v;VOICE_Y=w")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "spoken-decoding")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import numpy as np

    from knowledge.evaluate import OUT_OF_SCOPE, load_queries
    from voice.audio import decode_wav, to_pcm16
    from voice.engines import load_whisper
    from voice.judge import reading_cer
    from voice.lexicon import apply_lexicon
    from voice.settings import VoiceSettings
    from voice.tts_driver import render, write_wav

    queries = load_queries(DEV_QUERIES if args.set == "dev" else OSAKI_QUERIES)[args.start :: args.every]
    shipped = VoiceSettings(whisper_threads=1, whisper_cache_dir=ROOT / "var" / "models",
                            lexicon_build_dir=ROOT / "var" / "voice")
    apply_lexicon(shipped.lexicon_path, shipped.lexicon_build_dir)
    wav_dir = args.cache / "wav"
    wav_dir.mkdir(parents=True, exist_ok=True)
    speech = []
    for query in queries:
        path = wav_dir / f"{cache_key(query.text, None, 1)}.wav"
        if not path.exists():
            write_wav(path, render(query.text, rate_wpm=CITIZEN_RATE_WPM, sample_rate_hz=RATE_HZ), RATE_HZ)
        speech.append(to_pcm16(decode_wav(path.read_bytes(), max_duration_s=120.0)[0]))
    speech_s = sum(len(pcm) for pcm in speech) / RATE_HZ
    print(f"# Whisper decoding variants, {args.set} set, {len(queries)} queries ({speech_s:.0f} s of speech), "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}", flush=True)
    print(f"{'variant':<16} {'CER':>6} {'changed':>8} {'empty':>6} {'sum s':>7} {'p95 s':>6} {'RTF':>6} "
          f"{'CPU RTF':>7} {'model MiB':>9}  load", flush=True)
    first: list[str] | None = None
    for name, overrides in parse_variants(args.variants).items():
        saved = {key: os.environ.get(key) for key in overrides}
        os.environ.update(overrides)
        try:
            settings = VoiceSettings(whisper_threads=1, whisper_cache_dir=ROOT / "var" / "models",
                                     lexicon_build_dir=ROOT / "var" / "voice")
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        gc.collect()
        before = resident_mib()
        whisper = load_whisper(settings)
        whisper.transcribe(speech[0])  # warm-up (first-call allocations)
        added = resident_mib() - before
        folder = args.cache / name
        folder.mkdir(parents=True, exist_ok=True)
        heard, seconds, timed_s, cpu_s = [], [], 0.0, 0.0
        for query, pcm in zip(queries, speech, strict=True):
            path = folder / f"{settings_key(query.text, settings)}.json"
            if path.exists():  # transcribed by an earlier run under the same settings: not timed again
                heard.append(str(json.loads(path.read_text(encoding="utf-8"))["heard"]))
                continue
            started, cpu_started = time.perf_counter(), time.process_time()
            text = whisper.transcribe(np.asarray(pcm)).text
            seconds.append(time.perf_counter() - started)
            cpu_s += time.process_time() - cpu_started
            timed_s += len(pcm) / RATE_HZ
            heard.append(text)
            record = {"text": query.text, "heard": text, "settings": decoding_signature(settings)}
            path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        del whisper
        in_scope = [(q.text, h) for q, h in zip(queries, heard, strict=True) if q.expected_id != OUT_OF_SCOPE]
        cer = statistics.fmean(reading_cer(text, h) for text, h in in_scope)
        changed = sum(a != b for a, b in zip(first, heard, strict=True)) if first is not None else 0
        first = first if first is not None else heard
        ordered = sorted(seconds) or [0.0]
        p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
        rtf, cpu_rtf = (sum(seconds) / timed_s, cpu_s / timed_s) if timed_s else (0.0, 0.0)
        print(f"{name:<16} {cer:6.3f} {changed:>8} {sum(not h for h in heard):>6} {sum(seconds):7.1f} "
              f"{p95:6.2f} {rtf:6.3f} {cpu_rtf:7.3f} {added:9.0f}  {os.getloadavg()[0]:.1f}  ({len(seconds)} timed)",
              flush=True)


if __name__ == "__main__":
    main()
