"""Round 37's slips (safety.heard_slips_spoken_gap.ROUND37_SLIPS, blind38's spoken-only errors) in their frames: put
back in other wordings than the transcripts they were counted on, everyday words left alone, whole decisions they
change (each decided otherwise with the round emptied), and no typed text read differently."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.assess import assess
from safety.heard import APPLIED_SLIPS, repair, slips_in
from safety.heard_slips_spoken_gap import ROUND37_SLIPS
from tests.safety.helpers import (
    assert_decides,
    assert_not_in_phrase_set,
    round_finds_its_frame,
    typed_texts_a_round_changes,
)

AFTERNOON = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
NIGHT = datetime(2026, 7, 15, 21, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

EARLIER = tuple(slip for slip in APPLIED_SLIPS if slip not in ROUND37_SLIPS)

PUT_BACK = [
    ("じいちゃんが屋根がら落ちじで、動がねえ", "落ぢで"),
    ("犬が川さおちじだ", "落ぢだ"),
    ("婆ちゃんが沢さ落ち事で、足折れだみてえだ", "落ぢで"),
    ("孫が用水路さを知事で、浮いでこねえ", "用水路さ落ぢで"),
    ("川さ孫なお知事だ", "孫な落ぢだ"),
    ("鳴瀬川が判断しそうだけど、どこさ逃げればいいの", "鳴瀬川が氾濫しそう"),
    ("近くの川が判断危険水位を超えた", "川が氾濫危険"),
    ("かわの判断けいかいれべるはどこで見れますか", "かわの氾濫けいかい"),
    ("息子の話が止まらない、10分押さえてる", "鼻血が止まらない"),
    ("娘の話とまらなくて、ずっと押さえてます", "鼻血とまらなく"),
    ("知らない業者に屋根見てもらって、その日に反抗をしてしまった", "判子を押してしまった"),
    ("浄水器の訪問販売が来て、父が反抗しちゃった", "判子を押しちゃった"),
    ("女節者はいつ来ますか", "除雪車は"),
    ("女節車が来ない", "除雪車が"),
    ("雪で道路が凍っている、女性者はいつ来ますか", "除雪車は"),
    ("乾吹金があるって電話があった", "還付金が"),
    ("医療費の幹部金があるからATMへ", "還付金が"),
    ("たいふが来てるけど大丈夫かな", "台風が来てる"),
    ("たいふをくるって言うげっと", "台風がくる"),
    ("鎌で足切って、ちいとまんねえ", "血とまんねえ"),
    ("転んで鼻からち出てる", "鼻から血出てる"),
    ("頭がらちでってる", "頭がら血でって"),
    ("大雨形法が出てるけど避難所どこ", "大雨警報が"),
    ("津波けい方が出たら", "津波警報が"),
    ("知らない人から10所さらすぞってDMが来た", "住所さらすぞ"),
    ("男が内部みたいなのを出して振り回してる", "ないふみたいなの"),
    ("内部のようなもの持って叫んでる", "ないふのようなもの"),
]

UNCHANGED = [
    "川に落ちて",  # 落ち with no じ/事 after it
    "落ち着いて",
    "県知事だった人",  # no さ/な before it
    "みんなで知事を選ぶ",
    "上司の判断しだい",  # no river before it
    "川の判断材料",  # no verb or warning after it
    "子どもの話が止まらない",  # no minutes or pressing after it
    "おしゃべりな子の話が止まらなくて楽しい",
    "息子が反抗してしまって困る",  # no trade before it
    "反抗期の娘",
    "女性社員の制服",
    "女性車両に乗った",
    "幹部会で決めた",
    "幹部金融部",
    "たいふう",
    "たいふうがくる",
    "ちいと待ってて",
    "うちいとこが来る",
    "頭からちゃんと洗う",
    "10か所の避難所",
    "110所",
    "内部の人に聞いた",
    "内部みたいな構造",
]

# Whole messages the round changes (each decided otherwise with ROUND37_SLIPS emptied).
DECISIONS = [
    ("息子の話が止まらない、10分押さえてる", "#8000", NIGHT),
    ("娘の話が止まらなくて、もう十五分たちます", "#8000", NIGHT),
    ("雪で道路が凍っている、女性者はいつ来ますか", "none", AFTERNOON),
    ("かわの判断きけん水位ってどこで見れますか", "disaster", AFTERNOON),
    ("バイト帰りに橋渡るんだけど、たいふが来てるし大丈夫かな", "disaster", AFTERNOON),
    ("鳴子に大雪形法が出ていますが、バスは運行しますか", "disaster", AFTERNOON),
    ("知らない業者に屋根見てもらって、その日に反抗をしてしまった", "188", AFTERNOON),
    ("医療費の幹部金があるからATMに行ってくださいと電話がありました", "#9110", AFTERNOON),
    ("耳からち出てるし吐いてる", "119", AFTERNOON),
]

# Messages whose line stays but becomes sure (unsure with the round emptied).
MADE_SURE = [
    "孫が川さを知事だ",
    "じいちゃん脛切って、ちいとまんねえのっしゃ",
    "転んで口からち出てる",
]


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert not round_finds_its_frame(text, ROUND37_SLIPS, earlier=EARLIER), text


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in DECISIONS] + [(text, "") for text in MADE_SURE])


@pytest.mark.parametrize(("text", "number", "now"), DECISIONS)
def test_a_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize("text", MADE_SURE)
def test_a_transcript_is_read_sure(text: str) -> None:
    decision = assess(text, now=AFTERNOON, channel="voice")
    assert decision.number == "119" and decision.certainty == "sure", decision


def test_an_address_heard_as_a_number_is_no_will() -> None:
    """住所 heard 10所 read 住所書いたら as a will written (110); put back, a sales call is no emergency."""
    assert not assess("アンケートに10所書いたら、毎日勧誘の電話が来る", now=AFTERNOON, channel="voice").is_emergency


def test_the_round_changes_no_typed_text() -> None:
    """No slip of the round finds its frame in a typed text of the phrase set, the training set or the check-in
    answers, read as the earlier rounds leave it: a typed message reads as before."""
    assert typed_texts_a_round_changes(ROUND37_SLIPS, earlier=EARLIER) == []
