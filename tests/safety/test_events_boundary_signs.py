"""The lines read broadly (:mod:`safety.events_boundary_signs`), on wordings not in the set: each kind in other
words, and the same words on the other side of its boundary."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # asking whether to take it to the police: #9110; lost property handed in is not a matter of one's own, and a
    # break-in told as happening now stays 110
    ("元同僚から何度もメッセージが来て怖い。警察に言った方がいいのかな", "#9110"),
    ("同じ人に帰り道で何回も声をかけられる。交番に相談してもいいものでしょうか", "#9110"),
    ("拾った鍵を交番に届けたほうがいいですか", "none"),
    ("今、知らない男が玄関のドアを壊そうとしてる、警察に通報すべき？", "110"),
    # an uneasy sense of being watched or meddled with: #9110; a film that is eerie is no matter
    ("ここ数日、郵便受けの中身が何度も動かされていて気味が悪い", "#9110"),
    ("昨日見たホラー映画が不気味だった", "none"),
    # money going out or goods arriving that nobody agreed to: 188; a newsletter or a letter every month is not
    ("祖父の口座から毎月知らない会社の会費が引き落とされている", "188"),
    ("いつの間にか有料の会員に登録されていた、解約したい", "188"),
    ("毎月、市報が届くのを楽しみにしています", "none"),
    ("毎月、娘から手紙が届く", "none"),
    # money paid that does not come back, or a seller who cannot be reached: 188
    ("ネットで注文して代金を払ったのに、お店と連絡がとれない", "188"),
    ("エステの回数券を前払いしたのに店が閉まってお金が戻ってこない", "188"),
    # a baby unsettled by day: the daytime child line (#7119); limp with blue lips stays 119
    ("生後3か月の息子が朝からミルクをあまり飲まない", "#7119"),
    ("赤ちゃんがぐったりして唇が紫色", "119"),
    ("赤ちゃんに靴下をはいて出かけた", "none"),  # はいて is also "wearing"
]
NIGHT_CASES = [
    # ... and at night the child's night line (#8000)
    ("赤ちゃんがいつもと違う泣き方でずっとぐずってる", "#8000"),
    ("生後2か月の子が夕方からおっぱいを飲まなくて機嫌が悪い", "#8000"),
    ("あかちゃんが ミルクのあと ぜんぶ はいちゃった", "#8000"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NIGHT_CASES)


@pytest.mark.parametrize(("text", "number"), DAY_CASES)
def test_the_lines_read_broadly_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NIGHT_CASES)
def test_a_baby_unsettled_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("元同僚から何度もメッセージが来て怖い。警察に言った方がいいのかな", "police_weighed"),
        ("ここ数日、郵便受けの中身が何度も動かされていて気味が悪い", "uneasy"),
        ("祖父の口座から毎月知らない会社の会費が引き落とされている", "unagreed_charge"),
        ("エステの回数券を前払いしたのに店が閉まってお金が戻ってこない", "paid_not_back"),
        ("生後2か月の子が夕方からおっぱいを飲まなくて機嫌が悪い", "infant_unsettled"),
    ],
)
def test_each_kind_is_read_by_its_rule(text: str, event: str) -> None:
    assert event in find(views(text)).events


@pytest.mark.parametrize(
    "text",
    [
        "毎月、娘から手紙が届く",  # a card in kana (かーど) devoiced is かと: no trade word in 手紙が届く
        "拾った鍵を交番に届けたほうがいいですか",
        "子猫の赤ちゃんがミルクを飲まない",
        "裏山からゴーッと地鳴りのような音がして気味が悪い",  # nature is no watcher
    ],
)
def test_the_other_side_is_not_read(text: str) -> None:
    events = find(views(text)).events
    assert not {"police_weighed", "uneasy", "unagreed_charge", "infant_unsettled"} & set(events), events


# Round 34 (blind35 read): a loan signed for a purchase is 188 (a home loan asked about is not); the same おばさん.
BLIND35_EVENTS_BOUNDARY_SIGNS = [
    ('勧められるままエステのローンを組んでしまった、解約したい', '188'),
    ('住宅ローンを組む予定ですが、市の補助はありますか', 'none'),
    ('いつも同じおばさんに家の前で待たれてて怖い', '#9110'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_EVENTS_BOUNDARY_SIGNS)


@pytest.mark.parametrize(("text", "number"), BLIND35_EVENTS_BOUNDARY_SIGNS)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): an unknown charge by debit (引き落とし: 38 other writers, all 188) and a booking paid
# for that is not there (paid and nothing delivered: 14 other writers, all 188).
ROUND37_BOUNDARY = [
    ("見覚えのない浄水器が置いてあって、毎月の引き落としが始まった", "188", "unagreed_charge"),
    ("ホテルの予約サイトで先払いしたのに、ホテルに聞いたら予約が入ってないって", "188", "paid_not_back"),
]


def test_round37_boundary_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND37_BOUNDARY])


@pytest.mark.parametrize(("text", "number", "event"), ROUND37_BOUNDARY)
def test_round37_a_debit_and_a_booking_not_there(text: str, number: str, event: str) -> None:
    assert event in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 42 (kinds41, helper A64): a hazard a visitor claims to sell a repair (このままだと…, 直さないとだめ) is 188;
# a doctor's word is no sale.
CLAIMED_HAZARD_CASES = [
    ("水道屋だという人が来て、このままだと水漏れして床が抜けると言って二十万円の工事を勧めてきました", "188"),
    ("業者が来て、給湯器このままじゃ火事になるって。今日なら安くするって言われた", "188"),
    ("しらない おじさんが きて、えんとつ なおさないと あぶないって いってた", "188"),
    ("点検の人が来て、このままだば屋根落ぢるって言うんだっちゃ", "188"),
]


def test_claimed_hazard_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CLAIMED_HAZARD_CASES)


@pytest.mark.parametrize(("text", "number"), CLAIMED_HAZARD_CASES)
def test_a_hazard_claimed_by_a_visitor_is_188(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_doctors_warning_is_no_claimed_hazard() -> None:
    text = "往診に来た先生に、このままだと入院になると言われました"
    assert "claimed_hazard" not in find(views(text)).events


# Round 44 (blind45b: 夜中に赤ちゃんが泣き止まなくて、私の方が参ってしまいました。子育ての相談窓口は): the carer worn
# out by a baby's crying is about the carer (none); with a fever or vomiting it is still the baby's line (#8000).
ROUND44_CARER_WORN_OUT = [
    ("毎晩赤ちゃんが泣き止まなくて、こっちが限界です。育児の相談ってどこでできますか", "none"),
    ("あかちゃん なきやまない わたしのほうが まいってる そうだん できるとこ ある？", "none"),
    ("生後2か月の娘がぐずってばかりで、私が寝不足でおかしくなりそうです。子育て支援の窓口を教えてください", "none"),
    ("赤ちゃんが泣き止まなくて私も限界、熱が38度あるんです", "#8000"),
    ("夜中に赤ちゃんが泣き止まない、何度も吐いてる", "#8000"),
]


def test_round44_carer_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_CARER_WORN_OUT)


@pytest.mark.parametrize(("text", "number"), ROUND44_CARER_WORN_OUT)
def test_round44_a_carer_worn_out_is_about_the_carer(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
