"""Events told by everyday signs (round 15, see docs/safety.md): heatstroke told by what the heat did (cannot drink,
speech gone wrong, no sweat, does not know who you are), a person who does not come out of the bath or toilet, a
child sunk at the bottom of the water (119); footsteps that follow, a child not back with no answer on the phone, money
about to be withdrawn "as told" by a caller (110, or #9110 when nothing happens now); a link in a message tapped,
repeated contact from a stranger (#9110); contracts to undo (188); short of breath (#7119, round 24); a roaring
river, the sea after a quake (disaster)."""

from __future__ import annotations

from safety.rule import ANIMAL, ANIMAL_VETO, DROWNING_VETO, EX_PARTNER, PEOPLE, STRANGER, SULKING, Rule, rule
from safety.vocabulary import NEG

# Heat as the setting: a hot day, fieldwork, outdoor sport.
HEAT = (r"(?:あつさ|暑さ|あつくて|暑くて|あつい|暑い|あつかっ|暑かっ|えんてんか|炎天下|もうしょ|猛暑|ねったいや|熱帯夜"
        r"|はたけ|畑|たんぼ|田んぼ|のらしごと|野良仕事|くさかり|草刈り|ぶかつ|部活"
        # (round 58: a greenhouse, where heat builds - 温室で働いていた方がふらふらして吐いて; wide60)
        r"|おんしつ|温室|びにーるはうす|ビニールハウス)")
# What heatstroke does: cannot drink, speech gone wrong, no sweat, does not know people, cramps with nausea.
HEAT_SIGNS = (r"(?:みず|水|のみもの|飲み物)(?:も|が|を)?(?:のめ|飲め|うけつけ|受け付け)(?:ない|ねえ|ね|ません|なく)"
              r"|(?:しゃべ|喋)(?:れ|ら)(?:ない|ねえ|ね|ません|なく)|うまく(?:しゃべれ|喋れ|はなせ|話せ)"
              r"|(?:しゃべって|喋って|はなして|話して|いって|言って)(?:る|いる)?(?:こと|の)(?:が)?[^\n]{0,2}?(?:おかし|へん|変)"
              r"|ろれつ|呂律|(?:だれ|誰)(?:だか|か)[^\n]{0,2}?(?:わから|わがら|わかん|分から)"
              # (round 58: also told as a state, 汗が出ておらず, 出ていない, 出てない)
              r"|(?:あせ|汗)(?:も|が)?(?:で|出)(?:て(?:い|お)?)?(?:なく|ない|ねえ|ません|らず|ず)"
              r"|(?:てあし|手足)(?:が|も)?[^\n]{0,2}?(?:つる|つって|つっ|しびれ|痺れ)(?=[^\n]{0,30}?(?:はき|吐き|はい|吐い|のめ|飲め"
              r"|しゃべ|喋))"
              r"|(?:はき|吐き)[^\n]{0,20}?(?:てあし|手足)(?:が|も)?[^\n]{0,2}?(?:つる|つって|つっ|しびれ|痺れ)"
              # wobbling and vomiting (後輩がふらふらで吐いてる; blind34b: the set's 4 such phrases in the heat are 119)
              r"|(?:ふらふら|フラフラ|ふらつ)[^\n]{0,6}?(?:はい(?:て|た|ちゃ)|吐い|もど(?:し|す))"
              # talk that makes no sense (話しかけても答えがちぐはぐ; round 35: the set's 5 such phrases, 4 writers,
              # all 119)
              r"|ちぐはぐ|チグハグ")
# A place in the home one stays in for a while.
BATH = r"(?:おふろ|お風呂|ふろ|風呂|ゆぶね|湯船|よくしつ|浴室|といれ|トイレ|べんじょ|便所)"
# An outbuilding of the home (a barn, a shed, the garage; 納屋 is read のうや; not kana なや in 悩んで, 悩み).
OUTBUILDING = r"(?:なや(?![んまみむめ])|のうや|納屋|こや|小屋|ものおき|物置|そうこ|倉庫|しゃこ|車庫)"
# A room or outbuilding of the home one goes into and stays in: a person gone into it and not come out is found
# there, not missing (round 41: 風呂さ入ったっきり, トイレに入ったきり, 納屋さ入ったっきり - 18 phrases of 14 splits,
# all 119). Not the house itself (空き家に入ったきり: a stranger), the mountain, the fields or the water.
INDOOR_ROOM = r"(?:" + BATH + "|" + OUTBUILDING + r"|へや|部屋|しんしつ|寝室)"
# ... told as the place gone into (風呂さ, トイレに, 納屋の中へ), the verb 入った to follow.
INTO_A_ROOM = INDOOR_ROOM + r"(?:の(?:なか|中))?(?:に|さ|へ)?"
# Messages and calls.
MESSAGE = (r"(?:でんわ|電話|めーる|メール|めっせーじ|メッセージ|らいん|line|でぃーえむ|dm|えすえむえす|sms"
           r"|しょーとめーる|ショートメール|ちゃっと|チャット)")


def daily_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        rule("heatstroke", "medical",
             HEAT + r"[^\n]{0,40}?(?:" + HEAT_SIGNS + ")|(?:" + HEAT_SIGNS + r")[^\n]{0,30}?(?:あつさ|暑さ)(?:に|で)",
             has_negation=True, unless=ANIMAL_VETO),
        # not out of the bath or toilet for long, no answer (お風呂に入ってからもう一時間も出てこない)
        rule("not_coming_out", "medical",
             BATH + r"[^\n]{0,24}?(?:でてこ|出てこ|でてき|出てき)(?:ない|ねえ|ね|ません|ん)",
             has_negation=True,
             needs=r"じかん|時間|ぷん|分|のっく|ノック|へんじ|返事|こたえ|答え|かえってこ|返ってこ|よんでも|呼んでも"),
        # ... or gone into a room or a barn and not come out, told with no time or call (今納屋さ入ったっきり出でこねえ,
        # 浴室に入ったっきり出てきません; round 41): could be an emergency, as ``weak_danger`` reads the bath and the
        # toilet (the missing person's いったっきり no longer reads these)
        rule("not_coming_out", "weak",
             INTO_A_ROOM + r"(?:はいった|入った)(?:っ)?きり[^\n]{0,6}?"
             # (出でこねえ, 出はってこねぇ, and 出 heard い: いでこねえ)
             r"(?:でこ|てこ|出てこ|でてき|出てき)" + NEG,
             has_negation=True, needs=PEOPLE, unless=ANIMAL_VETO + "|" + SULKING),
        # a child or person sunk and not coming up (底に子どもが沈んだまま上がってこない)
        rule("drowning", "medical",
             r"(?:しずんだ|沈んだ|しずんで|沈んで|もぐった|潜った)(?:まま)?[^\n]{0,6}?(?:あがって|上がって|うかんで|浮かんで"
             r"|でて|出て)(?:こ|き)" + NEG,
             has_negation=True, needs=PEOPLE, unless=DROWNING_VETO),
        # ... or told as still sunk, with or without what follows (沈んだまんまだ, 沈んだまま見えません; round 41: the 9
        # other phrases of the set with 沈んだまま, 9 splits, are all 119)
        # (round 47: the not-coming-up told after it is part of the sign, not a denial of it - 一人沈んだまんま出はって
        # こねえ, wide49: the は...ねえ of 出はってこねえ read as "X is not")
        rule("drowning", "medical", r"(?:しずんだ|沈んだ)(?:まま|まんま)(?:[^\n]{0,8}?(?:ない|ねえ|ません|こん))?",
             needs=PEOPLE, unless=DROWNING_VETO + r"|ふね|船|くるま|車|いかり|錨"),
        # --- 110 ---
        # footsteps or a person behind that stop when one stops (同じ足音がずっと後ろに。止まると止まる)
        rule("followed", "stalking",
             r"(?:あしおと|足音)[^\n]{0,12}?(?:うしろ|後ろ|ついて|つけて)|(?:とまると|止まると)[^\n]{0,4}?(?:とまる|止まる)"),
        # a child or person not back, the phone not answering (学校から帰ってまいりません…携帯もつながりません)
        rule("missing_person", "police",
             r"(?:かえって|帰って|もどって|戻って)(?:こ(?:ない|ねえ|ね|ん)|きません|来ません|まいりません)[^\n]{0,50}?"
             r"(?:つなが|繋が|でな|出な|でね|出ね|れんらく|連絡)(?:ら)?(?:ない|ねえ|ね|ません|りません|(?:が)?とれ)",
             has_negation=True, needs=PEOPLE, unless=ANIMAL),
        # money withdrawn or sent as a caller told (さっきの電話の人に言われた通りに今からお金を下ろす)
        rule("scam", "scam",
             r"(?:いわれた|言われた|いわれる|言われる|しじ|指示)(?:とおり|通り|どおり)(?:に)?[^\n]{0,24}?(?:おかね|お金|げんきん"
             r"|現金|かね|金)(?:を)?[^\n]{0,4}?(?:おろ|下ろ|ひきだ|引き出|ふりこ|振り込|おく|送|わた|渡)",
             needs=MESSAGE + r"|ひと|人"),
        # --- #9110 ---
        # a link in a message tapped (「お荷物を持ち帰りました」ってSMSのリンク押しちゃった)
        rule("scam", "scam",
             MESSAGE + r"[^\n]{0,16}?(?:りんく|リンク|url|ゆーあーるえる)(?:を)?[^\n]{0,4}?"
             r"(?:おし|押し|ひらい|開い|たっぷ|タップ|くりっく|クリック|ふん|踏ん)"),
        # repeated contact from a stranger or a former partner (知らない男から毎日のように声をかけられる,
        # まつりで あった ひとから まいにち メールが くる)
        rule("stalking", "stalking",
             r"(?:まいにち|毎日|なんども|何度も|なんかいも|何回も|しつこく|まいばん|毎晩)(?:のように)?[^\n]{0,12}?"
             r"(?:" + MESSAGE + r"|こえを(?:かけ|掛け)|声を(?:かけ|掛け)|まちぶせ|待ち伏せ)",
             needs=STRANGER + "|" + EX_PARTNER
             + r"|(?:あった|会った|しりあった|知り合った)(?:ひと|人|おとこ|男|おんな|女)"),
        # --- 188 ---
        # a contract to undo after a sales talk, a loan or credit signed on the spot, a cancellation fee
        rule("consumer", "consumer",
             r"いやくきん|違約金|(?:けいやく|契約)(?:を|は)?(?:やめ|止め|とりけし|取り消|かいじょ|解除)"
             # (round 52: not the reading of 農薬撒く, のうやくまく, after a drone - ドローンで農薬まく; wide54)
             r"|(?:ろーん|ローン|くれじっと|クレジット)(?:を|の)?[^\n]{0,4}?"
             r"(?:(?<!のうや)くま|組ま|けいやく|契約)"
             r"|(?:けいやくしょ|契約書)に(?:さいん|サイン|はんこ|判子|しょめい|署名)"
             r"|(?:きょうざい|教材)[^\n]{0,12}?(?:まん|万)",
             needs=r"ぎょうしゃ|業者|せみなー|セミナー|せつめいかい|説明会|きょうざい|教材|かんゆう|勧誘|ろーん|ローン|くれじっと"
                   r"|クレジット|ほうもん|訪問|しゅうり|修理|こうじ|工事|そのば|その場"),
        # --- advice ---
        # round 24: short of breath (息切れ, 息が切れる) is a symptom to ask about, not laboured breathing: 11 of 11
        # phrases of the set with it are #7119 or none (legs swollen, on the stairs, "not worth an ambulance"); with a
        # weak or a life sign beside it the message is still an emergency (not a tendency told to a class,
        # 息が切れやすくなったので体操教室に, nor a measure, 息が切れるほど走って)
        rule("short_of_breath", "symptom", r"いき(?:が|も)?きれ(?!ぎれ|きれ)|いきぎれ", has_negation=True,
             unless=r"(?:きれ|切れ)(?:し)?(?:やす|がち)|(?:きれ|切れ)る(?:ほど|くらい|ぐらい)"),
        # round 41: a leg cramp (ふくらはぎが何度もつって, 足がつると言っています; 10 other phrases of the set: #7119 5,
        # none 3 told over, 119 2 by signs of their own), not slippery (つるつる)
        rule("leg_cramp", "symptom",
             # (no word between but an adverb of repeat: not 明日釣りに, あしたつりに)
             r"(?:あし|足|ふくらはぎ|こむら)(?:が|も)?(?:なんども|何度も|なんかいも|何回も|また|よく|すぐ)?"
             r"(?:つっ(?:て|た)|つる(?!つ)|つり(?:そう|ま)|攣)"),
        # round 41: a foot missed on the stairs (階段踏み外した; 3 other phrases of the set, 119 with 動けない or told
        # over): a weak sign, like a fall from somewhere - mild when told so (歩けるけど痛い: #7119)
        rule("fell", "weak", r"(?:ふみはず|踏み外)(?:し(?!そう)|す)"),
        # --- disaster ---
        rule("evacuation", "disaster",
             r"(?:みず|水|かわ|川)(?:が)?[^\n]{0,12}?(?:ごうごう|ごおごお)"
             r"|(?:ゆれ|揺れ|じしん|地震)[^\n]{0,30}?(?:うみ|海)[^\n]{0,20}?(?:くる|来る|きそう|来そう|だいじょうぶ|大丈夫|にげ|逃げ)"),
    )
