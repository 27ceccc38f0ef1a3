"""blind21 (:mod:`safety.detect_cues`, :mod:`safety.detect`), on phrasings not in the set: an animal as the subject of
a medical sign (a cat fallen, a calf not breathing, a cow stuck in a ditch) is no patient; a collapse long since,
with nothing alarming told after it, stays past even when "now" follows (今は). The same words said of a person, or
a new collapse after the long-since one, still alarm."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ANIMAL_CASES = [
    ("うちの猫がベランダから落ちたけど、けろっとしてる", "none"),
    ("いぬが いけに おちて おぼれそうになったけど じぶんで あがってきた", "none"),
    ("朝、豚舎を見たら子豚が一頭ぐったりして息をしていなかった", "none"),
    ("べこが田んぼの用水路さ落ちて上がれねえ、どごさ電話すればいいべ", "none"),
    ("ハムスターがケージの中で動かない、息をしていないみたい", "none"),
    # a person's emergency told with the same words still alarms
    ("猫を見に行ったら父がベランダから落ちて動かない", "119"),
    ("犬が池に落ちて、助けに入った弟が溺れてる", "119"),
    ("牛舎で牛の世話をしていた祖父がぐったりして息をしていない", "119"),
    ("犬の散歩中に母が倒れて息をしていない", "119"),
    # the writer hurt, an animal named first (the animal-subject guards stop at 私/自分)
    ("猫がいきなり飛びついてきて、自分が階段から落ちて頭から血が出てる", "119"),
]

LONG_SINCE_CASES = [
    ("父が脳出血で倒れてから二年たちまして、今は家で訓練を続けております。介護の相談窓口は", "none"),
    ("母が心筋梗塞で倒れてから半年になって、今は週に一度の通院です", "none"),
    # long since, then a new collapse now
    ("祖母が脳梗塞で倒れてから三年になるけど、今また倒れて息をしていない", "119"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ANIMAL_CASES + LONG_SINCE_CASES)


@pytest.mark.parametrize(("text", "number"), ANIMAL_CASES)
def test_an_animal_is_no_patient(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LONG_SINCE_CASES)
def test_a_collapse_long_since_stays_past(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22 (blind22): a calf or a piglet named bare (牛舎の子牛、), or a vet asked for with no person named before the
# sign, is an animal's trouble; flopping onto a sofa or a bed is tiredness. A person's sign in the same words alarms.
ROUND22_CASES = [
    ("うちの子豚、朝から動がねぐなった、獣医さんさ電話すっぺか", "none"),
    ("馬小屋の子馬がぐったりして息をしていないようです。動物病院の夜間の番号を教えてください", "none"),
    ("息子が部活から帰るなり、ベッドに倒れ込んで「もう無理」って言いながら笑ってる", "none"),
    ("牛の世話をしてた父がぐったりして息をしていない、獣医さんも来てる", "119"),
    ("夫が布団に倒れ込んだまま、呼んでも返事がない", "119"),
    # a shed that fell is a thing; smoke from a shed is a fire
    ("大雪で物置倒れだ、中のもの出すのに業者呼べばいいべか", "none"),
    ("畑にいたら向かいの家の倉庫から黒い煙が出てる！", "119"),
]


def test_round22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND22_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND22_CASES)
def test_animals_named_bare_or_with_a_vet_and_flopping(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(
    "text",
    ["うちの犬が脱走して、裏の畑を走り回ってる。保健所に言えばいいの？",
     "近所のお祭りで子ども神輿を見て、胸がいっぱいになりました",
     "公園で転びそうになった男の子、すぐ起き上がってそのまま走っていった",
     "孫が手を振って、駅の方へ帰っていった"],
)
def test_calm_stories_keep_the_emergency_classifier_quiet(text: str) -> None:
    # round 22: animals alone, being moved, someone who went off on their own feet (a rule's event would still count)
    assert not find(views(text)).open_to_second_signals


@pytest.mark.parametrize(
    "text",
    ["脱走した牛が県道に出ていて、車が何台も止まってる", "犬に追いかけられた子どもが道路に飛び出した",
     "母が「もう探さないで」って書き置きして出ていった"],
)
def test_the_same_words_with_people_or_a_road_leave_it_open(text: str) -> None:
    assert find(views(text)).open_to_second_signals or find(views(text)).events


# Round 23 (blind23a/b): a bleed told stopped leaves the bare danger words (血, 包丁) no sign of an emergency - a cut
# asked about (縫ったほうが, 夜間に診てもらえる所) is advice; a bleed that does not stop, or a worse sign, still alarms.
BLEED_CASES = [
    ("カッターで手のひら切っちゃった、血はもう止まったけど病院行くべき？", "#7119"),
    ("転んで肘を打ちまして、血は少し出ましたが止まりました。ただ腫れてきております", "#7119"),
    ("包丁で指を切って血が止まらない", "119"),
    ("包丁で刺された、血は止まったけど意識がない", "119"),
]


def test_bleed_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLEED_CASES)


@pytest.mark.parametrize(("text", "number"), BLEED_CASES)
def test_a_bleed_told_stopped_silences_the_bare_danger_words(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 24: something stuck in the throat with breathing told normal is a question for #7119, and something swallowed
# by mistake told fine so far too; an amount taken (全部) or a sign of danger keeps 119.
FINE_CASES = [
    ("父がご飯のあと喉に何かつかえてる感じがするって、息は普通にしてる", "#7119"),
    ("母が血圧の薬をうっかり二回分飲んでしまった。今のところ何ともないけど大丈夫かな", "#7119"),
    ("餅を喉に詰まらせた、顔が紫で息は普通じゃない", "119"),
    ("父が餅を喉に詰まらせて苦しそう", "119"),
    ("母が睡眠薬をひと瓶飲んだみたいで呼んでも起きない", "119"),
]


def test_fine_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FINE_CASES)


@pytest.mark.parametrize(("text", "number"), FINE_CASES)
def test_swallowed_and_fine_so_far_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_swallowed_and_fine_so_far_is_a_symptom_event() -> None:
    assert find(views("子どもがたばこをなめたけど、今のところ元気です")).events.get("poisoning") == "symptom"
    assert find(views("子どもが薬を全部飲んだ、今のところ元気です")).events.get("poisoning") == "medical"
    assert find(views("子どもが電池を飲み込んだ、今のところ元気です")).events.get("poisoning") == "medical"


# After blind25's final score: a swallowed thing told with the person well, but asked about, is advice; with a whole
# box swallowed or the person limp it stays 119.
@pytest.mark.parametrize(("text", "number"), [
    ("じいちゃんが入れ歯洗浄剤をなめたみたいだけど、元気なんだけど、どうすればいい", "#7119"),
    ("父が農薬を飲んだらしい、元気だけど顔色が悪くてぐったりしてきた", "119"),
])
def test_blind25_swallowed_but_well(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 25: a fire in its place (a wood stove, a hearth, a bonfire, fireworks, a barbecue) makes bare crackling or
# burning words no alarm and keeps the classifier quiet; the fire got out or someone hurt by it still alarms.
FIRE_IN_PLACE_CASES = [
    ("薪ストーブの中で薪がパチパチいってる、あったかい", "none"),
    ("囲炉裏の炭がぱちぱちはぜてて風情がある", "none"),
    ("河原のたき火がパチパチ燃えてて気持ちいい", "none"),
    ("孫と線香花火、ぱちぱちきれい", "none"),
    # the same fire got out or hurt someone
    ("薪ストーブの前の座布団に火が移ってパチパチ燃えてる", "119"),
    ("たき火の火の粉で枯れ草が燃え広がってパチパチいってる", "119"),
    ("花火の火が弟の服について燃えてる", "119"),
    # smoke seen coming from somewhere else while a fire burns in its place
    ("バーベキューの最中に、向かいの倉庫から煙が出てきた", "119"),
]
# Round 25: not getting up, not answering or shut in told as the usual or on purpose (寝坊, 無視, 引きこもり, いつもの
# こと) is no missing sign of life; unlike the usual, or consciousness or breath named, it still alarms.
TOLD_USUAL_CASES = [
    ("うちの高校生、今朝も寝坊して起きてこない", "none"),
    ("旦那に話しかけても返事しない、完全に無視されてる", "none"),
    ("兄が引きこもりで部屋から出てこない、家族会はありますか", "none"),
    ("父は電話に出ないけど、いつものことだから気にしてない", "none"),
    ("中学生の息子が反抗期で、何を聞いても返事もしない", "none"),
    ("寝坊だと思って起こしに行ったら、呼んでも目を開けない、息が変", "119"),
    ("いつもより起きてこないので見に行ったら、揺すっても返事しない", "119"),
    # 玄関 (げんかん, devoiced けんかん) is no quarrel (けんか): the rule's old guard silenced this
    ("玄関で祖父がうずくまって動かない、呼んでも返事しない", "119"),
]


# Someone at the door from outside who does not answer is a stranger (110: ``stranger_at_the_door``), not a person
# without signs of life; a household person found at the door still is (119).
AT_THE_DOOR_CASES = [
    ("誰かが外から玄関のドアノブをがちゃがちゃ回してて、声をかけても返事がない", "110"),
    ("夜中に誰かが外からドアをたたいてる、誰ですかって聞いても返事しない", "110"),
    ("玄関で母が倒れてて、呼んでも返事がない", "119"),
    ("玄関の外で父が倒れてて、揺すっても返事がない", "119"),
]


def test_round25_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FIRE_IN_PLACE_CASES + TOLD_USUAL_CASES + AT_THE_DOOR_CASES)


@pytest.mark.parametrize(("text", "number"), AT_THE_DOOR_CASES)
def test_someone_at_the_door_is_no_missing_sign_of_life(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FIRE_IN_PLACE_CASES)
def test_a_fire_in_its_place_is_no_alarm_until_it_gets_out(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), TOLD_USUAL_CASES)
def test_not_getting_up_as_the_usual_is_no_missing_sign_of_life(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 34 (blind35 read): the ambulance weighed by degree turns a weighable sign into a question; a prowler
# night after night is the consultation line.
BLIND35_DETECT_CUES = [
    ('転んで腕が痛くて起き上がれないけど、救急車呼ぶほどでもないよね', '#7119'),
    ('救急車呼ぶほど痛い、起き上がれない', '119'),
    ('毎晩、家の前をだれかがのぞいてる気がする', '#9110'),
    ('いま 家の前を だれかが のぞいてる', '110'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_DETECT_CUES)


@pytest.mark.parametrize(("text", "number"), BLIND35_DETECT_CUES)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 41 (blind42, helper A60): someone shouting at the door every night, asked about, is the consultation line (as a
# prowler told as a habit); a likeness of collapsing (倒れ込むように) is no collapse.
ROUND41_CUES = [
    ("隣の人が毎晩うちのドアの前で怒鳴ってくる、どこに相談すれば", "#9110"),
    ("今、知らない男が玄関の前で怒鳴ってる", "110"),
    ("運動会で孫が倒れ込むようにゴールしてた", "none"),
    ("急に倒れるように座り込んで、呼んでも返事しない", "119"),
]


def test_round41_cue_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_CUES)


@pytest.mark.parametrize(("text", "number"), ROUND41_CUES)
def test_round41_shouting_as_a_habit_and_a_likeness(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 45 (blind46a): a fire in its place cancels only the fire words (FIRE_IN_PLACE_CANCELLED): a fight or a weapon
# at the fireworks, a barbecue or a bonfire is still the police's; a quarrel told as a memory there is not
FIGHT_AT_A_FIRE_CASES = [
    ("花火大会で酔っぱらいがケンカして瓶振り回してる", "110"),  # the set's telling
    ("バーベキュー場で酔った客同士が喧嘩して、包丁持ち出してる", "110"),
    ("どんど焼きの会場で男の人が暴れでて、棒振り回してっちゃ", "110"),
    ("キャンプファイヤーの最中に知らない男が入ってきて、刃物を振り回しています", "110"),
    ("バーベキューで包丁がよく切れなくて困った", "none"),
    ("線香花火をしながら、昔の喧嘩の話をした", "none"),
    ("花火大会の帰りに、昔ケンカした友達とばったり会った", "none"),
]


def test_fight_at_a_fire_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FIGHT_AT_A_FIRE_CASES[1:])


@pytest.mark.parametrize(("text", "number"), FIGHT_AT_A_FIRE_CASES)
def test_a_fight_at_a_fire_in_its_place_is_still_one(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 45 (blind27b: 膝をすりむきました。もう絆創膏を貼って遊んでいます。近くに公衆トイレはありますか, none): a scrape
# already dressed with nothing more told of it is settled; still swelling, sandy or asked about, it stays advice.
ROUND45_DRESSED_SCRAPE = [
    ("息子がサッカーで膝すりむいたけど、絆創膏はってまた走り回ってる", "none"),
    ("むすめ ころんで ひざ すりむいた ばんそうこう はった もう あそんでる", "none"),
    ("母が庭仕事で手の甲を擦りむいたので、絆創膏を貼っておきました。回覧板はいつ回せばいいですか", "none"),
    ("自転車で転んで膝をすりむいて、絆創膏を貼ったけど、だんだん腫れてきた", "#7119"),
    ("転んで膝をすりむいたので絆創膏を貼りました。病院に行ったほうがいいでしょうか", "#7119"),
    ("膝をすりむいて絆創膏を貼ったけど、砂が入ったままで痛がってる", "#7119"),
]


def test_round45_dressed_scrape_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_DRESSED_SCRAPE)


@pytest.mark.parametrize(("text", "number"), ROUND45_DRESSED_SCRAPE)
def test_round45_a_dressed_scrape_is_settled_unless_still_hurting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round45_the_dressed_closure_is_named() -> None:
    assert "dressed" in find(views("膝をすりむいたけど絆創膏を貼って遊んでる")).closures


# Round 49 (blind50): dozing off every night where one sits, or sleeping late on days off, told as the habit - no
# missing sign of life; the same setting with a sign unlike the habit (いびき, 今夜は…反応がなく) still alarms.
DOZING_HABIT = [
    ("じいちゃん毎晩テレビの前で寝ちゃって、起こしても部屋に行かないんだ", "none"),
    ("母は毎晩ソファでうたた寝して、声をかけても寝室に行きません", "none"),
    ("息子は休みの日は昼過ぎまで寝てて、起こしても起きない", "none"),
    ("父が晩酌のあとこたつで寝ていて、いびきがすごくて、呼んでも起きない", "119"),
    ("毎晩こたつで寝る父が、今夜は呼んでも揺すっても反応がなく、息が変です", "119"),
]


def test_dozing_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DOZING_HABIT)


@pytest.mark.parametrize(("text", "number"), DOZING_HABIT)
def test_dozing_off_as_a_habit(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49 (wide51b): the Obon welcoming or sending fire at the door is a fire in its place; one that spread or burnt
# someone still fires.
OBON_FIRE_CASES = [
    ("おとなりが いえの まえで おがらを もやしてる。おぼんの むかえび って なに?", "none"),
    ("お盆の送り火をしてたら、火が燃え移って玄関マットが燃えてる！", "119"),
    ("隣の家の前で何か燃やしてて煙がすごい、火事かも！", "119"),
]


def test_obon_fire_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OBON_FIRE_CASES)


@pytest.mark.parametrize(("text", "number"), OBON_FIRE_CASES)
def test_an_obon_fire_at_the_door_is_in_its_place(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51: in good spirits now (今は機嫌がいい) is told fine so far: a tobacco end or medicine put in a child's mouth
# is the night line's question (#8000), not a poisoning - unless a great amount or a battery is named.
@pytest.mark.parametrize(("text", "number"), [
    ("2歳の子がたばこの吸い殻を口に入れてたみたい。今は機嫌がいいです", "#8000"),
    ("孫が灰皿のたばこをかじったみてえだ、今は機嫌もいいんだけんど", "#8000"),
    ("2歳の子がボタン電池を口に入れてた、今は機嫌がいい", "119"),
])
def test_round_51_good_spirits_now_is_fine_so_far(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=NIGHT)


# Round 51 (blind52b, helper A98): a topic word as the setting one was at, told as going on (見学に来ておったら).
SETTING_GOING_ON_CASES = [
    ("文化祭の見学に行っておったら、隣の方が急に倒れて動きません", "119"),
    ("体験会に来てたら、前の席の男性が胸を押さえて苦しそうです", "119"),
]
SETTING_GOING_ON_QUIET = [
    ("見学に行ってたら楽しかったです", "none"),
    ("工場見学はできますか", "none"),
]


def test_setting_going_on_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SETTING_GOING_ON_CASES + SETTING_GOING_ON_QUIET)


@pytest.mark.parametrize(("text", "number"), SETTING_GOING_ON_CASES + SETTING_GOING_ON_QUIET)
def test_a_topic_word_one_was_at_is_a_setting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52a, helper A98): no answer while watching or reading is someone awake; the real alarms first.
NO_ANSWER_WHILE_BUSY_CASES = [
    ("父がテレビを見ていたら急に倒れて、呼んでも返事しない", "119"),
    ("呼んでも返事しないでテレビの前で倒れてる", "119"),
    ("ばあちゃん呼んでも返事しないで新聞読んでる、いつものこと", "none"),
    ("息子は返事もせずにスマホいじってる", "none"),
]


def test_no_answer_while_busy_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NO_ANSWER_WHILE_BUSY_CASES)


@pytest.mark.parametrize(("text", "number"), NO_ANSWER_WHILE_BUSY_CASES)
def test_no_answer_while_watching_or_reading_is_someone_awake(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): an aftermath word (〜たあとの) before a room of the home where someone is found at once is the
# scene, not a topic (風呂釜を使ったあとの浴室の前で母が); the aftermath asked about stays a topic.
@pytest.mark.parametrize(("text", "number"), [
    ("石油ストーブを消したあとの部屋で祖父がぐったりして吐いています", "119"),
    ("ごはん たべたあとの だいどころで ちちが たおれてる", "119"),
    ("倒れたあとのリハビリについて相談したいです", "none"),
])
def test_a_room_after_an_aftermath_word_is_the_scene(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): something swallowed, the child in good spirits now - a question for the night line, not 119; a
# large amount, a button battery or a bad sign stays 119.
@pytest.mark.parametrize(("text", "number"), [
    ("むすこが たばこを くちに いれてた いまは きげん いいけど びょういん いくべき?", "#8000"),
    ("孫が芳香剤をなめたみたいです。今は機嫌よく遊んでおりますが", "#8000"),
    ("孫がボタン電池を飲み込んだ、今は機嫌いいけど", "119"),
    ("娘が洗剤を飲んで、今は機嫌がいいけど、ぐったりしてきた", "119"),
])
def test_a_swallow_told_in_good_spirits_now_is_a_question(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=NIGHT)


# round 52 (blind53b): fireworks as the name of a meet or its grounds (花火大会から帰ってから, 花火会場の河原) are its
# day or place, no fire in its place: a child's fever at night or a flood at the grounds is answered; fireworks lit
# (手持ち花火の煙) stay a fire in its place, and a fire at the grounds is still 119.
ROUND52_FIREWORKS_MEET = [
    ("夜中です。息子が花火大会から帰ってきてから吐いてばかりで、熱も高いです", "#8000"),
    ("花火会場の河川敷にいるけど、川の水が急に増えてきた。どこに逃げればいい", "disaster"),
    ("庭で手持ち花火してて、煙がすごいけど楽しい", "none"),
    ("花火大会の会場で、屋台のテントから火が出て燃え広がってる", "119"),
]


def test_round52_fireworks_meet_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_FIREWORKS_MEET)


@pytest.mark.parametrize(("text", "number"), ROUND52_FIREWORKS_MEET)
def test_round52_fireworks_meet(text: str, number: str) -> None:
    hour = 23 if number == "#8000" else 14
    assert_decides(text, number, now=DAY.replace(hour=hour))


# Round 52 (wide54): a topic word as the setting - come to it, or a family member there named just after
# (田植え体験さ来てだ孫), or a means named as too little for what is going on (消火器じゃ間に合わねえ):
# the alarm told stays; the topic word asked about stays a topic.
@pytest.mark.parametrize(("text", "number"), [
    ("牛舎の奥から火が出てる、消火器じゃもう消せねえ", "119"),
    ("納屋が燃えてる！消火器では追いつかない", "119"),
    ("防災体験さ来てだ人が急に倒れで動がねえ", "119"),
    ("消火器の使い方を地区の訓練で習いたい", "none"),
    ("消火器の詰め替えはどこでできますか", "none"),
])
def test_a_topic_word_as_the_setting_of_an_alarm(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 53 (wide55): a course or a meet as the setting - watched or cheered at (試合を応援してたら), or its own bus or
# car told crashing (研修の送迎バスが横転して): the alarm told stays; the course or the meet asked about stays a topic.
@pytest.mark.parametrize(("text", "number"), [
    ("息子の柔道の大会を応援しておりましたら、隣の席のおじいさんが急に倒れて息をしていません", "119"),
    ("剣道大会を見てたら観客の人が倒れて動かない", "119"),
    ("料理教室の送迎バスが田んぼに落ちて、生徒さんが頭から血を流してる", "119"),
    ("そろばん教室のくるま、坂で滑って横転したっちゃ、中の子ども意識ねえ", "119"),
    ("料理教室の送迎バスは何時に出ますか", "none"),
    ("剣道大会を見に行きたいのですが、日程を教えてください", "none"),
])
def test_a_course_or_a_meet_as_the_setting_of_an_alarm(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)
