"""A shelter asked for when stranded by snow (round 53, helper A107: a kind round 52 left). A car stuck on a closed
road, a train stopped for the night, a house or a hamlet cut off - and the question where to rest, stay the night
or shelter (休める避難所, 一晩過ごせる場所, 泊まれる所): the disaster page, not 119. "Cannot move" here is the car or
the train, not a person: the body events it raises are cancelled (:data:`STRANDED_CANCELLED`, applied in
:mod:`safety.detect`) unless someone is told hurt, unconscious or breathing exhaust.

Tests: tests/safety/test_events_stranded_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule
from safety.vocabulary import compile_folded

SNOW = (r"おおゆき|大雪|ふぶき|吹雪|ぼうふうせつ|暴風雪|(?:ゆき|雪)(?:で|さ|が|に|の)|じょせつ|除雪|なだれ|雪崩"
        r"|つうこうどめ|通行止め")
# Stuck: the road closed, the car or the train not moving, kept from home (立ち往生, 動けません, 足止め, 帰れなく).
STUCK = (r"たちおうじょう|立ち往生|(?:うごけ|動け|うごげ|動げ)(?:ない|なく|ません|ねえ|ね(?![ぁ-ゖ]))|あしどめ|足止め"
         r"|(?:かえれ|帰れ|けえれ)(?:ない|なく|ません|ねえ)|(?:とまり|止まり|とまっ|止まっ)(?:まし|て|た)|うんきゅう|運休"
         r"|こりつ|孤立|(?:でられ|出られ|でれ|出れ)(?:ない|なく|ません|ねえ)")
# A place asked for: a shelter, somewhere to rest or stay the night (避難所, 休める所, 一晩過ごせる場所, 泊まれる).
SHELTER_ASKED = (r"ひなんじょ|ひなんしょ|避難所|(?:やすめ|休め|すごせ|過ごせ|とまれ|泊まれ|いさせて|いられ)(?:る|て)?"
                 r"[^\n]{0,12}?(?:ばしょ|場所|ところ|所|とこ|しせつ|施設|ある|あり|ござい)"
                 r"|ひとばん|一晩|みをよせ|身を寄せ")
# Someone hurt, unconscious, short of breath or breathing exhaust: the body rules' alarm stands.
HURT = (r"たおれ|倒れ|いしき|意識|いきが|息が|いきを|息を|けが|怪我|(?<![ぁ-ゖ])ち(?:が|を)|血|ぐったり|へんじ|返事"
        r"|くるし|苦し|うまっ|埋まっ|はいき|排気|まふらー|マフラー|いっさんか|一酸化|ずつう|頭痛|(?:あたま|頭)が(?:いた|痛)"
        r"|さむくて(?:ふるえ|震え)|てあし|手足|しびれ|痺れ")
STRANDED_ASKING_SHELTER = (r"(?<![^\n])(?![^\n]*?(?:" + HURT + r"))(?=[^\n]*?(?:" + SNOW + r"))(?=[^\n]*?(?:" + STUCK
                           + r"))[^\n]*?(?:" + SHELTER_ASKED + ")")
STRANDED = compile_folded(STRANDED_ASKING_SHELTER)
# The events a stranded car's or train's "cannot move" raises, cancelled when a shelter is asked for.
STRANDED_CANCELLED: frozenset[str] = frozenset({"weak_danger", "person_not_moving", "not_moving_word",
                                                "vital_signs_absent", "trapped", "cannot_get_up"})


def stranded_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # stranded by snow, a place to shelter asked for (大雪で国道が立ち往生、近くに休める避難所は)
        rule("stranded_shelter", "disaster", STRANDED_ASKING_SHELTER, unless=FICTION),
    )
