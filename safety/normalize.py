"""Text views the patterns run over: the written form (kana folded) and the katakana reading from SudachiPy.

Both views are hiragana, without spaces, punctuation, fillers or long-vowel marks, so 火事 / かじ / カジ,
助けて / たすけで and 息してない / いきしてね meet; a speech recogniser's slips of key words are put back first
(:func:`safety.heard.repair`: 晴れ after a knock is 腫れ, 講座 beside a crime word is 口座), and a long key word heard
one kana off is put back on the reading view (:func:`safety.heard_reading.mend`: よこなおし -> よこだおし). The
Sudachi dictionary loads on first use (or :func:`warm_up`), never at import; each thread gets its own tokenizer over
one shared dictionary.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from safety.heard import prepare, repair
from safety.heard_reading import mend

if TYPE_CHECKING:
    from sudachipy import Dictionary, Tokenizer

MAX_TEXT_CHARS = 1000  # longer messages are cut (chat messages are limited well below this)
VIEWS_CACHE_MESSAGES = 4096  # recent texts whose views are kept (check-in answers and greetings repeat)
KATAKANA_START, KATAKANA_END, KANA_OFFSET = 0x30A1, 0x30F6, 0x60
# Speech fillers and hesitations (removed as whole words, before punctuation is dropped).
FILLERS = re.compile(r"(?:えーっと|えーと|ええと|えっと|あのー+|あのう|あのね|うーん|んーと|んー|えー+|あー+|そのー+)")
DROPPED = re.compile(r"[\s\u3000、。,.・!！?？「」『』()（）\[\]【】~〜…‥:：;；\"'`]+")
LONG_VOWEL = re.compile(r"[ー‐―-]+")
# Tohoku speech draws out a one-kanji noun instead of its particle (目ぇ開げね, 血ぃ吐いだ, 火ぃ出でる): the small vowel
# is dropped, so the patterns meet 目開けね, 血吐いた, 火出てる.
ELONGATED_NOUN = re.compile(r"(?<=[\u3400-\u9fff])[ぁぃぅぇぉ]")
# Katakana loanwords spelt two ways, folded to the spelling the rules are written in (インターフォン -> インターホン,
# folded いんたふおん -> いんたほん; round 45, blind46b's man at the door). (folded, as the views are.) Round 55: a mail
# written in kana with its long vowel spelt え (めえるが きた, folded めえる -> める, as メール folds), and the past
# year written 昨年 (昨年の冬, read さくねん) meeting the past words the rules know as 去年.
SPELLING_VARIANTS: dict[str, str] = {"いんたふおん": "いんたほん", "めえる": "める", "昨年": "去年"}
SPELLING_VARIANT = re.compile("|".join(SPELLING_VARIANTS))
SMALL_VOWELS = str.maketrans({"ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お"})
POLITE_ORU = re.compile(r"([てで])おり(?=ま)")  # 息をしておりません -> していません (humble forms)
# Tohoku voicing (息しでる, 起ぎねえ, 動がなぐ) and speech-recogniser slips meet the standard spelling when the
# k- and t-rows lose their voicing marks: devoiced copies of both views, and devoiced patterns (see ``devoice``).
DEVOICED = str.maketrans(dict(zip("がぎぐげごだぢづでど", "かきくけこたちつてと", strict=True)))
# Readings shared by an event word and an everyday word (晴れ/腫れ, 家事/火事, 同期/動悸, 応答/嘔吐...). A morpheme
# written in kanji with one of these readings keeps its kanji in the reading view unless it is written with a kanji
# of the event sense (the value; "" = none), so the kana patterns meet 腫れ, 火事, 動悸 but not 晴れ, 家事, 同期.
# Kana input stays ambiguous (かじです is read as a fire); an ASR homophone needs context (see the fire rules).
# Keys of one or two kana match the whole reading, longer keys its start (光熱費 -> こうねつひ).
AMBIGUOUS_READINGS: dict[str, str] = {
    "はれ": "腫", "かじ": "火", "ち": "血", "は": "歯刃", "け": "", "いた": "痛", "いき": "息生",
    "むね": "胸", "はら": "腹", "こし": "腰", "せき": "咳", "えん": "嚥", "はい": "吐肺", "ひか": "轢", "もえ": "燃",
    "じこ": "事", "らち": "拉", "さぎ": "詐",
    "どうき": "悸", "こうねつ": "高", "おうと": "嘔", "ごえん": "嚥", "じしん": "震", "しんすい": "浸",
    "かんすい": "冠",
    "ひなん": "避", "はんらん": "氾", "けっかい": "決", "こうすい": "", "しゅっせき": "", "けっせき": "", "きせつ": "",
    "しゅっけつ": "血", "しっしん": "失",
    "きゅうきゅう": "救", "かさい": "火", "ぼうし": "防", "かざい": "", "しんにゅう": "侵", "ちかん": "痴",
    "かんきん": "監", "きょうき": "凶", "ゆうかい": "誘", "はいかい": "徘", "かしつ": "", "きかん": "",
    "はらい": "", "しはらい": "",
    # 行動, 高等, 交換 meet 強盗 (ごうとう) and 強姦 (ごうかん) once devoiced
    "こうどう": "", "こうとう": "", "こうかん": "",
    # 蛍光 (a light tube, 蛍光灯) read on into 灯 is けいこうとう, holding 強盗 once devoiced (round 57, wide59)
    "けいこう": "",
    # 行き止まり read いきどまり holds a stopped breath once devoiced (いきとまり: a dead end; round 58, wide60b)
    "いきどまり": "",
}
SHORT_KEY_KANA = 2
KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]")
_LONG_KEYS = re.compile("|".join(sorted((key for key in AMBIGUOUS_READINGS if len(key) > SHORT_KEY_KANA),
                                        key=len, reverse=True)))


def _read_as_kana(surface: str, reading: str) -> bool:
    """Whether a morpheme's reading may stand for it in the reading view (see :data:`AMBIGUOUS_READINGS`)."""
    if not KANJI.search(surface):
        return True
    sense = AMBIGUOUS_READINGS.get(reading)
    if sense is None:
        prefix = _LONG_KEYS.match(reading)
        if prefix is None:
            return True
        sense = AMBIGUOUS_READINGS[prefix.group(0)]
    return any(kanji in surface for kanji in sense)


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
    text = ELONGATED_NOUN.sub("", LONG_VOWEL.sub("", text)).translate(SMALL_VOWELS)
    text = SPELLING_VARIANT.sub(lambda variant: SPELLING_VARIANTS[variant.group()], text)
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
    predicate: bool = True  # a verb, adjective or auxiliary is in it (False: a bare noun phrase such as a place)
    # Offsets in ``written`` where a new sentence began (after 。, ！, ？ or a line break): the views drop the marks,
    # so 取り付けています。カード情報 reads 取り付けていますかと情報 (round 50; see :func:`_sentence_starts`).
    sentence_starts: frozenset[int] = frozenset()

    @cached_property
    def joined(self) -> str:
        """Both views on separate lines: one regex search covers both (patterns never cross lines)."""
        return f"{self.written}\n{self.reading}"

    @cached_property
    def devoiced(self) -> str:
        """:attr:`joined` devoiced: what (devoiced) patterns search."""
        return devoice(self.joined)


# Sudachi's parts of speech that make a message more than a bare noun phrase (動詞 verb, 形容詞 adjective, 形状詞
# adjectival noun, 助動詞 auxiliary). The n-gram classifier does not fire alone on a message without one: an answer
# such as 古川駅のロータリーの近く (a place given to the report form) is no report of an event, and no labelled
# emergency in the phrase set was caught by the classifier alone without a predicate (0 of 18; round 20).
PREDICATE_POS = frozenset({"動詞", "形容詞", "形状詞", "助動詞"})


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

    def analyse(self, written: str) -> tuple[str, bool]:
        """One Sudachi pass over already folded text: its hiragana reading (unknown words keep their written form)
        and whether it holds a predicate (:data:`PREDICATE_POS`)."""
        from sudachipy import SplitMode

        parts = []
        predicate = False
        for morpheme in self._tokenizer().tokenize(written, SplitMode.C):
            reading = morpheme.reading_form()
            surface = morpheme.surface()
            usable = reading and reading != "キゴウ" and _read_as_kana(surface, to_hiragana(reading))
            parts.append(reading if usable else surface)
            predicate = predicate or morpheme.part_of_speech()[0] in PREDICATE_POS
        return fold("".join(parts)), predicate

    def reading(self, written: str) -> str:
        """Hiragana reading of already folded text (unknown words keep their written form)."""
        return self.analyse(written)[0]

    def has_predicate(self, plain: str) -> bool:
        """Whether the (unfolded) text holds a predicate (:data:`PREDICATE_POS`).

        A message without kanji is also read in hiragana: Sudachi finds no verb in katakana-only Japanese
        (オジイチャン ガ イキ シテナイ), while a loanword among kanji (ロータリー) keeps its katakana and is no verb."""
        from sudachipy import SplitMode

        texts = [plain] if KANJI.search(plain) else [plain, to_hiragana(plain)]
        return any(morpheme.part_of_speech()[0] in PREDICATE_POS
                   for text in texts for morpheme in self._tokenizer().tokenize(text, SplitMode.C))

    def warm_up(self) -> None:
        """Load the dictionary now and run a first analysis (the first call is slow)."""
        self.reading("台所から火が出た助けて")


READER = Reader()


def views(text: str, reader: Reader = READER) -> TextViews:
    """Both views of ``text`` (with the shared reader, the views of recent texts are reused)."""
    return cached_views(text) if reader is READER else _views(text, reader)


@lru_cache(maxsize=VIEWS_CACHE_MESSAGES)
def cached_views(text: str) -> TextViews:
    """The views of ``text`` with the shared reader, remembered for the most recent texts."""
    return _views(text, READER)


# Sentence-final marks: the written view without them is still the text Sudachi would read raw.
FINAL_MARKS = re.compile(r"[。.!！?？]+$")


def _folded_as_written(plain: str, written: str) -> bool:
    """Whether folding changed ``plain`` only by dropping its final marks, so the written view's Sudachi pass is
    the raw text's and its predicate can be shared (:func:`_views`).

    Anything else - katakana (folded to hiragana, ロータリー reads ろたり with a verb in it), spaces, commas, long
    vowels, fillers, a slip put back - may change where Sudachi finds a predicate, so the raw text is read again.
    """
    return FINAL_MARKS.sub("", plain) == written


# A sentence end the views drop (not "." - 3.5度 - nor a comma), and a private-use mark that folding keeps.
SENTENCE_END = re.compile(r"[。!！?？\n]+")
SENTENCE_MARK = "\ue000"


def _sentence_starts(text: str, written: str) -> frozenset[int]:
    """Offsets in ``written`` (the folded view of ``text``) where a sentence of ``text`` began.

    The text is folded again with a mark after each sentence end; if the marks changed anything else (a slip
    whose context crossed the end), no sentence start is known and none is given."""
    if not SENTENCE_END.search(text.rstrip()):
        return frozenset()
    marked = fold(repair(SENTENCE_END.sub(lambda end: end.group() + SENTENCE_MARK, text)))
    if marked.replace(SENTENCE_MARK, "") != written:
        return frozenset()
    starts: set[int] = set()
    offset = 0
    for character in marked:
        if character == SENTENCE_MARK:
            starts.add(offset)
        else:
            offset += 1
    return frozenset(start for start in starts if 0 < start < len(written))


def _views(text: str, reader: Reader) -> TextViews:
    written = fold(repair(text[:MAX_TEXT_CHARS]))
    reading, predicate = reader.analyse(written) if written else ("", False)
    reading = mend(reading, devoice)  # a long key word heard one kana off (safety.heard_reading)
    plain = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS]).strip()
    if plain and not _folded_as_written(plain, written):
        predicate = reader.has_predicate(plain)
    # a question read on the text with its slips put back (縫わねくても良いべかを: a を the recogniser adds after a
    # Tohoku べか, round 53)
    question = bool(QUESTION.search(plain) or QUESTION.search(repair(prepare(plain))))
    return TextViews(written=written, reading=reading, question=question, exclaimed="!" in plain,
                     predicate=predicate, sentence_starts=_sentence_starts(text[:MAX_TEXT_CHARS], written))
