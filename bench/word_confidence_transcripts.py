"""Spoken questions transcribed with Whisper's word probabilities for bench_word_confidence.py: Open JTalk speech
(from bench_spoken_questions.py's cache when there), the shipped Whisper (base int8, beam 5, no prompt) with
``word_timestamps=True``, cached by text and settings; and the paired cost of the word timestamps."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from bench.spoken_support import CITIZEN_RATE_WPM, cache_key, settings_key

ROOT = Path(__file__).resolve().parents[1]
RATE_HZ = 16000


def speech_of(text: str, cache: Path, shipped: Any) -> Any:
    """The query spoken by Open JTalk (from bench_spoken_questions.py's cache when there, else rendered)."""
    from voice.audio import decode_wav, to_pcm16
    from voice.tts_driver import render, write_wav

    for path in (
        ROOT / "var" / "bench" / "spoken-questions" / f"{settings_key(text, shipped)}.wav",
        ROOT / "var" / "bench" / "spoken-decoding" / "wav" / f"{cache_key(text, None, 1)}.wav",
        cache / f"{cache_key(text, None, 1)}.wav",
    ):
        if path.exists():
            return to_pcm16(decode_wav(path.read_bytes(), max_duration_s=120.0)[0])
    pcm = render(text, rate_wpm=CITIZEN_RATE_WPM, sample_rate_hz=RATE_HZ)
    write_wav(cache / f"{cache_key(text, None, 1)}.wav", pcm, RATE_HZ)
    return pcm


def heard_words(texts: list[str], cache: Path, cost: int) -> list[tuple[str, list[Any]]]:
    """(transcript, words with probabilities) of every text, cached; with ``cost`` the paired timing."""
    import numpy as np

    from voice.engines import load_whisper
    from voice.lexicon import apply_lexicon
    from voice.settings import VoiceSettings
    from voice.stt import Word

    shipped = VoiceSettings(
        whisper_threads=1, whisper_cache_dir=ROOT / "var" / "models", lexicon_build_dir=ROOT / "var" / "voice"
    )
    apply_lexicon(shipped.lexicon_path, shipped.lexicon_build_dir)
    cache.mkdir(parents=True, exist_ok=True)
    whisper: Any = None
    found: list[tuple[str, list[Any]]] = []
    cpu, spoken, started = 0.0, 0.0, time.perf_counter()
    for index, text in enumerate(texts):
        path = cache / f"{settings_key(text, shipped)}.json"
        if path.exists():
            saved = json.loads(path.read_text(encoding="utf-8"))
            found.append((saved["heard"], [Word(w, s, e, p) for w, s, e, p in saved["words"]]))
            continue
        pcm = np.asarray(speech_of(text, cache, shipped))
        if whisper is None:
            whisper = load_whisper(shipped)
            whisper.word_timestamps = True
            whisper.transcribe(pcm)  # warm-up
        tick = time.process_time()
        transcript = whisper.transcribe(pcm)
        cpu += time.process_time() - tick
        spoken += len(pcm) / RATE_HZ
        path.write_text(
            json.dumps(
                {
                    "text": text,
                    "heard": transcript.text,
                    "words": [[w.word, w.start, w.end, w.conf] for w in transcript.words],
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        found.append((transcript.text, transcript.words))
        if (index + 1) % 10 == 0:
            print(
                f"  transcribed {index + 1}/{len(texts)} ({time.perf_counter() - started:.0f} s, load "
                f"{os.getloadavg()[0]:.1f})",
                file=sys.stderr,
                flush=True,
            )
    if spoken:
        print(f"transcribed {spoken:.0f} s of speech with word timestamps: CPU real-time factor {cpu / spoken:.3f}")
    if cost:
        if whisper is None:
            whisper = load_whisper(shipped)
        timed = {True: 0.0, False: 0.0}
        same, seconds = 0, 0.0
        for text in texts[:cost]:
            pcm = np.asarray(speech_of(text, cache, shipped))
            heard: dict[bool, str] = {}
            for with_words in (False, True):
                whisper.word_timestamps = with_words
                tick = time.process_time()
                heard[with_words] = whisper.transcribe(pcm).text
                timed[with_words] += time.process_time() - tick
            same += heard[True] == heard[False]
            seconds += len(pcm) / RATE_HZ
        print(
            f"cost ({cost} queries, {seconds:.0f} s of speech, paired, load {os.getloadavg()[0]:.1f}): CPU RTF "
            f"without word timestamps {timed[False] / seconds:.3f}, with {timed[True] / seconds:.3f}; same text "
            f"{same}/{cost}"
        )
    return found
