"""Events of fields, mountains, snow, rivers and home care told by what happened there (round 14, see docs/safety.md):
household chemicals, pesticides and fuel swallowed (poisoning even when no person is named), an attack or kick by an
animal (an injury, 119), phlegm blocking the throat, no pulse, low oxygen saturation, a face under the bath or channel
water, a hand crushed or torn off by a machine, a person lying still in the snow (119); a vehicle or farm machine that
skidded, overturned or ran into something, animals or a weaving car on the road, a carer afraid of harming the person
(110); a trader who overcharged or took goods cheaply, prepaid money not returned (188); avalanche and slope signs, a
village cut off (disaster). A person gone - under water or snow, lost on an outing, after a farewell - is read by
:mod:`safety.events_gone_signs`, at the end of these rules."""

from __future__ import annotations

from safety.events_gone_signs import gone_sign_rules
from safety.rule import ANIMAL_VETO, PEOPLE, Rule, rule
from safety.vocabulary import NEG

# "how to", "when", a case or a warning: a vehicle accident named as a topic (スリップしないように, 横転する事故が多い)
# (round 58: a conditional that names the danger the accident leaves, 後ろから車来たらやばい, is no "what if" - the
# car stuck across the road is; wide60b) - nor is a while told (除雪してだら, 走ってたら: when I was doing it, merging
# round 58)
VEHICLE_TOPIC = (r"しょうめい|ほけん|証明|保険|しゅうり|修理|ほうほう|方法"
                 r"|(?<!て)(?<!てい)(?:た|だ)ら(?!やば|あぶな|危な|あぶね|危ね|おしまい|終わり|ぶつか|つっこ|突っ込)|とき|ように|おおい|多い"
                 r"|ちゅうい|注意"
                 r"|きをつけ|気をつけ")


# No sweat (汗も出ておりません, 汗が全然出てない, 汗もかかなくなって), and confusion or unsteadiness with it.
NO_SWEAT = (r"(?:(?:あせ|汗)(?:が|も|を)?(?:ぜんぜん|全然|まったく|全く|ちっとも)?(?:で|出|かい|かか)(?:て)?(?:い|お)?"
            r"(?:ない|ません|ねえ|ず|なく|りません)|(?:あせ|汗)(?:が|も)?(?:とまっ|止まっ))")
CONFUSED = (r"(?:ふらふら|ぼーっと|ぼんやり|とんちんかん|へんじ|返事|いしき|意識|おかし|けいれん|痙攣|はいて|吐いて"
            # round 34: vacant eyes, strange talk (汗止まって目がうつろ、変なこと言ってる; blind35a, blind34b)
            r"|ちぐはぐ|かみあわ|噛み合わ|つじつま|めちゃくちゃ|うつろ|虚ろ|へんなこと|変なこと|おかしなこと)")
# Vehicles and machines that get stuck in snow (雪の中で車が動かなくなった): not a person lying still.
VEHICLES = (r"くるま|車|しゃ(?=か|は|も)|とらっく|トラック|ばす|バス|でんしゃ|電車|じょせつき|除雪機|とらくたー"
            r"|トラクター|ばいく|バイク|じてんしゃ|自転車")
# Lying or sitting still (a person), not playing (寝転んで遊ぶ is not here).
LYING_STILL = (r"(?:よこになっ|横になっ|ねて(?:る|い)|寝て(?:る|い)|たおれ|倒れ|うつぶせ|うつ伏せ|あおむけ|仰向け"
               r"|うずくまっ|すわりこん|座り込ん|(?:うごい|動い)て(?:い)?(?:ない|ねえ|なく)|(?:うごか|動か)(?:ない|ねえ|なく))")
# Still, or cold to the touch, after the snow is named (寝てる人、雪の中でずっと動いてなくて).
STILL_IN_SNOW = (r"(?:まま|ずっと|(?:うごい|動い)て(?:い)?(?:ない|ねえ|なく)|(?:うごか|動か)(?:ない|ねえ|なく)"
                 r"|(?:つめた|冷た))")
SNOW_PLACE = r"(?:ゆき|雪)(?:の)?(?:うえ|上|なか|中)(?:に|で|さ)?"
# Round 56 (wide58b): arms "about to fall off" after a chore - hyperbole told as what may come (腕がもげそう,
# もげてしまいそう, Tohoku もげっちまう, ちぎれるかと思った), on a line with no machine, no hold and no blood
# (除雪機に巻き込まれて指がちぎれそう, 挟まれて指ちぎれそうで血が止まらない stay 119).
LIMB_WORN_OUT = (r"(?<![^\n])(?![^\n]*?(?:まきこ|巻き込|巻か|まか(?:れ|さ)|はさま|挟ま|はさん|挟ん|ひきこ|引き込"
                 r"|きかい|機械|じょせつき|除雪機|ちぇーんそー|チェーンソー|血|ち(?:か|が)?(?:いっぱい|て|出|と(?:ま|ま)|止)))"
                 r"[^\n]*?(?:もけ|もげ|ちきれ|ちぎれ|千切れ)(?:て(?:しまい|しま)?そう|そう|っちま|ちま|るかと|るほど"
                 r"|るくらい|るぐらい)")


def field_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        # household chemicals, pesticides and fuel swallowed: poisoning even when no person is named
        # (農薬を飲んでしまった)
        rule("poisoning", "medical",
             r"(?:せんざい|洗剤|でんち|電池|とうゆ|灯油|のうやく|農薬|ひょうはくざい|漂白剤|ぼうちゅうざい|防虫剤|かびとり|かんそうざい"
             r"|乾燥剤|じょそうざい|除草剤|さっちゅうざい|殺虫剤|がそりん|ガソリン|ぼたんでんち|ボタン電池)(?:を|も)?[^\n]{0,4}?"
             r"(?:のん|飲ん|のみこ|飲み込|なめ|舐め|たべ|食べ|くち(?:に)?いれ|口(?:に)?入れ)"),
        # attacked, bitten or kicked by an animal (熊に襲われた, 牛に蹴られた): an injury for 119, not a police matter
        rule("animal_attack", "medical",
             r"(?:くま|熊|いのしし|猪|のいぬ|野犬|いぬ|犬|さる|猿|うし|牛|うま|馬|しか|鹿|すずめばち|スズメバチ)(?:に|から|さ)"
             r"[^\n]{0,4}?(?:おそわれ|襲われ|かまれ|噛まれ|咬まれ|ひっかかれ|引っかかれ|けられ|蹴られ|ふまれ|踏まれ"
             r"|つきとばされ|突き飛ばされ|つきさされ|突き刺され|はねとばされ|跳ね飛ばされ|なんかしょも|何か所も)"
             # not "nearly" (いぬに かまれそうに なった; round 40: as ``collapsed`` reads 倒れそう)
             r"(?!そう)"),
        # phlegm blocking the throat (痰が詰まって苦しそう), no pulse to feel, oxygen saturation in the 80s or lower
        rule("choking", "medical",
             r"(?:たん|痰)(?:が|も)?[^\n]{0,4}?(?:つまっ|詰まっ|つまり|詰まり|からん|絡ん|からま|絡ま)[^\n]{0,12}?"
             r"(?:くるし|苦し|いき|息|こきゅう|呼吸|とれ|取れ|むらさき|紫|あお|青|ぜろぜろ|ごろごろ)"),
        rule("no_pulse", "medical",
             r"(?:みゃく|脈|みゃくはく|脈拍)(?:が|も)?[^\n]{0,3}?(?:ふれ|触れ|とれ|取れ|わから|分から|わかん|かんじ"
             r"|感じ)" + NEG
             + r"|(?:みゃく|脈|みゃくはく|脈拍)(?:が|も)?(?:ない|ねえ|ありません)",
             has_negation=True),
        rule("low_oxygen", "medical",
             r"(?:さんそ|酸素|さちゅれーしょん|サチュレーション|spo2|さっち|サチ)[^\n]{0,14}?(?<![0-9.])(?:[1-8][0-9])(?![0-9])"
             r"(?:%|ぱーせんと|パーセント|まで|しか|に|くらい|ぐらい|台)?",
             unless=r"(?:さい|歳|ねん|年|ぷん|分|じ|時|えん|円)(?:の|に)?[^\n]{0,3}?(?:さんそ|酸素)|ぼんべ|ボンベ"),
        # a face under the bath water (風呂で顔まで浸かってた)
        rule("drowning", "medical",
             r"(?:ふろ|風呂|ゆぶね|湯船|よくそう|浴槽)[^\n]{0,10}?(?:かお|顔|あたま|頭|くち|口|はな|鼻)(?:まで|が|も)?[^\n]{0,3}?"
             r"(?:つか|浸か|しずん|沈ん|もぐっ|潜っ|うずま|埋ま)"),
        # face down or floating in a channel, paddy or pond (水路でうつぶせになってた)
        rule("drowning", "medical",
             r"(?:すいろ|水路|ようすい|用水|たんぼ|田んぼ|みぞ|溝|どぶ|ぬま|沼|ためいけ|ため池|ほり|堀)(?:で|に|の(?:なか|中)(?:で|に))?"
             r"[^\n]{0,6}?(?:うつぶせ|うつ伏せ|うかんで|浮かんで|しずんで|沈んで)",
             unless=ANIMAL_VETO + "|おもちゃ|玩具|ごみ|ゴミ|は(?:っぱ|いっぱ)|葉"),
        # face down and soaking or floating anywhere (うつぶせで浸かっています; not a swimming lesson's float)
        rule("drowning", "medical",
             r"(?:うつぶせ|うつ伏せ)(?:で|に|のまま|になって)?[^\n]{0,4}?(?:つか|浸か|ういて|浮いて|うかん|浮かん|しずん|沈ん)",
             unless=ANIMAL_VETO + r"|おもちゃ|玩具|れんしゅう|練習|ふしうき|伏し浮き|だるまうき|すいえい|水泳"
             r"|ぷーる|プール"),
        # a hand or finger crushed, torn off or thrown by a machine (除雪機で手を飛ばされた, 指がちぎれた)
        rule("deep_wound", "medical",
             r"(?:ゆび|指|手|(?<![ふくぐ])うで|腕|あし|足)(?:が|を|も)?[^\n]{0,6}?(?:ちぎれ|千切れ|もげ|きりおと|切り落と|きれおち|切れ落ち"
             r"|つぶれ|潰れ|つぶされ|潰され|とばされ|飛ばされ)"
             # a finger gone, glove and all (指が手袋ごとなくなっている; not 指輪)
             r"|(?:ゆび|指)(?!わ|輪)(?:が|も)(?:[^\n]{0,6}?ごと)?(?:なくなっ|無くなっ)"
             # ... or cut off, said so (指が切断された; blind23), not a scaffold (足場を切断)
             r"|(?:ゆび|指|うで|腕|あし(?!ば)|足(?!場)|(?<!お)手(?!すり|摺|続|順|帳|紙|袋))(?:の(?:さき|先))?(?:が|を|も)?"
             r"(?:せつだん|切断)(?:され|し(?:た|て|ちゃ|ま)|に)",
             unless=r"しごと|仕事|よてい|予定|かいしゃ|会社|めんつ|面子|かお|顔|" + LIMB_WORN_OUT),
        # heatstroke told by its signs: no sweat with confusion or unsteadiness (汗も出ておりません, とんちんかんな返事)
        # (round 23: 汗が全然出てない, 汗もかかなくなって; talk that does not fit, ちぐはぐ, 話がかみ合わない)
        rule("heatstroke", "medical",
             NO_SWEAT + r"(?=[^\n]{0,40}?" + CONFUSED + r")|" + CONFUSED + r"[^\n]{0,40}?" + NO_SWEAT,
             has_negation=True, unless=r"たいしつ|体質|もともと|元々|ふだんから|普段から"),
        # a person lying out in the snow, still (雪の上に横になったまま, 雪の中でずっと動いてなくて): cold kills
        rule("lying_in_snow", "medical",
             SNOW_PLACE + r"(?:(?!" + VEHICLES + r")[^\n]){0,10}?" + LYING_STILL
             + r"|" + LYING_STILL + r"[^\n]{0,10}?" + SNOW_PLACE + r"[^\n]{0,6}?" + STILL_IN_SNOW,
             has_negation=True, needs=PEOPLE,
             unless=ANIMAL_VETO + r"|(?:あそん|遊ん)で(?:る|い|ま)|はしゃいで(?:る|い|ま)|ゆきだるま|雪だるま|かまくら"
             r"|しゃしん|写真"),
        # groaning heard from someone's house or room (中からうめき声みたいなのが聞こえる): unsure 119
        rule("groaning", "weak", r"うめきごえ|うめき声|うめいて(?:る|い)|呻いて|うなりごえ|うなり声",
             unless=ANIMAL_VETO + r"|えんじん|エンジン|きかい|機械|もーたー|モーター|かぜ|風|れいぞうこ|冷蔵庫"),
        # --- 110 ---
        # wild animals on the road stopping cars (みちにイノシシがなんびきもいて、くるまがとまっちゃってる)
        rule("road_danger", "police",
             r"(?:いのしし|猪|しか|鹿|くま|熊|さる|猿|うし|牛)(?:が|の)?[^\n]{0,16}?(?:くるま|車)(?:が|も)?[^\n]{0,4}?(?:とま|止ま"
             r"|とおれ|通れ|すすめ|進め|よけ|避け|たちおうじょう|立ち往生"
             # round 23: cars braking hard round the animals (牛が5頭国道に出て…車が急ブレーキをかけていて危ない)
             r"|きゅうぶれーき|急ブレーキ|ぶれーき|ブレーキ)"
             # ... or a car that hit one (峠道で鹿とぶつかって車動がねぐなった; 2 of 2 such phrases of the set are 110)
             r"|(?:いのしし|猪|(?<![ぁ-ゖ])しか|鹿|くま|熊|たぬき|狸|うし|牛)(?:と|に)(?:ぶつか|しょうとつ|衝突|せっしょく|接触)",
             # (round 47: also on a pass, a bypass, a forest road or the expressway, or the car itself disabled - 峠で
             # 鹿とぶつかって車が動かなくなりました, B54's typed gap)
             needs=r"みち|道|どうろ|道路|こくどう|国道|けんどう|県道|しゃどう|車道|とうげ|峠|ばいぱす|バイパス|りんどう|林道"
                   r"|こうそく|高速|(?:くるま|車)(?:が|も|は)?(?:うご|動)(?:か|け)"),
        # round 23: a car weaving over the centre line (前の車がふらふら蛇行して、センターラインをはみ出してる): a
        # danger on the road for the police, not a person's dizziness (the guard: not センターライン's たら)
        rule("road_danger", "police",
             r"(?:だこう|蛇行)(?:うんてん|運転|して|しながら)|(?:くるま|(?<!転)車|とらっく|トラック|けいとら|軽トラ|ばいく|バイク)(?:が|で)?[^\n]{0,10}?"
             # (round 37: 中央線, ふらふら走って; a car told weaving is in 6 other writers, all 110)
             r"(?:ふらふら|ふらつ)(?:[^\n]{0,16}?(?:はみだ|はみ出|せんたーらいん|センターライン|ちゅうおうせん|中央線|ぶつかりそう)"
             r"|(?:はしって|走って|はしり|走り))"
             # round 51: over the centre line told first, or the driver seen drinking (軽トラ、さっきからセンターライン
             # 越えてふらふら…運転手が缶ビール飲んでる; blind52a)
             r"|(?:くるま|(?<!転)車|とらっく|トラック|けいとら|軽トラ|ばいく|バイク)[^\n]{0,16}?(?:せんたーらいん|センターライン"
             r"|ちゅうおうせん|中央線)(?:を|が)?[^\n]{0,6}?(?:こえ|越え|はみだ|はみ出|またい|跨い)"
             r"|(?:うんてんしゅ|運転手|どらいばー|ドライバー)(?:さん)?(?:が|は|も)[^\n]{0,8}?(?:びーる|ビール|さけ|酒|ちゅうはい|チューハイ)"
             r"(?:を)?(?:のん|飲ん|のみなが|飲みなが)",
             unless=r"ように|ちゅうい|注意|(?:た|だ)ら(?:どう|どこ|なに|何)|とき(?:は|の)"),
        # a carer who fears harming the person (母を殺してしまいそう): a life at risk
        rule("threat_to_life", "police",
             r"(?:ころし|殺し|てをかけ|手をかけ|てをあげ|手をあげ|手を上げ)(?:て)?(?:しまい|しまう|しまいそう|ちゃい|ちゃう|ちゃいそう)"
             r"(?:そう|かも|こわ|怖)?",
             needs=PEOPLE),
        # a vehicle or farm machine that skidded, overturned or ran into something (車がスリップして電柱にぶつかった,
        # 軽トラが横転); with someone hurt, the 119 rules place it first (round 58: also the Tohoku telling that drops
        # が and keeps the place's さ, 車ぁ雪山さ突っ込んで - the views drop the lengthening ぁ)
        rule("traffic_accident", "police",
             r"(?:くるま|車|じてんしゃ|自転車|ばいく|バイク|とらっく|トラック|けいとら|軽トラ|とらくたー|トラクター|こううんき|耕運機"
             r"|こんばいん|コンバイン|しゃ(?=が|は))(?:(?:が|で|は|ごと|を|と|に)[^\n]{0,14}?|[^\nの]{0,6}?さ)?(?:すりっぷ|スリップ|おうてん|横転|てんとう(?:し|した)"
             r"|ひっくりかえ"
             r"|ひっくり返|だつりん|脱輪|つっこん|突っ込ん|つっこみ|突っ込み|ぶつかっ|ぶつかり|しょうとつ|衝突)"
             # not a near miss (スリップしかけまして, ぶつかりそうになった; engineer B's request B13-2)
             r"(?!(?:し)?(?:かけ|そうになっ))",
             unless=VEHICLE_TOPIC),
        # --- consumer (188) ---
        # a trader who overcharged or took goods cheaply (雪下ろしの業者が相場の3倍を請求してきた, 前金を持っていった),
        # prepaid money that does not come back (入居一時金が返ってこない)
        rule("consumer", "consumer",
             r"(?:ぎょうしゃ|業者|かいとり|買い取り|買取)[^\n]{0,24}?(?:こうがく|高額|そうば|相場|ほうがい|法外|[0-9０-９]+(?:ばい|倍)"
             r"|まえきん|前金|てつけ|手付|やすく|安く)[^\n]{0,16}?(?:せいきゅう(?:され|して|き)|請求(?:され|して|き)|とられ|取られ"
             r"|もっていかれ|持っていかれ|持って行かれ|もっていっ|持っていっ|持って行っ|はらわされ|払わされ|かいたたかれ|買いたたかれ"
             r"|買い叩かれ)"
             r"|(?:いちじきん|一時金|にゅうきょきん|入居金|にゅうかいきん|入会金|ほしょうきん|保証金|かいひ|会費|じゅこうりょう|受講料)"
             r"[^\n]{0,8}?(?:かえって|返って|もどって|戻って)(?:こ|き)" + NEG,
             has_negation=True, unless=r"(?:た|だ)ら|とき|ほうほう|方法|めやす|目安"),
        # --- police consultation (#9110) ---
        # things left or thrown at the house again and again (毎晩のように家の前へ石を置かれます, わざとゴミ置いてって)
        rule("stalking", "stalking",
             r"(?:いえ|家|うち)(?:の)?(?:まえ|前)(?:に|へ|さ)[^\n]{0,8}?(?:おかれ|置かれ|まかれ|撒かれ|すてられ|捨てられ|なげこまれ"
             r"|投げ込まれ|おいていかれ|置いていかれ|おいてって|置いてって|おいてい|置いてい)",
             needs=r"まいばん|毎晩|まいにち|毎日|なんども|何度も|わざと|いやがらせ|嫌がらせ|きみがわる|気味が悪|のように"),
        # --- medical advice (#7119/#8000) ---
        rule("symptom", "symptom",
             r"(?:からだ|体)?(?:が)?だる(?:い|そう|くて|がっ)|(?:みみ|耳)(?:を|ばかり)?[^\n]{0,3}?(?:さわ|触|いじ|おさえ|押さえ|ひっぱ)"
             r"(?:って|て)[^\n]{0,10}?(?:ない|泣|ぐず)"
             r"|(?:むね|胸)(?:の(?:あたり|へん|辺))?(?:を)?(?:さすっ|さすり|なでて|撫でて)"
             r"|(?:くすり|薬)[^\n]{0,14}?(?:もういっかい|もう一回|もう1回|にかいめ|二回目|2回目|にど|二度|2度|まちがえて|間違えて"
             r"|のみすぎ|飲みすぎ|ぶん|分)[^\n]{0,6}?(?:のん|飲ん)"),
        rule("ask_ambulance", "ask",
             r"(?:このまま)?(?:ねせ|寝せ|ねかせ|寝かせ)(?:て|で)(?:おいて|おいで|おい)?(?:も)?(?:いい|よい|だいじょうぶ|大丈夫)"),
        # --- disaster ---
        # a question of whether to evacuate, the earthquake's intensity, slope signs, water reaching the houses
        rule("evacuation", "disaster",
             r"(?:しんど|震度)(?:は|が)?[^\n]{0,8}?(?:いくつ|なん|何|どれ)"
             r"|(?:がけ(?=の|に|が|から|で|も|さ)|崖|うらやま|裏山|しゃめん|斜面|のりめん|のり面)[^\n]{0,20}?(?:(?:つち|土)の(?:におい|匂い|臭い)"
             r"|(?:き|木)(?:が|も)?[^\n]{0,6}?(?:かたむ|傾))"
             r"|(?:みち|道)と(?:の)?(?:くべつ|区別)(?:が)?(?:つかな|つかね)"
             r"|(?:みず|水)(?:が)?(?:[^\n]{0,12}?まで)?(?:きて(?:る|い)|来て(?:る|い)|せまっ|迫っ|おしよせ|押し寄せ)",
             unless=r"すいどう|水道|じゃぐち|蛇口|ほうほう|方法|くんれん|訓練"),
        # avalanche or snow signs, cracks in a slope or bank, a village cut off (雪崩が起きそう, 斜面にひびが入ってる)
        rule("evacuation", "disaster",
             r"(?:なだれ|雪崩)(?:が)?(?:おき|起き|きそう|来そう|あぶな|危な|しんぱい|心配|はっせい|発生)"
             r"|(?:しゃめん|斜面|うらやま|裏山|がけ(?=の|に|が|から|で|も|さ)|崖|(?<!け)どて|土手|ていぼう|堤防|のりめん|のり面)[^\n]{0,10}?"
             r"(?:ひび|きれつ|亀裂"
             r"|われめ|割れ目|さけめ|裂け目)"
             r"|(?:ゆき|雪|おおゆき|大雪|どしゃ|土砂|みず|水|こうずい|洪水)で[^\n]{0,12}?(?:こりつ|孤立)",
             unless=r"ほうほう|方法|くんれん|訓練|まっぷ|マップ"),
        # --- a person gone: under water or snow, lost on an outing, after a farewell (safety.events_gone_signs) ---
        *gone_sign_rules(),
    )
