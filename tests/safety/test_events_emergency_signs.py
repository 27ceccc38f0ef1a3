"""Emergencies told by their signs (:mod:`safety.events_emergency_signs`), on phrasings not in the phrase set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: scalds by blistering or area, crushing chest pain, choking while eating, a glow of fire
    ("息子が味噌汁をひっくり返して熱湯をかぶった、腕が水ぶくれ", "119"),
    ("やけどで背中一面が赤くただれている", "119"),
    ("父が急に胸を押しつぶされるような痛みがあると言っている", "119"),
    ("祖父がお餅を食べている最中に喉を押さえて苦しそう", "119"),
    ("隣の家の窓がオレンジにちらちら光ってる", "119"),
    # 110: a wish to die and walking off, missing-person forms
    ("彼氏が消えたいって言って海の方へ歩いていった", "110"),
    ("探しても母がどこにもいない", "110"),
    ("夫がどこに行ったかわからない", "110"),
    ("じっちゃ、朝がらいねえ", "110"),
    ("娘がお祭りの人混みでいなくなった", "110"),
    # round 11: a vehicle upside down with someone inside, Tohoku "cannot get up", a white haze with smarting eyes,
    # nowhere on the usual way, footsteps when living alone
    ("トラックが横倒しになって運転手が中にいる", "119"),
    ("ばあちゃん、尻もちついて立ちあがらいねえ", "119"),
    ("部屋が白くかすんで目がしみる", "119"),
    ("祖母が散歩から戻らなくて、近所にもいない", "110"),
    ("留守のはずの一階から物音がする", "110"),
    # not events: feelings, sunsets and fireworks, hyperbole, topics, found, things, away
    ("胸が締め付けられる思いです", "none"),
    ("夕焼けで窓が真っ赤に光ってる", "none"),
    ("花火がぱちぱちはじける音がきれい", "none"),
    ("やる気がめらめら", "none"),
    ("日焼けで背中全部が赤い", "none"),
    ("仕事が忙しすぎて死にそう、あははは", "none"),
    ("火災警報器の電池交換はどうやるの", "none"),
    ("救急車は有料ですか", "none"),
    ("息子が見つかったと連絡がありました", "none"),
    ("財布がどこに行ったかわからない", "none"),
    ("夫は出張で朝からいないので、私が行きます", "none"),
    # round 11: afraid is not trapped, a tendency is not an attack, a morning lie-in, a scare resolved
    ("雷が怖くて外に出られない", "none"),
    ("最近すぐ息切れしがちで、ウォーキングを始めたい", "none"),
    ("朝なかなか起きらんねえ", "none"),
    ("ガスの臭いがすると思ったら、玉ねぎを炒めていただけでした", "none"),
    ("外で叫び声がしたので見に行ったら、犬がじゃれていた", "none"),
    # sixth session: a contrast in ですが keeps what is still wrong; 洗面所 is no 免除 (a reading collision); a
    # festival as where someone has not come back from is a setting, not a topic; not seen since the evening
    ("父がけいれんして、もう治まったんですが、まだ目を開けません", "119"),
    ("洗面所で母が倒れてて、呼んでも返事がない", "119"),
    ("息子が祭りから戻ってこなくて、携帯も繋がらない", "110"),
    ("じいちゃんが夕方から見えないんだ、認知症で心配", "110"),
    ("祭りの後片付けのボランティアに参加したい", "none"),
    ("洗面所の水漏れの修理を頼みたい", "none"),
    ("もう治まったんですが、念のため受診したほうがいいですか", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_emergency_sign_classes_and_guards(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind18: a hot liquid spilt, then the skin peeling or blistering (not the word やけど).
BLIND18_CASES = [
    ("娘がやかんのお湯をひっくり返して、足の皮がずるっとむけている", "119"),
    ("揚げ物の油がはねて、夫の手の甲が一面水ぶくれになってる", "119"),
    ("熱湯で消毒した哺乳瓶の洗い方を教えてください", "none"),
]


def test_the_blind18_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND18_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND18_CASES)
def test_blind18_scald_by_the_skin(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 20 (eleventh session), other wordings: an intent to die told by the place, quoted, with despair or a contact
# broken off; a life "ended" as a farewell. Trips, jumps for fun and places named without despair are not.
ROUND_20_CASES = [
    ("後輩から「もう疲れた、屋上行くね」ってLINEが来て、電話に出ない", "110"),
    ("兄が「人生を終わりにする」と書いたメモを残して出ていった", "110"),
    ("母から「もう限界、踏切に行く」とメールが来て、それきりつながらない", "110"),
    ("もう無理、今日は橋の近くの公園に行く", "none"),
    ("疲れたから屋上行くね、景色見てくる", "none"),
    ("人生最後の旅行だと思って楽しんできます", "none"),
    ("「屋上行こう」って友達に言われたけど疲れたから断った", "none"),
]


def test_round_20_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_20_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_20_CASES)
def test_round_20_intent_to_die_by_the_place(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 21: someone in the house when nobody should be - the writer alone and a presence, in either order (110);
# silence, a worry or a precaution asked about in the same words is no alarm.
ALONE_CASES = [
    ("一階でゴトンと音がした。今夜は私一人しかいないのに", "110"),
    ("家族は全員旅行に出かけてるのに、廊下で足音がする", "110"),
    ("一人きりの夜に、裏の窓のあたりで人影が動いた", "110"),
    ("一人暮らしなので夜中の物音が心配で、防犯カメラをつけたい", "none"),
]


def test_alone_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALONE_CASES)


@pytest.mark.parametrize(("text", "number"), ALONE_CASES)
def test_someone_heard_where_nobody_should_be(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22 (blind22): a small child gone while the writer looked away and not found on searching (見当たらない,
# 見当たりません; the age told as 二歳なんです is no "what if" cue), in other wordings (110); a thing or an animal
# searched for is no alarm.
SMALL_CHILD_CASES = [
    ("ちょっと目を離したら三歳の娘がいなくなって、公園中を探しても見当たらない", "110"),
    ("孫を散歩に連れてったら、目を離したすきに、あちこち探しても見当たらねえ、まだ2歳だ", "110"),
    ("甥っ子を見ていたのですが、庭から出てしまったようで探しても見当たりません。まだ二歳なんです", "110"),
    ("眼鏡をどこに置いたか、探しても見当たりません", "none"),
    ("うちの子はまだ二歳なんですが、予防接種はいつですか", "none"),
]


def test_small_child_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SMALL_CHILD_CASES)


@pytest.mark.parametrize(("text", "number"), SMALL_CHILD_CASES)
def test_a_small_child_not_found_on_searching_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23 (the training writers' misses): water from a kettle or a thermos pot is a hot liquid, the skin (皮膚) peeling
# with it a scald (119); a lock found open or broken and then someone inside is an intruder (110, 6 of 6 such phrases of
# the set); a kettle boiling, a lock asked about, family inside are not.
KETTLE_AND_LOCK_CASES = [
    ("電気ポットのお湯が手にかかって皮膚がむけてきた", "119"),
    ("やかんのお湯をこぼして足にかぶった、皮がめくれてる", "119"),
    ("かぎが あいてて へやで だれか うごいてる", "110"),
    ("帰ったら勝手口の鍵が開いてて、二階で誰かが歩いてる", "110"),
    ("やかんのお湯が沸いたら教えて", "none"),
    ("鍵があいてて、中で母がテレビを見てた", "none"),
]


def test_kettle_and_lock_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KETTLE_AND_LOCK_CASES)


@pytest.mark.parametrize(("text", "number"), KETTLE_AND_LOCK_CASES)
def test_a_kettles_scald_and_a_lock_found_open(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind24: any hot water spilt, poured or knocked over, then the skin peeling (鍋のお湯をひっくり返して…皮がずるっと
# むけてる) is a scald for 119; spilt with the skin whole is not.
SPILT_WATER_CASES = [
    ("鍋のお湯をひっくり返して、足の皮がずるっとむけてる", "119"),
    ("お風呂のお湯をかぶって、腕の皮がむけてる", "119"),
    ("お湯をこぼしたけど皮はむけてない、赤いだけ", "none"),
]


def test_spilt_water_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SPILT_WATER_CASES)


@pytest.mark.parametrize(("text", "number"), SPILT_WATER_CASES)
def test_hot_water_spilt_and_skin_peeled_is_a_scald(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): the inside of a window red (窓の中まで赤ぐなってる; 3 other writers, 119) and a
# driver slumped over the wheel (ハンドルにもたれたまま; 4 other writers, 119); a sunset or a rest at the wheel is not.
ROUND37_SIGNS = [
    ("向かいの家の窓の中が真っ赤になってる", "119", "fire_glow"),
    ("車が電柱にぶつかって、運転手がハンドルに突っ伏したまま", "119", "unconscious"),
    ("窓の外が真っ赤、夕焼けがきれい", "none", ""),
    ("運転に疲れてハンドルにもたれて休んだ", "none", ""),
]


def test_round37_signs_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND37_SIGNS])


@pytest.mark.parametrize(("text", "number", "event"), ROUND37_SIGNS)
def test_round37_a_red_window_and_a_slumped_driver(text: str, number: str, event: str) -> None:
    if event:
        assert event in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 40 (blind41, helper A56): a crackle and an orange glow in one line, either order, is a fire (8 other writers,
# all 119); a bonfire is not.
ROUND40_GLOW = [
    ("裏の作業小屋からパチパチ音がして、しばらくしてオレンジ色にちらちら光りだした", "119", "fire_glow"),
    ("納屋の奥がオレンジ色に光って、パチパチいってる", "119", "fire_glow"),
    ("焚き火がパチパチいってオレンジ色に光ってきれい", "none", ""),
]


def test_round40_glow_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND40_GLOW])


@pytest.mark.parametrize(("text", "number", "event"), ROUND40_GLOW)
def test_round40_a_crackle_and_an_orange_glow(text: str, number: str, event: str) -> None:
    if event:
        assert event in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 41 (blind42, helper A60): fire caught on clothes, then the skin, is a severe burn; oil spattering with a small
# blister asked about is advice; hot oil poured over with the skin peeling stays 119.
ROUND41_BURNS = [
    ("キャンプで子どもの服に火がついて、足の皮がむけてる", "119", "severe_burn"),
    ("油がはねて指に小さい水ぶくれができた、病院行くべき？", "#7119", ""),
    ("熱い油をかぶって腕の皮がむけてる", "119", "severe_burn"),
]


def test_round41_burn_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND41_BURNS])


@pytest.mark.parametrize(("text", "number", "event"), ROUND41_BURNS)
def test_round41_fire_caught_then_the_skin_and_oil_spatter(text: str, number: str, event: str) -> None:
    if event:
        assert event in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 44 (blind45b: こたつで寝てしまって、すねに赤い水ぶくれ…低温やけどというものでしょうか): a low-temperature
# burn (a kotatsu, a body warmer, an electric blanket) with a blister is advice (#7119); a scald is still 119.
ROUND44_LOW_TEMPERATURE_BURN = [
    ("カイロを貼ったまま寝て、お腹に水ぶくれ、やけどみたい。病院行くべき？", "#7119"),
    ("電気毛布で低温やけどしたっぽい、水ぶくれできてる", "#7119"),
    ("ホットカーペットでうたた寝して、ふくらはぎがやけどで水ぶくれになっておりました", "#7119"),
    ("ていおん やけど みずぶくれ できた どうしたら", "#7119"),
    ("熱湯をかぶって腕がやけどで水ぶくれだらけ", "119"),
]


def test_round44_low_temperature_burn_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_LOW_TEMPERATURE_BURN)


@pytest.mark.parametrize(("text", "number"), ROUND44_LOW_TEMPERATURE_BURN)
def test_round44_a_low_temperature_burn_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 45 (blind46a: 友達が花火で手やけどして、皮べろってむけてる, 119): the casual べろって (and べろんと, ずるって)
# between the skin and its peeling - a deep burn, 119, whoever is named or none.
ROUND45_PEELED_SKIN = [
    ("バーベキューの網さ触って、手の皮べろってむけでしまったっちゃ、やけどだ", "119"),
    ("やけどした ゆびの かわが べろんと むけてる", "119"),
    ("ストーブで やけど 皮膚 ずるって むけて", "119"),
    ("娘が鍋のふちで腕をやけどして、皮がぺろっとむけております", "119"),
]
# Round 45 (wide45b, wide46: a child's palm on a rice cooker's steam, an arm spattered with oil, 水ぶくれ2個): a burn
# with a blister and nothing more is advice (#7119; a child's at night #8000); many or large blisters, a large area
# or a hot liquid poured over stay 119.
ROUND45_SMALL_BLISTER_DAY = [
    ("2歳の娘がアイロンに指が触れてやけどしました。小さな水ぶくれができています。", "#7119"),
    ("フライパンの縁で手首やけどした、水ぶくれ1個できた", "#7119"),
    ("息子が熱湯かぶって腕が水ぶくれだらけ", "119"),
    ("やけどで手のひらに大きな水ぶくれ、全体が白っぽい", "119"),
]
ROUND45_SMALL_BLISTER_NIGHT = [
    ("夜分すみません。3歳の息子がポットの湯気で指をやけどして水ぶくれができました。今夜病院に行くべきですか", "#8000"),
    ("孫がストーブさ手ぇついでやけどして、ちっちぇ水ぶぐれでぎでる、夜だけんど病院さ行ったほうがいいべか", "#8000"),
    ("むすこが なべに さわって ゆび やけど みずぶくれ ひとつ", "#8000"),
    ("1さいの子が 炊飯器の湯気で てのひら やけど 水ぶくれ できて 泣いてる", "#8000"),
]


def test_round45_burn_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_PEELED_SKIN + ROUND45_SMALL_BLISTER_DAY + ROUND45_SMALL_BLISTER_NIGHT)


@pytest.mark.parametrize(("text", "number"), ROUND45_PEELED_SKIN + ROUND45_SMALL_BLISTER_DAY)
def test_round45_peeled_skin_is_119_and_a_small_blister_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ROUND45_SMALL_BLISTER_NIGHT)
def test_round45_a_childs_small_blistered_burn_at_night_is_8000(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 50 (blind51a's kana grandchild who touched a stove): a hot surface touched, then the skin peeled (119); the
# skin of a mandarin, a sunburn and a reddened fingertip stay off the emergency line.
ROUND50_HOT_SURFACE = [
    ("子どもがアイロンに手をついてしまって、手のひらの皮がめくれています", "119"),
    ("ばあちゃんがストーブさ手ついで、皮べろっとむけでしまった", "119"),
    ("息子が熱いフライパンを握ってしまい、指の皮がむけてしまいました", "119"),
    ("ストーブの前でみかんの皮をむいて食べた", "none"),
    ("日焼けで鼻の皮がむけてきた、ストーブに当たるとかゆい", "none"),
]


def test_round50_hot_surface_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND50_HOT_SURFACE)


@pytest.mark.parametrize(("text", "number"), ROUND50_HOT_SURFACE)
def test_round50_a_hot_surface_touched_and_the_skin_peeled_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
