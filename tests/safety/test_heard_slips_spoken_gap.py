"""Rounds 33-35's slips (safety.heard_slips_spoken_gap.ROUND33_SLIPS ... ROUND35_SLIPS) in their frames: put back,
everyday words left alone, whole decisions they change (each decided otherwise without the round), and no typed text
read differently."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.heard import APPLIED_SLIPS, prepare, repair, slips_in
from safety.heard_slips_spoken_gap import ROUND33_SLIPS, ROUND34_SLIPS, ROUND35_SLIPS
from tests.safety.helpers import (
    DAY,
    NIGHT,
    assert_decides,
    assert_not_in_phrase_set,
    round_finds_its_frame,
    typed_texts_a_round_changes,
)

# Other wordings than the transcripts the slips were counted on.
PUT_BACK = [
    ("隣の家からけむりなでてる", "けむりがでて"),
    ("台所から煙なもくもく出ています", "煙がもくもく"),
    ("兄が倒れて、意識なありません", "意識がありません"),
    ("ノックしても返事なない", "返事がない"),
    ("子どもの咳な止まらない", "咳が止まらない"),
    ("昨日から下痢な続いています", "下痢が続いて"),
    ("払いって死ぬ、何か食べたい", "腹へって死ぬ"),
    ("公園の外頭がついたままです", "街灯が"),
    ("別れた元とから毎晩電話が来ます", "元夫から"),
    ("駅前で寄ったらいいな 大声で騒いでる", "酔っ払いが"),
    ("よったらいの車が蛇行してる", "酔っ払いの"),
    ("転んで顔がちだだけ", "血だらけ"),
    ("窓ガラスが割れるおとなして目が覚めた", "割れる音がして"),
    ("玄関で何かを叩くおとなしています", "叩く音がして"),
    ("男の人が数人に眺られてる", "殴られて"),
    ("川があふれそう、どこにひなすればいい", "どこに避難すれば"),
    ("娘がゲリ何回もしてる", "下痢何回も"),
    ("赤ちゃんがげりを3回しました", "下痢を3回"),
    ("音が山に出たまま帰ってこない", "夫が山に"),
    ("提防が切れそうです", "堤防が"),
    ("祖母が先週体員しました", "退院しました"),
    ("国道で楽層の車を見た", "逆走の車"),
    ("199番に電話したい", "119番"),
    ("警察官のなのる人から電話", "警察官をなのる"),
    ("ミバライの料金があるというメール", "未払いの"),
    ("緊張の人が毎日どなってくる", "近所の人"),
    ("無料の外のゲームで課金された", "無料のはずの"),
]

UNCHANGED = [
    "煙なんて出ていません",  # なん: no verb after the な
    "意識ない、救急車",  # ない whole after the noun
    "返事ないです",
    "下痢なし、熱もなし",
    "給料の支払いって何日ですか",  # no dying after it
    "寄ったらいいな、あのお店",  # no scene after it
    "うちだだけど",
    "おとなしい犬です",
    "大人しくしてて",
    "景色を眺めていた",
    "ひなまつりはどこですか",
    "ゲリラ豪雨が来そう",
    "音が大きすぎる",
    "ドンと音が鳴って倒れた",  # 音 not at a clause start
    "堤防の上を散歩した",
    "体育館の職員",
    "1199番地です",  # an address, not the number
    "試験で緊張の日々",
    "無料の外出支援",
]

# Whole messages the round changes (each decided otherwise with ROUND33_SLIPS emptied; 意識 heard with な and 堤防
# heard 提防 change transcripts of the set but no other wording tried, so they are tested as put back only; 逆走 heard
# 楽層 turns other wordings from an unsure 110 into a sure one, the same number; を名乗る heard のなのる decides the
# set's two transcripts, other wordings were already read as #9110).
DECISIONS = [
    ("石油ストーブの部屋からけむりなでて、母がせきこんで倒れた", "119", DAY),
    ("兄がトイレに入ったきり、ノックしても編じなありません", "119", DAY),
    ("4歳の娘がゲリな続いてて4回目です、元気はあります", "#8000", NIGHT),
    ("払いって死にそう、駅前の食堂って何時まで?", "none", DAY),
    ("近所の外頭が切れていて夜暗いので直してほしいです", "none", DAY),
    ("別れた元とからLINEが毎日来ます、どうしたらいいですか", "#9110", DAY),
    ("よったらいな道路で寝てて、車が避けてる", "110", DAY),
    ("弟が包丁で手を切って床がちだだけ", "119", DAY),
    ("夜中に窓ガラスが割れる大人いたしまして、誰かが入ってきたようです", "110", NIGHT),
    ("音が山に出たまま予定を5時間過ぎても戻らない、電話もつながらない", "110", DAY),
    ("祖母が今日体員しました。介護ベッドのレンタルについて教えてください", "none", DAY),
    ("腰が重くて痛いけど息は普通、199番するほどじゃないと思う", "#7119", DAY),
    ("緊張の人に毎晩家の前でゴミを撒かれています。どこに相談すれば", "#9110", DAY),
    ("みばらいの料金があるというハガキが届きました", "188", DAY),
    ("無料の外のアプリで毎月お金を取られてた、やめ方がわからん", "188", DAY),
]

EARLIER = tuple(slip for slip in APPLIED_SLIPS if slip not in ROUND33_SLIPS + ROUND34_SLIPS + ROUND35_SLIPS)


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert not round_finds_its_frame(text, ROUND33_SLIPS, earlier=EARLIER), text


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), DECISIONS)
def test_a_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


def test_the_round_changes_no_typed_text() -> None:
    """No slip of the round finds its frame in a typed text of the phrase set, the training set or the check-in
    answers, read as the earlier rounds leave it: a typed message reads as before."""
    assert typed_texts_a_round_changes(ROUND33_SLIPS, earlier=EARLIER) == []


# Round 34 (blind35's spoken-only errors): 頭が heard とおが, 石油ストーブ heard セキューストーブ, 吐いて heard
# 入って after a pain said - put back in their frames, and the round changes no typed text.
ROUND34_PUT_BACK = [
    ("家族みんなとおがいたいと言ってます", "頭がいたい"),
    ("セキューストーブをつけた部屋で", "石油すとーぶ"),
    ("頭が痛いといって入っております", "といって吐いております"),
]


@pytest.mark.parametrize(("heard", "expected"), ROUND34_PUT_BACK)
def test_round34_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)


@pytest.mark.parametrize("text", ["ひびが入っております", "宅配ですと言って入ってきた", "遠くの山"])
def test_round34_leaves_the_everyday_word_alone(text: str) -> None:
    assert not any(pattern.search(prepare(text)) for _, pattern, _ in ROUND34_SLIPS), text


def test_round34_changes_no_typed_text() -> None:
    assert typed_texts_a_round_changes(ROUND34_SLIPS, earlier=EARLIER + ROUND33_SLIPS) == []


def test_round34_transcript_gets_its_line() -> None:
    assert_decides("セキューストーブをつけておりましたら、家族がみなとおがいたいといって入っております",
                   "119", now=DAY)


# Round 35 (blind36's spoken-only errors and compounds of the whole file heard as no word; each kind in transcripts of
# at least three splits): other wordings than the transcripts they were counted on.
ROUND35_PUT_BACK = [
    ("腕に赤い物物が出てきた", "赤いぶつぶつが"),
    ("階段で生き切れがする", "息切れが"),
    ("かゆいけど生きは普通です", "息は普通"),
    ("生きが苦しいと言っています", "息が苦しい"),
    ("様子が変で生きの仕方もおかしい", "息の仕方"),
    ("ノコギリで指を切って、しがとまりません", "血がとまりません"),
    ("ゆすっても置きない", "起きない"),
    ("呼んでも置きなえ", "起きなえ"),
    ("分かれた元々から毎晩電話が来ます", "元夫から"),
    ("知らない人から手紙なポストに入ってる", "手紙がぽすとに"),
    ("音が畑さ出たきり戻らない", "夫が畑さ"),
    ("かまさ孫が落ぢだ", "川さ孫が"),
    ("急急車を呼んで", "救急車を"),
    ("父が濃厚速で入院しました", "脳梗塞で"),
    ("中車場で車に当てられた", "駐車場で"),
    ("ウモーブトンを買わされた", "羽毛布団を"),
    ("アプリで駆近された", "課金された"),
    ("うかつ中に倒れた", "部活中に"),
    ("防インサ行ったほうがいい", "病院さ"),
]

ROUND35_UNCHANGED = [
    "物々交換の会",  # 物々 is NFKC-kept, and 物物交換 stays
    "生き生きしている",
    "生きがいを見つけたい",
    "しが止まりました",  # no clause start
    "鍵をここに置きなさい",
    "元々から住んでいる家",  # no 別れた before it
    "手紙なんて来ていません",
    "手紙なら届いています",
    "音がして目が覚めた",
    "ドアの音が戻ってこないうちに",  # not at a clause start
    "かまされた",
    "かまさないで",
    "うかつでした",
    "ぼういんしき",
]


@pytest.mark.parametrize(("heard", "expected"), ROUND35_PUT_BACK)
def test_round35_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)


@pytest.mark.parametrize("text", ROUND35_UNCHANGED)
def test_round35_leaves_the_everyday_word_alone(text: str) -> None:
    assert not round_finds_its_frame(text, ROUND35_SLIPS, earlier=EARLIER + ROUND33_SLIPS + ROUND34_SLIPS), text


def test_round35_changes_no_typed_text() -> None:
    assert typed_texts_a_round_changes(ROUND35_SLIPS, earlier=EARLIER + ROUND33_SLIPS + ROUND34_SLIPS) == []


def test_mail_heard_with_the_nasal_is_no_vomiting() -> None:
    """手紙が heard 手紙な keeps round 17's mail guard: letters came in, nobody vomited."""
    assert "吐い" not in repair("郵便受けに手紙な何度も入っておりまして気味が悪い")


# Whole messages the round changes (each decided otherwise with ROUND35_SLIPS emptied).
ROUND35_DECISIONS = [
    ("弟が包丁で手を深く切って、しが止まりません", "119"),
    ("ノコギリで指を切って、しがとまりません", "119"),
    ("分かれた元々から毎晩電話が来ます、家の周りでも見かけるので相談したい", "#9110"),
    ("ゲームで勝手に駆近されてた、開約したい", "188"),
]


def test_round35_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND35_DECISIONS)


@pytest.mark.parametrize(("text", "number"), ROUND35_DECISIONS)
def test_round35_transcript_gets_its_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
