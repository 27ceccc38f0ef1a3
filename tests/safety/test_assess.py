"""The decision: kinds, numbers, night/day for children, Rasa's intent as a second signal, check-ins (the check-in
answers alone: test_assess_checkin.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from safety.assess import assess, assess_checkin_answer
from safety.models import Channel, SafetyDecision
from tests.safety.helpers import DAY, NIGHT, assert_not_in_phrase_set

TOKYO = ZoneInfo("Asia/Tokyo")


def chat(text: str, now: datetime = DAY, **kwargs: object) -> SafetyDecision:
    return assess(text, now=now, channel="chat", **kwargs)  # type: ignore[arg-type]


def test_fire_is_119_and_interrupts() -> None:
    decision = chat("台所から火が出た")
    assert decision.kind == "emergency_fire_ambulance" and decision.number == "119"
    assert decision.certainty == "sure" and decision.interrupts and not decision.answer_after
    assert decision.message is not None and decision.message.phones[0].number == "119"


def test_intruder_is_110_with_110_first() -> None:
    decision = chat("知らない男が家の中に入ってきました")
    assert decision.kind == "emergency_police" and decision.number == "110"
    assert decision.message is not None
    assert [phone.number for phone in decision.message.phones] == ["110", "119"]


def test_life_threat_wins_over_crime() -> None:
    assert chat("包丁で刺されて血が止まらない").number == "119"


def test_child_fever_asking_for_an_ambulance_at_night_goes_to_8000() -> None:
    decision = chat("夜中に子どもが熱を出しました。救急車を呼んだほうがいいですか", now=NIGHT)
    assert decision.kind == "urgent_advice" and decision.advice == "child_night" and decision.number == "#8000"
    assert not decision.is_emergency


def test_child_fever_in_the_daytime_gets_the_daytime_advice() -> None:
    decision = chat("子供が熱を出しました", now=DAY)
    assert decision.advice == "child_day" and decision.number == "#7119"
    assert decision.message is not None and "かかりつけ" in decision.message.title


def test_night_window_edges_follow_the_data_file() -> None:
    assert chat("子供が熱を出しました", now=datetime(2026, 7, 15, 19, 0, tzinfo=TOKYO)).advice == "child_night"
    assert chat("子供が熱を出しました", now=datetime(2026, 7, 16, 7, 59, tzinfo=TOKYO)).advice == "child_night"
    assert chat("子供が熱を出しました", now=datetime(2026, 7, 16, 8, 0, tzinfo=TOKYO)).advice == "child_day"


def test_utc_times_are_converted_to_the_city_time_zone() -> None:
    night_in_tokyo = datetime(2026, 7, 15, 13, 30, tzinfo=UTC)  # 22:30 JST
    assert chat("子供が熱を出しました", now=night_in_tokyo).advice == "child_night"


def test_adult_symptoms_go_to_7119() -> None:
    decision = chat("熱が38度あります。病院に行ったほうがいいでしょうか")
    assert decision.advice == "adult_medical" and decision.number == "#7119" and decision.answer_after


def test_scam_is_9110_but_110_when_happening_now() -> None:
    assert chat("還付金があると市役所を名乗る電話がありました").number == "#9110"
    assert chat("今ATMの前で電話の指示どおりに振り込もうとしています").number == "110"


def test_consumer_trouble_is_188() -> None:
    assert chat("訪問販売で高い布団を買わされました").number == "188"


def test_disaster_links_the_district_shelters() -> None:
    decision = assess("避難所はどこですか", now=DAY, channel="chat", district="古川")
    assert decision.kind == "disaster" and decision.message is not None
    assert any("古川" in line for line in decision.message.lines)
    assert len(decision.message.links) == 2


def test_weak_signs_are_unsure_emergencies() -> None:
    decision = chat("じいちゃんの様子がおかしい")
    assert decision.is_emergency and decision.certainty == "unsure" and decision.answer_after


def test_topics_are_none_even_with_an_emergency_intent() -> None:
    decision = chat("救急の日のイベントはいつですか", intent="emergency", intent_confidence=0.95)
    assert decision.kind == "none"


def test_emergency_intent_without_an_event_is_unsure() -> None:
    decision = chat("こまってます", intent="emergency", intent_confidence=0.9)
    assert decision.is_emergency and decision.certainty == "unsure"
    assert chat("こまってます", intent="emergency", intent_confidence=0.3).kind == "none"


def test_other_intents_never_lower_an_event() -> None:
    assert chat("台所から火が出た", intent="ask_city_info", intent_confidence=0.99).number == "119"


def test_plain_questions_are_none() -> None:
    decision = chat("住民票の写しがほしい")
    assert decision.kind == "none" and decision.message is None and decision.answer_after


def test_voice_gets_a_spoken_first_message() -> None:
    decision = assess("火事です", now=DAY, channel="voice")
    assert decision.message is not None and "ひゃくじゅうきゅう" in decision.message.speech


@pytest.mark.parametrize(
    "text",
    ["助けてほしい", "たすけて欲しい", "たすけでほしい", "助けてけろ", "手を貸してほしい", "誰か助けてほしいです",
     "助けてもらえませんか", "助けを呼んでください", "たすけにきて"],
)
def test_a_plea_for_help_is_at_least_an_unsure_emergency(text: str) -> None:
    decision = chat(text)
    assert decision.is_emergency and decision.number == "119" and decision.interrupts, text
    assert assess_checkin_answer(text, now=DAY).checkin_floor == "help"


@pytest.mark.parametrize("text", ["手続きを助けてほしい", "申請を手伝ってほしい",
                                  "引っ越しの手続きを手伝ってほしいです", "パソコンの設定を手伝ってほしい",
                                  "困っている人を助けたいのでボランティアをしたい"])
def test_help_asked_for_a_task_is_not_an_emergency(text: str) -> None:
    assert not chat(text).is_emergency
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


@pytest.mark.parametrize("text", ["苦しくないです", "痛くない", "熱はない", "息はできる", "吐き気はないです",
                                  "苦しぐねえ"])
def test_a_denied_symptom_is_recorded_as_fine(text: str) -> None:
    assert chat(text).kind == "none"
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


@pytest.mark.parametrize("text", ["今日は晴れています", "家事をしています", "家事が大変で疲れました", "火曜日です",
                                  "過失はありません", "交通機関で行きます"])
def test_an_everyday_homophone_is_not_a_symptom_or_a_fire(text: str) -> None:
    assert chat(text).kind == "none"
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


def test_a_child_at_night_in_the_text_goes_to_8000_whatever_the_clock() -> None:
    assert chat("夜中に娘が何度も吐いています", now=DAY).advice == "child_night"
    assert chat("ゆうべ夜中に娘が吐きました", now=DAY).advice == "child_day"  # last night is not now


@pytest.mark.parametrize(
    ("text", "number"),
    [("男がずっと玄関でどなってドアを蹴ってる", "110"), ("娘のあとを知らない男がずっとついてきてる、今も", "110"),
     ("息子が不良に囲まれてお金を取られそう", "110"), ("子どもが知らない車に無理やり乗せられた", "110"),
     ("祖父が草刈り機で足を切った", "119"), ("兄が自分で腹を刺した", "119"),
     ("孫が滑り台から落ちて頭を打って何度も吐いてる", "119"), ("ガスボンベから漏れてる音がする", "119")],
)
def test_new_event_classes_pick_the_right_line(text: str, number: str) -> None:
    decision = chat(text)
    assert decision.is_emergency and decision.number == number, decision


@pytest.mark.parametrize(
    ("text", "number"),
    [("元カノから毎日何十回も電話がきて困る", "#9110"), ("隣の家の人に毎晩嫌がらせをされてる", "#9110"),
     ("覚えのない請求メールが届いた", "188"), ("母の熱が38度ある", "#7119"),
     ("妻がぜんそくの発作でせきこんでいる", "#7119")],
)
def test_advice_lines_for_harassment_bills_and_symptoms(text: str, number: str) -> None:
    decision = chat(text)
    assert not decision.is_emergency and decision.number == number, decision


@pytest.mark.parametrize(
    "text",
    ["娘が寝言でたすけてって叫んでた", "ドラマで人が刺されるシーンがあった", "さんまを焼いたら煙がすごかった",
     "孫がプールで溺れないか心配です", "詐欺に気をつけてと回覧板にありました", "苦しい時の友こそ真の友",
     "犬が死んでいるので回収してほしい", "ばあちゃんがめんこい孫さ会えで喜んでだ"],
)
def test_sleep_talk_fiction_cooking_worries_warnings_and_proverbs_are_not_emergencies(text: str) -> None:
    assert not chat(text).is_emergency, text


@pytest.mark.parametrize(
    ("text", "number"),
    [("ばっちゃ、呼ばっても目ぇ開げね", "119"), ("祖母が寝たまま胸が動いてない", "119"),
     ("川の水が家さ入ってきて、じいちゃん寝たきりで運べねえ", "119"), ("兄がご飯を食べてて急に声が出なくなった", "119"),
     ("子どもがお湯をかぶって腕の皮がむけてる", "119"), ("父が風呂で顔を湯につけたままだった", "119"),
     ("隣の家の窓から黒い煙がもくもく出てる", "119"), ("階段の下で母が立とうとしても立てない", "119"),
     ("知らない男に腕をつかまれた、まだ近くにいる", "110"), ("夫が橋から飛び降りるってメールしてきた", "110"),
     ("祖父が朝に散歩に出たきりで戻らない", "110"), ("夜中に一階でガラスが割れる音がした", "110")],
)
def test_round_eight_event_classes(text: str, number: str) -> None:
    decision = chat(text)
    assert decision.is_emergency and decision.number == number, decision


@pytest.mark.parametrize(
    ("text", "number"),
    [("孫が咳でぜいぜいしてるけど息はできてる、夜の9時", "#8000"), ("娘に発疹が出てる、息苦しそうではない", "#7119"),
     ("夫が頭を打ったけど意識ははっきりしてる、病院に行くべき？", "#7119"),
     ("ネットで頼んだ服が届かないしお店と連絡がつかない", "188"), ("裁判所から払えというはがきが届いた", "188"),
     ("同じ車が何日も後ろをついてくるので話だけでも聞いてほしい", "#9110")],
)
def test_reassurance_denials_and_consumer_matters_are_advice(text: str, number: str) -> None:
    decision = chat(text)
    assert not decision.is_emergency and decision.number == number, decision


@pytest.mark.parametrize(
    "text",
    ["暑すぎて死にそう", "ねむくて死ぬ", "笑いすぎて息できないw", "仕事つらい、誰か助けて（笑）",
     "呼んでも返事がないと思ったら、ヘッドホンをしていただけでした", "昨日の熱はもう下がりました",
     "ゲームで助けてって叫んでた", "血圧が高めなので健診を受けたい"],
)
def test_hyperbole_jokes_and_resolved_scares_are_not_emergencies(text: str) -> None:
    assert not chat(text).is_emergency, text


def test_a_how_to_question_about_a_shelter_still_gets_the_disaster_page() -> None:
    assert chat("避難所さどうやって行けばいいべ").kind == "disaster"
    assert not chat("避難訓練のやり方を教えて").is_emergency


def test_a_person_after_a_thing_is_not_a_fallen_thing() -> None:
    assert chat("バイクの人が倒れて動かない").number == "119"
    assert not chat("自転車が倒れている").is_emergency


@pytest.mark.parametrize(
    ("text", "number"),
    [("孫だって言う人から金貸せって電話がきた", "#9110"), ("知らない番号から何度も電話がきて怖い", "#9110"),
     ("裏山からゴーって音がする", "disaster"), ("沢の水が急に濁ってきた", "disaster")],
)
def test_round_nine_advice_and_disaster_signs(text: str, number: str) -> None:
    decision = chat(text)
    assert not decision.is_emergency and (decision.number or decision.kind) == number, decision


def test_come_is_a_now_cue_only_as_a_request() -> None:
    assert chat("変な電話きて、孫だって金貸せって言うんだ").number == "#9110"
    assert chat("詐欺の電話だと思う、警察の人だという男が今から来る").number == "110"
    assert chat("孫だって言う男から電話、すぐ来てください").number == "110"


@pytest.mark.parametrize("text", ["家事をしています", "火の元を確認してから出かけます", "息子が倒立の練習をしている"])
def test_an_uncorroborated_emergency_intent_is_ignored(text: str) -> None:
    # Rasa gives these 0.98-1.00 "emergency"; the n-gram classifier reads them as everyday sentences.
    assert chat(text, intent="emergency", intent_confidence=1.0).kind == "none"


@pytest.mark.parametrize(("text", "emergency"), [
    ("けいれんはもうおさまったけど意識がない", True),  # settled, but what follows the contrast is still wrong
    ("ひきつけはもうおさまったけど目を覚まさない", True),
    ("火は消えたけどまだ煙が出てる", True),
    ("発作はもうおさまりました", False),
    ("火事はもう消えたけど怖かった", False),  # a feeling after the contrast: still settled
    ("もう火は消えたけど、罹災証明はどこでもらえますか", False),
])
def test_a_settled_sign_does_not_cover_what_is_still_wrong(text: str, emergency: bool) -> None:
    assert chat(text).is_emergency is emergency


@pytest.mark.parametrize("text", ["古川駅のロータリーの近く", "古川駅東口のロータリーの近く", "鹿島台の公民館の裏"])
def test_a_bare_place_given_to_a_form_is_never_an_alarm_of_the_classifier(text: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    assert not decision.is_emergency and decision.kind == "none", (text, decision.events)


@pytest.mark.parametrize("text", ["火事!", "救急車!", "たすけて"])
def test_short_cries_still_alarm_without_the_classifier(text: str) -> None:
    assert assess(text, now=DAY, channel="chat").is_emergency, text


@pytest.mark.parametrize("text", ["娘さ電話してけろ", "孫に連絡してほしい", "主人に電話してください"])
@pytest.mark.parametrize("channel", ["chat", "voice", "checkin"])
def test_a_request_to_phone_family_is_no_alarm_by_itself(text: str, channel: Channel) -> None:
    assert_not_in_phrase_set([(text, channel)])
    decision = assess(text, now=DAY, channel=channel)
    assert not decision.is_emergency and decision.checkin_floor != "help", (text, channel, decision.events)


@pytest.mark.parametrize("text", ["娘さ電話してけろ、父ちゃん倒れで動がねえ", "孫に連絡してほしい、家が燃えてる"])
def test_a_request_to_phone_family_with_an_event_still_alarms(text: str) -> None:
    assert assess(text, now=DAY, channel="chat").is_emergency, text
    assert assess_checkin_answer(text, now=DAY).checkin_floor == "help", text


@pytest.mark.parametrize("text", [
    "救急車さ電話してけろ", "救急車呼んでけろ", "きゅうきゅうしゃに でんわ して ください",
])
def test_asking_someone_to_phone_for_an_ambulance_is_an_emergency(text: str) -> None:
    assert_not_in_phrase_set([(text, "119")])
    decision = assess(text, now=DAY, channel="chat")
    assert decision.is_emergency and "ambulance_request" in decision.events, (text, decision.events)
