"""Japanese text handling: normalization, morpheme terms (SudachiPy) and katakana readings."""

from __future__ import annotations

from collections.abc import Iterable

from sudachipy import Dictionary, SplitMode
from sudachipy import Tokenizer as SudachiTokenizer

from knowledge.normal_form import normalize
from knowledge.vocabulary import Vocabulary, load_vocabulary

# Parts of speech that carry no topic: particles, auxiliaries, symbols, blanks.
SKIPPED_POS = {"助詞", "助動詞", "補助記号", "空白", "記号"}
NOUN_POS = "名詞"
MORPHEME_CACHE_SIZE = 64  # analysed texts kept (first in, first out)
READING_SKIPPED_POS = {"補助記号", "空白", "記号"}
HIRAGANA_START, HIRAGANA_END, KATAKANA_OFFSET = 0x3041, 0x3096, 0x60
READING_NGRAMS = (2, 3)
STOP_TERMS = {
    "する", "ある", "いる", "なる", "こと", "もの", "の", "よう", "ため", "とき", "ます", "です",
    "為る", "成る", "有る", "居る", "事", "物", "様", "為", "時",
}


def to_katakana(text: str) -> str:
    """Convert hiragana to katakana, leaving everything else."""
    return "".join(
        chr(ord(ch) + KATAKANA_OFFSET) if HIRAGANA_START <= ord(ch) <= HIRAGANA_END else ch for ch in text
    )


def is_kana_only(text: str) -> bool:
    """True when the text has no kanji (the hardest style for dense models)."""
    return not any("\u4e00" <= ch <= "\u9fff" for ch in text)


def char_ngrams(text: str, sizes: Iterable[int] = READING_NGRAMS) -> list[str]:
    """Character n-grams of a string (each size in ``sizes``)."""
    grams: list[str] = []
    for size in sizes:
        grams.extend(text[i : i + size] for i in range(len(text) - size + 1))
    return grams


class MorphAnalyzer:
    """SudachiPy (core dictionary) wrapper producing search terms and katakana readings."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self._tokenizer: SudachiTokenizer = Dictionary(dict="core").tokenizer()
        self.vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
        self._cache: dict[tuple[str, str], list[tuple[str, str, str]]] = {}

    def rewrite(self, text: str) -> str:
        """Normalize, then apply the vocabulary's rewrites (dialect, everyday phrasings)."""
        return self.vocabulary.rewrite(normalize(text))

    def _morphemes(self, text: str, mode: SplitMode) -> list[tuple[str, str, str]]:
        # A query is analysed several times (terms, reading, tagged terms): remember the last few texts.
        key = (text, str(mode))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = []
        for m in self._tokenizer.tokenize(text, mode):
            pos = m.part_of_speech()[0]
            result.append((m.normalized_form(), m.reading_form(), pos))
        if len(self._cache) >= MORPHEME_CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = result
        return result

    def tagged_terms(self, text: str) -> list[tuple[str, bool]]:
        """Content-word terms (mode-A forms, then mode-C compounds), each with whether it is a noun."""
        text = self.rewrite(text)
        tagged: dict[str, bool] = {}
        for form, _reading, pos in self._morphemes(text, SplitMode.A):
            if pos in SKIPPED_POS or form in STOP_TERMS or not form.strip():
                continue
            tagged.setdefault(form, pos == NOUN_POS)
        for form, _reading, pos in self._morphemes(text, SplitMode.C):
            if pos not in SKIPPED_POS and form not in tagged and len(form) > 1:
                tagged[form] = pos == NOUN_POS
        return list(tagged.items())

    def terms(self, text: str, *, expand: bool = True) -> list[str]:
        """Content-word terms: Sudachi mode-A normalized forms plus mode-C compounds, with synonyms."""
        text = self.rewrite(text)
        terms: list[str] = []
        for form, _reading, pos in self._morphemes(text, SplitMode.A):
            if pos in SKIPPED_POS or form in STOP_TERMS or not form.strip():
                continue
            terms.append(form)
        for form, _reading, pos in self._morphemes(text, SplitMode.C):
            if pos not in SKIPPED_POS and form not in terms and len(form) > 1:
                terms.append(form)
        if expand:
            synonyms = self.vocabulary.synonyms
            terms.extend(s for t in list(terms) for s in synonyms.get(t, ()))
        return terms

    def noun_reading(self, term: str) -> str | None:
        """Katakana reading of a term that Sudachi reads as one noun (mode C), else None."""
        morphemes = self._tokenizer.tokenize(term, SplitMode.C)
        if len(morphemes) != 1 or morphemes[0].part_of_speech()[0] != NOUN_POS:
            return None
        reading = to_katakana(morphemes[0].reading_form())
        return reading or None

    def reading(self, text: str) -> str:
        """Katakana reading of the whole text (symbols and blanks dropped).

        Particles are kept: kana-only input is often mis-segmented, and dropping what Sudachi
        wrongly calls a particle would cut words apart.
        """
        text = self.rewrite(text)
        parts = []
        for form, reading, pos in self._morphemes(text, SplitMode.C):
            if pos in READING_SKIPPED_POS:
                continue
            parts.append(to_katakana(reading) if reading else to_katakana(form))
        return "".join(parts)

    def reading_terms(self, text: str) -> list[str]:
        """Character n-grams of the katakana reading (robust to kana-only or mis-segmented input)."""
        return char_ngrams(self.reading(text))
