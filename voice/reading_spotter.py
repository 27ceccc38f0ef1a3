"""City terms spotted in the reading of a whole transcript, across word boundaries.

The transcript fix (voice/transcript_fix.py) compares terms with spans of Sudachi morphemes; a misheard word is
often cut at other places or read another way (少人 -> スクナ+ヒト for ショウニン, 10民兆 for 住民票), so
the span never lines up with the term. The spotter reads the whole transcript as Open JTalk would say it (its
reader knows on-readings of odd kanji compounds: 少人 ショウニン, 歯書き ハガキ, 10民兆 ジュウミンチョウ) and looks
for each term's reading anywhere in it, within a small edit distance: the reading of the transcript is compared,
not its spelling, so a homophone written with other kanji or in kana meets the corpus term.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyopenjtalk
from rapidfuzz.distance import Levenshtein

from voice.kana import morae, spelt_reading
from voice.tts_driver import openjtalk_warnings_silenced

DEFAULT_MIN_MORAE = 4  # shorter readings occur inside other words by chance
DEFAULT_MAX_DISTANCE = 0.2  # edits per kana of the term's reading (chosen on the Osaki set, docs/voice.md)
EXACT_MORAE = 4  # a reading this short must occur exactly
AFFIX_CHARS = 1  # a term that only adds this many characters to a word already written is not spotted


def transcript_reading(text: str) -> str:
    """The reading of ``text`` as Open JTalk says it, long vowels spelt out, punctuation dropped."""
    with openjtalk_warnings_silenced():
        kana = str(pyopenjtalk.g2p(text, kana=True))
    return spelt_reading(kana)


@dataclass(frozen=True)
class Spotted:
    """A term whose reading occurs at ``start:end`` of the transcript's reading, ``edits`` edits away."""

    term: str
    start: int
    end: int
    edits: int


class ReadingSpotter:
    """Finds (surface, katakana reading) terms in the reading of a transcript."""

    def __init__(self, terms: Iterable[tuple[str, str]], *, max_distance: float = DEFAULT_MAX_DISTANCE,
                 min_morae: int = DEFAULT_MIN_MORAE) -> None:
        self.max_distance = max_distance
        by_reading: dict[str, str] = {}
        for surface, reading in terms:
            spelt = spelt_reading(reading)
            if morae(spelt) >= min_morae:
                by_reading.setdefault(spelt, surface)  # first source wins (the lexicon before the corpus)
        self.readings = list(by_reading)
        self.surfaces = [by_reading[r] for r in self.readings]
        self._index: dict[str, list[tuple[int, int]]] = defaultdict(list)  # bigram -> (term, offset in it)
        for number, reading in enumerate(self.readings):
            for offset in range(len(reading) - 1):
                self._index[reading[offset : offset + 2]].append((number, offset))

    def _budget(self, number: int) -> int:
        reading = self.readings[number]
        return 0 if morae(reading) <= EXACT_MORAE else int(self.max_distance * len(reading))

    def _written(self, surface: str, text: str) -> bool:
        """The term is written in ``text``, or all of it but a one-character affix (課+マイナンバー)."""
        if surface in text:
            return True
        return len(surface) >= AFFIX_CHARS + 2 and (surface[AFFIX_CHARS:] in text or surface[:-AFFIX_CHARS] in text)

    def _best_window(self, number: int, heard: str, anchors: set[int]) -> Spotted | None:
        """The window of ``heard`` near an anchor closest to term ``number``'s reading, within its budget."""
        reading, budget = self.readings[number], self._budget(number)
        best: Spotted | None = None
        for anchor in anchors:
            for start in range(max(0, anchor - budget), min(len(heard), anchor + budget + 1)):
                for end in range(max(start + 1, start + len(reading) - budget),
                                 min(len(heard), start + len(reading) + budget) + 1):
                    edits = Levenshtein.distance(reading, heard[start:end], score_cutoff=budget)
                    if edits <= budget and (best is None or edits < best.edits):
                        best = Spotted(self.surfaces[number], start, end, edits)
        return best

    def spot(self, text: str) -> list[Spotted]:
        """The terms heard in ``text``: non-overlapping windows of its reading, fewest edits per kana first, then
        the longest; a term already written in ``text`` (or but for a one-character affix) is left out."""
        heard = transcript_reading(text)
        anchors: dict[int, set[int]] = defaultdict(set)  # term -> where its reading would start in ``heard``
        hits: dict[int, int] = defaultdict(int)
        for position in range(len(heard) - 1):
            for number, offset in self._index.get(heard[position : position + 2], ()):
                anchors[number].add(position - offset)
                hits[number] += 1
        found: list[Spotted] = []
        for number, starts in anchors.items():
            # Each edit spoils at most two bigrams of the term: with fewer shared ones it cannot be in the budget.
            if (hits[number] < len(self.readings[number]) - 1 - 2 * self._budget(number)
                    or self._written(self.surfaces[number], text)):
                continue
            best = self._best_window(number, heard, starts)
            if best is not None:
                found.append(best)
        chosen: list[Spotted] = []
        for spot in sorted(found, key=lambda s: (s.edits / (s.end - s.start), -(s.end - s.start), s.start)):
            if all(spot.end <= other.start or spot.start >= other.end for other in chosen):
                chosen.append(spot)
        return sorted(chosen, key=lambda s: s.start)

    def terms(self, text: str) -> list[str]:
        """The surfaces of the terms heard in ``text``, in the order spoken."""
        return list(dict.fromkeys(spot.term for spot in self.spot(text)))
