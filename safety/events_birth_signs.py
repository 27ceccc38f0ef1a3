"""A birth coming now, before anyone can reach the hospital (round 50, helper A94: blind51a's senior telling,
嫁が産気づいてしまいまして、もう生まれると叫んでおります。病院まではとても間に合いそうにありません).

The older ``labour`` rule (:mod:`safety.events_life`) reads 破水, 生まれそう and contractions minutes apart. These
read the other ways a birth is told as coming now - 119 (``labour``):

- the baby told as coming at once: もう生まれる, 今にも産まれそう, 生まれちゃう (not もうすぐ生まれる, a due date);
- the hospital told out of reach while labour is named: 産気づいて病院まで間に合わない, 陣痛が来て病院に間に合いそうに
  ない.

Not these: a due date (来月生まれる, もうすぐ生まれる予定), a birth over (生まれました), an animal's (子牛がもう生まれ
そう: the animal closure), a question asked ahead (もし夜中に陣痛が来たら).
"""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, Rule, rule

# Born, in any writing (生まれ, 産まれ, うまれ).
BORN = r"(?:うまれ|生まれ|産まれ)"
# The baby told as coming at once: もう / 今にも right before "born", then the present or the moment itself (もう生まれ
# る, 今にも生まれそう, もう産まれちゃう, もう生まれてしまう); not もうすぐ, a due date.
COMING_NOW = (r"(?:もう|いまにも|今にも)" + BORN
              + r"(?:る(?!よてい|予定|ころ|頃|つき|月)|そう|ちゃう|ちまう|てしま|ます(?!か))")
# Labour named (産気づいた, 陣痛, 破水, お産が始まった).
LABOUR_NAMED = (r"さんけつ|産気づ|さんけづ|じんつう|陣痛|はすい(?!とう|どう|ぶん|ふん)|破水"
                r"|(?:おさん|お産)(?:が)?(?:はじま|始ま)")
# The hospital told out of reach (病院まで間に合わない, 間に合いそうにありません, 病院に行く暇がない).
OUT_OF_REACH = (r"(?:びょういん|病院)[^\n]{0,12}?(?:まにあ|間に合)(?:わな|わね|わん|いそうにな|いそうもな|いません"
                r"|いそうにありません)")
# Asked ahead or a due date (もし陣痛が来たら, 予定日, 来月).
AHEAD = r"もし|よていび|予定日|らいげつ|来月|(?:た|だ)ら(?:どう|どこ|なに|何)"


def birth_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        rule("labour", "medical", COMING_NOW, unless=ANIMAL_VETO),
        rule("labour", "medical", OUT_OF_REACH, needs=LABOUR_NAMED, unless=ANIMAL_VETO + "|" + AHEAD),
    )
