"""Emergencies told by what is seen or heard rather than named (119/110): scalds by area or blistering, crushing
chest pain, choking while eating, a glow or crackle of fire, a wish to die and walking off, and missing-person forms
(searched and not found, nobody knows where, gone since the evening). Generalised from the misses of `blind9`
(round 10, see docs/safety.md)."""

from __future__ import annotations

from safety.rule import ANIMAL, ANIMAL_VETO, NOT_BACK_YET, PEOPLE, VITAL_NOT_BACK, Rule, rule
from safety.vocabulary import NEG

# A hot liquid poured or spilt over someone (熱湯をかぶった, お茶をかぶって, 熱湯かがった).
# Places where a life is ended (橋, 線路, 踏切, ホーム, 屋上, 崖).
LETHAL_PLACE = (r"(?:はし(?!ご)|橋|せんろ|線路|ふみきり|踏切|ほーむ|ホーム|おくじょう|屋上|がけ|崖)")
# Despair, a farewell or a contact broken off (もう無理, 生きててもしょうがない, ありがとう, 既読つかない, 切れて).
DESPAIR = (r"もう(?:むり|無理|だめ|ダメ|げんかい|限界)|(?:いきて|生きて)(?:て|い)?も|しょうがない|しかたない|仕方ない"
           r"|しにたい|死にたい|つかれた|疲れた|さよなら|さようなら|ありがと|きどく|既読|きれて|切れて|つながら|繋がら"
           r"|でない|出ない|へんしん|返信|さいご|最後")
HOT_LIQUID = (r"(?:ねっとう|熱湯|にえゆ|煮え湯|あぶら|油|(?:あつい|熱い|あっつい)(?:おちゃ|お茶|おゆ|お湯|しる|汁"
              r"|みそしる|味噌汁|すーぷ|スープ|こーひー|コーヒー)"
              # round 23: water from a kettle or a thermos pot (やかんのお湯を太ももにかぶって)
              # (not its steam, ポットの湯気 read ぽっとのゆげ: round 45)
              r"|(?:やかん|ヤカン|薬缶|ぽっと|ポット|でんきぽっと|電気ポット)の(?:おゆ|お湯|ゆ(?!げ)))")
# The skin of a deep burn: sores, peeling (皮がべろっとむけてる; round 45: the casual べろって, べろんと -
# 皮べろってむけてる, blind46a - and ぺろっと, ずるって).
PEELED = (r"(?:ただれ|(?:かわ|皮|ひふ|皮膚)(?:が)?(?:いっしょに|一緒に)?"
          r"(?:べろっと|べろって|べろんと|べろりと|ぺろっと|ぺろんと|ずるっと|ずるって|ずるんと|ずるりと|つるっと)?"
          r"(?:むけ|剥け|めくれ))")
# Something hot to the touch (a stove, an iron, a pan, a heater's face, an exhaust pipe).
HOT_SURFACE = (r"(?:すとーぶ|ストーブ|あいろん|アイロン|なべ|鍋|ふらいぱん|フライパン|ひーたー|ヒーター"
               r"|こんろ|コンロ|やかん|ヤカン|ほっとぷれーと|ホットプレート|まふらー|マフラー|すいはんき|炊飯器|おーぶん|オーブン)")
BLISTER = r"(?:みずぶくれ|水ぶくれ|水膨れ|みずぶぐれ|水ぶぐれ)"
# The skin of a scald: blisters or peeling (after a hot liquid poured or spilt, a blister is one sign among others).
SKIN_SIGN = r"(?:" + BLISTER + r"|" + PEELED + r")"
# A single blister told small, by a coin or a few centimetres, on a hand or a finger (手の甲に500円玉くらいの水ぶくれ,
# 直径2センチほどの水ぶくれ; round 55, wide57): a small scald to ask about (#7119), unless the line tells a large area,
# many blisters, the face or peeling skin.
SMALL_BLISTER = (r"(?<![^\n])(?![^\n]*?(?:いちめん|一面|ぜんしん|全身|ぜんたい|全体|いくつも|あちこち|だらけ|かお|顔"
                 r"|むね|胸|おなか|腹|せなか|背中|あし|足|" + PEELED + r"))[^\n]*?(?:て|手|ゆび|指)[^\n]{0,12}?"
                 r"(?:えんだま|円玉|こいん|コイン|せんち|センチ|cm|ｃｍ|みり|ミリ|mm|ちいさ|小さ)[^\n]{0,8}?" + BLISTER)
# ... or a large area, or blisters told many or large (水ぶくれだらけ, 大きな水ぶくれ). A burn with a blister and
# nothing more - a child's palm on a rice cooker's steam, an arm spattered with oil, 水ぶくれ2個 - is advice (round 45,
# wide45b/wide46: #7119, a child's at night #8000), so a blister alone does not make a burn severe.
SCALD_SIGN = (r"(?:" + PEELED + r"|" + BLISTER + r"(?:だらけ|が(?:いっぱい|たくさん|いくつも|ひろが|広が))"
              r"|(?:おおきな|大きな|おっきな|でっかい|でかい)" + BLISTER + r"|ぜんぶ|全部|ぜんたい|全体"
              r"|いちめん|一面|(?:くび|首|むね|胸|せなか|背中|おなか|お腹|あし|足|うで|腕)(?:から|にかけて|じゅう|中))")

# The writer alone where someone is heard (私しかいないはず, 一人きり, 家族はみんな出かけてる, 家には母と私だけ).
ALONE = (r"(?:わたし|私|じぶん|自分|ぼく|僕|おれ|俺|わたくし)(?:ひとり|一人)?しか(?:いない|いね|おらん|おりません)"
         r"|(?:ひとり|一人)きり|ひとりぐらし|一人暮らし|(?:だれも|誰も)(?:いない|いねえ|おらん)はず|るすのはず|留守のはず"
         r"|(?:かぞく|家族|うちのひと|うちの人)(?:は)?(?:みんな|みな|ぜんいん|全員)[^\n]{0,10}?(?:ねて|寝て|でかけ|出かけ"
         r"|でがけ|出がけ|いない|るす|留守)|(?:いえ|家|うち)には[^\n]{0,8}?だけ")
# ... and a presence heard or seen: a noise, footsteps, a thud, a figure (not 物音ひとつしない: silence).
PRESENCE = (r"(?:ものおと|物音|あしおと|足音|けはい|気配|ひとかげ|人影|がたん|ガタン|ごとん|ゴトン|がたがた|ガタガタ)"
            r"(?!ひとつ|一つ)")

# ... not a worry, a habit or a precaution asked about (毎晩物音がして心配, 防犯カメラをつけたい,
# 物音がしたらどうすれば).
NOT_HAPPENING = (r"まいばん|毎晩|まいにち|毎日|いつも|ぼうはん|防犯|かめら|カメラ|たいさく|対策"
                 r"|(?:た|だ)ら(?:どう|どこ|なに|何)"
                 r"|ほしい|(?:し|き|み|け|つ)たい(?:\n|$|です|ん|の)|ありますか|でしょうか|どうすれば|しんぱい|心配")

# An orange or red glow (オレンジ色にちらちら, 真っ赤に明るく): read with a crackle as a fire.
GLOW = (r"(?:おれんじ|オレンジ|まっか|真っ赤)(?:いろ|色)?(?:に|な|の)?[^\n]{0,3}?"
        r"(?:ゆれ|揺れ|ひか|光|ちらちら|めらめら|あかる|明る)")

def emergency_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        rule("severe_burn", "medical",
             HOT_LIQUID + r"(?:を|が|さ)?[^\n]{0,6}?(?:かぶ|かか|あび|浴び)(?:っ|り|た|て)"
             r"|(?:やけど|火傷)[^\n]{0,16}?" + SCALD_SIGN + r"|" + SCALD_SIGN + r"[^\n]{0,16}?(?:やけど|火傷)"
             # a hot liquid spilt, then the skin (熱湯こぼして腕の皮がべろっとむけてる)
             # (round 41: not oil spattering, a small burn - 油跳ねで手の甲さ水ぶくれできだ、病院さ行ぐべきが -
             # unless told over an area: 油がはねて…手の甲が一面水ぶくれ)
             r"|" + HOT_LIQUID + r"(?!(?:が|の)?(?:はね|跳ね)(?![^\n]{0,16}?(?:いちめん|一面|ぜんたい|全体|ぜんぶ|全部"
             r"|ひろ|広)))[^\n]{0,16}?" + SKIN_SIGN
             # round 41: fire caught (clothes, a sleeve), then the skin (袖に火が付きまして…腕の皮がめくれて; 5 other
             # phrases of the set, 5 splits, all 119)
             + r"|(?:ひ|火)(?:が|ぃ)?(?:つい|付い|つき|付き|うつ|移|もえうつ|燃え移)[^\n]{0,30}?" + SKIN_SIGN
             # ... any hot water spilt or poured, then the skin (湯たんぽのお湯をこぼして…皮がべろりとむけて; blind24)
             + r"|(?:おゆ|お湯)(?:を|が)?[^\n]{0,4}?(?:こぼ|零|かぶ|かか|あび|浴び|ひっくりかえ|ひっくり返)"
             r"[^\n]{0,16}?" + SKIN_SIGN,
             # (a low-temperature burn - こたつで寝てすねに水ぶくれ、低温やけど, カイロ, 電気毛布 - is advice, #7119;
             # round 44, blind45b)
             unless=r"ひやけ|日焼け|ていおん|低温|かいろ|カイロ|でんきもうふ|電気毛布|ほっとかーぺっと|ホットカーペット|"
             + SMALL_BLISTER),
        # round 50: a hot surface touched, then the skin peeled (まごが すとーぶに さわって てのひらの かわが
        # べろっと むけた, blind51a; アイロンに手をついて皮がめくれた) - not a low-temperature burn or a sunburn
        rule("severe_burn", "medical",
             HOT_SURFACE + r"(?:に|さ|へ|を|で)?[^\n]{0,8}?(?:さわ|触|ふれ|触れ|あて|当て|つい|くっつ|にぎ|握)"
             r"[^\n]{0,20}?" + PEELED,
             unless=r"ひやけ|日焼け|ていおん|低温|かいろ|カイロ|でんきもうふ|電気毛布|ほっとかーぺっと|ホットカーペット"),
        # round 56: steam over a body part, then the skin peeled (蒸し米の蒸気をもろに浴びて顔と胸の皮がむけてる,
        # スチームが腕に噴きつけて皮膚がべろっとめくれた; wide58b) - not a vegetable's skin steamed off
        rule("severe_burn", "medical",
             r"(?:じょうき|蒸気|すちーむ|スチーム|ゆげ|湯気)[^\n]{0,30}?(?:かお|顔|むね|胸|うで|腕|て|手|あし|足|せなか|背中"
             r"|くび|首|はだ|肌|からだ|体)[^\n]{0,12}?" + PEELED,
             unless=r"やさい|野菜|とまと|トマト|いも|芋|くり|栗|もも|桃|たまご|卵|ひやけ|日焼け"),
        rule("chest_pain", "medical",
             r"(?:むね|胸)[^\n]{0,8}?(?:しめつけ|締めつけ|締め付け|おしつぶ|押しつぶ|押し潰|あっぱく|圧迫)"
             r"|(?:むね|胸)[^\n]{0,12}?(?:いた|痛)[^\n]{0,24}?(?:しびれ|痺れ|ひやあせ|冷や汗)",
             # 胸が締め付けられる思い: a feeling
             unless=r"思い|きもち|気持ち|せつな|切な|かなし|悲し|さびし|寂し|なみだ|涙"),
        rule("choking", "medical",
             r"(?:たべ|食べ)[^\n]{0,8}?(?:とちゅう|途中|さいちゅう|最中|ながら)[^\n]{0,20}?"
             r"(?:(?:こえ|声)(?:が|も)?(?:でな|出な|でね|出ね|だせな|出せな|だせね|出せね)"
             r"|(?:むね|胸|のど|喉)(?:を)?(?:たたき|叩き|たたい|叩い|おさえ|押さえ|かきむし))"),
        rule("fire_glow", "fire",
             r"(?:まど|窓|へや|部屋|やね|屋根|にかい|二階|かべ|壁)[^\n]{0,10}?(?:まっか|真っ赤|おれんじ|オレンジ)(?:に|な)?[^\n]{0,3}?"
             r"(?:ゆれ|揺れ|ひか|光|ちらちら|めらめら)|ぱちぱち(?:と)?[^\n]{0,3}?(?:はじけ|はぜ|もえ|燃え)"
             # round 37: the inside of a window red (窓の中まで赤ぐなってる; 3 other writers: 窓の中真っ赤)
             r"|(?:まど|窓)(?:の)?(?:なか|中|うちがわ|内側)(?:まで|が|も)?(?:まっか|真っ赤|あかく|赤く|あかい|赤い)"
             # round 40: a crackle and an orange or red glow in one line, either order (干し草置き場からパチパチ音が
             # して、オレンジ色にちらちら光ってる; 8 other writers' phrases tell both, all 119)
             r"|ぱちぱち[^\n]{0,24}?" + GLOW + r"|" + GLOW + r"[^\n]{0,24}?ぱちぱち",
             unless=r"ゆうひ|夕日|ゆうやけ|夕焼け|いるみ|イルミ|はなび|花火|たきび|焚き火|ろうそく|蝋燭|こうよう|紅葉|だんろ|暖炉"
                    r"|ばーべきゅー|バーベキュー|きゃんぷ|キャンプ"),
        # round 11 (blind11): a vehicle upside down or in a ditch with someone inside; Tohoku "cannot get up"
        rule("trapped", "medical",
             r"(?:くるま|車|けいとら|軽トラ|とらっく|トラック|ばいく|バイク)[^\n]{0,8}?(?:さかさま|逆さま|ひっくりかえ|ひっくり返|よこだおし"
             r"|横倒し|てんとう|転倒|おちて|落ちて)[^\n]{0,16}?(?:ひと|人|だれか|誰か|うんてんしゅ|運転手)(?:が)?[^\n]{0,3}?"
             r"(?:なか|中)?(?:に)?(?:いる|いま|のって|乗って)"),
        # round 37: a driver slumped over the wheel (ハンドルにもたれたまま; 7 phrases of 4 other writers, 119)
        rule("unconscious", "medical",
             r"(?:はんどる|ハンドル)(?:に|の(?:うえ|上)に)?[^\n]{0,2}?(?:もたれ|つっぷし|突っ伏し|うつぶせ|うつ伏せ)(?:た|て)?"
             r"(?:まま|ぐったり)"),
        # round 51 (blind52a): breathing or a pulse that does not come back (呼吸が戻らない, 脈が戻ってこない,
        # 自発呼吸が戻りません) - a life sign absent, not a person missing; not an animal's, nor a feeling of one's
        # own breath after a run (呼吸が戻らない感じ)
        rule("vital_signs_absent", "medical",
             r"(?:(?:" + VITAL_NOT_BACK + r")(?:が|も|は)?" + NOT_BACK_YET
             + r"(?:もどら|戻ら|もどん|戻ん|もどって(?:こ|き)|戻って(?:こ|き))" + NEG + r"|(?:" + VITAL_NOT_BACK
             + r")(?:が|も|は)?" + NOT_BACK_YET + r"(?:もどり|戻り)ませ)(?!ん?(?:かんじ|感じ|きがす|気がす))",
             has_negation=True, unless=ANIMAL_VETO),
        rule("cannot_get_up", "medical",
             r"(?:おき|起き|たち|立ち|たちあが|立ち上が|おきあが|起き上が)ら(?:い|ん)(?:ねえ|ね)(?!む)",
             unless=r"あさ|朝|ねぼう|寝坊|ねむ|眠"),
        # a white haze indoors with smarting eyes or throat (廊下の先が白くかすんで、目と喉が痛い): smoke
        rule("smoke", "fire",
             r"(?:しろく|白く)(?:かすん|にごっ|濁っ|もや)[^\n]{0,12}?(?:め|目|のど|喉)[^\n]{0,4}?(?:いた|痛|しみ|染み)"
             r"|(?:けむくて|煙くて)[^\n]{0,12}?(?:め|目|のど|喉)",
             unless=r"ゆげ|湯気|ふろ|風呂|たばこ|タバコ|やきにく|焼肉|ばーべきゅー|きり|霧|かふん|花粉"),
        # --- 110 ---
        rule("suicide_threat", "police",
             r"(?:しにたい|死にたい|しぬ|死ぬ|きえたい|消えたい)(?:って|と)[^\n]{0,24}?(?:(?:ほう|方)(?:に|へ|さ)[^\n]{0,4}?"
             r"(?:あるいて|歩いて|いっ|行っ|むかっ|向かっ)|(?:あるいて|歩いて)(?:いっ|行っ|った)|でていっ|出て行っ|でてっ|出てっ)",
             unless=r"すぎて|へって|減って|ひまで|暇で|つかれて|疲れて|じょうだん|冗談"),
        rule("missing_person", "police",
             r"(?:さがして|探して|さかして)も[^\n]{0,6}?(?:いな|いね|おらん|みつから|見つから|みつがら|みつかりま|見つかりま|みつかん|見つかん"
             r"|みあたら|見当たら|みあたりま|見当たりま)"
             r"|どこ(?:に|さ|へ)?(?:いった|行った|いっ)(?:か|が|の)?[^\n]{0,2}?(?:わから|わがら|わかん|分から|わがん)",
             needs=PEOPLE + "|にんちしょう|認知症|ちほう", unless=ANIMAL + r"|さいふ|かぎ|鍵|財布", has_negation=True),
        # gone since the evening - not away for work, school or a trip
        rule("missing_person", "police",
             rf"(?:ゆうがた|夕方|あさ|朝|ひる|昼|さっき|ゆうべ)(?:から|がら)(?:ずっと)?(?:いな|いね|(?:みえ|見え)(?:{NEG})|(?:すがた|姿)(?:が|を)?"
             rf"(?:みえ|見え|みかけ|見かけ)?(?:{NEG}|ん(?!て|で)))",
             needs=PEOPLE + "|にんちしょう|認知症|ちほう", has_negation=True,
             unless=ANIMAL + r"|しゅっちょう|出張|しごと|仕事|がっこう|学校|りょこう|旅行|るす|留守|でかけ|出かけ"
                    r"|よてい|予定"),
        # round 11: nowhere to be found on the usual way; footsteps or someone upstairs at night when living alone
        rule("missing_person", "police",
             r"(?:みち|道|ところ|所|ばしょ|場所|きんじょ|近所|どこ)(?:に|さ)?も(?:いな|いね|おらん|みあたら|見当たら)",
             needs=PEOPLE + "|にんちしょう|認知症|ちほう", unless=ANIMAL + r"|(?:さいふ|かぎ|鍵|財布)(?:が|は)",
             has_negation=True),
        rule("intruder", "police",
             r"(?:ひとりぐらし|一人暮らし|ひとりで(?:すんで|住んで)|だれもいないはず|誰もいないはず|るすのはず|留守のはず)[^\n]{0,20}?"
             r"(?:あしおと|足音|ものおと|物音|けはい|気配)|(?:あしおと|足音|ものおと|物音|けはい|気配)[^\n]{0,24}?"
             r"(?:ひとりぐらし|一人暮らし|だれもいないはず|誰もいないはず|るすのはず|留守のはず)",
             unless=NOT_HAPPENING),
        # round 21: someone in the house when nobody should be, told by the writer's being alone (私しかいないはず,
        # 一人きり, 家族はみんな寝てる, 家には母と私だけ) and a presence (物音, 足音, ガタン, 人影, 気配) in either
        # order; not silence (物音ひとつしない), nor a worry, a habit or a precaution asked about (毎晩, 防犯カメラ)
        # (both in the pattern, not a ``needs`` guard: a guarded match would silence the classifiers on every noise)
        rule("intruder", "police",
             r"(?:" + ALONE + r")[^\n]*?" + PRESENCE + r"|" + PRESENCE + r"[^\n]*?(?:" + ALONE + r")",
             unless=NOT_HAPPENING),
        # round 23: a lock found open or broken, then someone inside (玄関の鍵あいてて、中で誰か歩いてる音する): 6 of 6
        # phrases of the set with a lock opened or broken are 110
        rule("intruder", "police",
             r"(?:かぎ|鍵)(?:が|も)?(?:あいて|開いて|あいてる|あけられ|開けられ|こわされ|壊され|こじあけ|こじ開け)[^\n]{0,24}?"
             r"(?:(?:なか|中|おく|奥|にかい|二階|2階|へや|部屋)(?:で|に|から)[^\n]{0,6}?(?:だれか|誰か|ひと|人)"
             r"|(?:だれか|誰か)[^\n]{0,6}?(?:なか|中|おく|奥|にかい|二階|2階|へや|部屋)|" + PRESENCE + r")",
             unless=NOT_HAPPENING),
        # round 20: an intent to die told by the place (「もう無理、線路いく」, しょうがないから橋から飛ぶって) with
        # despair or a broken contact in the message; or a life "ended" as a farewell (人生も最後にします)
        rule("suicide_threat", "police",
             LETHAL_PLACE + r"(?:から|に|へ|さ)?[^\n]{0,2}?"
             r"(?:とぶ|飛ぶ|とびこむ|飛び込む|とびおりる|飛び降りる|いく|行く)"
             r"(?:ね|わ|よ|から)?(?:」|って|と(?:いって|言って|いう|言う|いわれ|言われ|かいて|書いて|きた|来た))"
             r"|(?:じんせい|人生)(?:も|を)[^\n]{0,4}?(?:さいご|最後|おわり|終わり)に(?:します|する|しよう|しました)",
             needs=DESPAIR, unless=r"ばんじー|バンジー|ぷーる|プール|とびこみだい|飛び込み台|だいびんぐ|ダイビング"),
    )
