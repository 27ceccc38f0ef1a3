"""Grammar mode without Vosk: a Whisper transcript matched to the nearest check-in phrase."""

from __future__ import annotations

import pytest

from voice.engines import VoiceEngines
from voice.grammar import UNKNOWN, edit_distance, nearest_phrase, phrase_reading
from voice.settings import DEFAULT_GRAMMARS
from voice.tts_driver import render

PHRASES = DEFAULT_GRAMMARS["ja"]


@pytest.mark.parametrize(
    ("heard", "phrase"),
    [
        ("はい。", "はい"),
        ("ハイ", "はい"),
        ("いいえ。", "いいえ"),
        ("元気です。", "元気です"),
        ("げんきです", "元気です"),  # spelling does not matter: readings are compared
        ("お元気です", "元気です"),  # a polite prefix: the phrase is still there as whole words
        ("げんきれす", "元気です"),  # misheard, no phrase as whole words: the closest reading (1 kana of 5 differs)
        ("ケンキです", "元気です"),
        ("はい、元気ですよ、ありがとう。", "元気です"),  # the longest phrase said as whole words
        ("具合がわるいです", "具合が悪い"),
        ("助けて！", "助けて"),
        ("大丈夫です。", "大丈夫です"),
        ("私は無事です。", "無事です"),  # the answer to a safety confirmation (安否確認)
        ("ぶじです", "無事です"),
    ],
)
def test_transcripts_map_to_their_phrase(heard: str, phrase: str) -> None:
    assert nearest_phrase(heard, PHRASES) == phrase


@pytest.mark.parametrize(
    "heard",
    ["大丈夫じゃないです", "元気じゃない", "無事じゃないです", "具合は悪くない", "歯医者に行きます", "今日は雨ですね"],
)
def test_negations_and_other_words_are_unknown(heard: str) -> None:
    assert nearest_phrase(heard, PHRASES) == UNKNOWN


def test_nothing_heard_is_empty_and_readings_ignore_marks() -> None:
    assert nearest_phrase("", PHRASES) == "" and nearest_phrase("。", PHRASES) == ""
    assert phrase_reading("元気です") == "ゲンキデス" and phrase_reading("具合が悪い") == "グアイガワルイ"


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("", "", 0), ("", "ゲンキ", 3), ("ゲンキデス", "ゲンキデス", 0), ("ゲンキデス", "ゲンキレス", 1),
     ("ゲンキデス", "オゲンキデス", 1), ("ハイ", "イイエ", 2), ("kitten", "sitting", 3)],
)
def test_edit_distance_counts_character_edits(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance == edit_distance(b, a)


def test_distance_limit_is_a_parameter() -> None:
    assert nearest_phrase("げんきれす", PHRASES, max_distance=0.1) == UNKNOWN


@pytest.mark.parametrize("said", ["はい", "元気です"])
def test_whisper_with_a_grammar_answers_the_phrase_open_jtalk_said(engines: VoiceEngines, said: str) -> None:
    assert engines.whisper is not None
    pcm = render(f"{said}。", sample_rate_hz=engines.whisper.sample_rate_hz)
    assert engines.whisper.transcribe(pcm, grammar=PHRASES).text == said
    stream = engines.whisper.open_stream(grammar=PHRASES)
    stream.accept(pcm)
    assert stream.finish().text == said
