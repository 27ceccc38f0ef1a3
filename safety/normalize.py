"""Text views the patterns run over: the written form (kana folded) and the katakana reading from SudachiPy.

Both views are hiragana, without spaces, punctuation, fillers or long-vowel marks, so 火事 / かじ / カジ,
助けて / たすけで and 息してない / いきしてね meet. The Sudachi dictionary loads on first use (or
:func:`warm_up`), never at import; each thread gets its own tokenizer over one shared dictionary.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sudachipy import Dictionary, Tokenizer

MAX_TEXT_CHARS = 1000  # longer messages are cut (chat messages are limited well below this)
KATAKANA_START, KATAKANA_END, KANA_OFFSET = 0x30A1, 0x30F6, 0x60
# Speech fillers and hesitations (removed as whole words, before punctuation is dropped).
FILLERS = re.compile(r"(?:えーっと|えーと|ええと|えっと|あのー+|あのう|あのね|うーん|んーと|んー|えー+|あー+|そのー+)")
DROPPED = re.compile(r"[\s\u3000、。,.・!！?？「」『』()（）\[\]【】~〜…‥:：;；\"'`]+")
LONG_VOWEL = re.compile(r"[ー‐―-]+")
SMALL_VOWELS = str.maketrans({"ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お"})
POLITE_ORU = re.compile(r"([てで])おり(?=ま)")  # 息をしておりません -> していません (humble forms)
# Tohoku voicing (息しでる, 起ぎねえ, 動がなぐ) and speech-recogniser slips meet the standard spelling when the
# k- and t-rows lose their voicing marks: devoiced copies of both views, and devoiced patterns (see ``devoice``).
DEVOICED = str.maketrans(dict(zip("がぎぐげごだぢづでど", "かきくけこたちつてと", strict=True)))
QUESTION = re.compile(r"[?？]|(?:か|かな|かね|かしら|でしょうか|ますか|ですか|べきか|っけ)[。.\s]*$")


def to_hiragana(text: str) -> str:
    """Katakana -> hiragana; everything else unchanged."""
    return "".join(chr(ord(c) - KANA_OFFSET) if KATAKANA_START <= ord(c) <= KATAKANA_END else c for c in text)


def fold(text: str) -> str:
    """NFKC, lower case, hiragana, no fillers/spaces/punctuation/long-vowel marks, small vowels made full."""
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS]).lower()
    text = to_hiragana(text)
    text = FILLERS.sub(" ", text)
    text = DROPPED.sub("", text)
    text = LONG_VOWEL.sub("", text).translate(SMALL_VOWELS)
    return POLITE_ORU.sub(r"\1い", text)


def devoice(text: str) -> str:
    """Drop the voicing of the k- and t-rows (が -> か, で -> て): Tohoku voicing and its standard form meet.

    Patterns search :attr:`TextViews.devoiced` (taken after the Sudachi reading: the analyser needs the real
    spelling) and are devoiced too (:func:`safety.vocabulary.compile_folded`), so they are written in standard
    kana; a rule whose words collide once devoiced (さぎ/さき) keeps its voicing and searches the voiced views.
    """
    return text.translate(DEVOICED)


@dataclass(frozen=True)
class TextViews:
    """The views of one message: ``written`` keeps kanji, ``reading`` is all kana; ``question`` marks a '?';
    ``exclaimed`` marks a '!'."""

    written: str
    reading: str
    question: bool
    exclaimed: bool = False

    @property
    def joined(self) -> str:
        """Both views on separate lines: one regex search covers both (patterns never cross lines)."""
        return f"{self.written}\n{self.reading}"

    @property
    def devoiced(self) -> str:
        """:attr:`joined` devoiced: what (devoiced) patterns search."""
        return devoice(self.joined)


class Reader:
    """Katakana readings by SudachiPy (core dictionary), loaded lazily and kept per thread."""

    def __init__(self) -> None:
        self._dictionary: Dictionary | None = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def _tokenizer(self) -> Tokenizer:
        tokenizer: Tokenizer | None = getattr(self._local, "tokenizer", None)
        if tokenizer is None:
            with self._lock:
                if self._dictionary is None:
                    from sudachipy import Dictionary  # heavy: the dictionary loads here, never at import

                    self._dictionary = Dictionary(dict="core")
                tokenizer = self._dictionary.tokenizer()
            self._local.tokenizer = tokenizer
        return tokenizer

    def reading(self, written: str) -> str:
        """Hiragana reading of already folded text (unknown words keep their written form)."""
        from sudachipy import SplitMode

        parts = []
        for morpheme in self._tokenizer().tokenize(written, SplitMode.C):
            reading = morpheme.reading_form()
            surface = morpheme.surface()
            parts.append(surface if not reading or reading == "キゴウ" else reading)
        return fold("".join(parts))

    def warm_up(self) -> None:
        """Load the dictionary now and run a first analysis (the first call is slow)."""
        self.reading("台所から火が出た助けて")


READER = Reader()


def views(text: str, reader: Reader = READER) -> TextViews:
    """Both views of ``text``."""
    written = fold(text)
    reading = reader.reading(written) if written else ""
    plain = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS]).strip()
    return TextViews(written=written, reading=reading, question=bool(QUESTION.search(plain)), exclaimed="!" in plain)
