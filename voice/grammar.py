"""Grammar mode without Vosk: a free transcript (Whisper) matched to the nearest grammar phrase.

Vosk's grammar mode can only ever answer one of the configured phrases (or ``[unk]``). When the Japanese Vosk
model is not installed, check-in answers are transcribed by Whisper and mapped the same way here, on katakana
readings (so 元気/げんき/ゲンキ are one word):

1. a phrase whose reading is a run of whole words of the transcript (はい、元気ですよ -> 元気です; 歯医者 is
   not はい), longest phrase first, unless a negation follows it (大丈夫じゃない is not 大丈夫);
2. else the phrase whose reading is closest to the whole transcript's (edit distance over the longer reading at
   most ``MAX_PHRASE_DISTANCE``: お元気です -> 元気です), again not against a negation;
3. else ``[unk]``, like Vosk: the caller asks again or offers the buttons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

UNKNOWN = "[unk]"
MAX_PHRASE_DISTANCE = 0.34  # one wrong kana in three
NEGATION_WINDOW_WORDS = 3  # words after a phrase in which a negation cancels it
NEGATION_WORDS = frozenset({"ない", "無い", "じゃ", "じゃあ", "では", "ませ", "ん", "なく", "ありません", "ぬ"})
NEGATION_READING_RE = re.compile(r"ナイ|ナク|マセン|ジャ")
NOT_SPOKEN_RE = re.compile(r"[^\u30a1-\u30f6]")  # keep katakana only (no marks, long vowels, punctuation)


@dataclass(frozen=True)
class _Word:
    surface: str
    reading: str


def _words(text: str) -> tuple[_Word, ...]:
    import pyopenjtalk

    from voice.tts_driver import openjtalk_warnings_silenced

    with openjtalk_warnings_silenced():
        nodes = pyopenjtalk.run_frontend(text)
    words = (_Word(str(node["string"]), NOT_SPOKEN_RE.sub("", str(node["pron"]))) for node in nodes)
    return tuple(word for word in words if word.reading)


@lru_cache(maxsize=256)
def phrase_reading(phrase: str) -> str:
    """Katakana reading of a grammar phrase (cached: the phrase lists are fixed)."""
    return "".join(word.reading for word in _words(phrase))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (characters), by rapidfuzz."""
    return int(Levenshtein.distance(a, b))


def _negated_after(words: tuple[_Word, ...], end: int) -> bool:
    return any(word.surface in NEGATION_WORDS for word in words[end : end + NEGATION_WINDOW_WORDS])


def _whole_word_match(words: tuple[_Word, ...], target: str) -> bool:
    """True when ``target`` is the reading of a run of whole words not followed by a negation."""
    for start in range(len(words)):
        joined = ""
        for end in range(start, len(words)):
            joined += words[end].reading
            if joined == target:
                if not _negated_after(words, end + 1):
                    return True
                break
            if not target.startswith(joined):
                break
    return False


def nearest_phrase(heard: str, phrases: list[str], *, max_distance: float = MAX_PHRASE_DISTANCE) -> str:
    """The grammar phrase ``heard`` means, ``[unk]`` when none is close, ``""`` when nothing was heard."""
    words = _words(heard) if heard.strip() else ()
    if not words:
        return ""
    readings = [(phrase, phrase_reading(phrase)) for phrase in phrases]
    readings = [(phrase, reading) for phrase, reading in readings if reading]
    contained = [(len(reading), -index, phrase) for index, (phrase, reading) in enumerate(readings)
                 if _whole_word_match(words, reading)]
    if contained:
        return max(contained)[2]
    whole = "".join(word.reading for word in words)
    best: tuple[float, int, str] | None = None
    for index, (phrase, reading) in enumerate(readings):
        if NEGATION_READING_RE.search(whole) and not NEGATION_READING_RE.search(reading):
            continue
        distance = edit_distance(whole, reading) / max(len(whole), len(reading))
        if distance <= max_distance and (best is None or (distance, index) < best[:2]):
            best = (distance, index, phrase)
    return best[2] if best is not None else UNKNOWN
