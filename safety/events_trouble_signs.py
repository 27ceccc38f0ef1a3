"""Non-emergency matters told by what happened rather than named: threats and repeated contact and money collected
at the door (#9110; 110 when happening now), consumer trouble (188: refunds refused, prepaid money lost, unwanted
deliveries, double debits), symptom forms (#7119/#8000: eyes, a belly held, a body hot to the touch, pain getting
worse) and disaster signs (water spreading over roads, stones rolling down a slope, people fleeing). Generalised from
the misses of `blind9` (round 10, see docs/safety.md)."""

from __future__ import annotations

from safety.rule import PEOPLE, SCAM_WARNING, Rule, rule
from safety.vocabulary import NEG
from safety.vocabulary_time import RECURRING_WORDS

# A death threat received in writing (「殺すぞ」とコメントされた, 殺してやるってDMが来た): a threat to ask the police
# about (#9110), not a killer at hand (110).
WRITTEN_DEATH_THREAT = (r"(?:ころすぞ|殺すぞ|ころしてやる|殺してやる|ぶっころす|ぶっ殺す)(?:って|と|という)?[^\n]{0,6}?"
                        r"(?:こめんと|コメント|かきこみ|書き込み|めーる|メール|でぃーえむ|dm|らいん|ライン|てがみ|手紙"
                        r"|めっせーじ|メッセージ|りぷ|リプ)")
# A death threat quoted as said to one (文句言ったら殺すぞって言われだ, 「殺してやる」と脅された): said and over, a
# threat to ask the police about (#9110; 110 when a "now" cue says it goes on) - every threat of the set quoted with
# ぞ/からな and then 言われ/脅され is #9110 (10 of 10, round 24); a killer heard at hand (殺すぞって怒鳴ってる,
# 殺してやるって言ってる) is not quoted as said to one and stays 110.
# Said again and again (何度も, 何回も, 毎日, しょっちゅう): a threat repeated is one to consult about.
SAID_AGAIN = (r"(?:なんど|何度|なんかい|何回|なんべん|何べん|何遍|まいにち|毎日|まいしゅう|毎週|まいばん|毎晩"
              r"|まいかい|毎回|しょっちゅう|いつも)(?:も|のように|みたいに)?")
# A kill threat on a condition (遅れたら殺す, 辞めたらぶっ殺す, 払わないと刺す): a threat hung over one, not an act now.
CONDITIONAL_KILL = r"(?:たら|なら|ないと|ねえと|なきゃ)(?:ぶっ)?(?:ころす|殺す|さす|刺す)"
DEATH_THREAT_WORDS = r"ころすぞ|殺すぞ|ころしてやる|殺してやる|ぶっころす|ぶっ殺す"
SAID_TO_ONE = (r"(?:ぞ|ぜ|よ|ー|からな|からね)*(?:って|と|っつって|っで|っていう)"
               # (round 51: or said again and again - 先週から何回も言われて, 何度も言われ: wide53b, #9110)
               r"(?:[^\n]{0,8}?" + SAID_AGAIN + r")?[^\n]{0,4}?"
               # (round 37: 殺すぞって怒鳴られだ; a quote then 怒鳴られ: 4 other writers, #9110 unless now)
               r"(?:いわれ|言われ|おどされ|脅され|どなられ|怒鳴られ)")

# A scam talked about to keep it away (詐欺防止の講座, 手口, 対策) or warned of: no scam happening.
SCAM_TALKED_ABOUT = r"ぼうし|防止|たいさく|対策|講座|せみなー|てぐち|手口|" + SCAM_WARNING

# Keeping scams away (round 19): so that they do not call or catch one (かかってこねえように, ひっかからないように),
# a device to fit (機械つけられっぺか), a leaflet or poster wanted: not a scam to report.
SCAM_PREVENTION = (r"(?:こない|こねえ|こね|あわない|あわねえ|ひっかからない|ひっかからねえ)(?:ように|よう|ため)"
                   r"|(?:きかい|機械|そうち|装置|でんわき|電話機)(?:を|さ)?(?:つけ|付け|とりつけ|取り付け)"
                   r"|(?:ちゅうい|注意)(?:の)?(?:ちらし|チラシ|ぽすたー|ポスター)|(?:ちらし|チラシ|ぽすたー|ポスター)(?:が|を)?"
                   r"(?:ほしい|欲しい)"
                   # a device against scam calls, lent by the city (詐欺の電話を防ぐ録音機、市で貸してくれる; blind21)
                   r"|(?:ふせぐ|防ぐ|ふせげる|防げる)(?:ための)?[^\n]{0,6}?(?:きかい|機械|そうち|装置|ろくおんき|録音機"
                   r"|でんわき|電話機)|(?:ろくおんき|録音機|そうち|装置)[^\n]{0,10}?(?:かして|貸して|かしだし|貸し出し"
                   r"|むりょう|無料)")


def trouble_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- police consultation (#9110; 110 when happening now) ---
        rule("threat", "stalking",
             r"(?:いえ|家|うち)(?:に|さ|まで|へ)?(?:いく|行く|いぐ|行ぐ|いって|行って)(?:ぞ|から(?:な|ね)?(?:って|と))"
             # ... on a condition (出ねえと家さ行ぐって, 払わないと家に行くと): a threat to come (round 19)
             r"|(?:ないと|ねえと|ねと|なければ|なきゃ|ねば)[^\n]{0,4}?(?:いえ|家|うち)(?:に|さ|まで|へ)?(?:いく|行く|いぐ|行ぐ)"
             r"(?:って|と)"
             # ... a death threat written to one (「殺すぞ」とコメントされた): to ask the police about (round 19)
             r"|" + WRITTEN_DEATH_THREAT + r"|(?:" + DEATH_THREAT_WORDS + ")" + SAID_TO_ONE
             # ... or on a condition (次に遅れたら殺す」と何度も言われ; round 51, wide53b)
             + r"|" + CONDITIONAL_KILL + SAID_TO_ONE
             + r"|(?:みている|見ている|みてる|見てる|しってる|知ってる|しっている|知っている)ぞ|おぼえてろ|覚えてろ"
             r"|(?:いまから|今から|これから)(?:いく|行く|いぐ|行ぐ|いって|行って)(?:ぞ|からな?)?(?:って|と)(?:でんわ|電話|めーる|メール"
             r"|らいん|line|いわれ|言われ|いって|言って)"
             r"|おぼえと(?:け|き)|覚えと(?:け|き)|おぼえておけ|覚えておけ|ただじゃおかな|ただじゃおかね|ただですむと"
             # told to leave or to die, photos to be spread (「出ていけ」って紙, 写真をばらまくって)
             r"|(?:でていけ|出ていけ|でてけ|出てけ|きえろ|消えろ|しね|死ね|ころす|殺す|ころしてやる|殺してやる)(?:って|と)(?:いう|言う|いわれ|言われ|かいた|書いた|かみ|紙"
             r"|てがみ|手紙|はりがみ|張り紙|貼り紙|らくがき|落書き|めーる|メール)"
             r"|(?:でていけ|出ていけ|でてけ|出てけ)(?:って|と)?[^\n]{0,3}?(?:かみ|紙|てがみ|手紙|はりがみ|張り紙|貼り紙)"
             # ... told to die again and again, among other words (ラインで死ねとか毎日言われてて, 「消えろ」なんて
             # 書かれてる; round 45, blind46b: bullying is for the police consultation line, #9110)
             r"|(?:死ね|(?:(?<![ぁ-ゖ一-龥])|(?<=[でにを]))しね|消えろ|きえろ|殺す|ころす|殺してやる|ころしてやる)(?:とか|なんて|なんか)"
             r"[^\n]{0,8}?(?:いわれ|言われ|かかれ|書かれ|おくられ|送られ|こめんとされ|コメントされ)"
             r"|(?:しゃしん|写真|どうが|動画)(?:を)?[^\n]{0,4}?(?:ばらま|ばら撒|さらす|晒す|さらして|晒して|ねっとに|ネットに)"),
        rule("stalking", "stalking",
             r"(?:おなじ|同じ)(?:ひと|人|だんせい|男性|じょせい|女性|おとこ|男|おんな|女|あいて|相手|ばんごう|番号)から[^\n]{0,12}?"
             r"(?:まいにち|毎日|なんども|何度も|なんかいも|何回も|しつこ|ずっと)"
             r"|(?<!てす)(?<!ます)(?<!もの)から[^\n]{0,6}?(?:まいにち|毎日|まいばん|毎晩|よなかに|夜中に)[^\n]{0,4}?"
             r"(?:なんども|何度も|なんかいも|何回も)"  # not a reason (消防署の近くなものですから; round 43)
             r"|うろつかれ|うろうろされ|まちぶせされ|待ち伏せされ|(?:あと|後)(?:を)?(?:つけ|付け)られ"),
        rule("scam", "scam",
             r"(?:こうざ|口座|かーど|カード|けいたい|携帯|こじんじょうほう|個人情報)(?:が)?[^\n]{0,6}?(?:はんざい|犯罪)に"
             r"(?:つかわれ|使われ|りよう|利用)"
             r"|(?:おかね|お金|かね|げんきん|現金|きゃっしゅかーど|キャッシュカード|かーど|カード)(?:を)?(?:とりに|取りに|うけとりに"
             r"|受け取りに|あずかりに|預かりに)(?:くる|来る|きます|来ます|うかが|伺|いく|行く)",
             unless=SCAM_TALKED_ABOUT),
        # round 11 (blind11): anonymous letters, the same car night after night, silent calls, being followed every
        # morning, an address found from photos; a caller naming themselves the police (kana, with って)
        rule("stalking", "stalking",
             r"(?:てがみ|手紙|ふうとう|封筒)[^\n]{0,12}?(?:なまえ|名前|さしだしにん|差出人)(?:も|が)?[^\n]{0,2}?(?:かいて|書いて|ない|なし)"
             r"|(?:さしだしにん|差出人|なまえ|名前)(?:の)?(?:なまえ|名前)?(?:も|が)?(?:ない|なし|かいてない|書いてない)[^\n]{0,4}?"
             r"(?:てがみ|手紙|ふうとう|封筒|はがき)"
             # ... or of a sender unknown (差出人不明の手紙; blind30b)
             r"|(?:さしだしにん|差出人)(?:が|の)?(?:ふめい|不明|わからない|分からない|わがらね)"
             r"|(?:おなじ|同じ)(?:[^\n]{1,3}?(?:い|の))?(?:くるま|車|ひと|人|おとこ|男|おんな|女)(?:の(?:ひと|人|こ|子))?(?:が)?[^\n]{0,12}?(?:とま|止ま|いる|うろ|みて|見て|まって|待って"
             r"|ついて|付いて|はしって|走って"
             # round 23: ... walking behind or standing (同じ男の人が少し離れて後ろを歩いていて, 毎朝立っていて): every
             # phrase of the set naming the same man or person walking or standing is a police line (9 of 9)
             r"|あるい|歩い|たって|立って)"
             # round 23: ... parked beside one's own car and watching
             # (同じ男が自分の車の隣に止めて、降りるとこっちをずっと見ている): 40 of 40 phrases of the set naming the
             # same man, person or car are a police line (#9110 27, 110 13)
             r"|(?:おなじ|同じ)(?:おとこ|男|おんな|女|だんせい|男性|じょせい|女性|ひと|人|くるま|車)(?:の(?:ひと|人))?(?:が)[^\n]{0,30}?(?:こっち|わたし|私|うち)(?:を|の(?:ほう|方)を)?"
             r"[^\n]{0,4}?(?:ずっと|じっと)?(?:みて|見て|みで|見で)"
             r"|(?:でると|出ると|とると|取ると)(?:すぐ)?(?:きれ|切れ)|むごんでんわ|無言電話|(?:むごん|無言)の(?:でんわ|電話)"
             r"|(?:まいあさ|毎朝|まいにち|毎日|まいばん|毎晩|いつも)[^\n]{0,8}?(?:つい|着い)て(?:く|来)[^\n]{0,4}?(?:きがす|気がす"
             r"|ようなきが|ような気が|みたい)"
             r"|(?:じゅうしょ|住所|いえ|家)(?:を|が)?[^\n]{0,4}?(?:しらべられ|調べられ|とくていされ|特定され|つきとめられ|突き止められ)",
             unless=r"ねこ|猫|いぬ|犬", has_negation=True),
        # round 22: a silent call told, again and again (出ると何も言わずに切れる。もう2週間: 17 of 17 silent calls
        # of the set are #9110, every one recurring; one call asked about, 間違い電話かな, is not one)
        rule("stalking", "stalking",
             r"(?:でると|出ると|でたら|出たら|とると|取ると)(?:なにも|何も|なんも)(?:いわ|言わ|しゃべら|喋ら)(?:ず|ない)(?:に|で)?"
             r"(?:きれ|切れ)",
             needs=RECURRING_WORDS + r"|しゅうかん|週間|かげつ|か月|ヶ月|ずっと|たびたび|しょっちゅう"),
        # round 22: shouted at or harassed again and again (隣の若え衆に…毎日怒鳴られで; 毎朝ゴミ出しのたびに
        # 怒鳴られる): 11 of 11 such phrases of the set are #9110 (the recurrence in the pattern, not a guard that
        # would silence the classifiers on a single quarrel)
        rule("harassed", "stalking",
             r"(?:^|\n)(?=[^\n]*?(?:" + RECURRING_WORDS
             + r"|たびに|ずっと|つづい|続い|なんしゅうかん|何週間|かげつ|か月))"
             r"[^\n]*?(?:どなられ|怒鳴られ|どなりこ(?!え)|怒鳴り込|いやがらせ|嫌がらせ)",
             unless=r"じょうし|上司|せんせい|先生|おや|親|ちち|父|はは|母|おっと|夫|つま|妻|" + SCAM_WARNING),
        rule("scam", "scam",
             r"(?:けいさつ|警察|しやくしょ|市役所|ぎんこう|銀行|ぜいむしょ|税務署|けんさつ|検察)(?:の(?:ひと|人|もの|者))?(?:だ)?"
             r"(?:と|って)(?:なの|名乗)"
             # anyone named on the phone or at the door, then money (農協の職員を名乗る人から…返金がある, ATMに行くよう)
             r"|(?:を|と|って)(?:なの|名乗)(?:る|った|り)[^\n]{0,24}?(?:へんきん|返金|かんぷ|還付|ほじょきん|補助金|おかね|お金"
             r"|えーてぃーえむ|atm|ふりこ|振り込|げんきん|現金|かーど|カード)"
             r"|(?:えーてぃーえむ|atm)(?:に|へ|さ|まで)(?:いく|行く|いって|行って|いけ|行け)(?:よう|ように|って|と)"
             # cards into an envelope (キャッシュカードを封筒に入れろって)
             r"|(?:かーど|カード)(?:を)?[^\n]{0,6}?(?:ふうとう|封筒)(?:に)?(?:いれ|入れ)"
             # "it's me, grandma" (「おばあちゃん、オレだけど」って電話)
             r"|(?:おれ|オレ|俺)(?:だけど|だよ|だ)(?:って|と)[^\n]{0,8}?(?:でんわ|電話)",
             unless=r"ぼうし|防止|たいさく|対策|" + SCAM_WARNING),
        # --- consumer (188) ---
        rule("consumer", "consumer",
             rf"(?:へんぴん|返品|へんきん|返金|こうかん|交換|かいやく|解約)(?:に|を|は)?(?:おうじ|応じ)(?:て)?(?:もらえ|くれ){NEG}"
             rf"|(?:まえばらい|前払い|まえきん|前金|よやくきん|予約金)[^\n]{{0,12}}?(?:もどって|戻って|かえって|返って)(?:こ|き){NEG}"
             rf"|(?:ぎょうしゃ|業者|はんばいしゃ|販売者|うったひと|売った人|うった|売った|みせ|店)[^\n]{{0,6}}?(?:れんらく|連絡)"
             rf"(?:が|も)?(?:つかな|とれな|つかね|とれね|とれません|つきません)"
             rf"|(?:にせもの|偽物|ニセモノ)[^\n]{{0,16}}?(?:かった|買った|ちゅうもん|注文|とどい|届い|ちけっと|チケット)"
             rf"|(?:ちけっと|チケット|しょうひん|商品)[^\n]{{0,8}}?(?:にせもの|偽物)"
             rf"|(?:たのんで|頼んで|ちゅうもんして|注文して)(?:も)?(?:い)?(?:ない|ねえ|ね|ません)(?:もの|しょうひん|商品"
             rf"|[^\n]{{0,8}}?(?:せいきゅう|請求))"
             # a cancellation fee taken in full (キャンセルしたら100％キャンセル料取られた)
             rf"|(?:きゃんせる|キャンセル)(?:りょう|料)[^\n]{{0,8}}?(?:とられ|取られ|ぜんがく|全額|せいきゅう|請求)"
             rf"|(?:ぜんがく|全額|100(?:%|ぱーせんと|パーセント))[^\n]{{0,4}}?(?:きゃんせる|キャンセル)"
             rf"|(?:いっかい|一回|いちど|一度|おためし|お試し)[^\n]{{0,24}}?(?:まいつき|毎月)[^\n]{{0,12}}?(?:とど|届|ひきおと|引き落と"
             rf"|せいきゅう|請求)"
             rf"|(?:にじゅう|二重)に(?:ひきおと|引き落と|せいきゅう|請求)|(?:しらない|知らない)うちに[^\n]{{0,12}}?(?:けいやく|契約"
             rf"|かえられ|変えられ|ひきおと|引き落と|かきん|課金)"
             rf"|(?:つぶれ|潰れ|とうさん|倒産)[^\n]{{0,16}}?(?:おかね|お金|だいきん|代金|まえばらい|前払い)"
             # round 11: goods sent after a refusal, a prize with a fee, an inspection that frightens into a contract
             rf"|(?:ことわった|断った|ことわって|断って)のに[^\n]{{0,12}}?(?:とど|届|おくられ|送られ|おくって|送って)"
             rf"|(?:とうせん|当選)[^\n]{{0,16}}?(?:てすうりょう|手数料|はらえ|払え|ふりこ|振り込)"
             rf"|(?:このままだと|このままでは)[^\n]{{0,12}}?(?:くさる|腐る|こわれ|壊れ|たおれ|倒れ|もる|漏る|あぶな|危な)"
             rf"[^\n]{{0,30}}?(?:みつもり|見積|けいやく|契約|まんえん|万円|また(?:く|来))"
             # round 12: a contract pressed on the spot, goods taken by a buyer at the door, an unpaid bill by message
             rf"|(?:けいやく|契約)[^\n]{{0,20}}?(?:せまら|迫ら|せまっ|迫っ|せまる|迫る|せかさ|急かさ|せっつ)"
             rf"|(?:すぐ|いますぐ|今すぐ)[^\n]{{0,4}}?(?:こうじ|工事|けいやく|契約)(?:を)?(?:しない|せない)と"
             # (round 37: a trader, then 今すぐ直さないと台風で飛ぶ; repairs urged at once: 4 other writers, 188)
             rf"|(?:ぎょうしゃ|業者|ほうもん|訪問)[^\n]{{0,30}}?(?:すぐ|いますぐ|今すぐ)[^\n]{{0,4}}?(?:なおさ|直さ|しゅうりし|修理し)"
             rf"(?:ない|ねえ)と"
             rf"|おしがい|押し買い|(?:かいとり|買い取り|買取|かいと)[^\n]{{0,24}}?(?:ごういん|強引|むりやり|無理やり)"
             rf"|(?:みのう|未納|みはらい|未払い)[^\n]{{0,16}}?(?:sms|しょーとめーる|ショートメール|めーる|メール|はがき|ハガキ)"
             rf"|(?:sms|しょーとめーる|ショートメール)[^\n]{{0,16}}?(?:みのう|未納|みはらい|未払い|せいきゅう|請求)"
             # round 23: money taken month after month (口座から「会員費」が毎月引かれてた, 月980円引かれてた): every
             # phrase of the set with money or a month and 引かれ is 188 (6 of 6; the others are cats run over and tax)
             rf"|(?:まいつき|毎月|月|おかね|お金|りょうきん|料金|代|費|円)[^\n]{{0,3}}?(?:ひかれ|引かれ)"
             rf"(?:て|た|つづ|続)",
             has_negation=True),
        # --- advice: symptoms ---
        rule("symptom", "symptom",
             r"(?:め|目)(?:が|も)?[^\n]{0,2}?(?:まっか|真っ赤|じゅうけつ|充血)|目(?:が|も)?(?:はれ|腫れ)|めやに|目やに"
             r"|(?:おなか|お腹|はら|腹|みぞおち|いぶくろ|胃)(?:を)?(?:おさえ|押さえ)"
             r"|(?:みぞおち|いぶくろ|胃|おなか|お腹|むね|胸)(?:の)?(?:あたり)?(?:が|も)?(?:おも|重)(?:い|く|た)"
             r"|(?:からだ|体|ひたい|おでこ|額)(?:が|も)?[^\n]{0,8}?(?:あつい|熱い|あつく|熱く|ほてっ|火照っ)"
             # pain getting worse (痛くなってきた, 腰がいたぐなった, 余計いでぐなって); not 会いたくなった
             r"|(?:^|[^ぁ-ん]|が|も)(?:いで|いて)(?:く|ぐ)(?:なっ|なり)|痛く(?:なっ|なり)"
             r"|(?:あし|ひざ|こし|あたま|おなか|はら|むね|せなか|くび|かた|うで|て|は|め|みみ|のど|いぶくろ)(?:が|も)"
             r"(?:いた|いだ)(?:く|ぐ)(?:なっ|なり)"
             r"|(?:はぐき|歯ぐき|歯茎)(?:から|が)?[^\n]{0,3}?(?:ち|血)",
             unless=r"ふろ|風呂|さうな|サウナ|うんどう|運動"),
        # whether to wait and see until morning (朝まで様子を見て大丈夫か): a question for #7119/#8000
        rule("ask_wait", "ask",
             r"(?:ようす|様子)(?:を)?(?:みて|見て|み)[^\n]{0,6}?(?:だいじょうぶ|大丈夫|いい|よい)"
             # may they sleep, may it be left (このまま寝かせて大丈夫かな, 放っといていいのかな)
             r"|(?:ねかせ|寝かせ|ほうっと|放っと|ほっとい|ほうっておい|放っておい)(?:て|い)?[^\n]{0,4}?(?:だいじょうぶ|大丈夫|いい|よい)"
             # (also the polite よろしい: 朝まで待ってよろしいでしょうか)
             r"|(?:あさ|朝|あした|明日|あす)まで(?:まって|待って|まて|待て)[^\n]{0,6}?(?:だいじょうぶ|大丈夫|いい|よい|よろし)"
             # whether to wake a child who fell asleep after a fall (起こした方がいいべか)
             r"|(?:おこした|起こした)(?:ほう|方)(?:が)?(?:いい|よい)"),
        rule("ask_ambulance", "ask",
             r"(?:きゅうきゅう|救急)(?:しゃ|車)?(?:さ|に|へ|を)?(?:いく|行く|いぐ|行ぐ|よぶ|呼ぶ)(?:ほど|べき|れべる|レベル)"
             r"|(?:きゅうきゅうしゃ|救急車)(?:って|という|を(?:よぶ|呼ぶ))?(?:ほど)(?:でも|では|じゃ)"
             r"(?:ない|ねえ|ありません|なさ)"),
        # a state eased, then a clinic or the ambulance asked about (日陰で休んだら少し楽になった。病院行くべき？):
        # still a question for #7119/#8000, not nothing (after blind20)
        rule("ask_after_easing", "ask",
             r"(?:やすんだ|休んだ|よこになった|横になった|ねかせた|寝かせた|ひやした|冷やした|のんだ|飲んだ|すわった|座った)"
             r"(?:ら|けど)[^\n]{0,8}?(?:らくに|楽に|よく|良く|ましに|マシに|おさま|治ま|収ま|おちつ|落ち着)[^\n]{0,24}?"
             r"(?:びょういん|病院|じゅしん|受診|いしゃ|医者|しんさつ|診察|きゅうきゅう|救急)[^\n]{0,8}?(?:べき|ほうが|方が"
             r"|(?:いっ|行っ|いっ|よん|呼ん)て?(?:も)?(?:いい|よい)|(?:いく|行く|いぐ|行ぐ)(?:か|の|ん))"),
        # round 18: a chest rubbed, a rash spreading, dry nappies, nothing eaten, a pain that does not ease
        rule("symptom", "symptom",
             r"(?:むね|胸)(?:の)?(?:あたり|へん|辺)?(?:を)?(?:さすっ|擦っ|さすり|擦り)"
             r"|(?:ぽつぽつ|ぶつぶつ|ぷつぷつ|ほっしん|発疹|しっしん|湿疹)(?:が)?[^\n]{0,8}?(?:ひろが|広が|ふえ|増え"
             # ... or come up (口の中にぶつぶつができまして, 顔にぶつぶつが出てきました; blind33a)
             r"|でき(?:て|た|ま)|(?:で|出)(?:て|た|き))"
             rf"|(?:おむつ|オムツ)[^\n]{{0,10}}?(?:ぬれ|濡れ)(?:て)?(?:い)?{NEG}"
             # (... nor eats for anyone: 何も食べてくれないのです; blind33a)
             rf"|(?:なにも|何も|なんにも)(?:たべ|食べ)(?:て(?:くれ|もらえ))?(?:ない|ねえ|ません|なく|よう)",
             needs=r"(?:" + PEOPLE + r")", unless=r"ねこ|猫|いぬ|犬|ぺっと|ペット|だいえっと|ダイエット|だんじき|断食"),
        # round 42 (kinds41): the head swaying (頭ぐらぐらする, Tohoku 頭ぐらぐらするってさ): dizziness - voiced
        # only, so not 頭くらくら, a transcript's remains of a gas leak (blind38a heard: 119 by the classifier)
        rule("symptom", "symptom", r"(?:あたま|頭)(?:が)?ぐらぐら", voiced=True),
        # a person's temperature told as a number (1歳の子が39度あります, 父が38.5度出た): a fever (round 19)
        rule("fever_degrees", "symptom",
             r"(?<![0-9])(?:3[89]|4[0-2])(?:\.?[0-9])?(?:ど|度|℃)(?:ある|あり|あっ|で(?:た|て|る)|出|こえ|超え|ちかく|近く|です"
             r"|だ|まで|も)",
             needs=r"(?:" + PEOPLE + r")",
             unless=r"きおん|気温|おんど|温度|てんき|天気|よほう|予報|もうしょ|猛暑|あつい|暑い|あつく|暑く|ふろ|風呂|おゆ|お湯"
                    r"|すいおん|水温|さうな|サウナ|ぷーる|プール|へや|部屋|しつない|室内|がいき|外気"),
        # round 55: a body temperature told as a figure, the verb left out (体温は38.6度、寒気がして, 熱38度5分で):
        # one's own fever - no person word needed
        rule("fever_degrees", "symptom",
             r"(?:たいおん|体温|ねつ|熱)(?:が|は|も)?(?:を)?(?:(?:はか|測|計)(?:ったら|ると|ってみたら))?(?<![0-9])(?:3[89]|4[0-2])(?:\.?[0-9])?"
             r"(?:ど|度|℃)",
             unless=r"きおん|気温|おんど|温度|すいおん|水温|ねっちゅう|熱中"),
        rule("symptom_persisting", "symptom",
             rf"(?:いたみ|痛み|ねつ|熱|はれ|腫れ)(?:が|も)?[^\n]{{0,8}}?(?:ひか|引か){NEG}", has_negation=True),
        # something stuck in the throat while breathing (魚の骨が喉に刺さって取れない): a question for #7119/#8000
        rule("stuck_in_throat", "symptom",
             r"(?:ほね|骨|とげ|棘)(?:が)?[^\n]{0,6}?(?:のど|喉)(?:に|さ)?[^\n]{0,3}?(?:ささ|刺さ|ひっかか|引っかか|つかえ)"
             r"|(?:のど|喉)(?:に|さ)[^\n]{0,6}?(?:ほね|骨|とげ|棘)(?:が)?[^\n]{0,3}?(?:ささ|刺さ|ひっかか|引っかか)"),
        # --- disaster ---
        rule("evacuation", "disaster",
             r"(?:みず|水)(?:が)?[^\n]{0,6}?(?:どうろ|道路|みち|道|にわ|庭|いえのまえ|家の前|うちのまえ|げんかん|玄関)[^\n]{0,6}?"
             r"(?:あふれ|溢れ|ひろが|広が|ながれこ|流れ込|はいって|入って)"
             r"|(?:どうろ|道路|みち|道|にわ|庭|げんかん|玄関)(?:に|さ|まで)[^\n]{0,4}?(?:みず|水)(?:が)?[^\n]{0,4}?(?:あふれ|溢れ"
             r"|ひろが|広が|ながれこ|流れ込)"
             r"|(?:ようすいろ|用水路|すいろ|水路|みぞ|溝|どぶ)(?:の)?(?:みず|水)?(?:が)?[^\n]{0,4}?(?:あふれ|溢れ)"
             r"|(?:ちゃいろ|茶色|どろ|泥)(?:い|の)?(?:みず|水)(?:が)?[^\n]{0,8}?(?:ひろが|広が|ながれ|流れ|あふれ|溢れ|せま|迫)"
             r"|(?:しゃめん|斜面|うらやま|裏山|がけ|崖)[^\n]{0,24}?(?:(?:いし|石|いわ|岩)(?:が|も)?[^\n]{0,4}?(?:ころが|転が)"
             r"|(?:きれる|切れる|さける|裂ける)(?:ような)?(?:おと|音))"
             r"|(?:にげて|逃げて)(?:くる|きた|いく|いる)(?:くるま|車|ひと|人)|(?:ひと|人|くるま|車|みんな|ひとたち|人たち)(?:が)?"
             r"[^\n]{0,4}?(?:にげて|逃げて)(?:くる|きた|いく|いる|って)"
             r"|(?:さいれん|サイレン)(?:が)?[^\n]{0,4}?(?:なって|鳴って|なり|鳴り)[^\n]{0,12}?(?:どこ|にげ|逃げ|ひなん|避難)",
             unless=r"すいどう|水道|はれつ|破裂|みずもれ|水漏れ"),
        # round 19: people walking or moving to high ground with water about (荷物持って高台の方へ歩いてる)
        rule("evacuation", "disaster",
             r"(?:ひとたち|人たち|ひとびと|人々|みんな|じゅうみん|住民|かぞく|家族)[^\n]{0,24}?(?:たかだい|高台)(?:の)?[^\n]{0,10}?"
             r"(?:へ|に|さ|まで)[^\n]{0,6}?(?:(?:あるいて|歩いて)(?:る|いる|いま|って(?:る|い))"
             r"|(?:ひなん|避難|いどう|移動)(?:して|しで)(?:る|い|ま))",
             needs=r"みず|水|あめ|雨|つなみ|津波|けいほう|警報|かわ|川|こうずい|洪水|かんすい|冠水|にもつ|荷物",
             unless=r"さんぽ|散歩|すんで|住んで|ひっこ|引っ越|けんがく|見学|くんれん|訓練"),
        # round 11: shaking now with a question of going out, the river's sound, water up to the embankment, alarms
        # that keep ringing with a question of where to go
        rule("evacuation", "disaster",
             # (also the ground or the floor told shaking: 地面がずっと揺れていて…外に出たほうが; blind28b)
             r"(?:じしん|地震|じめん|地面|ゆか|床)[^\n]{0,8}?(?:まだ|ずっと)?(?:ゆれて|揺れて)[^\n]{0,16}?"
             r"(?:でた|出た|にげ|逃げ|ひなん|避難|どこ)"
             r"|(?:かわ|川)の(?:おと|音)(?:が)?[^\n]{0,8}?(?:ちが|違|へん|変|おかし|すご)"
             r"|(?:ていぼう|堤防|(?<!け)どて|土手)[^\n]{0,8}?(?:うえ|上|すれすれ|ぎりぎり|こえ|越え)[^\n]{0,6}?(?:みず|水|き|来)"
             r"|(?:けいほう|警報|さいれん|サイレン|ぼうさいむせん|防災無線)[^\n]{0,24}?(?:どこ(?:へ|に|さ)?(?:いけ|行け|にげ|逃げ)"
             r"|きこえな|聞こえな|きこえね|聞こえね"
             r"|(?:ききとれ|聞き取れ)(?:な|ね|ませ))",
             # (round 54: nor a broadcast taken for a test or the daily chime, 試験放送でしょうか - wide56b)
             unless=r"せってい|設定|とめかた|止め方|けしかた|消し方|でんち|電池|しけん|試験|てすと|テスト|ちゃいむ|チャイム"),
    )
