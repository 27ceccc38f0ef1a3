"""Fire, smoke, gas (:mod:`safety.events_fire`, read first) and the first medical emergencies (119: breathing,
consciousness, collapse, bleeding, poisoning, bites, machines, trapped), and the police rules that came up among them
(bears), as event rules (see :mod:`safety.rule`); the rest of the body's emergencies and the pleas for help are in
:mod:`safety.events_body`."""

from __future__ import annotations

from safety.events_fire import fire_rules
from safety.events_life_words import (
    BEAR_KANA,
    BEAR_NEAR,
    BLOOD_IN_KANA,
    BONE_LIKENESS,
    BREATHLESS_EFFORT,
    CAUGHT,
    EASED_AFTER,
    EMPTY_MEDICINE,
    HAZARD_AREA,
    LIMB,
    MACHINE_WORD,
    MACHINES,
    MEDICINE,
    MEDICINE_MISTAKEN,
    NOT_A_BEAR,
    ROOF_LOAD,
    SMALL_TOBACCO_BITE,
    STABBED_THING,
    STOPPED_AFTER,
    UNRESPONSIVE,
)
from safety.events_mishap_signs import BREATH_TOLD_FINE, RASH_AFTER_DOSE, RASH_BREATHING_FINE
from safety.rule import (
    ANIMAL_VETO,
    ANIMALS,
    LIVESTOCK,
    LIVESTOCK_VETO,
    NOT_AT_ALL,
    PEOPLE,
    STUFFY_THING,
    VITAL_HABIT,
    Rule,
    animal_subject,
    rule,
)
from safety.vocabulary import NEG, PERSON, ROLE, THINGS, THINGS_BEFORE
from safety.vocabulary_things import (
    CAUGHT_THING,
    CONFINED_BY_PERSON,
    CORD_WORD,
    DEVICE_DROWNED,
    LOADS,
    SNOWED_IN,
    SPILLED_THING,
    STAYS_AT_THE_DOOR,
    VEHICLE_STUCK,
    thing_after,
    thing_subject,
)


def life_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied (fire, smoke and gas first)."""
    return (
        *fire_rules(),
        # --- breathing, consciousness, collapse (119) ---
        rule("not_breathing", "medical",
             rf"いき(?:を|が|も|は)?(?:して|し|せ(?=ず))(?:い)?{NEG}|いき(?:が|を)?(?:でき|でぎ|すえ|すえね){NEG}"
             rf"|いき(?:が|も)?(?:とまっ|とまり|とまて|たえ)|こきゅう(?:が|を|も)?(?:して|し)?(?:い)?{NEG}"
             r"|こきゅう(?:が)?(?:とまっ|とまり|おかし|へん)|こきゅうこんなん"
             # ... stopping now and then (呼吸が時々止まるようなのです, 息がときどき長く止まって; round 42, blind43a's
             # senior telling; not 息が止まるかと思った, which has no such adverb)
             r"|(?:いき|こきゅう)(?:が|も)?(?:ときどき|ときおり|たまに|なんども|なんかいも|なんどか)(?:ながく)?"
             r"(?:とまる|とまっ|とまり|とまて)"
             # ... or stopping and coming back with a gasp, or broken off (息が止まったり、ガッと大きく吸ったり; 呼吸が
             # 10秒ぐらい止まって、あえぐみたいに吸って; 呼吸が途切れ途切れ; round 43, kinds42)
             r"|(?:いき|こきゅう)(?:が|は|も)?[^\n]{0,12}?(?:とまっ|とまて|とまり)[^\n]{0,30}?"
             r"(?:あえ|すっ|すう|すい|しゃくり|ひゅっ)"
             r"|(?:いき|こきゅう)(?:が|は|も)?[^\n]{0,4}?とぎれとぎれ|とまっては[^\n]{0,20}?(?:あえ|しゃくり|すっ|すう|すい)"
             # the recogniser's one-mora slip 息 -> 駅 (駅をしていない: no such phrase otherwise)
             rf"|(?:えき|駅|行き|生き)(?:を|が|も)(?:して|し)(?:い)?{NEG}|(?<![にへ])(?:行き|生き)して(?:い)?{NEG}"
             rf"|(?:むね|胸|おなか|お腹)(?:が|も|は)?(?:うごい|動い|うごか|動か|[^\n]{{0,6}}?(?:じょうげ|上下)し)(?:て)?(?:い)?{NEG}",
             has_negation=True, not_before=LIVESTOCK + r"(?:(?!" + PEOPLE + r")[^\n]){0,12}",
             # round 51: breathless as the measure of an effort (息できねえぐれえ走らさった, blind52b)
             unless=ANIMAL_VETO + "|" + LIVESTOCK_VETO + "|" + DEVICE_DROWNED + "|" + BREATHLESS_EFFORT),
        rule("breathing_hard", "medical",
             r"いき(?:が|も)?(?:くるし|ぐるし|つらい|あらい|はやい|ぜえぜえ|ひゅう|しづら|しにく|すえ|すいづら)"
             r"|いきぐるし|こきゅう(?:が)?(?:くるし|あらい|はやい|しづら)|ぜえぜえ|ぜいぜい|ぜぜ|ひゅひゅ",
             # a tendency (息が切れやすくなった, 息切れしがち), also on exertion (階段を上るとすぐ息が切れて): not now
             has_negation=True, unless=STUFFY_THING + r"|(?:きれ|切れ)(?:し)?(?:やす|がち)"
             r"|(?:る|く|ぐ|う|す|つ)と(?:すぐ|すく)?(?:いき|息)(?:が)?(?:きれ|切れ|あが|上が)",
             # 咳がヒューヒュー, 咳き込んで、ゼーゼー言っております: a cough to ask about
             not_before=r"(?:せき|咳)(?:が|も|の)?(?:おと|音)?(?:が)?"
                        r"|(?:せき|咳き?)(?:こんで|込んで|こみ|込み|をして|して)"),
        # round 22: a face only pale (顔が青白い; not 真っ青, 紫, 土気色) is a symptom (1 of 1 in the set is #7119)
        rule("pale_face", "symptom", r"(?:かおいろ|かお|顔)(?:が|も)?[^\n]{0,2}?(?:あおじろ|青白)"),
        rule("unconscious", "medical",
             rf"いしき(?:が|を|は|も)?(?:{NEG}|ありません|もうろう|うしな|とん|おかし|へん|はっきりし{NEG}|もど(?:ら|り){NEG}|あやし"
             rf"|うすい|ね)"
             rf"|(?:よんでも|よびかけ(?:て)?も|よびかけに|こえをかけても|こえかけても|ゆすっても|たたいても|おこしても"
             rf"|はなしかけ(?:て)?も|話しかけ(?:て)?も|呼んでも|声をかけても)(?![^\n]{{0,12}}?(?:ふりむ|振り向|ふりかえ|振り返|(?:きこえ|聞こえ)(?:て|で)?(?:い)?(?:ねえ|ない)(?:みたい|みでえ|よう)"
             rf"|(?:かえら|帰ら|でていか|出ていか|でてか|出てか|やめ|止め|きか|聞か)(?:ない|ねえ|ん|ず)"
             # (round 58: nor one called for who has not come - 放送でお母さんを呼んでも見えません, 呼んでも来ない)
             # (only right after も: 呼んでも動きません, 呼んでも起ぎねえ stay unresponsive)
             rf"|(?:みえ|見え)(?:ません|ない|ねえ)|(?<=も)(?:こ|き)(?:ない|ねえ|ません)|来(?:ない|ねえ|ません)))"
             # (round 46: nor a call not heard by one walking on, 声かげでも聞ごえでねえみでえで, nor one refused,
             # 声かけても帰らない: wide48)
             rf"[^\n]{{0,12}}?{NEG}|(?:めの|目の)?(?:しょうてん|焦点)(?:が)?(?:あわ|合わ|あって|合って|さだまら|定まら){NEG}|はんのう(?:が|も)?(?:{NEG}|ありません|しない|しね)|め(?:を|が)?(?:さまさ|さまし"
             rf"|あけ|あかな|あがな|さめ){NEG}|(?<!み)(?<!ゆう)(?<!やる)(?<!にん)きを?うしな|(?<!勇)(?<!元)(?<!やる)(?<!人)気を?(?:うしな|失[っいわうくな])"
             r"|(?:かおいろ|かお|くちびる|顔|唇)(?:が)?[^\n]{0,2}?(?:むらさき|紫|まっさお|真っ青|まっしろ|真っ白"
             r"|つちけいろ|土気色|どすぐろ|どす黒)"
             r"|きぜつ|しっしん"
             r"|へんじ(?:を|も)?(?:し|せ)(?:ない|ません|ねえ|ね)(?!と(?!おも|思)|で(?:い|お)(?:たら|ると))|(?:いき|こきゅう)(?:を)?して(?:る|っ|い)?か(?:どうか)?(?:わから|わかん)|気絶"
             r"|失神|いしきふめい|意識不明|おきてこ(?:ない|ねえ|ね)|おきない(?:んです|の(?!て|で))"
             r"|置き(?:ない|ねえ)(?!か)"  # the recogniser's 起きない -> 置きない (not 置かない)
             # round 20: shaken or called, and only a groan or a snore (揺すってもうなるだけ, 呼んでもうめくばかり)
             r"|(?:よんで|呼んで|ゆすって|揺すって|たたいて|叩いて|こえをかけて|声をかけて)も[^\n]{0,6}?"
             r"(?:うなる|唸る|うなって|唸って|うめく|呻く|うめいて|いびき)[^\n]{0,4}?(?:だけ|ばかり|ばっかり|ばっか)",
             has_negation=True,
             # (寝坊, 無視, someone at the door: safety.detect's TOLD_USUAL and AT_THE_DOOR)
             unless=r"はつねつ|しっしんが|湿疹|はぐれ|みうしな|見失|まいご|迷子|" + ANIMAL_VETO + "|" + DEVICE_DROWNED),
        rule("collapsed", "medical", r"(?:くずれ|崩れ)(?:おち|落ち|るように)|(?:たおれ|倒れ)(?:て|で|た|ちゃ|とる|ま"
            r"|っ|だ|こん|込ん)(?!ない|ね|は?いない|そう)(?!(?:い)?(?:る|た)?(?:のは|のが)?(?:" + THINGS + "))",
             # an animal right before (はねられた鹿が倒れたまま; not 犬の散歩中に人が倒れてる)
             not_before=THINGS_BEFORE + "|" + ANIMALS + r"[^\n]{0,3}",
             # an animal lying on the road, no person between (イノシシが道路の真ん中に倒れたまま), or a thing that
             # fell, named far before (信号機が根元から折れて道路に倒れてて, 柿の木が台風で倒れて)
             unless=ANIMALS + r"(?:(?!" + PEOPLE + r")[^\n]){0,16}?(?:たおれ|倒れ)|" + thing_subject(r"たおれ|倒れ")
                    # ... or named right after as a fallen thing (台風で倒れだ柿の木、どごさ捨でれば; blind21)
                    + "|" + thing_after(r"(?:たおれ|倒れ)(?:た|て)") + "|" + SPILLED_THING),
        # ... and the recogniser's 動がね -> 動画ね (動画ねえ, …動画ね closing the message)
        rule("person_not_moving", "medical",
             rf"(?:うごか|うごが|動か|おきあが|起き上が){NEG}|動画(?:ねえ|ね(?:\n|$))", has_negation=True,
             needs=PERSON, not_before=THINGS_BEFORE,
             unless=VITAL_HABIT + "|" + ANIMAL_VETO + "|" + VEHICLE_STUCK + "|" + STAYS_AT_THE_DOOR),
        # ... or told as a state, 動いてない (round 52: 投げ出されて頭から血、動いてない; wide54): an animal only just
        # before it is guarded (a dog barking earlier in the story keeps the person's alarm)
        rule("person_not_moving", "medical", r"(?:うごい|動い)て(?:い|お)?(?:ない|ねえ|ません|ね(?:\n|$))",
             has_negation=True, needs=PERSON, not_before=THINGS_BEFORE + "|" + ANIMALS + r"(?:が|は|も|さ)?[^\n]{0,6}",
             unless=VITAL_HABIT + "|" + VEHICLE_STUCK + "|" + STAYS_AT_THE_DOOR),
        rule("cannot_get_up", "medical",
             rf"(?:おきあがれ|おぎあがれ|たちあがれ|だちあがれ|おきられ|おぎられ|たちあげれ|(?:たって|立って)(?:い)?られ){NEG}"
             rf"|(?:からだ|体|てあし|手足)(?:が|も)?(?:うごか|うごけ|動か|動け){NEG}"
             rf"|(?:あし|足|からだ|体|ぜんしん|全身)(?:に|が)?(?:ちから|力)(?:が)?(?:はいら|入ら|はいん|入ん){NEG}"
             rf"|(?:たとう|立とう|おきよう|起きよう)と(?:して)?(?:も)?[^\n]{{0,8}}?(?:たて|立て|おきれ|起きれ|おきられ){NEG}"
             rf"|(?:ころん|ころ[びべ]|こけ|こげ|てんとう|すべっ|すべて|おち|ずりおち)[^\n]{{0,12}}?"
             rf"(?:たて|たで|うごけ|うごげ|あるけ|あるげ){NEG}", has_negation=True),
        rule("fell_from_height", "medical",
             r"(?:やね|はしご|きゃたつ|にかい|さんかい|たかいところ|かいだん|がけ|はし|あしば|足場|まど|べらんだ|おくじょう"
             r"|へい|ほどうきょう|にだい|ぶたい|やぐら|屋根|階段|脚立|窓)(?:から|の上から|さ)"
             # ... a person told between the place and the fall (ベランダから1歳の子が落ちた; forty-ninth session:
             # blind51a's child was caught only through a misread face)
             r"(?:[^\n]{0,8}?(?:" + PEOPLE + r")(?:が|は|も)[ 、]?)?(?:おち|落ち|ころげおち"
             r"|てんらく|"
             # not a load fallen off (荷台から落ちた材木が; engineer B's request B14-3), nor the roof's snow, ice or
             # tiles (屋根から落ちた大きな氷の塊が道路に; round 48) - unless someone is on or in it (落ちた雪の上で) -
             # nor a near miss told over (落ちそうになったけど; forty-ninth session; still hanging there stays one)
             r"ころがりおち|ふみはずし)(?!そうに(?:なった|なりました)(?:けど|けれど|が|ところ)"
             r"|た?(?:" + LOADS + r"|もの|物)|" + ROOF_LOAD + r")|てんらく"),
        # ち (血) in kana only as a word of its own - at the start, after a space or mark, or after から/で/て/の/に
        # (あたまから ちが すごい): 父 (ちち), 町 (まち), 餅 (もち), 友達 are not blood; すごい, not すこし.
        rule("bleeding", "medical",
             r"(?:(?<![^\sらでてのに、。,!?！？])ち|血)(?:が|は)(?:ふきだ|ふいて|ふぎ|どくどく|いっぱい|たくさん|すご(?=い|く|かっ)|だらだら|"
             r"ながれ|ぼたぼた|でて|で[てた]|あふれ|溢れ|出て|噴)|ちだらけ|ちまみれ|血だらけ|血まみれ|(?:すごい|ひどい|たいりょうの|大量の)(?:しゅっけつ|出血)|しゅっけつ(?:が)?"
             r"(?:ひど|おお|とまら|たいりょう|すご)|たいりょう(?:の|に)?(?:ち|しゅっけつ)|しゅっけつして(?:る|いる"
             r"|いま)|(?<![けれ])とけつ(?!えき|よう|あつ|かん)|ちを(?:はい|はく|はき)|ち(?:を|い)(?:はい|はく|はき)|血(?:を|お|い)?(?:はい|はく|はき|吐)",
             # stopped (くちから すこし ちが でた もう とまった): a wound to ask about; a role or a costume
             # (学芸会で血まみれのゾンビ役, 特殊メイク); an animal bleeding (にわとり けがしてる ちが でてる)
             unless=ROLE + r"|はなぢ|鼻血|ちがでたら"
                    r"|" + STOPPED_AFTER + r"(?:(?:とまっ|止まっ)(?:た(?!ら)|て(?:い)?(?:る|ます)|ちゃ)"
                    r"|(?:とまり|止まり)ました)|" + EASED_AFTER + "|"
                    + animal_subject(r"(?:ち|血)(?:が|は)")),
        rule("bleeding_much", "medical",
             # (吹き出して as 噴き出して: the recogniser and many writers spell the spurt so; round 51, blind52a)
             # (round 55, wide57b: not a nosebleed - 鼻血出てるのにまだ殴ってる is the beating's, 110; a nosebleed
             # that will not stop is the first rule's and ``bleeding_not_stopping``'s)
             r"(?<!鼻)血が[^\n]{0,6}?(?:出て|でて|噴|吹き?出|ふき|あふれ|溢れ)|(?<!鼻)血(?:い|っ)?(?:出|で)(?:て|た|る)",
             # 血出た、もう止まってる; an animal bleeding (豚が柵で足を切って血が出てる)
             unless=STOPPED_AFTER + r"(?:(?:とまっ|止まっ)(?:た(?!ら)|て(?!(?:い)?(?:ない|ねえ|ね|ません|なく)))"
                    r"|(?:とまり|止まり)ました)|" + EASED_AFTER + "|" + animal_subject(r"血")),
        rule("injured_by_violence", "medical",
             r"(?:なぐられ|殴られ|(?<![あつかむさもと向避設掛付受よ])けられ(?!な|る|ず|ま)|蹴られ|たたかれ|叩かれ|おそわれ|襲われ|(?<!つ)かまれ|噛まれ|ひっかかれ|つきとばされ"
             r"|突き飛ばされ)[^\n]{0,10}?(?:" + BLOOD_IN_KANA
             + r"|血|けが|ほね|骨|はなぢ|鼻血|いしき|意識|うごけ|動け|しゅっけつ|出血)"),
        rule("poisoning", "medical",
             r"(?:たばこ|" + MEDICINE + r"|せんざい|洗剤|でんち|電池|とうゆ|灯油|のうやく|農薬|ひょうはくざい|漂白剤"
             r"|ぼうちゅうざい|防虫剤|かびとり|かんそうざい|乾燥剤|じしゃく|磁石|じぇるぼーる|ジェルボール"
             # (round 52: a farm's fertiliser, its pellets eaten - 肥料の粒を食べた, 化成肥料を口に入れた; wide54)
             r"|ひりょう|肥料)(?:の(?:つぶ|粒))?(?:を)?[^\n]{0,4}?"
             r"(?:たべ|食べ|のみこ|飲み込|なめ|かん(?:じゃ|で|だ)|噛ん|かじっ|くちにいれ|口に入れ)"
             r"|(?:たばこ|せんざい|洗剤|でんち|電池|とうゆ|灯油|のうやく|農薬|ひょうはくざい|漂白剤|ぼうちゅうざい|防虫剤"
             r"|かびとり|かんそうざい|乾燥剤|じしゃく|磁石|じぇるぼーる|ジェルボール)(?:を)?[^\n]{0,4}?(?:のん|飲ん)",
             needs=PEOPLE, unless=SMALL_TOBACCO_BITE),
        # round 22: medicine drunk is a poisoning only with MEDICINE_MISTAKEN (not 薬を飲んで今はぐっすり眠っています)
        rule("poisoning", "medical", r"(?:" + MEDICINE + r")(?:を)?[^\n]{0,4}?(?:のん|飲ん)",
             needs=MEDICINE_MISTAKEN, unless=RASH_BREATHING_FINE + "|" + RASH_AFTER_DOSE),
        rule("electric_fire", "fire",
             r"(?:ろうでん|漏電)(?:して|しちゃ|してる|してい|しとる)|(?:こんせんと|でんせん|ぶれーかー|ぶんでんばん|"
             r"たこあし|コンセント|電線|分電盤|" + CORD_WORD
             + r")[^\n]{0,6}?(?:ひばな|火花|ばちばち|けむり|煙|こげくさ|焦げ臭)"),
        rule("electric_shock", "medical", r"(?:かんでん|感電)(?:し|さ)(?:た|て|ちゃ)"),
        rule("overdose", "medical",
             r"(?:くすり|薬|じょうざい|錠剤|すいみんやく|睡眠薬)(?:を)?[^\n]{0,8}?(?:たいりょう|たくさん|いっぱい|ぜんぶ|大量"
             r"|まとめて|いっき)(?:に)?(?:のん|飲ん|のみこ|飲み込)"),
        # round 20: EMPTY_MEDICINE with the person not waking (…揺すってもうなるだけ): an overdose told by what is found
        rule("overdose", "medical", EMPTY_MEDICINE, needs=UNRESPONSIVE),
        rule("venomous_bite", "medical",
             r"(?:まむし|はぶ|やまかがし|どくへび|毒蛇|蝮)(?:に|から)?[^\n]{0,4}?(?:かまれ|噛まれ|咬まれ)"),
        rule("caught_in_machine", "medical",
             MACHINES + r"[^\n]{0,8}?(?:まきこまれ|巻き込まれ|はさまれ|挟まれ|ひきこまれ|引き込まれ)"
             # a limb, hair or clothes pulled in by anything turning (腕を巻き込まれた)
             r"|(?:うで|腕|て|手|ゆび|指|あし|足|かみのけ|髪の毛|かみ|髪|ふく|服|そで|袖|てぶくろ|手袋)(?:を|が|ごと)[^\n]{0,3}?"
             r"(?:まきこまれ|巻き込まれ|ひきこまれ|引き込まれ)"
             # ... or caught, said intransitively, a limb named (除雪機に父ちゃんの手挟まった; not paper or snow)
             rf"|{MACHINE_WORD}(?:に|さ|へ|の)?[^\n]{{0,10}}?{LIMB}[^\n]{{0,3}}?{CAUGHT}"
             rf"|{LIMB}[^\n]{{0,3}}?{MACHINE_WORD}(?:に|さ|へ)?[^\n]{{0,3}}?{CAUGHT}"),
        # (round 48: not は + 水道水 or 水筒, 今日は水道水の read きょうはすいどうすいの;
        # round 53: nor 水分, 今は水分が; wide55)
        rule("labour", "medical",
             r"はすい(?!とう|どう|ぶん|ふん)|破水|うまれそう|生まれそう|じんつう(?:が)?[^\n]{0,4}?(?:ふん|分)"),
        rule("limb_deformed", "medical",
             r"(?:あし|足|うで|腕|て|手|ゆび|指)(?:が|も)?[^\n]{0,4}?(?:へんなほうこう|変な方向|ぎゃくほうこう|逆方向|ありえない"
             # (round 58: not the steel of a building, 鉄骨, てっこつ - 鉄骨つってて is a crane at work; wide60b)
             r"|へんなむき|変な向き|ぎゃくむき|逆向き)|(?<!鉄)(?<!てっこ)(?:ほね|骨)" + BONE_LIKENESS
             + r"(?:が)?[^\n]{0,3}?(?:みえ|見え|でて|出て|とびで|飛び出|つきで|突き出|のぞ|覗)"
             # ... through the skin or the wound (すねの骨が皮膚から飛び出して; round 51, wide53)
             r"|(?<!鉄)(?:ほね|骨)(?:が)?(?:ひふ|皮膚|はだ|肌|かわ|皮|きずぐち|傷口|そと|外)(?:から|を|に|の)?(?:やぶって|破って|つきやぶ|突き破)?"
             r"(?:みえ|見え|でて|出て|とびで|飛び出|つきで|突き出)"),
        # (not くま after づ: うずくまって written うづくまって - the speech recogniser's spelling, 28 transcripts of
        # heard.tsv - is a person crouching, not a bear; round 40, helper A59)
        rule("bear", "police",
             # (round 56: not a bear word's compound - 熊よけの鈴買いてえ, 熊鈴がついてる)
             rf"(?:{BEAR_KANA}|熊)(?!{NOT_A_BEAR})(?:が|さ|の)?[^\n]{{0,6}}?(?:いる|い[まて]|で[たて]|出[たて]|あらわれ|現れ"
             r"|いすわ|居座)"
             # something big and black moving near people (黒くて大きいのがガサガサ動いてて)
             r"|(?:くろくて|黒くて|くろい|黒い)(?:おおきい|大きい|でかい|おっきい|おおきな|大きな)(?:の|もの|どうぶつ|動物|かげ|影)"
             r"[^\n]{0,8}?(?:うご|動|がさがさ|ガサガサ|いる|い[まて])"
             # what a bear does near people (柿の木に登ってる, 近くをうろうろ, 出くわして, 目が合った, 車庫に入り込んで)
             rf"|(?:{BEAR_KANA}|熊)(?!{NOT_A_BEAR})(?:が|さ|に|と)?[^\n]{{0,10}}?(?:のぼっ|登っ|うろうろ|うろつ|あるいて|歩いて|はいりこ|入り込"
             r"|でくわ|出くわ|めがあっ|目が合っ|ちかづいて|近づいて|むかってく|向かってく|こっちにく|あさって|漁って"
             r"|きて(?:る|い|ま)|来て(?:る|い|ま)|きた(?:\n|$|よ|ぞ)|来た(?:\n|$|よ|ぞ)|でばっ|出はっ|でてき|出てき)"
             # ... or gone into a building, a place named or not (牛舎さ熊入ってっちゃ, 小屋に くまが はいってる;
             # round 52, wide54) - not a bear word's compound (熊よけの鈴が袋に入ってる, 熊肉が入った鍋)
             rf"|(?:{BEAR_KANA}|熊)(?!よけ|除け|避け|すず|鈴|にく|肉|なべ|鍋)(?:が|さ)?(?:[^\n]{{1,6}}?(?:に|さ|へ))?"
             r"(?:はいっ|入っ)(?:て|た|ちゃ|ど)",
             unless=r"くまもと|熊本|くまがや|熊谷|くまなく|(?:め|目)の(?:した|下)?(?:に|の)?くま|ぬいぐるみ|ぷーさん|あと(?:が|を|だけ)|跡"
                    r"|もう(?:いな|いね|かえ|帰|やま|山|つかま|捕ま|くじょ|駆除)|(?:つかまった|捕まった|くじょされ|駆除され)"
                    # blind23: a sighting heard of, nothing seen or near after it (熊出だって聞いだけど、どごらへんだべ)
                    r"|(?:くま|熊)(?:が|さ)?(?:でた|出た|いた)(?:って|と)(?:いう)?(?:はなし|話|うわさ|噂)?(?:を)?(?:きい|聞い|きき|聞き)"
                    r"(?:(?!" + BEAR_NEAR + r")[^\n])*(?:\n|$)"),
        rule("anaphylaxis", "medical",
             # (round 52: a sting after a bee, food after eating - not 蚊に刺され read as a crab, かに; nor 平気's いき)
             r"(?:(?:はち|蜂)[^\n]{0,12}?(?:さされ|刺され)|(?:そば|たまご|えび|かに|ぴーなっつ|くすり|薬)[^\n]{0,12}?"
             r"(?:たべ|食べ|のん|飲ん))[^\n]{0,16}?(?:(?<!へ)いき|息|こきゅう|ぜぜ|ぜえ|くちびる|ぐったり|いしき|意識|ぜんしん|全身)",
             unless=BREATH_TOLD_FINE),
        rule("bleeding_not_stopping", "medical",
             # (round 54: an adverb of degree before the verb, 血が全然止まんない, ちっとも止まらない - blind55a)
             rf"(?:ち|血|地|しゅっけつ)(?:が|は|も)?(?:[^\n]{{0,8}}?(?:て|で))?{NOT_AT_ALL}?(?:とまら|とまん|どまら|止まら|とまり"
             rf"|止まり|とまん){NEG}", has_negation=True,
             # 鼻血じゃなくて: a wound, not a nosebleed
             unless=r"(?:はなぢ|はなじ|はなち|鼻血)(?!じゃな|しゃな|でな|てな|ではな|てはな)"),
        # (round 51: nor the sting told again, 刺されたところが腫れて, once an insect stung - 手を蜂に刺されました;
        # wide53)
        rule("stabbed", "medical", r"さされ(?:て|ちゃ)|(?:さされ|刺され)(?!た" + STABBED_THING + ")",
             unless=r"蚊(?:に|さ|から)|(?:はち|ばち|蜂|むし|虫|あぶ|ぶよ|ぶゆ|むかで)(?:に|さ|から)[^\n]{0,8}?(?:さされ|刺され)",
             # (round 23: the Tohoku さ and a count, 蜂さ一回刺されで; not はちさいのこ, 8歳; round 38: に, 蜂に一か所)
             # (round 43: also 鉢, the recogniser's spelling of 蜂 - 足長鉢に手刺されて - and ばち, a compound's
             # reading: あしながばち, すずめばち)
             not_before=r"(?:はち|ばち|むし|だに|あぶ|くらげ|むかで|ぶよ|ぶゆ|のみ|蜂|鉢|蚊|虫)(?:(?:に|から)?(?:[^\n]{1,3}(?:を|が)?)?"
                        r"|(?:さ|に|から)(?:(?:[一二三四五0-9]|いち|いっ|に|さん|なん|何)(?:かい|回|かしょ|か所|箇所)(?:も)?)?)"
                        r"|か(?:に|から)|(?:くぎ|釘)(?:を|も)?"),
        rule("trapped", "medical",
             r"とじこめ|したじき|いきうめ|(?<!すいと)うもれ|にげおくれ|とりのこされ|取り残され|(?:みず|しんすい|かわ(?![るりいっ])|ひ(?!と)|けむり|えれべ|がれき|どしゃ|ゆき|"
             # (round 58: not a car that cannot leave, 雪の壁で車が出られません - a driveway blocked, no one trapped;
             # wide60b - 車から出られない still is)
             r"つぶれ|くずれ|こうずい|ながされ|くるま|水|火|煙)[^\n]{0,16}?(?<!くるまが)(?<!くるまは)(?<!車が)(?<!車は)(?<!しゃが)(?<!しゃは)"
             r"(?:でら(?:れ|ん)|にげら(?:れ|ん)|でれ|にげれ|出ら(?:れ|ん)"
             r"|逃げら(?:れ|ん)|おりら(?:れ|ん)|降りら(?:れ|ん)|おりれ|降りれ)" + NEG + ""
             r"|(?:みず|水|こうずい|洪水|どろ|泥)(?:に|さ)(?:かこまれ|囲まれ)"
             r"|(?:ひと|だれか|かぞく|ちち|はは|おや|こども)(?:が)?(?:うまっ|うもれ|はさまっ|とじこめ)"
             rf"|(?:なかのひと|中の人|うんてんしゅ(?:のひと)?|運転手(?:の人)?|のってるひと|乗ってる人)(?:が|は)?[^\n]{{0,4}}?(?:でてこ|出てこ|でられ"
             rf"|出られ|うごか|動か){NEG}"
             # round 20: the driver told by a verb, the Tohoku potential (運転してだ人、出でこらんねえ)
             r"|(?:うんてん|運転)して(?:た|る|い(?:た|る))(?:ひと|人)(?:が|は|、)?[^\n]{0,4}?(?:でてこ|出てこ|でら|出ら)"
             rf"(?:られ|れ|らん|ら)?{NEG}"
             r"|(?:がれき|がれぎ|くずれた|つぶれた|たおれた)[^\n]{0,6}?(?:した|なか)に[^\n]{0,3}?(?:ひと|だれか)"
             r"|(?:つぶれ|くずれ|たおれ|うまっ)[^\n]{0,10}?(?:なかに|したに|しきに)[^\n]{0,4}?(?:ひと|だれか)"
             # (not a house in a warning area, 自宅が土砂災害警戒区域に入っているか: 5 of 5 such phrases are disaster)
             r"|(?:どしゃ|土砂|どろ(?!ぼ)|泥(?!棒)|がれき|瓦礫)(?:(?!" + HAZARD_AREA + r")[^\n]){0,10}?"
             r"(?:いえ|家|うち|へや|部屋)(?:(?!" + HAZARD_AREA + r")[^\n]){0,6}?(?:うま|埋ま|はいって|入って"
             r"|ながれこ|流れ込|つぶ|潰)"
             r"|(?:すいぼつ|水没|しずん|沈ん|しずみ|沈み|ながされ|流され|つかっ|浸かっ)[^\n]{0,10}?(?:なかに|中に|のって|乗って"
             r"|のった|乗った)[^\n]{0,4}?(?:ひと|人|だれか|誰か)"
             r"|(?:くるま|車|しゃ)(?:が|ごと)?[^\n]{0,6}?(?:すいぼつ|水没|ながされ|流され|しずん|沈ん)[^\n]{0,12}?(?:ひと|人|だれか"
             r"|誰か|にげられ|逃げられ|でられ|出られ|たすけ|助け)",
             # afraid to go out (怖くて出られません) is not trapped
             unless=r"ゆび|指|でんしゃのどあ|(?:こわくて|怖くて|こわい|怖い|こえくて)(?:から)?[^\n]{0,6}?"
                    r"(?:でら|出ら|でれ|出れ)|" + SNOWED_IN + "|" + CONFINED_BY_PERSON),
        rule("trapped", "medical", r"はさまれ|はさまっ|うまって(?:いる|る|いま)",
             # a sheet, a note or a stone caught (コピー機に紙が挟まった, ドアに手紙が挟まってて): a thing, not a person
             not_before=CAUGHT_THING + r"(?:が|も|は|の)?[^\n]{0,3}",
             # ... nor a tube caught somewhere (酸素のチューブがベッドの柵にはさまっていた; round 45; not a cord,
             # こーど, which folds to こど and meets 子ども)
             unless=SNOWED_IN + r"|ゆび|指|でんしゃのどあ|いたばさみ|板挟み"
                    r"|(?:ちゅーぶ|チューブ|ほーす|ホース|管)(?:が|も|は)[^\n]{0,10}?(?:はさま|挟ま)"
                    r"|(?:よやく|せき|よてい|すけじゅーる|ちゅうしゃじょう|まんいん"
                    r"|ていいん|わく|予約|席|予定|満員|定員|枠)(?:は|が|も)?[^\n]{0,4}?(?:うまっ|埋ま)"
                    r"|(?:じょうし|ぶか|どうりょう|おや|よめ|しゅうとめ|上司|部下|同僚|親|嫁|姑)(?:と|の)[^\n]{0,10}?(?:あいだ|間)に"),
    )
