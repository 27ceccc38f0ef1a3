"""Emergencies inside homes and bodies told in words the earlier rules did not read (round 44, helper A70: wide46's
missed emergencies).

Each rule reads one situation *kind*, over its parts rather than a set phrase (the tests in
tests/safety/test_events_household_signs.py hold tellings written for this module, in several styles):

- 119: a pregnant woman bleeding heavily, or her belly gone hard with strong pain (妊娠8か月で血がたくさん,
  お腹がかちかちですごく痛い);
- 119: a sudden head pain (頭を押さえて, 頭が割れるよう) with vomiting again and again - a bleed in the brain, even
  when the pain is likened to a blow (バットで殴られたみたい: the life event goes before the crime word);
- 119: a snake bite, the snake not named as a pit viper, with the limb swelling fast or the person faint or sick
  (茶色のまだらの蛇, みるみる腫れて, 気分が悪い);
- 119: a plant eaten in mistake for a vegetable (ニラだと思って, 水仙の葉) and then several vomiting or someone
  limp or barely answering;
- 110: a manhole or gutter cover gone from a road (マンホールの蓋がなくて穴), a hole people or cars could fall in;
- 110: a threat to stab or kill coming with a time that is today or now (今日の帰り道で刺してやる);
- 110: a small child crying for hours next door with no adult heard (大人の声は一度もしない);
- #7119: a jaw out of place, shingles, a ring stuck on a swollen finger, a reaction to hair dye, floaters or flashes;
- #9110: someone claiming an inspection the company does not know of (ガスの点検…そんな予定ねえ);
- 188: a used car broken down soon with the dealer refusing; a restoration bill after moving out;
- and the deadline idiom 尻に火がつく (``DEADLINE_IDIOM``), which the fire rule of :mod:`safety.events_fire` reads
  as no fire.
"""

from __future__ import annotations

from safety.events_trouble_signs import CONDITIONAL_KILL
from safety.events_wide_tail_signs import EATEN, POISONED_SIGNS
from safety.rule import ANIMAL_VETO, BLOOD, COMIC, FICTION, LIKENESS, Rule, rule
from safety.rule import on_its_line_with as _with
from safety.vocabulary import CHILD

# Pregnant (妊娠8ヶ月, 妊婦, 身重, 32週の妻).
PREGNANT = (r"にんしん|妊娠|にんぷ|妊婦|みおも|身重|りんげつ|臨月|おなかのこ|お腹の子|おなかのあかちゃん|お腹の赤ちゃん"
            r"|[0-9０-９一二三四五六七八九十]+(?:しゅう|週)(?:め|目)?の(?:つま|妻|よめ|嫁|むすめ|娘|にょうぼう|女房)")
# Blood (``rule.BLOOD``: 血, or a kana ち as a word of its own), also a kana ち right after an adjective's い or a
# devoiced が, before a particle (いたい ちが, よめが ちが, spaces gone).
BLOOD_AFTER_A_WORD = r"(?:" + BLOOD + r"|(?<=[いか])ち(?=か|が|も|お|を))"
HEAVY_BLEEDING = (BLOOD_AFTER_A_WORD + r"(?:が|も|は)?[^\n]{0,6}?"
                  r"(?:いっぱい|いっぺえ|たくさん|沢山|大量|たいりょう|どばっ|ドバッ"
                  r"|どんどん|とまら|止まら|すごく|すごい|おお(?:い|く)|多(?:い|く))"
                  r"|(?:しゅっけつ|出血)(?:が|も)?[^\n]{0,4}?(?:おお|多|ひど|とまら|止まら|たいりょう|大量|たくさん)")
BELLY = r"おなか|お腹|はら|腹"
HARD_BELLY_PAIN = (r"(?:" + BELLY + r")(?:が|も)?[^\n]{0,4}?(?:かちかち|カチカチ|かちこち|かたく|硬く|固く|いたみたい"
                   r"|板みたい|いしみたい|石みたい)[^\n]{0,20}?(?:いた|痛)")
LIGHT_BLEEDING = (r"すこし|少し|ちょっと|少量|しょうりょう|おりもの|ちゃいろ|茶色|うっすら|にじむ|滲む")

# A sudden head pain (急に頭を押さえて, 突然頭が割れるよう) ...
SUDDEN = r"きゅうに|急に|とつぜん|突然|いきなり|いぎなり|とっぜん"
HEAD_PAIN = (r"(?:あたま|頭|こうとうぶ|後頭部)(?:を|が|さ)?[^\n]{0,4}?(?:おさえ|押さえ|かかえ|抱え|いた|痛|われ|割れ)"
             r"|ずつう|頭痛"
             # ... or likened to a blow (バットで殴られたみたい, ハンマーで殴られたような痛み)
             r"|(?:あたま|頭|こうとうぶ|後頭部)[^\n]{0,12}?(?:なぐられ|殴られ|たたかれ|叩かれ)た(?:みたい|よう)")
# (a bat, a hammer: the blow a sudden headache is likened to)
BLUNT_BLOW = r"ばっと|バット|はんまー|ハンマー|かなづち|金づち|金槌|とんかち|トンカチ"
# ... with vomiting again and again (何度も吐いている, 二度も吐きました, 吐き続けて).
REPEATED_VOMIT = (r"(?:なんども|何度も|なんかいも|何回も|くりかえし|繰り返し|にども|二度も|[2-9２-９](?:回|度)も?"
                  r"|ずっと)[^\n]{0,4}?(?:はい|吐い|はき|吐き|もど|戻)"
                  r"|(?:はき|吐き)(?:つづけ|続け)")
KNOWN_HEADACHE = (r"ふつかよい|二日酔い|よっぱら|酔っぱら|のみすぎ|飲みすぎ|飲み過ぎ|へんずつう|片頭痛|偏頭痛"
                  r"|かぜ|風邪|ねつ|熱")

# A snake bite, the snake not named as venomous (茶色のまだらの蛇, へびにかまれた) ...
SNAKE = r"へび|蛇|ヘビ"
BITTEN = r"かまれ|噛まれ|咬まれ|かみつ|噛みつ|咬みつ|かみ付|噛み付"
# ... with the limb swelling fast or the person faint or sick.
ENVENOMED = (r"(?:みるみる|どんどん|ぐんぐん|きゅうに|急に|すごく|ぱんぱん|パンパン)[^\n]{0,6}?"
             r"(?:はれ|腫れ|ふくれ|膨れ|むくん)"
             r"|(?:きぶん|気分)(?:が)?(?:わる|悪)|きもちわる|気持ち悪|きもちわり|ひやあせ|冷や汗|くらくら|めまい|目まい"
             r"|眩暈|はきけ|吐き気|しびれ|痺れ|ぐったり|(?:いき|息)(?:が|も)?[^\n]{0,2}?(?:くるし|苦し)")

# A plant eaten in mistake for a vegetable (ニラだと思って, ニラと間違えて) or a plant that poisons (水仙, 鳥兜).
MISTAKEN_FOOD = (r"(?:だと|と|やと)(?:おもって|思って|おもっ|思っ|おもい|思い)[^\n]{0,24}?(?:" + EATEN + ")"
                 r"|(?:と|に)(?:まちがえ|間違え|まちかえ|かんちがい|勘違い|とりちがえ|取り違え)")
POISONOUS_PLANT = (r"すいせん|水仙|スイセン|とりかぶと|トリカブト|鳥兜|ちょうせんあさがお|チョウセンアサガオ"
                   r"|いぬさふらん|イヌサフラン|ばいけいそう|バイケイソウ|はしりどころ|ハシリドコロ")
BARELY_ANSWERING = (r"(?:へんじ|返事)(?:が|も)?[^\n]{0,2}?(?:あまり|あんまり|ろくに)"
                    r"|(?:なんども|何度も|なんかいも|何回も)[^\n]{0,4}?(?:はい|吐い|はき|吐き)")

# A manhole or gutter cover gone from a road (マンホールの蓋がなくて穴が開いてる, 側溝の蓋が外れて).
COVER = (r"(?:まんほーる|マンホール|そっこう|側溝|どぶ|ドブ|はいすいこう|排水溝|うすい|雨水)(?:の)?"
         r"(?:ふた|蓋|ぐれーちんぐ|グレーチング)")
COVER_GONE = (r"(?:ない|なく|ねえ|はずれ|外れ|あいて|開いて|ずれ|とれ|取れ|ぬすまれ|盗まれ|どこか|どっか|きえ|消え)")
FALL_RISK = (r"あな|穴|おち|落ち|あぶな|危な|くるま|車|ひと|人|よる|夜|くらい|暗い|まっくら|真っ暗|みち|道|どうろ|道路")

# A threat to stab or kill (刺してやる, 殺すぞ) ...
# A body part rubbed (腰をさすって, 背中さすって): the kana さす before it is no stabbing.
RUBBED_PARTS = ("こし", "腰", "せなか", "背中", "あし", "足", "うで", "腕", "おなか", "お腹", "はら", "腹", "むね",
                "胸", "あたま", "頭", "かた", "肩", "ひざ", "膝", "て", "手", "せ", "背")
NOT_RUBBED = "".join(rf"(?<!{part}{particle})" for part in RUBBED_PARTS for particle in ("を", "お", "さ", ""))
STAB_OR_KILL = (r"(?:さして|刺して|ころして|殺して|ぶっころして|ぶっ殺して|ぶっころ|ぶっ殺)(?:やる|やっ|やろ)"
                r"|(?:ころす|殺す|刺す)(?:ぞ|から|って|と)"
                # (round 56: the kana さす is also rubbing - 腰をさすって顔をしかめて, さすってあげて - so not after
                # a body part nor before a progressive or a kindness; 刺すって言ってる stays; wide58b)
                r"|" + NOT_RUBBED + r"さす(?:ぞ|から|と|って(?!(?:い|お)?(?:ま|る|た|て)|あげ|やっ|やる|もら|くれ))")
# ... with a time that is today or now (今日の帰り道で, 今から行く, 下校の時間).
TODAY = (r"きょう|今日|いまから|今から|これから|こんや|今夜|こんばん|今晩|かえりみち|帰り道|げこう|下校|ほうかご|放課後"
         r"|まってろ|待ってろ|いま(?:いく|行く|むかって|向かって)|今(?:行く|向かって)")
JOKE_OR_PAST = (r"じょうだん|冗談|ふざけ|きょねん|去年|むかし|昔|せんげつ|先月|" + COMIC + r"|げーむないで|ゲーム内で")

# A small child crying (泣き声が続いて, ずっと泣いてる) for hours (昨日の夜から, 何時間も) ...
CRYING = r"なきごえ|泣き声|なきさけ|泣き叫|ないて(?:る|い|ま|て)|泣いて(?:る|い|ま|て)|ぎゃんなき|ギャン泣き"
FOR_HOURS = (r"なんじかん|何時間|ずっと|きのう|昨日|ゆうべ|昨夜|ひとばん|一晩|あさから|朝から|よるから|夜から"
             r"|[0-9０-９一二三四五六七八九十]+じかん|[0-9０-９一二三四五六七八九十]+時間")
# ... with no adult heard or seen (大人の声は一度もしない, 親はいないみたい).
NO_ADULT = (r"(?:おとな|大人|おや|親|ははおや|母親|ちちおや|父親|ほごしゃ|保護者)(?:の)?"
            r"(?:こえ|声|けはい|気配|すがた|姿)?"
            r"(?:は|が|も)?[^\n]{0,6}?(?:しない|しねえ|せん|ない|ねえ|いない|いねえ|きこえ(?:ない|ねえ)|聞こえ(?:ない|ねえ)"
            r"|みえ(?:ない|ねえ)|見え(?:ない|ねえ))")
NEXT_DOOR_CHILD = (CHILD + r"|(?:[0-9０-９一二三四五六七八九十]+(?:さい|歳|才)(?:くらい|ぐらい)?の)?(?:こ|子)(?:の|が)"
                   r"|ちいさいこ|小さい子|ちいさなこ|小さな子|あかちゃん|赤ちゃん|あかんぼう|赤ん坊")


# もし (if) as a word of its own: not かもしれない (水仙の葉だったのかもしれません), 月もしない, 閉じても視界.
SUPPOSING = r"もしも|(?<![ぁ-ゖ])もし(?!れ|な|ま|て|た|か(?!し))"

# A jaw out of place (顎が外れて口が閉じない, あご はずれた).
JAW_OUT = (r"(?:あご|顎|あぐ)(?:が|も|さ)?[^\n]{0,4}?(?:はずれ|外れ|はずっ|外っ|だっきゅう|脱臼)")
# Shingles: a band of blisters on one side (帯状疱疹, 水ぶくれが帯のように) - also a recogniser's 帯状放心.
SHINGLES = (r"たいじょうほうしん|帯状疱疹|帯状ほうしん|帯状放心"
            r"|(?:みずぶくれ|水ぶくれ|水膨れ|ぶつぶつ|ブツブツ|ほっしん|発疹)"
            r"[^\n]{0,12}?(?:おびの|帯の|おびじょう|帯状|かたがわ|片側|かたほう|片方)"
            r"|(?:おびじょうに|帯状に|おびのように|帯のように)[^\n]{0,6}?(?:みずぶくれ|水ぶくれ|水膨れ|ぶつぶつ|ブツブツ|ほっしん"
            r"|発疹)")
# A ring stuck on a swollen finger (指輪が食い込んで抜けない).
RING_STUCK = (r"(?:ゆびわ|指輪|指環|りんぐ|リング)(?:が|も|さ)?[^\n]{0,8}?(?:くいこ|食い込"
              r"|ぬけ(?:ない|ねえ|ません|なく)|抜け(?:ない|ねえ|ません|なく)|とれ(?:ない|ねえ|ません|なく)|取れ(?:ない|ねえ|ません|なく)|はずれ(?:ない|ねえ|ません)"
              r"|外れ(?:ない|ねえ|ません))")
# A reaction to hair dye (毛染めしたら頭皮がかゆくて顔がむくんで).
HAIR_DYE = (r"けぞめ|毛染め|しらがぞめ|白髪染め|へあからー|ヘアカラー|からーざい|カラー剤"
            r"|かみ(?:を|の毛を)?そめ|髪(?:を|の毛を)?染め")
DYE_REACTION = (r"かゆ|痒|はれ|腫れ|むくん|むぐん|浮腫|あかく|赤く|ぶつぶつ|ブツブツ|ただれ|ひりひり|ヒリヒリ")
# Floaters or flashes in one eye of a sudden (黒い点が飛んで, 稲妻みたいに光る, 飛蚊症).
EYE_FLASHES = (r"ひぶんしょう|飛蚊症|(?:くろい|黒い)(?:てん|点|つぶ|粒|むし|虫)|いとくず|糸くず"
               r"|(?:いなずま|稲妻|かみなり|雷|ふらっしゅ|フラッシュ)(?:みたい|のよう)|ぴかぴか|ピカピカ|ちかちか|チカチカ")
# (kana め as a word of its own before a particle - opening, or after から, って, ても: not すすめられ, ためし)
EYE_SUDDEN = (r"きゅうに|急に|とつぜん|突然|さっき"
              r"|(?:ゆうがた|夕方|けさ|今朝|あさ|朝|きのう|昨日|ゆうべ|昨夜|よる|夜)(?:から|おき|起き)")
EYE = r"(?:(?<![ぁ-ゖ])|(?<=から)|(?<=って)|(?<=ても))め(?:が|に|の|を|は|さ)|目|しかい|視界|眼"

# A used car that broke down soon after buying, the dealer refusing to repair or take it back.
USED_CAR = r"ちゅうこ(?:しゃ)?|中古|ちゅうこもの|中古者"
BROKE_DOWN = (r"こわれ|壊れ|こしょう|故障|えんじん|エンジン|けいこくとう|警告灯|うごかな|動かな|かからな")
DEALER_REFUSES = (r"(?:はんばいてん|販売店|おみせ|お店|みせ|店|ぎょうしゃ|業者|でぃーらー|ディーラー)[^\n]{0,30}?"
                  r"(?:(?:ほしょう|保証|保障)(?:は|が|も)?(?:ない|ねえ|しない|しねえ|できない|がい|外|たいしょうがい|対象外)?"
                  r"|げんじょう|現状|とりあ|取り合|きられ|切られ|たいおう|対応|しない|しねえ|くれな|ことわ|断)")
# round 51 (wide53b): a visitor claiming a role of trust (民生委員です, 市役所の福祉課の者だという, ケアマネを名乗る)
# who asks about savings or the bank (貯金はいくらか, どこの銀行か, 通帳): a swindler's survey, for #9110.
TRUSTED_ROLE = (r"みんせいいいん|民生委員|しやくしょ|市役所|やくしょ|役所|ふくしか|福祉課|しゃきょう|社協"
                r"|しゃかいふくし|社会福祉|けあまね|ケアマネ|ほけんし|保健師|ねんきん|年金(?:じむしょ|事務所)")
CLAIMED = (r"(?:さん)?(?:の(?:もの|者|ひと|人|かた|方))?(?:です|だ|でございます)?"
           r"(?:って|という|とゆう|っていう|と(?:なの|名乗)|を(?:なの|名乗))")
SAVINGS_ASKED = (r"(?:ちょきん|貯金|よきん|預金|つうちょう|通帳|こうざ|口座|ぎんこう|銀行|ざいさん|財産|たくわえ|蓄え)"
                 r"[^\n]{0,16}?(?:きか|聞か|きい|聞い|きき|聞き|たずね|尋ね|しらべ|調べ)")
# round 51 (wide53b): goods bought by mail order or delivered that came broken, and the shop and the carrier each
# blaming the other or refusing to replace them (店は配送のせい、配送は店のせい; 誰も取り替えてくれません).
DELIVERED = (r"とどい|届い|はいたつされ|配達され|はいそうされ|配送され|つうはん|通販|ねっと(?:で|の)|ネット(?:で|の)"
             r"|(?:かっ|買っ)た(?:もの|物|しなもの|品物)")
ARRIVED_BROKEN = r"われ|割れ|こわれ|壊れ|つぶれ|潰れ|へこん|凹ん|はそん|破損|ひび"
BLAMED_OR_REFUSED = (r"(?:の)?せい(?:だ|って|と|に|で|です|にして)|せきにん|責任|たらいまわし|たらい回し"
                     r"|(?:とりかえ|取り替え|とりかえて|取り替えて|こうかん|交換|へんきん|返金|べんしょう|弁償)"
                     r"(?:して)?(?:くれ|もらえ)(?:ない|ねえ|ません|なく)")
# Moving out of a rented flat, then a large bill for restoration (原状回復で30万請求された).
MOVED_OUT = (r"げんじょうかいふく|原状回復|たいきょ|退去|ひっこ|引っ越|引越"
             r"|(?:あぱーと|アパート|へや|部屋|しゃくや|借家)を(?:でた|出た|でて|出て)")
LANDLORD_BILL = (r"(?:おおや|大家|かんりがいしゃ|管理会社|ふどうさん|不動産)[^\n]{0,30}?"
                 r"(?:せいきゅう|請求|はらえ|払え|まん|万|おかね|お金)")


# A deadline idiom (尻に火がつく: homework, a tax return due), not a fire: for the fire rule's guard
# (:mod:`safety.events_fire`).
DEADLINE_IDIOM = r"(?:しり|尻|けつ|ケツ)(?:に|さ)(?:ひ|火)(?:が)?(?:つ|付)"

# Someone claiming to come for an inspection or a reading (ガス会社の点検だって, 水道の検針の人) ...
INSPECTOR = (r"(?:がす|ガス|すいどう|水道|でんき|電気|でんりょく|電力|しょうぼう|消防|でんわ|電話)"
             r"(?:がいしゃ|会社|や|屋|きょく|局)?(?:の)?[^\n]{0,6}?(?:てんけん|点検|けんしん|検針|ちょうさ|調査|こうかん|交換)")
# ... whom the company does not know (そんな予定ねえ, 会社は知らないって, 頼んでない).
NO_SUCH_VISIT = (r"(?:よてい|予定)(?:は|が|も)?[^\n]{0,2}?(?:ない|ねえ|ありません|ございません|なかった)"
                 r"|(?:しらない|知らない|しらねえ|知らねえ|しりません|知りません)(?:って|と)"
                 r"|(?:たのんで|頼んで)(?:ない|ねえ|いない|おりません|ません)"
                 r"|そんな(?:ひと|人|もの|者|しゃいん|社員)(?:は)?(?:いない|いねえ|おりません)")


def household_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("pregnancy_bleeding", "medical",
             _with(HEAVY_BLEEDING + "|" + HARD_BELLY_PAIN, PREGNANT),
             unless=FICTION + r"|" + SUPPOSING + r"|ないように|" + LIGHT_BLEEDING),
        rule("stroke_signs", "medical",
             _with(r"(?:" + SUDDEN + r")[^\n]{0,20}?(?:" + HEAD_PAIN + r")[^\n]{0,60}?(?:" + REPEATED_VOMIT + ")",
                   HEAD_PAIN),
             unless=FICTION + r"|" + SUPPOSING + r"|ないように|" + KNOWN_HEADACHE),
        # round 51: the sudden blow of a bat or a hammer as a likeness is the worst headache told by its idiom, even
        # with the word 頭痛 lost (母が急にバットで殴られたみたいな…, wide46c heard: read 110 by the blow until round 51
        # made a likeness no violence)
        rule("stroke_signs", "medical",
             r"(?:" + SUDDEN + r")[^\n]{0,12}?(?:" + BLUNT_BLOW + r")で(?:なぐられ|殴られ|たたかれ|叩かれ)" + LIKENESS,
             unless=FICTION + r"|" + SUPPOSING + r"|ないように|" + KNOWN_HEADACHE),
        rule("venomous_bite", "medical",
             _with(r"(?:" + SNAKE + r")[^\n]{0,12}?(?:" + BITTEN + r")"
                   r"|(?:" + BITTEN + r")[^\n]{0,30}?(?:" + SNAKE + ")", ENVENOMED),
             unless=ANIMAL_VETO + "|" + FICTION + r"|" + SUPPOSING
             + r"|ないように|きをつけ|気をつけ|あおだいしょう|アオダイショウ"),
        rule("poisoning", "medical",
             _with(r"(?:" + EATEN + r")[^\n]{0,60}?(?:" + POISONED_SIGNS + "|" + BARELY_ANSWERING + ")",
                   MISTAKEN_FOOD + "|" + POISONOUS_PLANT),
             unless=ANIMAL_VETO + "|" + FICTION + r"|" + SUPPOSING + r"|ないように|きをつけ|気をつけ"),
        rule("road_danger", "police",
             _with(r"(?:" + COVER + r")(?:が|は|も|さ)?[^\n]{0,6}?(?:" + COVER_GONE + ")", FALL_RISK),
             unless=FICTION + r"|" + SUPPOSING
             + r"|でざいん|デザイン|かーど|カード|こうじちゅう|工事中|なおっ|直っ|きのう|昨日"),
        rule("threat_to_life", "police",
             _with(STAB_OR_KILL, TODAY),
             # (round 51: nor a threat on a condition - 次に遅れたら殺す: to consult about, #9110; wide53b)
             unless=FICTION + r"|" + JOKE_OR_PAST + r"|" + CONDITIONAL_KILL),
        rule("child_alone", "police",
             _with(r"(?:" + NEXT_DOOR_CHILD + r")[^\n]{0,12}?(?:" + CRYING + ")", FOR_HOURS),
             needs=NO_ADULT,
             unless=FICTION + r"|うちの|わがや|我が家|よなき|夜泣き"),
        rule("symptom", "symptom", JAW_OUT, unless=FICTION + r"|" + SUPPOSING + r"|ないように|しゃくれ"),
        rule("symptom", "symptom", SHINGLES, unless=FICTION + r"|よぼうせっしゅ|予防接種|わくちん|ワクチン"),
        rule("symptom", "symptom", RING_STUCK,
             needs=r"はれ|腫れ|むくん|むくみ|浮腫|くろ|黒|むらさき|紫|つめた|冷た|いた|痛"),
        rule("symptom", "symptom", _with(r"(?:" + HAIR_DYE + r")[^\n]{0,30}?(?:" + DYE_REACTION + ")", r"たら|て|で"),
             unless=FICTION + r"|" + SUPPOSING + r"|ないように|ぱっちてすと|パッチテスト"),
        rule("symptom", "symptom",
             _with(r"(?:" + EYE + r")[^\n]{0,16}?(?:" + EYE_FLASHES + r")"
                   r"|(?:" + EYE_FLASHES + r")[^\n]{0,16}?(?:" + EYE + ")", EYE_SUDDEN),
             unless=FICTION + r"|" + SUPPOSING
             + r"|はなび|花火|かめら|カメラ|すまほ|スマホ|てれび|テレビ|まえから|前から"),
        rule("impostor_visit", "scam", _with(INSPECTOR, NO_SUCH_VISIT),
             unless=FICTION + r"|" + SUPPOSING + r"|ないように|きをつけ|気をつけ|かいらん|回覧"),
        rule("used_car_trouble", "consumer",
             r"(?:" + USED_CAR + r")[^\n]{0,40}?(?:" + BROKE_DOWN + r")[^\n]{0,60}?(?:" + DEALER_REFUSES + ")",
             unless=FICTION + r"|" + SUPPOSING + r"|なおして(?:くれた|もらった)|直して(?:くれた|もらった)"),
        rule("impostor_visit", "scam",
             r"(?:" + TRUSTED_ROLE + r")" + CLAIMED + r"[^\n]{0,60}?(?:" + SAVINGS_ASKED + ")",
             unless=FICTION + r"|" + SUPPOSING + r"|ないように|きをつけ|気をつけ|かいらん|回覧|ニュース|にゅーす"),
        rule("delivered_broken", "consumer",
             r"(?:" + DELIVERED + r")[^\n]{0,40}?(?:" + ARRIVED_BROKEN + r")[^\n]{0,80}?(?:" + BLAMED_OR_REFUSED + ")",
             unless=FICTION + r"|" + SUPPOSING),
        rule("restoration_bill", "consumer",
             r"(?:" + MOVED_OUT + r")[^\n]{0,40}?(?:" + LANDLORD_BILL + ")",
             unless=FICTION + r"|" + SUPPOSING + r"|かえって(?:き|く)|返って(?:き|く)"),
    )
