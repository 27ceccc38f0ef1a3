"""The body's emergencies after :mod:`safety.events_life` (119: chest pain, stroke, seizures, choking, drowning,
chemicals, burns, severe pain, deep wounds, head injuries), ambulance requests and pleas for help, as event rules
(see :mod:`safety.rule`); applied right after the rules of :mod:`safety.events_life`."""

from __future__ import annotations

from safety.events_body_words import (
    AFLOAT_THING,
    AMBULANCE_GIVEN_WAY,
    CALLED,
    FELL_IN_WATER,
    GOT_OUT_UNAIDED,
    HEAD_KNOCK,
    NUMB_LEG_FROM_THE_BACK,
    SEIZURE_HISTORY,
    SEIZURE_OVER,
    SPEECH_DEVELOPMENT_TOPIC,
    SPOT_IN_WATER,
    THING_IN_WATER,
)
from safety.events_mishap_signs import HAUNTED_HOUSE
from safety.events_outdoor_signs import THING_SWEPT, VEHICLE_IN_FIELD_UNHURT
from safety.events_road_works_signs import ROAD_WORKS_TRAFFIC
from safety.rule import ANIMAL, ANIMAL_VETO, COOKING, DROWNING_VETO, PEOPLE, STUFFY_THING, Rule, rule
from safety.vocabulary import BODY_PART_HYPERBOLE, NEG, THINGS_BEFORE, TIREDNESS_HYPERBOLE
from safety.vocabulary_things import KEELED_VEHICLE, thing_subject


def body_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("chest_pain", "medical",
             r"むね(?:が|の|も)?(?:いた|いて|いで|くるし|ぐるし|しめつけ|しめつ|おさえつけ|あっぱく|ぐっと|いだ)"
             r"|むね(?:を)?(?:おさえ|おさ|かかえ)"
             # round 54 (wide56): one's own chest clutched (胸をわしづかみにして, 胸をつかんで) - not grabbed by another
             r"|むね(?:を)?(?:わしつかみ|わしづかみ|つかん|つかみ|かきむし|にきりしめ|にぎりしめ)(?![^\n]{0,3}?(?:され|れた|れて|まれ))|しんぞう(?:が)?(?:いた|くるし|とま|おかし|いだ)|(?<!っ)きょうつう(?!かく)"
             r"|胸が痛|胸が苦",
             unless=r"いたむ(?:はなし|おもい|にゅーす|じけん)|こころ|思い|きもち|気持ち|せつな|切な|かなし|悲し|さびし|寂し|なみだ|涙"),
        rule("face_drooping", "medical",
             r"(?:かお|顔|くち|口)(?:の|が|も)?(?:みぎ|ひだり|右|左)?(?:かたほう|片方|かたがわ|片側|はんぶん|半分|はんめん)[^\n]{0,4}?"
             r"(?:さが|下が|たれ|垂れ|ゆが|歪|まが|曲が|うごか|動か)"
             r"|(?:ことば|言葉)(?:が|も)?(?:うまく)?(?:へん|変|おかし|もつれ|でな|出な|でて(?:こな|い?な)|出て(?:こな|い?な)|でね)",
             unless=SPEECH_DEVELOPMENT_TOPIC),
        rule("stroke_signs", "medical",
             r"ろれつ(?:が)?(?:まわ|おかし|へん|あや)|くち(?:が|も)?(?:ゆが|まが)|かお(?:の)?(?:はんぶん|かたがわ"
             r"|ひだりがわ|みぎがわ|はんめん)"
             r"[^\n]{0,6}?(?:うごか|まが|ゆが|しびれ|たれ|さが)|(?:かたて|かたあし|はんしん|みぎて|ひだりて|みぎあし|"
             r"ひだりあし|かたほう|かためん)[^\n]{0,8}?(?:うごか|しびれ|まひ|ちから(?:が)?(?:はいら|はいん))"
             rf"|(?:かたて|かたあし|はんしん|みぎて|ひだりて|みぎあし|ひだりあし|かたほう|かためん|かお(?!ちて|ちた|ちちゃ))[^\n]{{0,8}}?"
             rf"(?:うごか|ちから(?:が)?(?:はいら|はいん)|あがら){NEG}"
             r"|きゅうに(?:ことば|はなせ|しゃべれ)|ことばが(?:でな|でね)|(?:はげしい|ひどい|きゅうな|とつぜんの|"
             r"われる(?:ような|みたいな|ように))(?:ずつう|あたまのいたみ)|あたまが(?:われ)"
             r"|のうこうそく|のうそっちゅう|のうしゅっけつ"
             r"|(?:ひだり|みぎ|左|右|かた|片)(?:の|がわの|側の)?(?:て|手|あし|足|てあし|手足|うで|腕|はんしん|半身)[^\n]{0,10}?"
             r"(?:しびれ|痺れ|まひ|麻痺|もてな|持てな|もてね|持てね|おと(?:す|し|して)|落と(?:す|し|して)|にぎれ|握れ)",
             # (round 55: not a leg numb with the lower back aching, 雪かきのあと腰が痛くて右足がしびれる - a back
             # strain's sciatica for #7119, when no other sign of a stroke is told; wide57)
             unless=SPEECH_DEVELOPMENT_TOPIC + "|" + NUMB_LEG_FROM_THE_BACK),
        rule("stroke_signs_neg", "medical",
             rf"ろれつ(?:が)?(?:まわら|まわん){NEG}|ことばが(?:でな|でね|出な)|(?:かたて|かたあし|はんしん|みぎて"
             rf"|ひだりて|"
             # (round 57: not が落ちて, devoiced かおちて - コウモリが落ちてて動かない; wide59)
             rf"みぎあし|ひだりあし|かたほう|かためん|かお(?!ちて|ちた|ちちゃ)|片手|片足)[^\n]{{0,8}}?(?:うごか|動か"
             rf"|ちから(?:が)?(?:はいら|はいん)|あがら){NEG}",
             has_negation=True,
             unless=SPEECH_DEVELOPMENT_TOPIC),
        rule("seizure", "medical",
             r"けいれん|痙攣|ひきつけ|ひきつっ|ひぎつけ|あわを?(?:ふい|ふきだ|はい|ふぎ)|しろめ(?:を)?(?:む|むい)"
             r"|(?:てあし|手足|からだ|体|ぜんしん|全身)(?:が|も|じゅう|中)?(?:がくがく|ガクガク|びくびく|ビクビク|ぴくぴく|ピクピク"
             r"|ひくひく|がたがた|ガタガタ)",
             unless=r"まぶた|めのした|こむらがえり|" + SEIZURE_OVER),
        # ... and the fit over is still a question for the advice line (the night line for a child), told with no
        # question too (夜中に子どもがひきつけて、1分で止まって今は寝てる; round 53)
        # (not a fit of months or years ago told for the record: 昨年熱性けいれんを一度起こしました。今は元気ですが)
        rule("seizure_settled", "symptom", SEIZURE_OVER, unless=r"まぶた|めのした|こむらがえり|" + SEIZURE_HISTORY),
        # (誤嚥 - not the dialect's 聞こえん, read きこえん: 叫ぶ声が聞こえんだっちゃ; round 42)
        rule("choking", "medical",
             r"(?:のど|のんど|喉)[^\n]{0,6}?(?<!い)(?:つま|づま|詰ま)|(?:もち|あめ|たべもの|ごはん|にく(?!く|い)|こんにゃく|ぜりー|"
             r"だんご|おかし|餅)[^\n]{0,6}?(?:つまら|つまっ|つまり|づまっ|のみこめ|のみごめ|詰ま)|ちっそく|(?<![き聞])ごえん"
             r"|いきがつまっ|(?:つまら|詰まら)せ|(?:のど|喉)[^\n]{0,6}?(?:つっかえ(?!そう)|つかえ(?:て|た)|ひっかか)"
             # (round 47, blind48a: the transitive told of the one eating, 餅を喉に詰めまして, 喉さ詰めで - not a
             # warning, 喉に詰めないように)
             r"|(?:のど|のんど|喉)(?:に|さ|へ)(?:つめ|詰め)(?=て|で|た|まし|ちゃ|ちま|とる|ておる)"),
        rule("cannot_swallow", "medical",
             rf"(?:もち|あめ|たべもの|ごはん|にく|こんにゃく|ぜりー|だんご|おかし|餅)[^\n]{{0,6}}?(?:のみこめ"
             rf"|のみごめ|はきだせ){NEG}",
             has_negation=True),
        # (round 58: out of the water unaided, the fall is a symptom to ask about - wide52, wide60b; not a dog that
        # climbed out, 犬が用水路に落ちたけど自分で上がってきた)
        rule("fell_in_got_out", "symptom", FELL_IN_WATER, needs=GOT_OUT_UNAIDED, unless=ANIMAL),
        rule("drowning", "medical",
             # (round 43: the Tohoku passive, 流さった / 流さっちまった / 流さってる, read りゅうさ too - blind44a)
             # (round 50: the polite past, 増水した用水路に流されました - blind51b)
             r"おぼれ|溺れ|ながされ(?:た|て|ちゃ|てる|だ|で|そう|まし)|(?:ながさ|流さ|りゅうさ)っ(?:た|て|ち)|(?:みず|かわ|いけ|うみ|ようすいろ|よう水路|ふろ"
             r"|よくそう|たんぼ|すいろ|水路|ようすい|用水|ぬま|沼|みぞ|溝|どぶ|ためいけ|ため池|海|川|池|風呂|浴槽|おゆ|お湯|ゆぶね|湯船)"
             # (a spot in the water told first: 川の真ん中で沈みかけてる, 池の深いところに落ちた; round 44)
             r"(?:の" + SPOT_IN_WATER + r"){0,2}"
             # (not a toy or a thing afloat told as the subject: お風呂でおもちゃが浮いたり沈んだり)
             r"(?:に|で|さ|へ)(?:(?!" + AFLOAT_THING + r")[^\n]){0,10}?(?:しずん|しずみ|沈ん|沈み"
             # (not a near miss: 海に落ちかけたけど自分で上がってきた, round 35; 用水路さ落ぢそうになったげっと,
             # round 38)
             r"|(?:おち|落ち)(?!かけ|ち?そうにな)"  # (the reading of 落ぢ: おちち)
             # (はまって, not は+まだ: 水につかってきました。雨はまだ; blind34a)
             r"|はま(?=っ|り|る|れ|ら|て)|うかん|ういて|浮い|浮か)"
             r"|しずんで(?:る|いる|いま|おり|お|ら)"
             rf"|(?:すいろ|水路|ようすい|用水|かわ|川|いけ|池|ぬま|沼|みぞ|溝|どぶ|うみ|海)[^\n]{{0,10}}?(?:はまっ|はまて|おち|落ち)"
             rf"[^\n]{{0,8}}?(?:あがって|上がって|あがれ|上がれ|でられ|出られ)(?:こ)?{NEG}",
             # a thing dropped into the water (川さスマホ落どした, 池に鍵を落とした): not a person
             unless=r"(?:すまほ|けいたい|携帯|さいふ|財布|かぎ|鍵|ぼうし|帽子|めがね|眼鏡|くつ|靴|ぼーる|ぼうる)(?:を)?"
                    r"(?:おと|落と|おち|落ち)|はなし(?:を)?ながされ|(?:はなし|話)(?:を|は|ば)?(?:ながさ|流さ|りゅうさ)っ|きもち|(?:わら|藁)をも(?:つか|掴|すが|縋)|ことわざ|(?:ふんいき|くうき|その場|そのば|ながれ|うわさ"
                    r"|まわり|かんじょう|ゆうわく|じょうし|雰囲気|空気|流れ|噂|周り|感情|誘惑)に(?:おし)?ながされ"
                    # data or a message leaked or posted (個人情報が流された; engineer B's request B13-5)
                    r"|(?:じょうほう|情報|しゃしん|写真|どうが|動画|うわさ|噂|めーる|メール)(?:が|を|も)?[^\n]{0,8}?ながされ"
                    # a road surface sunk (アスファルトが穴みたいに沈んでる) or a car in a field, no one hurt (round 44)
                    r"|(?:あすふぁると|アスファルト|どうろ|道路|ろめん|路面)[^\n]{0,16}?(?:しずん|沈ん)"
                    + "|" + VEHICLE_IN_FIELD_UNHURT + "|" + THING_SWEPT + "|" + THING_IN_WATER + "|" + GOT_OUT_UNAIDED
                    # (round 58: nor cars let into a closed road-works dig, 掘った溝に落ちそう - 110; wide60b)
                    + "|" + ROAD_WORKS_TRAFFIC,
             not_before=r"(?:ひ|日|ゆうひ|夕日|たいよう|太陽|つき|月|きぶん|気分|きもち|気持ち|こころ|心|かぶか|株価)(?:が|は|も)?"),
        rule("drowning", "medical",
             # (round 51: not 古川, the town, nor from one's home by a river's name - 古川の自宅からいなくなって: 110)
             # (round 52: not the いけ of a reading, 体験, たいけん - 田植え体験で息子がいなくなった; wide54)
             r"(?:うみ|(?<!ふる)かわ|(?<!た)いけ(?!ん)|ぷーる|なみ|ぬま|海|(?<!古)川|池|プール|波|沼)"
             r"(?:(?!ほう|方|いっ|行っ|じたく|自宅)[^\n]){0,12}?(?:みえなくな|見えなくな|みえねくな|見えねくな"
             r"|いなくな|いねくな|うかんでこ|浮かんでこ|あがってこ|上がってこ)",
             needs=PEOPLE, unless=ANIMAL_VETO, has_negation=True),  # 上がってこない: the negation is the event
        rule("drowning", "medical",
             r"(?:かお|顔)(?:を|が)?[^\n]{0,6}?(?:つけた|浸けた|つけて|浸けて|しずめた|沈めた)まま"
             r"|(?:ふろ|風呂|ゆぶね|湯船|よくそう|浴槽|ぷーる|プール|いけ|池|かわ|川|うみ|海)[^\n]{0,8}?(?:そこ|底)?(?:に|で)?"
             r"(?:しずんで|沈んで|うつぶせ|うかんで|浮かんで)",
             unless=ANIMAL_VETO + "|おもちゃ|玩具"),
        # round 23: going under and coming up again (沖のほうで子どもが沈んだり浮いたりしてる)
        rule("drowning", "medical",
             r"(?:うい|浮い|うかん|浮かん)(?:たり|だり)(?:しずん|沈ん)だり|(?:しずん|沈ん)だり(?:うい|浮い|うかん|浮かん)(?:たり|だり)",
             needs=PEOPLE, unless=DROWNING_VETO + "|うき|浮き"),
        # eating, then the face changes colour or the voice goes: choking
        rule("choking", "medical",
             # (round 23: also swallowed whole, 丸のみした子が泣き声も咳も出ないまま)
             r"(?:(?:たべ|食べ)(?:て|で|ながら)|(?:まるのみ|丸のみ|丸呑み)(?:し)?(?:た|て))[^\n]{0,24}?(?:(?:むね|胸)(?:を)?"
             r"(?:たたい|叩い|たたき|叩き|おさえ|押さえ)|(?:かお|顔|くちびる|唇)(?:が|も)?[^\n]{0,3}?(?:あお|青|むらさき|紫|あかぐろ"
             r"|赤黒|どすぐろ|どす黒|まっさお|真っ青)|(?:こえ|声|なきごえ|泣き声|せき|咳)(?:が|も)?(?:でな|出な|でね|出ね))"),
        # a person fell over (ひっくり返った) - not a thing turned over (お湯をひっくり返して)
        rule("collapsed", "medical", r"(?:ひっくりかえっ|ひっくり返っ|ぶったおれ|ぶっ倒れ)(?:た|て|ちゃ|と)",
             needs=PEOPLE, not_before=THINGS_BEFORE,
             # ... nor a thing that fell (神社の杉の木、雪の重みでぶっ倒れでだっちゃ; round 43)
             unless=ANIMAL_VETO + "|" + thing_subject(r"ぶったおれ|ぶっ倒れ")
             # ... nor a vehicle that keeled over, its rider told fine or not named (バイク滑ってひっくり返った、人は
             # 大丈夫; round 49, wide50b)
             + "|" + thing_subject(r"ひっくりかえっ|ひっくり返っ", KEELED_VEHICLE)),
        # smoke of another colour, a room gone white after a pot was left on the fire
        rule("smoke", "fire",
             r"こくえん|黒煙|(?:くろい|黒い|はいいろ|灰色|しろい|白い)(?:の)?(?:けむり|煙|もくもく)"
             r"|もくもく(?:が|と)?[^\n]{0,6}?(?:でて|出て|でてき|出てき|あが|上が)"
             r"|(?:なべ|鍋|こんろ|コンロ|ひにかけ|火にかけ)[^\n]{0,24}?(?:まっしろ|真っ白|まっくろ|真っ黒|けむ|煙)"
             r"|(?:すとーぶ|ストーブ|こんろ|コンロ|なべ|鍋|てんぷら|天ぷら|あぶら|油)(?:が|から)?[^\n]{0,4}?(?:もえ|燃え|ひがで|火が出"
             r"|ひがつい|火がつい|ひをふ|火を噴|もえうつ|燃え移)"
             r"|(?:もえ|燃え)て[^\n]{0,8}?(?:かーてん|カーテン|かべ|壁|ふすま|襖|しょうじ|障子|ふとん|布団|てんじょう|天井)",
             # (round 48: nor a grill's smoke told with its smell, 焼き肉のにおいと笑い声)
             unless=r"のやき|やきはた|たきび|ばーべきゅ|はなび|せんこう|たばこ|えんとつ|やきいも|煙突|やきにくのにお|"
                    + COOKING),
        # fumes (灯油, ガソリン, 薬品) with people feeling ill; chemicals on a person
        rule("gas", "fire",
             r"(?:とうゆ|灯油|がそりん|ガソリン|しんなー|シンナー|やくひん|薬品|えんそ|塩素)(?:の)?(?:におい|臭い|匂い|くさ)"
             r"[^\n]{0,14}?(?:きもちわる|気持ち悪|はきけ|吐き気|ずつう|頭痛|めまい|ぐったり|たおれ|倒れ|いきぐるし|息苦し)"),
        rule("chemical_exposure", "medical",
             r"(?:やくひん|薬品|かがくやくひん|化学薬品|えんそ|塩素|のうやく|農薬|せめんと|セメント|ようざい|溶剤)(?:を|が)?[^\n]{0,4}?"
             r"(?:かぶっ|あび|浴び|かかっ|はいっ|入っ|すいこ|吸い込)"
             # round 34: ... onto someone's face, eyes or skin, a filler and the person between (薬品が あの 作業員の
             # 顔に かかって; 5 of 5 such phrases of the set are 119, 4 of other writers than blind35b; round 51: the
             # written continuative, 薬品が生徒の目に入り、激しく痛がって, blind52b)
             r"|(?:やくひん|薬品|かがくやくひん|化学薬品|えんそ|塩素|のうやく|農薬|せめんと|セメント|ようざい|溶剤)(?:が|も)?"
             r"[^\n]{0,14}?(?:かお|顔|め|目|からだ|体|はだ|肌|ひふ|皮膚)に[^\n]{0,3}?(?:かかっ|はいっ|入っ|あび|浴び"
             r"|(?:かかり|はいり|入り)(?!やす|にく))"
             # round 37: sick while or after spraying pesticide (農薬まいでだ親父が急に吐いで, よだれ止まんねぐて;
             # 6 phrases of 4 other writers, all 119); the skin alone (手の甲が赤くただれて) stays a symptom
             r"|(?:のうやく|農薬)(?:を|ば)?(?:まい|撒い|まき|撒き|さんぷ|散布)[^\n]{0,24}?(?:はい(?:て|た)|吐い|はき(?:け|はじめ|だし)|吐き"
             r"|よだれ|しびれ|痺れ|ふらふら|ふらつ|たおれ|倒れ|め(?:が|え)?まわ|目(?:が|ぇ)?回|あわ(?:を|ふ|吹)|泡|いしき|意識)",
             # round 46: not wet cement got into a boot or a glove (長靴の中にセメントが入って, 足首が赤くむけて):
             # a skin burn to ask about (safety.events_small_mishaps; wide48)
             unless=r"(?:くつ|靴|ながぐつ|長靴|てぶくろ|手袋|ぐんて|軍手)(?:の)?(?:なか|中)?(?:に|さ)[^\n]{0,6}?"
                    r"(?:せめんと|セメント|なまこん|生コン|もるたる|モルタル)"
                    r"|(?:せめんと|セメント|なまこん|生コン|もるたる|モルタル)(?:が|も)?[^\n]{0,3}?"
                    r"(?:くつ|靴|ながぐつ|長靴|てぶくろ|手袋|ぐんて|軍手)(?:の)?(?:なか|中)?(?:に|さ)"),
        rule("eye_injury", "medical",
             r"(?:はなび|花火|やくひん|薬品|せんざい|洗剤|ぼーる|ボール|えだ|枝|いし|石|てつ|鉄|はへん|破片)[^\n]{0,10}?(?:め|目)(?:に)?"
             r"[^\n]{0,6}?(?:あけられ|開けられ|あかな|開かな|みえな|見えな)", has_negation=True),
        rule("breathing_abnormal", "medical",
             # (not 息子: 息子から『変なおじさんが…』 is no breath; blind29b)
             r"(?:いき|息(?!子)|こきゅう|呼吸)(?:が|の|を)?[^\n]{0,3}?(?:へんな|変な|おかしな)"
             r"|(?:へんな|変な|おかしな)(?:いき|息(?!子)|こきゅう|呼吸)"
             r"|(?:くち|口)から(?:あわ|泡)",
             unless=ANIMAL_VETO + "|" + STUFFY_THING),
        rule("stroke_signs_neg", "medical", rf"(?:くち|口|した|舌)(?:が)?(?:まわら|回ら|まわん|回ん){NEG}",
             has_negation=True),
        # (round 50: also dozing off when spoken to - 話しかけでもうつらうつら, 呼んでもうとうと; wide51's insulin
        # stopped told in Tohoku, read only as symptoms)
        rule("unconscious", "medical",
             CALLED + r"[^\n]{0,8}?(?:ぼーっと|ぼんやり|うつろ|もうろう|うつらうつら|うとうと)", unless=ANIMAL_VETO),
        # ... or answering faintly (話しかけても反応うすい, 呼んでも返事うすいんだ: 7 of 7 such phrases of the set are
        # 119; blind30a), not a device spoken to (スマホに話しかけても反応が鈍い)
        rule("unconscious", "medical",
             CALLED + r"[^\n]{0,8}?(?:はんのう|反応|へんじ|返事)(?:が|も)?(?:うすい|薄い|うすく|薄く|にぶい|鈍い"
             r"|にぶく|鈍く|とぼしい|乏しい)",
             unless=ANIMAL_VETO + r"|すまほ|スマホ|あぷり|アプリ|ぱそこん|パソコン|てれび|テレビ|すぴーかー|スピーカー"
             r"|ろぼっと|ロボット|きかい|機械|あれくさ|アレクサ"),
        rule("trapped", "medical",
             rf"(?:みず|水|ひ(?!と)|火|けむり|煙|しんすい|浸水)[^\n]{{0,30}}?(?:うごかせ|動かせ|はこべ|運べ|つれだせ|連れ出せ|にがせ|逃がせ"
             # not 引き出せない, 思い出せない, nor a car that cannot be got out (泥水が玄関まで来て、車も出せなく
             # なりそう; blind29b): a car, no person
             rf"|(?<![きい])(?<!くるま)(?<!くるま[もがをは])だせ|(?<!引き)(?<!思い)(?<!車)(?<!車[もがをは])出せ){NEG}",
             # (not water carried in an outage: 断水…年寄り二人で水を運べません; blind33b)
             has_negation=True, unless=r"だんすい|断水|きゅうすい|給水"),
        rule("heatstroke", "medical", r"ねっちゅうしょう|熱中症|ねっしゃびょう"),
        # sweating stopped with a person limp, hot or confused (汗もかかずに体が燃えるように熱い; 10 of 10 such
        # phrases of the set are 119; blind24)
        rule("heatstroke", "medical",
             r"(?:あせ|汗)(?:も|が|を)?(?:かかず|かいてな|かいていな|かかな|でてな|出てな|でな|出な|とまっ|止まっ)",
             needs=r"ぐったり|(?:からだ|体|かお|顔)[^\n]{0,8}?(?:あつ|熱|まっか|真っ赤)|ぼんやり|ぼーっと|もうろう|朦朧"
                   r"|たおれ|倒れ|すわりこ|座り込|ちぐはぐ|つじつま|へんじ|返事"),
        rule("dead", "medical", r"(?<!しゅっ)しんで(?:る|いる|いま|ら)|しんじゃっ|いきてるか(?:わから|わがら|わかん"
            r"|わがん)", unless=ANIMAL_VETO + r"|しがい|死骸|かいしゅう|回収"
             # a small pet or insect named bare at the start, dead right after (かぶとむし しんじゃった: the views drop
             # the space; names that begin no other word; blind27a)
             r"|(?:^|\n)(?:かぶとむし|くわがた|きんぎょ|金魚|めだか|はむすたー|いんこ|ざりがに|おたまじゃくし|すずむし|鈴虫"
             r"|かめ|亀|ねこ|猫|いぬ|犬)(?:しんじゃ|しんで|死んじゃ|死んで)",
             # a body part "dead" is tiredness (足死んでる, 腕が死んでる, 目が死んでる), not a person
             not_before=BODY_PART_HYPERBOLE + "|" + TIREDNESS_HYPERBOLE),
        rule("dead", "medical", r"つめたくなっ", needs=PEOPLE,
             not_before=r"(?:みず|水|かぜ|風|くうき|空気|ゆ|湯|おちゃ|お茶|ごはん|ご飯|りょうり|料理|のみもの|飲み物|てんき"
                        r"|天気|あさばん|朝晩|よる|夜|きおん|気温|ひ|日)(?:が|は|も)?[^\n]{0,3}"),
        rule("severe_burn", "medical",
             r"おおやけど|だいやけど|やけど(?:が)?(?:ひど|ひろ|おおき)|ひろいはんい[^\n]{0,4}やけど"
             # round 38: the adjective before the noun (腕にひどいやけどをしています; blind39a: 10 phrases of 9 other
             # writers, all 119)
             r"|(?:ひどい|酷い|ひでえ|ひでぇ)(?:やけど|火傷)"
             r"|(?:おゆ|お湯|ゆ|あぶら|油|みそしる|味噌汁|すーぷ|スープ|おちゃ|お茶|なべ|鍋|やかん|ぽっと|ポット)[^\n]{0,24}?"
             r"(?:かわ|皮)(?:が)?[^\n]{0,2}?(?:むけ|剥け|はがれ|剥がれ|めくれ|ずるむけ)"
             r"|(?:かわ|皮)(?:が)?(?:むけ|剥け|めくれ|ずるむけ)[^\n]{0,8}?(?:やけど|火傷)"
             # the burn told first, then the skin (やけどした ひふが はがれてる; round 35: 7 phrases, 5 other writers,
             # all 119; round 45: four kana between, 皮べろってむけてる)
             r"|(?:やけど|火傷)[^\n]{0,12}?(?:かわ|皮|ひふ|皮膚)(?:が|も)?[^\n]{0,4}?(?:むけ|剥け|はがれ|剥がれ|めくれ)"
             r"|ぜんしん[^\n]{0,4}やけど|からだじゅう[^\n]{0,2}やけど|(?:ひろい|広い)(?:はんい|範囲)"
             r"|(?:あつい|熱い|にえたった|煮えたった)(?:おゆ|お湯|ゆ|あぶら|油)(?:を|が)?[^\n]{0,3}?(?:かぶ|あび|浴び)"),
        rule("severe_pain", "medical",
             r"(?:ひやあせ|あぶらあせ|脂汗|冷や汗)[^\n]{0,8}(?:いた|いだ|くるし|うずくま)"
             r"|(?:いた|いだ|くるし|痛)[^\n]{0,8}(?:ひやあせ|あぶらあせ|脂汗|冷や汗)|いたくてしにそう"
             r"|(?:いた|痛|くるし|苦し)[^\n]{0,10}?(?:のたうち|もだえ)"
             r"|(?:はら|おなか|あたま|むね|せなか)(?:が)?(?:いたくて|いだくて)(?:うごけ|たて|たまら|がまんでき)"),
        # --- deep wounds and head injuries (119) ---
        rule("deep_wound", "medical",
             r"(?:ちぇーんそー|ちぇんそー|チェーンソー|チェンソー|くさかりき|草刈り?機|まるのこ|丸のこ|丸ノコ|ぐらいんだー|グラインダー"
             r"|斧|鉈|鎌)で[^\n]{0,12}?(?:きっ|切っ|きれ|切れ|きり|切り|さし|刺し|けが|怪我)"
             r"|(?:ふともも|太もも|太腿|くびすじ|首筋|おなか|お腹|わきばら|脇腹|せなか|背中|むね|胸|どうみゃく|動脈)(?:を|が|に)?"
             r"[^\n]{0,4}?(?:きっ|切っ|きれ|切れ|さし|刺し|さされ|刺され|えぐ)"
             r"|(?:じぶん|自分)(?:の|で)[^\n]{0,8}?(?:さし|刺し|きっ|切っ|きりつけ|切りつけ)"),
        rule("head_injury", "medical",
             # (not the はい of 泣いてはいる / はいります: "enter", never 吐い-; engineer B's request B12-2,
             # 5 of 5 advice)
             r"(?:あたま|頭)(?:を|が)?[^\n]{0,4}?(?:うっ|打っ|ぶつけ|" + HEAD_KNOCK + r")[^\n]{0,16}?"
             r"(?:はい(?![るりまれら])|はく|はき"
             r"|吐(?:い|く|き(?!気))|もど"
             r"|ぼんやり|ぼーっと|けいれん|痙攣|ねむ|眠)(?!け|気)"
             # ... or nausea told as there, not denied (頭を打ちまして、吐き気がいたします; round 52, blind53a)
             r"|(?:あたま|頭)(?:を|が)?[^\n]{0,4}?(?:うっ|打っ|うち|打ち|ぶつけ)[^\n]{0,16}?(?:はきけ|吐き気|はぎけ)(?:が|も)?"
             r"(?:する|します|して|いたし|あ(?:る|り)|ひどい|ひでえ|とまらな|止まらな)"
             r"|(?:ころん|転ん|おち|落ち|ぶつけ|うっ|打っ|じこ|事故)[^\n]{0,12}?(?:あたま|頭)[^\n]{0,10}?(?:いた|痛)"
             r"[^\n]{0,14}?(?:はく|はい|吐(?:く|い))"),
        rule("ambulance_request", "medical",
             # (round 48: not thanks for one called before, 救急車を呼んでくださったご近所の方にお礼; blind49b)
             r"(?:きゅうきゅうしゃ|救急車)(?:を|お|が|さ)?(?:よんで(?:くだ(?!さった|さって|さいました)"
             r"|ほし|くれ(?!た(?!ら)|てありがと|て(?:たすか|助か))|ちょうだい|けろ|けれ|$)|よべ|よばなきゃ"
             r"|よばないと|"
             # (round 38: not whether it is worth one, 救急車をお願いするほどのことなのか - the kind 救急車…ほど
             # is #7119 or #8000 in the set)
             # (round 43: nor whether one may, 救急車をお願いしてよいものか迷って - #7119 in wide45)
             r"よぶ(?:から|ね|よ)|(?:たのむ|おねがい)(?!(?:する)?(?:ほど|べき)|して(?:も)?(?:よい|いい|よろし|かまわ))"
             # (round 53: not one seen come, told in the past - 近所に救急車が来ていました, 来てたけど; blind54b)
             r"|きて(?!い?(?:た(?!すけ|助)|まし))|くだ|まわし|すぐ|はやく|はやぐ|よこし|$)"
             r"|119(?:ばん|番)?(?:に|へ|を)?(?:でんわ|電話|つうほう|通報|して|おねがい|お願い|かけて|$)"
             r"|(?:きゅうきゅうしゃ|救急車)(?:を|お)?[^\n]{0,4}?(?:おねがい(?!(?:する)?(?:ほど|べき)"
             r"|して(?:も)?(?:よい|いい|よろし|かまわ))|たのみ|よこし|まわして"
             r"|きてくだ|きてほし)"
             # asked to phone for one (Tohoku 救急車さ電話してけろ)
             r"|(?:きゅうきゅうしゃ|救急車)(?:さ|に|へ)?(?:でんわ|電話|れんらく|連絡)(?:を)?して(?:けろ|けれ|くれ|くだ|ほし|ちょうだい)",
             # round 55: not one met on the road that traffic made way for (救急車が来てバスが路肩に止まった, 道を
             # 譲る決まり; wide57)
             unless=AMBULANCE_GIVEN_WAY),
        # round 34: a fire engine called for (早ぐ消防車, 消防車呼んでけさいん, 消防車きてください): 6 of 6
        # such phrases of the set are 119 fires (5 of other writers than blind35a: 隣の牛舎さ火ぃ回ってっぺ、早ぐ消防車)
        rule("fire_engine_request", "fire",
             r"(?:はやく|はやぐ|いそいで)[^\n]{0,3}?(?:しょうぼうしゃ|消防車)"
             r"|(?:しょうぼうしゃ|消防車)(?:を|お|さ)?(?:よんで|呼んで|よべ|呼べ|おねがい|お願い|はやく|はやぐ|よこして"
             r"|よごして|まわして|(?:きて|来て)(?:ください|くれ|ほしい|けろ|けさい|ちょうだい))"),
        rule("call_for_help", "help",
             r"たすけ[てで](?!ほし|もら|いただ|くれる[^\n]{0,3}か|あげ|くれない|くれて|くれた|くれまし)|たすけろ|たすけてけろ|助けて(?!ほし"
             r"|もら|いただ)"
             r"|だれか(?:きて|来て|たすけ)(?!くれると|くれたら|もらえると|ほしいな)|へるぷみ|^sos|えすおーえす|^へるぷ$|^help",
             # a haunted house's cries are its attraction (お化け屋敷で「たすけて」って叫ぶ役; round 43)
             unless=HAUNTED_HOUSE),
        # A plea for help (助けてほしい, 手を貸してください): could be an emergency; a service asked for with an object
        # (手続きを助けてほしい) is cancelled in :func:`safety.detect.find`.
        rule("plea_for_help", "weak",
             r"(?:たすけ|助け)(?:て|で)(?:ほし|欲し|もらい|もらえ|いただけ|いただき|ちょうだい|けさい|けれ|けろ|くなんしぇ"
             r"|くれ(?!る|た|て|まし))|(?:たすけ|助け)(?:を|お)(?:よん|呼ん|(?:よべ|呼べ)(?!る)|もとめ|求め)|(?:たすけ|助け)に(?:きて|来て|こい|来い)"
             r"|(?:て|手)(?:を|お)(?:かして|貸して)(?:ほし|欲し|くだ|くれ|もらえ|ちょうだい|$|\n)",
             has_negation=True,  # 助けてもらえませんか is a request, not a negation
             unless=r"せいど|制度|さーびす|しえん|支援|まどぐち|窓口|ぼらんてぃあ|ほうほう|方法|ありますか|ありませんか"),
    )
