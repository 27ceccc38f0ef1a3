"""The words of :mod:`safety.events_body`'s rules: a thing afloat in the water, a seizure's length and its history,
speech development as a topic, a person called without an answer, a knock on the head by its sound."""

from __future__ import annotations

from safety.rule import ANIMAL_WORD, PEOPLE, WRITER
from safety.vocabulary_things import AFTER_THING, LOADS

# A vehicle or a load fallen into the water, no person nor the writer named in its line (用水路に自転車倒れて落ちて
# たから引き上げといた, 川に丸太が落ちてる、人にけがはない): a thing, not a person drowning (blind24).
THING_IN_WATER = (r"(?:^|\n)(?![^\n]*?(?:おぼれ|溺れ|たすけ|助け|ながされ|流され|しずん|沈ん))"
                  r"(?:(?!" + PEOPLE + "|" + WRITER + r")[^\n])*?"
                  r"(?:じてんしゃ|自転車|いちりんしゃ|一輪車|りやかー|リヤカー|" + LOADS + r")(?:が|は|も)?"
                  r"(?:たおれ(?:て|で)|倒れ(?:て|で))?[^\n]{0,2}?(?:おち|落ち)" + AFTER_THING + r"*(?:\n|$)")

# Out of the water unaided (自力で上がって歩けます, 自分で這い上がってきた, 本人は飛び降りて無事): a fall into a ditch
# or a canal told over, its bruises and the cold to ask about (#7119), not a person drowning (round 58, wide60b's
# father and his snow blower) - unless someone is still in the water or swept away after it.
GOT_OUT_UNAIDED = (r"(?:(?:じりき|自力|じぶん|自分|ひとり|一人)(?:で)?[^\n]{0,3}?"
                   r"(?:はいあが|這い上が|あが|上が|ぬけだ|抜け出|でてき|出てき)"
                   r"(?:って|った|れた|れました|りました|ってき)"
                   r"|(?:ほんにん|本人|じぶん|自分)(?:は|も)?[^\n]{0,10}?(?:ぶじ|無事))"
                   r"(?![^\n]*?(?:ながされ|流され|しずん|沈ん|おぼれ|溺れ|みえな|見えな|いきし|息し|うごか|動か|いしき|意識"
                   # (merging round 58: nor limp or not answering after it - 上がってきたけど、ぐったりして返事は)
                   r"|ぐったり|へんじ|返事|はんのう|反応|よんでも|呼んでも|けいれん|痙攣))")

# ... a fall into a ditch, a canal or a pond told with it (用水路に落ちて, 水路さ滑り落ちた): the fall's bruises and
# the cold to ask about, a symptom of the advice line.
FELL_IN_WATER = (r"(?:すいろ|水路|ようすい|用水|かわ|川|いけ|池|ぬま|沼|みぞ|溝|どぶ|たんぼ|田んぼ|ほり|堀)(?:に|さ|へ)"
                 r"[^\n]{0,10}?(?:おち|落ち|はま|すべりおち|滑り落ち|ころげおち|転げ落ち)")

# A spot in a body of water told between the water and its particle (川の真ん中で, 池のふちに, 海の深いところで).
SPOT_IN_WATER = (r"(?:まんなか|真ん中|なか|中|おく|奥|ふち|縁|むこう|向こう"
                 r"|ふかい(?:とこ(?:ろ)?|ところ)|深い(?:とこ(?:ろ)?|所)|ほう|方|あたり|辺り)")

# A toy or a small thing afloat as the subject of floating or sinking (お風呂でおもちゃが浮いたり沈んだり, 湯船にアヒル
# が浮いてる): no person in the water (round 24).
AFLOAT_THING = (r"(?:(?:おもちゃ|玩具|あひる|アヒル|ぼーる|ボール|ふうせん|風船|はっぱ|葉っぱ|たおる|タオル"
                r"|せっけん|石鹸"
                r"|ゆず|柚子"
                # ... or a fish or a pond animal (池で金魚が一匹浮いていました: 2 of 2 such phrases are none; blind28a)
                r"|きんぎょ|金魚|さかな|魚|めだか|メダカ|こい|鯉|かめ|亀|ざりがに|ザリガニ|かえる|蛙|おたまじゃくし)"
                r"(?:が|は|も)"
                # ... or an animal told as what fell in (工事の溝に子猫落ちて鳴いてる, 側溝さ犬っこはまって; round 58,
                # wide60b): the animal's trouble, for whoever can lift it out, not a person drowning
                r"|" + ANIMAL_WORD + r")")

# A child's speech development (まだ言葉が出ない, 言葉の遅れ) is a topic, not a stroke sign.
# A seizure over within minutes and the person asleep or as usual now (1分ほどで止まり今は眠っていますが、朝まで
# 待って大丈夫でしょうか; blind26b): a question for #8000/#7119, not 119 - unless a sign is still wrong (まだ目を覚まさ
# ない, 呼んでも起きない, 意識が: every such phrase of the set is 119).
# (round 53: told over by the state now alone - ちょっとだけひきつけ起こして、今は落ぢついで寝でる -, the child now
# crying or eyes open - 今は目を開けて泣いています -; not when it went on five minutes or more, or would not stop)
SEIZURE_LONG = (r"(?:ごふん|五分|[5５]分|じゅっぷん|じっぷん|[1１][0０]分)(?:いじょう|以上|ちかく|近く)"
                r"|(?:とまら|止まら|とまん|止まん|おさまら|治まら|収まら)(?:ない|なく|ず|ねえ|ねく)|ながく|長く")
SEIZURE_OVER = (r"\A(?![\s\S]*?(?:" + SEIZURE_LONG + r"))[\s\S]*?"
                r"(?:けいれん|痙攣|ひきつけ|引きつけ|ほっさ|発作)[^\n]{0,16}?"
                r"(?:(?:とまり|止まり|とまっ|止まっ|おさまり|治まり|収まり|おさまっ|治まっ|収まっ)[^\n]{0,12}?"
                r"(?:(?:いま|今)(?:は)?(?:もう)?)?|(?:いま|今)(?:は)?(?:もう)?)(?:すやすや|ぐっすり|ねむっ|眠っ|ねて|寝て|ねで|寝で"
                r"|ふつう|普通|ふだん|普段|いつも|げんき|元気|おち(?:ぢ|ち)?つ|落ち着|落ぢつ|きげん|機嫌"
                r"|(?:めを|目を)(?:あけて|開けて)|ないて(?:い|る|ま|お)|泣いて|へんじ(?:を)?(?:して|する)|返事(?:を)?(?:して|する))"
                r"(?![^\n]*?(?:まだ|めをさまさ|目を覚まさ|めをあけ(?:な|ね|ず)|目を開け(?:な|ね|ず)|へんじ(?:が|を|も)?(?:な|し(?:な|ね))"
                r"|返事(?:が|を|も)?(?:な|し(?:な|ね))|はんのう|反応|いしき|意識"
                r"|こきゅう|呼吸|ぐったり|よんでも|呼んでも|おきな|起きな|また(?:けいれん|痙攣|ひきつけ)))")
# A fit of the past, told as history (昨年, 以前, 起こしたことがある, 三歳の時): no settled fit to ask about now.
SEIZURE_HISTORY = (r"きょねん|去年|さくねん|昨年|おととし|一昨年|いぜん|以前|むかし|昔|せんげつ|先月|なんねん|何年"
                   r"|(?:こと|事)(?:が|も)(?:ある|あり|あっ|ござい)"
                   r"|(?:[0-9０-９一二三四五六七八九十]+|なん|何)(?:さい|歳)(?:の)?(?:とき|時|ころ|頃)")
SPEECH_DEVELOPMENT_TOPIC = r"(?:まだ|また)(?:ことば|言葉)|(?:ことば|言葉)(?:の)?(?:おくれ|遅れ)|はったつ|発達"

# Called, spoken to or shaken (呼んでも, 話しかけても, ゆすっても).
CALLED = (r"(?:よんでも|呼んでも|よばっても|呼ばっても|よびかけ(?:て)?も|こえをかけても|声をかけても|ゆすっても"
          r"|話しかけても|はなしかけても)")
# A knock on the head told by its sound (頭ゴン, 頭をゴツンと, あたま がつんって; round 54, wide56): the sound word
# ended (と, って, し, or a count after it once punctuation goes: 頭ゴン、2回吐いて), not the start of another word
# (頭がこんなに, 今回) nor a throbbing ache (頭がガンガン).
HEAD_KNOCK = (r"(?:ごつん|ゴツン|こつん|コツン|がつん|ガツン|かつん|カツン|ごん|ゴン|こん|コン)"
              r"(?:っ?と|って|っ?て|し|[0-9０-９]|[、。!！\s])")
# An ambulance met on the road that traffic made way for (道を譲る, 路肩に止まった, 脇さ寄って, 通り過ぎた; round 55,
# wide57): a passer-by's question about the rule, not a call for one.
AMBULANCE_GIVEN_WAY = (r"(?:みち|道)(?:を|ば)?(?:ゆず|譲|あけ|空け)|ろかた|路肩"
                       r"|(?:わき|脇|はし|端|ひだり|左)(?:に|さ|へ)?(?:よっ|寄っ|よせ|寄せ|よる|寄る|よけ|避け)"
                       r"|(?:とおり|通り)(?:すぎ|過ぎ)")
# A leg numb with the lower back aching (腰が痛くて右足がしびれる, 腰痛…右足にしびれ; round 55, wide57): a back strain's
# sciatica, when no other sign of a stroke (speech, the face, an arm or a hand, a headache) is told on the line.
NUMB_LEG_FROM_THE_BACK = (r"(?<![^\n])(?![^\n]*?(?:ろれつ|かお|顔|言葉|しゃべ|くち|口|手|うで|腕|はんしん|半身"
                          r"|ずつう|頭痛|あたま|頭))"
                          r"[^\n]*?(?:こし|腰|ようつう|腰痛|へるにあ|ヘルニア|さこつ|坐骨)[^\n]{0,24}?(?:あし|足)")
