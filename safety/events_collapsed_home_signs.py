"""A house or shed fallen in, and a person told still inside or heard from under it (round 48, blind49b): someone
trapped, 119.

The rule of :mod:`safety.events_witnessed_signs` reads the place first (納屋が潰れて…中で息子が作業をしていた); a
caller in a hurry names the person first (じしんで いえが つぶれて おじいちゃんが なかに いる), or the roof that came
down (屋根が雪で落ちて母がその下に), or only hears a voice from under the rubble. Not a dream or a drill, not an
animal, not somebody who lived in it once. Round 51 (wide53): also a person pinned under whatever fell and unable to
get out (主人が、梁の下になって出られません), the fall not told.
"""

from __future__ import annotations

from safety.events_witnessed_signs import BUILDING, NOT_REAL, PERSON_INSIDE
from safety.rule import ANIMAL_VETO, Rule, rule
from safety.vocabulary import NEG

# Fallen in: crushed, collapsed, the roof or ceiling down.
FALLEN_IN = (r"(?:" + BUILDING + r"(?:が|も|は)?[^\n]{0,12}?"
             r"(?:つぶれ|潰れ|くずれ|崩れ|とうかい|倒壊|ぺしゃんこ|ぺちゃんこ)"
             r"|(?:やね|屋根|てんじょう|天井|はり|梁)(?:が|も)?[^\n]{0,8}?(?:おち|落ち|ぬけ|抜け|くずれ|崩れ|つぶれ|潰れ))")
# Under it or inside it, still.
UNDER = r"(?:なか|中|した|下|した敷き|したじき|下敷き)(?:に|さ|で)(?:は|まだ)?"
STILL_THERE = r"(?:いる|いま|いた|おる|おり|のこ|残)"
# Under something that fell, and unable to get out or free (梁の下になって出られません, 棚の下さなって抜けらんねえ;
# round 51, wide53): the person pinned, whatever fell.
PINNED_UNDER = (r"(?:の)?(?:した|下)(?:に|さ)(?:なって|なっ|なり|なった)?[^\n]{0,6}?"
                r"(?:でられ|出られ|でれ|出れ|でらん|出らん|ぬけられ|抜けられ|ぬけれ|抜けれ|ぬけらん|抜けらん|うごけ|動け)")
# A human voice from under it.
VOICE = r"(?:こえ|声|うめき|うなり|たすけて|助けて|ひめい|悲鳴)"


def collapsed_home_sign_rules() -> tuple[Rule, ...]:
    """A house fallen in with a person still inside or heard under it: someone trapped (119)."""
    return (
        rule("trapped", "medical",
             FALLEN_IN + r"[^\n]{0,30}?" + PERSON_INSIDE + r"(?:さん|ちゃん|くん)?(?:が|は|も)?[^\n]{0,4}?" + UNDER
             + r"[^\n]{0,2}?" + STILL_THERE
             # ... or the person named, then said to be still inside (主人が片付けをしておりましたので、まだ中におる)
             + r"|" + FALLEN_IN + r"[^\n]{0,30}?" + PERSON_INSIDE + r"[^\n]{0,24}?まだ" + UNDER + STILL_THERE
             + r"|" + FALLEN_IN + r"[^\n]{0,30}?(?:なか|中|した|下|おく|奥)(?:の(?:ほう|方))?から[^\n]{0,6}?" + VOICE
             # ... or a person pinned under something and unable to get out (主人が、梁の下になって出られません)
             + r"|" + PERSON_INSIDE + r"(?:さん|ちゃん|くん)?(?:が|は|も)?[^\n]{0,8}?" + PINNED_UNDER + NEG,
             unless=NOT_REAL + r"|" + ANIMAL_VETO + r"|ねこ|猫|いぬ|犬"),
    )
