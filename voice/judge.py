"""The intelligibility judge: character error rate between katakana readings (used by tests and the bench).

Speech is judged by an independent recogniser (Whisper): the reading of what was meant is compared with the
reading of what was heard, so kanji/kana spelling differences (ごみ/ゴミ, 8時/八時) do not count as errors.
"""

from __future__ import annotations

import re

import pyopenjtalk

from voice.grammar import edit_distance
from voice.readings import spoken_text
from voice.tts_driver import openjtalk_warnings_silenced

NOT_SPOKEN_RE = re.compile(r"[、。，．,.!?！？「」『』（）()\s・ー‐―…:：]")


def reading(text: str) -> str:
    """Katakana reading of ``text`` as the voice would say it, without punctuation and long-vowel marks."""
    with openjtalk_warnings_silenced():
        kana = str(pyopenjtalk.g2p(spoken_text(text), kana=True))
    return NOT_SPOKEN_RE.sub("", kana)


def reading_cer(meant: str, heard: str) -> float:
    """Character error rate of the heard reading against the meant one (0 = identical)."""
    reference, hypothesis = reading(meant), reading(heard)
    if not reference:
        return 0.0 if not hypothesis else 1.0
    return edit_distance(reference, hypothesis) / len(reference)
