"""Police emergencies (110), with the medical rules that came up among them (head injuries, drowning forms, choking
while eating); the generic events that follow them are in :mod:`safety.events_generic`."""

from __future__ import annotations

from safety.events_disaster import NOT_AFTER_A_PLANT
from safety.events_generic import BELONGING_NOT_FOUND, generic_rules
from safety.events_outdoor_signs import PAST_COLLISION_ACHING
from safety.events_skin_signs import HERNIA_STUCK
from safety.rule import (
    ANIMAL,
    ANIMAL_VETO,
    LIKENESS,
    NOT_BACK_YET,
    PEOPLE,
    SMALL_THING,
    VITAL_NOT_BACK,
    WARNING_HANDOUT,
    Rule,
    animal_subject,
    rule,
)
from safety.vocabulary import CHILD, NEG, PERSON
from safety.vocabulary_things import CONFINED_BY_PERSON, MOTOR_VEHICLE

# What is sent rather than a person on the way home (息子に送った荷物が家に着かない; round 42).
PARCEL = r"にもつ|荷物|たくはい|宅配|ゆうびん|郵便|てがみ|手紙|はがき|つうはん|通販"
# What one takes and a reading view runs into 戻らない across its particle も (食事もとらない, 連絡もとらない).
_NOT_TAKEN = "".join(f"(?<!{taken})" for taken in ("しょくじ", "食事", "ごはん", "ご飯", "すいぶん", "水分", "れんらく",
                                                    "連絡", "やすみ", "休み", "すいみん", "睡眠", "えいよう", "栄養",
                                                    "なに", "何"))
# A vehicle stopped in the middle of a road (round 42): the place, the vehicle (or a count of them, 二台), the stop
# (道の真ん中で動かない猫, 道路の真ん中に鹿が立ち止まって are no traffic). A person or an animal between is not read
# out: the pattern with them was too large for the prefilter, and a person down beside is 119 by its own rules.
ROAD_MIDDLE = r"(?:こうさてん|交差点|どうろ|道路|しゃせん|車線|みち|道)(?:の)?(?:ど)?(?:まんなか|真ん中)(?:に|で|さ)"
ROAD_VEHICLE = r"(?:" + MOTOR_VEHICLE + r"|しゃ|(?<![ぁ-ゖ])だい|台)"
VEHICLE_STOPPED = (r"(?:(?<!たち)(?<!立ち)(?:とまっ|止まっ)|停まっ|たちおうじょう|立ち往生|えんすと|エンスト"
                   r"|うごけな|動けな|うごかな|動かな)")


# A hand-pushed cart over a foot or toes (ハンドリフトさ足轢がれで, 台車で足の指ひいた, 一輪車に足を轢かれ): a
# workplace bruise, no vehicle's collision (round 50, wide51b: a pallet truck over toes told in Tohoku, the toes
# purple and swollen, walking - #7119, read hit_by_vehicle, 119). Not a forklift (フォークリフト: a machine's weight).
# (No bare カート: folded, it is かと, 〜かと思って.)
HAND_CART_OVER_FOOT = (r"(?:はんどりふと|ハンドリフト|はんどぱれっと|ハンドパレット|台車|だいしゃ|一輪車|いちりんしゃ"
                       r"|てをしぐるま|手押し車|ぱれっとじゃっき)(?:に|さ|で|が)?[^\n]{0,10}?"
                       r"(?:あし|足|ゆび|指|つまさき|つま先|爪先)")


# round 51 (wide53b): a blow told as a likeness - a pain or a jolt *like* being kicked or hit (かかとの上に蹴られた
# ような衝撃, 後ろから蹴られたみたいになって): the body's own sign (a torn tendon, a pain), not violence. A likeness
# after the past form, said of a thing or a manner (蹴られたような, 殴られたみたいに, 蹴られたかのよう, 蹴られた感じ);
# not hearsay (殴られたみたいで顔が腫れてる, 殴られたようです: someone was hit); 蹴られて / 蹴られた stay 110.
NOT_A_LIKENESS = r"(?!" + LIKENESS + ")"

# Things slashed with a blade (tyres, a screen, a tent, seats, a bag): property, not a person cut.
SLASHED_THING = (r"(?:たいや|タイヤ|あみど|網戸|てんと|テント|しーと|シート|ざぶとん|座布団|かばん|鞄|ふくろ|袋|ほろ|幌"
                 r"|ふぇんす|フェンス|ねっと|ネット|のぼり|かんばん|看板)(?:が|を|も|は)[^\n]{0,8}?(?:ほうちょう|ないふ|はもの"
                 r"|刃物|ナイフ|包丁)")

# A body part bumped, told with the respectful passive (おでこをぶつけられました, 膝をぶつけられて: "she bumped her
# forehead") is a person's own knock - a bump to ask about, not a vehicle that hit someone (round 57, wide59).
NOT_A_BODY_PART_BUMPED = "".join(
    f"(?<!{part}を)" for part in ("あたま", "頭", "おでこ", "ひたい", "額", "かお", "顔", "ひざ", "膝", "すね", "脛",
                                  "こし", "腰", "かた", "肩", "あし", "足", "うで", "腕", "せなか", "背中", "むね",
                                  "胸"))

def police_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied (the generic events last)."""
    police: tuple[Rule, ...] = (
        # --- police (110) ---
        rule("intruder", "police",
             r"(?:しらない|しらねえ|しらね|みしらぬ|あやしい|ふしんな|へんな|知らない)(?:ひと|じん|おとこ|おんな|やつ"
             r"|もの|しゃ|人|男|女)"
             r"(?:が)?(?:[^\n]{0,8}?(?:まわり|周り|そと|外|まえ|前)(?:を|で|に))?(?:ずっと|うろうろ|うろつ|いえのまえ"
             r"|げんかんのまえ|そとに)"
             r"|(?:しらない|しらねえ|しらね|みしらぬ|あやしい|ふしんな|へんな|知らない)(?:ひと|じん|おとこ|おんな"
             r"|やつ|もの|しゃ|人|男|女)"
             r"[^\n]{0,8}?(?:いえ|うち|おうち|へや|にわ|なか|げんかん|まど(?!わ|う|い)|べらんだ|家|部屋|庭)[^\n]{0,4}?(?:はい|いる"
             r"|い[まて]|お|のぞ|入)"
             r"|(?:どろぼう?|あきす|ごうとう|しんにゅうしゃ|ふしんしゃ|へんしつしゃ|ごうかん)(?:が|に|だ|です|$|がいる"
             r"|がはい|"
             r"はいられ|に入られ|にはいられ)|(?:だれか|しらないひと)[^\n]{0,4}?(?:いえ|うち|へや)[^\n]{0,3}?(?:はい"
             r"|いる)"
             r"|まど(?!わ|う|い)(?:が|を)?(?:わられ|やぶられ)|ひったくり|はんにんが|ごうとう|しんにゅう(?:して|され|しよう"
             r"|しようと|してき)|まど(?:を)?(?:わっ|わって|やぶっ)|あがりこ(?:ん|ま|み|む|め)|かってに(?:いえ|うち|へや)に?(?:はい|入"
             # (round 53: not 道冠水 read みちかんすい: 帰り道冠水してる; wide55)
             r"|あが)|(?<!と)ちかん(?!すい)|とうさつ|かんきん|(?<!か)らち(?:され|じけん)"
             r"|(?:しらない|しらねえ|みしらぬ|あやしい|へんな)(?:ひと|おとこ|おんな|やつ)[^\n]{0,10}?(?:どあ|げんかん"
             r"|まど(?!わ|う|い))[^\n]{0,6}?"
             # (round 53: not a scream of pain, told with the pain - 踏んだ途端に悲鳴を上げて…痛い痛いと; wide55b)
             r"(?:たたい|けっ|ひっぱ|こじあけ)|あけろ|(?:ひめい|悲鳴)(?![^\n]{0,24}?(?:いたい|痛い|いたく|痛く|いてえ|いで))"
             r"|けんか(?:が)?(?:ひど|はげし)"
             r"|(?:さけびごえ|叫び声|どなりごえ|怒鳴り声|なきさけ|泣き叫)[^\n]{0,4}?(?:きこえ|聞こえ|する|した)"
             # round 41: ... with the words heard between (さけびごえ たすけてって きこえる)
             r"|(?:さけびごえ|叫び声|ひめい|悲鳴)(?:が|で)?[^\n]{1,10}?(?:って|と)(?:いうのが)?(?:きこえ|聞こえ)"
             r"|(?:(?<!っ)どあ|げんかん|まど(?!わ|う|い)|かぎ|とびら|玄関|窓|鍵|扉|戸|かってぐち|勝手口|うらぐち|裏口)(?:を|が|も)?"
             r"[^\n]{0,6}?(?:がちゃがちゃ|こじあけ|あけようと|開けようと|たたかれ|叩かれ|(?<![つうさ])けられ(?!る|な|ず)|蹴られ|どんどんたたか"
             r"|どんどんされ|わられ|割られ)"
             # someone working a door or window of the home (誰かが裏口の戸をがたがたやってる, 網戸を外す音がする)
             r"|(?:だれか|誰か|しらない|知らない|あやしい|怪しい)[^\n]{0,24}?(?:(?<!っ)どあ|げんかん|まど(?!わ|う|い)|とびら"
             r"|玄関|窓|扉|戸|かってぐち|勝手口|うらぐち|裏口)(?:のぶ|ノブ)?(?:を|が)?[^\n]{0,4}?(?:がたがた|まわし|回し"
             r"|ひっぱ|引っ張)"
             r"|(?:まど(?!わ|う|い)|窓|あみど|網戸|(?<!っ)どあ|戸|かってぐち|勝手口|うらぐち|裏口)(?:を|が)?[^\n]{0,4}?"
             r"(?:はずす|外す|はずそうと|外そうと|こじあける|こじ開ける)(?:おと|音)"
             r"|(?:しらない|しらねえ|知らない|あやしい)(?:ひと|おとこ|おんな|人|男|女)に[^\n]{0,8}?(?:のせられ"
             r"|乗せられ|つれて|連れ|さらわ)|かぎ(?:が|を)?(?:こわされ|あけられ)|(?:いえ|うち)(?:に"
             r"|のなかに)(?:だれか|しらない)",
             # ... and a warning handed out (ちかんに きをつけて って がっこうから プリント きた; blind21)
             # ... and a buyer let in who left with the goods (貴金属を買い取ると申す者が家に上がり込みまして、
             # 指輪を二束三文で持って行かれました: 3 of 3 phrases of the set with a buying visit are 188; blind25)
             unless=r"じょうほう|めーる|とうろく|たいさく|" + WARNING_HANDOUT
             + r"|(?:かいと|買い?取|買取)[^\n]{0,40}?(?:もっていかれ|持って行かれ|持っていかれ|もってかれ|持ってかれ)"),
        rule("weapon", "police",
             r"(?:ほうちょう|ないふ|はもの|けんじゅう|かたな|にほんとう|ばっと|てつぱいぷ|ぴすとる|きょうき|包丁|刃物|"
             r"ナイフ|銃)(?:を|お)?(?:もっ|もった|持っ|ふりまわ|振り回|むけ|向け|かまえ|もち|持ち)",
             unless=r"おもちゃ|玩具|もでるがん|モデルガン|みずでっぽう|水鉄砲|えあがん|エアガン|りょうゆうかい|猟友会|しゅりょう|狩猟"),
        # round 42 (kinds41): a call for help heard from a neighbouring home (お向かいのお宅から「助けて」と叫ぶ声,
        # となりの いえから たすけてって さけぶ こえ): someone there in danger, not the writer - 110, as the set's
        # screams from next door are, not the 119 of the writer's own plea; screamed (叫ぶ), not a weak voice (隣の部屋
        # から「たすけて」って弱い声がずっとしてる、一人暮らしのおばあさん: blind12, 119)
        rule("intruder", "police",
             r"(?:となり|隣|むかい|向かい|うえのかい|上の階|したのかい|下の階)[^\n]{0,8}?(?:(?:いえ|家|うち|おたく|お宅"
             r"|へや|部屋|あぱーと|アパート|まど|窓|かべ|壁)?(?:から|がら)"
             # round 43 (blind44b): or in that home (隣の部屋で男の人が怒鳴ってて女の人が助けてって叫んでます)
             r"|(?:いえ|家|うち|おたく|お宅|へや|部屋)(?:で|て))[^\n]{0,24}?(?:たすけ|助け)[てで][^\n]{0,10}?"
             r"(?:さけ|叫)"),
        rule("intruder", "police", r"あらされ|荒らされ",
             not_before=r"(?:からす|烏|とり|鳥|ねこ|猫|とうふつ|動物|はくひしん|たぬき|狸|いのしし|猪|さる|猿|しか|鹿)(?:に|か)"
             # ... nor a field or a crop ravaged (田んぼさ猿出はって稲荒らされだ; blind30a): animals' work
             r"|(?:いね|稲|たんほ|田んほ|田んぼ|はたけ|畑|さくもつ|作物|やさい|野菜)(?:を|か|も|は)?"),
        rule("violence", "police",
             r"(?:なぐられ|殴られ|蹴られ|(?:に|から)けられ(?=た|て))" + NOT_A_LIKENESS
             + r"|なぐっ|殴っ|おいかけられ|おっかけられ|追いかけられ"
             # round 34: the chaser coming at one (だれか おいかけてくる たすけて, 追っかげでくる): 5 of 5 such
             # phrases of the set are 110 (4 of other writers than blind35b)
             r"|(?:おいかけ|おっかけ|追いかけ|追っかけ)て(?:くる|くん|き(?:て|ま|た))"
             r"|おそわれ|襲われ"
             r"|ぼうりょく(?:を)?(?:ふる|うけ|され)|あばれ(?:て|で)(?:る|い|ま)|けんか(?:して(?:る|い)|だ$|です|になっ)"
             r"|(?<!いち)らんとう|くびをしめ"
             # round 42: hands laid on someone - going for them, the collar seized (殴りかかっておりまして, 胸ぐらを
             # つかんで, 胸ぐらつかまれて, つかみかかって; 8 phrases of 7 splits, all 110)
             r"|(?:なぐり|殴り|つかみ|掴み)かか(?:っ|ら|り|ろ)|(?:むなぐら|胸ぐら|胸倉)(?:を)?(?:つかん|つかま|掴ん|掴ま|つかみ|掴み)"
             r"|とっくみあい|取っ組み合い|" + CONFINED_BY_PERSON),
        # ... held by the throat (しめられ), but not a thing shut (田んぼの水口を毎晩閉められて: 閉める reads しめる
        # too; round 58, wide60b) - a throat squeezed is still 110 by くびをしめ above
        # (one shut in by a person, 店長に更衣室に閉められて出られない, is still held: kinds42)
        rule("violence", "police", r"しめられ",
             unless=r"閉めら(?![^\n]*?(?:でられ|出られ|とじこめ|閉じ込め|あかな|開かな|あけられな|開けられな))"),
        # ... cut with a blade, but not a thing slashed (タイヤが刃物で切られて, 網戸をナイフで切られた: damage to
        # property, a matter for the consultation line when told as past or recurring; round 54, wide56)
        rule("violence", "police", r"(?:ほうちょう|ないふ|はもの)できられ", unless=SLASHED_THING),
        # blind21: a child claimed held (娘を預かっている、誰にも言うな) with a threat or a ransom: a kidnapping for
        # the police (110), not a scam to consult about (a child minded by family, 孫を預かっている, is no threat)
        rule("kidnap_claim", "police",
             r"(?:むすめ|娘|むすこ|息子|こども|子ども|子供|まご|孫|おこさん|お子さん)(?:さん)?(?:を|は)(?:あずか|預か)"
             r"(?:って|っと)(?:いる|る|おる|ん)",
             needs=r"(?:だれ|誰)にも(?:いう|言う|はなす|話す)な|(?:けいさつ|警察)(?:に|には)?(?:いう|言う|しらせ|知らせ"
                   r"|はなす|話す)[^\n]{0,2}?な|みのしろきん|身代金"),
        rule("missing_person", "police",
             rf"いなくな|いねくな|いねぐな|いなぐな|(?:みあたら|みつから|みつがら){NEG}|ゆくえふめい"
             rf"|ゆくえ(?:が)?(?:わから|わがら|しれ|不明)|まいご|はぐれ|かえってこ{NEG}"
             # (てね not before つ, て, た, る: back, then a fever or asleep - 帰ってきて熱, 帰ってきて寝てる; round 46)
             # (てな not before ん, に: back, then how they are - 帰ってきてなんとなく, 帰ってきてなにか; round 55)
             # (nor before る: no place read after a dropped comma, 帰ってきて、鳴子まで -> かえってきてなるこ; wide57)
             rf"|かえってき(?:ていな|てな(?!ん|に|る)|てね(?!つ|て|た|る|む|ま|ころ)|ません)|もどり(?:ません|ませ)"
             rf"|もどってき(?:ません|てな(?!ん|に)|ていな)"
             rf"|(?:でた|でかけた|いった|あるきに)まま(?:もど|かえ)|(?:でていった|出て行った|でてった|いえでし|家出し)"
             r"(?:た)?まま"
             # (not a meal, a drink or a call not taken, read across its particle: 食事もとらない ->
             # しょくじも|とらない; round 57, blind58a heard)
             rf"|かえら{NEG}|{_NOT_TAKEN}もどら{NEG}|もどってこ{NEG}|つれさ|(?<!りょう)ゆうかい|帰ってこ|行方不明|迷子"
             # round 23: not down from a mountain (冬山に出たまま…下りてこず); the place named before, so a driver
             # who does not get out of a car (相手は降りてこない: a hit-and-run) is not read as someone missing
             rf"|(?:やま|山|とざん|登山|ゆきやま|雪山|ふゆやま|冬山|やね|屋根|きのぼり|木登り)[^\n]{{0,30}}?"
             rf"(?:おりてこ|下りてこ|降りてこ){NEG}"
             # round 42: a person not home yet, named before (小学二年の息子が下校のバスを降りたはずなのに、一時間
             # たっても家に着きません; blind43a, none for 110; 娘がまだ家に着かない, 孫が家さ着がねえ, 着いていない)
             rf"|(?:{PEOPLE})(?:(?!{PARCEL})[^\n]){{0,40}}?(?:いえ|うち|家|じたく|自宅)(?:に|まで|さ)(?:まだ)?"
             rf"(?:つか|着か|つき|着き|ついて(?:い)?|着いて(?:い)?){NEG}",
             needs=PERSON + "|" + CHILD + "|にんちしょう|認知症|ちほう", has_negation=True,
             # ... and an animal gone (鶏が一羽いなくなった)
             unless=animal_subject(r"いなくな|いねくな|みあたら|みつから")
             # ... and news that the person is safe (さっき電話があって山小屋に泊まるそうです; round 23: 3 of 3
             # phrases of the set with a person not back and then word of them are none)
             + r"|(?:でんわ|電話|れんらく|連絡)(?:が)?(?:あって|ありまし|あった|きて|来て)[^\n]{0,16}?"
             r"(?:とまる|泊まる|いる(?:と|って|そう)|いました|ぶじ|無事)"
             # ... and a pet named (猫が帰ってこない), but not the dog a person walked or took along (認知症の夫が犬の
             # 散歩に出たまま戻りません, 母が犬を連れて出たまま: the person is missing; B54, blind48 heard cases)
             + r"|(?:ねこ|いぬ|ぺっと)(?!(?:っこ)?(?:の)?(?:さんぽ|せわ)|(?:っこ)?(?:を|ば)?(?:つれ|連れ))"
                    # ... and a dent, a mark or the skin that does not come back (押すとへこんだまま戻らない:
                    # a swelling, #7119; round 44, blind45a)
             + r"|(?:へこん|凹ん|くぼん|窪ん|へこみ|凹み|くぼみ|窪み|(?:おした|押した|ゆびの|指の)あと"
             r"|しわ|皺|ひふ|皮膚|はだ|肌)[^\n]{0,8}?(?:もど|戻)(?:ら|り|ん)"
             # (round 51: a mark 跡 only as the subject, not a recogniser's 跡 for 後 before an object - 昼ご飯の跡かを
             # 出たまま戻りません, blind52a heard)
             r"|跡(?:(?!を)[^\n]){0,8}?(?:もど|戻)(?:ら|り|ん)"
                    # ... or breathing, a pulse or consciousness that does not come back (息子の呼吸が戻らない:
                    # a life sign, 119; round 51, blind52a)
             + r"|(?:" + VITAL_NOT_BACK + r"|いしき|意識)(?:が|も|は)?" + NOT_BACK_YET + r"(?:もど|戻)"
                    # ... or a hernia that no longer goes back in (ヘルニアが押しても戻らなくなって: #7119; round 49,
                    # wide50)
             + r"|" + HERNIA_STUCK
                    # ... and a thing gone (財布が見つからない; おもちゃの部品が見当たらない, round 22)
             + r"|(?:さいふ|かぎ|けいたい|すまほ|ほん|しょるい|かーど|カード|つうち|通知|しょうめいしょ|証明書"
                    r"|ほけんしょう|保険証|めんきょ|免許|つうちょう|通帳|いんかん|印鑑|" + SMALL_THING
                    # (round 54: a thing counted, 電池がひとつ見当たらなくて, wide50 heard)
                    + r")(?:が|を|は|も)?(?:ひとつ|一つ|ふたつ|二つ|いっこ|一個|[0-9一二三]+(?:こ|個|つ|本|枚))?"
                    r"(?:なくな|みあたら|みつから|おとし"
                    r"|わすれ|どこ)|(?:おかね|お金|かね|金|だいきん|代金)(?:が|は|も)?(?:かえって|返って|もどって|戻って)"
                    # ... or one's own or someone's belonging, with words between (母の眼鏡が、昼から見当たらない;
                    # round 58)
                    r"|" + BELONGING_NOT_FOUND),
        # wandering, unless the message names a scheme for it (認知症 相談 徘徊 登録: a service query); not read across
        # 後輩が今 (こうはいが|いま: round 31, once 後輩 became a person)
        rule("missing_person", "police", r"(?<!こう)はいかい|徘徊",
             needs=PERSON + "|" + CHILD + "|にんちしょう|認知症|ちほう",
             unless=r"そうたん|相談|とうろく|登録|てつつき|手続き|せいと|制度|しえん|支援|よほう|予防|さーひす|みまもり|見守り"),
        # ... not one only nearly hit (車さ轢かれそう: a person lying on a road is for the police, 3 of 3; blind26b)
        rule("hit_by_vehicle", "medical",
             r"(?:はねられ|(?:くるま|とらっく|でんしゃ|ばいく|しゃ|車)(?:に)?(?:ひかれ|轢かれ)|ひかれた(?:ひと|こ)"
             r"|轢かれ"
             # caught or dragged under a vehicle (とらっくに まきこまれた, 車の下に引きずられて): round 19
             r"|(?:くるま|車|とらっく|トラック|ばす|バス|でんしゃ|電車|ばいく|バイク|しゃ)(?:に|の(?:した|下)(?:に|で|から)[^\n]{0,8}?)"
             r"(?:まきこまれ|巻き込まれ|ひきずられ|引きずられ|しかれ|敷かれ))(?!そう|かけ)",
             unless=ANIMAL_VETO + "|" + HAND_CART_OVER_FOOT),
        # (round 51: nor an hour read on into こたつ - 夜の十時、こたつで, じゅうじこたつ; wide53)
        # (round 48: not かじこっち, 火事 read on into こっち - 山火事こっちさ来っかも, wide49b - while が事故, devoiced
        # か事故, still is one; nor an accident at a nuclear plant, 原発で事故: the disaster page)
        rule("traffic_accident", "police",
             r"(?!(?<=か)じこっち)(?!じこたつ)" + NOT_AFTER_A_PLANT + r"(?:じこ|こうつうじこ|しょうとつ|事故)"
             # (round 54: not an accident feared, いつか事故起きそうで怖い - a worry for later; wide56b)
             r"(?![^\n]{0,3}?(?:おき|起き|おこり|起こり|おこし|起こし|あい|遭い)そう)"
             r"(?:が|に|を|です|だ|っ|った|$|おき|おこ|あっ|みた|げんば|起き)"
             r"|(?:くるま|じてんしゃ|ばいく|とらっく|でんしゃ|しゃ)(?:に|と)?(?:はねられ|ひかれ|ぶつけられ|ぶつかっ"
             r"|しょうとつ)(?!そうにな|かけた)"  # (not a near miss: 車にひかれそうになった; blind34b)
             r"|はねられ(?!そうにな|かけた)|ひきにげ|あてにげ|" + NOT_A_BODY_PART_BUMPED + r"ぶつけられ|ついとつ"
             r"|(?:こうつう)?じこ(?:で|に)[^\n]{0,6}?(?:けが|くるま"
             r"|ひと|にん)",
             # (nor yesterday's collision with the neck aching today: whiplash, an advice case; round 44)
             unless=r"しょうめい|ほけん|おおいこうさてん|じこしょうかい|証明|" + ANIMAL + "|" + PAST_COLLISION_ACHING),
        # round 38: a vehicle run into something fixed by the road (父が運転してて ガードレールに ぶつかった けど けがは
        # ない, 車が雪の壁さ突っ込んで; 6 phrases of 6 other writers, all emergencies): 110, or 119 with an injury told.
        # Not a bicycle, a wheelchair or a car park's wall, and no person walking into a wall.
        rule("traffic_accident", "police",
             r"(?:(?<!じてん)(?<!自転)(?<!ちゅう)(?<!駐)(?:くるま(?!いす)|車(?!いす|椅子))|うんてん|運転|けいとら|軽とら|とらっく"
             r"|ばいく|ばす(?=が|は|ごと))[^\n]{0,14}?"
             r"(?:がどれる|でんちゅう|電柱|でんしんばしら|電信柱|ひょうしき|標識|しんごうき|信号機|へい|塀|かべ|壁|ふぇんす"
             r"|いえ|家|みせ|店|たてもの|建物|こんびに|すいろ|水路|そっこう|側溝|みぞ|溝)(?:に|さ|へ)[^\n]{0,2}?"
             r"(?:ぶつかっ|ぶつかり|しょうとつ|衝突|つっこ|突っこ|突っ込)",
             unless=r"しょうめい|ほけん|証明|保険|しゅうり|修理|げーむ|ゲーム|ゆめ|夢"),
        rule("road_blocked", "police",
             r"(?:じこ|事故)で(?:みち|道|どうろ|道路|しゃせん|車線)|(?:くるま|車|しゃ)(?:が)?[^\n]{0,6}?(?:みち|道|どうろ|道路)"
             r"(?:が|を)(?:ふさ|塞)"
             # round 37: a fallen tree across the road, a danger to traffic (木ぃ倒れで道ふさいでる、車来っと危ねえ; 8
             # other writers, all 110); told alone, with where to call, it is a city matter (the FAQ's
             # 台風で木が倒れて道路をふさいでいます。どうすればよいですか)
             r"|(?:(?:木|倒木|とうぼく|(?<![ぁ-ゖ])き(?=が))(?:が|も)?[^\n]{0,3}?(?:たおれ|倒れ)[^\n]{0,6}?"
             r"|(?:たおれ|倒れ)た(?:木|き)(?:が)?)(?:みち|道|どうろ|道路|しゃせん|車線)(?:が|を)?(?:ふさ|塞)"
             r"[^\n]{0,20}?(?:あぶな|危な|あぶね|危ね|つっこみ|突っ込み|ぶつかり)"
             # ... a lane blocked, whatever by (両方の車線をふさいでいます; 12 phrases of 11 other writers, 110)
             r"|(?:しゃせん|車線)(?:を|が|も)?(?:ふさ|塞)"),
        rule("road_danger", "police",
             r"(?:ふみきり|踏切)[^\n]{0,16}?(?:たちおうじょう|えんすと|エンスト|立ち往生|とまっ|止まっ|とりのこ|取り残|とじこめ|閉じ込|でられ|出られ|うごけな|動けな)|しんごう(?:が|き)?(?:きえ|つかな|こわれ|ていでん)|ぎゃくそう|あおりうんてん|いんしゅうんてん"
             r"|こうそく(?:に|の)(?:まんなか)?(?:に)?[^\n]{0,6}?(?:らっかぶつ|おちて(?:る|い))"
             # round 42: a vehicle stopped in the middle of a crossing, road or lane (交差点の真ん中で止まったまま動け
             # なく, 車線の真ん中に斜めに止まったまま, 道の真ん中さ車止まったまま, 二台が斜めに止まったまま; all 110)
             rf"|{ROAD_MIDDLE}[^\n]{{0,20}}?{ROAD_VEHICLE}[^\n]{{0,12}}?{VEHICLE_STOPPED}"
             rf"|{ROAD_VEHICLE}(?:が|は|も|さ)?[^\n]{{0,12}}?{ROAD_MIDDLE}[^\n]{{0,6}}?{VEHICLE_STOPPED}"),
        rule("person_on_road_or_tracks", "police",
             r"(?:どうろ|道路|しゃどう|車道|こくどう|国道|けんどう|県道|しどう|市道|のうどう|農道|せんろ|線路|ふみきり|踏切)(?:の)?"
             r"(?:ど)?(?:まんなか|真ん中|うえ|上|なか|中)?(?:に|で|を|さ)[^\n]{0,8}?(?:ねて|寝て|ねころ|寝転|すわりこ|座り込|たちい|立ち入|はいって|入って|あるいて|歩いて"
             r"|たおれ|倒れ|うずくま)"
             # ... or walking in the middle of a road told as busy (車の多い道の真ん中をおじいさんがふらふら; blind29b)
             r"|(?:くるま|車)(?:の|が)(?:おおい|多い)(?:みち|道)(?:の)?(?:ど)?(?:まんなか|真ん中)(?:を|で|に|さ)[^\n]{0,12}?"
             r"(?:あるいて|歩いて|ふらふら|さまよ|たって|立って)",
             needs=PEOPLE + r"|よっぱらい|酔っぱらい|酔っ払い|だれか|誰か",
             not_before=ANIMAL + r"(?:(?!ひと|人|かた|方)[^\n]){0,6}"),
    )
    return police + generic_rules()
