"""Intelligibility of the Japanese voice (``bench/bench_voice.py``): what a spoken answer says (the first two
sentences of corpus answers and the department's phone sentence; no URLs), synthesised by our voice and by Open
JTalk's defaults and transcribed by Whisper; the reading CER per sentence kind (plain, number, phone, place)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from pathlib import Path

import numpy as np

from knowledge.ingest import read_markdown
from voice.audio import resample, to_pcm16
from voice.judge import reading_cer
from voice.readings import PHONE_RE, URL_RE, sentences

ROOT = Path(__file__).resolve().parents[1]
NUMBER_RE = r"[0-9０-９]"


def sentence_kind(sentence: str, places: list[str]) -> str:
    """phone / place / number / plain (first match wins)."""
    import re

    if PHONE_RE.search(sentence):
        return "phone"
    if any(place in sentence for place in places):
        return "place"
    if re.search(NUMBER_RE, sentence):
        return "number"
    return "plain"


def spoken_sentences(count: int, *, held_out: bool = False) -> list[str]:
    """What the voice says for ``count`` corpus answers spread over the categories.

    ``held_out``: the answers half a step further on (disjoint from the default set, which the reading fixes
    were tuned on; never looked at while tuning)."""
    files = sorted((ROOT / "knowledge" / "corpus").rglob("*.md"))
    files = [f for f in files if f.name != "README.md"]
    step = max(1, len(files) // count)
    chosen = files[step // 2 if held_out else 0 :: step][:count]
    said: list[str] = []
    for path in chosen:
        entry = read_markdown(path)
        said.extend(s for s in sentences(entry.answer)[:2] if not URL_RE.search(s))
        if entry.phone:
            said.append(f"お問い合わせは{entry.department}、電話{entry.phone}です。")
    return said


def intelligibility(
    whisper, texts: list[str], places: list[str], *, baseline: bool, rate_wpm: int
) -> dict[str, dict[str, list[float]]]:
    import pyopenjtalk

    from voice.tts_driver import openjtalk_warnings_silenced, render

    per_kind: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for text in texts:
        kind = sentence_kind(text, places)
        ours = render(text, rate_wpm=rate_wpm, sample_rate_hz=16000)
        per_kind[kind]["ours"].append(reading_cer(text, whisper.transcribe(ours).text))
        if baseline:
            with openjtalk_warnings_silenced():
                wave_f64, rate = pyopenjtalk.tts(text)
            default = to_pcm16(resample((wave_f64 / 32768.0).astype(np.float32), rate, 16000))
            per_kind[kind]["default"].append(reading_cer(text, whisper.transcribe(default).text))
    return per_kind


def print_cer_table(per_kind: dict[str, dict[str, list[float]]]) -> None:
    """Mean reading CER per sentence kind, ours and Open JTalk's defaults."""
    print(f"{'kind':8} {'n':>4} {'ours':>7} {'default':>8}")
    all_ours: list[float] = []
    all_default: list[float] = []
    for kind in ("plain", "number", "phone", "place"):
        ours = per_kind[kind]["ours"]
        default = per_kind[kind]["default"]
        all_ours += ours
        all_default += default
        if ours:
            base = f"{statistics.mean(default):8.3f}" if default else f"{'-':>8}"
            print(f"{kind:8} {len(ours):4d} {statistics.mean(ours):7.3f} {base}")
    base_all = f"{statistics.mean(all_default):8.3f}" if all_default else f"{'-':>8}"
    print(f"{'all':8} {len(all_ours):4d} {statistics.mean(all_ours):7.3f} {base_all}  (target <= 0.08)")
