"""Prosody fixes on Open JTalk's analysis (its NJD features) before the speech labels are made.

Digits read one by one (phone numbers, postal codes: ``readings.digits_aloud``) reach Open JTalk as one katakana
word with one accent, ゼロニーニーキュー, and a listener then merges repeated digits: Whisper heard "029" for 0229
and "5321" for 5311 on the tuning set. :func:`separate_digits` makes every digit its own flat accent phrase, the
way a person reads out a phone number (ゼロ|ニー|ニー|キュー), without a pause between the digits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from voice.readings import DIGIT_READINGS

if TYPE_CHECKING:
    from pyopenjtalk.types import NJDFeature

DIGIT_READING_RE = re.compile("|".join(sorted(DIGIT_READINGS.values(), key=len, reverse=True)))
DIGIT_RUN_RE = re.compile(f"(?:{DIGIT_READING_RE.pattern})+")
DIGIT_MORAE = 2  # every digit reading (ゼロ, イチ, ニー, ..., キュー) is two morae
FLAT_ACCENT = 0


def _is_digit_word(feature: NJDFeature) -> bool:
    return feature["pos"] == "名詞" and feature["string"] == feature["pron"] and bool(
        DIGIT_RUN_RE.fullmatch(feature["string"])
    )


def _digit_runs(features: list[NJDFeature]) -> set[int]:
    """Indexes of the words of runs between punctuation that are made of digit readings only."""
    indexes: set[int] = set()
    run: list[int] = []
    for index, feature in enumerate([*features, None]):
        if feature is None or feature["pos"] == "記号":
            if run and all(_is_digit_word(features[i]) for i in run):
                indexes.update(run)
            run = []
        else:
            run.append(index)
    return indexes


def separate_digits(features: list[NJDFeature]) -> list[NJDFeature]:
    """Every digit of a digit-by-digit run its own flat accent phrase; other words unchanged.

    A run is the words between two punctuation marks when all of them are katakana digit readings (what
    ``digits_aloud`` writes between its pauses); a katakana word inside a sentence is never split.
    """
    digit_words = _digit_runs(features)
    separated: list[NJDFeature] = []
    for index, feature in enumerate(features):
        if index not in digit_words:
            separated.append(feature)
            continue
        for digit in DIGIT_READING_RE.findall(feature["string"]):
            word = feature.copy()
            word["string"] = word["orig"] = word["read"] = word["pron"] = digit
            word["acc"], word["mora_size"], word["chain_rule"], word["chain_flag"] = FLAT_ACCENT, DIGIT_MORAE, "*", 0
            separated.append(word)
    return separated
