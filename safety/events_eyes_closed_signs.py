"""Someone lying with the eyes closed after a fall or a blow, no word of waking or answering (round 49, helper A92:
wide51's uncle who fell through the attic boards into the living room and lies on his back with his eyes closed).

The event is read over its parts: a fall, a blow or a weight on the person (落ちて, 転落, 転んで頭を打って,
踏み抜いて, 下敷き) and the eyes told closed as the state now (目を閉じています, 目を閉じたまま, 目をつぶったまま):
not answering in other words - 119 (``unconscious``).

Not these: one eye kept shut over a speck (片目を閉じて), eyes closed to rest or asleep with a sleeper's breath
(休んでいます, すやすや, 寝息), closing the eyes as a test (目を閉じても), a drama."""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# The eyes told closed as the state now (目を閉じています, 目を閉じたまま, 目をつぶったまま, 目さつぶったまんま).
EYES_CLOSED = (r"(?<!かた)(?<!片)(?:め|目)(?:を|お|さ|は)?(?:とじ|閉じ|つぶっ|つむっ|瞑っ)"
               r"(?:た(?:まま|まんま|っきり)|て(?:い)?(?:ます|る|おります|しまい|しま))")
# ... after a fall, a blow or a weight on the person.
FALL_OR_BLOW = (r"おち|落ち|おぢ|落ぢ|てんらく|転落|ふみぬ|踏み抜|ころん|転ん|ころげ|転げ|うっ(?:て|た)|打っ|ぶつけ"
                r"|したじき|下敷き|はねられ|撥ねられ|なぐられ|殴られ")
# Resting, asleep with a sleeper's breath, a test with the eyes closed, one eye shut over a speck, a drama.
RESTING = (FICTION + r"|やすん|休ん|ねいき|寝息|すやすや|すーすー|ひるね|昼寝|めをとじても|目を閉じても|かため|片目"
           r"|めぐすり|目薬|まぶし|眩し")


def eyes_closed_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("unconscious", "medical", EYES_CLOSED, needs=FALL_OR_BLOW, unless=RESTING),
    )
