"""Round 56 (:mod:`safety.events_farewell_call_signs`): last words quoted on the phone (a leave-taking, or a weary word
with a closing word), the call cut, and nobody answering since - the police look for the person (110). A call ended
as usual, a weary word or a thank-you alone, a line cut by the signal or a battery stay quiet. A wish to die said as
"it would be fine to die" beside despair is a suicide threat too (forty-ninth session); "I could die happy" said of a
treat, a full stomach or a drama stays quiet."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

FAREWELL_CALLS = [
    ("電話で兄が「疲れた。みんなありがとな」とだけ言って切った。そのあと何回かけても出ねえ", "110"),
    ("友達から電話で、もう無理、じゃあねって言って切られた。かけ直しても出ない", "110"),
    ("娘が電話で「もう疲れちゃった、ばいばい」と言って切れ、折り返しても出ません", "110"),
    ("でんわで おっとが もう つかれた みんな ありがとう って いって きれた かけなおしても でない", "110"),
    ("ばあちゃんから電話で「もう限界だ、元気でな」って言われて切れたっきり、何度かけてもつながらねえ", "110"),
    ("夜分に失礼します。弟から電話があり、今まで本当にありがとうとだけ申して切れました。以後、電話に出ません", "110"),
]
ORDINARY_CALLS = [
    ("友達と電話して、じゃあねって切った。明日会う予定", "none"),
    ("母がありがとうって言って電話切った。かけ直したけど出ないのでたぶんお風呂", "none"),
    ("電話で「もう無理、じゃあね」って切れた。電波が悪くてかけ直してもつながらない", "none"),
    ("主人が電話で「今日は疲れた、先に寝る」と言って切りました", "none"),
    ("ドラマで主人公が「みんなありがとう」って電話を切って、そのまま出なくなる場面が泣けた", "none"),
]

WISHES_TO_DIE = [
    ("もう疲れた。この橋から飛び降りれば死んでもいいかなって思ってる", "110"),
    ("仕事も家のこともぜんぶ嫌になった。もう無理、死んでもいい。さよなら", "110"),
    ("生きてる意味なんてない。もう死んでも構わないんだ", "110"),
    ("もう つかれた しんでも いいかなって おもう", "110"),
    ("おら もう生ぎるのがつらい 死んでもええ", "110"),
    ("えっと あの もう無理 死んでもいいかなって 思って", "110"),
]
DIE_HAPPY = [
    ("このうなぎが食べられたら死んでもいい", "none"),
    ("もう無理、お腹いっぱい。死んでもいいくらいおいしかった", "none"),
    ("孫の晴れ着を見られたら死んでもいいって、ばあちゃんが笑ってた", "none"),
    ("この歌で死んでもいい、もう限界まで歌ったよ", "none"),
    ("ドラマで主人公が「もう無理、死んでもいい」って叫んでた", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FAREWELL_CALLS + ORDINARY_CALLS + WISHES_TO_DIE + DIE_HAPPY)


@pytest.mark.parametrize(("text", "number"), WISHES_TO_DIE)
def test_fine_to_die_beside_despair_is_a_suicide_threat(text: str, number: str) -> None:
    assert "suicide_threat" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), DIE_HAPPY)
def test_die_happy_a_full_stomach_or_a_drama_is_quiet(text: str, number: str) -> None:
    assert "suicide_threat" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FAREWELL_CALLS)
def test_a_farewell_on_the_phone_then_no_answer_is_a_police_matter(text: str, number: str) -> None:
    assert "suicide_threat" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), ORDINARY_CALLS)
def test_an_ordinary_call_a_bad_line_or_a_drama_is_quiet(text: str, number: str) -> None:
    assert "suicide_threat" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
