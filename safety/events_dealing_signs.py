"""Threats, watching and bad deals told by what was said or done (round 17, see docs/safety.md "Round 17"): the
advice lines the earlier rules missed.

- #9110 (110 when it is happening now): a veiled threat (何するかわからないって言われて), a camera pointed at one or a
  photo of one's home left in the post box, one's name, workplace or photo posted online (掲示板に名前と勤め先が
  書き込まれて).
- #9110 (round 18): a threat to expose one's address, name or photos (住所さらすぞ), a note of one's own movements left
  in the post box, being followed by the same person (同じ男に何日もつけられてる), walked after from behind (後ろを
  歩いてきて: 110 with a "now" cue), a caller posing as a relative or an office (Tohoku 息子語る電話: 騙る).
- 188 (round 18): something counterfeit bought (買った財布が偽物), a "free" app or service that charged
  (無料のはずのアプリで月980円引かれてた), goods bought up at the door (買い取る, any form).
- 188: a refund or cancellation the trader refuses (返品したいのに業者が応じない, 業者さ断られだ), a contract found
  stamped (気づいたら契約書にはんこを押していて), goods bought up cheaply at the door (貴金属を買い取りますと…指輪を安く
  持って行かれ), a bill multiplied after the work (終わってから倍の金額を請求された).
"""

from __future__ import annotations

from safety.events_boundary_signs import boundary_sign_rules
from safety.rule import SCAM_WARNING, Rule, rule
from safety.vocabulary import NEG

# A threat left vague: what they might do (何するかわからない, どうなっても知らない).
VEILED = (r"(?:なにするか|何するか|なにをするか|何をするか|なにされるか|何されるか|どうなるか|どうなっても)"
          # (round 23: also "you know what happens", 辞めたらどうなるかわかってるよな)
          r"(?:わから|わかん|分から|しら|知ら|(?:わかって|分かって)(?:る|いる|ん|ます))")
SAID = r"(?:いわれ|言われ|って|と(?:いって|言って|おどさ|脅さ)|(?:めーる|メール|めっせーじ|メッセージ)(?:が|で))"
# One's home, one's self, one's child as what is photographed.
OWN = r"(?:うち|家|いえ|じたく|自宅|わたし|私|じぶん|自分|こども|子ども|子供|むすめ|娘|まご|孫)"
ONLINE = (r"(?:けいじばん|掲示板|ねっと|ネット|えすえぬえす|sns|SNS|いんたーねっと|インターネット|さいと|サイト|ぶろぐ"
    r"|ブログ"
          r"|ついったー|ツイッター|いんすた|インスタ)")
PERSONAL = (r"(?:なまえ|名前|じつめい|実名|じゅうしょ|住所|つとめさき|勤め先|しょくば|職場|かいしゃ|会社|がっこう|学校"
    r"|しゃしん|写真"
            r"|かお|顔|でんわばんごう|電話番号|わるぐち|悪口)")
POSTED = (r"(?:かきこまれ|書き込まれ|かかれ|書かれ|さらされ|晒され|のせられ|載せられ|あげられ|上げられ|とうこうされ"
    r"|投稿され"
          r"|ひろめられ|広められ|ひろまって|広まって)")
# A refund, a return or a cancellation...
UNDO = (r"(?:へんぴん|返品|へんきん|返金|かいやく|解約|くーりんぐおふ|クーリングオフ|とりけし|取り消し|きゃんせる"
    r"|キャンセル"
        r"|かえしたい|返したい)")
# The money paid, asked back from a trader (おみせが おかねを かえしてくれない; coordinator, round 46, wide48b) - with
# the trader named only: a friend's or a son's loan not paid back is no consumer matter.
MONEY_BACK = r"(?:おかね|お金|だいきん|代金)(?:を|は|も|ば)?(?:かえ|返)(?=して|さ)"
# ... that the trader will not grant.
REFUSED = (r"(?:(?:おうじ|応じ|うけつけ|受け付け|みとめ|認め|とりあ|取り合)(?:っ)?(?:て)?(?:くれ|もらえ)?" + NEG
           + r"|ことわられ|断られ|きょひ|拒否|(?:して|やって)(?:くれ|もらえ)" + NEG + ")")
TRADER = (r"(?:ぎょうしゃ|業者|みせ|店|はんばいいん|販売員|えいぎょう|営業|かいしゃ|会社|てんいん|店員|せーるす"
    r"|セールス"
          r"|むこう|向こう|あいて|相手)")


# What one does not want spread (住所さらすぞ, 写真ばらまくって).
EXPOSABLE = (r"(?:じゅうしょ|住所|なまえ|名前|かお|顔|しゃしん|写真|どうが|動画|でんわばんごう|電話番号|ひみつ|秘密"
             r"|こじんじょうほう|個人情報)")
EXPOSE = (r"(?:さらす|晒す|さらして|晒して|ばらす|ばらして|ばらまく|ばら撒く|ばらまいて|ひろめる|広める"
          r"|ねっとに|ネットに)")
# One's own day, written down by someone else.
MOVEMENTS = r"(?:こうどう|行動|よてい|予定|うごき|動き|いきさき|行き先|ふくそう|服装)"
NOTE = r"(?:めも|メモ|てがみ|手紙|かみ|紙|ふうとう|封筒)"
LEFT_FOR_ONE = (r"ゆうびんうけ|郵便受け|ぽすと|ポスト|どあ|ドア|げんかん|玄関|はいって|入って|おかれ|置かれ|とどい|届い"
                r"|はさま|挟ま")
# Someone posed as (騙る; Tohoku 語る): a relative or an office - not a barrel once devoiced, 息子が樽の味噌を read
# むすこかたるの (round 56, wide58b): 騙る comes before a noun or a verb, not a particle.
POSED_AS = (r"(?:むすこ|息子|むすめ|娘|まご|孫|おい|甥|けいさつ|警察|ぎんこう|銀行|しやくしょ|市役所|やくば"
            r"|役場)(?:の(?:なまえ|名前|な|名))?(?:を)?"
            r"(?:かたる|語る|騙る|かたって|語って|騙って|かたった|語った|騙った|かたり|騙り)(?!の|に|を|で|から)")
# Something bought that turned out counterfeit.
COUNTERFEIT = r"(?:にせもの|偽物|ニセモノ|ぱちもん|パチモン|こぴーひん|コピー品)"
BOUGHT = (r"(?:かった|買った|ちゅうもんした|注文した|らくさつした|落札した|とどいた|届いた|こうにゅうした|購入した"
          r"|ふりま|フリマ|つうはん|通販)")
# Paid for, and never delivered (代金を振り込んだのに届きません).
# (round 43: also a bare 金, Tohoku speech's 金振り込んだのに - not the 金 of 年金, 税金, 返金, 給付金...)
PAID = (r"(?:だいきん|代金|おかね|お金|りょうきん|料金"
        r"|(?<![年料税賃代現預貯基献罰礼借資送入出集返補助給奨])金)(?:を|も|っこ)?[^\n]{0,4}?"
        r"(?:ふりこ|振り込|はらっ|払っ|しはらっ|支払っ)")
# (round 43: also Tohoku 来ねえ as written: いづまでたっても来ねえのっしゃ)
NOT_DELIVERED = (r"(?:とどか|届か|おくってこ|送ってこ)(?:ない|ねえ|ね|ず)|(?:とどき|届き)ません"
                 r"|(?:き|来)(?:ません|ない)|来(?:ねえ|ね)")
# A bill for something one does not know or use (しらない せいきゅうしょ, 使ってないサイトの請求書).
# Round 21: also a charge or withdrawal (知らない引き落とし, 覚えのない課金): every phrase of the set with a bill,
# a charge or a withdrawal not recognised is 188 (31 of 31).
# (round 22: also 買ってない, 注文してない - kana かってない not after わ: every bill for goods not bought, 2 of 2,
# is 188)
UNKNOWN_BILL = (r"(?:しらない|知らない|つかってない|使ってない|つかっていない|使っていない|たのんでない|頼んでない"
                r"|(?<!わ)かってない|買ってない|ちゅうもんしてない|注文してない"
                r"|おぼえのない|覚えのない)(?:[^\n]{0,8}?(?:せいきゅう|請求)"
                r"|(?:(?!ひと|人)[^\n]){0,8}?(?:ひきおとし|引き落とし|引落し|かきん|課金))")
# Charged for what was said to be free.
CHARGED = (r"(?:えん|円|かきん|課金|ひかれ|引かれ|ひきおと|引き落と|せいきゅう|請求|とられ|取られ)")


# What an inspection visit sold: work, a contract, a bill, a purchase.
INSPECTION_SOLD = (r"(?:こうじ|工事|けいやく|契約|せいきゅう|請求|かわされ|買わされ|うられ|売られ|こうがく|高額"
                   r"|まんえん|万円|はんこ|ハンコ|判子|しゅうり(?:を|の|だい|代|ひ|費)|修理(?:を|の|代|費)|こうかん(?:を|の|だい|代|ひ|費)"
                   r"|交換(?:を|の|代|費)"
                   # a new one fitted unasked (勝手に新しいの付けらっちゃ; round 35: 5 phrases of the set with an
                   # inspection and work done unasked, 4 other writers, all 188)
                   r"|(?:かってに|勝手に)[^\n]{0,10}?(?:つけ|付け|とりつけ|取り付け|こうかん|交換))")
# ... by someone who came (業者, 来た, 参りまして, 訪ねて).
VISITOR_TRADER = r"ぎょうしゃ|業者|(?:き|来)(?:た|て|ま)|まいり|参り|たずね|訪ね|おとずれ|訪れ"

# Something bought or signed for, then undone or wanted undone (展示会で買いました羽毛布団…返すことはできますでしょうか,
# 説明会で勧められて契約した浄水器を解約したい, 行商の人がら買った布団、高すぎで返してえ): round 22 - every phrase of
# the set with a purchase or a contract and a return, a cancellation or "I want to stop" is 188 (32 of 32).
PURCHASED = (r"(?:(?<=[でをにがらの])かった|買った|買いまし|買え(?:た|まし)|(?:かわ|買わ)され"
             # (round 47: and the て form before the undoing - 布団を高額で購入して、キャンセルしたい; B54's typed gap)
             r"|(?:けいやく|契約|こうにゅう|購入)(?:し|いたし)(?:た|まし|て(?!(?:い|お)?(?:ない|ません|ねえ)))|(?:もうしこ|申し込)(?:ん|み)(?:だ|まし)"
             # round 23: agreed to on the phone or at the door (よくわかんないままOKしちゃった、キャンセルしたい)
             r"|(?:ok|おっけ|おけ|しょうだく|承諾|りょうしょう|了承)(?:し)(?:ちゃ|た|まし|てしま))")
# A price agreed as all-in or free (修理代込みって話, 無料って言われた, 送料込みと書いてあった), then charged apart
# (別に請求された, 追加で取られた, 払えと言われた): a trader's dispute for 188 (round 44, blind45a's used farm
# machine).
AGREED_INCLUDED = (r"(?:こみ|込み|むりょう|無料|ただ|タダ|さーびす|サービス|ふくまれ|含まれ|ふくむ|含む"
                   r"|ぜろえん|0円|〇円)"
                   r"(?:です|だ)?(?:って|と|という)(?:いう)?(?:はなし|話|いわれ|言われ|きい|聞い|きき|聞き|せつめい|説明"
                   r"|かいて|書いて|いって|言って|やくそく|約束)")
CHARGED_APART = (r"(?:べつ|別|ついか|追加|あと|後)(?:に|で|から)?(?:[^\n]{0,6}?)"
                 r"(?:せいきゅう|請求|とられ|取られ|はらえ|払え"
                 r"|はらわされ|払わされ|りょうきん|料金|だいきん|代金|ひよう|費用)"
                 r"|(?:せいきゅう|請求)(?:され|が(?:き|来))|(?:はらえ|払え)(?:と|って)|(?:とられ|取られ)")
UNDONE = (UNDO + r"|(?:やめ|止め)(?:たい|たく|られ|らい|らえ)|(?:かえ|返)(?:せ(?:る|ま)|して(?:え|ほし|もらえ)|すこと)"
          r"|(?:とりけ|取り消)(?:し|せ)")


def dealing_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- #9110 ---
        rule("threatened", "stalking", VEILED + r"[^\n]{0,6}?" + SAID, has_negation=True),
        rule("watched", "stalking",
             r"(?:かめら|カメラ|すまほ|スマホ|れんず|レンズ)(?:を)?(?:むけ|向け)られ"
             r"|" + OWN + r"の(?:しゃしん|写真)(?:が|を)?[^\n]{0,8}?(?:はいって|入って|はいってい|入ってい|とどい|届い"
             r"|おかれ|置かれ"
             r"|いれられ|入れられ|おくられ|送られ)",
             unless=SCAM_WARNING + r"|しゃしんかん|写真館|ねんがじょう|年賀状|かぞく|家族|ともだち|友達|友だち"),
        rule("posted_online", "stalking",
             ONLINE + r"[^\n]{0,12}?" + PERSONAL + r"[^\n]{0,16}?" + POSTED
             # ... or told what first (むすめの しゃしんが かってに ねっとに のせられてる; blind30b)
             + r"|" + PERSONAL + r"(?:が|を|も)?[^\n]{0,8}?" + ONLINE + r"(?:に|へ|で|さ)?[^\n]{0,6}?" + POSTED,
             unless=SCAM_WARNING + r"|しょうかい|紹介|けいさい(?:きぼう|したい)|ごうかく|合格|ひょうしょう|表彰"),
        # round 18
        rule("threat", "stalking", EXPOSABLE + r"(?:を|も)?[^\n]{0,3}?" + EXPOSE + r"(?:ぞ|から|って|と|よ)",
             unless=SCAM_WARNING),
        rule("movements_noted", "stalking",
             MOVEMENTS + r"(?:を|が)?[^\n]{0,6}?(?:かいた|書いた|かかれた|書かれた|しるした|記した|かいてある"
             r"|書いてある)[^\n]{0,4}?" + NOTE,
             needs=LEFT_FOR_ONE),
        rule("stalking", "stalking",
             r"(?:おなじ|同じ|しらない|知らない)(?:ひと|人|おとこ|男|おんな|女|くるま|車)に[^\n]{0,8}?(?:つけられ|つきまとわれ"
             r"|付きまとわれ|まちぶせされ|待ち伏せされ|みはられ|見張られ)"
             r"|(?:おとこ|男|ひと|人|だれか|誰か|やつ|くるま|車)(?:が)?[^\n]{0,8}?(?:うしろ|後ろ|あと|後)を[^\n]{0,6}?"
             r"(?:あるいて|歩いて|はしって|走って)(?:く|き)",
             unless=r"ねこ|猫|いぬ|犬"),
        rule("scam", "scam", POSED_AS, unless=SCAM_WARNING + r"|ぼうし|防止|たいさく|対策"),
        # money sent or lent to someone met online (SNSで知り合った人に頼まれてお金を送った; 6 of 6 such phrases of the
        # set are #9110; blind30a)
        rule("scam", "scam",
             r"(?:しりあった|知り合った|であった|出会った)(?:ひと|人|あいて|相手|おとこ|男|おんな|女|かた|方)?(?:に|から)"
             r"[^\n]{0,8}?(?:おかね|お金|げんきん|現金|かね|金)(?:を)?[^\n]{0,4}?"
             r"(?:おくっ|送っ|おくり|送り|ふりこ|振り込|かし|貸し|わたし|渡し|そうきん|送金)",
             unless=SCAM_WARNING),
        # pay or it gets spread (金払わねえとばらまぐって)
        rule("threat", "stalking",
             r"(?:はらわ|払わ|よこさ|おくら|送ら)(?:ない|ねえ|ね|なきゃ)(?:と|ば)?[^\n]{0,6}?" + EXPOSE,
             unless=SCAM_WARNING),
        # --- 188 ---
        rule("paid_not_delivered", "consumer", PAID + r"[^\n]{0,24}?(?:" + NOT_DELIVERED + ")",
             unless=SCAM_WARNING + r"|ぎふ|義父|ほけん|保険|ねんきん|年金|きゅうふ|給付"),
        rule("unknown_bill", "consumer", UNKNOWN_BILL, unless=SCAM_WARNING),
        rule("counterfeit_bought", "consumer",
             BOUGHT + r"[^\n]{0,24}?" + COUNTERFEIT, unless=SCAM_WARNING + r"|かもしれないから|きをつけ"),
        rule("charged_for_free", "consumer",
             r"(?:むりょう|無料)(?:の)?(?:はず|だと|って|と(?:いわれ|言われ|おもっ|思っ|きい|聞い)|のつもり)[^\n]{0,24}?"
             + CHARGED),
        rule("refund_refused", "consumer",
             UNDO + r"[^\n]{0,30}?" + REFUSED + "|" + TRADER + r"(?:が|に"
                 r"|さ)?[^\n]{0,10}?(?:" + UNDO + "|" + MONEY_BACK + r")[^\n]{0,10}?" + REFUSED,
             has_negation=True, unless=SCAM_WARNING),
        # round 22: registered by a click, then told to pay (ワンクリックで とうろく されて おかね はらえって
        # でてきた): every bill for a site of the set is 188 (15 of 15)
        rule("click_billing", "consumer",
             r"(?:わんくりっく|ワンクリック|(?:かってに|勝手に)?(?:とうろく|登録)(?:され|かんりょう|完了))[^\n]{0,30}?"
             r"(?:はらえ|払え|せいきゅう|請求|りょうきん|料金|(?<![0-9])[0-9,]+(?:えん|円))",
             needs=r"わんくりっく|ワンクリック|くりっく|クリック|かってに|勝手に|さいと|サイト|がめん|画面|でてき|出てき|ひょうじ|表示",
             unless=SCAM_WARNING + r"|じゅうみん|住民|いんかん|印鑑"),
        # round 22: bought "just once" and then billed or sent again (1回だけのつもりで買ったサプリが毎月届いて):
        # 12 of 12 such phrases of the set are 188
        rule("trial_trap", "consumer",
             r"(?:いっかい|1回|１回|一回|いちど|一度|おためし|お試し)(?:だけ)?(?:の)?つもり[^\n]{0,30}?"
             r"(?:とど|届|ひか|引か|ひきおと|引き落と|おち|落ち|まいつき|毎月|ていき|定期|せいきゅう|請求|かいやく|解約)",
             unless=SCAM_WARNING),
        rule("purchase_undone", "consumer", PURCHASED + r"[^\n]{0,40}?(?:" + UNDONE + ")",
             unless=SCAM_WARNING
             + r"|ちゅうし|中止|えんき|延期|ごみぶくろ|ゴミ袋|してい(?:ぶくろ|袋)|指定袋|きっぷ|切符"),
        # (round 49: not an inspection hatch, 点検口, てんけんこう - a duct's hatch glowing red; wide51b)
        # round 21: an inspection that became a sale (点検と申す業者が参りまして…工事を頼んでしまい、五十万円の請求書):
        # every phrase of the set with an inspection visit and work, a contract or a bill is 188 (22 of 22)
        rule("inspection_sale", "consumer",
             r"(?:てんけん|点検)(?!こう|ぐち|口)[^\n]{0,40}?" + INSPECTION_SOLD, needs=VISITOR_TRADER,
             unless=SCAM_WARNING),
        # round 23: repair or building work charged or contracted in tens of thousands of yen
        # (水道管の凍結修理…十分ほどの作業で八万円を請求されまして; 四十万円の交換を契約した): 9 of 9 phrases of the set
        # naming work and 万円 in one line are 188 - not a grant for the work asked about
        rule("work_charged", "consumer",
             # (also an amount without 円: 修理代15万って言われて, 20万請求された; 11 of 11 phrases of the set with a
             # repair or work and an amount in 万 are 188; blind25)
             r"(?:^|\n)(?=[^\n]*?(?:まんえん|万円|[0-9０-９一二三四五六七八九十百千]万(?!が|一)))(?=[^\n]*?(?:せいきゅう|請求|けいやく|契約|はらっ|払っ|はらわ|払わ"
             r"|たのん|頼ん|ぎょうしゃ|業者))[^\n]*?(?:しゅうり|修理|こうじ|工事|さぎょう|作業|こうかん|交換"
             # ... or a call-out (鍵開けてもらったら出張費で8万円って言われて払っちゃった; blind26b: an emergency
             # service's bill is a consumer matter, 188)
             r"|しゅっちょうひ|出張費|しゅっちょうりょう|出張料|かいじょう|解錠|(?:かぎ|鍵)(?:を)?(?:あけ|開け)|くじょ|駆除)",
             unless=SCAM_WARNING + r"|ほじょ|補助|じょせい|助成|しえん|支援|げんぜい|減税|こうじょ|控除"),
        rule("charged_beyond_agreed", "consumer",
             AGREED_INCLUDED + r"[^\n]{0,20}?(?:のに|けど|けれど|が)[^\n]{0,16}?(?:" + CHARGED_APART + ")",
             unless=SCAM_WARNING + r"|ほじょ|補助|じょせい|助成|ぜい|税|しやくしょ|市役所"),
        rule("contract_stamped", "consumer",
             # (also a loan's or a credit's papers: ローンの書類にサインしていた; blind26b)
             r"(?:けいやくしょ|契約書|もうしこみしょ|申込書|(?:ろーん|ローン|くれじっと|クレジット|ぶんかつ|分割)(?:の)?"
             r"(?:しょるい|書類|けいやく|契約|もうしこみ|申し?込み)?)[^\n]{0,8}?(?:はんこ|判子|ハンコ|いんかん|印鑑|さいん|サイン)(?:を)?"
             r"(?:おし|押し|おさ|押さ|し(?:て|た|ちゃ)|させ|さ(?:れ|せ))",
             needs=r"きづいたら|気づいたら|気付いたら|いつのまにか|いつの間にか|つもりが|まんえん|万円|させられ|むりやり|無理やり"
                   # ... only looking, and signed on the way out (見ていただけなのに、帰るときには)
                   r"|(?:みて|見て|きいて|聞いて)(?:い)?た?だけ(?:なのに|だった|のつもり)|(?:かえる|帰る)(?:とき|ころ|頃)には"
                   r"|きがついたら|気がついたら"),
        rule("bought_cheaply", "consumer",
             # (二束三文で, タダ同然で: for next to nothing; blind25)
             r"(?:かいと(?:り|る|って)|買い?取(?:り|る|って)|買取)[^\n]{0,40}?(?:やすく|安く|やすい|安い|にそくさんもん|二束三文"
             r"|ただどうぜん|タダ同然|ただみたい)[^\n]{0,12}?"
             r"(?:もっていかれ|持って行かれ|持っていかれ|もってかれ|持ってかれ|とられ|取られ|かいとられ|買い取られ|うって|売って"
             r"|うらされ|売らされ|わたし|渡し)"),
        rule("bill_multiplied", "consumer",
             r"(?:ばい|倍|にばい|二倍|さんばい|三倍|けた|桁)(?:の|も|いじょう|以上)?[^\n]{0,4}?(?:きんがく|金額|りょうきん|料金|だいきん|代金"
             # (round 37: 倍の値段で売られだ; a price multiplied: 4 other writers, all 188)
             r"|ねだん|値段|おかね|お金)?[^\n]{0,4}?(?:せいきゅう|請求|はらえ|払え|とられ|取られ|うられた|売られた|かわされ|買わされ)",
             unless=SCAM_WARNING),
        # ... or the other way round (届いた請求が聞いていた額の倍)
        rule("bill_multiplied", "consumer",
             r"(?:せいきゅう|請求)[^\n]{0,12}?(?:ばい|倍)(?:でござい|です|だった|で|に|も|$)",
             unless=SCAM_WARNING),
        # a contract entered on a sales call without understanding it (電気の契約変えませんかって電話が来て、よく
        # わからないまま入っちゃった; blind27b): 188, as a contract found signed
        rule("contract_unawares", "consumer",
             r"(?:わから|分から|わかん|わがん)(?:ない|ねえ|ず|ん)(?:まま|うちに)[^\n]{0,12}?"
             r"(?:けいやく|契約|はいっ|入っ|かにゅう|加入|もうしこ|申し込|さいん|サイン|はんこ|判子|ハンコ|のりかえ|乗り換え)",
             needs=r"けいやく|契約|かにゅう|加入|もうしこみ|申し込み|かんゆう|勧誘|ぷらん|プラン|のりかえ|乗り換え",
             unless=SCAM_WARNING),
        # round 25: the lines read broadly (safety.events_boundary_signs)
        *boundary_sign_rules(),
    )
