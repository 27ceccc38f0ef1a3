"""The medical advice lines (#7119/#8000): an ambulance or a hospital asked about, symptoms, a bump, numbness, a
double dose. They follow the weak signs and bare danger words of :mod:`safety.events_danger_words`; the non-medical
advice lines (#9110, 188) and disasters follow them from :mod:`safety.events_consultation`."""

from __future__ import annotations

from safety.events_consultation import consultation_rules
from safety.events_danger_words import danger_word_rules
from safety.events_disaster import disaster_rules
from safety.rule import (
    ANIMAL_LEAD,
    ANIMAL_SUBJECT_SPAN,
    CARER_WORN_OUT,
    PEOPLE,
    Rule,
    rule,
)
from safety.vocabulary import NEG

# An animal's injury or illness, after the animal (see ``safety.rule.animal_subject``).
ANIMAL_AILMENT = (r"けが|怪我|(?<![ぁ-ゖ])ち(?:が|も)|血|はい(?:て|た|ちゃ)|吐|げり|下痢|ねつ|熱|せき|咳|びっこ"
                  r"|ひきず|引きず|はれ|腫れ")
# ... said of the animal, no person's word and no likeness between (犬が吠えるような咳: a child's croup).
PETS = r"(?:うさぎ|兎|はむすたー|いんこ|ことり|小鳥|きんぎょ|金魚|ぺっと|ペット|かめ|亀|とり|鳥)(?:が|は|も|ちゃん)"
LIKENESS = r"よう|みたい|みてえ|っぽ|そっくり"


def animal_ailing(ailment: str) -> str:
    """A pattern: an animal, then ``ailment`` said of it, no person's word and no likeness between."""
    return (r"(?:" + ANIMAL_LEAD + "|" + PETS + r")(?!に|から|さ)(?:(?!" + PEOPLE + "|" + LIKENESS + r")[^\n]){0,"
            + str(ANIMAL_SUBJECT_SPAN) + r"}?(?:" + ailment + ")")


ANIMAL_AILING = animal_ailing(ANIMAL_AILMENT)
# ... and an animal's distress that does not stop (ねこが みぞに おちて なきやまない, 犬の咳が止まらない; round 22:
# an animal as the subject of a sign is none in the set, 44 of 44 - the three #8000 are a likeness, 犬が吠えるような咳)
ANIMAL_PERSISTING = animal_ailing(r"なきやま|泣き止ま|ないてやま|とまら|止まら|おさまら|治まら|とまん")
# A person already in hospital, or a visit asked about (骨折して入院中なんだけど、お見舞い何持ってけば): care is there;
# round 22: every phrase of the set naming a stay in hospital or a visit is none, 18 of 18 (the one 110 is an intruder
# heard while the husband is in hospital, a police event this does not touch). Not discharged (退院して…また熱が).
# What asking about a clinic is not about: its cost, or an animal's vet (犬がぐったり、動物病院って夜やってる？).
ASK_UNLESS = (r"ひよう|費用|りょうきん|料金|ゆうりょう|有料|むりょう|無料|いくら|(?:おかね|お金)(?:が|は)?かか"
              r"|どうぶつびょういん|動物病院|じゅうい|獣医"
              # ... or a check-up's follow-up (健康診断で再検査と言われました。どちらの病院で; blind30a): 21 of 21
              # phrases of the set naming a check-up are none
              r"|けんこうしんだん|健康診断|さいけんさ|再検査|せいみつけんさ|精密検査|健診|検診|にんげんどっく|人間ドック")
# Transport to a hospital (病院へ参るバス, 病院さ市のバス, 通院の送迎, 市民病院行きのバスの時刻表): a hospital as a
# destination, not a question of being seen. Near each other only: 高速バスに酔って…病院に行くべき？ still asks.
CLINIC = r"(?:びょういん|病院|いいん|医院|しんりょうじょ|診療所|くりにっく|クリニック|つういん|通院)"
TRANSPORT = (r"(?:ばす|バス|しゃとる|シャトル|そうげい|送迎|じこくひょう|時刻表|ろせん|路線|のりば|乗り場"
             r"|いきかた|行き方|あくせす|アクセス|たくしー|タクシー|でんしゃ|電車|ちゅうしゃじょう|駐車場)")
HOSPITAL_TRANSPORT = CLINIC + r"[^\n]{0,8}?" + TRANSPORT + r"|" + TRANSPORT + r"[^\n]{0,6}?" + CLINIC
IN_HOSPITAL = (r"にゅういんちゅう|入院中|(?:にゅういん|入院)(?:して|しで)(?:い|お)|(?:にゅういん|入院)(?:さき|先)"
               r"|(?:お)?(?:みまい|見舞)")

# Breathing told normal (息は普通にできてるし話せる, 息はできてます): with something stuck in the throat, no airway
# blocked - every phrase of the set with a thing in the throat and the breath told normal is #7119 (6 of 6, round 24;
# ``breathing_normal``, weighed in :mod:`safety.decide`).
# Not with distress anywhere in the line (息はできてるけど苦しそうで顔が真っ赤: still 119).
THROAT_DISTRESS = (r"くるし|苦し|まっか|真っ赤|むらさき|紫|まっさお|真っ青|あおく|青く|ぐったり|ぜーぜー|ぜえぜえ"
                   r"|ひゅー|こえ(?:が|も)?で(?:ない|ね)|声(?:が|も)?出(?:ない|ね)|ばたばた|もがい|むせ")
BREATHING_NORMAL = (r"(?:^|\n)(?![^\n]*?(?:" + THROAT_DISTRESS + r"))[^\n]*?"
                    r"(?:(?:いき|息)(?:とか|など|のほう|の方)?(?:は|も)(?:ふつう|普通)?(?:に)?(?:でき|して|すえ|吸え)"
                    r"(?!(?:て)?(?:い)?(?:ない|ねえ|ね|ません|なく))"
                    r"|(?:ふつう|普通)に(?:はなせ|話せ|しゃべれ|喋れ))")


# A heart pounding from a fright, not palpitations (事故を見ちゃってまだドキドキ, びっくりしてどきどき): cancels a
# symptom and the palpitations rule alike.
FRIGHT_POUNDING = (r"(?:みちゃ|見ちゃ|みて|見て|みた|見た|びっくり|おどろ|驚|きんちょう|緊張|こわくて|怖くて)"
                   r"[^\n]{0,8}?(?:どきどき|ドキドキ)"
                   # round 55: a sound heard first (物音がして心臓バクバク), or the pounding told over (バクバクした
                   # けど、猫だった)
                   r"|(?:ものおと|物音|さけびごえ|叫び声|ひめい|悲鳴|どなりごえ|怒鳴り声)[^\n]{0,10}?"
                   r"(?:どきどき|ドキドキ|ばくばく|バクバク)"
                   r"|(?:どきどき|ドキドキ|ばくばく|バクバク)(?:した|しました)(?:けど|けれど|が)")

# What cancels a symptom (the ``symptom`` rules).
# The belly (はら), not the はら of a sum paid (すいどう りょうきん はらいたい: to pay; blind35b).
BELLY = r"(?<!きん)(?<!きんを)(?<!かね)(?<!かねを)はら"
# Unwell told as not become so (誰も具合悪くなってない, 悪ぐなってねえがら, 気分悪くなっておりません): no one is ill -
# not a worry whether one is (悪くなってないか, 悪くなってねえべか).
NOT_BECOME_SO = (r"(?![くぐ](?:は|も)?なって(?:い|お|る)?(?:ない|ねえ|ね(?!え)|ません|おりません|りません)"
                 r"(?!か(?!ら)|べ|だろ|でしょ|かしら))")
SYMPTOM_UNLESS = (r"ねつがでたら|ねつがあるとき|ねっちゅう"
                  # a fever already down, nothing else told after (熱出たけどもう下がって元気; blind21)
                  r"|(?:ねつ|熱)[^\n]{0,16}?(?:もう|すっかり|すぐ)(?:さがっ|下がっ|さがり|下がり)(?:て|た|まし)"
                  r"(?![^\n]{0,6}?(?:けど|けれど|のに|でも|まだ|しかし))"
                  # ... a hurt of years ago (骨折したのは三年前で、今はすっかり歩けます; blind30a: 2 of 2 are none)
                  r"|(?:た|だ)のは[^\n]{0,2}?(?:[0-9一二三四五六七八九十]+|なん|何|すう|数)(?:ねん|年)(?:も)?(?:まえ|前)(?!から)"
                  # ... a nosebleed already stopped (花粉で鼻血出た笑、もう止まったけど; blind30b: 3 of 3 are none)
                  r"|(?:はなぢ|鼻血)[^\n]{0,16}?(?:もう|すっかり|すぐ)(?:とまっ|止まっ)(?:て|た)"
                  r"(?:(?:けど|けれど)?(?:\n|$)|(?![^\n]{0,6}?(?:けど|けれど|のに|でも|まだ|しかし)))"
                  r"|ちょうしがわるい(?:ぱそこん|でんわ|くるま|きかい)"
                  r"|(?:くぎ|釘)(?:を|も)?さされ|(?:もと|元|ばしょ|場所|たな|棚|巣)(?:に|へ)[^\n]{0,2}?(?:もどし|戻し)"
                  # a fright, not palpitations (事故を見ちゃってまだドキドキ); a pain played down (ちょっと痛いくらい)
                  r"|" + FRIGHT_POUNDING
                  + r"|(?:ちょっと|すこし|少し)[^\n]{0,4}?(?:いたい|痛い)(?:くらい|ぐらい|ていど|程度|だけ)"
                  # an animal hurt or ill (にわとり けがしてる ちが でてる): the vet's, not a patient (round 19)
                  r"|" + ANIMAL_AILING + "|" + IN_HOSPITAL)


def advice_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        *danger_word_rules(),
        # --- urgent advice ---
        rule("ask_ambulance", "ask",
             r"(?:きゅうきゅうしゃ|救急車|119)(?:を|お|に)?[^\n]{0,4}?(?:よ[ぶんべ]|よば|でんわ|かけ|おねがいし"
             r"|たのんで)[^\n]{0,10}?"
             r"(?:べき|ほうが|いい|よい|よろし|か$|かな|まよ|まよっ|だいじょうぶ|めいわく|わがら|わから)"
             r"|(?:きゅうきゅうしゃ|救急車)(?:を)?"
             r"(?:よぶ|呼ぶ)(?:ほど|までも)"
             # round 22: also 119番するほどじゃない (the ambulance weighed: 68 of 69 such phrases are advice)
             r"|(?:119|ひゃくじゅうきゅう)(?:ばん|番)?(?:に)?(?:する|かける|でんわする|電話する|よぶ|呼ぶ)(?:ほど|までも)"
             # round 20: "is it the level of going to hospital" (病院行くレベル？, 救急呼ぶレベルかわかんない)
             r"|(?:びょういん|きゅうきゅう|いしゃ)[^\n]{0,4}?(?:いく|よぶ|いった|かかる)(?:ほどの)?れべる"
             r"|(?:よぶ|よぼう|いく|いこう|かける|かけよう|でんわする|じゅしんする|みてもらう|つれていく)か[^\n]{0,6}?まよって"
             r"(?:い)?(?:る|ま)|(?:きゅうきゅう|救急)(?:の)?(?:でんわ)?そうだん|しゃーぷ7119|#7119|#8000"
             # (round 23: not a sum, 毎月8000円届く)
             r"|(?<![0-9])(?:7119|8000)(?![0-9]|円|えん)"
             # round 23: a clinic at night asked for by where or by being seen (夜間ってどこ行けばいい?, 夜間でも
             # 診ていただける所があればと): with a symptom told, 21 of 21 phrases of the set asking about the night are
             # advice (#7119 19, #8000 2; the none ask the opening hours of a named clinic and tell no symptom)
             r"|(?:やかん|よなか|しんや)(?:でも|に|って|は)?[^\n]{0,6}?(?:みていただけ|診ていただけ|みてもらえ|診てもらえ"
             r"|どこ(?:に|へ|さ)?(?:いけ|行け|いく|行く|いった|行った))"
             # round 25: a question of being seen at the emergency clinic or by a doctor (救急で診でもらった方がいい
             # んだべか, 今夜救急に行った方がいいですか, 一度診ていただいたほうが): 7 of 7 such phrases of the set are
             # advice (#7119 6, #8000 1)
             r"|(?:きゅうきゅう|救急)(?:で|に|さ|へ)[^\n]{0,4}?(?:みて|診て|いく|行く|いった|行った|いっ|行っ)[^\n]{0,8}?"
             r"(?:ほうが|方が|べき|ほど)|診(?:て|せ)(?:もら|いただ)[^\n]{0,6}?(?:ほうが|方が|べき)",
             has_negation=True,  # 救急車を呼ぶほどではない: still asking whether to call
             # a vet open at night is asked about an animal (犬がぐったり、動物病院って夜やってる？)
             unless=ASK_UNLESS),
        # going to hospital asked about (病院さ行ぐべきか: round 22, written in kanji, read ぎょうぐ - 69 of 69 such
        # questions are advice), and a clinic open at night or now (夜やってる病院; not the いま of 入院しています) -
        # but not a bus, a timetable or a lift to a hospital (古川の病院へ参るバスの時刻表, 病院さ市のバス出でっか,
        # 通院の送迎: a service question, none; after blind25b and blind26b)
        rule("ask_ambulance", "ask",
             # (not the いしゃ of 給水車, きゅうすいしゃ, nor of 会社: blind29b)
             r"(?:びょういん|病院|じゅしん|受診|(?<![すか])いしゃ|医者)[^\n]{0,6}?(?:いく|行く|いった|行った|した|す|つれて|連れて)"
             r"[^\n]{0,4}"
             r"(?:べき|ほうがいい|ほうが|か$|かな)"
             # (round 54: not "right now", 今まさにやっています - an act going on, not a clinic open; wide56b)
             r"|(?:やかん|よる|よなか|きゅうじつ|しんや|こんや|今(?!日|年|月|週|度|回|後|朝|晩|まで|まさ)"
             r"|(?<![てでしざりおきにみめ])いま(?!す|せ|し(?!ら|る)|しょ|まさ)|このじかん)[^\n]{0,8}?(?:びょういん|いいん|しんりょうじょ"
             r"|病院|医院|診療所|外科|小児科|しょうにか|みてくれる|みてくださ|診てくださ|みていただけ|診ていただけ|あいてる|あいてい|やってる|やってい|やってな|やってね)",
             has_negation=True, unless=ASK_UNLESS + r"|" + HOSPITAL_TRANSPORT),
        rule("symptom", "symptom",
             # hearing or sight fading (耳が聞こえにくい, 目が見えにくい): ask whether it is urgent
             r"(?:みみ|耳)(?:が|も)?[^\n]{0,4}?(?:きこえにく|聞こえにく|きこえづら|聞こえづら)"
             r"|(?:め|目)(?:が|も)(?:みえにく|見えにく|みえづら|見えづら|かすん|かすむ)|"
             r"[0-9一二三四五六七八九十](?:ど|度)[^\n]{0,4}?(?:ねつ|熱)|(?:ねつ|熱)(?:が|も|は|を)?(?:で[たてる]|だし|出|あ[るりっ]|たか|高|まだ|はかったら|さんじゅう|"
             # round 23: a fever rising (いままた熱が上がってきております; 1 of 1 such phrase of the set is #8000)
             r"(?:また)?(?:あが|上が)(?:って|り|った)|"
             r"3[89]|4[0-2])|ねつっぽ|はつねつ|こうねつ"
             # round 58 (wide60b): a thermometer's reading told without 熱 (体温計は38度, 体温が39度)
             r"|(?:たいおん|体温)(?:けい|計)?(?:は|が|で|を|も)?[^\n]{0,4}?(?:3[89]|4[0-2]|三十[八九]|さんじゅう(?:はち|く|きゅう))"
             r"|(?:お)?(?:なか|" + BELLY + r")(?:が|も)?(?:いた|いて|いだ|くだ)"
             # (round 53: はきけ not before ん - 人には危険はなさそう reads にはきけんは, not 吐き気; wide55b)
             r"|あたま(?:が)?(?:いた|"
             r"いて|いだ|いで|ずきずき|がんがん)|ずつう|はきけ(?!ん)|(?:は|も)いて(?:しまっ|しまい|ばかり)|はいちゃ"
             # (round 48: not もどしたい, wanting a contract put back - 元に戻したい)
             r"|はいた(?!つ|い[しじ]ょ|たけ(?:ま|る|な)|たき|たく|しま(?!た|だ)|して)|もどし(?:た(?!い|く|が)|て|ちゃ)"
             # (round 58: nor a volitional read on into と, 土地を買おうと -> かおうと; 何度か嘔吐 still is - wide60b)
             r"|(?<![あいらわ会言買使洗歌合払拾思追吸笑誘習貰])(?<![^どいん]か)おうと|げり(?:が|し|ぎみ|っぽ|です|$)|下痢|めまい|ふらふら|せき(?:が|も)?(?:とまら|ひど|でる|で[てた])|じんましん|ほっしん|やけど"
             r"|たちくらみ|立ちくらみ"  # round 42 (kinds41): dizziness standing up
             # (not unwell told as not become so - 誰も具合悪くなってない: no one is ill; a worry whether
             # one is, 悪くなってないか心配, stays advice; round 46, wide48 heard)
             r"|ぐあい(?:が)?(?:わる|"
             r"わり|よくな)" + NOT_BECOME_SO + r"|きぶん(?:が)?(?:わる|わり)" + NOT_BECOME_SO
             + r"|たいちょう(?:が)?(?:わる|わり|くず)"
             # round 53: a sharp pain told as such, a back that gave, a pain at each move, a cry of pain (腰に激痛が
             # 走りました, 腰がぎくっと, 動くたびに痛みます, 痛い痛いと足を押さえて; wide55b)
             r"|げきつう|激痛|(?:こし|腰)(?:が|に|を)?(?:ぎくっ|ぐきっ|ぎくり)|(?:いたい|痛い)(?:いたい|痛い)"
             r"|(?:うごく|動く|あるく|歩く|うごかす|動かす)たびに(?:いた|痛)"
             r"|いたみ(?:が)?(?:ひど|つよ|とれ)|こっせつ|ほね(?:が)?(?:おれ)|はなぢ|鼻血|ぎっくり|こし(?:が)?(?:いた"
             r"|いて)|(?<![のこは])はがいた|(?<![のこは])はがいて|歯が(?:いた|痛)"
             r"|(?<![いき言聞書置効着開引泣鳴歩働])(?:いたくて|いだくて)|(?:べん|便|うんち|うんこ|にょう|尿|おしっこ|たん|痰|おむつ|オムツ)(?:に|さ)(?:すこし|少し|ちょっと|あかい|赤い)?(?:ち|血)(?:ぃ|っ)?(?:が|も)?(?:まじ|混じ|まざ|つい|付い|でて|出て|すこし|少し|ちょっと)|(?:ひどい|はげしい)せき|(?:せき|咳)(?:が|も|の)?(?:おと|音)?(?:が)?(?:ひゅ|ぜえ|ぜい|ぜぜ)|せき(?:を|が)?(?:して|しで|こん)|いたが[っる]"
             r"|いだが[っる]|びねつ|ねつ(?:が)?(?:つづ|続)|ねんざ|だっきゅう|だぼく|打撲"
             r"|(?:ようつう|ふくつう|しつう|かんせつつう|ずつう)(?:が)?(?:ひど|つよ|する|で)|(?<!しん)(?<!しゅっ)せきこ|はきそう"
             r"|もどしそう|(?:はら|おなか|腹)(?:を|が)?(?:こわ|壊)|おなかくだ|腹(?:が)?[^\n]{0,4}?(?:いた|痛)|腹(?:が|も)?(?:いて|いで)"
             # (kana のど not after う/も/そ: 訴訟がどうのと書いて, devoiced とうのとかいて, is no throat; round 24)
             r"|(?:おなか|なか|" + BELLY + r"|あたま|こし|あし|ひざ|みみ|(?<![うもそ])のど|せなか|くび|うで|はぐき"
             r"|いぶくろ)(?:が|も|は)?(?:すごく|とても|ずっと|めっちゃ|ちょっと|かなり|ひどく|すこし)?(?:いた|いて|いだ|いで)"
             # (kana うで not after ゃゅょ: 充電が切れそう, じゅうでんがきれそう, is no arm cut; blind29a)
             r"|(?:ゆび|てのひら|あし|ひざ|あたま|かお|ひたい|(?<![ゃゅょ])うで|おでこ|まぶた|くちびる|あご|くち|口|指|膝|額|唇|顎)を?[^\n]{0,4}?"
             r"(?:きり|切り|切っ|切れ|きっ"
             r"|きれ|すりむ|うっ|ぶつけ)|はれ(?:て|あが)|ほっさ|さされ(?:た|て)|(?<!つ)かまれ(?:た|て)|吐(?:い|き)|ゆびを?はさ"
             # (round 51: pain on swallowing, 唾を飲むたびに顔をしかめて - a fish bone, a sore throat; wide45 was read
             # so only through 喉元を as 戻す until 戻す became a verb)
             r"|(?:つば|唾)(?:を|も)?(?:のむ|飲む|のみこむ|飲み込む|のんだ|飲んだ|のみこんだ|飲み込んだ)(?:たび|と(?:き)?|時)"
             # (もど only as the verb 戻す, 戻る: 何度もドアに, devoiced なんともとあに, is no vomiting; round 51)
             # (not はいっ: 何通も入って, read なんとおりもはいって, entered, not vomited; blind27b)
             # (round 53: nor はいり, 何度も入り, entered: 手紙が何度も入り; wide55)
             r"|(?:なんど|なんかい|ずっと)[^\n]{0,3}?(?:はい(?!っ|り)|もど(?=し|す|っ|る|り|せ|ち))|むかむか|むねやけ|胸焼け|胃が(?:いた|痛|もた)"
             r"|(?:ねつ|熱)(?:が|は|も)?[^\n]{0,3}?[34][0-9](?:ど|度)|ぜんそく|喘息|(?:せき|咳)(?:\n|$)"
             r"|(?:けつあつ|血圧)(?:が)?[^\n]{0,4}?(?:きゅうに|急に|すごく|とても|あがっ|上がっ|[12][0-9][0-9])"
             r"|(?:みるく|ミルク|おっぱい|ぼにゅう|母乳)(?:を|も)?[^\n]{0,6}?(?:のまな|飲まな|のまね|飲まね|のんでくれ|飲んでくれ)"
             r"|しっしん(?:が|で|も)|湿疹|かゆが(?:っ|る)"
             r"|(?:はな|鼻|みみ|耳)(?:に|の(?:なか|中)に|のあなに|の穴に)[^\n]{0,8}?(?:いれ|入れ|つめ|詰め|はいっ|入っ|つまっ|詰まっ)"
             r"|(?:たばこ|タバコ|すいがら|吸い殻|でんち|電池|くすり|薬|せんざい|洗剤|ぼたん|ボタン)[^\n]{0,8}?(?:かじ|なめ|たべ|食べ"
             r"|のん|飲ん|のみこ|飲み込|くちにいれ|口に入れ)[^\n]{0,8}?(?:かも|みたい|っぽい|かもしれ)"
             r"|(?:うって|打って|ぶつけて|ひねって|捻って|くじいて)[^\n]{0,4}?(?:いた(?:い|く|か|む|み|が)|痛)|(?:しょくよく|食欲)(?:が|も)?(?:な|ね)",
             unless=SYMPTOM_UNLESS),
        # a hurt (けがをした) on the voiced views: devoiced, 人影が走って (ひとかげがはしって) reads ひとかけかはし,
        # which holds けか+は+し (blind30b); no other phrase of the set is placed differently
        # (round 38: not "no one hurt" told by a clause, けがした人はいねがった, as in safety.rule's UNHARMED_PERSON)
        rule("symptom", "symptom",
             # (round 41: not the causative, an injury caused to someone else - 人にけがをさせたので示談金)
             r"けが(?:を|は|も)?(?:し|さ(?!せ))(?!た(?:ひと|人|もの|者)(?:は|も)?(?:いな|いね|いませ|おりませ))",
             voiced=True, unless=SYMPTOM_UNLESS),
        # palpitations on the voiced views (devoiced, どうき/どきどき would meet 給湯器 きゅうとうき, 陶器, ときどき)
        # (round 22: not 水道局, すいどうきょく)
        # (round 45: nor a defibrillator, 除細動器 read じょさいどうき)
        # (round 55: also 心臓がバクバク, a pounding heart - read as chest pain before; 4 of the set's 5 such phrases
        # with no other sign are #7119, the fifth is a fright)
        rule("palpitations", "symptom",
             r"動悸|(?<!すい)(?<!じょさい)どうき(?!ょ|を(?:つけ|付け|くば|配))|どきどき|どぎどぎ"
             r"|(?:しんぞう|心臓)(?:が|は)?(?:ばくばく|ばぐばぐ)", voiced=True,
             unless=FRIGHT_POUNDING),
        rule("symptom_persisting", "symptom",
             rf"(?:ねつ|熱)(?:が|も|は)?(?:さがら|さがん|下がら|ひか){NEG}|(?:さがり|下がり)ません|(?:なきやま"
             rf"|泣き止ま|ないてやま){NEG}|(?:なきやみ|泣き止み|ないてやみ)ません|(?:せき|咳|しゃっくり|はなみず|鼻水|はきけ|吐き気|げり|下痢|ふるえ|震え|(?<![あいらわ会言買使洗歌合払拾思追吸笑誘習貰])(?<![^どいん]か)おうと"
             rf"|嘔吐|いたみ|痛み|かゆみ|かゆ|ねつ|熱|めまい|おなか|はら|しっしん|じんましん|なみだ|いた|ぎっくり)"
             rf"(?:が|も|は)?[^\n]{{0,4}}?(?:とまら|おさまら|止まら|治まら|とまん){NEG}",
             has_negation=True, unless=ANIMAL_PERSISTING + "|" + IN_HOSPITAL + "|" + CARER_WORN_OUT),
        # round 23: a bump (おでこにたんこぶ, こぶが大きくなってきました): 10 of 10 phrases of the set with one are
        # advice (#8000 6, #7119 4); a blow with vomiting or worse is placed by the 119 rules first
        rule("bump", "symptom",
             r"(?:(?:たんこぶ|こぶ)(?:が|も|は)?[^\n]{0,6}?(?:でき|出来|おおきく|大きく|はれ|腫れ|ある|あり)"
             r"|(?:おでこ|ひたい|額|あたま|頭)(?:に|さ|の)(?:たんこぶ|こぶ)|たんこぶ)"
             # (its own negation: 泣いた, read ないた after たんこぶ, is no denial - たんこぶ ないたけど)
             r"(?!(?:て|で)?(?:い)?(?:ない(?!た|て(?!す))|ねえ|ね(?![ぁ-ゖ])|ません|ありません))",
             has_negation=True, unless=ANIMAL_AILING + "|" + IN_HOSPITAL),
        # round 23: numbness asked about (手の指先が白くなってしびれて…どこに相談したら): with a question or a
        # consultation, 5 of 5 such phrases of the set are #7119; numbness with a stroke or heart sign is placed by
        # the 119 rules first (14 of 14 119)
        rule("numbness", "symptom", r"しびれ|痺れ",
             needs=r"そうだん|相談|びょういん|病院|だいじょうぶ|大丈夫|べき|(?:いい|よい|よろしい)(?:の)?(?:か|でしょう)"
                   r"|ほど(?:だ|か|でも)",
             unless=ANIMAL_AILING + "|" + IN_HOSPITAL),
        rule("feeling_unwell", "symptom", r"ちょうし(?:が)?(?:わる|わり)",
             not_before=r"(?:ぱそこん|すまほ|でんわ|くるま|きかい|てれび|えあこん|といれ|ぷりんた|けいたい|ろうか"
                 r"|かいしゃ)(?:の|が)?"),
        # a medicine taken twice or an extra dose (血圧の薬を朝と昼と二回飲んでしまった; 2 of 2 such phrases of the set
        # are #7119; blind25) - a child's swallowed medicine is placed by the rules before
        rule("double_dose", "symptom",
             r"(?:くすり|薬)[^\n]{0,14}?(?:にかい|二回|2回|にど|二度|2度|にじゅうに|二重に|いっかいぶん|一回分|よぶんに|余分に)"
             # (round 45, blind46b: given to someone, 母に朝の薬を二回飲ませてしまった; taken, 飲みました, 服用)
             r"(?:おおく|多く)?(?:のん|飲ん|のませ|飲ませ|のまして|飲まして|のみまし|飲みまし|のみすぎ|飲みすぎ|飲み過ぎ"
             r"|ふくよう|服用)",
             # (not a regimen, 一日二回飲んでいます, 朝晩2回服用)
             unless=ANIMAL_AILING + "|" + IN_HOSPITAL
             + r"|(?:いちにち|一日|1日|あさばん|朝晩|まいにち|毎日)(?:に)?[^\n]{0,2}?"
             r"(?:にかい|二回|2回|にど|二度|2度)"),
        # a marker (round 24): breathing told normal, which turns a thing stuck in the throat into a question for #7119
        rule("breathing_normal", "ask", BREATHING_NORMAL),
        *consultation_rules(),
        *disaster_rules(),
    )
