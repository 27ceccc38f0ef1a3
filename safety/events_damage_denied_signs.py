"""A shop or a contractor that did damage and denies it or will not pay for it (round 54, helper A111: a kind round 53
left - the car-accessory shop's scratches, wide55). A trader named (店, 業者, 工務店, 整備工場, クリーニング, 引っ越し
業者), a thing damaged by its work (傷をつけられた, へこまされた, 壊された, 穴があいて戻ってきた) and the trader denying
it or refusing to make it good (最初からあった, 元からの傷, 知らないの一点張り, 認めない, 取り合ってくれない, 払わねえ):
the consumer line (188). The older rule (:mod:`safety.events_refused_redress_signs`) read a refusal of 補償 / 弁償 only.

The damage words (傷, 壊され, 車) woke the police and weak rules (a scraped car read as an accident, 壊され as a
break-in):
:func:`safety.detect.find` drops those when this event is found and no fire or body event is told
(:data:`DAMAGE_DENIED_CANCELLED`). Not a thing one broke oneself, a hit-and-run (相手の車は逃げた), or a storm.

Tests: tests/safety/test_events_damage_denied_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Group, Rule, rule

# A trader: a shop, its staff, a contractor, a garage, a cleaner, a mover.
TRADER = (r"みせ|店|てんいん|店員|ぎょうしゃ|業者|こうむてん|工務店|せいびこうじょう|整備工場|でぃーらー|ディーラー"
          r"|くりーにんぐ|クリーニング|ひっこし|引っ越し|引越し|しゅうりや|修理屋|こうじ|工事|りふぉーむ|リフォーム"
          r"|せんしゃ|洗車|しょくにん|職人|だいく|大工|うけおい|請負|かいしゃ|会社")
# A thing damaged (傷, へこみ, 擦り傷, 壊された, 割られた, 汚された, 穴があいて, 焦げて).
DAMAGED = (r"きず|傷|へこ|凹|こわさ|壊さ|こわれ|壊れ|わられ|割られ|われて|割れて|よごさ|汚さ|あな(?:が)?あ|穴(?:が)?あ"
           r"|こげ|焦げ|ちぢ(?:ん|み)|縮(?:ん|み)|やぶれ|破れ|はがれ|剥がれ")
# ... denied or not made good (最初からあった, 元からの傷, 知らないの一点張り, 認めない, 取り合ってくれない, 払わない,
# うちのせいじゃない).
DENIED = (r"(?:さいしょ|最初|もと|元|もともと|元々|はじめ|初め)(?:から)(?:の|あった|だ|です|って|と)"
          r"|(?:しらない|知らない|しらね|知らね)(?:の)?(?:いってんばり|一点張り)|いってんばり|一点張り"
          r"|(?:みとめ|認め)(?:ない|ねえ|ません|てくれ(?:ない|ません|ねえ)|ようとしない)"
          r"|(?:とりあって|取り合って)(?:くれ|もらえ)(?:ない|ません|ねえ)"
          r"|(?:はらわ|払わ)(?:ない|ねえ|ん)|(?:はらって|払って)(?:くれ|もらえ)(?:ない|ません|ねえ)"
          r"|(?:うち|こちら|こっち|とう(?:しゃ|てん)|当社|当店)の(?:せい|責任|せきにん)(?:じゃ|では)(?:ない|ありません)"
          r"|(?:そっち|そちら|おたく|お宅|あんた|あなた|おきゃく|お客)の(?:せい|責任|せきにん)")
DAMAGE_DENIED = (r"(?<![^\n])(?=[^\n]*?(?:" + TRADER + r"))(?=[^\n]*?(?:" + DAMAGED + r"))[^\n]*?(?:" + DENIED + ")")
# Not one's own doing, a hit-and-run, a storm or a story.
NOT_DENIED_DAMAGE = (FICTION + r"|(?:じぶん|自分)で|(?:にげ|逃げ)(?:た|て|ちゃ)|あてにげ|当て逃げ|ひきにげ|ひき逃げ"
                     r"|たいふう|台風|じしん|地震|ていでん|停電|けが|怪我|いたい|痛い"
                     # ... nor harm to a person (殴られて傷, 血が出て): the police's or the body's rules read it
                     r"|なぐ|殴|たたか|叩か|(?<![あつかむさもと向避設掛付受よ])けられ|蹴|ぼうりょく|暴力|ちが|血|さされ|刺され|おどさ|脅さ")
DAMAGE_DENIED_EVENT = "damage_denied"
# The alarms its damage words woke (a scraped car, 壊され): dropped with it unless a fire or a body event is told.
DAMAGE_DENIED_CANCELLED: frozenset[Group] = frozenset({"police", "weak", "weak_police", "lexical", "lexical_police"})


def damage_denied_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # カー用品店でナビ付けてもらったら内装に傷、店は最初からあったって
        rule(DAMAGE_DENIED_EVENT, "consumer", DAMAGE_DENIED, unless=NOT_DENIED_DAMAGE),
    )
