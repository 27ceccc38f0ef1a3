"""Round 16 (:mod:`safety.events_line_signs` and the guards added with it), on phrasings not in the set: the line
(110 vs 119, #9110, 188, disaster) told by general signs, and the collisions and settled states that gave the
wrong line."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: a wish to die at a dangerous place; a road blocked by something fallen
    ("弟が「もう消えたい」と言って、マンションの屋上に上がっていった", "110"),
    ("彼女が死にたいってつぶやいて、さっきから線路の近くに立ってる", "110"),
    ("国道に電柱が倒れてて、車が通れなくなってる", "110"),
    ("県道さ大きな木が倒れで、車が進めねえ", "110"),
    # #9110: repeated contact that is feared, a sender who knows where you are, a home photographed, a stalker
    # asked about
    ("知らない番号から毎日ショートメールが来て気味が悪い", "#9110"),
    ("前の職場の上司から「帰り道は知ってるからな」とメッセージが来た", "#9110"),
    ("知らない人から自宅の玄関の写真が送られてきた", "#9110"),
    ("毎晩同じ女性が向かいの電柱の陰に立っている。どこに相談したらいいですか", "#9110"),
    # 188: goods not ordered and a bill, far above the estimate, a contract made to sign, debits after cancelling
    ("いきなりカニが送られてきて、代金を振り込めと電話があった", "188"),
    ("注文した覚えのないサプリが届いて、請求書が入っていた", "188"),
    ("リフォーム業者に見積もりの倍以上の金額を請求された", "188"),
    ("展示会で無理やり布団の契約をさせられた", "188"),
    ("退会したのにまだ会費が引き落とされ続けている", "188"),
    # 119: blue lips or face, the Tohoku 倒っちぇ, buried and not found
    ("赤ちゃんの顔が青っぽくなってる", "119"),
    ("じいちゃん畑で倒っちぇ、返事もしねえ", "119"),
    ("雪崩に巻き込まれた兄がまだ見つからない", "119"),
    # disaster: a warning asked about, a power cut in a storm, a slope dropping stones
    ("暴風警報はもう出てますか", "disaster"),
    ("台風で停電してしまった、どこで情報を見ればいい", "disaster"),
    ("裏山の斜面から小石がころころ落ちてくる", "disaster"),
    # #7119: a mild state asked about with a clinic in mind; palpitations (voiced only)
    ("はしごから落ちて腰を打ちました。歩けますが、夜に診てもらえる病院はありますか", "#7119"),
    ("少し息苦しい感じがするんですが、土曜に診てもらえる内科はありますか", "#7119"),
    ("最近、階段を上ると動悸がします", "#7119"),
    # a festival's float is the setting of an event, not a topic
    ("夏祭りの山車にひかれた人が倒れて動かない", "119"),
    # not events: a programme on television, a memory, a water heater and ときどき (no palpitations), welcome
    # calls, a burnt pot, a habit
    ("昔住んでた町で大きな火事があって、今でも思い出すと不安になる", "none"),
    ("妹の家の給湯器が壊れて、交換の見積もりをもらった", "none"),
    ("ときどき公園で太極拳をしています", "none"),
    ("母から毎日電話が来るのが楽しみです", "none"),
    ("鍋でカレーを焦がしちゃったけど、もう換気した", "none"),
    ("何回言っても夫がこたつでうたた寝する", "none"),
    ("山の遭難の特集をテレビでやってて、怖かったね", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_line_signs_and_guards(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18: a former partner named otherwise (前の彼氏, 元旦那) sending again and again, also "like crazy"
# (毎日鬼のように); a welcome letter is not.
ROUND_18 = [
    ("前の彼氏から毎日のように電話が来て、出ないと家まで来る", "#9110"),
    ("元旦那から毎晩メッセージが来る、怖い", "#9110"),
    ("前の夫から毎週手紙が届くのが楽しみです", "none"),
    # disaster: a river up to the bridge, fields turned into a lake, the intensity asked about, the loudspeaker not
    # heard, a mountain stream that stopped; a test broadcast and a carp under a bridge are not
    ("大雨で川の水が増えて、橋のすぐ下まで来てる", "disaster"),
    ("雨がすごくて、前の田んぼが湖みたいになってる", "disaster"),
    ("さっきの地震、うちのあたりの震度はいくつでしたか", "disaster"),
    ("防災無線の放送が雨の音で聞き取れない、何て言ってたの", "disaster"),
    ("大雨のあと、裏山の沢の水がぴたっと止まった", "disaster"),
    ("防災無線の放送、試験放送で聞こえなかったけど大丈夫", "none"),
    ("橋の下で釣りをしてたら、大きな鯉が来た", "none"),
]


def test_round_18_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_18)


@pytest.mark.parametrize(("text", "number"), ROUND_18)
def test_round_18_former_partners(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 20 (the line, engineer B, eleventh session): each kind decided by how all 45 examined splits label it.
ROUND_20_NIGHT = [
    # a child's laboured breathing with a cough and no other sign: #8000 (9 of 9 in the set)
    ("娘(4歳)が寝てから急にケンケン咳き込んで、ゼイゼイ苦しそう。朝まで様子見でいいのかな", "#8000"),
    ("むすこが せきこんで ひゅーひゅー いってる どうしよう", "#8000"),
    # ... with an allergy or a plea it stays 119
    ("ピーナッツを食べた息子が咳き込んでゼーゼーしてる、唇も腫れてきた", "119"),
]
ROUND_20 = [
    # someone unwelcome turning up again and again where one lives or works: #9110 (36 of 36 in the set)
    ("元夫が最近ずっと職場の前で待ち伏せしてて気持ち悪い", "#9110"),
    ("ここ数日、知らない男の人がアパートの前に立っていて不安です", "#9110"),
    ("毎朝、見慣れない車が自宅の前に止まってる", "#9110"),
    # ... the sender named between the "again" and the letters
    ("毎晩知らない人からLINEが来て怖いんです", "#9110"),
    # ... and threats to expose (2 of 2)
    ("別れた相手に、言うこと聞かないと写真をばらすぞって脅されてる", "#9110"),
    # not: family, a cat, a delivery, nothing feared
    ("毎日母が家の前で待っていてくれるので安心です", "none"),
    ("毎朝ねこが玄関の前にいて怖い顔でこっちを見てる", "none"),
    ("毎朝同じ配達の人が家の前に車を止めてるけど、気味が悪いってほどでもない", "none"),
    # a fallen tree blocking the cars: 110 (3 of 3); blocked with no cars or danger named: none
    ("市道に倒木があって車が通れません", "110"),
]


def test_round_20_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*ROUND_20_NIGHT, *ROUND_20])


@pytest.mark.parametrize(("text", "number"), ROUND_20_NIGHT)
def test_round_20_a_child_s_croup_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), ROUND_20)
def test_round_20_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 21 (engineer B, twelfth session): each kind decided by how all 47 examined splits label it.
ROUND_21_NIGHT = [
    # a child's fall, told with crying at once and playing as usual: #8000 (7 of 7 in the set)
    ("夜の9時ごろ、2歳の娘がいすから落ちた。すぐ泣いて、そのあとは普通に遊んでいる", "#8000"),
    ("よる 4さいの むすこが ベッドから おちた すぐ ないて そのあと ふつうに あそんでる", "#8000"),
    # ... not when the child does not answer
    ("夜、息子が階段から落ちて、呼んでも返事がない。さっきまで普通に遊んでたのに", "119"),
]
ROUND_21 = [
    # a cut with a tool, the bleeding told as stopped: #7119 (12 of 12 in the set)
    ("チェーンソーで太ももを切ってしまった。血はもう止まったけど、縫ったほうがいいかな", "#7119"),
    ("丸ノコで指を切りました。血は止まっていますが、傷が深そうです", "#7119"),
    # ... still bleeding, a bone showing or unconscious: 119
    ("チェーンソーで太ももを切った、血が止まらない", "119"),
    ("草刈り機で足を切って、血は止まったけど骨が見えてる", "119"),
    # a former partner's contact or visits: #9110 (39 of 39 phrases naming one are a police line), 110 now
    ("離婚した元妻から、毎週のように会社に手紙が届く", "#9110"),
    ("別れた夫が最近うちのアパートの周りをうろついているみたいです", "#9110"),
    ("元旦那がいま玄関の前でドアを叩いて開けろって言ってる", "110"),
    # ... not the family matters settled between them, nor contact with nothing unwelcome told
    ("元夫から養育費の連絡が来ない", "none"),
    ("離婚した夫との子どもが会いに来てくれた", "none"),
    ("元交際相手から預けていた荷物が送られてきた", "none"),
    ("元旦那と離婚届の手続きをしたい", "none"),
    # the writer's own wish to die, then where they are: 110 (15 of 15 wishes to die in the set)
    ("消えたい。いま駅のホームにいる", "110"),
    ("もう生きていたくない 今 鉄橋の上に立ってる", "110"),
    # things left or thrown at one's home by a neighbour again and again: #9110 (5 of 5)
    ("向かいの家の人が、何週間も毎晩うちの車の前に吸い殻を捨てていく", "#9110"),
    ("下の階の人にしょっちゅうベランダへゴミを投げ込まれます。相談できますか", "#9110"),
    # ... not a kindness, nor a neighbour's own rubbish sorting
    ("隣の人が毎朝うちの玄関前に野菜を置いてくれて助かる", "none"),
    ("近所の人がいつもゴミを分別せずに出していて困る", "none"),
]


def test_round_21_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*ROUND_21_NIGHT, *ROUND_21])


@pytest.mark.parametrize(("text", "number"), ROUND_21_NIGHT)
def test_round_21_a_child_s_fall_told_as_mild_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), ROUND_21)
def test_round_21_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23: the bleeding told stopped (also "came and went", 血が少し出ましたがもう止まりました) with a question is a
# question for #7119 even when only a bare danger word placed the message; still bleeding is 119, told over with no
# question is none. A car one does not know is unwelcome; a former partner who 来っから (Tohoku) comes.
ROUND_23 = [
    ("包丁で指をかなり深く切ってしまった、血は止まったけど縫うべきかな", "#7119"),
    ("階段で転んですねから血が少し出ましたが、もう止まりました。腫れがひどいので夜間でも診ていただける所はありますか",
     "#7119"),
    ("カッターで指を深く切って血が止まらない", "119"),
    ("鼻血が出たけどもう止まったし平気です", "none"),
    ("最近毎晩、見知らぬ車が家の前に停まっていて気味が悪い", "#9110"),
    ("別れだ嫁が毎晩店さ来っから困ってんだ", "#9110"),
]


def test_round_23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_23)


@pytest.mark.parametrize(("text", "number"), ROUND_23)
def test_round_23_line_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 24: breathlessness on effort and the ambulance weighed are advice when no other sign is told (9 of 9 and 86
# of 87 in the set); with chest pain or a collapse they stay 119. A thing in the throat with the breath told normal is
# #7119 (6 of 6); with distress in the line it stays 119.
ROUND_24 = [
    ("父が階段を上ると息切れがするって、病院行った方がいいかな", "#7119"),
    ("父が息切れして胸が痛いって、冷や汗かいてる", "119"),
    ("夫が足がむくんで息が切れる、救急車呼ぶほどじゃないよね", "#7119"),
    ("夫が急に倒れて、救急車呼ぶほどか迷ってる", "119"),
    ("ばあちゃんが餅食べてから喉に何か詰まってる感じがするって。息はできてるし話せる", "#7119"),
    ("じいちゃんが餅を喉に詰まらせて、息はできてるけど苦しそうで顔が真っ赤", "119"),
    ("父が餅を喉に詰まらせて息ができない、話せない", "119"),
]


def test_round_24_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_24)


@pytest.mark.parametrize(("text", "number"), ROUND_24)
def test_round_24_line_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind28: options not asked for are 188 (``pressure_selling``); a crowd making a row at one's door night after night
# is #9110 (``unwelcome_presence``).
BLIND28_CASES = [
    ("申し込んでいない有料サービスが付けられていて、毎月引き落とされてました", "188"),
    ("毎晩うちの前に車を停めて若い人たちが騒いでいます、今はいないけどどこに相談すればいいですか", "#9110"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_options_not_asked_for_and_a_row_at_the_door(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind33's final score (helper A33): a cut whose bleeding is told stopped in Tohoku
# (血ぃ止まった) with a question is #7119 (blind32b).
BLEED33 = [
    ("鎌で指を切ったけど血ぃ止まった、病院行くべきか", "#7119"),
]


def test_bleed33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLEED33)


@pytest.mark.parametrize(("text", "number"), BLEED33)
def test_bleed33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): a thing rolled onto the road that blocks the cars is a danger on the road (110).
def test_blind34_thing_rolled_onto_the_road() -> None:
    text = "裏の道に大きな石が転がってて車が通れない"
    assert_not_in_phrase_set([(text, "110")])
    assert_decides(text, "110", now=DAY)


# Round 42: a nail or finger gone purple after a pinch or a knock is a bruise (blind43a's 車のドアに指を挟んで
# しまい、爪が紫色に: 119 for #8000), not cyanosis; lips gone purple with breathing trouble stay 119.
ROUND42_BRUISE_CASES = [
    ("子どもが引き出しに指を挟んで、爪が紫色になってしまいました。病院に行った方がいいですか", "#7119"),
    ("金づちで指を打ち付けて、爪が紫っぽくなってきた。病院行くべき？", "#7119"),
    ("息が苦しそうで、唇が紫になってきた", "119"),
]


def test_round42_bruise_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_BRUISE_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_BRUISE_CASES)
def test_round42_bruise_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
