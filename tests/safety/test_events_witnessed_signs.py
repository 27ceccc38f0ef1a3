"""After blind25's final score (:mod:`safety.events_witnessed_signs`), on phrasings not in the set: a person fallen
from a tree, a building collapsed on someone inside, a ceiling going black with a crackling and only a float left in
the water are 119; something on the tracks with a train due and blows still being received are 110 - and the same
words with no one in danger (fruit fallen from a tree, a greenhouse and its crop, a crackling bonfire, a toy on the
tracks of a model railway, blows received last year) are not emergencies."""

from __future__ import annotations

import pytest

from safety.detect_hits import rule_hits
from safety.events_witnessed_signs import witnessed_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: a person fallen from a tree
    ("じいちゃんが松の木から落ちて、腰を押さえて動けない", "119"),
    ("おとなりのご主人が、庭の木の上から転げ落ちられました", "119"),
    # 119: a building collapsed with someone inside
    ("地震で物置が潰れて、中に父がいたはずなんです", "119"),
    ("雪の重みで小屋がつぶれた、中で母が片付けをしていたのに", "119"),
    # 119: a ceiling, wall or socket going black with a crackling
    ("寝室の壁のコンセントが真っ黒になってて、パチパチ鳴ってる", "119"),
    ("二階の天井が黒く焦げてきて、ぱちぱちと音がしております", "119"),
    # 119: only a float or a hat in the water where someone was
    ("海で娘の姿が見えません。浮き輪だけがぷかぷか浮いています", "119"),
    ("池で遊んでた弟がいなくなって、帽子だけ浮いてる", "119"),
    # 110: something on the tracks with a train due
    ("踏切の真ん中に自転車が倒れてて、もうすぐ電車が来る", "110"),
    ("線路に大きな木が倒れて、列車が近づいてきています", "110"),
    # 110: blows still being received, someone already down
    ("店の前で男の人が倒れてるのに、まだ殴られています", "110"),
    ("けんかで ひとり たおれてて まだ けられてる", "110"),
]

SAME_WORDS_NO_DANGER = [
    ("柿の実が木から落ちて、道がべたべたになっている", "none"),
    ("雪が木から落ちてきて、びっくりした", "none"),
    ("ビニールハウスが大雪でつぶれて、中のいちごが全部だめになった。共済の手続きは？", "none"),
    ("焚き火で焼き芋を焼くと皮が黒くなってパチパチいうので楽しい", "none"),
    ("孫がプールで浮き輪だけで泳げるようになりました", "none"),
    ("プラレールの線路の上に人形を置いたら、電車が来てはじき飛ばした", "none"),
    ("線路の近くに住んでいて、電車が来る音がうるさい", "none"),
    ("去年、駅前で殴られたことがあって、今でも夜道が怖い", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + SAME_WORDS_NO_DANGER)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_witnessed_scenes_are_emergencies(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SAME_WORDS_NO_DANGER)
def test_the_same_words_with_no_one_in_danger_are_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind26/blind27 (the known misses as kinds): a fire told in Tohoku forms, by an extinguisher emptied or by a
# ceiling going black with a burning smell (119); money already handed over in a swindle (#9110, but 110 with the
# caller still on the line); someone posing as an inspector or an official who wants into the house (#9110).
KNOWN_MISS_KINDS = [
    ("物置燃えでっぺ！はやぐ来てけろ", "119"),
    ("牛舎燃えでっと、誰か来てけろ", "119"),
    ("火ぃ隣の家さ移ったっちゃ", "119"),
    ("火、車庫まで移ってる", "119"),
    ("焦げ臭いのがおさまらない、消火器もう空っぽだ", "119"),
    ("台所から煙、消火器ぜんぶ使い切ったのに", "119"),
    ("焦げ臭くて、廊下の天井が黒くなってきてる", "119"),
    ("寝室の天井がすすけて真っ黒になってきた、煙のにおいもする", "119"),
    ("息子を名乗る電話で言われるまま、さっき100万円振り込んでしまいました", "#9110"),
    ("役所の人だって電話で還付金の手続きって言われて、ATMで10万円送金してしまった", "#9110"),
    ("水道局の者だと名乗る人が来て、家の中を調べさせろと言われた。断ったけど怖い", "#9110"),
    ("市役所の職員って言う男が、部屋の中を見せてと言ってきた。どこに相談すれば", "#9110"),
]
KNOWN_MISS_KINDS_NOT = [
    ("還付金の電話でATMに来てる、今も電話つながってる、もう5万円振り込んじゃった", "110"),
    ("消火器が空になったので交換したい", "none"),
    ("古い消火器、中身もう空っぽだけど捨て方は？", "none"),
    ("お風呂の天井がカビで黒くなってきた、掃除の仕方", "none"),
    ("火曜日に隣の部屋へ移ります", "none"),
    ("去年の火事で火が隣の家まで移ったのを思い出す", "none"),
    ("介護保険の認定調査で市役所の職員さんが来て、家の中を見せてほしいと言われた。予約の変更はできますか", "none"),
    ("娘が部屋の中を見せてくれない、思春期かな", "none"),
    ("振り込め詐欺に気をつけてって回覧板、うちは振り込んでしまったことはない", "none"),
]


# blind27: an emptied medicine box found with a farewell is an overdose (119); a person not arrived hours after
# setting out is missing (110), not when told late; blows in progress then a kana plea are 110.
BLIND27_CASES = [
    ("兄から「もう終わりにします」とLINEが来て、部屋の前に睡眠薬の空き箱がありました", "119"),
    ("夫が死にたいと言って寝室にこもっていて、ドアの外に薬の空き瓶が転がっています", "119"),
    ("薬の空き箱って何ごみですか", "none"),
    ("息子がまだ塾に着いていないと先生から電話がありました。家を出てから2時間たっています", "110"),
    ("娘が友だちの家にまだ着いていないそうです。うちを出てから1時間半たちました", "110"),
    ("娘がまだ来ていないけど、1時間前に遅れるって連絡があった", "none"),
    ("ちちが　なぐられてる　たすけて", "110"),
    ("あにが　たたかれてる　たすけて", "110"),
]


def test_known_miss_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KNOWN_MISS_KINDS + KNOWN_MISS_KINDS_NOT)


@pytest.mark.parametrize(("text", "number"), KNOWN_MISS_KINDS + KNOWN_MISS_KINDS_NOT)
def test_known_miss_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_every_rule_of_the_module_places_two_of_the_cases() -> None:
    texts = [views(text) for text, _ in CASES + KNOWN_MISS_KINDS + BLIND27_CASES]
    for rule in witnessed_sign_rules():
        hits = [text for text in texts if rule_hits(rule, text, {}) == "hit"]
        assert len(hits) >= 2, rule.name


def test_blind27_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND27_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND27_CASES)
def test_blind27_witnessed_scenes(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 46 (blind47a: 線路さ石っこ並べでるわらしっこいだ、今だど、電車来っつぉ): things put on the rails by
# someone - stones lined up, a bicycle laid there, a 置き石 - with a train coming, told in other words (110); the same
# play remembered from childhood or on a model railway is not.
RAILS_LOADED = [
    ("線路にこどもが石を並べてる、もうすぐ電車来るのに", "110"),
    ("せんろに こどもが いしを ならべてる でんしゃ きちゃう", "110"),
    ("中学生が線路の上に自転車を置いて遊んでいます。間もなく列車が通る時間なのですが", "110"),
    ("小学生が線路に置き石してる 電車そろそろ来る", "110"),
    ("線路さ若ぇのが木の枝っこ載せでんだ、汽車来っぞ", "110"),
    ("昔は線路に石を並べて電車が来るのを見てたなあ", "none"),
    ("鉄道模型の線路に石を並べてジオラマを作ってる、電車来るとこ撮りたい", "none"),
    ("子供の頃、線路に十円玉を置いて電車が来るのを待ったものです", "none"),
]


def test_rails_loaded_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RAILS_LOADED)


@pytest.mark.parametrize(("text", "number"), RAILS_LOADED)
def test_things_put_on_the_rails_with_a_train_coming(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
