"""Round 52 (:mod:`safety.events_gone_out_signs`, wide54b): someone gone out into danger at night - a drunk person
who drove off, a resident not in the room with the way out open or gone in nightclothes, an end told by someone
walking towards a bridge, the tracks or a cliff - is for the police (110); a rule, a plan, a person found again or
an end told of work stays quiet."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

DROVE_OFF_DRUNK = [
    ("スナックの前で、ベロベロに酔ったお客さんが止めるのも聞かずに自分で運転して帰っていきました、今バイパスを走ってます",
     "110"),
    ("酒飲んだ兄貴が車に乗り込んで、そのまま県道のほうに走ってった", "110"),
    ("さけを のんだ おとこの ひとが くるまに のりこんで はしって いきました", "110"),
    ("千鳥足の人がハンドルを握って駐車場から出ていった、あぶねえ", "110"),
    ("よっぱらった おやじが じぶんで うんてんして いっちゃった", "110"),
]
NOT_DRIVEN_DRUNK = [
    # a rule asked about, a plan, a taxi taken: no car on the road
    ("お酒を飲んだら運転しないように、家族にどう伝えたらいいですか", "none"),
    ("酔った父のために代行を呼びました。あと何分くらいで来ますか", "none"),
    ("酒を飲んだあと何時間たてば運転していいですか", "none"),
]
GONE_FROM_THE_ROOM = [
    ("グループホームの夜勤です。認知症のおばあさんが部屋にいなくて、裏口の鍵が開いてました。外は吹雪です", "110"),
    ("夜中に見回りしたら父が寝室にいない、玄関のドアが開いてて靴もない", "110"),
    ("にゅうきょしゃの おばあさんが へやに いなくて ひじょうぐちが あいて います", "110"),
    ("じいちゃん布団さいねえ、パジャマのまま出はったみてえだ", "110"),
]
FOUND_AGAIN = [
    ("父が寝室にいなくて玄関が開いてて焦ったけど、庭にいました", "none"),
    ("母が部屋にいなくて裏口が開いていましたが、トイレにおりました。ご心配おかけしました", "none"),
]
END_TOLD_TOWARDS_A_DROP = [
    ("友だちから「もう終わりにする」って電話があって、踏切のほうに歩いてるみたい", "110"),
    ("夫が『楽になりたい』と言って家を出て、今、鉄橋の方へ向かって歩いています", "110"),
    ("むすめが きえたいって いって がけの ほうへ はしって いった", "110"),
]
END_OF_SOMETHING_ELSE = [
    ("もし生徒が「消えたい」と言って踏切のほうへ歩いていったら、先生はどう声をかければいいですか", "none"),
    ("ドラマで「もう終わりにする」って言って線路のほうに歩いていくシーンがあった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DROVE_OFF_DRUNK + NOT_DRIVEN_DRUNK + GONE_FROM_THE_ROOM + FOUND_AGAIN
                             + END_TOLD_TOWARDS_A_DROP + END_OF_SOMETHING_ELSE)


@pytest.mark.parametrize(("text", "number"), DROVE_OFF_DRUNK)
def test_a_drunk_person_who_drove_off_is_a_road_danger(text: str, number: str) -> None:
    assert "road_danger" in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), NOT_DRIVEN_DRUNK)
def test_drink_and_driving_told_as_a_rule_or_a_taxi_is_quiet(text: str, number: str) -> None:
    assert "road_danger" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), GONE_FROM_THE_ROOM)
def test_a_person_gone_from_the_room_with_the_way_out_open_is_missing(text: str, number: str) -> None:
    assert "missing_person" in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), FOUND_AGAIN)
def test_a_person_found_again_is_not_missing(text: str, number: str) -> None:
    assert "missing_person" not in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), END_TOLD_TOWARDS_A_DROP)
def test_an_end_told_walking_towards_a_drop_is_a_suicide_threat(text: str, number: str) -> None:
    assert "suicide_threat" in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), END_OF_SOMETHING_ELSE)
def test_an_end_of_work_or_a_drama_is_no_suicide_threat(text: str, number: str) -> None:
    assert "suicide_threat" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


# Round 55: a drunk person about to drive now - the car can still be stopped (110); a taxi taken, the keys taken,
# the idea given up, or a rule asked about stays quiet.
ABOUT_TO_DRIVE_DRUNK = [
    ("飲み会帰りの同僚がべろべろに酔ってるのに車で帰るって運転しようとしてる、止めてもきかない", "110"),
    ("友達が泥酔してて運転席に乗り込もうとしてる、誰か止めて", "110"),
    ("よっぱらった にいちゃんが くるまで かえるって きかない", "110"),
    ("酔っ払った旦那がキー握って離さない、運転する気だ", "110"),
    ("酒っこ飲んだ親父が車さ乗って帰るって聞かねえんだ", "110"),
]
NOT_DRIVING_AFTER_ALL = [
    ("酔った友達、結局タクシーで帰ったから安心した", "none"),
    ("べろべろの先輩が運転しようとしたけど、鍵を取り上げたので大丈夫です", "none"),
    ("泥酔した友人を代行で送りました。運転しようとしてたけど諦めてくれた", "none"),
    ("お酒を飲んだ人が運転しようとしたら、止めないと罰金になりますか", "none"),
]


def test_round_55_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ABOUT_TO_DRIVE_DRUNK + NOT_DRIVING_AFTER_ALL)


@pytest.mark.parametrize(("text", "number"), ABOUT_TO_DRIVE_DRUNK)
def test_a_drunk_person_about_to_drive_is_a_road_danger(text: str, number: str) -> None:
    assert "road_danger" in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), NOT_DRIVING_AFTER_ALL)
def test_a_drunk_person_stopped_or_sent_home_by_taxi_is_quiet(text: str, number: str) -> None:
    assert "road_danger" not in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)
