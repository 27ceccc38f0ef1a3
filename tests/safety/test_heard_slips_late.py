"""Rounds 28, 29, 31 and 32's slips (safety.heard_slips_late.ROUND28_SLIPS ... ROUND32_SLIPS) in their
frames: put back, everyday words left alone, whole decisions they change (each decided otherwise without the slip),
and no typed text read differently."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.heard import prepare, repair, slips_in
from safety.heard_slips import ROUND26_SLIPS, ROUND27_SLIPS, SLIPS
from safety.heard_slips_late import ROUND28_SLIPS, ROUND29_SLIPS, ROUND31_SLIPS, ROUND32_SLIPS
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set, typed_texts_a_round_changes

# Other wordings than the transcripts the slips were counted on.
ROUND28_PUT_BACK = [
    ("友達が熱衝症っぽい", "熱中症っぽい"),
    ("祖父が熱衆症で倒れた", "熱中症で倒れ"),
    ("弟が熱衆症かも", "熱中症かも"),
    ("父の結末が190あります", "血圧が190"),
    ("結末は200を超えた", "血圧は200"),
    ("店に内部持った男がいる", "ないふ持った"),
    ("男が内部振り回してる", "ないふ振り回"),
    ("銀行の人がかちかーどを預かるって", "きゃっしゅかーどを"),
    ("子どもが勝手に関係してた", "勝手に課金して"),
    ("地震で怖い、開んじょはどこ?", "避難所は"),
    ("犬も開んじゃいけますか", "避難所いけ"),
    ("用水度があふれそう", "用水路が"),
    ("事故で出結してる", "出血して"),
    ("究極書をお願いします", "救急車を"),
    ("仮裁法地規が鳴ってる", "火災報知器が"),
    ("仮裁法時期の電池", "火災報知器の"),
    ("今夜中心した方がいい?", "受診した方"),
    ("公民館の対策教室に通う", "体操教室に"),
]

ROUND28_UNCHANGED = [
    "熱中症対策の講座はありますか",
    "熱衆症ならないようにしたい",  # told as a worry, not as now
    "映画の結末が気になる",
    "2歳の結末39度の熱",  # 娘が heard 結末: a temperature, not a reading
    "結末は100%ハッピーエンド",
    "結末は百パーセント予想外",
    "内部の人に聞いた",
    "パソコンの内部を見せてもらった",
    "内部持ち込み禁止",
    "カードを作った",
    "近所との関係しだい",
    "勝手に関係ないと言われた",
    "仕事に関係して忙しい",
    "開んじゃった",
    "用水路の掃除",
    "温度が上がった",
    "出発が遅れた",
    "結果が出た",
    "究極の選択",
    "教科書を忘れた",
    "仮に決めた",
    "火災報知器の点検",
    "町の中心にした方が便利",  # に: the middle of town
    "中心した",
    "防犯対策教室に参加した",  # a real class, after a kanji
    "熱中症 対策教室",
]


# Whole messages the slip changes (checked: each is decided otherwise with ROUND28_SLIPS emptied). キャッシュカード
# heard かちかーど and 用水路 heard 用水度 have none: the other wordings tried were decided the same without them.
ROUND28_DECISIONS = [
    ("後輩が熱衝症っぽくて、ぼーっとしてる", "119", DAY),
    ("後輩が倉庫で熱衆症っぽくて、話しかけても変なことを言う", "119", DAY),
    ("弟が熱衆症かも、ふらふらで話が通じない", "119", DAY),
    ("祖母の結末が190あります。頭が少し重いと申しております", "#7119", NIGHT),
    ("警察ですか、店の前に内部持った男がいます", "110", DAY),
    ("息子がゲームで勝手に関係してしまった、2万円返してほしい", "188", DAY),
    ("娘がゲームで勝手に関係して3万円、返金ってできる?", "188", DAY),
    ("地震で壁にひびが入った、開んじょって開いてる?", "disaster", DAY),
    ("ペットも一緒に開んじゃいけますか", "disaster", DAY),
    ("妊娠7ヶ月ですがお腹が急に硬くなって出結が止まりません", "119", DAY),
    ("職員さんが背中を叩いています。究極書を呼んでください", "119", DAY),
    ("隣の家から煙が出てる、仮裁法地規も鳴ってる", "119", DAY),
    ("昨日からお腹を下していて、今中心したほうがいいでしょうか", "#7119", NIGHT),
    ("公民間の対策教室で参加者が倒れて、けいれんしてます", "119", DAY),
]


ROUND29_PUT_BACK = [
    ("包丁で切った。違う止まらない", "血が止まらない"),
    ("違う止まんねえ", "血が止まんねえ"),
    ("生御3ヶ月の子", "生後3"),
    ("男が子どもを眺ってる", "殴ってる"),
    ("二人で眺ったり蹴ったり", "殴ったり"),
    ("反忍が逃げた", "犯人が"),
    ("火事だ、消防者呼んで", "消防車呼んで"),
    ("消防者をよこして", "消防車を"),
    ("浮きまだけ見える", "浮き輪だけ"),
    ("浮きはだけ流れてきた", "浮き輪だけ"),
    ("車が探望に落ちた", "田んぼに"),
    ("修理代成就されました", "代請求され"),
    ("サイトの成就な3万円", "の請求な3"),
    ("金序の人", "近所の"),
    ("金庁のおじさん", "近所の"),
    ("右の湧きばらが痛い", "脇腹が"),
    ("おでこに小部ができた", "こぶができ"),
    ("単構部できた", "たんこぶ"),
    ("地値から電話が来ない", "父から"),
    ("煙でかさいほうを敷きなった", "火災報知器な"),
    ("下さいほうをちきなっちゃった", "火災報知器な"),
    ("くまいでだって聞いた", "熊出だって"),
    ("この布団は変頻できますか", "返品でき"),
    ("いろひの返金がある", "医療費の"),
    ("今夜やってるごいんはありますか", "病院は"),
    ("けさごいんで診てもらった", "病院で"),
    ("一人暮らしで進階です", "心配です"),
    ("水が増えてる気がしたほうがいい?", "避難したほうがいい"),
    ("家が傾いた気がしたい", "避難したい"),
    ("ぶっすり寝ていた", "ぐっすり寝"),
    ("ぶっすり眠ってる", "ぐっすり眠"),
    ("3つもりと違う金額", "見積もりと"),
    ("三つもりの倍の請求", "見積もりの"),
]

ROUND29_UNCHANGED = [
    "それは違う、止まって",  # a pause: not one word run into the next
    "違う止まり方をする電車",
    "道が違う止まりませんか",  # after が, not at a clause start
    "生御膳をいただいた",
    "景色を眺めてる",
    "眺望がいい部屋",
    "反対した",
    "忍者の映画",
    "火事です、消防者お願いします",  # typed so in the phrase set: left as it is
    "消防者の絵を描いた",
    "釣りの浮きはだけど高い",
    "浮きました",
    "浮きまくってる",
    "探望する",
    "大願成就",
    "恋愛成就された",
    "夢の成就を願う",
    "願いの成就が近い",
    "金融庁に相談した",
    "金曜の序盤",
    "湧き水を汲んだ",
    "小部数の本",  # not a lump
    "小部屋ができた",
    "地価が上がった",
    "かさいほうがいい",  # not an alarm
    "ください、ほうをしきりに",
    "くまいでだ",
    "いくまいでだって",
    "変化した",
    "いろいろの話",
    "すごいのを見た",  # す before ごいの
    "ボタン電池のごいんで受診",  # 誤飲 after の
    "子どもがごいんしないように",
    "進学した",
    "そんな気がしたい",  # な before 気が
    "元気がしたい",
    "いい気がした",
    "気がしたら教えて",
    "とげがぶっすり刺さった",  # a stab, not sleep
    "3つも持ってる",
    "三つ森がある",
    "3つもりだくさん",
]


# Whole messages the slip changes (checked: each is decided otherwise with ROUND29_SLIPS emptied). 田んぼ heard 探望,
# 火災報知器 heard かさいほうを敷き, 返品 heard 変頻 and 医療費 heard いろひ have none: the other wordings tried were
# decided the same without them.
ROUND29_DECISIONS = [
    ("包丁で指を深く切った、違う止まらない", "119", DAY),
    ("転んで頭切った、違う止まんねえ", "119", DAY),
    ("生御5ヶ月の娘がいつもと違う泣き方で泣き止みません", "#8000", NIGHT),
    ("駅の裏で大学生くらいのグループが一人を囲んで眺ってる", "110", DAY),
    ("公園で中学生くらいの集団がひとりを囲んで眺ってる", "110", DAY),
    ("反忍がまだ家の近くにいる気がする、怖い", "110", DAY),
    ("ブーシャカラヒーデダ、消防者来てけさい", "119", DAY),
    ("プールで娘の姿がなくて浮きはだけ浮いてる", "119", DAY),
    ("退去で敷金が戻らなくて高額なクリーニング大成就されてます", "188", DAY),
    ("賃貸を出たら高額なハウスクリーニング代成就されてます", "188", DAY),
    ("金庁のジーチャン、フラフラ踏切の方に歩いてって、見失った", "110", DAY),
    ("地値が山に行ったきり戻らない、電話もつながらない", "110", DAY),
    ("くまいでだって聞いだけど、どこらへんだべ、きのこ採りさ行ぎでえんだ", "none", DAY),
    ("くまいでだって聞いたけど、もう猟友会が追っ払ったって", "none", DAY),
    ("4歳の子が転んでおでこを打ちました。元気ですが、夜になって小部が大きくなってきました", "#8000", NIGHT),
    ("子供が椅子から落ちて泣いた後元気だけど単構部できた大丈夫かな", "#8000", NIGHT),
    ("家内が昨晩から左の湧きばらがしくしく痛むと申しまして、熱はないのですが、夜中に開いているところに連れていくべきか",
     "#7119", NIGHT),
    ("主人が夕食のあとからみぞおちが痛いと申しております。歩けますが、今夜開いているごいのを教えてください",
     "#7119", NIGHT),
    ("見慣れない車が家の向かいに止まっていて、出かけるとついてくる気がします。一人暮らしなもので、進階でございます",
     "#9110", DAY),
    ("川の水が堤防のすぐ下まで来てて、気がしたほうがいいですか", "disaster", DAY),
    ("母が朝なかなか起きてこないので見に行ったら、ぶっすり寝ていました", "none", DAY),
    ("夫が昼になっても起きてこないので部屋を覗いたら、ぶっすり眠っていました", "none", DAY),
    ("屋根の修理頼んだら3つもりと全然違う金額を請求されました", "188", DAY),
]


# Round 31 (helper A31, blind31's spoken losses): 救急車 heard 究極者, 遺書 heard 一緒 before "like" and a note
# written, left or sent, 泣き止みません heard 泣き込みません, 地震の後 heard 自信の後 at a clause start.
ROUND31_PUT_BACK = [
    ("究極者を呼んでください", "救急車を"),
    ("兄が一緒みたいなのを書いて出ていった", "遺書みたいな"),
    ("一緒のようなメモを残して家を出た", "遺書のような"),
    ("赤ちゃんが泣き込みません", "泣き止みません"),
    ("自信の後、停電しています", "地震の後"),
]
ROUND31_UNCHANGED = [
    "友達と一緒みたいな服を着ている",  # no note written, left or sent
    "一緒に手紙を書いた",
    "自信の後押しになった",  # a push, not "after"
    "試合の自信の後で",
    "泣き込み寺",
]
# Whole messages the slip changes (checked: each is decided otherwise with ROUND31_SLIPS left out).
ROUND31_DECISIONS = [
    ("父が胸がもやもやすると言っておりますが、究極者を呼ぶほどではないかもしれず迷っております", "#7119", DAY),
    ("息子が一緒のような手紙を置いて車で出ていきました", "110", DAY),
    ("赤ちゃんが泣き込みません", "#8000", NIGHT),
    ("自信の後、家の中がめちゃくちゃで今夜どこに泊まればいいですか", "disaster", DAY),
]

# Round 32 (helper A32, blind32's spoken losses): 痙攣 heard 軽縁.
ROUND32_PUT_BACK = [("父が急に軽縁して倒れた", "痙攣して")]
ROUND32_UNCHANGED = ["軽い縁取りのお皿", "経縁"]
# Whole messages the slip changes (checked: decided otherwise with ROUND32_SLIPS left out).
ROUND32_DECISIONS = [("やばい、兄がいきなり軽縁してる", "119", DAY)]


ROUNDS = {28: ROUND28_SLIPS, 29: ROUND29_SLIPS, 31: ROUND31_SLIPS, 32: ROUND32_SLIPS}
EARLIER_ROUNDS = {28: SLIPS + ROUND26_SLIPS + ROUND27_SLIPS, 29: SLIPS + ROUND26_SLIPS + ROUND27_SLIPS + ROUND28_SLIPS,
                  31: SLIPS + ROUND26_SLIPS + ROUND27_SLIPS + ROUND28_SLIPS + ROUND29_SLIPS,
                  32: SLIPS + ROUND26_SLIPS + ROUND27_SLIPS + ROUND28_SLIPS + ROUND29_SLIPS + ROUND31_SLIPS}
DECISIONS = ROUND28_DECISIONS + ROUND29_DECISIONS + ROUND31_DECISIONS + ROUND32_DECISIONS


@pytest.mark.parametrize(("heard", "expected"), ROUND28_PUT_BACK + ROUND29_PUT_BACK + ROUND31_PUT_BACK
                         + ROUND32_PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", ROUND28_UNCHANGED + ROUND29_UNCHANGED + ROUND31_UNCHANGED + ROUND32_UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert repair(text) == prepare(text)
    assert slips_in(text) == []


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), DECISIONS)
def test_a_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize("round_number", sorted(ROUNDS))
def test_a_rounds_slips_change_no_typed_text(round_number: int) -> None:
    """No slip of the round finds its frame in a typed text of the phrase set, the training set or the check-in
    answers, read as the earlier rounds leave it: a typed message reads as before."""
    assert typed_texts_a_round_changes(ROUNDS[round_number], earlier=EARLIER_ROUNDS[round_number]) == []
