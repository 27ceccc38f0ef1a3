"""Katakana readings compared by sound."""

from __future__ import annotations

from voice.kana import morae, normal_reading, spelt_reading, to_katakana


def test_normal_reading_spells_out_long_vowels_and_refuses_non_kana() -> None:
    assert normal_reading("コーフ") == normal_reading("こうふ") == "コウフ"
    assert normal_reading("セーメー") == "セイメイ"
    assert normal_reading("ｼｮｳﾒｲ") == "ショウメイ"  # half-width kana are normalised first
    assert normal_reading("実印") == ""


def test_spelt_reading_drops_what_is_not_kana() -> None:
    assert spelt_reading("デンシショーメーショ、キゲン。") == "デンシショウメイショキゲン"
    assert spelt_reading("ー住民ひょう") == "ヒョウ"  # a leading mark has no vowel to lengthen


def test_morae_join_small_kana_and_hiragana_becomes_katakana() -> None:
    assert morae("ジョセキ") == 3
    assert morae("ジュウミンヒョウ") == 6
    assert to_katakana("じゅうみん票") == "ジュウミン票"
