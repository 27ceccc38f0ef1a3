"""Round 38 (helper A51; :data:`safety.vocabulary_reassured.PAST_TOLD_OVER`): a near-past event told over - a time word
(昨日, さっき, 先ほど, まえに) and the person well now (今は元気) or gone home on foot - is cancelled like a past event
(A44's held-out kind "a past event told with a time word", blind36b). The same time words open many emergencies: told
with an ongoing state (まだ, 今も, ずっと, 動かない, 返事がない, 意識, 息) or a fresh turn (また) they stay alarms."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from safety.vocabulary_reassured import PAST_TOLD_OVER
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, phrase_set_texts

# held-out false alarms of the bench (blind36b, typed; the rules alone left "collapsed" open)
HELD_OUT = [
    "先ほど駅で倒れた方がいましたが、駅員さんが対応して、ご本人は歩いて帰られました。駅のAEDの場所を知りたいです。",
    "ばあちゃん まえに たおれたけど いまは げんき",
]
TOLD_OVER = [  # each left "collapsed" open before (no other closure fires)
    "じいちゃん まえに たおれたけど いまは げんき",
    "おばあちゃん まえに たおれたけど いまは へいき",
    "きのう じいちゃん たおれたけど いまは げんき",
    "昨日、公園でおじいさんが倒れていましたが、救護の人が来て、ご本人は歩いて帰られました",
    "さっきスーパーで倒れたおばあさん、店員さんが介抱して歩いて帰られました",
]
# emergencies of the phrase set told with a near-past word and "now" (each another writer)
SET_EMERGENCIES = [
    ("先ほど商店街で女の方が胸を押さえてうずくまり、今は座っておられますが、顔色が土のようで冷や汗をかいておられます。",
     "119"),
    ("地下駐車場でエンジンかけっぱなしの車の中、友達二人がさっきまで頭痛いって言ってたのに今は話しかけてもぼんやりしてる",
     "119"),
    ("母がさっきから同じことを繰り返していて、今は口の端からよだれが垂れ、顔の片側が下がっています。", "119"),
    ("息子がまたお酒を飲んで暴れまして、さっき私の首を絞めてきたのです。今は台所で包丁を持って立っております", "110"),
]
# new phrasings: a past word, then an ongoing state or a fresh turn
ONGOING = [
    ("昨日から父が倒れたまま動かない", "119"),
    ("さっき母が倒れて今も動かない", "119"),
    ("さっき祖父が倒れて、今は大丈夫と言っていたけど、また倒れて返事がない", "119"),
    ("さっき父が倒れて、今は落ち着いたけど息をしていないみたい", "119"),
    ("昨日倒れた母が、今朝からずっと意識がない", "119"),
    ("前に倒れたけど今は元気だった祖父が、さっき急に倒れて動かない", "119"),
    ("家の前に父が倒れていて、今は大丈夫と言うけど血が出ている", "119"),
]


def over(text: str) -> bool:
    return PAST_TOLD_OVER.search(views(text).devoiced) is not None


def test_the_cases_are_where_they_are_said_to_be() -> None:
    assert set(HELD_OUT) | {text for text, _ in SET_EMERGENCIES} <= phrase_set_texts()
    assert_not_in_phrase_set([(text, "none") for text in TOLD_OVER] + ONGOING)


@pytest.mark.parametrize("text", HELD_OUT + TOLD_OVER)
def test_a_near_past_event_told_over_is_cancelled_as_past(text: str) -> None:
    assert over(text)
    findings = find(views(text))
    assert "cancelled_past" in findings.closures
    assert "medical" not in findings.events.values()
    assert_decides(text, "none", now=DAY)


@pytest.mark.parametrize(("text", "number"), SET_EMERGENCIES + ONGOING)
def test_an_ongoing_state_keeps_the_alarm(text: str, number: str) -> None:
    assert not over(text)
    assert_decides(text, number, now=DAY)


def test_well_but_weak_is_not_told_over() -> None:
    assert not over("ばあちゃん まえに たおれたけど いまは げんきが ない")
