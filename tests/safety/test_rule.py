"""After blind18 (:mod:`safety.rule`'s shared fragments), on phrasings not in the set: an answer that does not come
said politely (お返事がありません / ございません), a person who does not so much as twitch (ぴくりともしない), and a
habit word that is only the contrast (いつもの昼寝とは様子が違う) are emergencies; a real habit stays quiet."""

from __future__ import annotations

import re

import pytest

from safety.normalize import views
from safety.rule import BLOOD, FICTION, STRANGER, UNKNOWN_OR_SUSPICIOUS, in_either_order, on_its_line_with
from safety.vocabulary import compile_folded
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # no answer, said politely
    ("廊下で祖父がしゃがみこんでおりまして、お呼びしてもお返事がございません", "119"),
    ("母がソファでぐったりして、肩をたたいても返事がありません", "119"),
    # not so much as a twitch
    ("兄が階段の下でぴくりともしないんです", "119"),
    ("じいちゃんが畑で横になったままピクリともしねえ", "119"),
    # the habit word as the contrast
    ("父が昼から寝たまま、揺すっても起きない。いつもの昼寝とは様子が違う", "119"),
    ("祖母がいつもの居眠りとは違って、呼んでも目を開けません", "119"),
    # a real habit or a message stays quiet
    ("うちの父はいつも昼寝をすると夕方まで起きないんです", "none"),
    ("息子にメールしたけど返事がありません", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18: farm animals (牛っこ, 馬, a head count) are not a person; a person beside them still is.
LIVESTOCK_CASES = [
    ("豚が一頭倒れてて起きない、獣医さんに連絡したい", "none"),
    ("牛の世話をしていた祖父が牛舎で倒れて息してない", "119"),
    ("牛小屋で父が息をしていない", "119"),
]


def test_livestock_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LIVESTOCK_CASES)


@pytest.mark.parametrize(("text", "number"), LIVESTOCK_CASES)
def test_livestock_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18 (after blind19): an animal as the subject of an event word (いなくなった, 冷たくなってた, 倒れて死んで,
# 動かない) is not a person's emergency; a person named between the animal and the event still is.
ANIMAL_SUBJECT_CASES = [
    ("羊が二頭いなくなった、柵が壊れてた", "none"),
    ("鶏が三羽、朝見たら冷たくなってた", "none"),
    ("馬が一頭、放牧地で倒れて死んでました。どこに連絡すればいいですか", "none"),
    ("うちの犬、車の下で動かないけど寝てるだけみたい", "none"),
    ("牛が暴れて父が倒れて血が出てる", "119"),
    ("犬の散歩中に母が倒れて動かない", "119"),
    ("牛の世話中に転んで血が止まらない", "119"),
    ("鶏小屋に行った息子がいなくなった", "110"),
    ("猫が鳴くので見に行ったら祖母が倒れて冷たくなってる", "119"),
]


def test_animal_subject_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ANIMAL_SUBJECT_CASES)


@pytest.mark.parametrize(("text", "number"), ANIMAL_SUBJECT_CASES)
def test_animal_subject_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind20: a thing that fell over, named far before 倒れ with no person between, is not a collapsed person
# (110 when it lies across a road); a person named after it still is.
THING_SUBJECT_CASES = [
    ("裏の杉の木が昨日の強風で根こそぎ倒れて、物置の屋根に乗っかってる", "none"),
    ("バイパスの真ん中に大きな標識が倒れてる、夜だから見えにくい", "110"),
    ("店の看板が風で外れて倒れて、下を歩いてた人が倒れて動かない", "119"),
]


def test_thing_subject_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THING_SUBJECT_CASES)


@pytest.mark.parametrize(("text", "number"), THING_SUBJECT_CASES)
def test_thing_subject_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22: a kana ち is blood only as a word of its own (after から, で, て, の, に or a mark), not the ち inside a
# word (打ち, 父, 町); a small thing gone is not a person gone.
@pytest.mark.parametrize(("text", "blood"), [
    ("あたまからちがでてる", True),
    ("ころんでちがとまらない", True),
    ("頭から血が出てる", True),
    ("あたまうちってないてる", False),
    ("ちちがいえにいる", False),
    ("まちがにぎやか", False),
])
def test_blood_is_a_word_of_its_own(text: str, blood: bool) -> None:
    assert bool(re.search(BLOOD + "(?:が|は)", text)) == blood


SMALL_THINGS = [
    ("娘のおもちゃの部品が見当たらないけど、本人はにこにこしてる", "none"),
    ("3歳の息子が見当たらない、公園で探してる", "110"),
]


def test_small_things_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SMALL_THINGS)


@pytest.mark.parametrize(("text", "number"), SMALL_THINGS)
def test_a_small_thing_gone_is_not_a_person_gone(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_game_is_not_smoke_once_devoiced() -> None:
    fiction = compile_folded(FICTION)
    for text in ("煙が出てる", "けむい", "煙たい部屋"):
        assert not fiction.search(views(text).devoiced), text
    for text in ("ゲームで死んだ", "げーむのはなし"):
        assert fiction.search(views(text).devoiced), text


# Round 40 (blind41, helper A56): an animal as the place, the pastime or what the person handles (犬の散歩中に, 羊の
# 小屋で, 牛の世話をしてたら, 鶏をしめてたら) and an animal beside a person who is the subject (猫が鳴くから見に行っ
# たら、祖父が…) veto no person's sign; an animal alone in trouble stays none.
ROUND40_ANIMAL_CASES = [
    ("犬の散歩中に、道で倒れている男性を見つけた。呼んでも反応がない", "119"),
    ("牛の世話をしてたら、隣で作業してた母が急に倒れて返事がない", "119"),
    ("鶏 を しめて たら 包丁 で 指 を 切って 血 は 止まった けど 縫う べき か わからない", "#7119"),
    ("猫が鳴いてて見に行ったら隣のおばあちゃんが返事しない、動かない", "119"),
    ("犬の散歩中に犬が車にひかれて動かない", "none"),
    ("うちの猫が冷たくなってて動かない", "none"),
    ("猫が倒れてて、おばあちゃんが心配してる", "none"),
    ("おばあちゃんの猫の様子がおかしい、息してない", "none"),
    ("母と犬の様子を見に行ったら、犬の息が止まってた", "none"),
]


def test_round40_animal_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND40_ANIMAL_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND40_ANIMAL_CASES)
def test_round40_an_animal_beside_a_person_vetoes_no_sign(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: food being grilled in any form (魚焼いてて煙すごい, blind43b: 119 for none) is cooking smoke;
# a house set alight or the flames spreading stays 119.
ROUND42_COOKING_CASES = [
    ("隣の家でサンマ焼いてる煙がこっちに入ってくるけど、普通ですか", "none"),
    ("餅を焼いてたら煙がもくもく出てびっくりした", "none"),
    ("肉を焼いてたら火が天井まで上がった", "119"),
    ("誰かが空き家を焼いてて煙がすごい", "119"),
]


def test_round42_cooking_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_COOKING_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_COOKING_CASES)
def test_round42_cooking_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: "cannot move" told with the potential 動かれない (Tohoku 動がれねえ: blind43a's 首いでえって動がれねえ、
# 血も出でる read 110 for the collision alone) is a person who cannot move, like 動けない.
ROUND42_POTENTIAL_CASES = [
    ("ばあちゃん転んで動がれねえ", "119"),
    ("父が腰を打って、痛くて動かれませんと申しております", "119"),
    ("車さ猪ぶつかって、運転してだ兄ちゃん足いでえって動がれねえ", "119"),
]


def test_round42_potential_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_POTENTIAL_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_POTENTIAL_CASES)
def test_round42_potential_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 43 (kinds42, helper A65): shut in by a person told in Tohoku speech (閉じ込めらっちゃって) or by a brother, a
# colleague or a senior is 110, not a rescue; a lift or a fire stays 119.
SHUT_IN_ROUND43 = [
    ("バイト先の社長に倉庫さ閉じ込めらったっちゃ、出はらんね", "110"),
    ("兄貴に物置に閉じ込められてる、鍵かけられた、助けて", "110"),
    ("同僚に更衣室に閉じ込められています。外から押さえられて出られません", "110"),
    ("せんぱいに ぶしつに とじこめられた でられない", "110"),
    ("エレベーターに閉じ込められて出られません、息苦しいです", "119"),
]


def test_shut_in_round43_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SHUT_IN_ROUND43)


@pytest.mark.parametrize(("text", "number"), SHUT_IN_ROUND43)
def test_shut_in_by_a_person_round43(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45b: 近所の掲示板に「オレオレ詐欺に注意」の貼り紙が新しく貼られていました): a warning posted on a
# notice (貼り紙, 看板, 掲示, 立て札) is no scam happening; a scam call told is still one.
ROUND44_NOTICE = [
    ("駅前に「還付金詐欺に注意」の看板が立っていました", "none"),
    ("回覧板じゃなくて、公民館の掲示に振り込め詐欺に気をつけてって書いてあったよ", "none"),
    ("スーパーの入り口に、オレオレ詐欺にご用心という張り紙がしてありました", "none"),
    ("いま息子を名乗る電話で、お金を振り込んでくれと言われています", "110"),
]


def test_round44_notice_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_NOTICE)


@pytest.mark.parametrize(("text", "number"), ROUND44_NOTICE)
def test_round44_a_warning_posted_is_no_scam(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_pattern_on_its_line_with_its_context() -> None:
    ringing = compile_folded(on_its_line_with(r"なって", r"けむり"))
    assert ringing.search("けむりかてて\nけいほうかなってる") is None
    assert ringing.search("けいほうかなってて、けむりかてる")
    assert ringing.search("けむりかてて、けいほうかなってる")


def test_two_words_in_either_order_within_their_gaps() -> None:
    note_left = compile_folded(in_either_order(r"てかみ", r"のこして", gap=6, gap_back=2))
    assert note_left.search("てかみをけんかんにのこしてた")
    assert note_left.search("のこしてたてかみ")
    assert note_left.search("のこしてあったてかみ") is None  # 4 characters back, over the gap of 2
    assert note_left.search("てかみを\nのこして") is None  # not across a line


def test_a_stranger_is_unknown_or_suspicious_and_a_person() -> None:
    assert compile_folded(UNKNOWN_OR_SUSPICIOUS).search("みしらぬ")
    assert compile_folded(STRANGER).search("あやしいおとこかいる")
    assert not compile_folded(STRANGER).search("あやしいくるまかいる")


# Round 50 (blind51a's senior awake at night): 目が覚めて眠れません is awake - ね of 眠 is no negation of a sign of
# life; 目が覚めねえ still is one.
ROUND50_AWAKE = [
    ("目が覚めて眠れねえから、ラジオ聞いでだ", "none"),
    ("揺すっても目が覚めない、眠ったまま", "119"),
]


def test_round50_awake_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND50_AWAKE)


@pytest.mark.parametrize(("text", "number"), ROUND50_AWAKE)
def test_round50_sleepless_is_not_unwaking(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (wide51's impostor handed the cards, told in Tohoku: 暗証番号渡しちまった - the particle dropped, so
# ばんごうわたし read the talk word こうわ of SCAM_WARNING and guarded the scam): 110. Tellings written for this test;
# a talk on scams told as such stays quiet.
HANDED_WITHOUT_PARTICLE = [
    ("銀行の人だっつう男さ、さっき通帳ど暗証番号渡しちまった。まだ近くさいるべ、来てけろ", "110"),
    ("今 役場の人って名乗る男に カードと番号渡しちゃった さっき出てったばっか", "110"),
    ("いま ぎんこうの ひとが きて かーどと あんしょうばんごう わたした。にせものかも。まだ ちかくに いる", "110"),
    ("警察の人が詐欺の講話をしてくれました。暗証番号は渡さないようにと言っていました", "none"),
]


def test_handed_without_particle_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(HANDED_WITHOUT_PARTICLE)


@pytest.mark.parametrize(("text", "number"), HANDED_WITHOUT_PARTICLE)
def test_a_number_handed_without_its_particle_is_no_talk_on_scams(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): 応答 is 返事 (インターホンにも応答がありません) - in kanji only, kana おうとう is also 嘔吐.
@pytest.mark.parametrize(("text", "number"), [
    ("一人暮らしの父の部屋、チャイムを鳴らしても応答がありません。中で音楽が鳴りっぱなしです", "119"),
    ("となりの おばあさん よんでも 応答が ない", "119"),
    ("市のコールセンターに電話したけど自動応答ばかりで困った", "none"),
    ("散歩に出た母がまだ戻らない。スマホにも何度かけても応答がありません", "110"),
])
def test_no_answer_as_outo_is_a_missing_sign_of_life(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): an answer told as almost none (返事ほとんどない) is a sign of life missing.
ROUND51_ANSWER_ALMOST_NONE = [
    ('じいちゃん布団で冷たくなってて返事ほとんどない', '119'),
    ('母の部屋で声をかけたけど返事ほぼなし、体がすごく冷たい', '119'),
    ('メールの返事がほとんどないので、担当課に電話してもいいですか', 'none'),
]


def test_round51_answer_almost_none_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_ANSWER_ALMOST_NONE)


@pytest.mark.parametrize(("text", "number"), ROUND51_ANSWER_ALMOST_NONE)
def test_round51_answer_almost_none(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (helper A103): FICTION's kana words are not read run on into another word - the えいが inside 運営会社 or
# 経営会議 (devoiced えいか) and the まんが of 50万がなくなった, 万が一 or 満開 are no story; a film or a comic told in
# kana still is, also with the comma before the next word dropped (映画、爆発シーン).
def test_a_story_word_is_not_read_inside_another_word() -> None:
    fiction = compile_folded(FICTION)
    for text in ("運営会社に電話した", "けいえいかいぎで決まった", "ごじゅうまんが なくなった",
                 "まんがいち のとき", "さくらが まんかい"):
        assert not fiction.search(views(text).devoiced), text
    for text in ("えいがを みてたら", "きのうの えいがで", "まんがの はなし", "映画館で", "えいが みたいに", "漫画",
                 "きのうの えいが、ばくはつの しーん", "映画さ行ったっけ"):
        assert fiction.search(views(text).devoiced), text


# ... so a threat from someone at the operating company keeps its line (運営会社 was a story, a topic), and a film or a
# comic told in kana stays quiet.
OPERATOR_CASES = [
    ("うんえいがいしゃの ひとから おまえの いえは しってるぞ って でんわが くる", "#9110"),
    ("うんえいがいしゃの たんとうから かぞくに きをつけろって るすでんが はいってた", "#9110"),
    ("えいがを みてたら おまえの いえは しってるぞ って せりふが こわかった", "none"),
    ("まんがで かぞくに きをつけろって るすでんが くる はなしを よんだ", "none"),
]


def test_operator_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OPERATOR_CASES)


@pytest.mark.parametrize(("text", "number"), OPERATOR_CASES)
def test_a_company_named_is_no_story(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
