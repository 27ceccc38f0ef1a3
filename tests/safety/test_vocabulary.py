"""After blind18 (:mod:`safety.vocabulary`'s ``NOW``), on phrasings not in the set: "even this late" (今からでも)
about a procedure is no "now" cue, so a past fire or a topic stays quiet; a real "now" still raises the alarm. "Should
it ever" (万一…とき) is a precaution, and "completely settled" (すっかり治まった) is settled like もう治まった."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.assess import assess
from safety.detect import find
from safety.evaluate import predicted_number
from safety.normalize import views
from safety.vocabulary import CHILD_CONTEXT, PERSON_CONTEXT
from safety.vocabulary_time import NOW
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    ("先月の火事で焼けた家の証明書、今からでも発行してもらえますか", "none"),
    ("おととしの台風の被害の罹災証明って、いまからでも申請できるんでしょうか", "none"),
    ("今から火事の家に近づくなって言われたけど煙がすごい", "119"),
    ("今、台所から火が出てます", "119"),
    # "should it ever" (万一/万が一 ... とき): a precaution
    ("万が一転んだときに知らせてくれるペンダントって市で借りられますか", "none"),
    ("万一火事になった場合、火災保険はおりるんでしょうか", "none"),
    # settled "completely" (すっかり治まった), unless a contrast names what is still wrong
    ("昨夜の腹の激痛はすっかりおさまって、今朝は普通にごはんを食べました", "none"),
    ("母の胸の痛みはすっかり治まったけど、まだ呼んでも返事がない", "119"),
    # a boy or a girl is a person (少年はぴくりともしない)
    ("ブランコの下で小学生くらいの少女がぴくりともしません", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18 (after blind18): classes of false alarm and one missed emergency, on other wordings.
ROUND_18_CASES = [
    # a memory told with gratitude (今でも感謝) or a lesson since (それ以来), not "now"
    ("若いころ父が畑で倒れて運ばれたことがあって、今でもあの救急隊員さんに感謝しています", "none"),
    ("むかし兄が川で溺れたことがあって、それ以来まごには川遊びをさせていません", "none"),
    # recovered and walking again (今は歩けています); not walking now stays an alarm
    ("母はおととし脳出血で倒れましたが、今は歩けています。介護保険のことを聞きたいです", "none"),
    ("去年倒れた母が、今また倒れて歩けない", "119"),
    # 〜もしない is no "if" (もし): a limp child after a fall into the water is 119
    ("用水路に落ちた弟を抱き上げたけど、顔が真っ青で声も出しもしないし手足がぐにゃっとしてる", "119"),
    # a way of doing so that it does not happen (喉に詰まらせない切り方, 転ばない座り方)
    ("こんにゃくゼリーを喉につまらせない食べさせかた教えてください", "none"),
    ("じいちゃんが転ばない座り方ってあるの", "none"),
    # 草 closing a message: a joke
    ("弟が肝試しで腰抜かして動けなくなってたの草", "none"),
    # a household thing that fell (物干し竿, 袋, 箱), not a person; a person who fell still is
    ("台風で物干しざおが倒れて、網戸が破れました", "none"),
    ("肥料の袋が倒れて、車庫の床が汚れちゃった", "none"),
    ("物干しざおを片付けていた母が倒れて動かない", "119"),
    ("おふくろが台所で倒れてる", "119"),
    # the disposal of a dead animal is aftermath
    ("飼ってた山羊が死んだので、死んだ山羊の処理をどこに頼めばいいか知りたい", "none"),
]


def test_round_18_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_18_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_18_CASES)
def test_round_18_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18, speech: the recogniser's one-mora slips of a core word - 動がね heard as 動画ね (not a video topic then),
# 息してない heard as 行きしてない - still say the person does not move or breathe.
SPOKEN_SLIP_CASES = [
    ("うちのじっちゃ、台所で倒れでで動画ねえ", "119"),
    ("ばあちゃんが布団の上で動画ね", "119"),
    ("風呂で沈んでた孫を引き上げたけど行きしてない", "119"),
    ("孫が撮った運動会の動画ね、とてもよく撮れてました", "none"),
    ("祭りの動画をホームページに載せてもらえますか", "none"),
]


def test_spoken_slip_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SPOKEN_SLIP_CASES)


@pytest.mark.parametrize(("text", "number"), SPOKEN_SLIP_CASES)
def test_spoken_slips_decide(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 19: an adjective ending in たい (冷たい, 重たい) closing a message is no wish (a service frame that silenced the
# danger words and the classifier); 若い方, 仲間, おっさん as people: test_vocabulary_people.py.
def test_an_adjective_in_tai_is_no_service_frame() -> None:
    assert not find(views("隣のじいちゃんが玄関先で横になってて、手が冷たい")).service
    assert not find(views("ばあちゃんの体が重たい")).service
    assert find(views("市民プールに行きたい")).service


# After blind25's final score: a double negation is no negation (歩けないことはない: can walk), a dream told without
# を, whether it was a fire asked after, "this time last year" and the swindler still going round the neighbourhood.
BLIND25_READINGS = [
    ("階段で足をひねりました。立てないことはないのですが、足首が腫れてきました。病院に行くべきでしょうか", "#7119"),
    ("こわい ゆめ みた くまに おそわれた", "none"),
    ("夜中に消防車が何台も通ったけど、どこか火事だったの？", "none"),
    ("おととしの今頃、母が倒れて入院した病院の面会時間を知りたい", "none"),
    ("銀行員を名乗る男にキャッシュカードを渡してしまった、その男がまだこの辺をうろうろしてる", "110"),
]
BLIND25_STILL = [
    ("足首が腫れて立てない、痛くて動けない", "119"),
    ("夢みたいな話だけど、今となりの家が燃えてる！", "119"),
    ("となりの家が火事です、すぐ来てください", "119"),
    ("銀行員を名乗る男にキャッシュカードを渡してしまいました。もう帰りましたが、詐欺でしょうか", "#9110"),
]


def test_blind25_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND25_READINGS + BLIND25_STILL)


@pytest.mark.parametrize(("text", "number"), BLIND25_READINGS + BLIND25_STILL)
def test_blind25_readings(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind27: 祖父 in kana is not ソファ or ソフト; 今のうちに ("while there is time") is no "now"; a swindler's collector
# due any minute is 110 even when the message asks whether it is real.
BLIND27_CASES = [
    ("犬がソファから飛び降りたけど、普通に走り回ってる", "none"),
    ("ソフトクリームを食べたら、父がソファから落ちて頭を打って動かない", "119"),
    ("もし台所で火事になったら、消火器をどう使えばいいか今のうちに練習しておきたい", "none"),
    ("火事だ、今のうちに外へ逃げて", "119"),
    ("市役所の者という人が還付金の書類を受け取りに来ると言うのですが、本当でしょうか。まもなく来るそうです", "110"),
    ("市役所の者という人から還付金の電話がありました。本当でしょうか。来週書類が届くそうです", "#9110"),
]


def test_blind27_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND27_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND27_CASES)
def test_blind27_vocabulary(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): こないだ is past; an appearance denied after a particle (息は苦しそうではない).
BLIND30_VOCABULARY = [
    ("こないだ倒れた祖父、もうすっかり元気です", "none", DAY),
    ("娘の顔に夜から赤いぶつぶつが出てかゆがっている。夕飯にカニを食べた。息は苦しそうではない", "#8000", NIGHT),
]


def test_blind30_vocabulary_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in BLIND30_VOCABULARY])


@pytest.mark.parametrize(("text", "number", "now"), BLIND30_VOCABULARY)
def test_blind30_vocabulary_kinds(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


# After blind32's final score: readings that named a wrong word (はは+が read 墓 or 歯が, ですが+母は read as laughter,
# 仙台まで read いま, こども+ねつ cut at ね) and senior colleagues as people.
ROUND_32_CASES = [
    ("ははが たおれて うごかない", "119"),
    ("ははがいて、きゅうに むねが くるしいって", "119"),
    ("仙台までの高速バスは何時に出ますか", "none"),
    ("会社の後輩が急に倒れて動きません", "119"),
]


def test_round_32_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_32_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_32_CASES)
def test_round_32_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_sendai_is_no_now_and_a_childs_fever_in_keywords_names_a_child() -> None:
    assert NOW.search(views("仙台まで行きます").devoiced) is None
    assert CHILD_CONTEXT.search(views("こども ねつ").devoiced) is not None
    assert PERSON_CONTEXT.search(views("せんぱいが").devoiced) is not None


# After blind33's final score (helper A33): the swindler still there (まだいます) is 110; hyperbole with
# かと思った, prevention (事故を防ぐため) and a scene seen and asked after (その後どうなったのか) are no alarm
CONTEXT33 = [
    ("市役所の者だと名乗る人が来て、通帳を預かると言っています。まだいます", "110"),
    ("部活の練習きつすぎて足ちぎれるかと思った", "none"),
    ("海の事故を防ぐために子どもに何を教えればいいですか", "none"),
    ("昨日、公園で人が倒れているのを見かけました。その後どうなったのか気になります", "none"),
]


def test_context33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CONTEXT33)


@pytest.mark.parametrize(("text", "number"), CONTEXT33)
def test_context33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): a telephone's もしもし is no "what if" (its second もし read as もし), and a person back
# home after a stay in hospital is no "now" (今は自宅に戻っています).
BLIND34_CASES = [
    ("もしもし、母が倒れて息をしていません", "119"),
    ("もしもし 祖母が 呼んでも 返事しない", "119"),
    ("もし母が倒れたらどうすればいいですか", "none"),
    ("母は先週心筋梗塞で入院して、今は家に戻っています。介護用ベッドの補助はありますか", "none"),
]


def test_blind34_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND34_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND34_CASES)
def test_blind34_telephone_opener_and_home_again(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 40 (blind41, helper A56): a memory with words between the day and 思い出す is past; kana こや as the place
# where a person lies (ひつじの こやで たおれてる) is no fallen shed.
@pytest.mark.parametrize(("text", "number", "event"), [
    ("母が風呂で沈んでいた朝のことを、毎晩お風呂に入るたびに思い出します", "none", ""),
    ("ひつじの こやで たおれてる かあちゃん ちが でてる", "119", "collapsed"),
    ("こやが ゆきで たおれた", "none", ""),
])
def test_round40_a_memory_and_a_shed_as_the_place(text: str, number: str, event: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    if event:
        assert event in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 43 (kinds42, helper A65): an order not delivered, the seller silent - a shop's silence, no person without
# signs of life; a person found after it still is.
UNDELIVERED_CASES = [
    ("通販で頼んだ布団がいつまでたっても来ません。お店に電話しても誰も出ないのです", "no alarm"),
    ("ふりまで かった げーむ こない あいてから へんじ ない", "no alarm"),
    ("ネットで注文したコート、もう三週間届かねえ。店さメールしても返事ねえんだ", "no alarm"),
    ("えっと 通販 で 買った 靴 が 届かなくて 販売 元 に 連絡 して も 返事 が ない ん です", "no alarm"),
    ("ネットで買ったマットが届かなくて、母の様子を見に行ったら倒れてて返事がない", "119"),
]


def test_undelivered_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(UNDELIVERED_CASES)


@pytest.mark.parametrize(("text", "expected"), UNDELIVERED_CASES)
def test_an_order_not_delivered_is_no_person_unanswering(text: str, expected: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    if expected == "no alarm":
        assert not decision.is_emergency, (text, decision.kind)
    else:
        assert predicted_number(decision) == expected, (text, predicted_number(decision))


# Round 49 (wide51: 先週2版で買った電気ストーブの後ろから煙が出てて火が出てます): a past word dating when a thing
# was bought or delivered (PAST_ACQUIRED) does not make the fire told now a past one; a fire of last week told as
# over, or a worry about the new heater, stays quiet.
ROUND49_PAST_ACQUIRED = [
    ("先月通販で買ったヒーターから火が出てる！カーテンに燃え移った", "119"),
    ("せんしゅう とどいた ストーブの うしろから ひが でて います。カーテンが もえそう", "119"),
    ("先週買った暖房機、裏から煙出て火ぃ噴いてんのっしゃ、じゅうたんさ燃え移っぺ", "119"),
    ("先週買ったヒーターが火事にならないか心配です。安全な使い方は？", "none"),
    ("先週、ヒーターから火が出てボヤになりました。保険の手続きを教えてください", "none"),
    # the kana かった of a bought thing only after a particle or the time word: ぶつかった, わかった are no purchase
    ("せんげつ ともだちから かった すとーぶから ひが でてる！", "119"),
    ("去年、山道で鹿とぶつかったことがあって、冬の運転が怖いんです", "none"),
    ("先月、畑で見つかった不発弾みたいなもの、あれはどうなりましたか", "none"),
]


def test_round49_past_acquired_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND49_PAST_ACQUIRED)


@pytest.mark.parametrize(("text", "number"), ROUND49_PAST_ACQUIRED)
def test_round49_a_thing_bought_last_week_is_no_past_event(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51: a sign denied and the telling going on (息苦しさはなく、ほかは普段と; 苦しがる様子はなく) cancels that sign
# (``DENIED_AFTER``); a denial of another word (鼻血じゃなくて) and consciousness told lost (意識はなく) do not.
ROUND_51_DENIED_ON = [
    ("夜中に母がムカデに指をかまれて腫れて痛がっています。息苦しさはなく、顔色もいつもどおりです", "#7119", NIGHT),
    ("3歳の子が1円玉を飲み込んだようです。苦しがる様子もなく、おやつを食べています", "#8000", NIGHT),
    ("血が止まらない、鼻血じゃなくて手のひらをざっくり切った", "119", DAY),
    ("祖父を呼んでも意識はなく、いびきのような息をしています", "119", DAY),
]


def test_round_51_denied_on_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_51_DENIED_ON])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_51_DENIED_ON)
def test_round_51_a_sign_denied_and_told_on(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


# Round 51 (blind52, helper A98): oneself "dead" from a hangover or a workout (TIREDNESS_HYPERBOLE), and a past
# faint told with 今は何とも (RECOVERED written in kanji); the real alarms first.
TIRED_OR_RECOVERED_CASES = [
    ("父が部屋で死んでる、冷たくなってる", "119"),
    ("父が昔倒れたことがあるんですが、今また倒れて息をしていません", "119"),
    ("筋肉痛で死んでる、階段無理", "none"),
    ("ふつかよいで しんでる きょう やすむ", "none"),
    ("父は昔、脳梗塞で倒れたことがありますが、今は何ともないです", "none"),
]


def test_tired_or_recovered_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(TIRED_OR_RECOVERED_CASES)


@pytest.mark.parametrize(("text", "number"), TIRED_OR_RECOVERED_CASES)
def test_tiredness_hyperbole_and_a_recovery_in_kanji_are_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52b, helper A98): a baby not yet born, a son's wife or a daughter's husband is no child (NOT_A_CHILD);
# a daughter is.
NOT_A_CHILD_CASES = [
    ("娘の旦那が夜中に急にお腹が痛いと言ってる、救急行くべき？", "#7119"),
    ("妊娠中の妻が、お腹の赤ちゃんのことで夜になってお腹が張ると不安がっている、病院行くべき？", "#7119"),
    ("娘が夜中に急にお腹が痛いと言ってる、救急行くべき？", "#8000"),
]


def test_not_a_child_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOT_A_CHILD_CASES)


@pytest.mark.parametrize(("text", "number"), NOT_A_CHILD_CASES)
def test_an_unborn_baby_or_a_child_in_law_is_no_child(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 51 (wide53): a pigeon or a nestling is a bird (a bird counted, 一羽, read ひとわ, names no person), and a
# sign told fine right after it (息とか平気, 息は大丈夫です) is denied - not when asked (息は大丈夫かな). Real alarms
# first.
@pytest.mark.parametrize(("text", "number"), [
    ("父が冷たくなって動きません", "119"),
    ("ベランダで鳩が一羽、冷たくなって動かない。どこに連絡すれば", "none"),
    ("のきしたの すの ひなが つめたくなって うごかない", "none"),
    ("雛人形を出していたら、母が冷たくなって動きません", "119"),
    ("ひなかーてんに もえうつった はやく きて", "119"),
])
def test_a_pigeon_or_a_nestling_is_no_person(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [
    ("エビを食べたら全身にじんましん、息が苦しそう", "119"),
    ("はちに さされた いきは だいじょうぶかな", "119"),
    ("そばを食べたあと口がかゆい。息とか平気だけど病院行くべき?", "#7119"),
])
def test_a_sign_told_fine_right_after_is_denied(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a call that came (電話来て) is no call for someone to come now.
ROUND51_CALL_CAME = [
    ('元の彼から殺すって何回も言われて、きのうも電話来て', '#9110'),
    ('誰か来て！父が倒れた', '119'),
]


def test_round51_call_came_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_CALL_CAME)


@pytest.mark.parametrize(("text", "number"), ROUND51_CALL_CAME)
def test_round51_call_came(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 52 (blind53b): a voice or a throat "dead" from singing or cheering (BODY_PART_HYPERBOLE) is hoarse, not a
# person dead; a person dead, or a throat swollen shut, is still an alarm.
ROUND52_VOICE_DEAD = [
    ('応援で叫びまくって、声が完全に死んでるわ', 'none'),
    ('昨日のライブで歌いすぎて のど死んでる', 'none'),
    ('カラオケから帰ったら、じいちゃんが部屋で死んでる', '119'),
    ('のどが腫れて息ができない', '119'),
]


def test_round52_voice_dead_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_VOICE_DEAD)


@pytest.mark.parametrize(("text", "number"), ROUND52_VOICE_DEAD)
def test_round52_voice_dead(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: a grown son or daughter told at work (夜勤中の息子, 会社勤めの娘) is an adult (#7119 at night), not a child
# (#8000); a son home from school, or a small child met after work, is still a child. Real alarms first.
ADULT_CHILD_AT_WORK = [
    ("夜勤中の息子が職場で倒れて意識がないって連絡があった", "119"),
    ("夜勤中の息子が職場でめまいがして座り込んでるって電話がありました。今夜やってる病院ありますか", "#7119"),
    ("むすこが やきんちゅうに めまいが するって でんわが きた。 どこの びょういんに いけば いい", "#7119"),
    ("会社勤めの娘が夜になって熱が39度、頭が痛いって。救急行くべき？", "#7119"),
    ("息子が仕事中に腕をぶつけて腫れてるって、夜間の病院ってありますか", "#7119"),
    ("部活から帰った息子が夜になって熱が39度、頭が痛いって。救急行くべき？", "#8000"),
    ("仕事から帰ったら娘が熱を出してぐずってる、まだ3歳です。夜でもみてもらえる？", "#8000"),
]


def test_round55_adult_child_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ADULT_CHILD_AT_WORK)


@pytest.mark.parametrize(("text", "number"), ADULT_CHILD_AT_WORK)
def test_round55_a_grown_child_at_work_is_an_adult(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 55: a fall of a past year, well again told as a change (今はすっかり良くなりました, もう治った), asking for a
# contractor or a new ladder, is none; a fall of today told "better" with a fresh sign after it stays an alarm.
WELL_AGAIN = [
    ("さっき屋根から父が落ちて、今は良くなったって言うけど頭から血が出てる", "119"),
    ("今朝はしごから落ちた夫、今は良くなったと言ってるけど、さっきまた吐いた", "119"),
    ("去年の秋に屋根から落ちたけど今はすっかり良くなりました。雨漏りを直す業者を探しています", "none"),
    ("きょねん はしごから おちたけど いまは もう なおったよ。 あたらしい はしごを かいたい", "none"),
    ("先月脚立から落ちて腰を打ちましたが、今はもう治っております。脚立の捨て方を教えてください", "none"),
]


def test_round55_well_again_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WELL_AGAIN)


@pytest.mark.parametrize(("text", "number"), WELL_AGAIN)
def test_round55_a_past_fall_well_again_is_over(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: an evening hour told in the message (21時, 午後9時, よるくじ) is night for a child's line (#8000) whatever
# the clock says; a nephew or niece (甥っ子, 姪っ子) is a child; 21時間 (hours) is no hour of the night.
EVENING_HOUR_TOLD = [
    ("21時。5歳の娘がお腹が痛いって繰り返してる、熱はない", "#8000"),
    ("午後9時過ぎ、3歳の息子が耳が痛いと泣いてる。どこか診てくれる？", "#8000"),
    ("よるくじ いま こどもが はなぢが とまらない けど げんき", "#8000"),
    ("姪っ子がさっきから咳き込んでて熱が38度ある、みてくれるところある？", "#7119"),
    ("21時間かけて熱が下がらない、5歳の子", "#7119"),
]


def test_round55_evening_hour_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EVENING_HOUR_TOLD)


@pytest.mark.parametrize(("text", "number"), EVENING_HOUR_TOLD)
def test_round55_an_evening_hour_told_is_night_for_a_child(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
