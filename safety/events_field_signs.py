"""Events of fields, mountains, snow, rivers and home care told by what happened there (round 14, see docs/safety.md):
household chemicals, pesticides and fuel swallowed (poisoning even when no person is named), an attack or kick by an
animal (an injury, 119), phlegm blocking the throat, no pulse, low oxygen saturation, a face under the bath or channel
water, a hand crushed or torn off by a machine (119); a vehicle or farm machine that skidded, overturned or ran into
something, a person lost in the mountains or out of reach on an outing, a carer afraid of harming the person (110); a
trader who overcharged or took goods cheaply, prepaid money not returned (188); avalanche and slope signs, a village
cut off (disaster)."""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, PEOPLE, Rule, rule
from safety.vocabulary import NEG

# Where people go out and may be lost: mountains, the sea, rivers, gathering wild plants, fishing, climbing.
OUTING = (r"(?:やま|山|とざん|登山|さんさい|山菜|きのこ|キノコ|たけのこ|タケノコ|つり|釣り|うみ|海|かわ|川|もり|森"
          r"|やまみち|山道"
          r"|ゆきやま|雪山|すきー|スキー|かり|狩り|りょう|猟)")
# "how to", "when", a case or a warning: a vehicle accident named as a topic (スリップしないように, 横転する事故が多い)
VEHICLE_TOPIC = (r"しょうめい|ほけん|証明|保険|しゅうり|修理|ほうほう|方法|(?:た|だ)ら|とき|ように|おおい|多い"
                 r"|ちゅうい|注意"
                 r"|きをつけ|気をつけ")


# No sweat (汗も出ておりません, 汗が全然出てない, 汗もかかなくなって), and confusion or unsteadiness with it.
NO_SWEAT = (r"(?:(?:あせ|汗)(?:が|も|を)?(?:ぜんぜん|全然|まったく|全く|ちっとも)?(?:で|出|かい|かか)(?:て)?(?:い|お)?"
            r"(?:ない|ません|ねえ|ず|なく|りません)|(?:あせ|汗)(?:が|も)?(?:とまっ|止まっ))")
CONFUSED = (r"(?:ふらふら|ぼーっと|ぼんやり|とんちんかん|へんじ|返事|いしき|意識|おかし|けいれん|痙攣|はいて|吐いて"
            # round 34: vacant eyes, strange talk (汗止まって目がうつろ、変なこと言ってる; blind35a, blind34b)
            r"|ちぐはぐ|かみあわ|噛み合わ|つじつま|めちゃくちゃ|うつろ|虚ろ|へんなこと|変なこと|おかしなこと)")
# Waters a person can go under, what they leave floating or on the bank, and a person not to be found.
WATER = (r"(?:かわ|川|うみ|海|いけ|池|ぬま|沼|みずうみ|湖|すいろ|水路|ようすい|用水|ためいけ|ため池|ほり|堀"
         r"|ぷーる|プール|かわら|河原|きし|岸|そっこう|側溝|みぞ|溝)")
BELONGINGS = (r"(?:ぼうし|帽子|くつ|靴|ながぐつ|長靴|さお|竿|にもつ|荷物|ふく|服|さんだる|サンダル|うきわ|浮き輪"
              r"|ばっく|バッグ|かばん|鞄|てぶくろ|手袋|らんどせる|ランドセル|ぐろーぶ|グローブ|すこっぷ|スコップ"
              # the boat someone went out in (父のボートだけが岸に流れ着いていて; blind27b; not 風船)
              r"|ぼーと|ボート|ふね|舟|(?<!風)船|かぬー|カヌー|かやっく|カヤック)")
FLOATING = (r"(?:ながれてき|流れてき|ながれてい|流れてい|うかんで|浮かんで|ういて|浮いて|ただよ|漂|おきっぱなし"
            r"|置きっぱなし|のこって|残って|おちて|落ちて|ころがって|転がって"
            # washed ashore (岸に流れ着いて, 打ち上げられて; blind27b)
            r"|ながれつい|流れ着い|うちあげられ|打ち上げられ)")
NOWHERE = (r"(?:(?:みあたら|見当たら|みつから|見つから|みえ|見え|い|お)(?:ない|ねえ|ません|なく)"
           r"|(?:すがた|姿)(?:が|も)?(?:ない|ねえ|ありません|みえ|見え)"
           r"|どこにも(?:い|お)?(?:ない|ねえ|ません)|(?:みあたり|見当たり|みつかり|見つかり)ません"  # (blind27)
           # there a moment ago (さっきまでそこにいたのに)
           r"|(?:さっき|いま|今)まで[^\n]{0,6}?(?:い|お)(?:た|ました)(?:のに|けど|が|\n|$))")
# ... said before the belongings (さっきまでそこにいた小学生のランドセルだけが浮いて流れてく)
JUST_THERE = r"(?:さっき|いま|今)まで[^\n]{0,6}?(?:い|お)(?:た|ました)"
LOST_PROPERTY = r"おとしもの|落とし物|わすれもの|忘れ物|とどけ|届け|ひろ|拾"  # lost property: no one gone
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

# Round 21: snow that falls or slides on people (雪崩, 雪下ろし, 屋根の雪, 除雪機, 雪の山) ...
SNOW_HAZARD = (r"(?:なだれ|雪崩|ゆきおろし|雪下ろし|じょせつき|除雪機|(?:ゆき|雪)の(?:やま|山)"
               r"|(?:やね|屋根)(?:から|がら|の)(?:ゆき|雪)"
               r"|らくせつ|落雪)")
# ... and a person gone under it: only a belonging or a hand found, or the person not to be seen
GONE_UNDER = (BELONGINGS + r"(?:だけ|しか)(?:が|は)?[^\n]{0,6}?(?:みつか|見つか|みえ|見え|おちて|落ちて|のこ|残)"
              r"|(?:て|手|あし|足)(?:だけ|しか)[^\n]{0,3}?(?:みえ|見え)|(?:すがた|姿)(?:が|も)?(?:みえな|見えな|みえね|見えね|ない|きえ|消え)")

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
             unless=r"しごと|仕事|よてい|予定|かいしゃ|会社|めんつ|面子|かお|顔"),
        # heatstroke told by its signs: no sweat with confusion or unsteadiness (汗も出ておりません, とんちんかんな返事)
        # (round 23: 汗が全然出てない, 汗もかかなくなって; talk that does not fit, ちぐはぐ, 話がかみ合わない)
        rule("heatstroke", "medical",
             NO_SWEAT + r"(?=[^\n]{0,40}?" + CONFUSED + r")|" + CONFUSED + r"[^\n]{0,40}?" + NO_SWEAT,
             has_negation=True, unless=r"たいしつ|体質|もともと|元々|ふだんから|普段から"),
        # belongings left by the water and the person gone (帽子だけが流れてきて、竿が岸に置きっぱなし): unsure 119
        rule("drowning_sign", "weak",
             r"(?:かわ|川|うみ|海|いけ|池|ぬま|沼|きし|岸|かわら|河原|すいろ|水路)[^\n]{0,24}?(?:ぼうし|帽子|くつ|靴|さお|竿|にもつ|荷物|ふく|服"
             r"|さんだる|サンダル|うきわ|浮き輪)(?:だけ)?(?:が|も)?[^\n]{0,6}?(?:ながれてき|流れてき|うかんで|浮かんで|おきっぱなし|置きっぱなし"
             r"|のこって|残って|おいたまま|置いたまま)",
             unless=LOST_PROPERTY),
        # ... and, with the person nowhere to be found, drowning
        # (用水路に長靴が片方だけ浮いていて、子どもの姿が見当たらない)
        # (round 21: also the belonging named first, fallen at the water's edge: 長靴が片方だけ用水路のふちに
        # 落ちていて、姿が見えない - 3 of 3 such phrases in the set are 119, against 110 for a person only gone towards
        # the water)
        rule("drowning", "medical",
             r"(?:" + WATER + r"[^\n]{0,24}?" + BELONGINGS + r"(?:だけ|かたほう|片方)?(?:が|も)?[^\n]{0,8}?"
             + r"|" + BELONGINGS + r"(?:だけ|かたほう|片方)?(?:が|も)?[^\n]{0,8}?" + WATER + r"[^\n]{0,10}?)" + FLOATING
             + r"[^\n]{0,30}?" + NOWHERE,
             has_negation=True, needs=PEOPLE, unless=LOST_PROPERTY),
        rule("drowning", "medical",
             JUST_THERE + r"[^\n]{0,12}?" + BELONGINGS + r"(?:だけ|かたほう|片方)?(?:が|も)?[^\n]{0,8}?" + FLOATING,
             needs=WATER, unless=LOST_PROPERTY),
        # round 21: snow fallen or slid where a person was, and the person gone under it (雪下ろしのあとから親父の姿が
        # 見えない, 雪崩のあと友だちのグローブだけ見つかって, 除雪機の音が止まって…手袋だけ落ちている): 6 of 6 such
        # phrases in the set are 119; a person who walked out into the snow (認知症の父が雪の中出て行った) stays 110
        rule("buried_in_snow", "medical",
             SNOW_HAZARD + r"[^\n]*?(?:" + GONE_UNDER + r")|(?:" + GONE_UNDER + r")[^\n]*?" + SNOW_HAZARD,
             unless=r"(?:た|だ)ら(?:どう|どこ|なに|何)|とき|よぼう|予防|ちゅうい|注意|きをつけ|気をつけ"),
        # someone who went into the water and did not come up (川に入ったきり上がってこない; 若い方, お仲間: people)
        rule("drowning", "medical",
             WATER + r"(?:に|へ|さ)[^\n]{0,3}?(?:はいっ|入っ|とびこ|飛び込|もぐっ|潜っ|おち|落ち)(?:た|て)"
             r"(?:きり|まま|あと|後)?[^\n]{0,8}?(?:あがって|上がって|うかんで|浮かんで|でて|出て|もどって|戻って)(?:こ|き)"
             + NEG,
             has_negation=True, unless=ANIMAL_VETO + r"|ぼーる|ボール|おもちゃ|玩具|たのしそう|楽しそう"),
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
        # a person with dementia not at home or gone out (認知症の父が家にいません, ボケてるから一人で出ていっちゃった);
        # a "when" or "if" (出かけたら) holds it back, not a guess (出たらしく) nor a finding told with the absence
        # (朝起きたらいません; round 39, blind40b)
        rule("missing_person", "police",
             r"(?:にんちしょう|認知症|ぼけ|ボケ|ちほう)[^\n]{0,24}?(?:いない|いなく|いねえ|いません|おらん|でていっ|出て行っ|出ていっ"
             r"|でかけ|出かけ|でてった|出てった)",
             needs=PEOPLE, unless=r"しせつ|施設|でいさーびす|デイサービス|にゅういん|入院|しょーとすてい"
                                  r"|ショートステイ|そうだん|相談"
             # (a conditional たら, not a hearsay らしい nor a discovery: 出たらしく, 朝起きたらいません; round 39)
             r"|とうろく|登録|よぼう|予防|(?:た|だ)ら(?!し[いくか]|(?:もう)?(?:いな|いね|いま|おら))|とき"),
        # a farewell message and then no answer (「子どもたちをよろしく」ってだけLINEが来て…つながらない)
        rule("suicide_threat", "police",
             # (what is handed over before よろしく / 頼む: 子どもたちをよろしく, 畑は頼む - not 明日よろしく; round 21)
             r"(?:(?:を|は)(?:よろしく|たのむ|頼む|たのみます|頼みます)|ごめんね|ごめんなさい|さよなら|さようなら"
             r"|(?:みんな|いままで|今まで)[^\n]{0,4}?ありがと(?:う)?|(?:もう)?(?:つかれた|疲れた))(?:ね|な)?(?:って|と)(?:だけ)?"
             r"[^\n]{0,6}?(?:らいん|line|めーる|メール|めっせーじ|メッセージ|てがみ|手紙|かきおき|書き置き|でんわ|電話"
             # ... that is all that came (「みんなありがとう、ごめんね」とだけ届いて、それきり電話に出ない), or a note
             # left and the person gone (round 23: 「もう疲れた、さよなら」って書いた紙が出てきて、息子も車もいない)
             r"|とどい|届い|かみ|紙|めも|メモ|おきてがみ|置き手紙)",
             needs=r"つなが|繋が|でな|出な|でね|出ね|へんしん|返信|きどく|既読|れんらく|連絡"
                   r"|いない|いなく|いねえ|いません|おらん|みあたら|見当たら"),
        # a will left and the person gone (遺書のような置き手紙を残して出て行かれた; round 23)
        rule("suicide_threat", "police",
             r"(?:遺書|(?<![さかぁ-ゖ])いしょ(?=の|みたい|らし|を|が))[^\n]{0,12}?(?:のこし|残し|おいて|置いて|かいて|書いて)"
             r"[^\n]{0,10}?(?:でていっ|出て行っ|出ていっ|でてっ|出てっ|でかけ|出かけ|いなく|いない|いません|いねえ|おらん)",
             unless=r"(?:た|だ)ら|とき|ドラマ|どらま|しょうせつ|小説|えいが|映画|ほうほう|方法|かきかた|書き方"),
        # "I'll die" closing a farewell, quoted as a message (「もう死ぬね、今まで楽しかった」ってLINEきた); the
        # sentence-final particle keeps out hyperbole of degree (死ぬほど笑ったってLINE来た)
        rule("suicide_threat", "police",
             r"(?:しぬ|死ぬ|しにます|死にます|きえる|消える|きえます|消えます)(?:ね|よ|わ|から)[^\n]{0,12}?(?:って|と)(?:だけ)?"
             r"[^\n]{0,6}?(?:らいん|line|めーる|メール|めっせーじ|メッセージ|てがみ|手紙|でんわ|電話|とどい|届い|きた|来た)",
             unless=r"すぎて|へって|減って|ひまで|暇で|つかれて|疲れて|あつくて|暑くて|さむくて|寒くて"),
        # wild animals on the road stopping cars (みちにイノシシがなんびきもいて、くるまがとまっちゃってる)
        rule("road_danger", "police",
             r"(?:いのしし|猪|しか|鹿|くま|熊|さる|猿|うし|牛)(?:が|の)?[^\n]{0,16}?(?:くるま|車)(?:が|も)?[^\n]{0,4}?(?:とま|止ま"
             r"|とおれ|通れ|すすめ|進め|よけ|避け|たちおうじょう|立ち往生"
             # round 23: cars braking hard round the animals (牛が5頭国道に出て…車が急ブレーキをかけていて危ない)
             r"|きゅうぶれーき|急ブレーキ|ぶれーき|ブレーキ)"
             # ... or a car that hit one (峠道で鹿とぶつかって車動がねぐなった; 2 of 2 such phrases of the set are 110)
             r"|(?:いのしし|猪|(?<![ぁ-ゖ])しか|鹿|くま|熊|たぬき|狸|うし|牛)(?:と|に)(?:ぶつか|しょうとつ|衝突|せっしょく|接触)",
             needs=r"みち|道|どうろ|道路|こくどう|国道|けんどう|県道|しゃどう|車道"),
        # round 23: a car weaving over the centre line (前の車がふらふら蛇行して、センターラインをはみ出してる): a
        # danger on the road for the police, not a person's dizziness (the guard: not センターライン's たら)
        rule("road_danger", "police",
             r"(?:だこう|蛇行)(?:うんてん|運転|して|しながら)|(?:くるま|(?<!転)車|とらっく|トラック|けいとら|軽トラ|ばいく|バイク)(?:が|で)?[^\n]{0,10}?"
             # (round 37: 中央線, ふらふら走って; a car told weaving is in 6 other writers, all 110)
             r"(?:ふらふら|ふらつ)(?:[^\n]{0,16}?(?:はみだ|はみ出|せんたーらいん|センターライン|ちゅうおうせん|中央線|ぶつかりそう)"
             r"|(?:はしって|走って|はしり|走り))",
             unless=r"ように|ちゅうい|注意|(?:た|だ)ら(?:どう|どこ|なに|何)|とき(?:は|の)"),
        # a carer who fears harming the person (母を殺してしまいそう): a life at risk
        rule("threat_to_life", "police",
             r"(?:ころし|殺し|てをかけ|手をかけ|てをあげ|手をあげ|手を上げ)(?:て)?(?:しまい|しまう|しまいそう|ちゃい|ちゃう|ちゃいそう)"
             r"(?:そう|かも|こわ|怖)?",
             needs=PEOPLE),
        # a vehicle or farm machine that skidded, overturned or ran into something (車がスリップして電柱にぶつかった,
        # 軽トラが横転); with someone hurt, the 119 rules place it first
        rule("traffic_accident", "police",
             r"(?:くるま|車|じてんしゃ|自転車|ばいく|バイク|とらっく|トラック|けいとら|軽トラ|とらくたー|トラクター|こううんき|耕運機"
             r"|こんばいん|コンバイン|しゃ(?=が|は))(?:(?:が|で|は|ごと|を|と|に)[^\n]{0,14}?)?(?:すりっぷ|スリップ|おうてん|横転|てんとう(?:し|した)"
             r"|ひっくりかえ"
             r"|ひっくり返|だつりん|脱輪|つっこん|突っ込ん|つっこみ|突っ込み|ぶつかっ|ぶつかり|しょうとつ|衝突)"
             # not a near miss (スリップしかけまして, ぶつかりそうになった; engineer B's request B13-2)
             r"(?!(?:し)?(?:かけ|そうになっ))",
             unless=VEHICLE_TOPIC),
        # lost in the mountains (山で道に迷って帰れない), or out of reach after an outing
        # (登山に行った夫と連絡が取れない)
        rule("missing_person", "police",
             r"遭難|そうなん(?:し(?:た|て)|しゃ)"  # not そうなんです (なりそうなんだけど)
             r"|(?:みち|道)に(?:まよ|迷)[^\n]{0,30}?(?:かえれ|帰れ|もどれ|戻れ|でられ|出られ|くらく|暗く|くらい(?:\n|$|し|から|よ)|暗い"
             r"|わから|分から)"
             r"|(?:やま|山|もり|森|とざん|登山)(?:で|の(?:なか|中)で|に)[^\n]{0,4}?(?:まいご|迷子)"
             r"|(?:くだりかた|下り方|おりかた|降り方|かえりみち|帰り道)(?:が)?(?:わから|分から|わかん)",
             has_negation=True, unless=r"ほけん|保険|(?:た|だ)ら|とき|そなえ|備え"),
        rule("missing_person", "police",
             OUTING + r"[^\n]{0,40}?(?:(?:れんらく|連絡)(?:が|も)?(?:とれ|取れ|つか|つな)|(?:でんわ|電話|けいたい"
                      r"|携帯|すまほ|スマホ)"
             # (round 22: a word between, 携帯もずっとつながらない)
             r"(?:が|も|に)?(?:ずっと|ぜんぜん|全然|まったく|全く|いっこうに|一向に)?"
             r"(?:つながら|繋がら|つうじ|通じ|で|出))" + NEG,
             needs=PEOPLE, has_negation=True, unless=r"ほけん|保険|(?:た|だ)ら|とき|そなえ|備え"),
        # ... its phone dead, or overdue (round 23: 冬山に出たまま予定の時刻を六時間過ぎても下りてこず、携帯の電源も
        # 切れている)
        rule("missing_person", "police",
             OUTING + r"[^\n]{0,40}?(?:でんげん|電源)(?:が|も)?(?:きれ|切れ|おち|落ち)"
             r"|" + OUTING + r"[^\n]{0,30}?(?:よてい|予定|じこく|時刻|じかん|時間)[^\n]{0,12}?(?:すぎ|過ぎ)(?:て)?"
             r"(?:も|たのに)[^\n]{0,6}?(?:かえってこ|帰ってこ|もどってこ|戻ってこ|おりてこ|下りてこ|降りてこ|かえら|帰ら"
             r"|もどら|戻ら)" + NEG,
             needs=PEOPLE, has_negation=True, unless=r"ほけん|保険|(?:た|だ)ら|とき|そなえ|備え"),
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
    )
