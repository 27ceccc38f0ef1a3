"""A car's exhaust blocked by snow with the engine running and people inside (round 54, helper A111: a kind round 53
left): carbon monoxide fills the car - 119 (``gas``, the fire line's fumes), even told without a sign on the person
(雪でマフラーが埋まってるのにエンジンかけたまま子どもが中で寝てる). Quiet when the pipe is told cleared, when
nobody is in the car, or as a precaution (マフラーが埋まらないように, 雪をどけてからエンジンをかけた).

Tests: tests/safety/test_events_snowed_car_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# The exhaust (マフラー, 排気口, 排気管, Tohoku 排気のどご) ...
EXHAUST = r"まふらー|マフラー|はいきこう|排気口|はいきかん|排気管|はいき|排気"
# ... blocked by snow (雪で埋まって, 雪に埋もれて, ふさがって, 隠れて, 詰まって).
BLOCKED = (r"(?:うま|埋ま|うもれ|埋もれ|ふさが|塞が|ふさい|塞い|かくれ|隠れ|つま|詰ま)"
           r"(?:っ|り|れ)?(?:て|た|で|だ|てる|とる|ちゃ|ってる|ってた|ってん|て(?:い|お))")
# The engine running (エンジンをかけたまま, かけっぱなし, かかったまま, アイドリング).
ENGINE_ON = (r"(?:えんじん|エンジン)(?:を|ば|さ|は)?[^\n]{0,3}?(?:かけ|掛け|かか|掛か)"
             r"(?:た|て|っぱ|っぱなし|ったまま|てた|てる|と)"
             r"|あいどりんぐ|アイドリング")
# Someone in the car (中で, 車内, 乗って, 寝て, 待って).
INSIDE = (r"(?:なか|中)(?:で|に|さ)|しゃない|車内|のって|乗って|ねて|寝て|ねむ|眠|まって|待って|やすんで|休んで"
          r"|(?:じょしゅせき|助手席|うんてんせき|運転席|こうぶざせき|後部座席)")
SNOW = r"ゆき|雪|ふぶき|吹雪|ふきだまり|吹きだまり|吹き溜まり"
EXHAUST_BLOCKED = (r"(?:" + EXHAUST + r")(?:が|も|は|の(?:あな|穴|とこ|どご|ところ))?[^\n]{0,8}?(?:" + BLOCKED + ")"
                   r"|(?:" + SNOW + r")[^\n]{0,8}?(?:" + EXHAUST + r")"
                   r"(?:が|も|は|の(?:あな|穴|とこ|どご|ところ))?[^\n]{0,3}?"
                   r"(?:" + BLOCKED + ")")
# All three on one line, in any order.
SNOWED_EXHAUST_WITH_PEOPLE = (r"(?<![^\n])(?=[^\n]*?(?:" + EXHAUST_BLOCKED + r"))(?=[^\n]*?(?:" + ENGINE_ON + r"))"
                              r"(?=[^\n]*?(?:" + SNOW + r"))[^\n]*?(?:" + INSIDE + ")")
# A precaution, a pipe cleared, nobody inside, or a story.
NOT_CO = (FICTION + r"|ないように|ねえように|ないよう(?:に)?|(?:ゆき|雪)(?:を)?(?:どけ|のけ|よけ|かい|払)(?:て|で)から"
          r"|(?:だれも|誰も)(?:のって|乗って|い)(?:ない|ねえ|ません)|きをつけ|気をつけ|ちゅうい|注意")


def snowed_car_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # 車さ雪積もってマフラーふさがってんのに、父ちゃんエンジンかけで中で寝でる
        rule("gas", "fire", SNOWED_EXHAUST_WITH_PEOPLE, unless=NOT_CO),
    )
