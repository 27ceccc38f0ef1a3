"""Kana-only questions, restored to the corpus's own words: 「こくほにはいるには」 -> 「国保にはいるには」.

A question typed without kanji (a senior on a phone, a child, a voice keyboard) leaves the dense model and the
morpheme channel almost blind: 「じゅうみんひょう」 is not 住民票 to either of them, and only the reading n-grams
match. The corpus itself says how its words are read: every noun of the index's vocabulary (kanji or katakana)
is listed under its katakana reading, and a kana-only question is rewritten by the longest readings it contains
(left to right, at least ``MIN_READING_CHARS`` kana). The search runs the rewritten text as a third variant
beside the whole question and its need (knowledge/search.py). No list is written by hand and nothing is
fitted: the words come from the corpus, whatever city it belongs to.

Since the twenty-ninth session the city's vocabulary keys (the residents' own words of ``vocabulary.yaml``: 蛇口,
ガラケー, シングルマザー, 年寄り) are restored too, where no corpus noun has the same reading (the corpus wins a
tie: はいしゃ stays 廃車, not 歯医者), so their synonyms reach a question typed in kana as they reach one typed in
kanji (docs/search-quality.md, section 16). Still no list written for kana: the words are those the city already keeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.japanese import MorphAnalyzer, is_kana_only, to_katakana

MIN_READING_CHARS = 3  # shorter readings (シ, ヒ, カイ ...) match inside ordinary kana words
WRITTEN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")  # a kanji or a katakana letter: a word worth restoring


@dataclass(frozen=True)
class KanaRestorer:
    """The corpus's nouns by katakana reading (the most widespread word when several share one)."""

    readings: dict[str, str]
    longest: int

    @classmethod
    def from_terms(cls, terms: Iterable[tuple[str, int]], analyzer: MorphAnalyzer, *,
                   citizen_words: Iterable[str] = ()) -> KanaRestorer:
        """From (term, how many entries use it) pairs (the index's morpheme vocabulary) and ``citizen_words`` (the
        city vocabulary's synonym keys: the words residents use), a corpus term winning a reading both spell."""
        best: dict[str, tuple[int, str]] = {}
        for term, entries in terms:
            reading = cls._reading(term, analyzer)
            if reading is not None and (reading not in best or (entries, term) > best[reading]):
                best[reading] = (entries, term)
        for term in sorted(citizen_words):
            reading = cls._reading(term, analyzer)
            if reading is not None and reading not in best:
                best[reading] = (0, term)
        readings = {reading: term for reading, (_, term) in best.items()}
        return cls(readings, max((len(r) for r in readings), default=0))

    @staticmethod
    def _reading(term: str, analyzer: MorphAnalyzer) -> str | None:
        if not WRITTEN.search(term):  # hiragana, digits, latin: what a kana question already has
            return None
        reading = analyzer.noun_reading(term)
        return reading if reading is not None and len(reading) >= MIN_READING_CHARS else None

    def restore(self, text: str) -> str:
        """``text`` with every corpus noun it spells in kana written as the corpus writes it (longest first,
        left to right); other text unchanged. A text with kanji is returned as it is."""
        if not self.readings or not is_kana_only(text):
            return text
        kana = to_katakana(text)
        parts: list[str] = []
        start = 0
        while start < len(kana):
            for end in range(min(len(kana), start + self.longest), start + MIN_READING_CHARS - 1, -1):
                word = self.readings.get(kana[start:end])
                if word is not None:
                    parts.append(word)
                    start = end
                    break
            else:
                parts.append(text[start])
                start += 1
        return "".join(parts)
