"""Katakana readings compared by sound: hiragana to katakana, long vowels spelt out, morae counted."""

from __future__ import annotations

import unicodedata

LONG_VOWEL = "ー"
SMALL_KANA = frozenset("ャュョァィゥェォ")
VOWEL_OF: dict[str, str] = {}
for _vowel, _row in (("ア", "アカサタナハマヤラワガザダバパャァ"), ("イ", "イキシチニヒミリギジヂビピィ"),
                     ("ウ", "ウクスツヌフムユルグズヅブプュゥ"), ("イ", "エケセテネヘメレゲゼデベペェ"),
                     ("ウ", "オコソトノホモヨロゴゾドボポョォヲ")):
    for _kana in _row:
        VOWEL_OF[_kana] = _vowel  # a long vowel as it is spelt in readings: セー -> セイ, コー -> コウ


def to_katakana(text: str) -> str:
    """Hiragana to katakana (everything else kept)."""
    return "".join(chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch for ch in text)


def is_katakana(ch: str) -> bool:
    """A katakana letter (not the long-vowel mark)."""
    return "\u30a1" <= ch <= "\u30fa"


def normal_reading(reading: str) -> str:
    """A katakana reading with long-vowel marks spelt out (コーフ == コウフ); '' when it is not all kana."""
    out: list[str] = []
    for ch in to_katakana(unicodedata.normalize("NFKC", reading)):
        if ch == LONG_VOWEL:
            out.append(VOWEL_OF.get(out[-1], "") if out else "")
        elif is_katakana(ch):
            out.append(ch)
        else:
            return ""
    return "".join(out)


def spelt_reading(kana: str) -> str:
    """Like :func:`normal_reading`, but anything that is not kana (punctuation, spaces) is dropped."""
    return normal_reading("".join(ch for ch in to_katakana(kana) if ch == LONG_VOWEL or is_katakana(ch)))


def morae(reading: str) -> int:
    """Morae of a katakana reading (small kana join the previous one)."""
    return sum(1 for ch in reading if ch not in SMALL_KANA)
