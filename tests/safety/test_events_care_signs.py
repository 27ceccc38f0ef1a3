"""wide47b's missed emergencies (:mod:`safety.events_care_signs`), on tellings written for these tests in several
styles, not phrases of the set: a carer's message of taking the cared-for person along in death, an implanted
defibrillator firing again and again or with the wearer faint, a rock on a road with cars swerving, and care staff
hitting someone now. The same words without the danger are not: a news item, a question about the device, a pebble
or a rock asked about with no car swerving, a past event, a drama."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # 110: a carer's message of taking the cared-for person along in death
    ("介護に疲れた兄から「母さんを道連れにして死ぬ」ってメール、電話に出ない", "110"),
    ("いもうとから かいご もう むり ちちを みちづれに するって らいん きた", "110"),
    ("母と心中しますと書いた紙を残して姉がいなくなりました", "110"),
    ("嫁が、寝たきりの爺ちゃん道連れにして逝ぐって電話よこして、そのまま切れだ", "110"),
    # 119: an implanted defibrillator firing again and again, or with the wearer pale, faint or fallen
    ("父の胸の除細動器が何回も作動して、顔色が真っ青です", "119"),
    ("ICDが続けてバチッとなって、母がその場に倒れました", "119"),
    ("じょさいどうき はいってる ちちが さっきから 3かいも でんきが はしったって いって ぐったり", "119"),
    ("旦那の除細動器がドンと二回も鳴って、意識がもうろうとしてる", "119"),
    # 110: a rock on a road, cars swerving into the other lane or braking hard
    ("山道のカーブに大きな岩が転がってて、車が反対車線にはみ出してよけてる", "110"),
    ("国道の真ん中に石がごろっと落ちてて、さっきから車が急ブレーキかけてる", "110"),
    ("とうげの どうろに おおきい いしが おちてて くるまが はみだして よけてる", "110"),
    ("県道さでっけえ岩落ぢでで、車みんな対向車線さはみ出してっちゃ", "110"),
    # 110: care staff hitting a resident right now
    ("デイサービスの職員がおばあさんの頭を何度も叩いてる、今目の前で", "110"),
    ("老人ホームで職員さんがじいちゃんを殴ってる、まだやってる", "110"),
    ("しせつの へるぱーが いま おじいさんを たたいてる", "110"),
    ("施設のスタッフがばっちゃば今ひっぱだいでっぺした", "110"),
    # a stranger in the house told by someone who cannot hear: the police, not a person trapped (ひ of 人)
    ("夜中に目ぇ覚ましたら知らね男が台所さいる。耳聞こえねえがら打ってる", "110"),
    # a fall from a van lift in a wheelchair, then the head hit (頭ぶって) and vomiting: no overturned car
    ("デイの送迎車のリフトから車いすごと落ちて、頭ぶって何回も吐いてる", "119"),
]

NOT_THESE = [
    ("無理心中のニュースを見て、介護の相談窓口を調べています", "none"),
    ("ドラマで介護の末に母親を道連れにして死ぬ場面があった", "none"),
    ("除細動器が作動したらどうすればいいか、説明を聞きたいです", "none"),
    ("除細動器の定期検査はどこで受けられますか", "none"),
    ("ICDが入っている父は電気が走るのが怖いと言っています", "none"),
    ("道路に小石が落ちてますが、市に連絡したら片付けてもらえますか", "none"),
    ("道の真ん中に大きな石があります、どこに連絡すればいいですか", "none"),
    ("去年、施設の職員が入居者を叩いていたという事件がありました", "none"),
    ("車いすがひっくり返ってしまったけど、本人は無事で、修理はどこに頼めば", "none"),
    ("曲がったら道路に出るから気をつけて", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_care_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): someone seen through a door or a window lying on the floor, only a hand waving: cannot get up
# (119); a child or a baby at ease stays quiet.
ROUND51_FLOOR_AND_A_WAVING_HAND = [
    ('ヘルパーで来たら、窓越しにおじいさんが台所の床に倒れたまま手を振っています。鍵がかかってて入れません', '119'),
    ('ゆうびんやさんが まどから みたら おばあちゃんが ろうかに ねたまま てを ふってる って', '119'),
    ('新聞取りに行ったら隣のばあちゃん、玄関さ寝だまんま手ぇ振ってんだ、起ぎらんねえみてえ', '119'),
    ('孫が床に寝転んだまま手を振ってテレビを見ています', 'none'),
    ('赤ちゃんが畳に寝たまま手を上げて笑っています', 'none'),
]


def test_round51_floor_and_a_waving_hand_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_FLOOR_AND_A_WAVING_HAND)


@pytest.mark.parametrize(("text", "number"), ROUND51_FLOOR_AND_A_WAVING_HAND)
def test_round51_floor_and_a_waving_hand(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
