"""The learned "told, then resolved" signal: the pure parts (cuts, tail, plainness, the resolved findings, when it
acts) and a few phrases end to end with the shipped weights."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.data_file import default_safety_data
from safety.decide import decide
from safety.detect import find
from safety.evaluate import UNEXAMINED_SPLITS
from safety.findings import Findings
from safety.models import SafetyDecision
from safety.normalize import views
from safety.resolution import (
    ResolutionModel,
    acts,
    cuts,
    pleads,
    reconsidered,
    resolution_model,
    resolved,
    tail,
    tail_is_plain,
    told_part,
)
from safety.signals import Signals
from tests.safety.helpers import DAY, assert_decides

SMOKE = Findings(events={"smoke": "fire", "scam": "scam"}, topic=False, now=False, child=False, question=False)


def _decided(findings: Findings) -> SafetyDecision:
    return decide(findings, local_now=DAY, channel="chat", signals=Signals(), data=default_safety_data())


def _nothing(_: str) -> Findings:
    return Findings(events={}, topic=False, now=False, child=False, question=False)


def test_cuts_fall_after_marks_and_turns_leaving_text() -> None:
    text = "煙が出てると思ったら、焚き火でした。"
    assert cuts(text) == [text.index("と思ったら") + len("と思ったら"), text.index("、") + 1]
    assert cuts("火事です。") == []


def test_tail_is_the_longest_part_without_an_alarm() -> None:
    def alarm(part: str) -> bool:
        return "煙" in part
    assert tail("煙が出てる。焚き火だった。もう消えた", alarm) == "焚き火だった。もう消えた"
    assert tail("焚き火だった。煙が出てる", alarm) == ""  # the last part holds the alarm
    assert tail("煙が出てる", alarm) == ""  # no cut


@pytest.mark.parametrize(("part", "events", "plain"), [
    ("燻製作りが趣味だそうです。", {}, True),
    ("", {}, False),
    ("年のせいかと思っておりましたが。", {}, False),  # hangs on a contrast: still worried
    ("今すぐ来てください", {}, False),  # a "now" cue
    ("息をしていません", {"not_breathing": "medical"}, False),  # an event of its own
    ("究極者を読んでいただけますでしょうか。", {}, False),  # 救急車を呼んで as heard: a call for someone
    ("どなたか来ていただけませんか", {}, False),
    ("湯船で本を読んでいただけでした。", {}, True),  # いただけ as "only": no request
])
def test_tail_is_plain_only_without_event_now_contrast_or_call(part: str, events: dict[str, object],
                                                               plain: bool) -> None:
    assert tail_is_plain(part, events) is plain


def test_resolved_drops_the_cancelled_events_and_makes_a_topic() -> None:
    findings = resolved(SMOKE)
    assert findings.events == {"scam": "scam"} and findings.topic
    assert not findings.open_to_second_signals


def test_the_soft_outcome_keeps_the_symptoms_told() -> None:
    rash = Findings(events={"anaphylaxis": "medical", "symptom": "symptom"}, topic=False, now=False, child=True,
                    question=False)
    assert resolved(rash, soft=True).events == {"symptom": "symptom"}
    assert resolved(rash, soft=False).events == {}
    assert _decided(resolved(rash, soft=True)).kind == "urgent_advice"


def test_acts_only_on_an_alarm_outside_checkins_at_the_bar() -> None:
    alarm = _decided(SMOKE)
    assert alarm.is_emergency
    assert acts(alarm, "chat", 0.9, 0.8)
    assert not acts(alarm, "chat", 0.7, 0.8)
    assert not acts(alarm, "checkin", 0.99, 0.8)
    assert not acts(_decided(resolved(SMOKE)), "chat", 0.99, 0.8)


def test_reconsidered_turns_an_alarm_only_when_the_model_reaches_its_threshold() -> None:
    text = "煙が出てると思ったら、焚き火でした。"
    alarm = _decided(SMOKE)
    sure = ResolutionModel(intercept=5.0, threshold=0.8, trained_on=[], weights={})
    never = ResolutionModel(intercept=-5.0, threshold=0.8, trained_on=[], weights={})
    kwargs = {"channel": "chat", "redecide": _decided, "find_in": _nothing,
              "alarm": lambda part: "煙" in part}
    assert not reconsidered(text, SMOKE, alarm, model=sure, **kwargs).is_emergency  # type: ignore[arg-type]
    assert reconsidered(text, SMOKE, alarm, model=never, **kwargs) is alarm  # type: ignore[arg-type]
    kwargs["alarm"] = lambda part: True  # no plain tail: the model is not asked
    assert reconsidered(text, SMOKE, alarm, model=sure, **kwargs) is alarm  # type: ignore[arg-type]


def test_shipped_model_was_never_trained_on_unexamined_splits() -> None:
    model = resolution_model()
    assert model.weights and 0.5 <= model.threshold < 1.0
    assert not UNEXAMINED_SPLITS & set(model.trained_on)


@pytest.mark.parametrize("text", [
    "隣の家から毎晩叫び声が聞こえると思ったら、オウムを飼っているそうです。",
    "遠くで煙がもくもく上がってると思ったら、毎年この時期のもみ殻焼きみたい。あれは許可がいるんですか。",
    "隣から焦げ臭いにおいがすると思ったら、魚を焼いているそうです。",
])
def test_a_scare_told_then_explained_is_no_alarm(text: str) -> None:
    assert not assess(text, now=DAY, channel="chat").is_emergency


@pytest.mark.parametrize(("text", "number"), [
    ("母が倒れて、息をしていません。", "119"),
    ("父が倒れました。どうしたらいいですか？", "119"),
    ("父が倒れて動きません。住所は古川駅前大通1丁目です。", "119"),
    ("子どもが池に落ちました。近くの人が引き上げてくれました。", "119"),
    ("胸が締めつけられるように痛みまして、左の腕までしびれております。年のせいかと思っておりましたが。", "119"),
    ("知らない男が家に入ってきました。今は二階にいるようです。", "110"),
    ("車にはねられた人がいます。運転手は逃げました。", "119"),
])
def test_an_emergency_with_a_calm_ending_stays_an_emergency(text: str, number: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    assert decision.is_emergency and decision.number == number


@pytest.mark.parametrize(("text", "pleading"), [
    ("助けでけろ、カーチャーに気してねみてーだっちゃ。", True),
    ("たすけてください、ははが たおれた", True),
    ("窓の外で「助けて」と叫ぶ声がして見に行ったら、子どもたちの鬼ごっこでした。", False),
    ("夜中に父が助けてくれと叫ぶので起きたら、寝言でした。", False),
    ("雪で動けなくなった車を近所の人に助けてもらいました。", False),
])
def test_a_plea_the_writer_makes_is_told_from_one_reported(text: str, pleading: bool) -> None:
    assert pleads(text) is pleading


def test_a_plea_keeps_the_alarm_whatever_the_tail() -> None:
    """Round 34: a plea at the start and a calm-looking tail (a misheard 息してね) - the signal does not act, even
    when the model is sure."""
    text = "助けでけろ、カーチャーに気してねみてーだっちゃ。"
    alarm = assess("助けでけろ", now=DAY, channel="voice")
    sure = ResolutionModel(intercept=10.0, threshold=0.5, trained_on=[], weights={})
    kwargs = {"channel": "voice", "redecide": lambda found: None, "find_in": lambda part: find(views(part)),
              "alarm": lambda part: "助け" in part}
    assert reconsidered(text, find(views(text)), alarm, model=sure, **kwargs) is alarm  # type: ignore[arg-type]


@pytest.mark.parametrize(("tail_text", "told"), [
    ("大丈夫かな", ""),
    ("たまに止まるんだけど大丈夫かな", "たまに止まるんだけど"),
    ("、様子見でいいでしょうか", "、"),
    ("昼寝してただけでした。大丈夫ですよね", "昼寝してただけでした。"),
    ("昼寝してただけでした。", "昼寝してただけでした。"),
])
def test_a_hedged_question_is_no_part_of_what_the_tail_tells(tail_text: str, told: str) -> None:
    """Round 42: what is left must be plain; a bare hedge or a clause hanging on けど is not."""
    assert told_part(tail_text) == told
    assert tail_is_plain(told, {}) is (told == "昼寝してただけでした。")


# Round 50 (wide51's skimmer: …スキミングだと思います。まだ店内にいます read as a scare told over): a tail that tells
# the one at it is still there keeps the alarm. Tails written for this test, several styles; a tail still asleep or
# still in hospital tells no one present and stays plain where nothing else holds it.
@pytest.mark.parametrize(("part", "plain"), [
    ("泥棒だと思います。まだ庭にいます。", False),
    ("たぶん車上荒らしだと思う。まだ近くにいる", False),
    ("万引きかと存じます。まだ店内におります。", False),
    ("泥棒だべ。まだ裏さいる", False),
    ("どろぼうだと おもう。まだ ちゅうしゃじょうに いる", False),
    ("ただの寝言でした。まだ寝ています。", True),
    ("また来週行きます。", True),
])
def test_a_tail_telling_someone_still_there_is_not_plain(part: str, plain: bool) -> None:
    assert tail_is_plain(part, {}) is plain


# Round 51 (wide53's light truck in a rice field, its bed across the farm road, the driver out and walking - read as a
# scare told over): a tail that tells something still on the road or blocking it keeps the alarm. Tails written for
# this test; a road told clear again stays plain.
@pytest.mark.parametrize(("part", "plain"), [
    ("荷台が道路の半分をふさいでいて、もう暗いです。", False),
    ("トラックの後ろが車線にはみ出したままです", False),
    ("くるまが みちを ふさいでる", False),
    ("積み荷が国道に散らばってます", False),
    ("車はもうレッカーで運ばれて、道路はきれいになりました。", True),
])
def test_a_tail_telling_the_road_still_blocked_is_not_plain(part: str, plain: bool) -> None:
    assert tail_is_plain(part, {}) is plain


def test_cuts_fall_after_the_polite_turn_too() -> None:
    """Round 57 (blind58a heard: a comma after と思いましたら dropped by the recogniser): the polite turn cuts."""
    text = "物置で音がすると思いましたら 猫が入り込んでおりました"
    assert text.index("と思いましたら") + len("と思いましたら") in cuts(text)


@pytest.mark.parametrize(("text", "number"), [
    ("向かいのご主人をしばらく見かけないと思いましたら 旅行に行かれていたそうで昨日戻られたそうです", "none"),
    ("裏の納屋から煙が出ていると思いましたら 落ち葉焚きをしておりました", "none"),
    ("焦げ臭いと思いましたら 台所の鍋から火が出ております", "119"),
    ("向かいのご主人をしばらく見かけないと思いましたら 家の中で倒れて動きません", "119"),
])
def test_a_scare_told_over_after_the_polite_turn_without_its_comma(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
