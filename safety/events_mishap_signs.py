"""Mishaps at work, at home and in a crowd told by what was done or found (round 43, wide45b): a chemical drunk for
a drink, a caustic splashed into the eyes, a fingertip cut off, a child let go of in a crowd - emergencies the older
rules read too close together or not at all - and the mishaps to ask a line about: a child's arm hanging after a
pull, a home blood pressure reading of 180 or more, an insect in the ear. Its other kinds are read with their like
since round 44: a car stuck on a railway crossing in :mod:`safety.events_road_signs`, abuse posted online in
:mod:`safety.events_stalking_signs`, a contract switched by phone in :mod:`safety.events_swindle_signs`."""

from __future__ import annotations

from safety.rule import ANIMAL, COMIC, PEOPLE, Rule, rule

# A farm or household chemical (除草剤, 農薬, 殺虫剤, 漂白剤, 灯油, 消毒液...); not a medicine (薬を間違えて二回飲んだ
# is a double dose, a question for #7119).
CHEMICAL = (r"(?:じょそうざい|除草剤|のうやく|農薬|さっちゅうざい|殺虫剤|さっそざい|殺鼠剤|せんざい|洗剤|ひょうはくざい"
            r"|漂白剤|せんじょうざい|洗浄剤|とうゆ|灯油|がそりん|ガソリン|しょうどくえき|消毒液|ふとうえき|不凍液"
            r"|じょこうえき|除光液|えんそ|塩素|やくひん|薬品)")
# Taken for a drink (お茶と間違えて, ジュースだと思って; Tohoku お茶どまぢがって), then drunk.
MISTAKEN_FOR_DRINK = (r"(?:まちがえ|間違え|まちがっ|間違っ|かんちがい|勘違い|(?:だ|や)と(?:おも|思)っ)[^\n]{0,12}?"
                      r"(?:のん|飲ん|のみ(?:こ|まし)|飲み(?:込|まし)|のま|飲ま|くちにいれ|口に入れ)")
# A caustic that burns the eye (洗浄剤, 生石灰, 苛性ソーダ, 塩酸, カビ取り剤...).
CAUSTIC = (r"(?:せんじょうざい|洗浄剤|せっかい|石灰|かせいそーだ|苛性ソーダ|えんさん|塩酸|りゅうさん|硫酸|かびとり"
           r"|カビ取り|ひょうはくざい|漂白剤|えんそ|塩素|やくひん|薬品|せめんと|セメント|しょうどくえき|消毒液)")
# (kana め only as a word: opening the message or after a particle, めに as in せっかいが めに はいって)
EYE_OR_FACE = r"(?:(?<![ぁ-ゖ])め|(?<=[かもを])め(?=に|さ|へ)|目|かお|顔)"
# ... the eye hurt past opening, the skin raw, or the person writhing (目が開けられないほど, ただれて, 転げ回って).
EYE_BURNT = (r"(?:め|目)(?:え)?(?:が|も|を)?(?:あけ|開け|あか|開か|ひらか)(?:られ|らん|れ)?"
             r"(?:ない|ねえ|ね|ません|なく|ず)"
             r"|ただれ|(?:ころげ|転げ)(?:まわ|回)|(?:みえ|見え)(?:ない|ねえ|ね|ません|なく)|さけ|叫")
# round 53 (blind54a/b): a paint solvent or a neat liquid (シンナー, 溶剤, 原液), as well as the chemicals and
# caustics above, splashed or poured onto someone - then, anywhere in the message, the eyes (or the face) told unable
# to open, with words between (顔に大量にかかって、痛がって目が開けられません; 目と腕が真っ赤に腫れて開けられない)
SOLVENT = r"(?:しんなー|シンナー|ようざい|溶剤|げんえき|原液|とりょう|塗料|らっかー|ラッカー)"
SPLASHED = r"(?:かかっ|かぶっ|はいっ|入っ|とん|飛ん|はね|跳ね|あび|浴び)"
EYES_WILL_NOT_OPEN = (EYE_OR_FACE + r"[^\n]{0,12}?(?:あけ|開け|あか|開か|ひらか)(?:られ|らん|れ)?"
                      r"(?:ない|ねえ|ね|ません|なく|ず)")
# A fingertip cut or torn off (指の先っぽない, 床に指先が落ちている, 指がちぎれた).
FINGERTIP_OFF = (r"(?:ゆび|指)[^\n]{0,12}?(?:さきっぽ|先っぽ|さき|先)(?:が|は|も)?"
                 r"(?:ない|ねえ|なくな|とれ(?!な)|取れ(?!な)|おち|落ち|ちぎれ|千切れ|とんで|飛んで)"
                 r"|(?:ゆび|指)(?:さき|先)?(?:が|を|も)?[^\n]{0,3}?(?:きりおと|切り落と|せつだん|切断|ちぎれ|千切れ"
                 r"|もげ|おちて|落ちて|おちてい|落ちてい)")
# A child let go of or lost sight of in a crowd, still not found (人ごみで孫の手が離れて、もう三十分も見つかりません).
LET_GO = r"(?:(?:て|手)(?:が|を)(?:はなれ|離れ|はなし|離し)|はぐれ|逸れ|みうしな|見失)"
NOT_FOUND = (r"(?:みつから|見つから|みつかりま|見つかりま|みつかん|見つかん|みあたら|見当たら|みあたりま|見当たりま"
             r"|どこにも(?:いな|いね|おらん))")

# A child's arm pulled by the hand (手を引っぱって立たせたら, 腕引っぱったら, 孫の手を引いて起こして) ...
PULLED_BY_THE_HAND = r"(?:て|手|うで|腕)(?:を|ば)?(?:ひっぱ|引っぱ|引っ張|ひい(?:て|た)|引い(?:て|た))"
# ... then hanging or not used (だらんと下げたまま, 腕ぶらーん, 右の腕を上げようとしません, 肘抜けた).
ARM_HANGING = (r"だらん|だらり|ぶらん|ぶらーん|ぶらぶら|(?:あげ|上げ)(?:ようと)?(?:し)?(?:な|ね|ません)"
               r"|(?:つかわ|使わ)(?:な|ね)|(?:うごかさ|動かさ)(?:な|ね)|(?:ひじ|肘)(?:が)?(?:ぬけ|抜け|はずれ|外れ)|だっきゅう|脱臼")
# A home blood pressure reading of 180 or more (上190 下110, 200近ぐあった, 195ありました).
HIGH_READING = (r"(?:けつあつ|血圧)[^\n]{0,16}?(?:(?<![0-9])(?:1[89]|2[0-4])[0-9](?![0-9])|にひゃく|二百"
                r"|ひゃくはちじゅう|百八十|ひゃくきゅうじゅう|百九十)")
# Something alive in the ear (耳の奥でガサガサ何かが動く, 耳に虫が入った).
IN_THE_EAR = (r"(?:みみ|耳)[^\n]{0,10}?(?:がさがさ|ごそごそ|かさかさ|ぶーん|ばたばた)[^\n]{0,12}?(?:うご|動|おと|音)"
              r"|(?:みみ|耳)(?:の(?:おく|奥|なか|中))?(?:に|さ)?[^\n]{0,6}?(?:むし|虫)(?:が|こ)?(?:はい|入)")
# A festival bonfire (どんと祭, 左義長, お焚き上げ) burning in its place, nothing said to have caught or spread.
RITUAL_FIRE = (r"(?:どんとさい|どんと祭|どんとまつり|さぎちょう|左義長|おたきあげ|お焚き上げ|どんどやき|どんど焼き)"
               r"(?![^\n]*?(?:もえうつ|燃え移|ひろが|広が|かじ|火事|やけど|火傷))")
# A haunted house, whose cries (「たすけて」って叫ぶ役, きゃー, たすけてー and laughter) are its attraction.
HAUNTED_HOUSE = r"おばけやしき|お化け屋敷"

# A rash after a medicine with the breath told fine (背中いっぺぇ赤ぐなってかゆい…息は苦しぐねぇ): a question for
# #7119, not a medicine drunk by mistake (the "a lot", いっぺぇ, is the rash's).
RASH_BREATHING_FINE = (r"(?:ほっしん|発疹|ぶつぶつ|じんましん|蕁麻疹|かゆ|痒|(?:あか|赤)(?:く|ぐ)なっ)[^\n]{0,30}?"
                       r"(?:いき|息)(?:は|も)(?:くるしく|苦しく)?(?:ない|ねえ|ね|ありません|ふつう|普通|らく|楽)")
# The breath told fine after a sting or a food (はちに さされました…いきは くるしくありません; round 52, blind53b): the
# breath named is no sign of the body answering; a swelling of the lips or the whole body still is (its own rule).
# (not 息はだいじょうぶかな: a worry, not the breath told fine)
BREATH_TOLD_FINE = (r"(?:いき|息|こきゅう|呼吸)(?:は|も)(?:くるしく|苦しく|くるしぐ|つらく)?"
                    r"(?:ない|ねえ|ね(?!つ)|ありません|ございません|ふつう|普通|らく|楽)")
# A rash after a medicine taken as given (薬を飲んだあとに体が赤くぶつぶつ; round 52, blind53a: 2 of 2, #7119): a
# side effect to ask about, not a child's poisoning - unless the breath or the face is told too (anaphylaxis reads it).
RASH_AFTER_DOSE = (r"(?:のんだ|飲んだ|のんで|飲んで|のませた|飲ませた|のませて|飲ませて)(?:ら|あと|後|から)(?:に|で)?"
                   r"[^\n]{0,20}?"
                   r"(?:ほっしん|発疹|ぶつぶつ|じんましん|蕁麻疹|かゆ|痒|(?:あか|赤)(?:く|ぐ|い)(?:なっ|ぶつ|ぽつ|はれ))"
                   r"(?![^\n]{0,20}?(?:いき|息|くるし|苦し|のど|喉|ぐったり|かお|顔|くちびる|唇"
                   # (an airway closing, whatever the word before: 閉まる, 詰まる - a recogniser's 濃度が閉まる)
                   r"|しまる|閉まる|しまって|閉まって|つまる|詰まる|つまって|詰まって))")
# Bleeding stopped after a bite or a cut, in kana (いぬに てを かまれました。ちは とまりました): the views drop the
# full stop, so ち is read only right after the wound verb.
KANA_BLEEDING_STOPPED = (r"(?:かまれ|かじられ|きっ|きれ|けがし|さされ)(?:ました|た|て)ちは(?:もう)?"
                         r"(?:とまっ(?:た|て)|とまりました)")

# The neck hurt and both arms or legs numb or not moving after a fall or a crash (スキーで転んで首が痛い、手足が
# しびれて動かせない): a spinal injury's sign, 119 (round 51, blind52b). Not one told of days ago.
NECK_HURT = r"(?:くび|首)(?:が|も|さ|の)?(?:うしろ|後ろ)?(?:が)?[^\n]{0,3}?(?:いた|痛|いて)"
LIMBS_GONE = (r"(?:てあし|手足|りょうて|両手|りょうあし|両足|うでとあし|腕と足)(?:が|も|さ)?(?:ぜんぶ)?[^\n]{0,3}?"
              r"(?:しびれ|痺れ|まひ|麻痺|うごか|動か|うごけ|動け|(?:ちから|力)(?:が)?(?:はいら|入ら|はいん|入ん))")
FALL_OR_CRASH = (r"ころん|転ん|ころび|転び|こけ|おち|落ち|ぶつけ|ぶつか|うっ|打っ|じこ|事故|とびこ|飛び込|ついとつ|追突"
                 r"|たっくる|タックル|ぶつかっ")
LONG_AGO = (r"きのう|昨日|おととい|一昨日|せんしゅう|先週|せんげつ|先月|きょねん|去年|むかし|昔|いぜん|以前"
            r"|(?:すう|数|なん|何|[0-9一二三四五六七八九十])(?:にち|日|しゅうかん|週間|かげつ|ヶ月)(?:まえ|前)")


def mishap_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a chemical kept in a drink bottle and drunk for tea (除草剤を、お茶と間違えて一口飲んで; 農薬、
        # お茶どまぢがって飲んでしまった): poisoning, whoever drank it
        rule("poisoning", "medical", CHEMICAL + r"[^\n]{0,24}?" + MISTAKEN_FOR_DRINK),
        # a caustic splashed onto the face or into the eyes (洗浄剤が…はね返って顔と目にかかって、目が開けられない;
        # 生石灰目さ入った…目ぇ開げらんねぇって転げまわってる); not eye drops
        rule("chemical_exposure", "medical",
             CAUSTIC + r"[^\n]{0,20}?" + EYE_OR_FACE + r"(?:と" + EYE_OR_FACE + r")?(?:に|さ|へ)?[^\n]{0,2}?"
             r"(?:かかっ|はいっ|入っ|とん|飛ん|はね|跳ね)",
             needs=EYE_BURNT, unless=r"めぐすり|目薬"),
        # ... any such liquid splashed, the eyes told unable to open further on (round 53)
        rule("chemical_exposure", "medical",
             r"(?:" + SOLVENT + "|" + CHEMICAL + "|" + CAUSTIC + r")[^\n]{0,24}?" + SPLASHED,
             needs=EYES_WILL_NOT_OPEN, unless=r"めぐすり|目薬|ねむ|眠"),
        # a fingertip cut off by a slicer, a saw or a splitter (スライサーで指いった 先っぽない 血やばい)
        rule("spinal_injury", "medical", NECK_HURT + r"[^\n]{0,16}?" + LIMBS_GONE, needs=FALL_OR_CRASH,
             unless=LONG_AGO + r"|ゆめ|夢|" + COMIC + r"|げーむ|ゲーム|どらま|ドラマ"),
        rule("finger_severed", "medical", FINGERTIP_OFF, unless=r"てぶくろ|手袋|ぐんて|軍手|にんぎょう|人形"),
        # a child let go of in a crowd and not found since (五歳の孫の手が離れてしまい、もう三十分も見つかりません)
        rule("missing_person", "police", LET_GO + r"[^\n]{0,30}?" + NOT_FOUND, has_negation=True,
             needs=PEOPLE + r"|ぼうず|坊主|せがれ|倅", unless=ANIMAL + r"|さいふ|財布|かぎ|鍵|すまほ|スマホ"),
        # a child's arm hanging after a pull (a pulled elbow): a question for the child's line, not a stroke
        rule("pulled_elbow", "symptom", PULLED_BY_THE_HAND + r"[^\n]{0,40}?(?:" + ARM_HANGING + ")",
             has_negation=True),
        rule("blood_pressure_high", "symptom", HIGH_READING),
        rule("insect_in_ear", "symptom", IN_THE_EAR),
        # (both markers, as the written 血は止まった is: safety.events_line_markers)
        rule("bleeding_stopped", "ask", KANA_BLEEDING_STOPPED),
        rule("said_mild", "ask", KANA_BLEEDING_STOPPED),
        rule("rash_breathing_fine", "symptom", RASH_BREATHING_FINE),
    )
