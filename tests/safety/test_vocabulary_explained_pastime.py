"""Round 39 (helper A54; the pastime alternative of :data:`safety.vocabulary_explained.EXPLAINED`): a scare told by
what one sees or hears, then the person found at an everyday pastime or chore (勉強していました, お香をたいていました,
サッカーの試合を見てたらしい, こたつで昼寝してだっちゃ) is no alarm. Found at it and in distress - holding the chest,
fallen, vomiting, not waking - is still an alarm, and so is an emergency of the set told with the same words.

The real texts are held-out false alarms of the phrase set (bench_safety_overrule, the classifiers retrained without
the writer's block) and emergencies of the set; the new phrasings are not in the set."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_explained import EXPLAINED
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, phrase_set_texts

# Held out, each was 119 or 110 (typed or heard) before this alternative.
REAL_OVER = [
    "さっき二階から焦げくさいにおいがして慌てて上がったら、息子が部屋でお香をたいていました。",  # blind34b
    "息子が部屋で全然動かないので心配して覗いたら、ヘッドホンをしたまま勉強していました。",  # blind28a
    "夜中に下の階から叫び声が聞こえて心臓バクバクしたけど、朝聞いたらサッカーの試合を見てたらしい",  # blind39b
    "ばあちゃん電話さ出ねがったがら見さ行ったっけ、こたつで昼寝してだっちゃ",  # blind33a
    "昨日の晩、ばあちゃん電話さ出ねがったから慌てで行ったら、テレビ見ながら寝でだっけ",  # blind34b
    "隣で夜中ずっと物音すっと思ったら、漬物樽片付けでだんだど",  # blind40b
]
NEW_OVER = [
    "母が電話に出ないので見に行ったら、庭で草むしりをしていました",
    "娘の部屋から悲鳴が聞こえて駆け寄ったら、ゲームで負けて騒いでいました",
    "父が帰ってこないと思ったら、公民館で将棋を指していたそうです",
    "じいちゃん呼んでも返事ねがったがら見さ行ったら、畑仕事してだっちゃ",
]
# Emergencies of the set told with a turn and a pastime word: still alarms.
REAL_ALARMS = [
    ("母が電話に出ないので実家に来たら、チェーンがかかっていて中からテレビの音だけします。何度呼んでも反応がありません。",
     "119"),  # blind29b
    ("祖母に電話したら「うっ」と言ったきり何も聞こえなくなりました。受話器の向こうでずっとテレビの音だけがしています。",
     "119"),  # blind31a
    ("夕方から夫の呼吸がいびきのように大きくて、ゆすっても起きません。いつもの昼寝とは様子が違います。",
     "119"),  # blind31b
]
# Found at the pastime and in distress, hurt or with a fire: still 119.
NEW_ALARMS = [
    "父が返事をしないので見に行ったら、ゲームをしながら胸を押さえて苦しそうにしていました",
    "見に行ったら庭の手入れをしていて、脚立から落ちていました",
    "慌てて上がったら、息子が部屋でお香をたいていて、カーテンが燃えていました",
    "母が電話に出ないので見に行ったら、テレビの前で倒れていました",
    "声をかけたら、テレビを見ながら吐いていて、呼びかけても返事がありません",
]


def found(text: str) -> bool:
    return EXPLAINED.search(views(text).devoiced) is not None


def test_the_real_cases_are_in_the_phrase_set_and_the_new_ones_are_not() -> None:
    assert set(REAL_OVER) | {text for text, _ in REAL_ALARMS} <= phrase_set_texts()
    assert_not_in_phrase_set([(text, "none") for text in NEW_OVER] + [(text, "119") for text in NEW_ALARMS])


@pytest.mark.parametrize("text", REAL_OVER + NEW_OVER)
def test_found_at_a_pastime_is_over(text: str) -> None:
    assert found(text)
    assert_decides(text, "none", now=DAY)


@pytest.mark.parametrize(("text", "number"), REAL_ALARMS)
def test_emergencies_told_with_a_pastime_still_alarm(text: str, number: str) -> None:
    assert not found(text)
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", NEW_ALARMS)
def test_found_at_a_pastime_in_distress_alarms(text: str) -> None:
    assert not found(text)
    assert_decides(text, "119", now=DAY)


@pytest.mark.parametrize("text", ["見に行ったら、テレビを見ていたと思う",
                                  "見に行ったら、テレビを見ていたのに返事がない",
                                  "心配したけど、掃除業者を知っていたら教えてください"])
def test_a_guess_a_question_or_a_conditional_is_no_finding(text: str) -> None:
    assert not found(text)
