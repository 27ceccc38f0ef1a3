"""A grave sign told beside a mild telling (round 40, from helper A58's measurement; see docs/safety.md): the marker
``grave_remaining``, which never places a message alone and is weighed in :mod:`safety.decide`.

A sign told as mild (``said_mild``: すぐ泣き止んで普通に遊んでた) makes a fall or a blow a question for the advice line;
vomiting again and again, breathing fast or a cough that goes on, or bleeding that does not stop told beside it keeps
the alarm (子供が転んで頭を打った。すぐ泣き止んで普通に遊んでたけど、さっきから何回も吐いてる: 119, not #8000).
Drowsiness and a bad colour are left out: the set's writers label 顔色が悪くて and ぼーっとする after a bump #7119
(blind16b, blind19b), and those signs already keep the alarm where a rule reads them.
"""

from __future__ import annotations

from safety.rule import Rule, rule

# Vomiting again and again (何度も吐いて, 吐き続けて, 繰り返し戻して).
VOMITING_AGAIN = (r"(?:なんども|何度も|なんかいも|何回も|くりかえし|繰り返し|ずっと)[^\n]{0,4}?(?:はい|吐い|はき|吐き"
                  r"|もど|戻)|(?:はき|吐き)(?:つづけ|続け)|(?:はいて|吐いて)ばかり")
# Breathing fast or a cough that goes on (息が速い, 呼吸が荒い, 咳が止まらない, むせ続けて).
BREATHING_ON = (r"(?:いき|息|こきゅう|呼吸)(?:が|も)?(?:はや|速|早|あら|荒)"
                r"|(?:せき|咳|むせ)(?:が|は|も)?(?:とまらな|止まらな|とまりませ|止まりませ|つづい|続い|つづけ|続け)"
                r"|(?:せき|咳)(?:こみ|込み)(?:つづけ|続け)|むせ(?:つづけ|続け)")
# Bleeding that does not stop, or a lot (血が止まらない, 血がどくどく).
BLEEDING_ON = (r"(?:(?<![ぁ-ゖ])ち|血)(?:が|は|も)?(?:とまらな|止まらな|とまりませ|止まりませ|どくどく|だらだら"
               r"|たくさん|いっぱい|ぽたぽた|ふきだ|噴き出|吹き出)")
# Bleeding told as eased since (今はにじむ程度です, 血はだいぶおさまった, 止まりかけ; round 49, wide50b's cut brow):
# a wound to ask about (#7119), not bleeding that goes on - the words after the blood, within a clause of it.
BLEEDING_EASED = (r"(?:(?:にじむ|滲む|にじんで(?:いる|る)?|滲んで(?:いる|る)?)(?:ていど|程度|くらい|ぐらい|だけ)"
                  r"|(?:おさまっ|収まっ|治まっ|おさまり|収まり|治まり)(?:た|て|ま|つつ)|(?:とまり|止まり)(?:かけ|かか))")
# Within a clause of the blood named (最初は血がたくさん出ましたが、今はにじむ程度です).
EASED_SPAN = 24  # characters from the blood to the eased telling
BLEEDING_ON_NOT_EASED = (r"(?:" + BLEEDING_ON + r")(?![^\n]{0," + str(EASED_SPAN) + r"}?(?:" + BLEEDING_EASED
                         + "))")
GRAVE_REMAINING = "|".join((VOMITING_AGAIN, BREATHING_ON, BLEEDING_ON_NOT_EASED))


def grave_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a marker (safety.decide.MARKERS): a grave sign told beside a mild telling - the alarm stays
        rule("grave_remaining", "symptom", GRAVE_REMAINING, has_negation=True),
    )
