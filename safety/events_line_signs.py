"""Which line (round 16, see docs/safety.md): signs that decide the number rather than the alarm, generalised from the
right-number errors left after round 15 (`blind16`) and the held-out errors of the cross-validation.

- 110, not 119: a wish to die said by someone who is at a high place, a railway or water (屋上にいる, 線路の方へ);
  a fallen tree or pole blocking a road (Tohoku 道路さ…倒れでで、車通れねえ).
- #9110, not nothing: repeated contact from someone the message fears or does not know (毎日手紙が来て怖い), a
  sender who lets on that they know where or when you are (住所知ってるからな, 退勤時間を知っているという手紙), a photo
  of one's home sent by a stranger.
- 188, not #9110 or nothing: goods nobody ordered and a demand to pay for them, a bill far above the estimate, a
  contract one was made to sign, debits that go on after cancelling was refused.
- 119: lips or face turning blue (cyanosis), the Tohoku 倒っちぇ (倒れて).
- disaster: a warning asked about, a power cut in a storm, a slope smelling of earth or dropping pebbles.
- #7119/#8000, not 119 (round 19): a graded sign (laboured breathing, a sting swelling, heatstroke, a blow to the head,
  a bite) told as mild or managed - the marker ``said_mild``, weighed in :mod:`safety.decide` (its rules, with the
  bleeding stopped and a cough, in :mod:`safety.events_line_markers` since round 41).
"""

from __future__ import annotations

from safety.events_danger_words import MOTION_SICK, WATER_ENGULFS_PLACE
from safety.events_line_markers import line_marker_rules
from safety.events_threshold import threshold_rules
from safety.rule import ANIMAL, COMIC, EX_PARTNER, FICTION, PEOPLE, STRANGER, Rule, rule
from safety.vocabulary import NEG

# A wish to die, said or written (not hyperbole: 疲れすぎて死にたい and jokes are guarded).
DEATH_WISH = (r"(?:しにたい|死にたい|しんでやる|死んでやる|きえたい|消えたい|とびおりる|飛び降りる|とびこむ|飛び込む"
              r"|おわりにしたい|終わりにしたい|らくになりたい|楽になりたい|いきていたくない|生きていたくない)")
# Places where a wish to die becomes a risk now.
DANGEROUS_PLACE = (r"(?:おくじょう|屋上|せんろ|線路|ふみきり|踏切|(?:えきの)?ほーむ|ホーム|がけ|崖|ほどうきょう|歩道橋"
                   r"|(?<!お)はし(?:の|に|から|の上|のうえ)|橋|べらんだ|ベランダ|びるの|ビルの|かわ(?:に|の|へ|さ|べり|ら)|川"
                   r"|うみ(?:に|の|へ|さ)|海|だむ|ダム|てっきょう|鉄橋)")
HYPERBOLE = r"すぎて|へって|減って|ひまで|暇で|じょうだん|冗談|" + FICTION
# A jump for fun said at the water (子どもたちが桟橋からもう飛び込むってはしゃいでる: a swim, a dive; merged tree,
# round 53).
JUMP_FOR_FUN = r"はしゃ|かいすいよく|海水浴|とびこみだい|飛び込み台"
# Things that block a road when they fall.
ROAD_BLOCKERS = (r"(?:木|(?:おおきな|おっきな|でかい|でっかい|でっけえ)き|き(?=が|さ)|たいぼく|大木|えだ|枝"
                 r"|でんちゅう|電柱|かんばん|看板|いわ|岩|どしゃ|土砂|つち|土|いし|石)")
ROAD_WORDS = r"みち|道|どうろ|道路|こくどう|国道|けんどう|県道|しゃどう|車道|ろじょう|路上"
# Contact that keeps coming.
CONTACT = (r"(?:てがみ|手紙|めーる|メール|めっせーじ|メッセージ|でんわ|電話|らいん|ライン|line|でぃーえむ|dm"
           r"|しょーとめーる|ショートメール|はがき|ふうとう|封筒)")
RECURRING = (r"(?:まいにち|毎日|まいばん|毎晩|まいあさ|毎朝|なんども|何度も|なんかいも|何回も|しょっちゅう"
             r"|ひっきりなしに"
             r"|なんつうも|何通も|まいしゅう|毎週)")
# A former partner named otherwise than rule.EX_PARTNER does (別れた旦那, 元旦那, 前の彼氏, 昔の彼女), as a sender
# one is wary of (UNWELCOME); FORMER_PARTNER below is the wider wording the former_partner rule reads as the sender.
UNWELCOME_FORMER_PARTNER = (r"(?:わかれた|別れた|もと|元|まえの|前の|むかしの|昔の)(?:だんな|旦那|ていしゅ|亭主"
                            r"|かれし|彼氏|かのじょ|彼女|おっと|夫|つま|妻)")
# Fear or a sender one does not know (a mother calling daily is no stalker).
# (round 22: also the Tohoku おっかねえ - every phrase of the set with it and a contact or a person after one is a
# police line, 14 of 14; the others name a drama, the news or a landslide)
UNWELCOME = (r"こわ|怖|おっかね|おっかな|きもちわる|気持ち悪|きみがわる|気味が悪|きみわる|気味悪|きみわり|気味わり"
             r"|しつこ|こまって|困って|ぞっと|ふあん|不安|ぶきみ"
             r"|みなれない|見慣れない|みなれね|見慣れね|(?:しらない|知らない|しらねえ|知らねえ|みしらぬ|見知らぬ)(?:ばんごう|番号"
             # round 23: a car one does not know (every phrase of the set naming one is a police line, 10 of 10)
             r"|くるま|車)"
             # the same person or car again and again, harassment (round 20; as the stalking rules elsewhere)
             r"|(?:おなじ|同じ)[^\n]{0,4}?(?:ひと|人|くるま|車|おとこ|男|おんな|女|だんせい|男性|じょせい|女性)|いやがらせ|嫌がらせ"
             r"|不気味|やめて(?:ほし|くれ)|むかしの(?:かれ|かのじょ|おっと|つま)|昔の(?:彼|夫|妻)|やめた(?:ばいと|バイト|かいしゃ|会社|しょくば|職場)|辞めた"
             r"|たいしょくした|退職した|(?:かえりみち|帰り道|じかん|時間)(?:を)?(?:かえ|変え)(?:て)?も"  # blind34b
             r"|(?:ぶろっく|ブロック|ちゃくしんきょひ|着信拒否)(?:を)?(?:して|した)(?:も|のに)"  # blind35b: 5/5 #9110
             r"|しって(?:る|いる)|知って(?:る|いる)|ただでは|ただじゃ|すまない|済まない|おどし|脅し|おどさ|脅さ|かさないと|貸さないと"
             r"|はらえ|払え|へんな|変な|あやしい|怪しい|むごん|無言|ゆるさない|許さない|" + STRANGER + "|"
             + EX_PARTNER + "|" + UNWELCOME_FORMER_PARTNER)
# What a sender may let on they know.
WHEREABOUTS = (r"(?:じゅうしょ|住所|いえ|家|うち|じたく|自宅|じかん|時間|かえり|帰り|もよりえき|最寄り駅|最寄駅"
               r"|えき|駅|がっこう|学校"
               r"|しょくば|職場|かいしゃ|会社|でんわばんごう|電話番号|すんでる|住んでる|すんでいる|住んでいる|ばしょ|場所)")
KNOWS = r"(?:(?:しって|知って)(?:る|いる|います|いるぞ|るぞ)|(?:とくてい|特定)(?:した|して|された|されて|できた))"
# Goods, and the demand to pay for them.
GOODS = (r"(?:しょうひん|商品|しなもの|品物|にもつ|荷物|こづつみ|小包|けんこうしょくひん|健康食品|さぷり|サプリ"
         r"|かにぐみ|かに|カニ"
         r"|しょくひん|食品)")
PAYMENT_DEMAND = (r"(?:だいきん|代金|おかね|お金|かね|りょうきん|料金)(?:を)?[^\n]{0,6}?(?:はらえ|払え|はらって"
                  r"|払って|ふりこめ|振り込め"
                  r"|ふりこんで|振り込んで|せいきゅう|請求)|(?:せいきゅうしょ|請求書)")
DEBIT = (r"(?:ひきおとされ|引き落とされ|ひきおとし|引き落とし|せいきゅうされ|請求され|かきんされ|課金され"
         r"|はらわされ|払わされ)")

# Someone unwelcome turning up again and again where one lives, works or studies (#9110; 110 with a "now" cue).
OWN_PLACE = (r"(?:いえ|家|うち|じたく|自宅|じっか|実家|げんかん|玄関|みせ|店|しょくば|職場|がっこう|学校|へや|部屋"
             r"|あぱーと|アパート|まんしょん|マンション)(?:の)?(?:まえ|前|そと|外|むかい|向かい|ちかく|近く|まわり|周り|した|下|よこ|横)")
# (a bare いる/いて or まって only after a particle: not the いて of 置いてく, the まって of 閉まって - a match the
# guard then cancels would silence the classifiers)
LURKING = (r"(?:(?<=[にでがさへはも])(?:いる|いた|いて|いま|おる|おり|まって)|たって|立って|たちどま|立ち止ま"
           r"|とまって|停まって|止まって|とめて|停めて|止めて|待って|まちぶせ|待ち伏せ|うろ|のぞ|覗)")
# A former partner, any wording (離婚した夫, 元交際相手, 別れた旦那): every phrase of the set that names one is a police
# line (39 of 39: #9110 27, 110 12 told as happening now), so contact or a visit from one is stalking (round 21;
# round 22: also 別れた男, 別れだ男, 15 of 15).
FORMER_PARTNER = (EX_PARTNER + r"|(?:りこんした|離婚した|わかれた|別れた)(?:おっと|夫|つま|妻|だんな|旦那|よめ|嫁"
                  r"|おとこ|男|おんな|女|あいて|相手)"
                  r"|(?:もと|元)(?:こうさい|交際|だんな|旦那|よめ|嫁|かれし|彼氏|かのじょ|彼女)")
FROM_PARTNER = (r"(?:" + CONTACT + r"|ちゃくしん|着信|れんらく|連絡|(?:とど|届)(?:く|い)"
                r"|(?:おく|送)(?:られ|って(?:く|き))|(?:き|来)(?:て|た|る)|くる|来っ(?:から|がら|て)|まちぶせ|待ち伏せ|うろ|(?:みかけ|見かけ)|(?:おしかけ|押しかけ)|のぞ|覗)")
# ... not a family matter settled between them (養育費, 面会, 手続き) nor a welcome message
PARTNER_MATTERS = (r"よういくひ|養育費|めんかい|面会|りこんとどけ|離婚届|てつづき|手続|ねんきんぶんかつ|年金分割"
                   r"|ざいさんぶんよ|財産分与|しんけん|親権|そうぞく|相続|なかよく|仲良く|ありがと|うれし|嬉し"
                   r"|たのしみ|楽しみ|たすか|助か")
# Things left or thrown at one's home by a neighbour, again and again (隣の人が毎朝うちの玄関先にゴミ置いてく,
# 近所の者に毎晩のように家の前へ石を置かれます): harassment - 5 of 5 such phrases of the set are #9110, and every
# neighbour's act against one's home told as recurring is (17 of 17; round 21).
NEIGHBOUR = r"(?:となり|隣|きんじょ|近所|むかい|向かい|うえのかい|上の階|したのかい|下の階)"
LEFT_AT_HOME = (r"(?:ごみ|ゴミ|いし|石|はりがみ|張り紙|貼り紙|はりかみ|てがみ|手紙|ふん|糞|どろ|泥|たばこ|タバコ"
                r"|すいがら|吸い殻)"
                r"(?:を|ば|も|が)?[^\n]{0,3}?(?:おい|置い|おか|置か|おきっぱ|置きっぱ|すて|捨て|なげ|投げ|はら|貼ら|はっ|貼っ|はられ"
                r"|貼られ|まか|撒か|まい|撒い|いれ|入れ)")
# ... at one's own home, car or field (うちの玄関先, 家の前へ, うぢの田んぼさ).
OWN_HOME = (r"(?:うち|うぢ|いえ|家|じたく|自宅|げんかん|玄関|にわ|庭|たんぼ|田んぼ|はたけ|畑|くるま|車"
            r"|ぽすと|ポスト|べらんだ|ベランダ|まど|窓|もん|門)")
SEEN_OFTEN = (RECURRING + r"|(?:まいかい|毎回|いつも|ここなんにち|ここ何日|ここすうじつ|ここ数日|なんにちも|何日も"
              r"|さいきんずっと|最近ずっと)")
# ... with fear, persistence, lurking or watching (ずっとこっち見てる) in the message, as every #9110 of the kind has
PARTNER_FEARED = (UNWELCOME + "|" + SEEN_OFTEN + r"|まちぶせ|待ち伏せ|うろ|おしかけ|押しかけ|みはっ|見張"
                  r"|ずっと[^\n]{0,6}?(?:みて|見て|こっち)")


def line_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied (the #7119 markers first)."""
    return (
        *line_marker_rules(),
        *threshold_rules(),
        # --- 110 ---
        rule("suicide_threat", "police",
             DEATH_WISH + r"(?:って|と|っていって|といって|っていう)[^\n]{0,30}?" + DANGEROUS_PLACE
             + "|" + DANGEROUS_PLACE + r"(?:に|で|から|さ)[^\n]{0,20}?" + DEATH_WISH
             # round 21: the writer's own wish, then where they are (もう しにたい いま はしの うえに いる): every
             # wish to die of the set is 110 (15 of 15)
             + "|" + DEATH_WISH + r"(?!くらい|ぐらい|ほど)[^\n]{0,12}?" + DANGEROUS_PLACE
             + r"(?:の)?(?:うえ|上|まえ|前)?(?:に|さ|で)?(?:いる|いま|おる|おり|たって|立って|きた|来た)",
             unless=HYPERBOLE + "|" + JUMP_FOR_FUN),
        rule("road_danger", "police",
             ROAD_BLOCKERS + r"(?:が|さ)?[^\n]{0,4}?(?:たおれ|倒れ|ふさい|塞い|ふさが|塞が|くずれ|崩れ|ころが|転が)"
             rf"[^\n]{{0,10}}?(?:くるま|車|とおれ|通れ|だれも)(?:が|も)?[^\n]{{0,2}}?(?:とおれ|通れ|すすめ|進め|とまっ|止まっ){NEG}?"
             # round 20: a fallen tree named as one word (道路に倒木があって車が通れなくて), cars unable to pass
             rf"|(?:とうぼく|倒木|らくせき|落石)(?:が|で|さ)?[^\n]{{0,8}}?(?:くるま|車)(?:が|も)?[^\n]{{0,2}}?(?:とおれ|通れ){NEG}",
             needs=ROAD_WORDS, unless=r"しょうめい|ほけん|証明|保険|かたづけ|片付け|てっきょ|撤去|きのう|昨日"
                                      r"|きょねん|去年"),
        # --- #9110 (110 when it happens now) ---
        rule("repeated_contact", "stalking",
             r"から[^\n]{0,8}?" + RECURRING + r"[^\n]{0,16}?" + CONTACT
             + "|" + RECURRING + r"[^\n]{0,6}?(?:へんな|変な|あやしい|怪しい|むごん|無言|しらない|知らない)" + CONTACT
             # round 20: the sender named between (まいにちしらないおとこからてがみがくる, 毎日知らねえ番号がら電話きて)
             + "|" + RECURRING + r"[^\n]{0,12}?(?:から|がら)[^\n]{0,4}?" + CONTACT
             + "|" + CONTACT + r"(?:が)?[^\n]{0,6}?" + RECURRING
             # ... also "like crazy" (毎日鬼のように来る)
             + r"(?:[^\n]{0,4}?(?:のように|みたいに))?(?:の)?(?:よう)?(?:に)?[^\n]{0,2}?"
             r"(?:く|き|来|とど|届|はい|入|かかって(?:く|き))",
             needs=UNWELCOME, unless=r"しょうひん|商品|ちゅうもん|注文|せーる|セール|こうこく|広告|めーるまがじん"
                                     r"|メルマガ|たのしみ|楽しみ|うれしい|嬉しい"),
        # round 21: things left or thrown at one's home by a neighbour again and again
        rule("neighbour_harassment", "stalking",
             NEIGHBOUR + r"[^\n]{0,30}?" + OWN_HOME + r"[^\n]{0,12}?" + LEFT_AT_HOME,
             needs=SEEN_OFTEN + r"|なんしゅうかん|何週間|なんかげつ|何か月|何ヶ月|ずっと|たびたび|しょっちゅう",
             unless=r"ありがと|たすか|助か|かいらんばん|回覧板|ごみすてば|ゴミ捨て場|ごみしゅうしゅう|ゴミ収集|ぶんべつ|分別"),
        # round 21: contact or a visit from a former partner (離婚した夫から…メッセージが届く)
        # (round 22: the fear or persistence is in the pattern, either side of the contact, not a ``needs`` guard: a
        # guarded match silences the classifiers, which gave 110 to 別れだ男が今、家の前さ来てで、ずっとこっち見でんの)
        rule("former_partner", "stalking",
             r"(?:^|\n)(?=[^\n]*?(?:" + PARTNER_FEARED + r"))[^\n]*?(?:" + FORMER_PARTNER + r")[^\n]{0,40}?"
             + FROM_PARTNER,
             unless=PARTNER_MATTERS),
        rule("knows_whereabouts", "stalking",
             WHEREABOUTS + r"(?:を|も|は|まで)?[^\n]{0,8}?" + KNOWS
             + r"(?:ぞ|から(?:な|ね)|から[」』]?(?:と|って)|んだ(?:ぞ|から)"
             r"|(?:と|って|という|っていう)[^\n]{0,4}?" + CONTACT
             + r"|(?:っぽい|みたい|らしい))",
             unless=r"しやくしょ|市役所|くやくしょ|区役所|ゆうびん|郵便局|ぎんこう|銀行|がっこうの先生"),
        # round 20: someone unwelcome turning up again and again where one lives or works (まえのかれしがまいにち
        # いえのまえにいる, 別れた彼女が毎回店の外に立ってる, ここ何日か見慣れない車が家の向かいに停まって)
        rule("unwelcome_presence", "stalking",
             "(?:" + SEEN_OFTEN + r")[^\n]{0,24}?" + OWN_PLACE + r"(?:に|で|を|さ|へ)?[^\n]{0,8}?" + LURKING
             + "|" + OWN_PLACE + r"(?:に|で|を|さ|へ)?[^\n]{0,4}?(?:" + SEEN_OFTEN + r")[^\n]{0,16}?" + LURKING,
             # ... or a crowd making a row there night after night (毎晩うぢの前さ車停めで騒いでんだ; blind28b)
             needs=UNWELCOME + r"|さわいで|騒いで|さわいでん|騒いでん|たむろ|屯",
             unless=ANIMAL + r"|はいたつ|配達|ゆうびん|郵便|たくはい|宅配|しやくしょ|市役所"),
        # threats to expose (写真ばらすって, 住所さらすぞ, 家族にばらす)
        rule("threat", "stalking",
             r"(?:ばらす|ばらさ|さらす|さらさ|晒す|晒さ)(?:ぞ|って|と|ぜ|からな|よ)",
             unless=r"どらま|ドラマ|にゅーす|ニュース|げーむ|ゲーム|" + COMIC),
        # threats in writing (脅迫めいた手紙, 脅しの電話)
        rule("threat", "stalking",
             r"(?:きょうはく|脅迫|おどし|脅し)(?:めいた|の|じょう|状|っぽい)?[^\n]{0,4}?" + CONTACT,
             unless=r"さぎ|詐欺|くんれん|訓練|どらま|ドラマ|にゅーす|ニュース"),
        # one's home or workplace photographed and sent (別れた彼から新しい職場の写真が送られてきた)
        rule("home_photographed", "stalking",
             r"(?:いえ|家|うち|じたく|自宅|へや|部屋|げんかん|玄関|しょくば|職場|かいしゃ|会社|がっこう|学校|わたし|私)"
             r"(?:の)?[^\n]{0,4}?(?:しゃしん|写真|どうが|動画)(?:を|が)?[^\n]{0,4}?"
             r"(?:おくられ|送られ|とどい|届い|のせられ|載せられ|さらされ|晒され|あげられ|上げられ)",
             needs=STRANGER + "|" + EX_PARTNER + r"|だれか|誰か|から",
             unless=r"ともだち|友達|友だち|かぞく|家族|しゃしんかん|写真館|ふどうさん|不動産|ぎょうしゃ|業者|しやくしょ|市役所"),
        rule("stalking", "stalking",
             r"(?:おなじ|同じ)(?:だんせい|男性|じょせい|女性|ひとかげ|人影)(?:が)?[^\n]{0,12}?(?:たって|立って|とま|止ま|いる"
             r"|うろ|みて|見て|まって|待って|ついて|付いて)"),
        # --- 188 ---
        rule("unordered_goods", "consumer",
             r"(?:かってに|勝手に|いきなり)[^\n]{0,4}?(?:おくられ|送られ|おくりつけ|送りつけ|送り付け|とどい|届い|とどけられ|届けられ)"
             r"|おくりつけ|送りつけ|送り付け"
             rf"|(?:たのんで|頼んで|ちゅうもんして|注文して|かって|買って)(?:も)?(?:い)?{NEG}[^\n]{{0,10}}?" + GOODS
             + r"|(?:ちゅうもん|注文|たのんだ|頼んだ|かった|買った)(?:した)?(?:おぼえ|覚え)(?:の|が)(?:ない|ねえ"
               r"|ありません)[^\n]{0,10}?"
             + GOODS,
             needs=PAYMENT_DEMAND + "|" + GOODS),
        rule("overcharged", "consumer",
             r"(?:みつもり|見積もり|見積り|見積)(?:の)?[^\n]{0,6}?(?:ばい|倍|いじょう|以上|よりたか|より高|とちが|と違)"
             r"[^\n]{0,10}?(?:せいきゅう|請求|はらえ|払え|とられ|取られ)"),
        rule("forced_contract", "consumer",
             r"(?:けいやく|契約|ろーん|ローン|しょめい|署名|はんこ|判子)(?:を)?(?:させられ|させらっ|させらえ|させらい|くまされ|組まされ"
             r"|おさせられ|おされ|押され|かかされ|書かされ)"),
        # pressure selling and what was done without asking (契約を迫ってくる, 強引に持って行かれた, 勝手に課金)
        rule("pressure_selling", "consumer",
             r"(?:けいやく|契約|こうにゅう|購入|かいとり|買い取り)(?:を)?(?:せま|迫)"
             r"|(?:ごういんに|強引に|むりやり|無理やり)[^\n]{0,12}?(?:けいやく|契約|かわされ|買わされ|もって(?:いか|行か)|持って(?:いか|行か)"
             r"|かいと|買い取|うられ|売られ|つけられ|付けられ)"
             r"|(?:かってに|勝手に)[^\n]{0,10}?(?:けいやく|契約|かきん|課金|もうしこ|申し込)"
             # ... or not asked for (頼んでいないオプションがつけられて: 11 of 11 such phrases are 188; blind28b)
             r"|(?:いらない|ふような|不要な|つかいみちのない|使い道のない|ひつようのない|必要のない"
             r"|(?:たのんで|頼んで|もうしこんで|申し込んで)(?:も)?(?:い)?(?:ない|ねえ))[^\n]{0,12}?(?:つけられ|付けられ"
             r"|かわされ|買わされ|かって|買って|けいやく|契約)",
             needs=r"ぎょうしゃ|業者|えいぎょう|営業|てんいん|店員|しょっぷ|ショップ|けいやく|契約|かんゆう|勧誘|ほうもん|訪問"
                   r"|おぷしょん|オプション|かきん|課金|かいとり|買い取|はんばい|販売|きた|来た",
             unless=r"さぎ|詐欺"),
        rule("debits_after_cancelling", "consumer",
             r"(?:かいやく|解約|たいかい|退会|きゃんせる|キャンセル)[^\n]{0,30}?" + DEBIT
             + r"(?:つづけ|続け|つづい|続い|てる|ている|たまま|っぱなし)"
             r"|(?:かいやく|解約|たいかい|退会)(?:した|したい|できない|させてくれない)(?:のに|けど)"
             r"[^\n]{0,20}?" + DEBIT),
        # --- 119 ---
        rule("cyanosis", "medical",
             r"(?:くちびる|唇|かお|顔|つめ|爪)(?:が|も)?[^\n]{0,4}?(?:あおっぽ|青っぽ|あおく|青く|あおい|青い|むらさき|紫)",
             needs=PEOPLE + r"|ぐったり|いき|息|ない|ねえ",
             # (a bruise after a knock or a pinch: 車のドアに指を挟んでしまい、爪が紫色に; round 42, blind43a, #8000)
             unless=r"ぷーる|プール|さむ|寒|うみ|海|みずあそび|水遊び|およい|泳い|あざ|痣|ぶつけ|打っ|けしょう|化粧"
                    r"|(?<!と)はさ(?:ん|ま|み)|挟|うちつけ|打ち付け|(?:を|が)(?:おとし|落とし)"
                    r"|くちべに|口紅"
                    r"|いろ(?:を|の)|色(?:を|の)|ぬっ|塗っ|ぺん|ペン|えのぐ|絵の具|すいえい|水泳"
                    # (pale from motion sickness - 遠足のバスに酔って…顔色が青いまま; round 46, blind47a, #7119)
                    r"|" + MOTION_SICK + r"|よいどめ|酔い止め"),
        # the Tohoku 倒っちぇ (倒れて); not "if I fell" (倒っちまったら)
        rule("collapsed", "medical", r"(?:たおっち|倒っち)(?:え|ゃ|や)(?!(?:っ)?たら)"),
        # buried: an avalanche or a landslide, and a person not found (or only their things)
        rule("buried", "medical",
             r"(?:なだれ|雪崩|どしゃ|土砂|がれき|瓦礫)[^\n]{0,40}?(?:だけ(?:が)?(?:みつか|見つか|のこ|残)|(?:みつから|見つから"
             r"|みあたら|見当たら)(?:な|ね|ず)|(?:いな|いね)(?:い|く))",
             needs=PEOPLE, unless=r"にゅーす|ニュース|てれび|テレビ|くんれん|訓練|きょねん|去年"),
        # --- disaster ---
        rule("disaster_warning", "disaster",
             r"(?:おおゆき|大雪|ぼうふう|暴風|おおあめ|大雨|こうずい|洪水|たかしお|高潮|ぼうふうせつ|暴風雪|ふぶき|吹雪|なだれ|雪崩)"
             r"(?:の)?(?:けいほう|警報|ちゅういほう|注意報)"
             r"|(?:たいふう|台風|おおあめ|大雨|おおゆき|大雪|じしん|地震|ぼうふう|暴風)[^\n]{0,12}?(?:ていでん|停電)"),
        # round 18: a river rising to a bridge or widening, roads turned into a lake, an earthquake bulletin or its
        # intensity asked about, the town's loudspeaker not heard, a stream that stopped or a hill that creaks
        rule("river_rising", "disaster",
             r"(?:はしげた|橋げた|橋桁|はし|橋)(?:の)?(?:すぐ)?(?:した|下)(?:まで)(?:き|来|せま|迫)"
             r"|(?:はしげた|橋げた|橋桁|はし|橋)(?:の)?(?:すぐ)?(?:した|下)(?:が|に)?[^\n]{0,8}?(?:みず|水)(?:に|が)?[^\n]{0,4}?"
             r"(?:とど|届|つき|着き|く|き|来)"
             r"|(?:かわ|川)[^\n]{0,12}?(?:いつもの)?(?:ばい|倍)(?:くらい|ぐらい|ほど)?(?:の)?(?:はば|幅|たかさ|高さ)"
             r"|(?:どうろ|道路|みち|道|たんぼ|田んぼ|はたけ|畑)(?:が)?[^\n]{0,4}?(?:みずうみ|湖|うみ|海|かわ|川)(?:みたい|のよう)"
             # (water swallowing a field, a road or a ballpark by the river; coordinator, round 46, blind44a)
             r"|" + WATER_ENGULFS_PLACE,
             unless=r"きょねん|去年|むかし|昔|にゅーす|ニュース|てれび|テレビ|しゃしん|写真"),
        rule("disaster_warning", "disaster",
             r"(?:じしん|地震)(?:の)?(?:そくほう|速報)|(?:しんど|震度)[^\n]{0,12}?(?:いくつ|なん|何)",
             unless=r"てすと|テスト|くんれん|訓練|ためし|試し"),
        # the loudspeaker not heard while it rains or the river rises (not how to hear it again some other day)
        rule("disaster_warning", "disaster",
             r"(?:ちょうないほうそう|町内放送|ほうそう|放送)[^\n]{0,20}?(?:ききとれ|聞き取れ|きこえ|聞こえ)(?:な|ね|ませ)",
             needs=r"あめ|雨|かわ|川|たいふう|台風|じしん|地震|けいほう|警報|さいれん|サイレン|ひなん|避難|いま|今",
             unless=r"てすと|テスト|くんれん|訓練|ためし|試し|あとから|後から|あとで|後で"),
        rule("landslide_sign", "disaster",
             r"(?:さわ|沢|わきみず|湧き水)(?:の)?(?:みず|水)?(?:が)?[^\n]{0,4}?(?:とまっ|止まっ|にごっ|濁っ|へっ|減っ)"
             r"|(?:さわ|沢)の(?:おと|音)(?:が)?[^\n]{0,8}?(?:ちが|違|へん|変|おかし|すご)"
             r"|(?:き|木)(?:が)?[^\n]{0,3}?(?:めりめり|メリメリ|ばきばき|バキバキ)(?:と)?(?:なっ|鳴っ|いっ|おと|音)",
             needs=r"うらやま|裏山|やま|山|がけ|崖|さわ|沢|あめ|雨"),
        rule("landslide_sign", "disaster",
             r"(?:がけ|崖|しゃめん|斜面|うらやま|裏山|やま|山)[^\n]{0,20}?(?:(?:つち|土)(?:の)?(?:におい|匂い|臭い|にほい)"
             r"|(?:こいし|小石|いし|石)(?:が)?[^\n]{0,6}?(?:ぱらぱら|ころころ|おちて|落ちて|ころがっ|転がっ))"),
    )
