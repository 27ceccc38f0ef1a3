"""Dizzy or sick after a hot bath, told for advice (round 46, blind47a): 湯あたり or のぼせ with a sway, a spin, nausea
or a headache (温泉に入ったあと湯あたりしたようで、少しふらつく) is a ``symptom`` - the advice line (#7119, or #8000 for
a child at night); one who fell and does not answer stays an emergency by the life rules. A question of how to avoid
it (湯あたりしないコツ, のぼせないように) is none."""

from __future__ import annotations

from safety.rule import FICTION, Rule, in_either_order, rule

HOT_BATH_SICK = r"ゆあたり|湯あたり|湯中り|のぼせ"
DIZZY_OR_SICK = (r"ふらつ|ふらふら|フラフラ|くらくら|クラクラ|めまい|目まい|眩暈|めがまわ|目が回|きもちわる|気持ち悪"
                 r"|はきけ|吐き気|むかむか|ムカムカ|あたまがいた|頭が痛|ずつう|頭痛|どうき|動悸|たちくらみ|立ちくらみ"
                 r"|ぼうっと|ぼーっと|ぼおっと")
# How to avoid it, or a warning: nothing has happened.
AVOIDED = (FICTION + r"|(?:し|なら)ない(?:ように|よう|こつ|コツ|ほうほう|方法)|ふせ|防|きをつけ|気をつけ|ちゅうい|注意"
           r"|こつ(?:は|を|って)|コツ")


def hot_bath_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("dizzy_after_hot_bath", "symptom",
             in_either_order(HOT_BATH_SICK, DIZZY_OR_SICK, gap=20, gap_back=12),
             unless=AVOIDED),
    )
