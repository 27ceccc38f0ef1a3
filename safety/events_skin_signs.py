"""Signs seen on the skin or the eyes, told for advice (round 48, helper A85: kinds earlier rounds left alone).

Each rule is a ``symptom`` (the advice line: #7119, or #8000 for a child at night; an emergency event found with it
is decided first). Tellings written for them are in tests/safety/test_events_skin_signs.py:

- jaundice: the whites of the eyes or the skin turned yellow (白目が黄色くて腹がパンパン, 目の白いところが黄色っぽくて,
  黄疸が出て; wide49b's three drinkers, read none) - not a yellow thing worn or held, nor a hand yellowed by
  mandarins or paint;
- a tick bitten into the skin (髪の中にマダニが食いついて, 首筋にダニが吸い付いて, 頭さダニっこ食らいついで; a child's
  read none or 110 by the n-gram) - not a tick on clothes or a pet, nor a question of keeping them off;
- a hernia that no longer goes back in (ヘルニアが押しても戻らなくなって, 脱腸が戻らねぐなって; wide50's father, read
  110 as a person not coming back; round 49);
- a speck in an eye (木っ端が目さ入った, 目にゴミが入って; blind49b's wood splitter, read 119 by the n-gram; round 49) -
  not a pet's eye, nor a way to keep one out.
"""

from __future__ import annotations

from safety.rule import FICTION, PEOPLE, Rule, in_either_order, rule

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
TICK = (r"(?:(?:まだに|(?<![ぁ-ゖ])だに|(?<=[にのがもさで])だに)(?:が|に|を|っこ|さ|は|も|みたいな|のような|らしき"
        # (round 55, wide57b: no particle before the bite itself - お腹にダニくっついてた)
        r"|(?=くっつ|くいつ|食いつ|食い付|すいつ|吸いつ|吸い付"
        # (round 58, wide60b: nor before a plain ついてた - 太ももにマダニついてた)
        r"|つい(?:て|た|と)))"
        # ... or a small black bug told biting in and staying (太ももに黒い虫が食いついてて: a tick by what it does)
        r"|(?:くろい|黒い|ちいさい|小さい|ちいさな|小さな|ちっちゃい|ちっちゃな)(?:むし|虫)(?:が|か)?(?=[^\n]{0,2}?(?:くいつ|食いつ|食い付|くいこ|食い込"
        r"|くらいつ|食らいつ)))")
BODY_PART = (r"あたま|頭|とうひ|頭皮|かみ|髪|(?<![ぁ-ゖ])け(?:の|ん)|毛|くび|首|みみ|耳|わき|脇|うで|腕|あし|足|ひざ|膝"
             r"|せなか|背中|おなか|お腹|はら|腹|しり|尻|けつ|また|股|はだ|肌|ひふ|皮膚|からだ|体|へそ|おへそ|むね|胸"
             # (round 55, wide57b: the thigh and the shin - 太ももに黒い虫が食いついて)
             r"|ふともも|太もも|太腿|もも|腿|すね|脛")
BITTEN_IN = (r"ついて|付いて|ついと|くっつい|くいつ|食いつ|くらいつ|食らいつ|すいつ|吸いつ|吸い付|かまれ|噛まれ"
             r"|くわれ|食われ|ささっ|刺さっ|もぐっ|潜っ|うまっ|埋まっ|ついで|いる|いた|いて|いま")
TICK_BITTEN_IN = (r"(?:" + BODY_PART + r")[^\n]{0,12}?" + TICK + r"[^\n]{0,10}?(?:" + BITTEN_IN + ")"
                  r"|" + TICK + r"[^\n]{0,4}?(?:" + BODY_PART + r")[^\n]{0,6}?(?:" + BITTEN_IN + ")")
# Clothes, bedding, a pet, or how to keep them off: no bite on a person.
NOT_A_BITE = (FICTION + r"|ふく(?:に|の)|服(?:に|の)|ふとん|布団|たたみ|畳"
              r"|(?:いぬ|犬|ねこ|猫|ぺっと|ペット)(?:に|の|さ)"
              r"|ないように|ないよう|よぼう|予防|たいさく|対策|むしよけ|虫よけ|虫除け|ふせ|防")

# A hernia or a bulge (鼠径ヘルニア, 脱腸, 出べそ, 足の付け根のふくらみ) ...
HERNIA = (r"へるにあ|ヘルニア|だっちょう|脱腸|だっこう|脱肛|でべそ|出べそ"
          r"|(?:あしのつけね|足の付け根|足のつけね|そけいぶ|鼠径部|そけい部|へそ|おへそ)(?:の)?(?:ふくらみ|膨らみ|でっぱり|出っ張り)")
# ... that no longer goes back in (押しても戻らなくなって, 戻らねぐなって, 引っ込まない).
NOT_GOING_BACK = (r"(?:もどら|戻ら|もどん|戻ん|ひっこま|引っ込ま|ひっこめ|引っ込め|はいら|入ら)"
                  r"(?:ない|なく|なぐ|ねえ|ねぐ|ね|ず|ん)")
HERNIA_SPAN = 16  # characters from the hernia to "not going back" (脱腸が今日はいくら押しても戻らない)
HERNIA_STUCK = (r"(?:" + HERNIA + r")(?:(?!" + PEOPLE + r")[^\n]){0," + str(HERNIA_SPAN) + r"}?(?:" + NOT_GOING_BACK
                + ")")
# A speck in an eye (木っ端が目さ入った, 目にゴミが入って, 砂が目に入った): the advice line, not 119 - the eye still
# seeing or not told (round 49, blind49b). Not a liquid (洗剤が目に: a chemical injury, its own rule), nor a thing
# caught sight of (チラシが目に入った: no speck word names it).
SPECK = (r"(?:こっぱ|木っ端|きくず|木くず|木屑|おがくず|おが屑|きりくず|切りくず|てっぷん|鉄粉|かなくず|金くず"
         r"|ごみ|ゴミ|すな|砂"
         r"|ほこり|埃|まつげ|睫毛|まつ毛|はへん|破片|かけら|欠片|いしころ|小石|とげ|棘|すす|煤|はい(?=が)|灰)"
         # (not a bin or a bag: ゴミ箱が目に入った is a thing caught sight of)
         r"(?!ばこ|箱|ぶくろ|袋|すて|捨て|おき|置き|しゅうしゅう|収集|だし|出し)")
EYE_INTO = (r"(?:(?:(?<![ぁ-ゖ])|(?<=[のがはもをにさ]))(?:め|めだま|めんたま)|目|目玉|目ん玉)(?:ん)?"
            r"(?:に|さ|へ|の(?:なか|中)(?:に|さ)?|なか|中)")
ENTERED = r"はいっ|入っ|はえっ|へえっ|ささっ|刺さっ|とびこ|飛び込|とんで|飛んで"
SPECK_IN_EYE = (r"(?:" + SPECK + r")(?:が|の|も)?[^\n]{0,3}?" + EYE_INTO + r"[^\n]{0,3}?(?:" + ENTERED + ")"
                r"|" + EYE_INTO + r"[^\n]{0,3}?(?:" + SPECK + r")(?:が|の|も)?[^\n]{0,3}?(?:" + ENTERED + ")")
# round 51 (wide53b): anything splashed or blown into an eye (雪水, 融雪剤の混ざった雪, 泥はね), rinsed and still
# stinging or red (洗ったけどしみて赤い, 洗ってもしみて真っ赤): the advice line (the eye still seeing keeps it there).
EYE_RINSED_STILL_SORE = (EYE_INTO + r"[^\n]{0,5}?(?:" + ENTERED + r"|はいり|入り)[^\n]{0,24}?"
                         r"(?:あらっ|洗っ|あらい|洗い|ゆすい|すすい|濯い|ながし|流し)[^\n]{0,16}?"
                         r"(?:しみ|沁み|染み|いた|痛|あか|赤|ひりひり|ごろごろ|じんじん)")
# A speck told of a pet, a story, or a way to keep one out (ゴーグル, 防ぐ): no eye of a person hurt now.
# round 58 (wide60b): something unnamed that flew up at work (削ってたときに何か飛んだらしい, 何か入ったみたい), told
# with the eye kept shut, watering or hurting to open (片目をつぶったまま涙, 目を開けると痛い): a speck in the eye.
SOMETHING_FLEW = r"(?:なにか|何か|なんか)(?:が)?[^\n]{0,4}?(?:とん(?:で|だ)|飛ん(?:で|だ)|はいっ|入っ|はね|跳ね)"
EYE_SORE = (r"かため|片目|(?:め|目)(?:を|が|も)?[^\n]{0,4}?(?:あけ|開け|あか|開か|いた|痛|ごろごろ|しみ|ちかちか)"
            r"|(?:め|目)(?:を|が)?(?:つぶ|つむ|閉じ|とじ)")
NOT_A_SPECK = (FICTION + r"|(?:いぬ|犬|ねこ|猫|ぺっと|ペット)(?:の|さ|に)|ないように|ないよう|よぼう|予防|ふせ|防"
               r"|ごーぐる|ゴーグル")


def skin_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("jaundice", "symptom", JAUNDICE, unless=NOT_JAUNDICE),
        rule("tick_bite", "symptom", TICK_BITTEN_IN, unless=NOT_A_BITE, voiced=True),
        rule("hernia_stuck", "symptom", HERNIA_STUCK, has_negation=True, unless=FICTION),
        rule("speck_in_eye", "symptom", SPECK_IN_EYE, unless=NOT_A_SPECK),
        rule("speck_in_eye", "symptom", EYE_RINSED_STILL_SORE, unless=NOT_A_SPECK),
        rule("speck_in_eye", "symptom", in_either_order(SOMETHING_FLEW, EYE_SORE, gap=30), unless=NOT_A_SPECK),
    )
