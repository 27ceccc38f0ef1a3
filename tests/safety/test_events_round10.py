"""Round 10 (from `blind9`): the new event classes and guards, on phrasings that are not in the phrase set."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.assess import assess
from safety.evaluate import load_phrases, predicted_number

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
NIGHT = datetime(2026, 7, 15, 22, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
SET_TEXTS = {p.text for p in load_phrases()}

CASES = [
    # 119: scalds by blistering or area, crushing chest pain, choking while eating, a glow of fire
    ("息子が味噌汁をひっくり返して熱湯をかぶった、腕が水ぶくれ", "119"),
    ("やけどで背中一面が赤くただれている", "119"),
    ("父が急に胸を押しつぶされるような痛みがあると言っている", "119"),
    ("祖父がお餅を食べている最中に喉を押さえて苦しそう", "119"),
    ("隣の家の窓がオレンジにちらちら光ってる", "119"),
    # 110: a wish to die and walking off, missing-person forms, money collected at the door now
    ("彼氏が消えたいって言って海の方へ歩いていった", "110"),
    ("探しても母がどこにもいない", "110"),
    ("夫がどこに行ったかわからない", "110"),
    ("じっちゃ、朝がらいねえ", "110"),
    ("娘がお祭りの人混みでいなくなった", "110"),
    ("今から銀行の人がお金を取りに来るらしい", "110"),
    # police consultation: threats, repeated contact, "your account was used in a crime"
    ("電話で家に行くぞって脅された", "#9110"),
    ("元同僚から毎日何度も電話がくる", "#9110"),
    ("あなたのカードが犯罪に利用されていると電話があった", "#9110"),
    # consumer trouble
    ("返金に応じてもらえない", "188"),
    ("ジムが倒産して前払いのお金が返ってこない", "188"),
    ("頼んでいない商品が届いて請求書も入っていた", "188"),
    # symptoms: eyes, pain getting worse, a body hot to the touch at night
    ("子どもの目が真っ赤で目やにがひどい", "#7119"),
    ("だんだん膝が痛くなってきた", "#7119"),
    ("腰がいたぐなった", "#7119"),
    # disaster signs
    ("川の水が道路にあふれてきた", "disaster"),
    ("裏山から小石が転がってくる", "disaster"),
    ("海の方から人が逃げてくる", "disaster"),
    # not events: feelings, things, fiction-like hyperbole, topics, money returning, homophones
    ("胸が締め付けられる思いです", "none"),
    ("夕焼けで窓が真っ赤に光ってる", "none"),
    ("花火がぱちぱちはじける音がきれい", "none"),
    ("やる気がめらめら", "none"),
    ("日焼けで背中全部が赤い", "none"),
    ("会いたくなった", "none"),
    ("水道管が破裂して道路に水があふれてる", "none"),
    ("裏山で子どもが転がって遊んでる", "none"),
    ("仕事が忙しすぎて死にそう、あははは", "none"),
    ("火災警報器の電池交換はどうやるの", "none"),
    ("救急車は有料ですか", "none"),
    ("息子が見つかったと連絡がありました", "none"),
    ("財布がどこに行ったかわからない", "none"),
    ("夫は出張で朝からいないので、私が行きます", "none"),
    ("母に毎日何度も電話している", "none"),
    ("はいしゃの手続きをしたい", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert not SET_TEXTS & {text for text, _ in CASES}


@pytest.mark.parametrize(("text", "number"), CASES)
def test_round_ten_classes_and_guards(text: str, number: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    assert predicted_number(decision) == number
    assert decision.is_emergency == (number in {"119", "110"})


def test_a_child_hot_to_the_touch_at_night_goes_to_8000() -> None:
    assert assess("夜中に赤ちゃんの体がすごく熱い", now=NIGHT, channel="chat").number == "#8000"


def test_now_is_not_now_when_the_person_is_gone() -> None:
    decision = assess("知らない人にずっと後をつけられている気がする、今はいないけど", now=DAY, channel="chat")
    assert predicted_number(decision) == "#9110"
