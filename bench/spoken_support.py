"""What the spoken-question benches share: the two query sets and their corpora, Open JTalk -> Whisper base
transcripts cached by text and decoding settings, the transcript fixer's figures and the paired comparison of two
runs (the held-out search of a set: ``bench/held_out_search.py``).

Used by bench_spoken_questions.py, bench_voice_nbest.py, bench_whisper_decoding*.py, bench_topic_redecode.py and
bench_spoken_safety.py; nothing heavy happens at import (the engines load inside the functions).
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]

if TYPE_CHECKING:
    from voice.settings import VoiceSettings

DEV_CORPUS = ROOT.parent / "shared" / "eval" / "faq.csv"
DEV_QUERIES = ROOT.parent / "shared" / "eval" / "queries-dev.tsv"
OSAKI_CORPUS = ROOT / "knowledge" / "corpus"
OSAKI_QUERIES = ROOT / "knowledge" / "eval" / "osaki-queries.tsv"
CITIZEN_RATE_WPM = 200  # a citizen asks at normal speed (Open JTalk speed 1.0)
TARGET_GAP = 0.08
CACHED_HYPOTHESES = 5  # n best kept in the transcript cache (Whisper's beam)


def cache_key(text: str, whisper_prompt: str | None, beam_size: int, decoding: str = "") -> str:
    """The cache key of a spoken text: the prompt, a beam other than 1 and the other decoding settings
    (``decoding_signature``) are part of it (none keeps the keys of the transcripts made before they existed,
    greedy, without a prompt, with faster-whisper's other defaults)."""
    from voice.readings import spoken_text

    prompt = f"{whisper_prompt}|" if whisper_prompt else ""
    beam = f"beam{beam_size}|" if beam_size != 1 else ""
    options = f"{decoding}|" if decoding else ""
    return hashlib.sha256(f"{CITIZEN_RATE_WPM}|{beam}{options}{prompt}{spoken_text(text)}".encode()
                          ).hexdigest()[:16]


def decoding_signature(settings: VoiceSettings) -> str:
    """The Whisper settings other than the shipped ones besides beam and prompt (compute type, decoding options,
    audio front end; voice.stt_decoding), ``""`` when there are none: part of the transcript cache key."""
    parts = [f"compute={settings.whisper_compute_type}" if settings.whisper_compute_type != "int8" else "",
             settings.whisper_decoding().signature(), settings.whisper_front_end().signature()]
    return ";".join(part for part in parts if part)


def settings_key(text: str, settings: VoiceSettings) -> str:
    """The cache key of ``text`` transcribed under ``settings`` (prompt, beam and the other decoding settings)."""
    from voice.stt_whisper import load_vocabulary, vocabulary_prompt

    vocabulary = settings.whisper_vocabulary_file
    prompt = vocabulary_prompt(load_vocabulary(vocabulary)) if vocabulary is not None else None
    return cache_key(text, prompt, settings.whisper_beam_size, decoding_signature(settings))


def cached_transcript(text: str, cache: Path, settings: VoiceSettings) -> str | None:
    """The cached transcript of ``text`` under ``settings``, or None."""
    key = settings_key(text, settings)
    path = cache / f"{key}.json"
    return str(json.loads(path.read_text(encoding="utf-8"))["heard"]) if path.exists() else None


def spoken_transcripts(texts: list[str], cache: Path, threads: int) -> list[str]:
    """Open JTalk -> Whisper base for every text, cached by the text's hash."""
    return [found[0].text for found in spoken_hypotheses(texts, cache, threads)]


def spoken_hypotheses(texts: list[str], cache: Path, threads: int, hypotheses: int = 1) -> list[list[Any]]:
    """Open JTalk -> Whisper base for every text, cached by the text's hash: the n best transcripts
    (voice.stt.Hypothesis, best first; one when ``hypotheses`` is 1 or Whisper found no other). A transcript
    cached without its hypotheses is made again when more than one is asked for (with CACHED_HYPOTHESES, so
    any smaller n reads the same files)."""
    import numpy as np

    from voice.engines import load_whisper
    from voice.lexicon import apply_lexicon
    from voice.settings import VoiceSettings
    from voice.stt import Hypothesis
    from voice.stt_whisper import load_vocabulary, vocabulary_prompt
    from voice.tts_driver import render, write_wav

    cache.mkdir(parents=True, exist_ok=True)
    settings = VoiceSettings(whisper_threads=threads, whisper_cache_dir=ROOT / "var" / "models",
                             lexicon_build_dir=ROOT / "var" / "voice")
    settings = settings.model_copy(update={"whisper_hypotheses": max(hypotheses, CACHED_HYPOTHESES)}
                                   if hypotheses > 1 else {})
    apply_lexicon(settings.lexicon_path, settings.lexicon_build_dir)
    vocabulary = settings.whisper_vocabulary_file
    whisper_prompt = vocabulary_prompt(load_vocabulary(vocabulary)) if vocabulary is not None else None
    print(f"Whisper prompt: {whisper_prompt or '(none)'}; other settings: {decoding_signature(settings) or 'shipped'}")
    whisper = None
    heard: list[list[Any]] = []
    started = time.perf_counter()
    spoken_s = 0.0
    for index, text in enumerate(texts):
        # The Whisper prompt (VOICE_WHISPER_VOCABULARY_FILE) is part of the key; none keeps the earlier keys.
        key = cache_key(text, whisper_prompt, settings.whisper_beam_size, decoding_signature(settings))
        transcript_path = cache / f"{key}.json"
        if transcript_path.exists():
            saved = json.loads(transcript_path.read_text(encoding="utf-8"))
            if hypotheses == 1 or "hypotheses" in saved:
                found = [Hypothesis(str(t), float(s)) for t, s in saved.get("hypotheses", [])]
                heard.append(found[:hypotheses] if found else [Hypothesis(str(saved["heard"]), 0.0)])
                continue
        wav_path = cache / f"{key}.wav"
        if wav_path.exists():
            from voice.audio import decode_wav, to_pcm16

            pcm = to_pcm16(decode_wav(wav_path.read_bytes(), max_duration_s=120.0)[0])
        else:
            pcm = render(text, rate_wpm=CITIZEN_RATE_WPM, sample_rate_hz=16000)
            write_wav(wav_path, pcm, 16000)
        if whisper is None:
            whisper = load_whisper(settings)
        transcript = whisper.transcribe(np.asarray(pcm))
        spoken_s += len(pcm) / 16000
        found = transcript.hypotheses or [Hypothesis(transcript.text, 0.0)]
        record: dict[str, Any] = {"text": text, "heard": transcript.text}
        if hypotheses > 1:
            record["hypotheses"] = [[h.text, h.score] for h in found]
        transcript_path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        heard.append(found[:hypotheses])
        if (index + 1) % 20 == 0:
            print(f"  spoken {index + 1}/{len(texts)} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if spoken_s:
        print(f"synthesised and transcribed {spoken_s:.0f} s of speech in {time.perf_counter() - started:.0f} s")
    return heard


def fix_figures(fixer: Any, heard: list[str]) -> tuple[list[str], str, int]:
    """What the voice hands the chat for every transcript, the time it took (ms per transcript: the fixer
    alone, and with the safety checks of choose_text), how many transcripts changed."""
    from voice.transcript_fix import choose_text

    texts: list[str] = []
    fix_ms: list[float] = []
    total_ms: list[float] = []
    for text in heard:
        started = time.perf_counter()
        fixer.with_terms(text)
        fix_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        texts.append(choose_text(text, fixer))
        total_ms.append((time.perf_counter() - started) * 1000)
    timing = []
    for name, values in (("fixer", fix_ms), ("with safety checks", total_ms)):
        values.sort()
        timing.append(f"{name} {sum(values) / len(values):.2f} ms mean / {values[int(0.95 * (len(values) - 1))]:.2f} "
                      "ms p95")
    changed = sum(a != b for a, b in zip(texts, heard, strict=True))
    return texts, ", ".join(timing), changed


def per_query_rows(typed: list[Any], heard: list[str], fixed: list[str], outcomes: dict[str, list[Any]]
                   ) -> list[dict[str, Any]]:
    """One row per query: what was said, heard and handed on, and whether each variant's top answer was right
    (held-out ranking; an out-of-scope query is right when the search abstained)."""
    from knowledge.evaluate import OUT_OF_SCOPE

    rows = []
    for index, query in enumerate(typed):
        row: dict[str, Any] = {"text": query.text, "style": query.style, "expected": query.expected_id,
                               "heard": heard[index], "fixed": fixed[index]}
        for name, results in outcomes.items():
            outcome = results[index]
            row[name] = (outcome.abstained if query.expected_id == OUT_OF_SCOPE
                         else outcome.rank == 1)
        rows.append(row)
    return rows


def sign_test_p(gained: int, lost: int) -> float:
    """Two-sided exact sign test (binomial, p = 1/2) of ``gained`` against ``lost`` changed pairs."""
    n = gained + lost
    if n == 0:
        return 1.0
    tail: float = sum(math.comb(n, k) for k in range(min(gained, lost) + 1)) / 2**n
    return min(1.0, 2 * tail)


def print_comparison(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> None:
    """Paired per-query comparison of this run with an earlier one (same queries, held-out ranking)."""
    from knowledge.evaluate import OUT_OF_SCOPE

    by_text = {row["text"]: row for row in before}
    pairs = [(by_text[row["text"]], row) for row in after if row["text"] in by_text]
    print(f"\npaired with the earlier run ({len(pairs)} queries in both):")
    for variant in ("spoken", "spoken+fix"):
        for scope, wanted in (("in scope", False), ("out of scope abstained", True)):
            chosen = [(a, b) for a, b in pairs if (a["expected"] == OUT_OF_SCOPE) == wanted]
            gained = sum(1 for a, b in chosen if b[variant] and not a[variant])
            lost = sum(1 for a, b in chosen if a[variant] and not b[variant])
            print(f"  {variant:<10} {scope:<22} n {len(chosen):>3}: {gained} gained, {lost} lost, "
                  f"sign test p {sign_test_p(gained, lost):.3f}")
    for a, b in pairs:
        if a["spoken+fix"] != b["spoken+fix"]:
            mark = "+" if b["spoken+fix"] else "-"
            print(f"  {mark} [{b['style']}] {b['text']}: {a['heard']} -> {b['heard']}")


def read_cached_heard(paths: Sequence[Path], *, made_by: str) -> list[str]:
    """The transcripts (``heard``) of cached transcript files; a missing one stops the bench with a message naming
    the bench that makes them."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"{len(missing)} of {len(paths)} transcripts missing under {missing[0].parent} ({made_by})")
    return [str(json.loads(p.read_text(encoding="utf-8"))["heard"]) for p in paths]
