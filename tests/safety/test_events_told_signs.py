"""After blind31's final score (:mod:`safety.events_told_signs`), on phrasings not in the set: someone fallen silent
on the phone, empty medicine packets lying about and a car in deep water with a person inside are 119; a person gone
leaving behind what they go out with and a farewell note with the person gone are 110; a follower told by a relative
clause or by mirrored turns, still behind now, is 110; a neighbour shouting habitually, a former boss in touch again
and again and 後をつけて without を are #9110; expensive goods brought home each visit are 188; where to spend
tonight after a quake is the disaster page. The same words without the danger are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: fallen silent after a word, or on the phone
    ("兄に電話していたら「あっ」と言ったきり、何も聞こえなくなった", "119"),
    # 119: empty medicine packets lying about
    ("弟の部屋の前に空になった薬の箱がいくつも落ちていて、ドアを叩いても反応がない", "119"),
    # 119: a vehicle in deep water, a person inside
    ("軽トラが用水に落ちて、中にまだ人がいる", "119"),
    # 110: gone, leaving behind what one goes out with
    ("祖父の家に行ったら誰もいなくて、補聴器も財布も置いたままです", "110"),
    # 110: a farewell note, the person gone
    ("父が置き手紙を残して家を出ていって、電話がつながりません", "110"),
    # 110: followed now, told by mirrored stops
    ("私が止まると同じように止まってくる人がいる、今もいる、こわい", "110"),
    # #9110: a neighbour shouting habitually, a former boss or colleague again and again, あとつけ without を
    ("隣の人が毎日のように塀越しに怒鳴ってくるので、怖くて庭に出られません", "#9110"),
    ("元の職場の先輩から毎晩のようにメールが来て、会いたいと言われます", "#9110"),
    ("前のバイト先の店長に何度も家まで来られて困ってます", "#9110"),
    ("同じクラスの男子に何週間もあとつけられてて、家もばれてるかも。相談したい", "#9110"),
    # 188: expensive goods brought home each visit
    ("祖母が体験会に行くたびに、高い健康器具を買ってきます", "188"),
    # disaster: where to spend tonight after a storm
    ("台風で屋根が飛ばされて、今夜はどこに泊まればいいですか", "disaster"),
]

NOT_TOLD_SIGNS = [
    # a note or packets with no one gone or harmed; a car by a river; a habit; a boss praised
    ("遺書の書き方を教えてください", "none"),
    ("空き箱に薬を整理しています", "none"),
    ("薬の空き瓶は何ごみですか", "none"),
    ("車が川に落ちたニュースを見た", "none"),
    ("夫はいつも携帯を家に置いたまま出かけるので困ります", "none"),
    ("隣の家の犬が毎朝吠えるので困っています", "none"),
    ("前の職場の上司に毎年年賀状を出しています", "none"),
    ("前の上司が何度も表彰されたそうです", "none"),
    ("電話の声が小さくて聞こえにくい", "none"),
    ("今夜はどこで夕飯を食べようかな", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_TOLD_SIGNS)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_told_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_TOLD_SIGNS)
def test_the_same_words_without_the_danger_are_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: a vehicle gone into water with only its roof or tyres above it is sunk with whoever is in it (119;
# blind43a's 水面から屋根だけが見えています, none).
ROUND42_SUNK_CASES = [
    ("軽トラが用水路さ落ぢで、水から屋根だけ出でる", "119"),
    ("ため池に車が突っ込んで、水面からタイヤだけが見えてる", "119"),
    ("川の土手から乗用車が落ちて、屋根しか見えていません", "119"),
    ("屋根の雪下ろしの業者さんを探しています", "none"),
]


def test_round42_sunk_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_SUNK_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_SUNK_CASES)
def test_round42_sunk_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 45 (blind46b heard: 姉の部屋の前にからっぽの薬のシートが何十枚も落ちてて…物音ひとつしない, 119): the kana
# からっぽ (never "from", as a bare から is) marks empty medicine packets too, and an empty thing found before a room is
# no room found empty (``events_seen_around_signs.EMPTY_BED``).
ROUND45_EMPTY_SHEETS_IN_KANA = [
    ("弟の部屋の前にからっぽの薬のシートがいっぱい落ちてて、ノックしても物音ひとつしない", "119"),
    ("いもうとの へやの まえに からっぽの くすりの しーとが なんまいも おちてる なかから おとが しない", "119"),
    ("息子の部屋の前さ、からっぽの薬の袋がいっぺえ落ぢでで、戸叩いでも中から何も聞こえねえ", "119"),
    ("からっぽのくすりばこを片付けたい", "none"),
]


def test_round45_empty_sheet_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_EMPTY_SHEETS_IN_KANA)


@pytest.mark.parametrize(("text", "number"), ROUND45_EMPTY_SHEETS_IN_KANA)
def test_round45_empty_sheets_in_kana_are_an_overdose(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
