"""Round 28's slips (safety.heard_slips_late.ROUND28_SLIPS) in their frames: put back, everyday words left alone,
whole decisions they change (each decided otherwise without the slip), and no typed text read differently."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.evaluate import load_checkin_answers, load_phrases, load_training
from safety.heard import prepare, repair, slips_in
from safety.heard_slips import ROUND26_SLIPS, ROUND27_SLIPS, SLIPS
from safety.heard_slips_late import ROUND28_SLIPS
from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

AFTERNOON = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
NIGHT = datetime(2026, 7, 15, 22, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

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


@pytest.mark.parametrize(("heard", "expected"), ROUND28_PUT_BACK)
def test_a_round28_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", ROUND28_UNCHANGED)
def test_round28_leaves_the_everyday_word_alone(text: str) -> None:
    assert repair(text) == prepare(text)
    assert slips_in(text) == []


# Whole messages the slip changes (checked: each is decided otherwise with ROUND28_SLIPS emptied). キャッシュカード
# heard かちかーど and 用水路 heard 用水度 have none: the other wordings tried were decided the same without them.
ROUND28_DECISIONS = [
    ("後輩が熱衝症っぽくて、ぼーっとしてる", "119", AFTERNOON),
    ("後輩が倉庫で熱衆症っぽくて、話しかけても変なことを言う", "119", AFTERNOON),
    ("弟が熱衆症かも、ふらふらで話が通じない", "119", AFTERNOON),
    ("祖母の結末が190あります。頭が少し重いと申しております", "#7119", NIGHT),
    ("警察ですか、店の前に内部持った男がいます", "110", AFTERNOON),
    ("息子がゲームで勝手に関係してしまった、2万円返してほしい", "188", AFTERNOON),
    ("娘がゲームで勝手に関係して3万円、返金ってできる?", "188", AFTERNOON),
    ("地震で壁にひびが入った、開んじょって開いてる?", "disaster", AFTERNOON),
    ("ペットも一緒に開んじゃいけますか", "disaster", AFTERNOON),
    ("妊娠7ヶ月ですがお腹が急に硬くなって出結が止まりません", "119", AFTERNOON),
    ("職員さんが背中を叩いています。究極書を呼んでください", "119", AFTERNOON),
    ("隣の家から煙が出てる、仮裁法地規も鳴ってる", "119", AFTERNOON),
    ("昨日からお腹を下していて、今中心したほうがいいでしょうか", "#7119", NIGHT),
    ("公民間の対策教室で参加者が倒れて、けいれんしてます", "119", AFTERNOON),
]


def test_round28_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND28_DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), ROUND28_DECISIONS)
def test_a_round28_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


def test_round28_slips_change_no_typed_text() -> None:
    """No slip of round 28 finds its frame in a typed text of the phrase set, the training set or the check-in
    answers, read as rounds 15-27 leave it: a typed message reads as before."""
    texts = (
        {p.text for p in load_phrases()}
        | {p.text for p in load_training()}
        | {text for text, _, _ in load_checkin_answers()}
    )
    found = []
    for text in sorted(texts):
        earlier = prepare(text)
        for _, pattern, replacement in SLIPS + ROUND26_SLIPS + ROUND27_SLIPS:
            earlier = pattern.sub(replacement, earlier)
        found += [text for _, pattern, _ in ROUND28_SLIPS if pattern.search(earlier)]
    assert found == []
