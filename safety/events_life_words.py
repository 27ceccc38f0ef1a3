"""The words of :mod:`safety.events_life`'s rules: a bear in kana, medicines and their packs, machines and the limbs
they catch, blood told stopped or eased, a roof's load, a bone told by its look."""

from __future__ import annotations

from safety.events_grave_signs import BLEEDING_EASED, EASED_SPAN

# A bear in kana: not the tail of another word - うずくまって (written うづくまって by the speech recogniser, round 40),
# 近くまで, 農家 (のうや) - nor an adverb in -く before 待つ, まで or まだ (長く待っております, しばらく待っていますと,
# 遠くまで出てきて, 僕まだいる; round 42: blind43b's 待合室で長く待っておりますうちに read 110 for a bear): the same
# adverbs, and くまっ that is no Tohoku 熊っこ.
# (not おそくまで, 遅くまで, ふかくまで, ひろくまで: 夜遅くまで開いてる自習室 read くま…いて; round 44, blind45b)
BEAR_KANA = (r"(?<![すずづゃ近遠長早多僕ぼあ遅深広])(?<!おそ)(?<!ふか)(?<!ひろ)"
             r"(?<!ちか)(?<!のうや)(?<!しばら)(?<!なが)(?<!とお)(?<!はや)(?<!おお)"
             r"くま(?!っ(?!こ))")
# A bear word's compound, a thing and no bear (熊よけ, 熊除けの鈴, 熊鈴, 熊スプレー; round 56): 熊よけの鈴買いてえ is a
# shopping wish, not a bear that is there (買いて read as い[まて]).
NOT_A_BEAR = r"よけ|除け|避け|すず|鈴|すぷれー|スプレー|にく|肉|なべ|鍋"
# A bear seen or near (見た, 見える, 目の前, 庭に, 今, こっちに): a sighting only heard of stays an alarm with these.
BEAR_NEAR = (r"み(?:た|え|てる|かけ)|見(?:た|え|てる|かけ)|めのまえ|目の前|いま|今|そこ|にわ|庭|こっち|ちかく|近く"
             r"|でくわ|出くわ|たすけ|助け|いる|い[まて]")
# What makes medicine taken a poisoning: a small child, the wrong one, too much or all of it (round 22).
MEDICINE_MISTAKEN = (r"あかちゃん|赤ちゃん|あかご|赤子|ようじ|幼児|(?:[0-9一二三]|いっ|に|さん)(?:さい|歳|才)"
                     r"|こども|子ども|子供|おぼこ|まちがえ|間違え|まつがえ|あやまっ|誤っ|ごいん|誤飲|ほかのひと|他の人|ひとの|人の|(?:じい|ばあ|じっちゃ|ばっちゃ"
                     r"|ちち|はは|父|母)[^\n]{0,3}?の(?:くすり|薬)"
                     # (round 52: a grandparent in kana, as heard or typed - そぼの薬を何錠か, blind53a heard)
                     r"|(?:そぼ|そふ)(?:ちゃん|さん)?の(?:くすり|薬)"
                     r"|たくさん|いっぱい|いっぺえ|たいりょう|大量|ぜんぶ|全部|まとめて|いっき|一気|(?:ひと|一)(?:びん|瓶|はこ|箱)"
                     r"|しーと|シート|から(?:の)?(?:はこ|箱|びん|瓶)|(?:さけ|酒)(?:と|で)")
# Machines that catch and crush (farm machines, snow blowers, belts and rollers).
MACHINES = (r"(?:きかい|機械|じょせつき|除雪機|こううんき|耕運機|耕うん機|べると|ベルト|ろーらー|ぎあ|こんべあ|しゃふと"
            r"|もーたー|まきとり|こんばいん|コンバイン|とらくたー|トラクター|だっこくき|脱穀機|くさかりき|草刈機|草刈り機"
            r"|もーあ|モーア|ちぇーん|チェーン|かいてん|回転|ろーたりー|ロータリー)")
# Any machine named by its kind (プレス機, 裁断機, 粉砕機; blind23), for a limb caught in it; not 機会, 機嫌, 機能.
MACHINE_WORD = r"(?:" + MACHINES + r"|[ぁ-ゖ一-龥]{1,5}機(?!会|能|嫌|関|構|種|内|長|体|器|転))"
# A limb or what is worn on it, as caught in a machine (a bare て only before が/を/ごと/も: not the て of a verb).
LIMB = (r"(?:うで|腕|手(?!袋|ぶくろ)|ゆび|指|あし|足|かみのけ|髪の毛|髪|そで|袖|てぶくろ|手袋"
        r"|(?<![ぁ-ゖ])て(?=が|を|ごと|も)|(?<=の)て(?=が|を|ごと|も|[^ぁ-ゖ]|$))")
# Medicine sheets, packets or bottles found empty or in quantity (空になった薬のシート, 睡眠薬の袋が何十枚も散らばって).
MEDICINE = r"(?:くすり|薬|すいみんやく|睡眠薬|じょうざい|錠剤)"
MEDICINE_PACK = r"(?:しーと|シート|ふくろ|袋|はこ|箱|びん|瓶|から|殻)"
EMPTY_MEDICINE = (r"(?:から|空)(?:に)?(?:なった)?(?:の)?" + MEDICINE + r"(?:の)?" + MEDICINE_PACK
                  + r"|" + MEDICINE + r"(?:の)?" + MEDICINE_PACK
                  + r"[^\n]{0,12}?(?:ちらば|散らば|なんじゅう|何十|なんまい|何枚"
                  r"|たくさん|いっぱい|ぜんぶ|全部|からっぽ|から(?:に|だ|で)|空(?:に|だ|で))")
# A person who does not wake or only groans or snores (起きない, 揺すってもうなるだけ, いびきをかいて目を覚まさない).
UNRESPONSIVE = (r"(?:おき|起き)(?:ない|ねえ|ません|なくて)|(?:めを|目を)?(?:さまさ|覚まさ)(?:ない|ねえ|ず)"
                r"|うな(?:る|って)|唸|うめ(?:く|いて|き)|呻|いびき|はんのう|反応|ぐったり"
                r"|(?:よんで|呼んで|ゆすって|揺すって)も")
CAUGHT = r"(?:はさまっ|挟まっ|まきこまっ|巻き込まっ|はさまれ|挟まれ|まきこまれ|巻き込まれ|ひきこまれ|引き込まれ)"
# A zone on a hazard map (土砂災害警戒区域, 浸水想定エリア, 範囲): a house "in" it is no house filled with mud.
HAZARD_AREA = r"くいき|区域|えりあ|エリア|はんい|範囲|はざーど|ハザード"
# Blood, then up to 16 characters before it is told stopped (血がだらだら出たけどもう止まった), with no "does not
# stop" between (血が出て止まらないし…止まった). Round 24: the window was 8 (6 for ``bleeding_much``), too short for a
# bleed told with how it ran; 38 of 38 phrases of the set with a bleed told stopped are advice or none.
# A little of a cigarette bitten or licked (たばこを すこし かじったみたい, ちょっとなめた), no sign told after it: a
# child's question for #8000 (the set: 8 of 8 such tellings are #8000; 119 with vomiting or a pale face; round 44,
# blind45b).
SMALL_TOBACCO_BITE = (r"(?:たばこ|煙草|すいがら|吸い殻|吸殻)(?:の(?:は|葉))?(?:を)?[^\n]{0,3}?"
                      r"(?:すこし|少し|ちょっと|ちょこっと"
                      r"|ちょびっと|ひとかけ|ひとくち|一口)(?:だけ)?[^\n]{0,2}?(?:かじ|なめ|舐め|くちにいれ|口に入れ)"
                      r"(?![^\n]*?(?:はい|吐|もど|ぐったり|かおいろ|顔色|まっさお|真っ青|まっしろ|真っ白|けいれん|痙攣|いき|息))")
STOPPED_AFTER = r"(?:ち|血)(?:(?!とまら|止まら|とまん|止まん|とまれ|止まれ)[^\n]){0,16}?"
# ... or eased since (最初は血がたくさん出ましたが、今はにじむ程度です; round 49): a wound to ask about.
EASED_AFTER = (r"(?:ち|血)(?:(?!とまら|止まら|とまん|止まん|とまれ|止まれ)[^\n]){0," + str(EASED_SPAN) + r"}?(?:"
               + BLEEDING_EASED + ")")

# What slides off a roof (屋根から落ちた大きな氷の塊, でっけえ雪の塊): told as a thing just after 落ちた (the
# reading of the Tohoku 落ぢだ is おちぢだ).
ROOF_LOAD = (r"(?:ち)?た(?:おおきな|大きな|でかい|でっかい|でっけえ|ぶあつい|分厚い|おもい|重い)?"
             r"(?:ゆき|雪|こおり|氷|つらら|かわら|瓦|かたまり|塊)(?!(?:の)?(?:うえ|上|なか|中|した|下)|に|さ)")


# Blood in kana as a word of its own (ちが出て, ちだらけ, ちまみれ), not the ち inside 一晩 (いちばん), 小さい,
# 近く, 道, うち, 友達 (round 50, wide51b: a carer bitten by a resident, 噛まれたとこ、一晩で赤く, and a rat bite,
# 噛まれました。小さい傷ですが腫れて - a swelling told the next day, #7119 - read as injured by violence, 119).
BLOOD_IN_KANA = r"(?<![いうみたあこもっ])ち(?=が(?!く|ら|い|づ|ん)|は|も|を|だらけ|まみれ|で|っ|出|\n|$)"


# A thing that was stabbed, named right after it (刺されたパックが何個も並んでる, さされた ふくろ): goods tampered
# with, not a person stabbed (round 50, wide51b: a man pushing needles into food packs - 110, read stabbed, 119).
STABBED_THING = (r"(?:ぱっく|パック|ふくろ|袋|しょうひん|商品|ぱん|パン|ようき|容器|たいや|タイヤ|はこ|箱|かん|缶"
                 r"|らっぷ|ラップ|もの(?!の)|物)")

# Breathless as the measure of an effort (息ができないくらい走った, 息できねえぐれえ笑った): exertion, not a body.
BREATHLESS_EFFORT = (r"(?:でき|てき|し|すえ)(?:ない|ねえ|ね)(?:くらい|ぐらい|くれえ|ほど)[^\n]{0,4}?(?:はしら|はしっ|走"
                     r"|わらっ|笑っ|れんしゅう|練習|しごか|おいこま|追い込ま|とれーにんぐ|トレーニング|うたっ|歌っ)")

# round 51 (wide53b): a bone told as what it looks like (すねから骨みたいなのが出てる, 骨みてえなの出でで,
# 骨のような白いもの見えてる) - as sure as a bone named.
BONE_LIKENESS = r"(?:(?:みたい|みてえ|みてぇ|のよう|っぽい)(?:な)?(?:の|もの|もん)?(?:白い|しろい)?(?:もの|もん|の)?)?"
