"""Signs seen on the skin or the eyes, told for advice (round 48, helper A85: kinds earlier rounds left alone).

Each rule is a ``symptom`` (the advice line: #7119, or #8000 for a child at night; an emergency event found with it
is decided first). Tellings written for them are in tests/safety/test_events_skin_signs.py:

- jaundice: the whites of the eyes or the skin turned yellow (白目が黄色くて腹がパンパン, 目の白いところが黄色っぽくて,
  黄疸が出て; wide49b's three drinkers, read none) - not a yellow thing worn or held, nor a hand yellowed by
  mandarins or paint;
- a tick bitten into the skin (髪の中にマダニが食いついて, 首筋にダニが吸い付いて, 頭さダニっこ食らいついで; a child's
  read none or 110 by the n-gram) - not a tick on clothes or a pet, nor a question of keeping them off.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# The whites of the eyes, the skin or the face (白目, 目の白いところ, 肌, 顔色) ...
EYE_WHITE_OR_SKIN = (r"しろめ|白目|(?:め|目)の(?:しろい|白い)(?:ところ|とこ|ぶぶん|部分)"
                     r"|(?:(?<![ぁ-ゖ])|(?<=の))(?:め|目)(?:が|も|ん玉)"
                     r"|はだ|肌|ひふ|皮膚|かおいろ|顔色|かお(?:が|も)|顔(?:が|も)")
# ... turned yellow (黄色く, 黄色っぽい, 黄ばんで)
TURNED_YELLOW = r"きいろ|黄色|きばん|黄ばん"
JAUNDICE = (r"(?:" + EYE_WHITE_OR_SKIN + r")[^\n]{0,6}?(?:" + TURNED_YELLOW + r")(?:く|っぽ|い|に|が)"
            r"|黄疸|おうだん(?:が|も)(?:で|出)")
# Yellow from food or colour (みかんの食べ過ぎ, 絵の具, ペンキ, カレー), a pet's eyes, or a question of a topic.
NOT_JAUNDICE = (FICTION + r"|みかん|ミカン|にんじん|人参|かぼちゃ|えのぐ|絵の具|ぺんき|ペンキ|かれー|カレー|そめ|染め"
                r"|ねこ|猫|いぬ|犬|とり(?:が|の)|鳥|めがね|眼鏡|さんぐらす|サングラス|ぼうし|帽子")

# A tick (ダニ, マダニ; folded to だに, read voiced - devoiced it is 谷, たに): not the だに of からだに, いまだに,
# むだに.
TICK = r"(?:まだに|(?<![ぁ-ゖ])だに|(?<=[にのがもさで])だに)(?:が|に|を|っこ|さ|は|も|みたいな|のような|らしき)"
BODY_PART = (r"あたま|頭|とうひ|頭皮|かみ|髪|(?<![ぁ-ゖ])け(?:の|ん)|毛|くび|首|みみ|耳|わき|脇|うで|腕|あし|足|ひざ|膝"
             r"|せなか|背中|おなか|お腹|はら|腹|しり|尻|けつ|また|股|はだ|肌|ひふ|皮膚|からだ|体|へそ|おへそ|むね|胸")
BITTEN_IN = (r"ついて|付いて|ついと|くっつい|くいつ|食いつ|くらいつ|食らいつ|すいつ|吸いつ|吸い付|かまれ|噛まれ"
             r"|くわれ|食われ|ささっ|刺さっ|もぐっ|潜っ|うまっ|埋まっ|ついで|いる|いた|いて|いま")
TICK_BITTEN_IN = (r"(?:" + BODY_PART + r")[^\n]{0,12}?" + TICK + r"[^\n]{0,10}?(?:" + BITTEN_IN + ")"
                  r"|" + TICK + r"[^\n]{0,4}?(?:" + BODY_PART + r")[^\n]{0,6}?(?:" + BITTEN_IN + ")")
# Clothes, bedding, a pet, or how to keep them off: no bite on a person.
NOT_A_BITE = (FICTION + r"|ふく(?:に|の)|服(?:に|の)|ふとん|布団|たたみ|畳"
              r"|(?:いぬ|犬|ねこ|猫|ぺっと|ペット)(?:に|の|さ)"
              r"|ないように|ないよう|よぼう|予防|たいさく|対策|むしよけ|虫よけ|虫除け|ふせ|防")


def skin_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("jaundice", "symptom", JAUNDICE, unless=NOT_JAUNDICE),
        rule("tick_bite", "symptom", TICK_BITTEN_IN, unless=NOT_A_BITE, voiced=True),
    )
