"""Round 45 (:mod:`safety.vocabulary_things`, :mod:`safety.vocabulary`, :mod:`safety.rule`): wide47's false alarms
of things and animals, on tellings written for these tests, not phrases of the set - a snowman fallen over, a phone
dropped in water that "does not breathe", autumn leaves likened to a fire, swans or geese lying dead or still, a
hamlet cut off by snow (the disaster page). A person
named as the subject beside the same words keeps the alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # a snowman fallen over
    ("ゆきだるまが とけて たおれちゃった あたらしく つくれる ばしょ ありますか", "none"),
    ("玄関前の雪だるま、風で倒れて首取れた笑 かまくら作れる所ある?", "none"),
    ("孫と作った雪だるまが倒れてしまいました。雪遊びのできる公園を教えてください", "none"),
    ("雪だるまを作っていたら父が倒れて動かない", "119"),
    # a phone or a device dropped in water
    ("携帯をトイレに落として、電源入れても反応がない。修理はどこで", "none"),
    ("iPhone水没させた、息してない、データ救える店ある?", "none"),
    ("スマホを洗濯機に入れて回しちゃった。画面真っ暗で反応なし、修理屋さん知りませんか", "none"),
    ("スマホを風呂に落として拾いに行ったら、父が湯船で息してない", "119"),
    # autumn leaves likened to a fire
    ("栗駒山の紅葉、山が燃えてるみたいって聞いたけど、今度の日曜も見頃?", "none"),
    ("もみじが燃えるように赤いって評判の公園はどこですか", "none"),
    ("紅葉狩りに来たら向かいの山が燃えてる!煙が上がってる", "119"),
    # swans or geese lying dead or still
    ("白鳥が一羽、田んぼで倒れて動かない。どこに連絡すれば", "none"),
    ("雁が三羽死んでいます。鳥インフルエンザかもしれません。連絡先を教えてください", "none"),
    ("田んぼで鳥が5羽死んでます、鳥インフルかも、連絡先は", "none"),
    ("白鳥を見に行ったら、母が沼のほとりで倒れて動かない", "119"),
    # a hamlet cut off by snow: the disaster page, not a rescue; a person down there still is one
    ("大雪で集落から出られなくなりました。灯油が心配です。避難所は開いていますか", "disaster"),
    ("ゆきで ちくから でられない ひなんじょ ありますか", "disaster"),
    ("ゆきで むらから でられない ひとが たおれて うごかない", "119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_things_and_animals_are_no_persons_emergency(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
