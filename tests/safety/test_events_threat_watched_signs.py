"""A written threat to burn or harm found just now while its senders watch the house
(:mod:`safety.events_threat_watched_signs`; round 49, wide51's loan shark's note and the black car), on tellings
written for these tests in several styles, not phrases of the set (110). A drama, a letter of last week asked about
and a bonfire lit while a neighbour looks on stay off the emergency line."""

from __future__ import annotations

import pytest

from safety.events_threat_watched_signs import threat_watched_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: a written threat and someone watching the house now
    ("玄関に「家に火をつけるぞ」と張り紙がされていて、向かいの車の中から男がずっとこっちを見張っています", "110"),
    ("いま げんかんに ころすぞ と かいた かみが はって あって、そとで しらない おとこが うちを みて います", "110"),
    ("郵便受けさ「家さ火ぃつけっから」って手紙入ってだ。道の向がいさ車止まって、男がこっち見でんのっしゃ", "110"),
    ("ドアに『燃やしてやる』って書いた紙貼られてて、外の車から知らん奴らがずっとこっち見てる", "110"),
    # not these: a drama, a letter of last week asked about, a bonfire
    ("ドラマで「今夜火をつける」と脅された主人公の家を男たちが見張っていた", "none"),
    ("先週「家を燃やす」と書いた手紙が届いたのですが、どこに相談すればいいですか", "#9110"),
    ("隣の人がこっちを見てくる。焚き火に火をつけるのは何時からならいいですか", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_rule_needs_the_threat_written() -> None:
    (threat,) = threat_watched_sign_rules()
    note = views("今夜火をつけると書いた紙が入っていて、男がこっちを見ています").joined
    bonfire = views("男がこっちを見ています。焚き火に火をつけるのはいつならいいですか").joined
    assert threat.pattern.search(note) is not None
    assert threat.needs is not None and threat.needs.search(note) is not None
    assert threat.pattern.search(bonfire) is not None  # a fire lit and someone looking ...
    assert threat.needs.search(bonfire) is None  # ... with no note found
