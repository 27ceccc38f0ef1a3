"""A body hot to the touch with the mind gone wrong: heatstroke told by its signs, not its name (round 50, helper A94:
blind51b's casual telling, やば ばあちゃん体あっつくて話通じない, read none; round 56: talk gone odd, 話が変).

The heat rules of :mod:`safety.events_daily_signs` read the weather (暑くて, 炎天下) before a sign; this one reads the
body itself hot (体が熱い, 体あっつくて, おでこが燃えるよう) told with talk that no longer gets through (話が通じない,
会話にならない, 返事がおかしい, 朦朧として) - 119 (``heatstroke``), whatever the weather word.

Not these: talk that does not get through with a clerk, a boss or on the phone (役所の人と話が通じない), an animal's.
"""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, Rule, rule
from safety.vocabulary import NEG

# The body hot to the touch (体が熱い, 体あっつくて, 肌が燃えるように熱い, おでこが火みたい).
# (round 55, wide57b: also told dry first - 肌がからからに乾いて燃えるように熱い)
BODY_HOT = (r"(?:からだ|体|はだ|肌|ひたい|額|おでこ)(?:が|も|じゅう|中)?"
            r"(?:(?:からから|かさかさ|かっさかさ)に(?:かわい|乾い)て)?[^\n]{0,4}?"
            r"(?:あつ(?!まり|め|さ)|あっつ|熱(?!心|意|中)|もえるよう|燃えるよう|ひみたい|火みたい)")
# Talk that no longer gets through (話が通じない, 会話にならない, 返事がおかしい, 朦朧として, 言ってることが変).
MIND_GONE = (r"(?:はなし|話)(?:が|も)?(?:つうじ|通じ)" + NEG
             + r"|(?:かいわ|会話)(?:に|が)?(?:なら|成り立た|なりたた)" + NEG
             # (round 55: or at odds with the question - 名前を聞いても答えがちぐはぐ)
             + r"|(?:へんじ|返事|こたえ|答え)(?:が|も)?[^\n]{0,2}?(?:おかし|へん|変|ちぐはぐ|とんちんかん|トンチンカン)"
             # (round 56: or the talk itself gone odd - 起こしたら顔真っ赤で話が変, しゃべり方がおかしい; not a topic
             # that changes, 話が変わる)
             r"|(?:はなし|話|しゃべり|喋り)(?:かた|方)?(?:が|も)?(?:おかし|へん(?!か|こう|じ)|変(?!わ|え|化|更))"
             r"|もうろう|朦朧|(?:いって|言って)(?:る|いる)?(?:こと|の|か)(?:が)?[^\n]{0,2}?(?:わから|わかん|おかし|へん|変)")
# Talk with a clerk, a boss, a caller (役所の人と話が通じない): a quarrel, not a sign.
NOT_A_SIGN = (ANIMAL_VETO + r"|やくしょ|役所|まどぐち|窓口|じょうし|上司|てんいん|店員|あいて|相手|でんわ|電話|がいこく"
              r"|外国|ことば|言葉"
              r"|ぎょうしゃ|業者|せーるす|セールス")


def heat_body_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        rule("heatstroke", "medical",
             BODY_HOT + r"[^\n]{0,20}?(?:" + MIND_GONE + r")|(?:" + MIND_GONE + r")[^\n]{0,20}?" + BODY_HOT,
             has_negation=True, unless=NOT_A_SIGN),
    )
