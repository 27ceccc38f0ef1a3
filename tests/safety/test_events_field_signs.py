"""Round 14 (:mod:`safety.events_field_signs` and the mechanisms added with it: a topic word as the setting of an
event, care words as topics only in a service frame, a person's state settled at the end of the message), on
phrasings not in the set."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.assess import assess
from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # a topic word as the setting of an event (訓練中に, 体験会の途中で, 検診に行ったら, 消防団の人が)
    ("防災訓練の最中に近所のおじさんが倒れて動かない", "119"),
    ("料理教室で先生が急に倒れて返事がない", "119"),
    ("点検中の作業員さんがはしごから落ちた", "119"),
    ("体験会の途中で子どもが池に落ちて浮かんでこない", "119"),
    ("救急講習に行ったら会場で人が倒れてけいれんしてる", "119"),
    # care words: a setting before an event, a topic in a service frame
    ("介護している祖母が息をしていないみたい", "119"),
    ("リハビリ中に夫が転んで頭から血が出ている", "119"),
    ("お見舞いに行ったら父がぐったりして呼んでも答えない", "119"),
    ("介護保険の更新の手続きを教えてください", "none"),
    ("リハビリの相談をしたい", "none"),
    ("要介護2の父を連れ出す手段が大雨のときにないかもしれない", "none"),
    # fields, machines, animals, vehicles, mountains
    ("脱穀機に袖を巻き込まれて腕が抜けない", "119"),
    ("子どもが除草剤を少しなめたかもしれない", "119"),
    ("いのししに襲われて足をけがした", "119"),
    ("牛に踏まれて父がうずくまってる", "119"),
    ("軽トラがスリップしてガードレールにぶつかった、けがはない", "110"),
    ("耕運機が横転したって近所の人が騒いでる", "110"),
    ("きのこ採りで山に入って遭難したかもしれない", "110"),
    ("釣りに行った息子と連絡が取れない、夜になった", "110"),
    ("クマが畑の中を歩いてる、まだいる", "110"),
    ("熊と目が合った、どうしよう", "110"),
    ("田んぼの水路で祖父がうつぶせになってた", "119"),
    ("おじいちゃんが風呂で顔まで湯に浸かってた", "119"),
    ("指が機械でちぎれた", "119"),
    ("痰がからんで息が苦しそうで取れない", "119"),
    ("母の脈がとれない", "119"),
    ("在宅酸素の母のサチュレーションが82%しかない", "119"),
    ("もう限界で、父を殺してしまいそうで怖い", "110"),
    ("裏の土手にひびが入ってきた", "disaster"),
    ("雪崩が起きそうで怖い、家の裏が急な斜面なんだ", "disaster"),
    # not events: topics, warnings, traces, precautions, debits, money worries
    ("熊に襲われないための講習はありますか", "none"),
    ("クマの足跡を見つけたけど、もう山に帰ったみたい", "none"),
    ("スリップ事故が増えているので冬タイヤに替えましょう", "none"),
    ("洗剤を子どもが飲まないように高い棚に置いた", "none"),
    ("家賃の払込用紙が届くたびに苦しい", "none"),
    ("市税は口座から落ちるのですか", "none"),
    ("登山の保険に入りたい", "none"),
    ("道に迷ったらどうすればいいですか", "none"),
    ("そうなんです、母が最近よく電話してきて", "none"),
    ("薬代がかさんで家計にひびが入りそうです", "none"),
    # settled: played down or over at once; a person's signs become symptoms, a joke is no event
    ("転んで膝をすりむいたけど、たいしたことない", "none"),
    ("ストーブから煙が出たけど、すぐ消して換気した", "none"),
    ("父がお風呂でうとうとしてて、声をかけたらすぐ起きました", "none"),
    ("じいちゃんが死にたいなんて冗談言って笑ってる", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_field_classes_and_guards(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_settled_persons_laboured_breath_is_a_symptom_not_an_alarm() -> None:
    decision = assess("母の息が荒かったけど、坂を上ったせいで、少し休んだら落ち着いた", now=DAY, channel="chat")
    assert not decision.is_emergency
    assert decision.number == "#7119"


def test_an_alarm_after_the_turn_is_not_settled() -> None:
    decision = assess("父が倒れたけどすぐ起きた、でも呼んでも返事しない", now=DAY, channel="chat")
    assert decision.number == "119"


def test_a_fire_in_kana_meets_only_the_voiced_reading() -> None:
    # 母が最近 reads ははがさいきん: devoiced, が+さい met かさい (火災) before 来て
    assert find(views("母が最近よく家に来てくれる")).events == {}
    assert assess("かさいです はやくきて", now=DAY, channel="chat").number == "119"


def test_a_funeral_meets_only_the_voiced_reading() -> None:
    # 苦しそう+吸引 read くるしそうきゅういん: devoiced, そうぎ (a funeral, a topic) met it
    assert find(views("苦しそう、吸引してもだめ")).events
    assert find(views("葬儀のあとで父が倒れた話")).topic


def test_a_bear_in_a_place_name_or_under_the_eyes_is_no_bear() -> None:
    assert find(views("熊本に住む娘が歩いて帰ってきた")).events == {}
    assert find(views("目の下にくまができて近づいてみたら濃い")).events == {}


def test_a_question_of_possibility_or_a_sometimes_statement_is_flagged() -> None:
    assert find(views("成人の式典って住民票がなくても出られる？")).asks_possibility
    assert find(views("この橋は冬に通れないことがある")).asks_possibility
    assert not find(views("父が倒れて起き上がれない")).asks_possibility


@pytest.mark.parametrize("text", ["祖父が呼んでも動かん", "母が息しとらんみたいだ", "主人が目を開けんのです"])
def test_the_western_negation_of_a_sign_of_life_is_119(text: str) -> None:
    assert assess(text, now=DAY, channel="chat").number == "119"


@pytest.mark.parametrize("text", ["最近だれかに見られている気がする", "息子が行き心配だったが無事着いた"])
def test_the_western_negation_does_not_meet_a_stem_inside_a_word(text: str) -> None:
    assert not assess(text, now=DAY, channel="chat").is_emergency


# Phase 2 (after `blind14a`/`blind14b` were read): the classes generalised from their misses, on other wordings.
EXAMINED_CASES = [
    # one side of the body, the face half down, choking shown by beating the chest some time after eating
    ("父の右の手足がしびれて、うまく歩けないみたい", "119"),
    ("母が左手でお茶碗を何度も落とす", "119"),
    ("祖父の顔の左半分が下がって、言葉がうまく出てこない", "119"),
    ("団子を食べてしばらくしてから、母が胸をたたいて苦しそう", "119"),
    # heatstroke by its signs, belongings left by the water, groaning from a closed house
    ("畑から戻った夫がぼーっとしてて、あんなに暑いのに汗をかいていない", "119"),
    ("海岸に子どものサンダルだけが流れてきて、さっきまで遊んでたのに姿がない", "119"),
    ("向かいの家からうめき声が聞こえる、一人暮らしのおばあさんの家", "119"),
    # 110: an animal on the road stopping cars, a farewell then silence, lost on the way down, dementia gone out
    ("県道に鹿が何頭もいて、車が止まって動けなくなってる", "110"),
    ("兄から「母さんをたのむ」ってだけメールが来て、そのあと返信がない", "110"),
    ("登山口に戻る道がわからなくなって、下り方もわからない", "110"),
    ("ボケてきた祖母が家にいません、外は吹雪です", "110"),
    ("軽トラが雪で溝に脱輪して、道をふさいでしまった", "110"),
    # #9110: a threat not (yet) carried out, things left at the house, a caller naming a body, "it's me"
    ("前の夫から「今から行く」と電話があった。今のところ来てはいない", "#9110"),
    ("毎日のように家の前にごみを捨てられて、わざとだと思う", "#9110"),
    ("役場の職員を名乗る人から還付金があるからATMに行けと電話があった", "#9110"),
    ("「オレだよ」って電話があって、お金が要るって言われた", "#9110"),
    ("知らない人に写真をネットにさらすって言われた", "#9110"),
    # 188: overcharging, prepaid money, a cancellation fee, an unasked bill, a game charged without knowing
    ("草刈りを頼んだ業者に相場の5倍を請求された", "188"),
    ("辞めたジムの入会金が返ってこない", "188"),
    ("吹雪でホテルに行けず、キャンセル料を全額取られた", "188"),
    ("頼んでもいない雪かきの請求書が入ってた", "188"),
    ("孫が知らないうちにアプリで課金してた", "188"),
    # #7119/#8000: a child's ear, tiredness, a chest rubbed, a double dose, may they sleep, breathing normally
    ("熱いお風呂のあとから夫がだるそうにしている", "#7119"),
    ("母が胸をさすりながら、ちょっと重いと言っている", "#7119"),
    ("父が朝の薬を間違えて二回飲んでしまった", "#7119"),
    ("ハチに刺されて腕が腫れてるけど、息は普通です", "#7119"),
    # disaster: evacuating asked after news, the quake's intensity, slope signs, water reaching the house
    ("テレビで川が危ないって見たけど、逃げたほうがいいですか", "disaster"),
    ("さっきの地震、震度はいくつでしたか", "disaster"),
    ("裏山の斜面から土の臭いがして、杉の木が傾いてきた", "disaster"),
    ("田んぼの水が家のすぐそばまで来てる", "disaster"),
    # not events: a warning heard, money worries, a cough gone by morning, a bear caught
    ("押し売りに気をつけるようにと回覧板で見ました", "none"),
    ("熊が出たけど、もう捕まったって", "none"),
    ("転んで膝を打ったけど大丈夫、心配しないで", "none"),
]


def test_the_examined_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EXAMINED_CASES)


@pytest.mark.parametrize(("text", "number"), EXAMINED_CASES)
def test_round_14_classes_on_other_wordings(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_child_touching_an_ear_and_crying_at_night_is_8000() -> None:
    assert assess("息子が耳をさわってずっと泣いてる", now=NIGHT, channel="chat").number == "#8000"
    assert assess("娘が寝る前に転んだ、このまま寝せていいべか", now=NIGHT, channel="chat").number == "#8000"


# After blind18: face down in water anywhere, a finger gone with the glove; a swimming lesson and a ring stay quiet.
BLIND18_CASES = [
    ("裏の小川に知らないおばあさんがうつ伏せのまま浸かってる", "119"),
    ("ため池のほとりで、弟がうつぶせになって浮いているのが見えた", "119"),
    ("草刈り機の刃に触った兄の指が、軍手ごと無くなってるんです", "119"),
    ("孫が水泳教室でうつぶせで浮けるようになりました", "none"),
    ("大事な指輪がなくなってしまったのですが、遺失物の届けはどこですか", "none"),
]


def test_the_blind18_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND18_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND18_CASES)
def test_blind18_classes_on_other_wordings(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23 (the training writers' misses): no sweat told with a word between (汗が全然出てない, 汗もかかなくなって) or
# stopped, with talk that does not fit (ちぐはぐ, かみ合わない): heatstroke (119); a constitution is not.
HEAT_CASES = [
    ("草取りしてた祖父が、話がちぐはぐで、汗が全然出てない", "119"),
    ("グラウンドで生徒が汗をかかなくなって、言ってることがめちゃくちゃ", "119"),
    ("汗かかない体質で夏がつらい、話がかみ合わないって言われる", "none"),
]


def test_heat_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HEAT_CASES)


@pytest.mark.parametrize(("text", "number"), HEAT_CASES)
def test_heatstroke_told_by_its_signs(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind27: the boat someone went out in washed ashore and the person nowhere is drowning; a hire boat come loose with
# no one missing is not.
BLIND27_CASES = [
    ("海で夫のカヤックだけが浜に打ち上げられていて、夫の姿がどこにも見えない", "119"),
    ("川で釣りをしていた祖父の舟だけが岸に流れ着いて、祖父が見当たりません", "119"),
    ("湖の貸しボートがひとつ岸に流れ着いていました。管理事務所の電話番号を教えてください", "none"),
]


def test_blind27_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND27_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND27_CASES)
def test_blind27_a_boat_washed_ashore(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 34 (blind35 read): no sweat with vacant eyes or strange talk is heatstroke.
BLIND35_EVENTS_FIELD_SIGNS = [
    ('畑で草取りしてた母が汗が止まって、目がうつろなんです', '119'),
    ('祖父が汗も出なくて、変なことばかり言う', '119'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_EVENTS_FIELD_SIGNS)


@pytest.mark.parametrize(("text", "number"), BLIND35_EVENTS_FIELD_SIGNS)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22 (engineer B's requests B13-2, B13-5): a near miss is no accident; data "流された" is no drowning - a skid
# that ended in a crash, and a person carried off by water, still are.
def test_a_near_miss_and_leaked_data_are_no_events() -> None:
    assert "traffic_accident" not in find(views("凍った坂で軽トラがスリップしそうになって、ひやっとした")).events
    assert "traffic_accident" in find(views("凍った坂で軽トラがスリップして、電柱にぶつかった")).events
    assert "drowning" not in find(views("会社の顧客情報がネットに流されたらしい")).events
    assert "drowning" in find(views("増水した川で釣りをしてた兄が流されてる")).events


def test_a_limb_cut_off_said_so() -> None:
    # blind23: 切断された, not a scaffold cut (足場を切断)
    assert "deep_wound" in find(views("事故で兄の指が切断されてしまいました")).events
    assert "deep_wound" not in find(views("足場を切断する作業の見積もりをお願いしたい")).events


# Round 40 (blind41, helper A56): nearly bitten (噛まれそうになった) is no animal attack; bitten and bleeding is.
@pytest.mark.parametrize(("text", "attacked"), [
    ("野良犬に噛まれそうになった。けがはないけど、どこに連絡すれば", False),
    ("野良犬に噛まれて血が出てる", True),
])
def test_round40_nearly_bitten_is_no_attack(text: str, attacked: bool) -> None:
    assert ("animal_attack" in find(views(text)).events) == attacked


# Round 51 (blind52a, helper A98): over the centre line told first, or the driver seen drinking: a danger on the road.
DRIVER_DANGER_CASES = [
    ("前のトラックが何回もセンターラインを越えてくる、危ない", "110"),
    ("隣の車の運転手が、信号待ちで缶チューハイ飲んでる", "110"),
    ("運転手さんにビールを飲んでもらった、帰りは代行", "none"),
    ("センターラインを越えないように注意しましょう", "none"),
]


def test_driver_danger_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DRIVER_DANGER_CASES)


@pytest.mark.parametrize(("text", "number"), DRIVER_DANGER_CASES)
def test_a_car_over_the_centre_line_or_a_driver_drinking_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a conditional naming the danger an accident leaves
# (後ろから車来たら危ない) is no what-if.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("農道で軽トラが雪に突っ込んで道をふさいでる。運転手はけがない。暗いから後ろから車来たら危ない", "110", DAY),
    ("車が雪に突っ込んだら保険で直せますか", "none", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_danger_told_as_a_conditional_keeps_the_accident(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
