"""Generic events (split from :mod:`safety.events_police`, after blind34): a person without signs of life, sudden
speech loss, a stranger at the door, and the rules that came up among them; applied right after the police rules."""

from __future__ import annotations

from safety.events_daily_signs import INTO_A_ROOM
from safety.events_trouble_signs import DEATH_THREAT_WORDS, SAID_TO_ONE, WRITTEN_DEATH_THREAT
from safety.rule import (
    ANIMAL,
    ANIMAL_VETO,
    EX_PARTNER,
    FICTION,
    OCCUR_BEFORE,
    PEOPLE,
    SMALL_THING,
    STRANGER,
    SULKING,
    UNKNOWN_AT_THE_DOOR,
    VITAL,
    VITAL_HABIT,
    VITAL_NEG,
    Rule,
    rule,
)
from safety.vocabulary import CHILD, NEG, PERSON, THINGS_BEFORE
from safety.vocabulary_things import STAYS_AT_THE_DOOR, VEHICLE_STUCK

# A car someone is forced into, 車 or the car named by its kind (ワゴン, ワンボックス, 軽トラ; round 57: 女の子が白い
# ワゴンに無理やり乗せられてる, blind58a) - not a bus (a child put on the school bus by a parent).
FORCED_INTO = (r"くるま|車|わごん|ワゴン|わんぼっくす|ワンボックス|みにばん|ミニバン|けいとら|軽トラ|とらっく|トラック"
               r"|けいじどうしゃ|軽自動車")

# What a thief snatches or drives off with.
# A belonging not found (眼鏡, 補聴器, 杖, 通帳, 印鑑, 薬, 保険証, 時計), no person told between it and the
# not-finding.
BELONGING = (r"めがね|眼鏡|いれば|入れ歯|ほちょうき|補聴器|つえ|杖|つうちょう|通帳|いんかん|印鑑|はんこ"
             r"|りもこん|リモコン|くすり|薬|ほけんしょう|保険証|てちょう|手帳|うでどけい|腕時計|かさ|傘|てぶくろ|手袋|めんきょしょう|免許証|しょるい|書類")
BELONGING_NOT_FOUND = (r"(?:" + BELONGING + r")(?:が|を|は|も)(?:(?!" + PEOPLE + r")[^\n]){0,14}?"
                       r"(?:みあたら|見当たら|みあたりま|見当たりま|みつから|見つから|みつかりま|見つかりま)")
BELONGINGS_TAKEN = (r"かばん|鞄|ばっく|バッグ|さいふ|財布|おかね|お金|げんきん|現金|けいたい|携帯|すまほ|スマホ|にもつ"
                    r"|荷物|てさげ|手提げ|りゅっく|リュック|ぽーち|ポーチ|じてんしゃ|自転車|くるま|車|ばいく|バイク|けいとら|軽トラ")

# A request already met (来てもらって説明を受けました, 呼んでくれた, 来ていただきました): told as done, not asked for;
# 来てもらえますか / 来てもらって下さい still ask (round 22: every police request of the set is a request, 5 of 5 110;
# every police visit or kindness told as done, 4 of 4 none).
# A jump down from something low - a truck bed, a step, a ladder, a bed, a swing (軽トラの荷台から飛び降りたら): a fall
# to ask about, no self-harm (round 48, wide50b).
LOW_JUMP = (r"(?:にだい|荷台|だんさ|段差|かいだん|階段|きゃたつ|脚立|はしご|梯子|べっど|ベッド|ぶらんこ|ブランコ"
            r"|いす|椅子|とらっく|トラック|けいとら|軽トラ|ふみだい|踏み台)(?:の)?(?:うえ|上)?(?:から|がら)[^\n]{0,4}?(?:とびおり|飛び降り)")
# How often or how hard blows fall, told between the person and the blow (何度も蹴って, 思い切り殴って; round 55)
BLOWS_OVER_AND_OVER = (r"(?:なんども|何度も|なんかいも|何回も|なんべんも|何べんも|しつこく|おもいきり|思い切り"
                       r"|おもいっきり|思いっきり|ずっと|ひたすら)?")
# Staff at work, struck by a passenger or a customer (駅員を蹴って, 運転手を殴って; round 55)
STAFF_AT_WORK = (r"えきいん|駅員|うんてんしゅ|運転手|しゃしょう|車掌|てんいん|店員|かかりいん|係員|じょうむいん|乗務員"
                 r"|けいびいん|警備員")
REQUEST_MET = (r"もらっ(?:た|て(?!くだ|くれ|ほし|下さ))|もらいまし|くれた|くれまし|くださっ|くださいまし"
               r"|いただい(?:た|て(?!も))|いただきまし")


# A counter, a shop or a class closing for the day (本日の受付は終わりにいたします, 今日の営業は): no farewell.
NOT_CLOSING_FOR_THE_DAY = "".join(f"(?<!{word}は)" for word in (
    "うけつけ", "受付", "えいぎょう", "営業", "ほんじつ", "本日", "きょう", "今日", "はんばい", "販売", "ぼしゅう",
    "募集"))

# Not seen anywhere (どこにも見えない, どこさも見えねえ; round 58).
NOT_SEEN_ANYWHERE = r"(?:どこにも|どこさも|どっこにも)(?:みえ|見え)(?:ない|ねえ|ね(?!て)|ません|ず)"


def generic_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- generic events: a person without signs of life, sudden speech loss, a stranger at the door ---
        rule("vital_signs_absent", "medical", VITAL + VITAL_NEG, has_negation=True, needs=PEOPLE,
             not_before=THINGS_BEFORE + "|" + OCCUR_BEFORE,
             # a question not answered on purpose (暗証番号聞がれだ。答えねがった)
             # ... or someone lost from sight who does not answer (はぐれて、呼んでも返事がありません: 110)
             unless=VITAL_HABIT + "|" + ANIMAL_VETO + "|" + SULKING + "|" + VEHICLE_STUCK + "|" + STAYS_AT_THE_DOOR
             + r"|きかれ|聞かれ|たずねられ|尋ねられ"
             r"|しつもん|質問|はぐれ|みうしな|見失|まいご|迷子"
             # ... or a silent call (出ると何も言わずに切れる; silent calls: 3 other writers, all #9110; round 37)
             r"|(?:いわ|言わ)ずに(?:きれ|切れ)"),
        rule("self_harm", "medical",
             r"(?:てくび|手首)(?:を)?(?:ふかく|深く|ざっくり|じぶんで|自分で|なんども|何度も|また)?(?:きっ|きる|きり|切)|りすとかっと|くびをつ(?:る|っ|ら|り|ろ)|首を吊|とびおり(?:た|ちゃ)|飛び降り(?:た|ちゃ)"
             r"|(?:たいりょう|たくさん|いっぱい|ぜんぶ|大量)(?:の)?(?:くすり|薬)(?:を)?(?:のん|飲ん)"
             r"|(?:くすり|薬)(?:を)?(?:たいりょう|たくさん|いっぱい|ぜんぶ|まとめて|大量)"
             # (not the concessive 飲み込んでも: ご飯を飲み込んでも取れない, a bone tried away; blind30b)
             # (round 49: not breathing told normal, 息も普通 / 息はできます: a swallowed crown; wide51b)
             r"|(?:のみこ|飲み込)(?:んで(?!も)|んだ|んじゃ)[^\n]{0,8}?(?:くるし|いき(?![はもわ]?\s?(?:(?:ふつう|普通)(?!じゃ|でな|ではな)|へいき|平気"
             r"|でき(?!な|ね|ませ)|出来(?!な|ね|ませ)))|むらさき|紫|あお|まっさお|ぐったり)",
             # (round 48: not a jump down from a truck bed, a step or a ladder - 軽トラの荷台から飛び降りたら足首が)
             unless=LOW_JUMP),
        rule("sudden_speech_loss", "medical",
             r"(?:きゅうに|とつぜん|急に|突然)[^\n]{0,12}?(?:はなさ|しゃべら|はなせ|しゃべれ|ことばが(?:で)?|話さ|喋ら|喋れ"
             r"|話せ|しゃべん|喋ん|はなさん|話さん)(?:なく|ない|ね|ません)|よだれ[^\n]{0,8}?(?:しゃべれ|はなせ|喋れ)|(?:しゃべれ|はなせ|喋れ)[^\n]{0,8}?よだれ",
             has_negation=True),
        # a request, not one already met (警察の人に来てもらって説明を受けました, 呼んでくれた: round 22)
        rule("police_request", "police",
             r"(?:けいさつ|警察|110(?:ばん|番)?)(?:を|に|へ|さ)?(?=[^\n]{0,4}?(?:はやく|すぐ|(?:きて|来て|よんで|呼んで)"
             r"(?!" + REQUEST_MET + r")|たすけ|おねがい|お願い))"),
        rule("assaulted", "police",
             STRANGER + r"に[^\n]{0,8}?(?:つかまれ|だきつかれ|抱きつかれ|さわられ|触られ|おさえつけ|ひっぱられ"
             r"|引っ張られ|つれこまれ|連れ込まれ|おそわれ|襲われ)"),
        # round 47 (wide49): a man touching one's body, told in the active voice (後ろの男が体を触ってきます) or in a
        # learner's plain form (おとこ の ひと ずっと わたし さわる): groping going on, for the police - not a
        # masseur's, a doctor's or a carer's hands
        rule("assaulted", "police",
             r"(?:おとこ|男|おっさん|おじさん|しらないひと|知らない人)(?:のひと|の人)?(?:が|は)?[^\n]{0,10}?"
             r"(?:からだ|体|むね|胸|おしり|お尻|しり|尻|ふともも|太もも|こし|腰|すかーと|スカート|わたし|私|あたし)"
             r"(?:を|に|さ)?(?:さわ|触)(?:って(?:く|き|る|い)|る|り(?:ま|つづ|続))",
             unless=r"まっさーじ|マッサージ|せいたい|整体|いしゃ|医者|しんさつ|診察|かんご|看護|かいご|介護|りはびり"
                    r"|リハビリ|" + FICTION),
        rule("stranger_at_the_door", "police",
             STRANGER + r"[^\n]{0,14}?(?:たたい|たたく|叩|けって|けとばし|こじあけ|あけようと|開けようと|あけろ"
             r"|のぞい|はいろうと|はいって|はいっ|入っ|入ろう|しのびこ|ひっぱ|がちゃがちゃ|どんどん|おしいっ|おしいり)",
             # mail put into the box (知らない人から毎日手紙がポストに入ってる) is repeated contact, not an intruder
             unless=r"じょうほう|めーる|とうろく|たいさく|ぼうはん|ぽすと|ゆうびんうけ|郵便受け|てがみ|手紙|ちらし|ふうとう|封筒"),
        # ... or someone unknown at the door from outside who peeps, turns the knob or does not answer (blind26b)
        rule("stranger_at_the_door", "police",
             r"(?:" + UNKNOWN_AT_THE_DOOR + r")[^\n]{0,30}?(?:のぞい|のぞき|まわし|まわす|回し|回す|がちゃ|たたい|叩い"
             r"|へんじ|返事)"),
        rule("someone_in_an_empty_house", "police",
             r"(?:だれもいない|誰もいない|るす|留守|あきや|空き家)[^\n]{0,14}?(?:ひとかげ|人影|ものおと|物音|あかり|明かり"
             r"|だれか|誰か)"),
        rule("confused", "weak",
             r"(?:いみ|意味|わけ|訳)(?:の|が)?(?:わから|わかん|分から)(?:ない|ねえ|ね)?(?:こと)?(?:を|ば)?(?:いって|言って|しゃべ)"
             r"|(?:はなし|話)が(?:かみあわ|噛み合わ)|いってることが(?:おかし|へん)"),
        rule("stranger_at_the_door", "police",
             r"(?:どあ|ドア|げんかん|玄関|まど|窓|とびら|扉)(?:を|に)?[^\n]{0,4}?(?:たたい|叩い|けっ|蹴っ|どんどん|がんがん)(?:て)?"
             r"(?:くる|きて|る|いる|います)",
             needs=PEOPLE + r"|おとこ|男|だれか|誰か|やつ|" + EX_PARTNER),
        # gone out into danger (父の靴がなくて玄関があいてた、外は吹雪なのに): a search for the police now
        rule("missing_person", "police",
             r"(?:くつ|靴)(?:が)?(?:ない|なく|なかっ|みあたら|見当たら)|(?:げんかん|玄関)(?:の(?:かぎ|鍵|と|戸))?(?:が)?"
             r"(?:あいて|開いて|あけっぱなし|開けっぱなし|あいた|開いた)",
             needs=r"(?:ふぶき|吹雪|おおゆき|大雪|おおあめ|大雨|たいふう|台風|まっくら|真っ暗|よなか|夜中|しんや|深夜)"
                   # ... or a person who cannot find the way back alone (一人で出ると帰れなくなる, 認知症の父)
                   r"|(?:かえれ|帰れ|もどれ|戻れ)なくなる|にんちしょう|認知症|はいかい|徘徊|まいご|迷子"),
        rule("grabbed", "police",
             r"(?:うで|腕|て|手|かみ|髪|かた|肩|ふく|服|かばん|鞄)(?:を|の)?[^\n]{0,3}?(?:つかまれ|掴まれ|ひっぱられ|引っ張られ|つかん|掴ん"
             r"|ひっぱっ|引っ張っ)",
             needs=r"おとこ|男|しらない|知らない|あやしい|怪しい|ふしん|不審|だれか|誰か|よっぱらい|酔っ払い|ついてき|ついてく|あとを"),
        rule("missing_person", "police",
             # (round 55, wide57b: the Tohoku 出はった - 水見でくるって出はったっきり)
             r"(?:でた|出た|ではった|出はった|でかけた|出かけた|(?<!と)(?<!って)いった|行った|でていった|出て行った|でてった)"
             r"(?:きり|っきり)",
             needs=PERSON + "|" + CHILD + "|にんちしょう|認知症|ちほう",
             # not gone INTO a room of the home (風呂さ入ったっきり, トイレに入ったきり, 納屋さ入ったっきり: the
             # reading はいったっきり meets いったっきり): someone who does not come out, 119 (round 41)
             not_before=INTO_A_ROOM + "は"),
        rule("traffic_accident", "police",
             r"(?:くるま|車|じてんしゃ|自転車|ばいく|バイク)(?:どうし|同士)?(?:の|と)(?:じこ|事故)|(?:じこ|事故)[^\n]{0,8}?(?:がらす|ガラス"
             r"|はへん|破片)(?:が)?(?:ちらば|散らば)",
             unless=r"しょうめい|ほけん|証明|保険"),
        # (いしょ, a will, not read inside 休憩所が / 証明書を / 案内所が: きゅうけいしょ, しょうめいしょ; blind34a -
        # nor 製材所を, 対処を, 会所が, 聖書を, 閉所が: ざいしょ, たいしょ, かいしょ, せいしょ, へいしょ;
        # round 56, wide58b)
        rule("suicide_threat", "police",
             r"(?:とびおり|飛び降り)(?:る|ます|よう)|(?:いまから|今から|これから)[^\n]{0,4}?(?:しぬ|死ぬ|しにます|死にます|じさつ|自殺)"
             r"|(?:じさつ|自殺)(?:しよう|する(?:って|と)|します|しそう|をほのめか)|(?:(?<![さけめなざたかせへれ])いしょ|遺書|かきおき|書き置き)(?:が|を)"
             # (round 57: and the humble form, もう終わりにいたしますと書いた紙 - not a counter or a shop closing
             # for the day, 本日の受付は終わりにいたします; wide59)
             r"|(?:おわりにする|終わりにする|おわりにします|終わりにします|" + NOT_CLOSING_FOR_THE_DAY
             + r"(?:おわりにいたします|終わりにいたします)|きえます|消えます|しにます|死にます|さようなら|さよなら"
             r"|しぬ|死ぬ|しにたい|死にたい)(?:って|と)[^\n]{0,10}?(?:めっせーじ|メッセージ|めーる|メール|らいん|ライン|line|のこし"
             r"|残し|でていっ|出て行っ|でてっ|いって(?:いた|た|き)|言って(?:いた|た|き)|でんわ|電話"
             # round 23: written on a note left behind (「もう疲れた、さよなら」って書いた紙が出てきて): every farewell
             # of the set is 110 (10 of 10)
             r"|かいた|書いた|かみ|紙|てがみ|手紙|めも|メモ"
             # round 24: written online (ねっとに しぬって かいて へやに かぎ かけて でてこない; 1 of 1 110)
             r"|かいて|書いて|かきこ|書き込|とうこう|投稿"
             # round 58: and driven off after saying it (「これで終わりにする」と言って、車で行ってしまわれました; a
             # drive home is 帰った, not this; wide60)
             r"|(?:くるま|車)で(?:でていっ|出て行っ|でてっ|いって|行って|いっちゃ|行っちゃ|さって|去って))",
             unless=r"すぎて|へって|減って|ひまで|暇で|つかれて|疲れて"),
        rule("abduction", "police",
             # (round 54: the Tohoku さ for に, 子どもば車さ押し込んだ - blind55a; round 57: the car named by its
             # kind, 白いワゴンに無理やり乗せられて - :data:`FORCED_INTO`)
             r"(?:" + FORCED_INTO + r")(?:に|さ|の(?:なか|中)(?:に|さ))[^\n]{0,4}?"
             r"(?:おしこまれ|押し込まれ|おしこも|押し込も|おしこん|押し込ん|つれこまれ"
             r"|連れ込まれ|つれこも|連れ込も|ひきずりこまれ"
             r"|引きずり込まれ|むりやり(?:のせ|乗せ)|無理やり(?:のせ|乗せ))|つれさられ|連れ去られ|さらわれ"
             # round 24: forced into a car told with the car first (知らねえ車が娘ば無理やり乗っけで行った): every
             # phrase of the set with a car and someone forced in is 110 (5 of 5; a stranger, a man or a woman in
             # the line - not a parent who puts a child in the car seat)
             r"|(?:^|\n)(?=[^\n]*?(?:" + FORCED_INTO + r"))"
             r"(?=[^\n]*?(?:しらな|しらね|知らな|知らね|みしらぬ|見知らぬ|あやしい|怪しい"
             r"|ふしん|不審|おとこ|男|おんな|女))[^\n]*?"
             r"(?:むりやり|無理やり|無理矢理)[^\n]{0,4}?(?:のせ|乗せ|のっけ|乗っけ|おしこ|押し込)"),
        rule("robbery", "police",
             r"(?:ないふ|ナイフ|ほうちょう|包丁|はもの|刃物|けんじゅう|拳銃|銃)(?:で|を)[^\n]{0,8}?(?:おどされ|脅され|おどし|脅し"
             r"|きりつけ|切りつけ|つきつけ|突きつけ|むけられ|向けられ)"
             # (not 作業が続いた, read さぎょうがつづいた - devoiced さきょうかつ; round 47, wide49b)
             r"|かつあげ|カツアゲ|(?<!さ)きょうかつ|恐喝|ごうとう|強盗"),
        rule("robbery", "police",
             r"(?:おかね|お金|かね|さいふ|財布|かばん|鞄|ばっぐ|バッグ)(?:を)?[^\n]{0,4}?(?:うばわれ|奪われ|ひったくられ|とられ"
             r"|取られ|盗られ)",
             needs=r"おどされ|脅され|なぐられ|殴られ|ないふ|ナイフ|はもの|刃物|ほうちょう|包丁|むりやり|無理やり|おそわれ|襲われ"
                   r"|かこまれ|囲まれ|つきとばされ|突き飛ばされ"),
        # a thief running off with money or goods (レジの金つかんで逃げてった): 110 while it is fresh
        rule("thief_fleeing", "police",
             r"(?:おかね|お金|かね|金|さいふ|財布|かばん|鞄|ばっぐ|バッグ|しょうひん|商品|しなもの|品物|れじ|レジ)(?:を)?[^\n]{0,6}?"
             r"(?:つかんで|掴んで|ぬすんで|盗んで|とって|取って|うばって|奪って|もって|持って|ひったくって)[^\n]{0,3}?"
             r"(?:にげ|逃げ|はしりさ|走り去)",
             unless=FICTION),
        # round 19: a thing snatched or stolen and the thief still in sight or running off (バッグを取られた、まだ
        # 向こうの角を走ってるのが見える; 自転車盗まれた、犯人が逃げてく): 110 while it is fresh; a theft found
        # afterwards (自転車が盗まれたみたい、届け出は) is not an emergency
        rule("thief_fleeing", "police",
             r"(?:" + BELONGINGS_TAKEN + r")(?:を|が|も)?[^\n]{0,4}?(?:とられ|取られ|盗られ|ぬすまれ|盗まれ"
             r"|ひったくられ|引ったくられ|うばわれ|奪われ|もっていかれ|持っていかれ|もってかれ|持ってかれ)[^\n]{0,30}?"
             r"(?:(?:まだ|いま|今)[^\n]{0,14}?(?:はしって|走って|にげて|逃げて|みえ|見え|ちかく|近く|そこ"
             r"|(?<![ぁ-ゖ])い(?:る|ま|て))"
             r"|(?:にげ|逃げ)(?:て|た|る|てく|ていく|てった|ていった)|はしりさ|走り去|(?:はしって|走って)(?:いく|く|いった|った))",
             unless=FICTION + r"|ゆめ|夢"),
        rule("threat_to_life", "police",
             r"ころされ|殺され|(?:" + DEATH_THREAT_WORDS + ")(?!" + SAID_TO_ONE + r")|ころそうと|殺そうと"
             r"|(?:さけびごえ|叫び声|ひめい|悲鳴|どなりごえ|怒鳴り声)(?:が|も)?(?:\n|$|ずっと|とまら|止まら)",
             # a death threat received in writing: the police consultation (events_trouble_signs.WRITTEN_DEATH_THREAT);
             # quoted as said to one (殺すぞって言われだ): events_trouble_signs' threat (#9110; round 24)
             unless=WRITTEN_DEATH_THREAT),
        rule("cornered", "police", r"(?:かこまれ|囲まれ|からまれ|絡まれ)(?:て|た)",
             needs=PEOPLE + r"|よっぱらい|酔っ払い|酔っぱらい|ふりょう|不良|やつら|おとこたち|男たち|なんにんも|何人も",
             not_before=r"(?:しぜん|自然|かぞく|家族|まご|孫|みどり|緑|やま|山|ゆき|雪|はな|花|ともだち|友達|みんな|なかま"
                        # (round 58: nor a house in scaffolding, sheets or walls - 足場とシートに囲まれてて; wide60b)
                        r"|仲間|あしば|足場|しと|しいと|しーと|シート|かべ|壁|へい|塀|さく|柵|ふぇんす|フェンス|たてもの|建物"
                        r"|びる|ビル)(?:に|にも)?"),
        rule("shouting_at_the_door", "police",
             r"(?:ちゃいむ|チャイム|いんたーほん|インターホン|よびりん|呼び鈴)(?:を)?[^\n]{0,6}?(?:ならし|鳴らし|おし|押し)[^\n]{0,10}?"
             r"(?:どなっ|怒鳴っ|さけん|叫ん|たたい|叩い|けっ|蹴っ|わめ|喚)"
             r"|(?:げんかん|玄関|どあ|ドア|いえのまえ|家の前)[^\n]{0,10}?(?:どなっ|怒鳴っ|さけん|叫ん|わめい|喚い"
             # round 42 (kinds41): a loud voice raised (玄関の前で大声を出して)
             r"|(?:おおごえ|大声)(?:を)?(?:だし|出し))(?:て|で)"),
        rule("someone_around", "police",
             r"(?:だれか|誰か|しらないひと|知らない人)(?:が)?(?:うろうろ|うろつ|のぞい|ひそんで|潜んで|覗い|あるきまわ|歩き回|ごそごそ"
             r"|がさごそ)|(?:がらす|ガラス|まど|窓)(?:が|の)?[^\n]{0,3}?(?:われる|割れる|われた|割れた)(?:おと|音)"),
        rule("someone_inside", "police",
             r"(?:いえ|うち|おうち|へや|なか|にかい|いっかい|ものおき|やねうら|だいどころ|べらんだ|にわ|やね|うらぐち|ものかげ"
             r"|家|部屋|中|庭|屋根|裏口|物陰)[^\n]{0,12}?"
             r"(?:だれか|なにものか|しらないひと|知らない人|誰か)(?:が)?(?:いる|い[まて]|はい|おる|ひそ)"),
        rule("beating", "police",
             r"なぐりあ|殴り合|(?:を|ば)(?:たたい|なぐっ|けっ|ぶっ|けとばし|叩い|殴っ|蹴っ)(?:て|で)(?:る|い|ま)"
             # round 46: a person (or a name with ちゃん / さん) kicked flying or beaten in a dialect's words, also in a
             # contracted てんの (おんちゃんば蹴っ飛ばしてんの, 年寄りをぶん殴ってる; not a ball kicked)
             r"|(?:" + PERSON + r"|ちゃん|さん|くん)(?:を|ば)(?:けっとばし|蹴っ飛ばし|蹴飛ばし|ぶんなぐっ|ぶん殴っ"
             r"|なぐっ|殴っ|けっ|蹴っ)(?:て|で)(?:る|い|ま|ん(?:の|だ|で|じゃ))"
             r"|(?:に|から)(?:たたかれ|ぶたれ|叩かれ)(?:て|た)"
             # round 51: a thing to strike with between, or the western progressive とる (客を杖で叩いとる; blind52a)
             # round 55: or told how often or how hard between (駅員さんを何度も蹴っています; wide57)
             # ... or staff at work (駅員, 運転手, 車掌, 店員, 係員; round 55)
             r"|(?:" + PERSON + r"|きゃく|客|ちゃん|さん|くん|" + STAFF_AT_WORK + r")(?:を|ば)(?:[^\n]{1,4}?で)?"
             + BLOWS_OVER_AND_OVER +
             r"(?:たたい|叩い|なぐっ|殴っ|けっ|蹴っ)"
             r"(?:(?:て|で)(?:る|い|ま|お)|と(?:る|ん|り))",
             not_before=r"(?:むね|胸|せなか|背中|かた|肩|こし|腰|ひざ|膝|て|手|ふとん|布団|たいこ|太鼓|かべ|壁|どあ|ドア)"),
        rule("missing_person", "police", r"(?:みえ|見え)(?:なく|ねく)なっ", needs=PEOPLE,
             not_before=r"(?:め|目)(?:が|も)?[^\n]{0,4}", unless=ANIMAL + r"|めが|目が|しりょく|視力|ねこ|いぬ|ぺっと"),
        # a person not seen or not found for a while told by the time (孫の姿が一時間ほど見えません,
        # 二十分もめっかんねえ - Tohoku めっかる, found; round 52, wide54)
        rule("missing_person", "police",
             # (round 53: also since a time, 二十分ほど前から見えません - wide55b)
             # (round 54: also searched for, 四十分探しても見つかりません, よんじゅっぷん, Tohoku 見っかんねえ;
             # wide56b)
             r"(?:ふん|ぷん|分|じかん|時間)(?:ほど|くらい|ぐらい|も|いじょう|以上|ちかく|近く)?(?:(?:まえ|前)(?:から|がら))?"
             r"(?:(?:さがし|探し)[^\n]{0,12}?)?(?:(?:すがた|姿)(?:が|を))?"
             r"(?:みえ|見え|みつから|見つから|みつかりま|見つかりま|めっから|めっかん|みっから|見っから|みっかん|見っかん"
             r"|みあたら|見当たら|みあたりま|見当たりま)"
             + NEG + r"(?!ところ|とこ|所|ばしょ|場所)"
             r"|(?:すがた|姿)(?:が|を)[^\n]{0,4}?(?:ふん|分|じかん|時間)[^\n]{0,6}?(?:みえ|見え)" + NEG,
             needs=PEOPLE, has_negation=True,
             unless=ANIMAL + r"|ねこ|いぬ|ぺっと|さいふ|財布|かぎ|鍵|けいたい|携帯|すまほ|スマホ|ばす|バス"
                    r"|でんしゃ|電車|" + BELONGING_NOT_FOUND),
        # (round 58: also a person not seen anywhere, or a hand let go and then no one seen anywhere - 孫の手を離して
        # しまいまして、どこにも見えないのです; blind59b - not a thing, 帽子がどこにも見えない)
        rule("missing_person", "police",
             r"(?:" + PEOPLE + r")(?:さん|ちゃん|くん|さま)?(?:が|は|も)?" + NOT_SEEN_ANYWHERE
             + r"|(?:て|手|め|目)(?:を|ば)?(?:はなし|離し|はなれ|離れ)[^\n]{0,30}?" + NOT_SEEN_ANYWHERE,
             unless=ANIMAL + r"|ねこ|いぬ|ぺっと|" + FICTION),
        rule("missing_person", "police", r"みあたり(?:ません|ませ)|見当たりません|見当たらな"
             r"|(?:にんちしょう|認知症)[^\n]{0,14}?(?:でていっ|出て行っ|でかけ|出かけ|いなくな|ひとりで(?:でかけ|そと))",
             needs=PEOPLE + "|にんちしょう|認知症|ちほう", unless=r"ねこ|いぬ|ぺっと|さいふ|かぎ|けいたい|すまほ"
             # ... a small thing gone (おもちゃの部品が見当たらない: a thing, not a person; round 22)
             # (round 54: or counted, 電池がひとつ見当たらなくて - wide50 heard)
             r"|(?:" + SMALL_THING + r")(?:が|を|は|も)?"
             r"(?:ひとつ|一つ|ふたつ|二つ|いっこ|一個|[0-9一二三]+(?:こ|個|つ))?(?:みあたら|見当たら|みあたりま|見当たりま)"
             # ... or a belonging of one's own or of someone's, no person told between (母の眼鏡が、昼ご飯のあと
             # 見当たりません; 父の補聴器が見当たらない; round 58 - not 眼鏡をかけた父が見当たりません)
             r"|" + BELONGING_NOT_FOUND),
        rule("traffic_accident", "police",
             r"(?:くるま|じてんしゃ|ばいく|とらっく|しゃ|車|自転車)(?:と|が|に|どうし|同士)?[^\n]{0,6}?(?:ぶつか|しょうとつ"
             r"|衝突)(?:っ|し|り)(?!そうにな|かけた)",
             unless=r"しょうめい|ほけん|証明|保険|しゅうり|修理|" + ANIMAL),
    )
