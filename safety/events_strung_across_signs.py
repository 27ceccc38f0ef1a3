"""A rope or wire strung across a way at the height of a rider's neck or face (round 53, wide55): a trap set on a road
or a farm lane that cyclists or riders are about to use - 110.

The message names no crime: a rope is stretched taut across the farm road at neck height (農道にロープが首の高さで
張ってある) and the pupils will cycle by soon. The thing strung (:data:`STRUNG`, stretched: 張って, 張られて) and the
height of a person's neck or face (:data:`BODY_HEIGHT`, a few words apart) on the same line make the event. Not a
rope barrier of road works or a closure, not a washing line, not a rope at a festival or a tug of war, not a story.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, on_its_line_with, rule

# A rope, a cord, a wire, fishing line, stretched (taut or not).
STRUNG = (r"(?:ろーぷ|ロープ|なわ|縄|ひも|紐|わいやー|ワイヤー|はりがね|針金|てぐす|テグス|つりいと|釣り糸|ぴあのせん"
          r"|ピアノ線)(?:が|を|も)?[^\n]{0,12}?(?:はって|張って|はられ|張られ|はってあ|張ってあ|はりわたし|張り渡し"
          r"|はってる|張ってる|はってん|張ってん)")
# The height of a person's neck, face or chest (首の高さ, 首のあたりの高さ, 顔の位置).
# (a few words between: 首さ引っかかる高さ)
BODY_HEIGHT = r"(?:くび|首|かお|顔|むね|胸|のど|喉)[^\n]{0,8}?(?:たかさ|高さ|いち|位置)"
# Road works, a closure, washing, a festival or a game, a story.
NOT_A_TRAP = (FICTION + r"|こうじ|工事|つうこうどめ|通行止め|たちいりきんし|立入禁止|立ち入り禁止|せんたく|洗濯"
              r"|ものほし|物干し|まつり|祭り|つなひき|綱引き|うんどうかい|運動会")


def strung_across_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("road_danger", "police", on_its_line_with(STRUNG, BODY_HEIGHT), unless=NOT_A_TRAP),
    )
