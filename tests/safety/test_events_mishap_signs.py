"""Mishaps told by what was done or found (:mod:`safety.events_mishap_signs`, round 43, wide45b), on tellings not in
the set: each situation kind wide45b's writer told, in other words and styles, and look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.events_mishap_signs import HIGH_READING, PULLED_BY_THE_HAND
from safety.normalize import views
from safety.vocabulary import compile_folded
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# Round 43 (wide45b, helper A67): the situation kinds of the split's wrong decisions, told anew.
DAY_CASES = [
    # a chemical drunk for a drink
    ("ばあちゃんが焼酎の瓶に入れてた殺虫剤、水だと思って飲んじゃった 吐いてる", "119"),
    ("母が漂白剤を薄めた液をジュースと勘違いして飲んでしまい、喉が痛いと苦しんでいます。", "119"),
    ("じっちゃ、灯油ばお茶とまぢがえで飲んだみでぇだ。咳こんでる", "119"),
    ("おじいさんが じょそうざいを おちゃと まちがえて のみました。はいて います", "119"),
    ("物置のペットボトルの農薬を、父が麦茶と間違えて少し飲んでしまいました。気分が悪いと申しております。", "119"),
    # a caustic in the eyes or on the face
    ("カビ取りのスプレーが目に入って、目が開けられないと叫んでいます", "119"),
    ("塩酸が跳ねて父の顔にかかった ただれてきてる", "119"),
    ("せっかいが めに はいって めが あけられない。いたがって ころげまわってる", "119"),
    ("家内がトイレの洗浄剤を使っておりまして、目に飛んでしまい、痛くて目が開けられないと申しております。", "119"),
    # a fingertip cut off
    ("製材所で若い人の指先が丸ノコで切れて、床に落ちている", "119"),
    ("薪割り機で親父の指がちぎれた", "119"),
    ("スライサーで ゆびの さきっぽ なくなった ちが すごい", "119"),
    ("兄が丸ノコで指を切り落としました", "119"),
    # a child let go of in a crowd
    ("おまつりで むすめと はぐれて もう 20ぷん みつからない", "110"),
    ("初売りの人混みで息子とはぐれて、館内を探しても見つかりません", "110"),
    ("花火の会場で孫の手ば離してしまって、なんぼ探しても見づがんねぇ", "110"),
    ("夏祭りの人ごみで5歳の子の手が離れて、15分くらい見つからない", "110"),
    # gone in for an inspection, then collapsed
    ("マンホールに点検に入った作業員が倒れて返事がありません", "119"),
    ("タンクの点検に入っていた兄が中で倒れてる、呼んでも返事ない", "119"),
    # a home blood pressure of 180 or more
    ("けつあつが 185 ありました。げんき です。びょういん いったほうが いいですか", "#7119"),
    ("母の血圧、さっき測ったら上が198で下が120。本人はけろっとしてるけど", "#7119"),
    ("血圧さ測ったら190もあったっちゃ、どごも何ともねえんだげど", "#7119"),
    # an insect in the ear
    ("みみに むしが はいった みたい。ごそごそ する", "#7119"),
    ("耳さ虫入ったみでぇで、ブーンってうるさいのっしゃ", "#7119"),
    ("畑から帰ったら耳の中でカサカサ何か動く音がして気持ち悪い", "#7119"),
    # a rash after a medicine, breathing fine
    ("風邪薬を飲んだら腕がかゆくてぶつぶつが出てきた。息は普通です", "#7119"),
    ("新しく出された薬を飲み始めたら、胸に発疹出てかゆい 息は苦しくない", "#7119"),
    ("痛み止め飲んだっけ、首の周りいっぺぇ赤ぐなってかゆいのっしゃ。息はふつう", "#7119"),
    # bleeding stopped after a bite, in kana
    ("ねこに かまれた。ちは もう とまった。びょういん いく？", "#7119"),
    ("のらいぬに あしを かまれました。ちは とまりました。どうしたら いいですか", "#7119"),
    # look-alikes that stay quiet
    ("さっき駅で鍵を落として、まだ見つからない", "none"),
    ("どんと祭って何時から火つけるの？どんと祭の火で焼いた餅食べたい", "none"),
    ("お焚き上げの火、まだ燃えてるね。きれい", "none"),
    ("来週の文化祭でお化け屋敷やるの。たすけてーって叫ぶ係", "none"),
    ("去年の事故の過失割合で保険会社ともめています", "none"),
    ("去年追突されだ事故、まだ示談まとまんねぇ。相談窓口あっぺか", "none"),
    ("すずめが まどに ぶつかって うごかない", "none"),
    ("ツバメのひなが巣から落ちてたから巣に戻してあげた", "none"),
    ("手袋の指先が取れた", "none"),
    # the real emergencies beside the look-alikes stay alarms
    ("お化け屋敷の中で子どもが倒れて息してない", "119"),
    ("お焚き上げの火が神社の木に燃え移ってる", "119"),
    ("父の右腕がだらんとして動かない", "119"),
]
NIGHT_CASES = [
    # a child's arm hanging after a pull (a pulled elbow)
    ("むすこの てを ひっぱったら ないて うでを ぶらんと したまま うごかさない。よる です", "#8000"),
    ("孫の手ば引っぱったっけ、泣いで腕あげねぐなったっちゃ", "#8000"),
    ("3歳の娘の腕を引っ張って起こしたら、肘が抜けたみたいで腕をだらんとさせてる", "#8000"),
    ("公園で息子の手を引いたら泣き出して、左手を使わなくなりました。夜ですが診てもらえますか", "#8000"),
]


def test_mishap_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NIGHT_CASES)


@pytest.mark.parametrize(("text", "number"), DAY_CASES)
def test_a_mishap_is_decided_by_what_was_done_or_found(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NIGHT_CASES)
def test_a_childs_arm_hanging_after_a_pull_is_for_the_night_line(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


def test_the_mishap_patterns_read_their_own_words() -> None:
    assert compile_folded(PULLED_BY_THE_HAND).search(views("孫の手ば引っぱったっけ").devoiced)
    assert compile_folded(HIGH_READING).search(views("血圧は上が205でした").devoiced)
    assert not compile_folded(HIGH_READING).search(views("血圧は上が135でした").devoiced)


def test_a_fingertip_off_and_a_pulled_elbow_are_their_own_events() -> None:
    assert "finger_severed" in find(views("丸のこで指の先が取れた")).events
    assert find(views("娘の手を引っぱったら腕をだらんとさせて動かさない")).events.get("pulled_elbow") == "symptom"


# Round 51 (blind52b, helper A98): the neck hurt and the limbs numb or not moving after a fall or a crash.
SPINAL_CASES = [
    ("部活で転んで首が痛くて、両足がしびれて動かせないって言ってる", "119"),
    ("バイクの事故で、兄が首が痛いと言って手足が動かせません", "119"),
    ("じいちゃん屋根がら落ぢで、首いでえ、手足しびれるって", "119"),
]
SPINAL_QUIET = [
    ("首が痛くて手足がしびれる漫画の主人公", "none"),
]


def test_spinal_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SPINAL_CASES + SPINAL_QUIET)


@pytest.mark.parametrize(("text", "number"), SPINAL_CASES + SPINAL_QUIET)
def test_the_neck_hurt_and_the_limbs_numb_after_a_fall_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
    if number == "119":
        assert "spinal_injury" in find(views(text)).events


# round 52 (blind53a): a rash after a medicine taken as given (RASH_AFTER_DOSE) is a side effect to ask about (#7119,
# #8000 at night), not a child's poisoning; a child who got at a medicine, or a rash with the breath short, is 119.
RASH_AFTER_DOSE_CASES = [
    ("5歳の息子、処方された薬を飲んでからかゆがって、ぶつぶつが出てきた", "#7119"),
    ("ごさいの むすめに くすりを のませたら からだに ほっしんが でました", "#7119"),
    ("3歳の子に薬を飲ませたあと、じんましんが出て息が苦しそうにしてる", "119"),
    ("2歳の子が棚のおばあちゃんの薬を飲んじゃったみたい", "119"),
    ("4歳の子に薬を飲ませたら、からだじゅうかゆがって、のどが詰まるって", "119"),
]


def test_rash_after_dose_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RASH_AFTER_DOSE_CASES)


@pytest.mark.parametrize(("text", "number"), RASH_AFTER_DOSE_CASES)
def test_a_rash_after_a_medicine_given_is_a_question(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
