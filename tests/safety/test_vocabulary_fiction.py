""":mod:`safety.vocabulary_fiction`'s ``FICTION``: laughter (がはは, わはは) cancels an alarm as a joke, but the
reading of が/は/わ before 母 (はは) is no laughter. Found in the twentieth session: 父が母を殴っています, read
ちちがははを..., was decided none."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from safety.vocabulary_fiction import FICTION
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # a mother named after が/は/わ: the assault is real
    ("隣の部屋で父が母を殴ってる、止めて", "110"),
    ("うちの父が母をたたいています、こわい", "110"),
    ("祖母が急に倒れて母が呼んでも返事がありません", "119"),
    # laughter still makes it a joke
    ("がははは 火事だー なんちゃって", "none"),
    ("わはは、死ぬかと思ったわ", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["父が母を呼んでいます", "私は母と住んでいます", "兄が母に電話しました"])
def test_a_mother_read_hahha_is_no_laughter(text: str) -> None:
    assert FICTION.search(views(text).joined) is None


@pytest.mark.parametrize("text", ["がはは", "あははは、うける", "ワハハ"])
def test_laughter_is_fiction(text: str) -> None:
    assert FICTION.search(views(text).joined) is not None


# After blind31 (helper A31): a part played in a drill or a play is no event; 〜たら誰もいない is nobody found, no
# "what if" (HYPOTHETICAL), while 〜たら誰に is still one.
BLIND31_CASES = [
    ("学芸会で倒れる患者の役をやることになった、衣装どうしよう", "none"),
    ("祖父の家に行ったら誰もいなくて、補聴器も財布も置いたままです", "110"),
    ("火事になったら誰に連絡すればいいですか", "none"),
]


def test_blind31_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND31_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND31_CASES)
def test_blind31_a_part_played_and_nobody_found(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_part_played_is_fiction() -> None:
    assert FICTION.search(views("訓練で倒れている人の役をします").joined) is not None
    assert FICTION.search(views("市役所に行きます").joined) is None


# After blind33's final score (helper A33): a dream told in Tohoku (夢ん中で) is no event (blind33b).
DREAM33 = [
    ("夢ん中で追いかけられて、起きたら汗びっしょりだった", "none"),
]


def test_dream33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DREAM33)


@pytest.mark.parametrize(("text", "number"), DREAM33)
def test_dream33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: a habit of long ago sighed over (若い頃は…よく工場で火事がございましたねえ, blind43b: 119 for none)
# is a memory; 昔は元気でしたねえ, then a person down now, is not.
ROUND42_MEMORY_CASES = [
    ("昔はこの辺でよく熊が出たなあ。今はもう出ねえ", "none"),
    ("子どもの頃はよく川で溺れる子がおりましたなあ。今は柵があって安心です", "none"),
    ("若い時分はよく雪下ろしで屋根から落ちる人がいましたねえ。今は業者さんに頼んでおります", "none"),
    ("昔は元気でしたねえ。今は倒れて動かないんです", "119"),
]


def test_round42_memory_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_MEMORY_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_MEMORY_CASES)
def test_round42_memory_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42 (kinds41, helper A64): a laughing w closing a clause mid-message (とか言ってるw 宿題やりたくないだけ).
@pytest.mark.parametrize("text", ["弟がベッドにばたっと倒れて「死ぬ〜」って言ってるw 部活きつかったらしい",
                                  "父さん床に倒れて寝たふりしてるw ほんとやめて"])
def test_a_laughing_w_mid_message_is_a_joke(text: str) -> None:
    assert FICTION.search(views(text).joined)


def test_a_w_inside_a_latin_word_is_no_laugh() -> None:
    assert not FICTION.search(views("wifiが使えません").joined)


# round 45 (blind46a, wide46c): play, games and jest told as such - a murder-mystery or riddle game, children's chase
# games, a fighting video game, a film shoot with fake blood, a laugh mark closing a clause mid-message; a real
# attack told with a laugh or a game word stays one
PLAY_CASES = [
    ("スマブラで友達にボコボコに殴られたわ", "none"),  # blind46a's telling
    ("明日遅刻したら上司に殺されます（笑）。古川駅行きの始発バスは何時ですか。", "none"),  # wide46c's telling
    ("人狼やってて、初日に村長が殺されたって設定でいきなり脱落した", "none"),
    ("宿題忘れたら先生に殺される笑 明日の時間割なんだっけ", "none"),
    ("ドラマの撮影で血だらけの人が道に倒れてたけど、本物かと思った", "none"),
    ("こどもたちが どろけいで どろぼう つかまえろって さけんでる", "none"),
    ("対戦ゲームで兄ちゃんにボコボコにされた、悔しい", "none"),
    ("公園で知らない男が子どもを殴ってる、笑ってる場合じゃない", "110"),
    ("ゲームしてたら父が倒れた", "119"),
]


def test_play_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PLAY_CASES[2:])


@pytest.mark.parametrize(("text", "number"), PLAY_CASES)
def test_play_and_jest_told_as_such(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round_20_met_through_a_game_is_no_fiction() -> None:
    """A person met through a game is real (ゲームで知り合った人); a cry in a game is fiction."""
    assert not find(views("ネットのゲームで知り合った男が、今うちの前まで来てる")).topic
    assert_decides("ゲームで「助けて」って叫んでた", "none", now=DAY)


# Blind24: a childhood memory told as one (子供の頃は…ものです) is no event, even with a 今は after it; a person down
# now, met in childhood, still alarms.
MEMORY_CASES = [
    ("子供の頃はよく川で溺れかけたものです。今は泳げますけど", "none"),
    ("子供の頃によく鼻血を出したもんだ", "none"),
    ("子どもの頃の友達が今、目の前で倒れて動かない", "119"),
]


def test_memory_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MEMORY_CASES)


@pytest.mark.parametrize(("text", "number"), MEMORY_CASES)
def test_a_childhood_memory_is_no_event(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_but_mother_is_no_laughter() -> None:
    found = find(views("届いたのですが、母は買った覚えがないと言っています"))
    assert not found.topic


# Round 46 (wide48b): a Tohoku negative and ごと (わげ分がんねごと言って, "talks nonsense") is confusion, not sleep
# talk; a severe heatstroke told so keeps 119. Sleep talk itself (寝言, よくねごと) stays fiction.
CONFUSION_CASES = [
    ("デイの迎えに行ったら、ばあちゃん暑い部屋でぐったり、呼んでもわがんねごとばっかり言ってる、汗も出てねえ", "119"),
    ("じいちゃん、閉め切った部屋さいで、訳わがんねごと言ってぐったりしてる、体あっちぃ", "119"),
    ("夫が夜中に寝言で助けてって言ってました", "none"),
]


def test_confusion_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CONFUSION_CASES)


@pytest.mark.parametrize(("text", "number"), CONFUSION_CASES)
def test_talking_nonsense_is_no_sleep_talk(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_sleep_talk_in_kana_is_fiction() -> None:
    assert FICTION.search("じいちゃんよくねごといううんだけど")


# Round 47 (wide49: 実習生さんたちの寮でね、ストーブの上に洗濯物を干してたのが燃え出したらしくて… - none, a reading
# collision): stage blood, ちのり, was read across たちの寮 (たちのりょう), 友だちの料理, うちの旅館 and うちのりんご,
# closing a real fire or a collapse as play; blood paste told as such still closes.
STAGE_BLOOD_READ_ACROSS = [
    ("裏の実習生さんたちの寮でね、ストーブの上に洗濯物を干してたのが燃え出したらしくて、窓から火がちらちら見えるんですよ、"
     "中にまだ誰かいるかもしれなくて", "119"),
    ("学生たちの寮から煙が出てる", "119"),
    ("友だちの料理中に火が出た", "119"),
    ("うちの旅館で客が倒れた", "119"),
    ("ともだちの りょうりちゅうに ひが でた", "119"),
    ("ちのり つけて ゾンビ メイク した", "none"),
    ("にせのちのりだった", "none"),
]


def test_stage_blood_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STAGE_BLOOD_READ_ACROSS[1:])


@pytest.mark.parametrize(("text", "number"), STAGE_BLOOD_READ_ACROSS)
def test_stage_blood_is_not_read_across_a_dormitory_or_a_meal(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (blind51a's kana picture book, blind51b's memory of a mother who collapsed): a story read in a picture book
# or a picture show, and a memory told as one recalls it, are no events; a real alarm told beside them still is.
ROUND50_BOOKS_AND_MEMORIES = [
    ("絵本の中でうさぎが火事から逃げる話を読んだ", "none"),
    ("紙芝居で、おばあさんが「助けてー」と叫ぶところを読んだら孫が泣いた", "none"),
    ("父が倒れたときのことを今でもよく思い出します", "none"),
    ("絵本を読んでいたら、孫が急に息ができないと苦しみだした", "119"),
    ("去年祖父が倒れたのを思い出して、今、祖母も台所で倒れています", "119"),
]


def test_round50_books_and_memories_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND50_BOOKS_AND_MEMORIES)


@pytest.mark.parametrize(("text", "number"), ROUND50_BOOKS_AND_MEMORIES)
def test_round50_a_picture_book_and_a_memory_are_no_events(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52b, helper A98): a video game named by its title is fiction; a child playing one when something real
# happens is not (the real alarm first).
GAME_TITLE_CASES = [
    ("弟がマイクラで遊んでたら急に倒れて息してない", "119"),
    ("フォートナイトで撃たれて死んだ、マジむかつく", "none"),
    ("スプラトゥーンの中で溺れて死んだって妹が泣いてる", "none"),
]


def test_game_title_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GAME_TITLE_CASES)


@pytest.mark.parametrize(("text", "number"), GAME_TITLE_CASES)
def test_a_game_named_by_its_title_is_fiction_but_not_the_child_playing_it(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 52 (blind53b): a cry said and laughed at, closing the message (「火事だ」って言うから笑っちゃった) is a joke
# told; a laugh cut short by what happened (笑ってたら、本当に…) is still the alarm.
ROUND52_CRY_LAUGHED_AT = [
    ("娘がたき火を見て「火事だー」って言うから、みんなで笑いました", "none"),
    ("じいちゃんが うちわで あおぎながら 「しぬー」って いうから わらっちゃった", "none"),
    ("弟が「助けて」って言うから笑ってたら、本当に川で溺れてた", "119"),
]


def test_round52_cry_laughed_at_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_CRY_LAUGHED_AT)


@pytest.mark.parametrize(("text", "number"), ROUND52_CRY_LAUGHED_AT)
def test_round52_cry_laughed_at(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a married couple before a count (夫婦二人: ふうふふたり) is no
# laughter.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("夫婦二人暮らしで、台風が近いけど避難所に行ったほうがいいですか", "disaster", DAY),
    ("うふふって笑ってる夢を見た", "none", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_couple_counted_is_no_laughter(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
