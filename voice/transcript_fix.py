"""Reading-based correction of a free-form transcript against the city's own vocabulary.

Whisper base often writes a spoken city word with other kanji of a similar sound (除籍謄本 -> 女性気頭本,
実印 -> 実員, 住民票 -> 住民表); the search, which reads kanji, then finds another entry. The fixer knows the
terms of the FAQ corpus (noun runs of its questions and answers, with their katakana readings by Sudachi)
and the voice's lexicon; a span of the transcript whose reading is within a small normalised edit distance
of a term's reading is matched to the term, unless the span is itself a word the corpus uses. The voice
appends the matched terms to the transcript (:meth:`TranscriptFixer.with_terms`); replacing the spans
(:meth:`TranscriptFixer.corrected`) was measured and gained less (docs/voice.md). With ``spot_distance`` the
terms are also looked for in the Open JTalk reading of the whole transcript (voice/reading_spotter.py; off by
default: its gain did not hold out).

Only the text handed to the search and the bot changes: :func:`choose_text` keeps the heard transcript
whenever the safety layer finds anything in it (or in the corrected text), so emergency words are never
"corrected" away and a correction never raises an alarm.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from rapidfuzz.distance import Levenshtein
from sudachipy import Dictionary, SplitMode
from sudachipy import Tokenizer as SudachiTokenizer

from knowledge.ingest import load_corpus
from knowledge.settings import KnowledgeSettings
from safety.assess import assess
from safety.models import Channel
from voice.kana import morae, normal_reading
from voice.lexicon import read_lexicon
from voice.reading_spotter import ReadingSpotter
from voice.settings import VoiceSettings

SAFETY_CHANNEL: Channel = "voice"
DEFAULT_MAX_DISTANCE = 0.1  # normalised edit distance of two readings (chosen on the dev set, docs/voice.md)
MIN_MORAE = 3  # shorter terms (市, 証明) match too much by chance
EXACT_MORAE = 4  # a reading this short must match exactly
MAX_RUN = 4  # morphemes in one corpus term
MAX_SPAN = 5  # morphemes in one transcript span
LENGTH_SLACK = 2  # kana a span's reading may differ in length from a term's
MIN_SHARED_BIGRAMS = 1
NOUN_POS = {"名詞", "接頭辞", "接尾辞"}
FUNCTION_POS = {"助詞", "助動詞"}
SEPARATOR_POS = {"補助記号", "空白", "記号"}


def _bigrams(reading: str) -> set[str]:
    return {reading[i : i + 2] for i in range(len(reading) - 1)}


def _is_word(text: str) -> bool:
    """Kanji and kana only (Sudachi may glue brackets or digits to a suffix: 証（カード）)."""
    return all("\u3041" <= ch <= "\u30fa" or ch in "ー々" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def _has_kanji_or_katakana(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30fa" for ch in text)


@dataclass(frozen=True)
class Fix:
    """One replacement: characters ``start:end`` of the transcript (``heard``) become ``term``."""

    start: int
    end: int
    heard: str
    term: str
    distance: float


@dataclass(frozen=True)
class _Token:
    surface: str
    reading: str
    start: int
    end: int
    pos: str


class TranscriptFixer:
    """Corrects transcripts against a vocabulary of (term, katakana reading) pairs.

    ``known`` holds the surfaces the corpus itself uses: a span spelt like one of them is never replaced.
    """

    def __init__(self, terms: Iterable[tuple[str, str]], known: Iterable[str], *,
                 max_distance: float = DEFAULT_MAX_DISTANCE, tokenizer: SudachiTokenizer | None = None,
                 spot_distance: float | None = None) -> None:
        self.tokenizer = tokenizer if tokenizer is not None else Dictionary(dict="core").tokenizer()
        self.max_distance = max_distance
        self.known = frozenset(known)
        by_reading: dict[str, str] = {}
        for surface, reading in terms:
            norm = normal_reading(reading)
            if morae(norm) >= MIN_MORAE and len(surface) >= 2 and _has_kanji_or_katakana(surface):
                by_reading.setdefault(norm, surface)  # first source wins (the lexicon before the corpus)
        self.readings = list(by_reading)
        self.surfaces = [by_reading[r] for r in self.readings]
        self._lengths = [len(r) for r in self.readings]
        self._morae = [morae(r) for r in self.readings]
        self._index: dict[str, list[int]] = defaultdict(list)
        for number, reading in enumerate(self.readings):
            for gram in _bigrams(reading):
                self._index[gram].append(number)
        # With ``spot_distance``: the same terms are also looked for in the reading of the whole transcript.
        self.spotter = (ReadingSpotter(zip(self.surfaces, self.readings, strict=True), max_distance=spot_distance)
                        if spot_distance is not None else None)

    @classmethod
    def from_texts(cls, texts: Iterable[str], *, lexicon: Iterable[tuple[str, str]] = (),
                   max_distance: float = DEFAULT_MAX_DISTANCE, spot_distance: float | None = None) -> TranscriptFixer:
        """The vocabulary of a corpus: noun runs of ``texts`` (up to :data:`MAX_RUN` morphemes) with their
        Sudachi readings, after the lexicon's (surface, reading) pairs."""
        tokenizer = Dictionary(dict="core").tokenizer()
        terms: list[tuple[str, str]] = list(lexicon)
        known: set[str] = {surface for surface, _ in terms}
        for text in texts:
            tokens = _tokens(tokenizer, text)
            known.update(t.surface for t in tokens)
            runs: list[list[_Token]] = [[]]
            for token in tokens:
                if token.pos in NOUN_POS and _is_word(token.surface):
                    runs[-1].append(token)
                elif runs[-1]:
                    runs.append([])
            for run in runs:
                for first in range(len(run)):
                    for last in range(first, min(first + MAX_RUN, len(run))):
                        span = run[first : last + 1]
                        if span[0].pos == "接尾辞" or span[-1].pos == "接頭辞":
                            continue
                        surface = "".join(t.surface for t in span)
                        terms.append((surface, "".join(t.reading for t in span)))
                        known.add(surface)
        return cls(terms, known, max_distance=max_distance, tokenizer=tokenizer, spot_distance=spot_distance)

    def fixes(self, text: str) -> list[Fix]:
        """The replacements for ``text``, non-overlapping, closest readings first."""
        tokens = _tokens(self.tokenizer, text)
        found: list[tuple[float, int, Fix]] = []
        for first in range(len(tokens)):
            for last in range(first, min(first + MAX_SPAN, len(tokens))):
                span = tokens[first : last + 1]
                if span[-1].pos in SEPARATOR_POS or span[-1].pos in FUNCTION_POS:
                    break
                surface = text[span[0].start : span[-1].end]
                reading = "".join(t.reading for t in span)
                if (span[0].pos not in NOUN_POS or span[-1].pos not in NOUN_POS or surface in self.known
                        or not _has_kanji_or_katakana(surface) or morae(reading) < MIN_MORAE
                        or not all(t.reading for t in span)):
                    continue
                match = self._closest(reading)
                if match is not None and match[0] not in surface:
                    term, distance = match
                    found.append((distance, -len(reading), Fix(span[0].start, span[-1].end, surface, term, distance)))
        chosen: list[Fix] = []
        for _distance, _length, fix in sorted(found, key=lambda f: (f[0], f[1], f[2].start)):
            if all(fix.end <= other.start or fix.start >= other.end for other in chosen):
                chosen.append(fix)
        return sorted(chosen, key=lambda f: f.start)

    def _closest(self, reading: str) -> tuple[str, float] | None:
        length, span_morae = len(reading), morae(reading)
        limit = 0.0 if span_morae <= EXACT_MORAE else self.max_distance
        grams = _bigrams(reading)
        # Each edit spoils at most two bigrams: fewer shared ones cannot be within the limit.
        needed = max(MIN_SHARED_BIGRAMS, len(grams) - 2 * int(limit * (length + LENGTH_SLACK)))
        shared: Counter[int] = Counter()
        for gram in grams:
            shared.update(self._index.get(gram, ()))
        best: tuple[str, float] | None = None
        # In term order (the lexicon first, then the corpus): the first of equally close terms wins in every process
        # (the counter's own order follows the bigram set's, which changes with PYTHONHASHSEED).
        for number, count in sorted(shared.items()):
            if count < needed or abs(self._lengths[number] - length) > LENGTH_SLACK:
                continue
            term_limit = 0.0 if self._morae[number] <= EXACT_MORAE else limit
            distance = Levenshtein.normalized_distance(reading, self.readings[number], score_cutoff=term_limit)
            if distance <= term_limit and (best is None or distance < best[1]):
                best = (self.surfaces[number], distance)
        return best

    def with_terms(self, text: str) -> str:
        """``text`` followed by the terms its spans sound like (the search and the bot read both)."""
        terms = list(dict.fromkeys(fix.term for fix in self.fixes(text)))
        if self.spotter is not None:
            terms.extend(t for t in self.spotter.terms(text) if t not in terms and t not in text)
        return f"{text} {' '.join(terms)}" if terms else text

    def corpus_words(self, text: str) -> list[str]:
        """The nouns and noun runs (up to :data:`MAX_RUN` morphemes) of ``text`` that the corpus spells the
        same way, with kanji or katakana and at least two characters, in order; a word inside a longer one
        found is left out."""
        tokens = _tokens(self.tokenizer, text)
        found: list[str] = []
        for first in range(len(tokens)):
            for last in range(first, min(first + MAX_RUN, len(tokens))):
                if tokens[last].pos not in NOUN_POS:
                    break
                surface = text[tokens[first].start : tokens[last].end]
                if (surface in self.known and len(surface) >= 2 and _has_kanji_or_katakana(surface)
                        and surface not in found):
                    found.append(surface)
        return [word for word in found if not any(word != other and word in other for other in found)]

    def corrected(self, text: str) -> str:
        """``text`` with every fix applied."""
        parts: list[str] = []
        position = 0
        for fix in self.fixes(text):
            parts.extend((text[position : fix.start], fix.term))
            position = fix.end
        parts.append(text[position:])
        return "".join(parts)


def _tokens(tokenizer: SudachiTokenizer, text: str) -> list[_Token]:
    tokens = []
    for m in tokenizer.tokenize(text, SplitMode.A):
        pos = m.part_of_speech()[0]
        reading = normal_reading(m.reading_form()) if pos not in SEPARATOR_POS else ""
        tokens.append(_Token(m.surface(), reading, m.begin(), m.end(), pos))
    return tokens


def choose_text(heard: str, fixer: TranscriptFixer, *, now: datetime | None = None) -> str:
    """What the chat gets for a transcript: ``heard`` with the terms it sounds like appended, or ``heard``
    itself when the safety layer finds anything in either text (an emergency is never "corrected" away and a
    correction never raises an alarm)."""
    hinted = fixer.with_terms(heard)
    if hinted == heard:
        return heard
    moment = now or datetime.now(UTC)
    for text in (heard, hinted):
        if assess(text, now=moment, channel=SAFETY_CHANNEL).kind != "none":
            return heard
    return hinted


def load_fixer(settings: VoiceSettings, knowledge: KnowledgeSettings | None = None) -> TranscriptFixer:
    """The fixer of the city's FAQ corpus (``KNOWLEDGE_CORPUS_PATH``) and the voice lexicon (blocking: about
    two seconds of Sudachi; call it from a lifespan or main)."""
    knowledge = knowledge or KnowledgeSettings()
    entries = load_corpus(knowledge.corpus_path, csv_encoding=knowledge.csv_encoding)
    lexicon = [(entry.surface, entry.reading) for entry in read_lexicon(settings.lexicon_path)]
    texts = [text for entry in entries for text in (*entry.all_questions, entry.answer)]
    return TranscriptFixer.from_texts(
        texts, lexicon=lexicon, max_distance=settings.transcript_fix_distance,
        spot_distance=settings.transcript_spot_distance if settings.transcript_spot else None)
