"""Breathing too fast, told for advice (round 48, B56's typed gap: 小4の娘が寝る前に過呼吸みたいになって手がしびれる
と言ってます、話はできます read none; wide49b's boy after school at night is the same kind).

Hyperventilation (過呼吸, 過呼吸みたいに, かこきゅう) is a ``symptom``: the advice line (#7119, or #8000 for a child at
night); a sign of danger told with it (苦しんで動かない, 意識がない) is an emergency event found first. Not a topic
(過呼吸の対処法), a past episode, nor a story.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

HYPERVENTILATION = r"かこきゅう|過呼吸"
NOT_NOW = (FICTION + r"|について|とは|ってなに|って何|たいしょほう|対処法|なったことが|むかし|昔|いぜん|以前"
           r"|きょねん|去年|ないように|よぼう|予防")


def breath_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (rule("hyperventilation", "symptom", HYPERVENTILATION, unless=NOT_NOW),)
