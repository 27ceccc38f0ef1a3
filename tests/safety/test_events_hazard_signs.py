"""Round 17 (:mod:`safety.events_hazard_signs` and the decisions changed with it), on phrasings not in the set: a
firearm taken out is 110 (not a hunter's or a toy), bleach mixed with an acid with someone coughing is 119, a
swimmer out of sight is 119 (drowning, not a missing person), someone lost from sight in the hills is 110 (not
unconscious); a hurt person in a collision is 119 first; a child's wheeze asked about ("which line?") is #8000; a
settlement demanded on the phone is a scam (#9110), not an accident; a clinic open now, asked about, is advice."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: a firearm taken out, held or pointed
    ("元夫が玄関先でライフルを構えて、開けろと叫んでいます", "110"),
    ("兄が酔ってピストルみたいなものを取り出して振り回してる", "110"),
    # 119: bleach and an acid mixed, someone coughing
    ("風呂掃除でカビ取り剤と酸性の洗剤を混ぜてしまって、妻が咳が止まらず苦しそうです", "119"),
    # 119: a swimmer, or someone on a float, no longer in sight
    ("プールで泳いでいた息子の姿が急に見えなくなりました", "119"),
    ("浮き輪につかまって泳いでた弟がいねぐなった、さっきまでいたのに", "119"),
    # 110: lost from sight, not answering because away
    ("キャンプ場で下の子とはぐれてしまい、大声で呼んでも返事がありません", "110"),
    ("山菜採りで夫を見失って、携帯もつながらない", "110"),
    # 119 first: a collision or an assault with a hurt person
    ("バイクと自転車がぶつかって、自転車のおじいさんが道に座り込んでぐったりしてる", "119"),
    # a topic word as the setting of what happened (運動会で…倒れて, 大会から帰ってきたら)
    ("運動会で走っていた保護者の男性が急に倒れて動かないです", "119"),
    # the same words, still emergencies
    ("さっきまで元気だったのに今は息してない", "119"),
    ("片付けをしていたら母が倒れて動かない", "119"),
]

NOT_EMERGENCY = [
    # a hunter's gun, a toy
    ("父は猟友会に入っていて、猟銃を持って山に行きました", "none"),
    ("孫がおもちゃの銃を向けてきて遊んでいます", "none"),
    # a precaution, found again at once
    ("塩素系の漂白剤を混ぜないように気をつけるには、どうしたらいいですか", "none"),
    ("子どもと公園ではぐれたけど、すぐ見つかりました", "none"),
    # a settlement demanded: the caller's story, a scam to ask about
    ("孫を名乗る男から「事故を起こした、示談金を払わないと」と電話があったのですが、本当でしょうか", "#9110"),
    # a clinic open now, asked about
    ("魚の骨がのどに刺さって取れません、夜間にやっている病院はありますか", "#7119"),
    ("包丁で指を深く切って血がなかなか止まらない、この時間やってる外科ってある？", "#7119"),
]

AT_NIGHT = [
    # a child's wheeze, asked which line to call
    ("娘が夜になってから咳き込んでヒューヒューいってるんだけど、どこに相談すればいいの", "#8000"),
    ("盆踊り大会から帰ってきたら、娘が急に吐いて熱がある、この時間やってる小児科はありますか", "#8000"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_EMERGENCY + AT_NIGHT)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_hazard_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_EMERGENCY)
def test_the_same_words_without_danger_are_not_emergencies(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), AT_NIGHT)
def test_a_child_at_night_asked_about_goes_to_the_night_line(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 18 (the line): an assault still going on is 110 first even with someone hurt; someone at the door who will
# not leave and demands cards or money is 110 (not the consultation line); a person lost from sight is 110; a
# cracked helmet or a bleeding head with vomiting, a person under something overturned and no sound from a closed
# bath or toilet after knocking are 119.
ROUND_18 = [
    ("駐車場で若い男が倒れている人を何度も蹴りつけてる", "110"),
    ("兄が父を殴り続けてて、父はもうぐったりしてる", "110"),
    ("うちの前で男が女の人を踏みつけてる、女の人動かない", "110"),
    ("市役所の職員だと名乗る人が家に上がってきて、通帳を出せと言って帰ってくれません", "110"),
    ("知らない男が玄関先に座り込んでお金を払えと言って帰らない", "110"),
    ("スーパーで認知症の母を見失いました", "110"),
    ("人混みで5歳の息子を見失ってしまった", "110"),
    ("自転車で転んでヘルメットがへこんでて、そのあと二回吐いた", "119"),
    ("階段から落ちて頭から血が出て、何度も吐いています", "119"),
    ("孫が公園の遊具から落ちて、そのあと何度も吐いている", "119"),
    ("父が道で転んで、家に帰ってから繰り返し吐いています", "119"),
    ("物置の棚が崩れて、その下から夫の手だけが見えてる", "119"),
    ("祖母がトイレから出てこない、ノックしても物音がしない", "119"),
    # the assault is over, the hurt person is what is left: 119
    ("さっき殴られた友達が倒れて動かない", "119"),
    # the same words without a person in danger
    ("昨日、銀行の者だという人から電話があってカードを預かると言われた。本物か確かめたい", "#9110"),
    ("最近、自分を見失ってる気がする", "none"),
    ("こたつの下から猫の足だけ見えてる", "none"),
    ("ゆうべ食べ過ぎて何度も吐いた", "#7119"),
]


def test_round_18_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_18)


@pytest.mark.parametrize(("text", "number"), ROUND_18)
def test_round_18_hazard_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 19: an assault told as going on in the passive or by turns, or blows received with the attacker still there,
# is 110 first even with someone hurt; an assault that is over leaves the hurt person (119); an animal is no assailant.
ROUND_19 = [
    ("駅前で若い男が倒れたサラリーマンを殴り続けてて、血も出てる", "110"),
    ("公園でおじいさんが中学生たちに囲まれて、倒れてるのにまだ蹴られ続けてる", "110"),
    ("店の前で酔っ払いが店員さんを殴ったり蹴ったりしてて、店員さんは頭から血を流してます", "110"),
    ("しらない おとこに なぐられて はなぢが でた まだ そこに いる", "110"),
    ("夫に殴られて口から血が出てます。夫はまだ家の中にいます", "110"),
    ("ホームで知らない人に突き飛ばされて足から血が出てる、その人まだ近くをうろうろしてる", "110"),
    ("息子が同級生に殴られて、頭から血が出て意識がもうろうとしてる", "119"),
    ("夜道で殴られて倒れた人がいて、呼んでも反応がない", "119"),
    ("イノシシに突き飛ばされて足から血が出てる、まだ近くにいる", "119"),
    # the caller asks for the police (safety.decide): 110 even with someone down
    ("警察を呼んでください、駐車場で男たちが一人を囲んで殴ってて、殴られた人が倒れてる", "110"),
]


def test_round_19_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_19)


@pytest.mark.parametrize(("text", "number"), ROUND_19)
def test_round_19_an_assault_going_on_is_the_police_first(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22: a child's bump with crying read as vomiting (泣いてはいる) and as blood (あたまうちって) is not 119; a small
# thing gone or in the mouth with a sign of choking is 119 (a swallowed object, not a missing person); a person not
# back, then found down, is 119 (found, not searched for); a wish or threat to die said, then gone, is 110; a child
# left in a car with heat or limp is 119 (heatstroke). The same words harmless stay quiet.
ROUND_22 = [
    ("息子が階段から落ちて頭から血が出て、さっきから何度も吐いてる", "119"),
    ("あたまうって ちが でて はいてる", "119"),
    ("孫が持ってたあめ玉がなくなってて、喉を押さえて声が出せない", "119"),
    ("1歳の娘がおはじき口に入れてて、取ろうとしたらむせて苦しそう", "119"),
    ("息子のおもちゃのビーズが見当たらないけど、本人はいつも通り元気に遊んでる", "none"),
    ("夫が散歩から帰ってこないので見に行ったら、田んぼのあぜで倒れていました", "119"),
    ("同僚が休憩から戻らなくて、更衣室をのぞいたら床にうずくまって動かない", "119"),
    ("父が戻ってこないので畑に見に行ったら、元気に草むしりしてた", "none"),
    ("妹が「もう生きていても仕方ない」って言って、夜中に家を飛び出していった", "110"),
    ("夫が死んでやるって叫んで、車で出かけてしまった", "110"),
    ("暑くて死にそうって言いながら散歩に出かけた", "none"),
    ("スーパーの駐車場で、車の中に小さい子が一人で残されてて、汗びっしょりでぐったりしてる", "119"),
    ("炎天下の車の中に赤ちゃんが置き去りにされてて、顔が真っ赤", "119"),
]
# ... told at night (the child's line opens at 19:00)
ROUND_22_NIGHT = [
    ("2歳の息子がソファから落ちて頭ぶつけた、すぐ泣いてはいるけど大丈夫かな", "#8000", 21),
    ("えっと 娘が 転んで 頭打っちゃって 泣いてはいます", "#8000", 22),
    ("3歳の子が遊んでた小さい磁石が見つからなくて、顔が紫っぽくなって息ができてない", "119", 21),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22 + [(text, number) for text, number, _ in ROUND_22_NIGHT])


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_hazards_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number", "hour"), ROUND_22_NIGHT)
def test_round_22_hazards_decide_the_line_at_night(text: str, number: str, hour: int) -> None:
    assert_decides(text, number, now=DAY.replace(hour=hour))


# Blind24: blood running from the head told with no particle and no verb (頭から血だらだら), then vomiting, is a head
# injury for 119.
HEAD_BLOOD_CASES = [
    ("友達がチャリでこけて頭から血だらだら、しかも吐いた", "119"),
    ("兄がスノボで転んで頭から血どくどく、何度も吐いてる", "119"),
]


def test_head_blood_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HEAD_BLOOD_CASES)


@pytest.mark.parametrize(("text", "number"), HEAD_BLOOD_CASES)
def test_blood_running_from_the_head_and_vomiting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_nausea_is_not_vomiting_in_either_view() -> None:
    # round 24: 吐き気 reads はきけ; VOMITING's kana はき no longer meets it, so a head bleed with nausea denied is no
    # head injury's red flag, while vomiting still is
    assert "head_injury" not in find(views("頭から血がだらだら出てるけど吐き気はない")).events
    assert "head_injury" in find(views("頭から血がだらだら出てて、さっき吐いた")).events


# Round 44 (coordinator; wide46c's four tellings and blind45b's kana one): a small child left alone in a car and told
# crying is awake and alone in danger (110, as 8 of 9 such tellings of the set); told limp, quiet or only hot, the
# ambulance (119); asking whether one may leave a child in the car is no emergency.
CHILD_LEFT_IN_CAR_CASES = [
    ("コンビニの駐車場で、車の中に赤ちゃんが一人で残されてずっと泣いてます。暑いのに親がいません", "110"),
    ("くるまのなかに ちいさいこが ひとりで ないてる まどが しまってて あついよ", "110"),
    ("駐車場の車さ、わらしこ一人で泣いでる、親いねぇっちゃ、こんな暑いのに", "110"),
    ("パーキングで車の中にちっちゃい子ひとり ギャン泣きしてる 誰もいない", "110"),
    ("駐車場の車の中に赤ちゃんが残されてて、さっきまで泣いてたのに泣きやんでぐったりしてる、暑い日なのに", "119"),
    ("炎天下の駐車場で、車の中に子どもが一人で残されていて、汗びっしょりで動かない", "119"),
    ("車の中に子どもを一人で残して買い物に行くのは法律違反ですか", "none"),
    ("くるまに こどもを ひとりで おいていったら だめですか", "none"),
]


def test_child_left_in_car_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CHILD_LEFT_IN_CAR_CASES)


@pytest.mark.parametrize(("text", "number"), CHILD_LEFT_IN_CAR_CASES)
def test_a_child_alone_in_a_car_crying_is_the_police_limp_or_quiet_the_ambulance(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 45 (coordinator; blind42b): a thud or crash told by its sound word (ドスンという音, ガシャンって音) with a cry
# of やめて or a scream beside it is someone being hurt behind a wall (110); a neighbour's noise complained of, the
# teller's own やめて to a jumping child, or a night's noise already explained stays quiet.
THUD_AND_CRY_CASES = [
    ("隣の部屋からドスンって音がして、女の人がやめてって叫んでる", "110"),
    ("となりの へやから どすんって おとと やめてって ひめいが きこえる", "110"),
    ("隣んちからドンって音して、やめでーって女の人の声すんだっちゃ", "110"),
    ("隣からガシャンって音と、やめてって叫ぶ声がずっとしてる", "110"),
    ("上の階のドンという音がうるさいので、やめてほしいと管理会社に言いたい", "none"),
    ("子どもがドスンって音立ててジャンプするから、やめてって言った", "none"),
    ("ドラマで、ドスンという音と悲鳴が聞こえる場面が怖かった", "none"),
]


def test_thud_and_cry_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THUD_AND_CRY_CASES)


@pytest.mark.parametrize(("text", "number"), THUD_AND_CRY_CASES)
def test_a_thud_and_a_cry_of_stop_behind_a_wall_is_the_police(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 46 (blind47a: キャッシュカードを渡せと玄関から動かない): a caller who stays put at the door with a demand for
# cards or money is one who will not leave (110), not a body that does not move (119); one who left is nothing.
STAYS_AT_THE_DOOR_CASES = [
    ("銀行員って名乗る人がカード渡せって玄関から動かない", "110"),
    ("ぎんこうの ひとが かーどを わたせって げんかんから うごかない", "110"),
    ("役場の者だって男が、通帳出すまで玄関がら動がねえんだ", "110"),
    ("市の職員と名乗る男性が、現金を預かると申しまして、玄関先から動こうとしないのでございます", "110"),
    ("セールスの人が来たけど、断ったらすぐ玄関から離れていきました", "none"),
]


def test_stays_at_the_door_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STAYS_AT_THE_DOOR_CASES)


@pytest.mark.parametrize(("text", "number"), STAYS_AT_THE_DOOR_CASES)
def test_a_caller_staying_put_at_the_door(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52, helper A98): a head struck by a thing (当たって), then vomiting - told anew; look-alikes stay
# quiet.
HEAD_STRUCK_CASES = [
    ("サッカーの試合でボールが頭に当たって、そのあと二回吐きました", "119"),
    ("ばあちゃんの頭さ棚の箱が当だって、さっきがら吐いでる", "119"),
    ("あたまに ぼーるが あたって そのあと はいてる", "119"),
]
HEAD_STRUCK_QUIET = [
    ("頭にボールが当たって痛いけど吐き気はない", "none"),
    ("頭に当たりくじが出て吐くほど笑った", "none"),
]


def test_head_struck_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HEAD_STRUCK_CASES + HEAD_STRUCK_QUIET)


@pytest.mark.parametrize(("text", "number"), HEAD_STRUCK_CASES + HEAD_STRUCK_QUIET)
def test_a_head_struck_by_a_thing_then_vomiting_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a resident who will not leave home in an evacuation is no caller refusing to leave: the disaster
# page.
ROUND51_RESIDENT_STAYS_IN_EVACUATION = [
    ('大雨で避難勧告が出ておりますが、母がてこでも動かないと申しまして。避難所はどこでしょう', 'disaster'),
    ('知らない男が玄関で金を出せと騒いで、金を払うまで動かないって居座ってる', '110'),
]


def test_round51_resident_stays_in_evacuation_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_RESIDENT_STAYS_IN_EVACUATION)


@pytest.mark.parametrize(("text", "number"), ROUND51_RESIDENT_STAYS_IN_EVACUATION)
def test_round51_resident_stays_in_evacuation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 54: a limpness told as a fever's (熱っぽくてぐったり) found in a room is a fever to ask about by the hour, not
# a collapse; one found collapsed or not answering stays 119.
FEVER_LIMP_FOUND = [
    ("よる へやから でてこないので のぞいたら じゅうごさいの むすこが ねつっぽくて ぐったり してた。びょういん？",
     "#8000", NIGHT),
    ("高校生の娘が部屋から出てこないから見に行ったら、熱っぽくてぐったりしてた。病院連れてくべき？", "#7119", DAY),
    ("せがれ部屋がら出でこねがら見に行ったっけ、熱出してぐったりしてだ。医者さ連れでぐべきか", "#7119", DAY),
]
FOUND_DOWN_STILL = [
    ("部屋から出てこないので覗いたら父が倒れてぐったりしていた", "119"),
    ("部屋から出てこないので覗いたら夫がぐったりして呼んでも返事がない", "119"),
    ("トイレから戻ってこないので見に行ったら母がぐったりしていた", "119"),
]


def test_round54_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in FEVER_LIMP_FOUND] + FOUND_DOWN_STILL)


@pytest.mark.parametrize(("text", "number", "now"), FEVER_LIMP_FOUND)
def test_a_limpness_told_as_a_fevers_is_no_collapse_found(text: str, number: str, now: datetime) -> None:
    assert "found_down" not in find(views(text)).events
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number"), FOUND_DOWN_STILL)
def test_someone_found_collapsed_or_not_answering_stays_119(text: str, number: str) -> None:
    assert "found_down" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


# round 54 (wide56): a small child told by its age dragging a leg at night is a limp to ask about (#8000), not a
# stroke; an old person dragging a leg, or a small child with the mouth-corner drooling too, stays as before.
ROUND54_SMALL_CHILD_LIMPING = [
    ("夜9時、2歳の娘がさっきから左足を引きずって歩いてます。ぶつけた覚えはありません", "#8000"),
    ("よる 11じ 5さいの むすこが かたあしを ひきずってる ねつは ない", "#8000"),
    ("78歳の母が急に右足を引きずって歩いてます", "119"),
]


def test_round54_small_child_limping_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_SMALL_CHILD_LIMPING)


@pytest.mark.parametrize(("text", "number"), ROUND54_SMALL_CHILD_LIMPING)
def test_round54_a_small_child_limping_is_no_stroke(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 58 (wide60b, construction sites and road works): a caller sat down in the house demanding a sum, still there,
# is one who will not leave (110).
ROUND_58: list[tuple[str, str, datetime]] = [
    ("ガス点検だという男が母の家に上がって、二万円だと言って座り込んでる。今も家にいる", "110", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_caller_sat_down_demanding_money_is_110(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
