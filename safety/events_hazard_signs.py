"""Hazards told by what is done or seen (round 17, see docs/safety.md "Round 17"): general signs the earlier rules
missed.

- 110: a firearm taken out, held or pointed (猟銃を出してきた, ライフルを構えて; not hunting, a licence, a toy); a
  person lost from sight in the hills or a crowd and not answering (はぐれた…呼んでも返事ない: missing, not
  unconscious).
- 110: shouting with things breaking or thrown next door (怒鳴り声と物が割れる音がずっと): violence at home.
- 110 first (round 18): an assault told as still going on (倒れた相手を踏みつけている, 殴り続けて), even with someone
  hurt (`ONGOING_ASSAULTS` in :mod:`safety.decide`); someone at one's door or in one's home who will not leave and
  demands cards or money or claims to be someone (キャッシュカードを預かると言って帰ってくれない: not a call to ask
  about); a person lost from sight (見失った).
- 119 (round 18): a blow to the head told by a cracked helmet or a bleeding head, then vomiting; a person trapped
  under something overturned with only a limb seen (車体の下から足だけが見えている); no sound at all from a closed
  toilet or bath after knocking or calling (weak: the emergency line first).
- 119: the signs of a stroke told as what is seen (口の端からよだれ, 口がもつれて, 箸を落として / 持てない, 右足を
  引きずって, 右手がだらんと, 顔がゆがんで, しゃべるのがおかしくなった); chlorine bleach mixed with an acid with
  someone coughing or unwell (a toxic gas); someone swimming, or only their float seen, who is no longer in sight
  (泳いでた友達が見えない。浮き輪だけ: drowning, not a missing person).
"""

from __future__ import annotations

from safety.events_line_signs import DEATH_WISH, HYPERBOLE
from safety.events_mishap_signs import PULLED_BY_THE_HAND
from safety.rule import ANIMAL, ANIMAL_VETO, BLOOD, FICTION, PEOPLE, SMALL_THING, STRANGER, Rule, rule
from safety.vocabulary import CHILD, NEG
from safety.vocabulary_things import STAYS_PUT_FROM

# A firearm: written (銃 alone is safe in kanji), read (じゅう alone is 十/中, so only its compounds).
FIREARM = (r"りょうじゅう|猟銃|らいふる|ライフル|さんだんじゅう|散弾銃|けんじゅう|拳銃|ぴすとる|ピストル"
           r"|(?<![ぁ-ゖ])銃")
# Hunting, a licence, a shooting range, a toy or a game: a firearm that threatens nobody.
LAWFUL_GUN = (r"しゅりょう|狩猟|りょうゆうかい|猟友会|きょか|許可|しんせい|申請|めんきょ|免許|しゃげき|射撃|かり(?:に"
    r"|を|の)"
              r"|狩り|おもちゃ|玩具|もでるがん|モデルガン|みずでっぽう|水鉄砲|えあがん|エアガン|" + FICTION)
# Bleach and an acid mixed (混ぜるな): chlorine gas.
CHLORINE = r"えんそ|塩素|はいたー|ハイター|まぜるな|混ぜるな|かびとり|カビ取り"
# ... with someone affected by it.
GAS_SIGNS = (r"せき|咳|くるし|苦し|いき|息|めが|目が|はなが|鼻が|のどが|喉が|きもちわる|気持ち悪|はきけ|吐き気|すわりこ"
             r"|座り込|たおれ|倒れ|ぐったり|めまい|ふらふら")
# Shouting, and things breaking or thrown (怒鳴り声と物を叩きつける音): violence at home.
SHOUTING = r"(?:どなりごえ|怒鳴り声|どなる|怒鳴る|さけびごえ|叫び声|ひめい|悲鳴|なきさけ|泣き叫|やめて)"
BREAKING = (r"(?:われる|割れる|こわれる|壊れる|たたきつけ|叩きつけ|なげ|投げ|ぶつかる|たおれる|倒れる)(?:ような"
    r"|みたいな)?"
            r"(?:おと|音)")
# A heavy thud or crash told by its sound word (ドスンという音, ガシャンって音): with a cry of やめて or a scream
# beside it, someone is being hurt behind a wall (round 45, coordinator: blind42b).
THUD = (r"(?:どすん|ドスン|どしん|ドシン|どかん|ドカン|どん|ドン|がしゃん|ガシャン|がちゃん|ガチャン"
        r"|ばたん|バタン|ばーん|バーン)(?:っ|ッ)?(?:という|っていう|て|って)(?:おと|音)")
# One side of the body or the mouth failing (a stroke), told as what is seen.
ONE_SIDE = r"(?:みぎ|右|ひだり|左|かた|片)(?:の|がわの|側の)?(?:て|手|あし|足|うで|腕)"
STROKE_SEEN = (r"(?:くちのはし|口の端|くちもと|口元)[^\n]{0,8}?(?:よだれ|涎)|(?:くち|口)(?:が|も)?もつれ"
               r"|(?:きゅうに|急に)[^\n]{0,8}?(?:はし|箸)(?:を)?(?:おと|落と)|(?:はし|箸)(?:が|を)?(?:もて|持て)(?:な|ね)"
               r"|" + ONE_SIDE + r"(?:が|を)?[^\n]{0,3}?(?:だらん|だらり|ひきず|引きず)"
               r"|(?:かお|顔)(?:が)?(?:きゅうに|急に)?(?:ゆがん|歪ん)"
               r"|(?:しゃべ|喋)[^\n]{0,3}?(?:おかし|へん|変)(?:く|に)(?:なっ)")
# A small child told by its age (3歳の息子, ４さいの娘; not 83歳, 九十歳): one leg dragged is a child's limp to ask
# about at night (#8000), not a stroke (round 54, wide56: 3歳の息子が急に右足を引きずって歩く); since round 55 also
# one arm left hanging (転んでから片腕をだらんとさせて: a pulled elbow or a hurt arm, blind56b; not 手足がだらん, the
# whole body limp).
YOUNG_CHILD_LIMB = (r"(?<![0-9０-９十百])[1-9１-９一二三四五六七八九](?:さい|歳|才)(?![0-9０-９])[^\n]{0,40}?"
                    r"(?:(?:あし|足)[^\n]{0,4}?(?:ひきず|引きず)"
                    r"|(?:うで|腕|(?:て|手)(?!あし|足))[^\n]{0,4}?(?:だらん|だらり|ぶらん))")
# Out of sight (見えない, いなくなった, 上がってこない).
GONE_FROM_SIGHT = (r"(?:みえ|見え)(?:な|ね)|いなくな|いねくな|いな(?:い|く)|いね(?:え|く)|(?:うかんで|浮かんで"
    r"|あがって|上がって)(?:こ)"
                   + NEG)


# An assault still going on, with a person as what is attacked (not 床を踏みつけて); since round 19 also told in the
# passive (倒れたあとも蹴られ続けています) or as blows by turns (殴ったり蹴ったりしております).
ASSAULT_ON = (r"(?:を|ば)[^\n]{0,6}?(?:ふみつけ|踏みつけ|踏み付け|けりつけ|蹴りつけ|なぐりつけ|殴りつけ)(?:て|で)"
              r"(?:いる|る|い|ま|お)"
              r"|(?:なぐり|殴り|けり|蹴り|ふみつけ|踏みつけ)(?:つづけ|続け)(?:て|で)"
              r"|(?:なぐられ|殴られ|けられ|蹴られ|たたかれ|叩かれ|ふみつけられ|踏みつけられ)(?:つづけ|続け)(?:て|で)?"
              r"|(?:なぐ|殴|け|蹴|たた|叩)(?:っ|い)たり[^\n]{0,8}?(?:して|しで)(?:いる|る|い|ま|お|ん|て|で)")
# Blows received (殴られた, 蹴られて, 襲われた): by a person (an animal's attack is guarded where it is used).
BLOWS = (r"なぐられ|殴られ|(?<![あつかむさもと向避設掛付受])けられ(?!な|る|ず|ま)|蹴られ|たたかれ|叩かれ|おそわれ"
         r"|襲われ|つきとばされ|突き飛ばされ|ふみつけられ|踏みつけられ|ぼこぼこにされ|ボコボコにされ")
# ... with the attacker still there (いまも近くにいる, まだそこにいる, まだうろうろしてる).
STILL_THERE = (r"(?:いまも|今も|まだ)[^\n]{0,10}?(?:ちかく|近く|そば|そこ|そこら|あたり|辺り|うろうろ|うろつ"
               r"|(?:(?<![ぁ-ゖ])|(?<=に|で|が|さ))(?:いる|います|いて|おる|おります))")
# Wild and farm animals that attack (熊に襲われた、まだ近くにいる: the animal, not an assailant).
ATTACKING_ANIMALS = r"(?:くま|熊|いのしし|猪|さる|猿|いぬ|犬|うし|牛|はち|蜂|しか|鹿)(?:に|から|さ)"
# At one's door or in one's home ...
AT_HOME = r"げんかん|玄関|どあ|ドア|いえ|家|うち|へや|部屋|あがりこ|上がり込|上がりこ"
# ... and not leaving.
NOT_LEAVING = (r"(?:かえら|帰ら)(?:ない|ねえ|ね|ず)|(?:かえって|帰って)(?:くれ|もらえ)(?:ない|ねえ|ね|ません)"
               r"|いすわ|居座"
               # ... or sat down in the house and still there (居間に座り込んでる, 今も家にいる; round 58, wide60b's
               # fake water-works man)
               r"|(?:すわりこ|座り込)(?:ん)?(?:で|じゃ)(?:る|い|お)|(?:すわりこ|座り込)んだまま"
               r"|(?:いまも|今も|まだ)(?:いえ|家|うち|へや|部屋|いま|居間)(?:に|さ)(?:いる|います|おる|おります)"
               # ... or staying put at the door (玄関から動かない; round 46, blind47a)
               r"|" + STAYS_PUT_FROM)
# What makes a caller who will not leave a threat: a demand for cards or money, a claimed identity, a stalker
# (round 54: or a debt demanded back, 借金を返せと大声を…帰ってくれません - blind55b).
DOOR_THREAT = (r"わたせ|渡せ|だせ|出せ|よこせ|はらえ|払え|かえせ|返せ|あずか|預か|かーど|カード|つうちょう|通帳"
               r"|おかね|お金|げんきん|現金|かってに|勝手に|むりやり|無理やり|おしいっ|押し入っ|おっかね|こわい|怖い"
               r"|なの|名乗|のもの|の者|だという|だっていう|すとーかー|ストーカー"
               # ... or a sum demanded on the spot (三万円だと, 五万払えって; round 58)
               r"|(?:まんえん|万円)(?:だ|です|を)?(?:と|って|はらえ|払え|よこせ|だせ|出せ)|" + STRANGER)
# Overturned or fallen on top of someone.
OVERTURNED = r"よこだおし|横倒し|ひっくりかえ|ひっくり返|てんぷく|転覆|てんとう|転倒|したじき|下敷き|くずれ|崩れ"
# Vomiting (not 吐き気, a feeling, in either view - はきけ is its reading; not はいる/はいり, to enter: 泣いてはいる,
# round 22).
VOMITING = r"(?:はい(?![るりまれら])|はく|はき(?!け)|吐(?:い|く|き(?!気))|もど(?:し|す))"

# A swallowed thing told fine now (いまは ふつうに ないてる, 今は普段通りに遊んでいます): 5 of 5 such phrases of the set
# are #8000, the night line.
FINE_NOW = (r"(?:いまは|今は|いまも|今も|その(?:あと|後)は)[^\n]{0,8}?"
            r"(?:ふつう|普通|ふだん|普段|げんき|元気|けろ|いつも)")
# A small thing (``safety.rule.SMALL_THING``) a person (a small child, mostly) had, gone or in the mouth, then a sign
# of choking (round 22: ビー玉が見当たらなくて、顔を真っ赤にして声が出てない - a swallowed or inhaled object, not a
# missing person).
GONE_OR_IN_MOUTH = (r"みあたら|見当たら|なくな|無くな|たりな|足りな|きえ|消え"
                    r"|くちに(?:いれ|入れ)|口に(?:いれ|入れ)|口さ(?:いれ|入れ)|(?:くち|口)の(?:なか|中)|くわえ|咥え|のみこ|飲み込")
# (a face red with anger, tears or searching is none of them: 顔を真っ赤にして泣いてる)
CHOKING_SIGN = (r"(?:こえ|声)(?:が|も)?(?:で|出)(?:な|ね|ず|て(?:い)?な|せ)|(?:かお|顔)(?:を|が|も)?(?:まっか|真っ赤"
                r"|あか|赤|むらさき|紫|まっさお|真っ青|あお|青)(?![^\n]{0,8}?(?:おこ|怒|ないて|ないで|泣い|なき|泣き|さが|探))"
                r"|(?:いき|息)(?:が|も)?(?:でき|し|すえ)(?:な|ね|て(?:い)?な)"
                r"|くるしそう|苦しそう|せきこ|咳き込|ぜーぜー|ぜえぜえ|ひゅーひゅー|むせ|(?:のど|喉)(?:を)?(?:おさえ|押さえ)")

# Not back, then looked for and found down (戻ってこない。のぞくと床に横になっていて; 戻りませんで、見に行って
# もらいましたら湯船の中でぐったり): the person is found, so an ambulance, not a search (round 22: 11 of 11 such
# phrases are 119).
NOT_BACK = (r"(?:もどって|戻って|かえって|帰って|でて|出て)(?:こ|き(?:ませ|てな|ていな))"
            r"|(?:もどら|戻ら|かえら|帰ら)(?:な|ね|ず)|(?:もどり|戻り|かえり|帰り)ませ")
LOOKED = (r"みに|見に|のぞ|覗|さがし|探し|みつけ|見つけ|(?:いって|行って|みて|見て)み|(?:いっ|行っ)たら|まし(?:たら|て)"
          r"|みたら|見たら|あけたら|開けたら")
FOUND_DOWN = (r"ぐったり|たおれ|倒れ|よこに(?:なっ|なり)|横に(?:なっ|なり)|うつぶせ|うつ伏せ|うずくま|うごかな|動かな"
              r"|うごかね|動かね|ういて|浮いて|うかんで|浮かんで|しずんで|沈んで")
# A limpness told as a fever's effect (熱っぽくてぐったり, 熱があってぐったりしてた, 熱出してぐったり, Tohoku 熱出はって
# ぐったり): found so, it is a child's or an adult's fever to ask about (#8000 / #7119), not a collapse.
LIMP_WITH_FEVER = (r"(?:ねつ|熱)(?:っぽく(?:て)?|が(?:あって|あり|でて|出て|たかく(?:て)?|高く(?:て)?)"
                   r"|(?:を)?(?:だし|出し)(?:て|はって)"
                   r"|で|[0-9０-９.度ど分ぶ]+(?:あって|で))[^\n]{0,8}?ぐったり")
# A wish or a threat to die said, then the person gone (死んでやると言いまして…車の鍵を持って出て行ってしまいました):
# a search for the police now (round 22: 7 of 7 such phrases are 110).
TO_DIE = (DEATH_WISH + r"|(?:いきて|生きて)(?:い)?(?:て|で)?も(?:しかた|仕方|しょうがな|しょうがね)"
          r"|(?:しぬ|死ぬ)(?=って|と)|おわりにする|終わりにする")
LEFT_HOME = (r"(?:でて|出て)(?:いっ|行っ|いき|行き|っ)|でてった|出てった|(?:とびだ|飛び出)し"
             r"|(?:でかけ|出かけ)(?:て|た|ちゃ)|いなくなっ")
# A small child left alone in a car, with heat or limp (駐車場の車に赤ちゃんがひとりで残されてる、窓閉まってて暑い):
# heatstroke, an ambulance (round 22: a child in a car with heat or limp, 5 of 5 119; left alone with the parents
# gone and no heat, 1 of 1 110 - left to the other rules).
IN_A_CAR = r"(?:くるま|車|しゃない|車内)(?:の(?:なか|中))?(?:に|さ|で)"
LEFT_IN = r"のこされ|残され|おきざり|置き去り|ひとりで|一人で|とじこめ|閉じ込め|おいて|置いて"
CAR_HEAT = r"あつ|暑|えんてん|炎天|ひなた|日なた|ぐったり|あせ|汗|まっか|真っ赤"
# A child left in a car told crying, and no sign that it has gone limp or quiet (窓閉まってて泣いてる, 暑いのに): awake,
# alone in danger - the police line (110), as 8 of 9 such tellings of the set; heat with no crying, or crying that
# stopped, stays the ambulance (round 44: wide46c, blind45b).
# Left in the car, told as the state now (残されて, 閉じ込められてる, 一人で泣いてる) - not the act asked about
# (置いていくのは, おいていったら).
LEFT_THERE_NOW = (r"のこされ(?:て|た|ちゃ)|残され(?:て|た|ちゃ)|おきざり|置き去り|とじこめられ|閉じ込められ"
                  r"|(?:ひとり|一人|1人)(?:で|きり|ぼっち)?[^\n]{0,8}?(?:ないて(?:る|い|お|ま)|泣いて(?:る|い|お|ま)"
                  r"|(?:い|お)(?:る|ます|ります)(?:[、。\s]|$)|のこって|残って)")
AWAKE_CRYING = (r"^(?![^\n]*(?:ぐったり|なきやん|泣きやん|泣き止ん|なきごえが(?:きこえ|し)な|泣き声が(?:聞こえ|し)な"
                r"|うごかな|動かな|いしき|意識|はんのう|反応|おきな|起きな|めをあけな|目を開けな))"
                r"[^\n]*?(?:ないて(?:る|い|お|ま)|泣いて(?:る|い|お|ま)|なきさけ|泣き叫|ぎゃんなき|ギャン泣き)")


def hazard_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("violence_heard", "police",
             SHOUTING + r"[^\n]{0,12}?(?:" + BREAKING + "|" + THUD + ")|(?:" + BREAKING + "|" + THUD
             + r")[^\n]{0,12}?" + SHOUTING,
             # (a neighbour's noise complained of, or the teller's own やめて to a child, is no violence)
             unless=r"てれび|テレビ|こうじ|工事|かいたい|解体|うるさ|そうおん|騒音|くじょう|苦情|やめてほしい"
                    r"|やめてもらい|やめて(?:って|と)(?:いっ|言っ|ちゅうい|注意|しかっ|叱っ)|" + FICTION),
        rule("stroke_signs", "medical", STROKE_SEEN,
             # (a child's arm hanging after a pull is a pulled elbow, not a stroke; round 43)
             unless=r"はいしゃ|歯医者|ますい|麻酔|あかちゃん|赤ちゃん|ねている|寝ている|ねてる|寝てる|ねむって|眠って|"
                    + PULLED_BY_THE_HAND + "|" + YOUNG_CHILD_LIMB),
        # ... the small child's limp or hanging arm itself: a symptom to ask about (#8000 at night; round 54)
        rule("symptom", "symptom", YOUNG_CHILD_LIMB),
        rule("weapon", "police",
             r"(?:" + FIREARM + r")(?:を|お|が|まで)?[^\n]{0,3}?(?:もっ|持っ|もち|持ち|だし|出し|とりだ|取り出|むけ"
             r"|向け"
             r"|かまえ|構え|ふりまわ|振り回)",
             unless=LAWFUL_GUN),
        rule("toxic_gas", "medical",
             r"(?:" + CHLORINE + r")[^\n]{0,20}?(?:まぜ|混ぜ|まざ|混ざ)|(?:まぜ|混ぜ|まざ"
             r"|混ざ)[^\n]{0,10}?(?:" + CHLORINE
             + ")",
             needs=GAS_SIGNS),
        rule("drowning", "medical",
             r"(?:およいで|泳いで|およいだ|泳いだ|うきわ|浮き輪|うきぶくろ|浮袋|かいすいよく|海水浴|もぐって|潜って)[^\n]{0,24}?"
             r"(?:" + GONE_FROM_SIGHT + r")",
             has_negation=True, needs=PEOPLE, unless=ANIMAL_VETO),
        rule("missing_person", "police",
             r"(?:はぐれ|みうしな|見失)[^\n]{0,30}?(?:へんじ|返事|こたえ|答え|みつから|見つから|でんわ|電話|つなが|繋が)",
             has_negation=True, unless=ANIMAL),  # 返事ない: the negation is the event
        # --- round 18 ---
        rule("assault_in_progress", "police", ASSAULT_ON,
             needs=PEOPLE + r"|あいて|相手|じょうきゃく|乗客|だれか|誰か",
             not_before=r"ゆか|床|じめん|地面|かべ|壁|どあ|ドア|あしもと|足元", unless=FICTION + r"|てれび|テレビ"),
        # round 19: blows received and the attacker still there (知らない人に殴られた、いまも近くにいる): the police
        # first, like an assault still going on (`ONGOING_ASSAULTS` in safety.decide)
        rule("attacker_present", "police", r"(?:" + BLOWS + r")[^\n]{0,24}?" + STILL_THERE,
             unless=FICTION + r"|てれび|テレビ|" + ATTACKING_ANIMALS),
        rule("refuses_to_leave", "police", r"(?:" + AT_HOME + r")[^\n]{0,40}?(?:" + NOT_LEAVING + ")",
             needs=DOOR_THREAT,
             unless=FICTION + r"|(?:むすこ|息子|むすめ|娘|こども|子ども|子供|まご|孫)(?:が|は)[^\n]{0,8}?"
                                  r"(?:かえら|帰ら)"
                                  # ... nor a resident who will not leave home in an evacuation (避難の放送…「この
                                  # 家から動かない」と言って聞きません; round 51, wide53b): a disaster question
                                  r"|ひなん|避難"),
        rule("missing_person", "police", r"(?:みうしな|見失)(?:っ|い)(?:た|て|ちゃ|まし)",
             needs=PEOPLE, unless=ANIMAL + r"|じぶん|自分|もくひょう|目標|ゆめ|夢|いみ|意味|ほうこう|方向"),
        rule("head_injury", "medical",
             r"(?:へるめっと|ヘルメット)(?:が|も)?[^\n]{0,3}?(?:われ|割れ|へこ|凹|ひび|くだけ|砕け)[^\n]{0,24}?"
             + VOMITING + r"|(?:あたま|頭)(?:から|に|が)?[^\n]{0,3}?" + BLOOD
             + r"(?:が)?[^\n]{0,3}?(?:で|出|なが|流|だらだら|どくどく|ぼたぼた)"
             r"[^\n]{0,20}?" + VOMITING
             # a fall or a blow, then vomiting again and again (転んでから…何度も吐く): a head injury's red flag
             + r"|(?:ころん|転ん|こけ|おち|落ち|ぶつけ|うっ|打っ)(?:て|で|た)[^\n]{0,20}?"
             r"(?:なんかいも|何回も|なんども|何度も|くりかえし|繰り返し)[^\n]{0,3}?" + VOMITING
             # round 22: a blow to the head, then vomiting (頭を打ちまして…さっき二回もどしてしまいました): 17 of 17
             # such phrases of the set are 119 (the vomiting words read safely: not 泣いてはいる, はいって)
             # round 51: also struck by a thing (杵が頭に当たって…吐いてる, 頭さボール当だって吐いでる; blind52)
             + r"|(?:あたま|頭)(?:を|が|さ)?[^\n]{0,4}?(?:うっ|打っ|うち|打ち|打た|ぶつけ|ぶった|ぶって|あたっ|当たっ"
             r"|当たり)[^\n]{0,40}?"
             r"(?:吐い|吐き(?!気)|はいた|(?<!て)はいて|はいちゃ|もどし|戻し|もどす|嘔吐|おうと)"),
        rule("trapped", "medical",
             r"の(?:した|下)(?:から|に|で)[^\n]{0,10}?(?:あし|足|て(?=だけ|が|しか)|手|うで|腕|からだ|体|あたま|頭)(?:だけ)?"
             r"(?:が|しか)?[^\n]{0,3}?(?:みえ|見え|でて|出て|でた|出た)",
             needs=OVERTURNED, unless=ANIMAL_VETO),
        # --- round 22 ---
        rule("swallowed_object", "medical",
             r"(?:" + SMALL_THING + r")[^\n]{0,24}?(?:" + GONE_OR_IN_MOUTH + r")[^\n]{0,30}?(?:" + CHOKING_SIGN + ")",
             has_negation=True, needs=PEOPLE, unless=ANIMAL_VETO + "|" + FICTION + "|" + FINE_NOW),
        rule("found_down", "medical",
             r"(?:" + NOT_BACK + r")[^\n]{0,40}?(?:" + LOOKED + r")[^\n]{0,30}?(?:" + FOUND_DOWN + ")",
             needs=PEOPLE + r"|どうりょう|同僚|しゅじん|主人|かない|家内",
             unless=ANIMAL_VETO + r"|ひるね|昼寝|いねむり|居眠り|(?:ね|寝)てた(?:だけ|みたい)|いびき|" + FICTION
                    # a limpness told as a fever's (熱っぽくてぐったり, 熱出してぐったり): a fever to ask about, the
                    # advice line by the hour - an unconscious or not-breathing body is read by its own rules (round 54)
                    + "|" + LIMP_WITH_FEVER),
        rule("suicide_threat", "police",
             r"(?:" + TO_DIE + r")[^\n]{0,16}?(?:って|と)[^\n]{0,30}?(?:" + LEFT_HOME + ")",
             unless=HYPERBOLE),
        rule("child_in_hot_car", "medical",
             IN_A_CAR + r"[^\n]{0,12}?(?:" + CHILD + r")[^\n]{0,12}?(?:" + LEFT_IN + r")[^\n]{0,24}?"
             r"(?:" + CAR_HEAT + ")",
             unless=FICTION + "|" + AWAKE_CRYING),
        # a small child left alone in a car (車の中に赤ちゃんが一人で泣いてる): a child alone in danger, 110; when the
        # heat or a limp body is told too, ``child_in_hot_car`` above makes it the ambulance (round 44)
        rule("child_alone", "police",
             IN_A_CAR + r"[^\n]{0,12}?(?:" + CHILD + r")[^\n]{0,12}?(?:" + LEFT_THERE_NOW + ")",
             unless=FICTION),
        rule("no_sound_from_room", "weak",
             r"(?:といれ|トイレ|ふろ|風呂|よくしつ|浴室|へや|部屋)[^\n]{0,30}?(?:のっく|ノック|よんで|呼んで|よびかけ|呼びかけ"
             r"|こえをかけ|声をかけ|たたいて|叩いて)[^\n]{0,8}?(?:ものおと|物音|おと|音|へんじ|返事|こえ|声)"
             r"(?:ひとつ|ひとつも|いっさい|一切)?(?:も|が)?(?:し|せ)?" + NEG,
             has_negation=True, needs=PEOPLE, unless=ANIMAL_VETO),
    )
