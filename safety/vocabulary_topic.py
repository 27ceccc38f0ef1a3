"""The topic vocabulary (救急の日, 講習, 設置, hyperbole, hearsay, aftermath...): a message about a topic, not an
event. Split from :mod:`safety.vocabulary` along its seam (round 21); :mod:`safety.detect` reads it as its own names.
"""

from __future__ import annotations

from safety.vocabulary import STORY_WORD_END, compile_folded

# A recovery is a topic (熱はもう下がった, すっかり良くなった) unless a contrast names a new or other symptom after it
# (熱はもう下がったけど、今度はお腹が痛い; engineer B's request B12-1: 9 of 9 phrases of the set with something wrong
# after the contrast are labelled by what follows, 16 of 16 with nothing after are none).
# round 25: ... or a sign of an emergency after it (熱は下がったけど、さっきからけいれんしてる; もう治ったと思ったら、
# 父が血を吐いた): 5 of 5 phrases of the set with a recovery, a contrast and such a sign after it are 119.
NEW_AFTER = (r"(?![^\n]{0,6}?(?:けど|けれど|けんど|げっと|だども|のに|でも|が|と(?:おも|思)ったら)[^\n]{0,16}?"
             r"(?:こんど|今度|また|べつの|別の|ほかに|他に|かわりに|代わりに|いた(?:い|く|む|み)|痛|はい(?:た|て|ちゃ)|吐|げり|下痢|せき|咳|めまい|しびれ|痺れ|くるし"
             r"|苦し|はれ|腫れ|かゆ|痒|ほっしん|発疹|ぶつぶつ|けいれん|痙攣|ひきつけ|引きつけ|いしき|意識|たおれ|倒れ|(?<![ぁ-ゖ])ち(?:を|が|も)|血"
             r"|いき(?:を|が|も)|息|へんじ|返事|うごか|動か|ぐったり|め(?:を|が)(?:さま|あけ|あか)|目(?:を|が)))")
# A video threatened to be spread (あなたの動画をばらまく; blind31a): the threat, not a video watched as a topic (13 of
# 13 phrases of the set with a photo or video to be spread are #9110).
EXPOSED = (r"(?:を|も)?[^\n]{0,3}?(?:さらす|晒す|さらして|晒して|ばらす|ばらして|ばらまく|ばら撒く|ばらまいて|ひろめる"
           r"|広める|ねっとに|ネットに)")
# ... or shot by someone at them (動画を撮りながら, 動画を撮られて, 動画撮ってる) - not a wish or a how-to (撮りたい,
# 撮り方).
FILMED_BY_SOMEONE = (r"(?:を|も)?(?:とられ|撮られ|とって(?:い|る)|撮って(?:い|る)|とりなが|撮りなが|とり|撮り)"
                     r"(?!たい|かた|方)")
# A festival told as the scene of what happens there, seen from the organisers' side (round 56, wide58): a stall
# further along (夏祭りの焼きそばの屋台で), its street (祭り通りに), its decorations (祭りの飾りの竹が倒れて), its
# procession (どんと祭の裸参りの列で), its bonfire's fire, smoke or ash (どんと祭の煙の中を, 火さ当たって,
# 日の灰が) or a visit there and back (どんと祭行って帰ってきたら) - not the festival asked about (祭りの日程,
# 祭りに参加したい).
FESTIVAL_SCENE = (r"の[^\n]{1,8}?(?:やたい|屋台)(?:で|に|の|が|さ)|の?(?:とおり|通り)(?:に|で|を|が|の)"
                  r"|の[^\n]{0,8}?(?:かざり|飾り|ふきながし|吹き流し)(?:が|の|も)"
                  r"|の(?:はだかまいり|裸参り|ぎょうれつ|行列)|の(?:[^\n]{1,4}?の)?(?:れつ|列)(?:で|に|の|が)"
                  r"|の(?:けむり|煙)|の(?:ひの)?(?:はい|灰)(?:が|を|さ)|のひ(?:さ|に)(?:あた|当た)"
                  r"|(?:に|さ|へ)?(?:いっ|行っ)て(?:き|来|かえ|帰)")
# A topic (救急の日, 講習, 設置...): what the message is about, not what happened.
# A body part and が before いたい, devoiced (胸が痛い -> むねかいたい): pain, not a demolition (解体費, 解体の) -
# むねが いたい ひとりです read as 解体費 closed a kana emergency (round 43, blind44b).
PAIN_NOT_DEMOLITION = "".join(f"(?<!{part})" for part in (
    "むね", "はら", "こし", "あし", "のと", "みみ", "くび", "うて", "ひさ", "かた", "あたま", "なか", "からた"))
# A pension fetched (round 58, blind59a): drawn (下ろして, おろしに, 引き出した - not 下ろしたい), received on the way
# to somewhere (受け取りに行く, うけとりに町へ), or its day as a date (年金の日に, 年金日なので) - an errand or a day,
# the setting of what happened on it, not the scheme asked about (年金の受け取り方, 年金の日はいつ stay topics).
PENSION_FETCHED = (r"(?:を|の)?(?:おろ|下ろ|降ろ|ひきだ|引き出|引出)(?:して|した(?!い)|しに|しさ)"
                   r"|(?:を|の)?(?:うけとり|受け取り|受取)(?:に|さ)(?=[^\n]{0,10}?(?:いく|いっ|行|むか|向か|でかけ|出かけ|でた|出た))"
                   r"|(?:の)?(?:ひ|日)(?:に|なので|なんで|だから|だった)")
TOPIC_WORDS = (
    r"(?:きゅうきゅう|ぼうさい|しょうぼう|ぼうか|かさい|えいせい|ほけん|いりょう)(?:の)?ひ(?:の|は|に|って|$)"
    # (a trainee, 研修生, is a person, not a course: 牛舎の中で研修生の子が倒れてて; round 40)
    # (not 公衆, read こうしゅう too: 公衆トイレの個室からうめき声 is no course; round 45, blind46a)
    r"|くんれん|こうしゅう(?!といれ|でんわ|べんじょ|よくじょう)"
    # (round 46: not a classroom entered or looked into by someone, 教室をのぞいて回って, 教室に入り込んで; wide48)
    r"|講座|こうざ(?:に|の)(?:さんか|もうしこ|にってい)"
    # (round 54: nor a class told as the place of an event or its people - スキー教室の集合場所から孫がいなくなって,
    # 料理教室で, スキー教室の子どもたちを撮ってる; wide56b)
    r"|きょうしつ(?!(?:を|に|さ|へ)?[^\n]{0,8}?(?:のぞ|覗|はいりこ|入り込|はいってき|入ってき|あばれ|暴れ)"
    r"|で(?!は|も)"
    # (round 57: nor a class told as where its people were or came from - 体操教室の参加者で認知症のある男性が,
    # 体操教室の最中、隣の方が, 教室に一緒に来ていた父が, 教室からいなくなって; wide59b)
    r"|の?(?:さいちゅう|最中|とちゅう|途中)|から(?!の)|(?:に[^\n]{0,6}?)?(?:き|来)て(?:い|お|おっ)?(?:た|だ)(?!ら)"
    # (forty-ninth session: the children in the devoiced kana, きょうしつの こどもたちを read こともたちを - wide56b)
    r"|の?(?:しゅうごう|集合|ばしょ|場所|よこ|横|まえ|前|とちゅう|途中|さいちゅう|最中|こ(?:ども|たち)"
    r"|ことも(?:たち|ら|か|が|を|に|は)|子|せいと|生徒"
    r"|さんかしゃ|参加者|じゅこうしゃ|受講者|なかま|仲間"
    r"|れんしゅう|練習|ちゅう|中|あつまる|集まる"
    # (round 56: nor its rooms and its equipment, 陶芸教室の窯の近くから火が, 料理教室のコンロで; blind57a)
    r"|かま|窯|こんろ|コンロ|ちょうりだい|調理台|すとーぶ|ストーブ|たな|棚|へや|部屋|たてもの|建物|ろうか|廊下"
    r"|かいだん|階段|といれ|トイレ|げんかん|玄関|いりぐち|入り?口|ちゅうしゃじょう|駐車場)"
    r"(?:とこ|ところ|ばしょ|場所)?(?:で|から|に|の|を|が|さ))|けんしゅう(?!せい)|せつめいかい|せっち"
    # (round 49: not an inspection hatch, 点検口 read てんけんこう: ダクトの点検口のすき間が赤く光ってる; wide51b)
    # (round 56: nor a thing or place for inspections, 点検用のピットに頭から落ちました; wide58b)
    r"|てんけん(?!こう|ぐち|よう|用)|(?:きゅうきゅうしゃ|救急車)(?:の|って|は)?(?:ひよう|費用|りょうきん|料金|ゆうりょう|有料)"
    r"|けんけつ|献血"  # blood donation (献血さ行ぎてえ; 19 of 19 phrases of the set are none; round 23)
    # a puzzle or escape-room event, its players "locked in" (閉じ込められた部屋から出る謎解き, 脱出ゲーム; round 45)
    r"|なぞとき|謎解|だっしゅつげーむ|脱出げーむ|脱出ゲーム|りあるだっしゅつ|リアル脱出"
    r"|(?:まっち|マッチ)(?:いっぽん|一本)(?:かじ|火事)のもと|ひのようじん|火の用心"  # the fire-watch chant (round 43)
    r"|とりつけ|ほじょ|助成|じょせい(?:きん|せいど)"
    # (round 53: not 新成人 or 新生児, people read しんせいじん, しんせいじ: 新成人のグループ同士が; wide55)
    r"|しんせい(?!じ)"
    # (not a light, 照明 read しょうめい too, that sparks or burns: 舞台の照明から火が出て; coordinator, round 46)
    r"|てつづき|しょうめい(?!(?:きぐ|器具)?(?:から|が|に|の)(?:ひ|火|けむり|煙|もえ|燃え|ほのお|炎|ばち|こげ|焦げ))"
    r"|とどけで|ぼしゅう|にゅうだん|しょうぼうだん|はいりたい|いべんと(?!で(?!は|も)|に(?:いっ|行っ|き|来|まいり|参り|まいっ|参っ))|まつり(?!の?(?:ひとごみ|人混み|人ごみ|なか|中|かいじょう|会場|やたい|屋台"
    # the festival's floats are a setting (祭りの神輿の下敷きになった人が; round 46: and its tents, おまつりの テントの
    # よこに はこが, wide48)
    # (round 37: or a place or moment of it, 古川まつりの十日町のとこ, 秋祭りの綱引きのあとで)
    # (round 52: or its night or its height, 祭りの夜に人ごみで孫とはぐれた, まつりの さいちゅうに - wide54b)
    # (round 55: or its extra trains and shuttle buses, 夏祭りの臨時列車で駅の係の人が座り込んで - wide57)
    r"|みこし|神輿|だし|山車|やまくるま|やぐら|櫓|てんと|テント|ほんぶ|本部|よる|夜|さいちゅう|最中|りんじ|臨時|しゃとる|シャトル)|で|から|の[^\n]{1,4}?で|の[^\n]{1,6}?の(?:とこ|あと|後)|の(?:あと|後|かえり|帰り)|"
    + FESTIVAL_SCENE +
    # (round 46: not a leaflet smearing someone, 中傷するチラシが貼られて, a matter for #9110)
    # (round 48: not a light flickering, 懐中電灯ちらちらしてる)
    r"|に(?:いっ|行っ|き|来|まいり|参り|まいっ|参っ)"
    # (round 56: or its goers told as the people it happened to - 孫を連れてお祭りにまいりましたが, どんと祭の裸参りの
    # おんちゃん倒っちぇ; an event the same, 蔵開きのイベントで息子がいなくなりました - wide58b)
    r"|の[^\n]{0,8}?(?:おんちゃん|おっちゃん|おじさん|おじちゃん|おばさん|おばちゃん|だんせい|男性|じょせい|女性"
    r"|さんかしゃ|参加者))|ぽすたー|(?<![こあそど])(?<!しょうする)(?<!しょうの)(?<!傷する)(?<!傷の)(?<!ちら)ちらし"
    # (round 41: a meet or festival told as the place, 大会で, is a setting: はなびたいかいで いもうとと はぐれた)
    r"|(?<![いきしちにひみりえけせてねへめれ])たいかい(?!で(?!は|も)"
    # (round 52: nor its grounds, its riverbank or its crowd told as the place, 花火大会の会場で高齢の男性が倒れて,
    # 花火大会の河原で; blind53b - a meet's day or entry asked about stays a topic)
    r"|の?(?:かいじょう|会場|かわら|河原|かせんしき|河川敷|けいだい|境内|ひとごみ|人混み|人ごみ|やたい|屋台)(?:で|に|の|から))|あとち(?!ち)|ばいきゃく|"
    + PAIN_NOT_DEMOLITION
    + r"かいたい(?:ひ|こうじ|の|ひよう)|廃車|はいしゃ(?:に|の(?:てつづき|ひよう)|てつづき|した)"
    r"|とどけ(?:の|を)|いきをひきと|息を引き取"
    # (round 46: 撤去, removal, not 鉄橋, a railway bridge read てっきょう; wide48)
    r"|そうしき|葬儀|てっきょ(?!う)|撤去|買いたい|もくげきじょうほう|目撃情報|(?:た|だ)(?:はなし|話)(?:\n|$)"
    # round 38: a near miss told as a story, anywhere (溺れかけた話を孫に, おぼれかけた はなし なんかい きいても; 4
    # other writers, all none)
    r"|(?:かけ|そうになっ)(?:た|だ)(?:という|っていう)?(?:はなし|話)"
    # settled (もう治まった, 火は消えた, 火は止めて: blind27b) - unless a contrast names what is still wrong:
    # もう治まったけど意識がない, 火は消えたけどまだ煙が出てる are events (…けど怖かった stays settled)
    r"|もう(?:だいじょうぶ|大丈夫|へいき|平気)|(?:(?:もう|すっかり)(?:おさま|治ま|収ま|きえ|消え)(?!たい)|(?:ひ|火)は(?:けし|消し|きえ|消え|とめ|止め))"
    r"(?![^\n]{0,8}?(?:けど|けれど|けんど|げんど|だども|のに|でも|(?:た|ました)か|(?:の|ん)?(?:です|だ)が)[^\n]{0,12}?(?:まだ|いまも|今も|いしき|意識|いき|息|へんじ|返事"
    r"|うごか|動か|おきな|起きな|めをさまさ|目を覚まさ|めをあけ|目を開け|めをひらか|目を開か|こたえ|答え|はんのう|反応))"
    # care and visits are topics in a service frame (介護保険, リハビリの相談, 見舞いに行きたい), but a setting
    # before an event (介護してる母が倒れて, リハビリ中に転んで, 見舞いに行ったら返事しない) is not
    # (round 38: a care home as the place of an event - 介護施設で入所者のおばあちゃんが…むせて, 介護施設の入居者さんが
    # - is a setting: 3 other writers, all 119; round 46: 施設で働いています read しせつではたらいて, wide48)
    r"|(?:りはびり|かいご|(?:お)?みまい|見舞)(?=[^\n]{0,2}?(?:ほけん|保険|にんてい|認定|しんせい|申請|さーびす"
    r"|(?:しせつ|施設)(?!で(?!は(?!たら)|も)|の(?:にゅうしょ|入所|にゅうきょ|入居|りよう|利用)(?:しゃ|者)|の(?:かた|方)(?:が|は))|よぼう"
    r"|きゅうか|休暇|ようひん|用品|そうだん|相談|てつづき|手続|せいど|制度|じかん|時間|けいかく|計画|しかく|資格|ひよう|費用"
    # ... and its hospital, class or visits (リハビリの病院のことを, リハビリの教室, リハビリに通える; round 39)
    r"|びょういん|病院|きょうしつ|教室|(?:に)?(?:かよ|通)(?:え|い|う|っ)"
    r"|について|(?:に|を)?(?:いきたい|行きたい|いけ|行け|うけ|受け|したい|たのみ|頼み|さがし|探し)|(?:と|や)か?(?:いら|要ら)"
    r"|(?:は|って)(?:どこ|いつ|なん|どう|いくら|つかえ|使え)|で(?:つかれ|疲れ|げんき|元気|たいへん|大変)|の(?:こと|事)))|ようかいご|要介護|ようしえん|要支援|(?:た|だ)(?:あと|後)の|(?:の|って)(?:はなし|話)(?:\n|$|を|が(?!(?:かみあ|噛み合|かみ合|つうじ|通じ|あわ|合わ|でき|出来|できな|へん|変|おかし))|です)"
    # (not speech as a sign after a te-form: 汗が出なくなって、話がかみ合わなくなってきました; blind29a)
    r"|おれい(?:を|の|に|が|したい|じょう)|お礼|かんしゃ|感謝|(?:たすけ|助け)てくれ(?:た|て|まし)"
    # hyperbole: 息ができないくらい笑った, 死にそうなくらい暑い
    # (not さきほど, のちほど: 先ほど眠れなくて薬をまとめて is no degree; round 44, blind45b - but …くなるほど is)
    # (round 51: not a comparison - 外と同じくらい寒い is how cold a room is, wide53b's cut-off flat)
    r"|(?<!おなじ)(?<!同じ)(?:くらい|(?<!さき)(?<!先)(?<!のち)(?<!後)ほど|ぐらい)[^\n]{0,4}?(?:わら|おもしろ|たのし|うれし|かんどう|いそがし|あつ|さむ|おいし|かわい|つかれ|ねむ|おどろ|驚)"
    # ... and exertion (息もできないくらい走らされて, 倒れるほど走り回ってる: 4 of 4 such phrases of the set are none)
    # (round 51: not 暗い中を走ってきた車, read くらいなかてはしって - dark, no degree)
    r"|(?:くらい(?!なか|中|みち|道|とこ|ところ)|ほど|ぐらい)[^\n]{0,4}?(?:はしら|はしっ|はしり|走ら|走っ|走り|れんしゅう|練習|しごか)"
    r"|しぬほど|しにそうな(?:くらい|ほど)"
    # ... a mouth "on fire" from a spicy dish (激辛で口の中が火事; round 52, blind53b)
    r"|(?:くち|口)(?:の)?(?:なか|中)?(?:が|は)?(?:かじ|火事|ひのうみ|火の海|(?:もえ|燃え)(?!て(?:い|る|ま)|た))"
    r"|(?:すぎて|へって|減って|すいて|空いて|かわいて|渇いて|(?:あつさ|暑さ|さむさ|寒さ)で|ねむくて|眠くて|ひまで|暇で|つかれて|疲れて|つかれはてて|疲れ果てて|くたびれて|へとへとで|たいくつで|退屈で|(?<!からだが)(?<!体が)(?<!おでこが)(?<!ひたいが)あつくて|暑くて|さむくて"
    r"|寒くて|さみくて|いそがしくて|忙しくて)[^\n]{0,8}?(?:しぬ|死ぬ|しにそう|死にそう|いき|息)"
    # ... muscle ache as the excess, on the same line (筋肉痛で死にそう, 体じゅう痛くて死んでる…筋肉痛に効く温泉;
    # round 54, wide56b): muscle ache is no emergency however it is told
    r"|(?<![^\n])(?=[^\n]*?(?:きんにくつう|筋肉痛))[^\n]*?(?:しにそう|死にそう|しぬ|死ぬ|しんでる|死んでる|しんでま|死んでま)"
    # ... a full stomach (腹いっぺえで苦しいっちゃ、食いすぎだ; blind34b)
    r"|(?:はら|腹|おなか|お腹)(?:が)?(?:いっぱい|いっぺえ)(?:で)?[^\n]{0,4}?(?:くるし|苦し)"
    # ... joy as the excess (推しのライブ燃えた！最高すぎて倒れそう; blind28b)
    r"|(?:さいこう|最高|たのし|楽し|うれし|嬉し|とうと|尊|かわい|可愛|かっこよ|おもしろ|面白)すぎて[^\n]{0,8}?"
    r"(?:たおれそう|倒れそう|しにそう|死にそう|しぬ|死ぬ)"
    # ... a head about to burst with work or worry (テスト前で頭が爆発しそう; blind29b), not a burst told as done
    # ... fear as the thrill (おばけやしき こわくて しにそう でも たのしかった; blind30b), not fear for one's breath
    r"|(?:こわくて|怖くて)[^\n]{0,4}?(?:しにそう|死にそう)"
    # ... sleepless as the excess (いびきがうるさくて、毎晩眠れずに死にそう; round 44, blind45b), not breath
    r"|(?:ねむれ|眠れ|ねれ|寝れ|ねられ|寝られ)(?:ず|なくて|ねくて|ねえで)(?:に)?[^\n]{0,4}?(?:しにそう|死にそう)"
    r"|(?:あたま|頭|のうみそ|脳みそ|脳ミソ)(?:が)?(?:ばくはつ|爆発|ぱんく|パンク)(?:しそう|寸前|すんぜん)"
    # a feeling, not a state: 心臓が止まるかと思った, 死ぬかと思うくらい, …ってくらい爆睡, 腹が立って死にそう
    r"|(?:とまる|止まる|しぬ|死ぬ|しんだ|死んだ)かと(?:おも|思)|(?:なる|なっちゃう|しまう)かと(?:おも|思)(?:った|いました)"
    r"|(?:くらい|ほど|ぐらい)[^\n]{0,4}?(?:ばくすい|爆睡|ぐっすり|ねて|寝て|ねむって|眠って)"
    r"|(?:はらがた|腹がた|腹が立|腹立|はらだ|むかつ|むかむか|いらいら|はずかし|恥ずかし|えんじょう|炎上)[^\n]{0,10}?"
    r"(?:しぬ|死ぬ|しにそう|死にそう)"
    # recovered, or found safe (すっかり良くなった, 友だちの家にいると連絡があった)
    # (round 53: or back to full strength, もう完全復活してる, すっかりふっかつした; wide55)
    r"|(?:(?:すっかり|もう)(?:かんぜん|完全)?(?:に)?(?:よく|良く|なおっ|治っ|ふっかつ|復活)|(?:なおり|治り|よくなり|良くなり)ました)"
    + NEW_AFTER + r""
    # (not 吐いたって連絡, blind34b; nor a bill unpaid, 未払いだと連絡, read devoiced みはらいたと: round 49)
    r"|(?:いる|(?<!吐)(?<!は)(?<!払)(?<!はら)いた|ぶじ|無事)(?:と|って|だと)(?:れんらく|連絡)"
    # ... or in hospital, as told by someone (入院中だと聞きました, 入院中だと連絡がありました; round 41)
    r"|(?:にゅういん|入院)(?:ちゅう|中|して(?:い|お)?(?:る|た|ま))(?:だ|です)?(?:と|って)"
    r"(?:れんらく|連絡|きい|聞い|きき|聞き|おしえ|教え)"
    # seen by a doctor and found fine (受診したら異常はなく, 病院行ったら大丈夫でした), unless a worry follows
    # (round 39: also told by a te-form and nothing found, 病院で診でもらって、なんでもねがった: 5 other writers, none)
    r"|(?:じゅしん|受診|みてもらっ|診てもらっ|びょういん(?:に|さ|へ)?(?:いっ|行っ))(?:たら|したら|て)[^\n]{0,8}?(?:(?:いじょう|異常)"
    r"(?:は|も)?(?:なく|なし|なかっ|ありませんでし)|(?:だいじょうぶ|大丈夫|へいき|平気)(?:でした|だった|だって|と)"
    r"|(?:なんとも|なんでも|なんも|何とも|何でも)(?:なかっ|ねがっ|ありませんでし|ございませんでし))"
    r"(?![^\n]{0,12}?(?:けど|けれど|のに|でも|また|まだ))"
    # a detector or alarm as a thing to buy or replace (ガス漏れ警報器の交換時期), unless it is ringing or announcing
    # a fire (けいほうきが かじです かじですって; round 43, A68)
    r"|(?:けいほうき|警報器|かんちき|感知器)(?![^\n]{0,6}?(?:なっ|鳴っ|なり|鳴り)|[^\n]{0,3}?(?:かじ|火事)です)"
    r"|(?:(?:へいねつ|平熱)に(?:もど|戻)|(?:ねつ|熱)(?:は|も)?(?:もう)?(?:さがっ|下がっ|さがり|下がり)(?:た|ました))"
    + NEW_AFTER + r""
    r"|(?:た|だ)だけ(?:でした|だった|です|だ|みたい|らしい)?(?:\n|$)"
    # (round 54: not a hands-on tour told as the place of an event, スノーモービルの体験で一台ひっくり返って; wide56b)
    # (round 57: nor a hands-on corner or room as the place, 体験コーナーで手を切った, read たいけんこなで; wide59)
    # (round 58: nor a visitor as the subject of an event, 見学の男性が, 見学のお客さん, 見学者が; wide59)
    r"|けんがく(?!しゃ|の(?:おとこ|男|おんな|女|だんせい|男性|じょせい|女性|おきゃく|お客|きゃく|客|ひと|人|かた|方"
    r"|こ(?:ども|たち)|子|せいと|生徒|がくせい|学生|じどう|児童|みなさん|皆さん|しゃ|者))"
    r"|たいけん(?!(?:こな|こーなー|しつ|じょう)?で(?!は|も)|ちゅう|中に|の(?:とちゅう|途中|さいちゅう|最中))|ふぇあ|てんじかい|こうえんかい|そうだんかい|しきてん|でぞめしき|はくらんかい|ぼらんてぃあ"
    r"|きふ(?:きん|したい|を|の(?:もうし|ほうほう))|寄付|(?<!と)りさい(?!っ)|ひがいにんてい|ほうちき(?![^\n]{0,6}?(?:なっ|鳴っ|なり|鳴り))|しょうかき"
    # ... not an extinguisher emptied or of no use (消火器はもう空になった: a fire still going; after blind26)
    r"(?!(?:は|も|が|を)?(?:もう)?[^\n]{0,8}?(?:から(?:に|っぽ)|そら(?:に|っぽ)|つかいき|つかいはた|ぜんぶつかっ|なくなっ"
    r"|でなくなっ|きかな|きかね"
    # ... nor one used and the fire not out (消化器使ったけど消えない; blind28a)
    r"|きえな|消えな|きえね|消えね|きえませ|消えませ|きえず|消えず"
    # ... nor one used and the fire not stopping (消火器もう使いました 止まらない; round 50, wide52b)
    r"|とまらな|止まらな|とまんな|止まんな|とまんね|止まんね|とまりませ|止まりませ|おさまらな|収まらな|おさまりませ|収まりませ"
    # ... nor one told of no use (消火器じゃもう無理, 消火器では追いつかない; blind29b)
    r"|じゃ(?:もう)?(?:むり|無理|だめ|ダメ)|では(?:もう)?(?:むり|無理|だめ|おいつかな|追いつかな)"
    # ... nor one looked for in a hurry (消火器どこだっけ; round 45, wide47)
    r"|(?:は)?(?:どこ|どご)(?:だっけ|だ(?:よ|\n|$)|(?:\n|$))"
    # ... nor one lacking at hand while the fire goes on (消火器ないんだけど, 消火器がねえ; round 52, blind53b)
    r"|(?:が|も)?(?:ない|ねえ|ねぇ|なくて)(?:ん|の)?(?:だ|です)?(?:けど|けと|けんど|よ|し|って|(?:\n|$))"
    # ... nor one used with the fire still going, a contrast after it (消火器かげだけど煙もくもくで止まんねえ; round 46,
    # wide48)
    r"|(?:を|さ|で)?(?:かけ|かげ|ぶっかけ|つかっ|使っ|ふきかけ|吹きかけ)(?:た|だ)[^\n]{0,3}?(?:けど|げど|けんど|だども|のに|が(?=[^\n]{0,8}?(?:けむり|煙|ひ|火|ほのお|炎)))))"
    # prevention, but not a vaccination told as the setting of a fever (予防接種して夜になって熱が出てきた; blind16b)
    r"|よぼう(?!せっしゅ(?:を)?(?:して|し(?:た|て)(?:あと|ら|から)|うけ(?:て|た(?:あと|ら)))[^\n]{0,12}?(?:ねつ|熱)"
    r"(?:が|も)?(?:で|出|あ|たか|高))|たいさく"
    # (round 54: 熱中症防止 is prevention too, ねっちゅうしょうぼうし; not a straw hat, 麦わら帽子 read むぎわらぼうし)
    # (round 55: nor a hat told by its colour or worn, あおい ぼうし です, ぼうしかぶって - a missing child's
    # description; wide57)
    r"|(?:(?<!しょう)|(?<=ちゅうしょう))(?<!わら)(?<!あおい)(?<!あかい)(?<!しろい)(?<!くろい)(?<!いろい)(?<!いろの)"
    # (round 58: nor an agent named by what it prevents, 凍結防止剤 read とうけつぼうしざい - a thing licked; wide60b)
    r"(?<!どりの)ぼうし(?!を|かぶ|ざい|剤)|ことわざ|(?:わら|藁)をも(?:つか|掴|すが|縋)"
    # (round 57: not a museum or its room, 資料館 / 資料室 read しりょうかん / しりょうしつ - a place where things
    # happen, not documents asked for; wide59)
    r"|せみなー|ぱんふ|しりょう(?!かん|しつ)|(?:ばんごう|でんわばんごう)(?:は|を)?(?:なん|おしえ)|なんばん|かけかた|よびかた"
    # (round 46: not a float fallen, 山車が倒れて read だしがたおれて -> たしかたおれて, wide48)
    r"|(?:やりかた|つかいかた|かいかた|すてかた|だしかた|とめかた|止め方|にげかた|逃げ方)(?!おれ)"
    # learned at school or a course (火事のときの逃げ方を学校で習った); a fear as the reason for a precaution
    # (火事が怖いからLEDに替えよう); a replacement; recovered after rest (寝たら治った); "it was just a bruise"
    r"|(?:がっこう|学校|じゅぎょう|授業|こうしゅう|講習)で[^\n]{0,6}?(?:ならっ|習っ|おそわっ|教わっ|べんきょうし|勉強し)"
    r"|(?:かじ|火事|じしん|地震|つなみ|津波|どろぼう|泥棒|あきす|空き巣)(?:が|は)(?:こわい|怖い|しんぱい|心配|ふあん|不安)"
    r"(?:だ|な)?(?:から|ので)"
    # statistics and warnings: 横転する事故が多いので, 被害が相次いで
    r"|(?:じこ|事故|ひがい|被害|はっせい|発生|しゅつぼつ|出没)(?:が|も)?(?:おおい|多い|おおく|多く|ふえ|増え|あいつい|相次い)"
    # (not 会帰り, a gathering one comes home from: 飲み会帰り, 忘年会帰り read のみかいかえり; round 55)
    r"|かいかえ(?!り)|買い替え|とりかえ|取り替え|(?:かえ|替え|換え)よう"
    # (round 58: also with a degree and told politely, お薬を飲みましたらすっかり楽になりました - not with something
    # still or again wrong after a turn; blind59b)
    r"|(?:たら|だら)(?:すっかり|だいぶ|ずいぶん|もう)?(?:(?:なおっ|治っ|よくなっ|良くなっ|らくになっ|楽になっ)た"
    r"|(?:なおり|治り|よくなり|良くなり|らくになり|楽になり)ました)"
    r"(?![^\n]{0,8}?(?:けど|けれど|のに|が|でも|しかし|ところが)[^\n]{0,12}?(?:まだ|また|いまも|今も|きゅうに|急に"
    # (merging round 58: nor with a doctor asked about after it, 楽になりました。念のため受診したほうが)
    r"|こんど|今度)|[^\n]{0,24}?(?:じゅしん|受診|びょういん|病院|みてもら|診てもら|いしゃ|医者))"
    r"|ただの[^\n]{1,8}?(?:だった|でした|だって)"
    # (not a way of doing told strange: 息の仕方がなんか変 is a sign; blind28b; round 43: nor a verb's し before 肩,
    # ぐったりし肩を叩いても, read ぐったりしかたを - kinds42; round 45: nor a word's し before が倒れ, はかいしが
    # たおれて read はかいしかたおれて - wide47)
    # (round 57: nor a way of speaking told strange, 変な話し方 read へんなはなしかた - 急に変な話し方になって: a
    # stroke sign; wide59b - a way of speaking to learn, or told as usual, stays a topic)
    r"|ほうほう|(?<![りと])(?<!へんなはな)しかた(?!ない|ね|おれ|を(?:たた|ゆす|ゆさふ|もん|もみ)|が(?:ない|ね|(?:なんか|なにか|ちょっと|すこし)?(?:へん|変|おかし|ちが|違)))|について(?:おしえ|しりたい|きき|の|は|しつもん|そうだん)|とは$"
    r"|いみ(?:は|を)"
    r"|どうやって|ってなに|ってなん(?:ですか|なの|だ|でしょう)?(?=\n|$)|けいかいあら|(?<!ゆ)かしだし|ほけん|ほしょう"
    # (round 53: not a pension's bankbook, a thing taken - 年金の通帳を無理やり持っていこうと; blind54a)
    # (round 58: nor a pension drawn or received as an errand, or its day as a date - 年金を下ろしに行く途中で転んで,
    # 年金おろして帰ったら家に男が, 年金の受け取りに町へ向かう途中, 年金の日に出たきり帰らない: money fetched, not the
    # scheme asked about; blind59a)
    r"|ほうこくしょ|ねんきん(?!の?(?:つうちょう|通帳)|" + PENSION_FETCHED + r")"
    r"|ぜいきん|税金|げんめん|減免|(?<!せん)めんじょ|免除"
    # a manual, a job, hyperbole of scale (対応マニュアル, 消防士になりました, 殺されるレベル)
    r"|まにゅある|(?<!ちゅう)しょうぼうし(?:に|として|の(?:しごと|仕事))"
    # (round 57: the news also spelled in kana with う, にゅうす, before a particle - not 入水, にゅうすい, nor a verb
    # in -にゅうする or a heard 導入ストーブ, どうにゅうすとぶ; blind57b)
    # (けんしん, a health check, only as written: the reading line also holds it for 検針, a meter reading - no topic;
    # round 48)
    r"|がいどぶっく|がいどまっぷ|えいが" + STORY_WORD_END + r"|どらま|にゅーす"
    r"|にゅうす(?=を|で|に|の|は|も|が|\n|$)|しょうせつ"
    r"|まんが" + STORY_WORD_END
    + r"|てれびげーむ|げーむ(?:き|そふと|あぷり)|あにめ|ゆめ(?:で|を)|(?<![^\nがをでのもはとにくなや])ねごと|"
    r"寝言|ひょうしょう|表彰|いつものこと|(?:ひがい|被害)(?:は|も)?(?:ない|なかった|ありません|なし)|"
    r"けんしん(?=[^\n]*\n)|健診|検診|にんげんどっく|人間ドック|かみだのみ|"
    r"神頼み"
    # (round 58: nor a video someone shoots of the writer's people, 罵声を浴びせながら動画を撮り…ネットに上がって;
    # wide60b - a harasser's camera, not a video asked about)
    r"|動画(?!ねえ|ね(?:\n|$)|" + EXPOSED + "|" + FILMED_BY_SOMEONE + r")|どうが(?:を|の|で|みた)(?!" + EXPOSED
    + "|" + FILMED_BY_SOMEONE + r")|ばんぐみ"
    r"|てれび(?:で|の)(?:やって|みた|見た|ほうそう|放送"  # 遭難の話テレビでやってで: a programme
    # ... and what was seen on it, told after (テレビで、よその町の雪崩の事故を見ました; round 52, blind53b), not a
    # programme watched when something happened (テレビで野球を見てたら父が倒れて: みて, みたら)
    r"|[^\n]{1,30}?(?:みた|見た|みまし|見まし)(?!ら|とき|時|あと|後|(?:た)?ら))"
    # a request to clear something away (倒れだ物置、片付げでもらえる; not 片付けてたら倒れた, a setting)
    r"|(?:かたづけ|片付け|片づけ)(?:て|を)?(?:もらえ|もらい|くれ|ほし|いただ|たい|たのみ|頼み|おねがい|お願い)"
    # a notice read on a circular or a handout (熊出だって回覧板さ書いであった, 詐欺の回覧板回ってきた; round 35: 14
    # phrases of the set, 13 other writers, all none)
    r"|(?:かいらんばん|回覧板|おしらせ|お知らせ|ちらし|チラシ|こうほう|広報)(?:に|さ|で)?"
    r"(?:かいて|書いて|のって|載って|まわって(?:き|く)|回って(?:き|く))"
    # hearsay (熊出たって話聞いたけど, 〜といううわさを聞いた)
    r"|(?:って|という|との)(?:はなし|話|うわさ|噂)(?:を)?(?:きい|聞い|きき|聞き)"
    # care taken against a danger named right before it (熱中症に気をつけないとね, 熱中症気ぃつけねばな, 火の元に注意
    # しましょう; blind27a): a precaution, not the event
    r"|(?:ねっちゅうしょう|熱中症|だっすい|脱水|しょくちゅうどく|食中毒|かじ|火事|ひのもと|火の元|てんとう|転倒|やけど|火傷"
    r"|とうけつ|凍結)(?:に|には|にも|は|も)?(?:きをつけ|気をつけ|(?:き|気)ぃつけ|気いつけ|気つけ(?=ろ|て|な|よ|ま|ね)"
    r"|(?:ちゅうい|注意)(?:し|を|が|です|だ|な|ね|よ|\n|$))"
    # the disposal of a dead animal or thing (死んだ牛の処理はどこに頼めば): aftermath
    r"|(?:しんだ|死んだ)[^\n]{0,6}?(?:しょり|処理|ひきとり|引き取り|かいしゅう|回収)"
)
TOPIC = compile_folded(TOPIC_WORDS)
# ... as read with its voicing: a topic word found in the reading line counts only when the voiced reading holds it
# too (電源が -> でんげんが is no 点検 てんけん once devoiced; 人影が立って -> ひとかげがたって no 掛け方; blind21).
TOPIC_AS_READ = compile_folded(TOPIC_WORDS, voiced=True)
# A topic word read from a kanji word that is a thing, not the topic (照明, a light, is read しょうめい like 証明, a
# certificate): a match in the reading line is no topic when the written line spells it only as the thing
# (照明を拭いてた同僚が倒れてる; round 54, wide56). Reading -> (the thing's spellings, the topic's spellings).
READ_AS_A_THING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "しょうめい": (("照明",), ("証明",)),
    # a visitor to a hall or museum (来館者, 入館者: らいかんしゃ), not thanks (感謝; round 57, wide59)
    "かんしゃ": (("館者",), ("感謝",)),
    # a verb's し before a shoulder (返事しないし肩を叩いても, read しないしかたを - no way of doing; round 58,
    # blind59b)
    "しかた": (("し肩",), ("仕方", "し方", "しかた")),
}
