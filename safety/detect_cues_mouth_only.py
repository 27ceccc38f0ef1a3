"""Something not food only tasted: spat out at once or breathing told normal, the mouth or tongue stinging and
nothing more (お歳暮の乾燥剤をかじって吐き出した、口の中がヒリヒリするけど息は普通): a question for #7119 / #8000,
not 119 - the poisoning is softened as when told fine so far (:data:`safety.detect_cues.FINE_SO_FAR`), and what
hurts before it shows keeps its alarm (:data:`safety.detect_cues.STILL_URGENT_SWALLOW`: a button battery, bleach,
kerosene, an amount). Round 49 (helper A92): wide51's quicklime desiccant from a gift box, all four tellings 119."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# The mouth or the tongue stinging or sore (口の中がヒリヒリ, 舌がしみる, 口の中が痛い, べろがぴりぴり).
MOUTH = (r"(?:くちのなか|口の中|口ん中|くちんなか|口内|こうない|(?<![ぁ-ゖ])した(?=が|も|は|の)|舌|べろ|ベロ"
         r"|くちびる|唇)")
STINGING = (r"ひりひり|ヒリヒリ|ぴりぴり|ピリピリ|しみ|染み|沁み|いた(?:い|む|み|が)|痛(?:い|む|み|が)|いてえ"
            r"|あれ(?:て|た)|荒れ(?:て|た)|ただれ")
MOUTH_STINGING = compile_folded(r"(?:" + MOUTH + r")(?:が|も|は|の)?[^\n]{0,6}?(?:" + STINGING + ")")
# ... and it was spat out at once, or breathing is told normal (息は普通, 呼吸は普通です, 息とかは普通).
SPAT_OR_BREATHING_FINE = compile_folded(
    r"はきだ|吐き出|はぎだ|ぺっと|ペッと|ぺってし"
    r"|(?:いき|息|こきゅう|呼吸)(?:とか|など)?(?:は|も)?[^\n]{0,4}?(?:ふつう|普通|へいき|平気|いつもどおり|いつも通り"
    r"|くるしく(?:ない|なさ)|苦しく(?:ない|なさ))")


def mouth_only(text: str) -> bool:
    """The mouth or tongue stinging, and the thing spat out at once or breathing told normal."""
    return bool(MOUTH_STINGING.search(text)) and bool(SPAT_OR_BREATHING_FINE.search(text))
