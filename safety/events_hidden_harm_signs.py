"""Harm told sideways or seen from outside (round 47, wide49b: the mind and hidden harm).

What a caller reports is often not the act but what it left: a box of pain-killers swallowed whole, an empty
weed-killer bottle beside a farewell note, a baby shaken and now limp, a neighbour who barely answers after days
alone, a small child shut out in the snow. Each rule reads the event over its parts - the thing, what was done with
it, and the sign that it is now - so that a telling in other words meets it, and a topic (a novel, a drama, a
question of sorting rubbish) does not:

- *an overdose told by its amount* (119): a medicine - pain-killers and cold remedies by name too - swallowed a box,
  a bottle, all of it or tens of tablets at once; not a course finished as prescribed, not a "what if";
- *a poison or medicine taken on purpose* (119): 自分で / わざと with a sign (vomiting, a burning throat) or a note
  left; an emptied bottle of weed-killer or medicine found with a farewell, a sign or "I already took them";
- *a shaken baby* (119): shaken hard, then vomiting, limp, drowsy or not crying;
- *strangled by someone, with signs after* (119): passed out, vomiting, a hoarse voice, red dots in the eyes;
- *barely answering* (119): a person whose answer is faint or almost none (返事がかすか, 返事がほとんどない) - not
  a message, not a sulk, not one hard of hearing;
- *a fall with twitching* (119): keeled over and jerking (ひっくり返ってビクビク);
- *vanished at a water channel* (119): gone from sight by a snow channel, a ditch or a river, only the tools left or
  only the water heard;
- *a small child shut out in the cold* (110): on a balcony or outside in snow, pyjamas or bare feet, crying, nobody
  opening the window;
- *a crossing's barrier up while the bell rings* (110): the ringing is the train coming;
- *a pension or money taken under threat* (#9110): 年金 / 通帳 / お金 taken or demanded, with 脅して, 怒鳴る, 断ると,
  逆らうと or fear told - by family as by anyone; not money kept for an elder with no threat;
- *a paid tip or match service that did not deliver* (188): a racing tips site or seller, a marriage agency, paid and
  nothing won, no one introduced, wanted back; not a hobby's tips, not asking which agency to choose.
"""

from __future__ import annotations

from safety.events_cry_cut_off_signs import CRY_CUT_OFF
from safety.events_road_signs import CROSSING, TRAIN_APPROACHING
from safety.rule import ANIMAL_VETO, FICTION, PEOPLE, Rule, rule

# Medicines, the shop-bought ones by name (痛み止め, 鎮痛剤, 解熱剤, 風邪薬) and sleeping pills.
MEDICINE_NAMED = (r"(?:くすり|薬|じょうざい|錠剤|いたみどめ|痛み止め|痛みどめ|ちんつうざい|鎮痛剤|げねつざい|解熱剤"
                  r"|すいみんやく|睡眠薬|すいみんどうにゅうざい|睡眠導入剤|あんていざい|安定剤|さぷり|サプリ)")
# A farm or household poison (草枯らし is weed-killer in the country's words).
POISON = (r"(?:じょそうざい|除草剤|くさからし|草枯らし|のうやく|農薬|さっちゅうざい|殺虫剤|さっそざい|殺鼠剤"
          r"|ひょうはくざい|漂白剤|とうゆ|灯油)")
SUBSTANCE = r"(?:" + MEDICINE_NAMED + r"|" + POISON + r")"
# An amount that is no dose: a box, a bottle, a whole sheet, all of it, tens of tablets.
WHOLE_AMOUNT = (r"(?:(?:ひと|一|1|１)(?:はこ|箱|びん|瓶|しーと|シート|ふくろ|袋)|はこごと|箱ごと|しーとごと|シートごと"
                r"|ぜんぶ|全部|すべて|全て|ありったけ|まるごと|丸ごと"
                r"|(?:[0-9０-９]{2,}|なんじゅう|何十|すうじゅう|数十)(?:じょう|錠|つぶ|粒))")
# Swallowed - done, not "if one swallowed" (飲んだら) nor swallowing as told (飲んでください).
SWALLOWED = (r"(?:のん|飲ん)(?:だ(?!ら(?!し))|じゃ|でしま|でしも)|(?:のみこ|飲み込)(?:んだ(?!ら(?!し))|んじゃ|んでしま)"
             r"|(?:のみほ|飲み干)(?:した|しちゃ)")
# A course finished as prescribed, a question of what would happen: no overdose.
AS_PRESCRIBED = (r"しょほう|処方|のみおわ|飲み終わ|のみきっ|飲み切っ|きちんと|ちゃんと|わすれず|忘れず|まいにち|毎日"
                 r"|しょうせつ|小説|ものがたり|物語|" + FICTION)
# An overdose is not settled by the person's calm (本人は平気だと言っています, 顔色は普段どおり): the harm shows
# hours later, so neither a settled state (:func:`safety.detect.find`) nor the learned resolution signal
# (:func:`safety.resolution.reconsidered`) turns it to advice. Nor is a cry overheard that then stopped (round 53):
# the silence is what worries.
NOT_SETTLED_BY_CALM: frozenset[str] = frozenset({"overdose", CRY_CUT_OFF})
# Drunk down, done (飲んだらしくて, 飲んじゃった) - not "if one drank" (飲んだら).
DRANK = r"(?:のん|飲ん)(?:だ(?!ら(?!し))|じゃ|で)"
# Done on purpose.
ON_PURPOSE = r"(?:じぶんで|自分で|わざと|みずから|自ら)"
# What shows the swallowing was harm: the body's signs, a farewell left, wishing to vanish or die.
HARM_SIGN = (r"はい(?:て|た)|吐い|はき|吐き|えず|もど(?:し|す)|のどが(?:やけ|焼け|いた)|喉が(?:やけ|焼け|痛)"
             r"|くるし|苦し|ぐったり|かきおき|書き置き|いしょ|遺書|めも|メモ|すまん|すまない|ごめん"
             r"|しにたい|死にたい|きえたい|消えたい|おわりに|終わりに|らくになりたい|楽になりたい")
# An emptied bottle, box or sheet (除草剤の空き瓶, 鎮痛剤の空き箱とシート).
EMPTIED = r"(?:の)?(?:あき|空き|から(?:の|っぽ)|空(?:の|っぽ))(?:はこ|箱|びん|瓶|しーと|シート|ぼとる|ボトル|ふくろ|袋)"
# ... with a farewell or a sign, or the person saying it is done (もう飲んじゃったから).
EMPTIED_TOLD = HARM_SIGN + r"|(?:のん|飲ん)(?:じゃ|でしま|だから|だって)"
# Sorting or throwing away an empty box: no harm.
RUBBISH_SORTING = r"ぶんべつ|分別|すてかた|捨て方|だしかた|出し方|なにごみ|何ごみ|何ゴミ|しゅうしゅうび|収集日"

# Shaken hard (揺さぶってしまった, 強く揺さぶっちゃった), then signs of a head injury in a baby.
SHAKEN = r"(?:ゆさぶ|揺さぶ)(?:っ|り|ら(?!れっこ))"
INFANT_HURT_SIGN = (r"はい(?:て|た)|吐い|はき|吐き|もど(?:し|す)|ぐったり|ぐにゃ|ぐにゃり|とろん|うとうと"
                    r"|(?:なか|泣か)(?:ない|なく|ねえ|ず)|(?:なき|泣き)ません|はんのう|反応|けいれん|痙攣|ひきつけ"
                    r"|いしき|意識|めをあけ|目を開け")

# ... the signs denied (吐いてもいないし, ぐったりはしていません): the rule reads its own negation (泣いてくれない), so
# a denial is its guard.
SIGN_DENIED = (r"(?:はい|吐い|もどし|ぐったり(?:と)?し|ぐにゃっと?し)(?:て|たり)?(?:は|も)?(?:い|お)?"
               r"(?:ない(?!て)|ねえ|ません|りません)")

# Strangled by someone (首を絞められ, 首しめられて), then signs of it.
STRANGLED = r"(?:くび|首)(?:を|ば)?(?:しめ|絞め|締め)られ"
STRANGLED_SIGN = (r"はい(?:て|た)|吐い|はき|吐き|きがとお|気が遠|きをうしな|気を失|いしき|意識"
                  r"|おち(?:た|て)|落ち(?:た|て)"
                  r"|がらがら|ガラガラ|かすれ|しゃがれ|あかいてん|赤い点|てんてん|点々|ふらふら|フラフラ")

# A faint or almost no answer (返事がかすか, 返事がほとんどない, 呼んでも返事が弱々しい).
BARELY_ANSWERS = (r"(?:へんじ|返事|こたえ|応答|はんのう|反応)(?:が|も)?[^\n]{0,2}?"
                  r"(?:ほとんど(?:ない|なく|ねえ|ね|しない|しなく|ありません|なし)|かすか|微か|よわよわし|弱々し|弱弱し)")
# ... not a message unanswered, a sulk, one hard of hearing or taciturn.
NOT_BODILY = (r"らいん|ライン|めーる|メール|めっせーじ|メッセージ|ちゃっと|チャット|てがみ|手紙|えすえぬえす|ＳＮＳ|SNS"
              r"|はんこうき|反抗期|ししゅんき|思春期|むし(?:する|され|して)|無視|すねて|けんか(?!ん)|喧嘩"
              r"|みみがとお|耳が遠|むくち|無口|ぼうなよみ|" + FICTION)

# Keeled over and jerking (ひっくり返ってビクビク, ひっくりげえってガクガク).
KEELED_OVER = r"(?:ひっくりかえ|ひっくり返|ひっくりけえ|ひっくりげえ|ひっくりがえ)(?:っ|り)"
JERKING = r"(?:びくびく|ビクビク|がくがく|ガクガク|ぴくぴく|ピクピク|ひくひく|ヒクヒク|けいれん|痙攣)"

# A water channel, ditch or river.
WATER_CHANNEL = (r"りゅうせつこう|流雪溝|ようすいろ|用水路|すいろ|水路|そっこう|側溝|みぞ|溝|かわ(?!い|ら)|川|ほり|堀"
                 r"|ぬま|沼|ためいけ|ため池")
# Gone from sight (姿が消えた, 見えなくなった).
GONE_FROM_SIGHT = (r"(?:すがた|姿)(?:が|も)?[^\n]{0,2}?(?:きえ|消え|みえなくな|見えなくな|みあたら|見当たら)")
# ... only the tools left behind, or only the water heard.
ONLY_LEFT = (r"(?:だけ)(?:が)?[^\n]{0,2}?(?:のこ|残|おち|落ち|うい|浮い|ころが|転が)"
             r"|(?:みず|水)の(?:おと|音)(?:しか|だけ)")

# A small child (小さい子, 幼い子, ちっちゃいわらす) - or any child word.
SMALL_CHILD = r"(?:ちいさい|小さい|ちっちゃい|ちっちゃな|おさない|幼い)(?:こ|子|わらす|わらし)|" + PEOPLE
# Out in the cold: snow, frost, bare feet, night clothes.
OUT_IN_COLD = r"ゆき|雪|さむ|寒|しも|霜|はだし|裸足|ぱじゃま|パジャマ|ねまき|寝間着|うすぎ|薄着"
# Shut out and nobody letting in (締め出されて, 窓が開かない, 親は出てこない).
SHUT_OUT = (r"(?:しめだ|締め出|閉め出|しめだし)"
            r"|(?:まど|窓|どあ|ドア)(?:が|を|は)?[^\n]{0,2}?(?:あかな|開かな|あけてもらえ|開けてもらえ|あけな|開けな)"
            r"|(?:おや|親|だれ|誰)(?:は|も|が)?[^\n]{0,2}?(?:でてこな|出てこな|でてきません|出てきません)")
# A balcony or outside.
OUTSIDE = r"べらんだ|ベランダ|そと|外|げんかん|玄関"
CRYING = r"ないて|泣い|なき|泣き|ふるえ|震え"

# A crossing's bell ringing (警報がカンカン鳴ってるのに, 警報なってるのに): the train is coming.
BELL_RINGING = (r"(?:けいほう|警報|かんかん|カンカン)(?:き|機)?(?:が|は)?[^\n]{0,6}?(?:なって|鳴って|なっと|鳴っと)"
                r"(?:る|いる|います|おります)?(?:ん)?(?:のに|けど|のによ)")
# A crossing barrier up or not down (遮断機が上がったまま, 遮断機が降りません).
BARRIER_UP = (r"(?:しゃだんき|遮断機|しゃだんかん|遮断桿)(?:が|は|も|さ)?[^\n]{0,4}?"
              r"(?:あがった|上がった|あがって|上がって|あいた|開いた|あいて|開いて"
              r"|(?:おり|下り|降り)(?:て(?:い|こ)?)?(?:ない|ねえ|ね|ません|ず))")


# A pension, a bankbook or money taken from someone (通帳を出せと言う, 年金を取り上げて, おかね とっていく) ...
MONEY_TAKEN = (r"(?:ねんきん|年金|つうちょう|通帳|おかね|お金|かね|金|きゃっしゅかーど|キャッシュカード)"
               r"(?:を|ごと|も|は)?"
               r"[^\n]{0,14}?(?:とりあげ|取り上げ|とって(?:い|く)|取って(?:い|く)|もって(?:い|く)|持って(?:い|く)"
               r"|もっていか|持っていか|だせ|出せ|よこせ|わたせ|渡せ|まきあげ|巻き上げ)")
# ... under a threat (脅して, 断ると怒鳴る, 逆らうと何されるか, この家にいられなくしてやる).
UNDER_THREAT = (r"おどし|脅し|おどさ|脅さ|おどかし|脅かし|どなる|怒鳴る|どなら|怒鳴ら|どなり|怒鳴り"
                r"|(?:さからう|逆らう|ことわる|断る|ことわった|断った)と|いられなくし|こわい|怖い|おっかね")
# ... by force, now (無理やり, 押し倒して, 突き飛ばして, 殴って, 力ずくで; round 53)
BY_FORCE = (r"むりやり|無理やり|無理矢理|ちからずく|力ずく|力づく|おしたお|押し倒|つきとば|突き飛ば"
            r"|なぐっ|殴っ|なぐら|殴ら"
            r"|けっ(?:て|た)|蹴っ|くびを|首を|おさえつけ|押さえつけ")
# ... again and again, on pension day (毎月, 毎回, 来るたびに, 年金の日には): a matter for the consultation line, not a
# stranger demanding money now (へんなおとこが きて おかねだせって おどしてる stays 110).
AGAIN_AND_AGAIN = (r"まいつき|毎月|まいかい|毎回|たびに|度に|いつも|しょっちゅう|ずっと"
                   r"|(?:ねんきん|年金)(?:の)?(?:でる)?(?:ひ|日)"
                   r"|年金の出る日|ねんきんび|年金日|きゅうりょうび|給料日")
# A paid tip or match service that did not deliver (競馬の必勝予想サイト, 結婚相談所): the service by its name (not
# a hobby's tips, 競馬の予想は楽しい) ...
PAID_SERVICE = (r"(?:けいば|競馬|けいてい|競艇|けいりん|競輪|ぱちんこ|パチンコ)(?:の)?[^\n]{0,4}?"
                r"(?:よそう|予想|ひっしょう|必勝)"
                r"[^\n]{0,4}?(?:さいと|サイト|や(?:さん)?(?:に|さ)|屋|じょうほう|情報|さーびす|サービス|ほう|法|ってやつ"
                r"|かいしゃ|会社)"
                r"|よそうさいと|予想サイト|じょうほうしょうざい|情報商材|けっこんそうだんじょ|結婚相談所"
                r"|こんかつさーびす|婚活サービス|であいけいさいと|出会い系サイト")
# ... with the money paid or the wish to quit and get it back.
PAID_AND_UNDONE = (r"はらっ|払っ|はらい|払い|とらっ|取らっ|とられ|取られ|へんきん|返金|かえして|返して|もどって|戻って"
                   r"|やめ|辞め|かいやく|解約|たかい|高い|にゅうかいきん|入会金")


def hidden_harm_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        # a medicine swallowed a box or all at once (解熱鎮痛薬を一箱すべて飲んだ, 痛みどめを1箱全部飲んだ)
        rule("overdose", "medical",
             MEDICINE_NAMED + r"(?:を|ば)?[^\n]{0,12}?" + WHOLE_AMOUNT + r"[^\n]{0,4}?(?:" + SWALLOWED + r")",
             unless=AS_PRESCRIBED),
        # a medicine or poison taken on purpose, with a sign or a note (草枯らしの薬を自分で飲んだらしくて…吐いて)
        rule("overdose", "medical",
             SUBSTANCE + r"(?:を|ば)?[^\n]{0,4}?" + ON_PURPOSE + r"[^\n]{0,3}?" + DRANK
             + r"|" + ON_PURPOSE + r"[^\n]{0,10}?" + SUBSTANCE + r"(?:を|ば)?[^\n]{0,3}?" + DRANK,
             needs=HARM_SIGN, unless=AS_PRESCRIBED),
        # an emptied bottle or box of it found with a farewell, a sign or "already took them" (除草剤の空き瓶と
        # 「みんなすまん」と書いたメモ…えずいている; 鎮痛剤の空き箱とシート…「もう飲んじゃったから」)
        rule("overdose", "medical", SUBSTANCE + EMPTIED,
             needs=EMPTIED_TOLD, unless=RUBBISH_SORTING + r"|" + FICTION),
        # a baby shaken hard, then vomiting, limp or drowsy (揺さぶってしまいました…何度も吐いて、ぐったり)
        rule("shaken_infant", "medical",
             SHAKEN + r"[^\n]{0,40}?(?:" + INFANT_HURT_SIGN + r")", has_negation=True,
             unless=FICTION + r"|しょうこうぐん|症候群|ゆさぶられっこ|揺さぶられっ子|" + SIGN_DENIED),
        # strangled, then passed out, vomiting or hoarse (首をしめられた…声がガラガラで…吐きました)
        rule("strangled", "medical", STRANGLED, needs=STRANGLED_SIGN,
             unless=FICTION + r"|ぷろれす|プロレス|じゅうどう|柔道"),
        # a person barely answering (呼んでも返事がかすか, 返事がほとんどないです)
        rule("unconscious", "medical", BARELY_ANSWERS, needs=PEOPLE, unless=NOT_BODILY + r"|" + ANIMAL_VETO),
        # keeled over and jerking (いまひっくりげえってビクビクしてる)
        rule("seizure", "medical", KEELED_OVER + r"(?:て)?[^\n]{0,4}?" + JERKING,
             unless=FICTION + r"|" + ANIMAL_VETO),
        # gone from sight by a water channel, only the shovel left (流雪溝…おばあさんの姿が消えた。スコップだけ残って)
        rule("drowning", "medical", GONE_FROM_SIGHT,
             needs=r"(?=[\s\S]*?(?:" + WATER_CHANNEL + r"))[\s\S]*?(?:" + ONLY_LEFT + r")", unless=FICTION),
        # --- 110 ---
        # a small child shut out in the cold, crying, nobody opening (ベランダに…雪の中パジャマのまま閉め出されて泣いて)
        rule("child_abuse", "police", SHUT_OUT,
             needs=(r"(?=[\s\S]*?(?:" + SMALL_CHILD + r"))(?=[\s\S]*?(?:" + OUTSIDE + r"))(?=[\s\S]*?(?:" + CRYING
                    + r"))[\s\S]*?(?:" + OUT_IN_COLD + r")"),
             unless=FICTION + r"|かぎ(?:を|が)?(?:なくし|わすれ|忘れ)|鍵(?:を|が)?(?:なくし|無くし|忘れ)"),
        # a crossing's barrier up while its bell rings or a train is seen (警報がカンカン鳴ってるのに遮断機が上がった
        # まま; 遮断機が降りません 警報なってるのに車が渡ってます)
        rule("road_danger", "police", BARRIER_UP, has_negation=True,
             needs=r"(?=[\s\S]*?" + CROSSING + r")[\s\S]*?(?:" + BELL_RINGING + r"|" + TRAIN_APPROACHING + r")",
             unless=FICTION + r"|きのう|昨日|せんしゅう|先週|なおっ|直っ|ふっきゅう|復旧|むかし|昔|ゆめ|夢"),
        # round 53 (blind54a): money or a bankbook being taken by force now, by family or anyone - a push, a blow or
        # "by force" with it (息子が母を突き飛ばして、通帳を無理やり持っていこうとしてる): 110, not a matter of
        # the pension day (those are the consultation line's, below)
        rule("money_taken_by_force", "police", MONEY_TAKEN + r"(?:こう|ごう)?(?:と(?:して|する|し)|てる|ている|ておる)",
             needs=BY_FORCE, unless=FICTION + "|" + AGAIN_AND_AGAIN),
        # --- the police consultation line (#9110) and 188 ---
        # a pension or money taken under threat again and again, by family or anyone (年金の日には義理の息子が来て、
        # 通帳ごと持っていく…「逆らうと何されるかわからない」; ねんきんの ひに むこが きて おかね とっていく)
        rule("money_taken_by_threat", "scam", MONEY_TAKEN,
             needs=r"(?=[\s\S]*?(?:" + UNDER_THREAT + r"))[\s\S]*?(?:" + AGAIN_AND_AGAIN + r")",
             unless=FICTION + r"|さぎ(?:の|に)?(?:はなし|話)|詐欺の話|ぼうはん|防犯"),
        # a paid tip or match service that did not deliver (競馬の必勝予想サイトに30万払ったけど全然当たらない;
        # 結婚相談所…五十万円も払いまして、紹介もほとんどありません)
        rule("consumer", "consumer", PAID_SERVICE, needs=PAID_AND_UNDONE,
             unless=FICTION + r"|(?:どこ|どれ|おすすめ|オススメ)(?:が|の|か)"),
    )
