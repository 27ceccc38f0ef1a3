"""Prosody fixes: digits read one by one become separate flat accent phrases; other words are left alone."""

from __future__ import annotations

import re

import pyopenjtalk
from pyopenjtalk.types import NJDFeature

from voice.engines import VoiceEngines
from voice.readings import spoken_text
from voice.tts_driver import openjtalk_warnings_silenced, render
from voice.tts_prosody import separate_digits


def frontend(text: str) -> list[NJDFeature]:
    with openjtalk_warnings_silenced():
        return pyopenjtalk.run_frontend(spoken_text(text))


def test_phone_digits_become_one_flat_phrase_each() -> None:
    features = separate_digits(frontend("電話0229-23-5311です。"))
    words = [(f["string"], f["acc"], f["chain_flag"]) for f in features]
    digits = ["ゼロ", "ニー", "ニー", "キュー", "、", "ニー", "サン", "、", "ゴー", "サン", "イチ", "イチ"]
    start = [w for w, _, _ in words].index("ゼロ")
    assert [w for w, _, _ in words[start : start + len(digits)]] == digits
    for word, accent, chain in words[start : start + len(digits)]:
        if word != "、":
            assert (accent, chain) == (0, 0), word  # flat, and not chained to the previous digit
    assert all(f["mora_size"] == 2 for f in features if f["string"] in {"ゼロ", "ニー", "キュー", "イチ"})


def test_the_reading_is_unchanged() -> None:
    for text in ("お問い合わせは市民課、電話0229-23-5311です。", "〒989-6188 大崎市古川七日町1-1"):
        features = frontend(text)
        before = "".join(f["pron"] for f in features)
        assert "".join(f["pron"] for f in separate_digits(features)) == before


def test_other_words_are_left_alone() -> None:
    for text in ("サンキューです。", "住民票は市民課で発行します。", "手数料は300円です。", "受付は8:30からです。"):
        features = frontend(text)
        assert separate_digits(features) == features, text


def test_a_digit_word_inside_a_sentence_is_not_split() -> None:
    # Only runs between punctuation marks made of digit readings only (what digits_aloud writes) are split.
    features = frontend("ニーサンと話しました。")
    assert separate_digits(features) == features
    features = frontend("お問い合わせは、ニーサン、です。")
    assert [f["string"] for f in separate_digits(features)].count("ニー") == 1


def test_whisper_hears_the_phone_digits(engines: VoiceEngines) -> None:
    # Round trip through the real engines: before the fix Whisper heard 029... for 0229 in most of these.
    numbers = ["0229-23-5281", "0229-23-5611", "0229-23-5211", "0229-23-5231"]
    assert engines.whisper is not None
    heard = []
    for number in numbers:
        text = f"お問い合わせは、電話{number}です。"
        pcm = render(text, rate_wpm=engines.settings.tts_rate_wpm, sample_rate_hz=16000)
        heard.append("".join(re.findall(r"\d", engines.whisper.transcribe(pcm).text)))
    right = sum(digits == number.replace("-", "") for digits, number in zip(heard, numbers, strict=True))
    assert right >= 3, heard
