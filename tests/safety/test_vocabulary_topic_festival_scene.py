"""Round 56 (:data:`safety.vocabulary_topic.FESTIVAL_SCENE`, wide58): a festival told as the scene of what happens
there - a stall further along, its street, its decorations, its procession, its bonfire's fire, smoke or ash, a visit
there and back - is the setting, not the topic; a person of a topic told as a man or a woman
(ボランティアの男性が) is a setting too (:data:`safety.detect_cues_setting.SETTING_AFTER`). The festival asked about
stays a topic. Tellings written for these tests, not phrases of the set."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

SCENE = [
    ("秋祭りのたこ焼きの屋台で、カセットコンロが火を噴いてのれんに燃え移っています", "119", DAY),  # plain
    ("夏まつりの金魚すくいの屋台さ、じいちゃん倒れで息してねえ", "119", DAY),  # tohoku
    ("祭りの行列で、はっぴのおじいさんが急に倒れて呼んでも返事しない", "119", DAY),  # casual
    ("おまつりの はだかまいりで おとこのひとが たおれて うごかない", "119", DAY),  # kana
    ("どんと祭の火に当たってたら、灰が目に入って洗ってもチクチクして赤い", "#7119", DAY),  # indirect
    ("神社のお祭り行って帰ってきたら、三歳の子が夜になって二回吐きました。元気はあります", "#8000", NIGHT),
    ("盆踊りのボランティアの女性が、急に胸を押さえて倒れ、呼びかけに答えません", "119", DAY),
]
TOPIC = [
    ("秋祭りの日程を教えてください", "none"),
    ("祭りのボランティアに参加したいのですが、どこに申し込めばいいですか", "none"),
    ("祭りの屋台を出すには保健所の届け出が要りますか", "none"),
    ("夏祭りの救護所はどこにありますか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in SCENE] + TOPIC)


@pytest.mark.parametrize(("text", "number", "now"), SCENE)
def test_a_festival_told_as_the_scene_is_no_topic(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number"), TOPIC)
def test_the_festival_asked_about_stays_a_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
