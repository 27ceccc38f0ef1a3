"""Someone climbing up the outside of a home to a balcony or an upper window (round 51, wide53): a break-in under
way, 110.

Nobody says a burglar; they say a man is going up from the shed roof to the first-floor balcony of the flat opposite
(男の人が物置の屋根を伝って二階のベランダに上がっています), someone is hanging on the drainpipe below a window, a
stranger climbed over the balcony rail. Without a rule the emergency classifier heard only a person and a height and
sent it to 119. Not a tradesman, a roofer or a household clearing snow, not a rescue or a drill, not a story, not an
animal, and not a boy at play.
"""

from __future__ import annotations

from safety.rule import ANIMAL, FICTION, Rule, rule

# Someone not of the household: a man, someone, a stranger (not 男の子, a boy at play).
SOMEONE = (r"(?:おとこ(?!のこ)|男(?!の子)|だれか|誰か|しらない(?:ひと|人)|知らない(?:ひと|人)|ふしんしゃ|不審者"
           r"|ふしんな(?:ひと|人|おとこ|男)|不審な(?:人|男)|あやしい(?:ひと|人|おとこ|男)|怪しい(?:人|男)|ひとかげ|人影)")
# A home's upper floor from outside: a balcony, an upper window, the drainpipe or the rail up to it.
UP_THERE = (r"(?:べらんだ|ベランダ|にかい|二階|2階|２階|さんかい|三階|3階|３階|まど|窓|ひさし|庇|あまどい|雨どい|雨樋"
            r"|てすり|手すり|さく|柵)")
# Climbing to it or over it.
CLIMBING = (r"(?:よじのぼ|よじ登|のぼって|登って|のぼろう|登ろう|あがって|上がって|あがろう|上がろう|つたって|伝って"
            r"|のりこえ|乗り越え|しのびこ|忍び込|はいあが|這い上が|ぶらさが|ぶら下が)")
# Work, a rescue, a household at its chores, a story: no break-in.
NOT_A_BREAK_IN = (FICTION + "|" + ANIMAL + r"|ぎょうしゃ|業者|しょくにん|職人|こうじ|工事|しゅうり|修理|てんけん|点検"
                  r"|ゆきおろし|雪下ろし|雪おろし|じょせつ|除雪|せんたくもの|洗濯物|しょうぼう|消防|きゅうじょ|救助"
                  r"|くんれん|訓練|かぎ(?:を|が)?[^\n]{0,6}?(?:わすれ|忘れ|なくし|無くし|おとし|落とし)")


def climbing_in_sign_rules() -> tuple[Rule, ...]:
    """Someone climbing up the outside of a home to a balcony or an upper window: a break-in under way (110)."""
    return (
        rule("intruder", "police",
             SOMEONE + r"(?:の(?:ひと|人|かた|方))?(?:が|は|も)?[^\n]{0,24}?" + UP_THERE
             + r"(?:の(?:そと|外|した|下))?(?:に|へ|さ|を|から|まで)?[^\n]{0,4}?" + CLIMBING
             # ... or the place told first (ベランダに知らない男がよじ登ってる)
             + "|" + UP_THERE + r"(?:に|へ|さ|を)[^\n]{0,12}?" + SOMEONE + r"(?:の(?:ひと|人))?(?:が|は)?[^\n]{0,4}?"
             + CLIMBING,
             unless=NOT_A_BREAK_IN),
    )
