"""A caller's foot in the door, the door held open by force now (round 56, helper A119). Nobody says "intrusion": a
courier or a salesman (or someone who says he is one) has put his foot in the doorway (玄関に足を入れて, ドアに足を
挟んで, 足突っ込んで) or keeps the door from closing (ドアを閉めさせてくれない, 戸を押さえて閉めらんねえ). It is a
person forcing his way in now: the police (110, ``refuses_to_leave``), before any swindle or sale it may be.

Quiet: a pushy sale told afterwards (昨日…足を入れてきて、断りきれずに契約しました: 188 stays with the consumer rules),
a door that will not close by itself (建て付け, 壊れて), a foot caught by one's own door (自分の足を挟んで), a story.
Tests: tests/safety/test_events_door_held_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# The door (玄関, ドア, 戸, 扉).
DOOR = r"げんかん|玄関|どあ|ドア|とびら|扉|(?<![ぁ-ゖ])と(?=に|を|さ|の)|戸"
# A foot put in it (足を入れて, 足挟んで, 足突っ込んで, 足をかけて).
FOOT_IN = r"(?:あし|足)(?:を|ば|さ)?[^\n]{0,3}?(?:いれ|入れ|はさ|挟|つっこ|突っ込|かけ|掛け)"
# ... or the door kept from closing (閉めさせてくれない, 閉めらんねえ, 押さえて閉められない).
NOT_CLOSED = (r"(?:しめ|閉め)(?:させて(?:くれ|もらえ)(?:ない|ねえ|ね|ません)(?!でし)"
              r"|(?:られ|らん|れ)(?:ない|ねえ|ね|ません)(?!でし))")
DOOR_FORCED = (r"(?:" + DOOR + r")(?:に|を|さ|の(?:あいだ|間|すきま|隙間)に)?[^\n]{0,4}?" + FOOT_IN
               + r"|" + FOOT_IN + r"[^\n]{0,20}?(?:" + DOOR + r")(?:を|ば|も)?[^\n]{0,3}?" + NOT_CLOSED
               + r"|(?:" + DOOR + r")(?:を|ば)?[^\n]{0,8}?(?:おさえ|押さえ|つかん|掴ん)[^\n]{0,12}?" + NOT_CLOSED)
# A caller there (業者, セールス, 販売, 男, 人, 名乗る).
CALLER = (r"ぎょうしゃ|業者|せーるす|セールス|はんばい|販売|えいぎょう|営業|たくはい|宅配|はいたつ|配達|おとこ|男"
          r"|ひと|人|なのる|名乗|かんゆう|勧誘|しゅうきん|集金|しらない|知らない")
# Told afterwards (昨日, 先週, この前), one's own foot, a door that does not shut, a story.
NOT_NOW = (FICTION + r"|きのう|昨日|おととい|一昨日|せんしゅう|先週|このまえ|この前|こないだ|せんじつ|先日|まえに|前に"
           r"|じぶんの(?:あし|足)|自分の(?:あし|足)|たてつけ|建て付け|こわれ|壊れ|こしょう|故障")


def door_held_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a caller's foot in the door, or the door held, now (玄関に足を入れて、ドアを閉めさせてくれません)
        rule("refuses_to_leave", "police", DOOR_FORCED, has_negation=True, needs=CALLER, unless=NOT_NOW),
    )
