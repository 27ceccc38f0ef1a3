"""A rescue asked how to do while someone has no sign of life now (お父さんが息してない 心臓マッサージのやり方教えて,
人工呼吸ってどうやるの？母が動かない): the person is in danger at this moment, so the how-to question names no topic
- it is a call for 119, whose dispatcher talks the caller through the rescue (round 49, blind50b). A course, a
practice or a what-if (心肺蘇生の講習, 息をしていない人を見つけたら, もし息してなかったら) names no one's state now
and stays a topic."""

from __future__ import annotations

from safety.rule import VITAL, VITAL_NEG
from safety.vocabulary import compile_folded

# A rescue technique (心臓マッサージ, 人工呼吸, 心肺蘇生, 胸骨圧迫, AED).
RESCUE = (r"(?:しんぞうまっさーじ|心臓まっさーじ|心臓マッサージ|じんこうこきゅう|人工呼吸|しんぱいそせい|心肺蘇生"
          r"|きょうこつあっぱく|胸骨圧迫|aed|えーいーでぃー)")
# ... asked how to do or use (やり方, どうやる, 使い方, 教えて, わからない).
HOW_ASKED = (r"(?:の|って|は|を)?[^\n]{0,6}?(?:やりかた|やり方|どうやっ|どうやる|どうすれ|つかいかた|使い方|しかた|仕方"
             r"|おしえ|教え|わから|分から|わかん|分かん)")
# A sign of life lost, told as the state now: not a case supposed or described (息をしていない人, 息してなかったら,
# 動かないときは, 反応がない場合).
LOST_NOW = VITAL + VITAL_NEG + r"(?!(?:かっ)?たら|[^\n]{0,3}?(?:とき|時|ばあい|場合|ひと|人|かた|方))"
RESCUE_ASKED_NOW = compile_folded(LOST_NOW + r"[^\n]{0,20}?" + RESCUE + HOW_ASKED
                                  + r"|" + RESCUE + HOW_ASKED + r"[^\n]{0,20}?" + LOST_NOW)
# ... not when the message supposes it (もし, 仮に) or tells of a course or a practice.
NOT_NOW = compile_folded(r"もし(?!か)|かりに|仮に|こうしゅう|講習|れんしゅう|練習|たいけん|体験|くんれん|訓練"
                         r"|にんぎょう|人形")
