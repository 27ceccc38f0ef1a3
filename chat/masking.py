"""Personal data out of a citizen's question before it is stored (pure functions).

What is replaced, each by a bracketed label that cannot match again (so masking twice changes nothing):

- e-mail addresses -> 【メール】
- phone numbers (0229-23-5091, 090 1234 5678, 09012345678, 0229(23)5091, +81 90-..., full-width digits) -> 【電話番号】
- postal codes (〒989-6188) and addresses with house numbers (1丁目2番3号, 123番地の4, 大崎市古川七日町1-1,
  岩出山字上川原10番地) -> 【住所】
- numbers that look like ids: マイナンバー (12 digits), insurance or account numbers, any run of 6+ digits (spaces or
  hyphens between groups count), receipt numbers -> 【番号】
- names before an honorific (佐藤さん, 田中太郎様, ゆうくん, はなちゃん, 山田氏) and after 「名前は」「氏名は」
  or before 「と申します」 -> 【氏名】; common words before an honorific (皆さん, お客様, お医者さん, 職員さん,
  赤ちゃん...) stay.

The text is NFKC-normalised first (full-width digits and letters become half-width), as the search does.
Dates (2026-11-30, 11月30日), amounts (1,000円, 10000円), short numbers (119, #7119) and times stay.
An honorific's letters inside a longer word are not an honorific: where the morphological analyser (SudachiPy,
loaded on first use) reads a word running across them (たくさん, けいさん, 行くんです), and a few kana spellings of
common words the analyser splits (しゅっさん, こていしさんぜい). So a kana given name the analyser reads as a word
(けいさん: 計算) is not found either.
Known limits: a bare name without an honorific or an introduction (「佐藤です」) is not found; hiragana names are
found only at the start of a clause (after a particle, a comma or the beginning).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from sudachipy import Dictionary, SplitMode
from sudachipy import Tokenizer as SudachiTokenizer

EMAIL_LABEL = "【メール】"
PHONE_LABEL = "【電話番号】"
ADDRESS_LABEL = "【住所】"
NUMBER_LABEL = "【番号】"
NAME_LABEL = "【氏名】"
LABELS = (EMAIL_LABEL, PHONE_LABEL, ADDRESS_LABEL, NUMBER_LABEL, NAME_LABEL)
MIN_ID_DIGITS = 6  # a run of this many digits (or more) is treated as an id
PHONE_DIGITS = (10, 11)  # Japanese landline and mobile numbers with the trunk 0
INTL_PHONE_DIGITS = (11, 12)  # the same after +81

_KANJI = r"一-龥々〆ヶ"
_KATAKANA = r"ァ-ヺー"
_HIRAGANA = r"ぁ-ゖ"
_PLACE = rf"[{_KANJI}{_KATAKANA}]"
_NUM = r"(?:\d+|[一二三四五六七八九十〇]+)"
_DASH_CHARS = r"\-‐‑–—−ー―"  # after NFKC; the katakana long-vowel mark is often typed for a hyphen
_DASH = rf"[{_DASH_CHARS}]"
_COUNTER = r"(?![つ回人歳円時分月日年件個枚本冊台度階才])"
_HOUSE = rf"{_NUM}(?:\s*(?:(?:丁目|番地|番|号|{_DASH}|の)\s*)+{_NUM})*(?:\s*(?:丁目|番地|番|号))?{_COUNTER}"

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
POSTAL = re.compile(rf"〒\s*\d{{3}}\s*{_DASH}?\s*\d{{4}}")
# A place name ending in 町/村/字.. (maybe after a city or county) and a house number.
ADDRESS_PLACE = re.compile(rf"(?:{_PLACE}{{1,12}}?(?:市|郡))?{_PLACE}{{1,12}}?(?:町|村|字{_PLACE}{{1,8}}?)\s*{_HOUSE}")
# A block number anywhere: 一丁目3番5号, 123番地の4, 5番3号.
ADDRESS_NUMBER = re.compile(
    rf"{_PLACE}{{0,12}}?{_NUM}\s*丁目(?:\s*(?:(?:番地|番|号|{_DASH}|の)\s*)*{_NUM}(?:\s*(?:番地|番|号))?)*"
    rf"|{_NUM}\s*番地(?:\s*(?:の|{_DASH})?\s*{_NUM}\s*号?)?"
    rf"|{_NUM}\s*番\s*{_NUM}\s*号"
)
# Digits joined by blanks, dashes or brackets: phone numbers, ids, dates (a date is kept).
NUMBERISH = re.compile(rf"(?<![\d])(?:\+\s*81[\s{_DASH_CHARS}]*)?\(?\d(?:[\d\s(){_DASH_CHARS}]*\d)?(?![\d])")
LOCAL_PHONE = re.compile(rf"\d{{1,4}}\s*{_DASH}\s*\d{{4}}")
DATE = re.compile(r"(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])")

HONORIFIC = r"(?:さん|様|さま|くん|君|ちゃん|殿|氏)"
HONORIFIC_START = re.compile(HONORIFIC)
# Kana spellings of common words holding an honorific's letters that the analyser splits (しゅっ|さん).
KANA_WORDS_WITH_HONORIFIC_LETTERS = ("たくさん", "しゅっさん", "ざいさん", "しさんぜい", "ふどうさん", "ぎょうさん")
# Last letters of occupations before an honorific (大工さん, 葬儀屋さん, 郵便|屋さん, 獣医さん, 保健師さん).
OCCUPATION_ENDINGS = frozenset({"屋", "員", "師", "士", "医", "工"})
NAME_BEFORE_HONORIFIC = re.compile(rf"({_PLACE}{{1,6}}(?: {_PLACE}{{1,6}})?)(?={HONORIFIC})")
HIRAGANA_NAME = re.compile(rf"(?:^|(?<=[\s、。,.!?「『(のとがはにも]))([{_HIRAGANA}]{{2,5}}?)(?={HONORIFIC})")
NAME_INTRODUCTION = re.compile(
    rf"(?:(?<=名前は)|(?<=氏名は)|(?<=名前は )|(?<=氏名は ))([{_KANJI}{_KATAKANA}{_HIRAGANA}]{{2,10}}?)"
    rf"(?=です|と申|といい|\s|、|。|$)"
    rf"|({_PLACE}{{2,8}})(?=と申します|と申しま|といいます)"
)
# Words that stand before an honorific without being a name.
NOT_NAMES = frozenset({
    "皆", "みな", "みんな", "客", "お客", "奥", "おく", "母", "お母", "おかあ", "父", "お父", "おとう", "兄", "お兄",
    "おにい", "姉", "お姉", "おねえ", "おばあ", "おじい", "ばあ", "じい", "赤", "あか", "子", "お子", "おこ", "医者",
    "お医者", "おいしゃ", "隣", "お隣", "おとなり", "大家", "業者", "担当者", "担当", "係", "係員", "職員", "市長",
    "町長", "議員", "委員", "先生", "看護師", "ヘルパー", "ケアマネ", "ケアマネジャー", "介護士", "運転手",
    "神", "かみ", "仏", "王", "王子", "嬢", "坊", "おぼう", "家族", "孫", "娘", "息子", "主人", "旦那",
    "おまわり", "警察官", "店員", "駅員", "相手", "近所", "利用者", "市民", "住民", "保護者", "患者", "同僚",
    "友達", "友人", "彼女", "彼", "あなた", "皆様", "みなさま", "他人", "本人", "上", "社長", "部長", "課長",
    "店長", "園長", "校長", "お疲れ", "おつかれ", "ご苦労", "お世話", "おかげ", "どちら", "だれ", "誰", "どなた",
    "保健師", "お嫁", "嫁", "婿", "お婿", "兄弟", "姉妹", "親", "ご両親", "両親", "叔母", "伯母", "叔父", "伯父",
    "おば", "おじ",
})
# Kin words (Tohoku and casual) before an honorific, matched whole only (さとうさん is a name, とうちゃん is not).
KIN_WORDS = frozenset({
    "ばっ", "じっ", "ばば", "じじ", "とう", "かあ", "ねえ", "にい", "あん", "おっか", "おど", "あね", "あに",
})


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _mask_number(match: re.Match[str]) -> str:
    run = match.group(0)
    if run.startswith("(") and ")" not in run:  # an opening bracket of the sentence, not of an area code
        return "(" + NUMBERISH.sub(_mask_number, run[1:])
    if DATE.fullmatch(run.replace(" ", "")) or match.string.startswith("円", match.end()):
        return run
    digits = _digits(run)
    bare = run.lstrip("( ")
    if bare.startswith("+") and INTL_PHONE_DIGITS[0] <= digits <= INTL_PHONE_DIGITS[1]:
        return PHONE_LABEL
    if bare.startswith("0") and PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
        return PHONE_LABEL
    if LOCAL_PHONE.fullmatch(run):
        return PHONE_LABEL
    return NUMBER_LABEL if digits >= MIN_ID_DIGITS else run


def _is_common_word(word: str) -> bool:
    bare = word.replace(" ", "")
    return bare in NOT_NAMES or bare in KIN_WORDS or any(len(w) >= 2 and bare.endswith(w) for w in NOT_NAMES)


_TOKENIZER_LOCK = threading.Lock()


class _Word(NamedTuple):
    begin: int
    end: int
    surface: str
    pos: tuple[str, ...]


@cache
def _tokenizer() -> SudachiTokenizer:
    return Dictionary(dict="core").tokenizer()


def word_honorific_offsets(text: str) -> frozenset[int]:
    """Offsets where an honorific's letters are not a name's honorific (see :func:`_not_an_honorific`)."""
    if not HONORIFIC_START.search(text):
        return frozenset()
    with _TOKENIZER_LOCK:
        words = [_Word(w.begin(), w.end(), w.surface(), tuple(w.part_of_speech()[:2]))
                 for w in _tokenizer().tokenize(text, SplitMode.C)]
    return frozenset(found.start() for found in HONORIFIC_START.finditer(text)
                     if _not_an_honorific(words, found.start(), found.end())
                     or _in_common_kana_word(text, found.start()))


def _not_an_honorific(words: Sequence[_Word], start: int, end: int) -> bool:
    """The analyser reads the letters as part of a longer word: one running across their start (たくさん, 行く|ん;
    not a kana verb made of a name's end, そう|たくん), a noun starting with them (様子, くんれん), or an occupation
    before them (大工さん, 葬儀屋さん, 獣医さん)."""
    for index, word in enumerate(words):
        if word.begin < start < word.end:
            return not _split_name(word)
        if word.begin == start:
            previous = words[index - 1] if index else None
            return ((word.end > end and word.pos[0] == "名詞")
                    or (previous is not None and previous.end == start and _occupation(previous)))
    return False


def _occupation(word: _Word) -> bool:
    if word.pos[0] == "接尾辞":
        return word.surface in OCCUPATION_ENDINGS
    return word.pos == ("名詞", "普通名詞") and len(word.surface) >= 2 and word.surface[-1] in OCCUPATION_ENDINGS


def _split_name(word: _Word) -> bool:
    """A kana-only verb the analyser makes of a name's end and an honorific (そう|たくん, そう|たちゃ|ん)."""
    return word.pos[0] == "動詞" and not re.search(f"[{_KANJI}]", word.surface)


def _in_common_kana_word(text: str, start: int) -> bool:
    """Whether the letters at ``start`` belong to one of KANA_WORDS_WITH_HONORIFIC_LETTERS."""
    for word in KANA_WORDS_WITH_HONORIFIC_LETTERS:
        first = max(0, start - len(word) + 1)
        found = text.find(word, first, start + len(word))
        if found != -1 and found <= start:
            return True
    return False


def _name_masker(not_names: frozenset[int]) -> Callable[[re.Match[str]], str]:
    def mask(match: re.Match[str]) -> str:
        whole = match.group(0)
        name = next((group for group in match.groups() if group), "")
        if not name or _is_common_word(name) or match.end() in not_names:
            return whole
        return whole.replace(name, NAME_LABEL, 1)

    return mask


def mask_emails(text: str) -> str:
    """E-mail addresses replaced."""
    return EMAIL.sub(EMAIL_LABEL, text)


def mask_addresses(text: str) -> str:
    """Postal codes and addresses with house numbers replaced."""
    text = POSTAL.sub(ADDRESS_LABEL, text)
    text = ADDRESS_PLACE.sub(ADDRESS_LABEL, text)
    return ADDRESS_NUMBER.sub(ADDRESS_LABEL, text)


def mask_numbers(text: str) -> str:
    """Phone numbers (10-11 digits with the trunk 0, +81..., 23-5091) and ids of MIN_ID_DIGITS digits or more
    replaced; dates, amounts in yen and short numbers stay."""
    return NUMBERISH.sub(_mask_number, text)


def mask_names(text: str) -> str:
    """Names before an honorific or in a self-introduction replaced; common words before an honorific stay."""
    text = NAME_INTRODUCTION.sub(_name_masker(frozenset()), text)
    text = NAME_BEFORE_HONORIFIC.sub(_name_masker(word_honorific_offsets(text)), text)
    return HIRAGANA_NAME.sub(_name_masker(word_honorific_offsets(text)), text)


def mask_personal_data(text: str) -> str:
    """The question with personal data replaced by labels (NFKC-normalised, surrounding blanks stripped)."""
    masked = unicodedata.normalize("NFKC", text).strip()
    for step in (mask_emails, mask_addresses, mask_numbers, mask_names):
        masked = step(masked)
    return masked


def search_text(text: str) -> str:
    """What the FAQ search sees of a message: personal data masked. A phone number or a name is never a need the
    FAQ answers (the scope gate would take one for a need the city cannot answer), and it has no business in the
    search either."""
    return mask_personal_data(text.strip())
