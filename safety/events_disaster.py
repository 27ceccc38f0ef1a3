"""Disasters seen or asked about (the city's disaster page, ``disaster``): flood water where one lives, a river
rising, evacuation and shelters, landslide signs, warnings. The last rules of :mod:`safety.events_advice`'s
``advice_rules``, after :mod:`safety.events_consultation` (split from it in round 34)."""

from __future__ import annotations

from safety.rule import FILM, Rule, rule

# Flood water seen: brown water, water up to a body part or a part of the house, a river or stream roaring, rising.
FLOOD_SEEN = (r"(?:ちゃいろい|茶色い|ちゃいろく|茶色く|どろみず|泥水)[^\n]{0,4}?(?:みず|水)?"
              r"[^\n]{0,8}?(?:き|来|せま|迫|あふれ|溢れ|ながれ|流れ|ごうごう|ゴーゴー|ごーごー|ふえ|増え|まで)"
              r"|(?:みず|水)(?:が|は)?[^\n]{0,6}?(?:くるぶし|ひざ|膝|こし|腰|ゆかした|床下|ゆかうえ|床上|げんかん|玄関|てまえ|手前)"
              r"(?:まで|の(?:たかさ|高さ))"
              r"|(?:くるぶし|ひざ|膝|こし|腰|ゆかした|床下|ゆかうえ|床上)(?:の(?:たかさ|高さ))?まで[^\n]{0,4}?(?:みず|水)(?:に|が)?"
              r"[^\n]{0,3}?"
              r"(?:つか|浸か|き|来)"
              r"|(?:かわ|川|さわ|沢)(?:が|の)?[^\n]{0,8}?(?:ごうごう|ゴーゴー|ごーごー|ゴウゴウ)|みずかさ|水かさ"
              # (round 47: a river's or a channel's water risen up to a place - 川の水が駐車場まで上がって
              # きて, blind48a)
              r"|(?:かわ|川|さわ|沢|ようすいろ|用水路)の(?:みず|水)(?:が|は)?[^\n]{1,10}?まで(?:あが|上が|き|来|せま|迫|とど|届)")
# ... not tap water, a bath, a tank, the past or a screen
NOT_A_FLOOD = (r"すいどう|水道|じゃぐち|蛇口|ふろ|風呂|といれ|トイレ|すいそう|水槽|きょねん|去年|むかし|昔"
               r"|にゅーす|ニュース|てれび|テレビ|しゃしん|写真|どらま|ドラマ|" + FILM)

# round 48: a nuclear plant (原発, 原子力発電所) and an accident or radiation there (原発で事故があったそうです, 原発で
#事故あったら石巻の親戚が大崎に避難してくる, wide48b): the disaster page (evacuation), never a traffic accident.
NUCLEAR_PLANT = r"げんぱつ|原発|げんしりょく|原子力"
NUCLEAR_ACCIDENT = ("(?:" + NUCLEAR_PLANT + r")(?:はつでんしょ|発電所)?(?:で|の|が|に|さ)?[^\n]{0,6}?"
                    r"(?:じこ|事故|ほうしゃ|放射|もれ|漏れ|ばくはつ|爆発)")
# For the traffic-accident rule: its 事故 not right after a plant (原発で事故, 原発の事故, 原発事故, 原発さ事故).
PLANT_WORDS = ("げんぱつ", "原発", "げんしりょく", "原子力", "発電所", "はつでんしょ")
NOT_AFTER_A_PLANT = "".join(f"(?<!{plant}{particle})" for plant in PLANT_WORDS for particle in ("", "で", "の", "さ"))

# round 52: 非難 ("blame") typed or heard for 避難 ("evacuation"; 個別非難計画, 非難指示; wide53b, read none).
# The reading view keeps 非難 in kanji (safety.normalize.AMBIGUOUS_READINGS), so it is read as evacuation here
# only where its own sense cannot be meant: before a word of evacuation (計画, 指示, 所, 経路, 訓練...) ...
EVACUATION_AFTER = (r"しょ|じょ|所|ばしょ|場所|けいかく|計画|しじ|指示|かんこく|勧告|めいれい|命令|じゅんび|準備"
                    r"|くんれん|訓練|けいろ|経路|さき|先|せいかつ|生活|くいき|区域|じょうほう|情報|こうどう|行動|ぶくろ|袋|ようひん|用品"
                    r"|ぐっず|グッズ|りゅっく|リュック|かいじょ|解除|かんりょう|完了|ちぇっく|チェック")
MISHEARD_EVACUATION = r"非難(?:" + EVACUATION_AFTER + ")"
# ... or as a thing to do (非難した方がいい, 非難させたい) in a message about a storm, a flood or a quake - not blame
# (非難する声, 批判, 非難を浴びる, 市の対応を非難).
STORM_CONTEXT = (r"たいふう|台風|おおあめ|大雨|ごうう|豪雨|こうずい|洪水|つなみ|津波|じしん|地震|おおゆき|大雪"
                 r"|ふぶき|吹雪|けいほう|警報|どしゃ|土砂|がけ|崖|かわ(?![いうっ])|川|すいい|水位|はんらん|氾濫"
                 r"|ていでん|停電|ふんか|噴火")
BLAME_CONTEXT = (r"こえ|声|ひはん|批判|あび|浴び|さっとう|殺到|たいおう|対応|せめ|責め|ねっと|ネット|えすえぬえす|sns"
                 r"|にゅーす|ニュース|きしゃ|記者|ぎかい|議会|せいふ|政府|されて|される|された")
# A flood remembered or recorded, not one to prepare for (昭和の大水の年には, 昔の大水の写真; round 53).
FLOOD_REMEMBERED = (r"むかし|昔|しょうわ|昭和|へいせい|平成|めいじ|明治|たいしょう|大正"
                    r"|(?:その|あの)(?:とき|時|とし|年)"
                    r"|きろく|記録|れきし|歴史|しゃしん|写真|おもいで|思い出")
MISHEARD_EVACUATING = (r"(?<![^\n])(?![^\n]*?(?:" + BLAME_CONTEXT + r"))(?=[^\n]*?(?:" + STORM_CONTEXT + r"))[^\n]*?"
                       r"非難(?:する|した|して|しな|しよ|させ|しろ|しに|でき)")


def disaster_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # round 22: flood water seen where one lives - brown water, water up to the ankles or the door, a river roaring
        # (家の前の道がくるぶしまで水に浸かってきた, 茶色い水がごうごう): water rising with no one in it is the disaster
        # page in the set, 94 of 95 (the one none is tap water; a person in the water is 119 through the life rules)
        rule("flood_seen", "disaster", FLOOD_SEEN, unless=NOT_A_FLOOD),
        rule("nuclear_accident", "disaster", NUCLEAR_ACCIDENT),
        rule("evacuation", "disaster",
             # (round 54: not a mountain hut named for shelter, 避難小屋, nor a drill, 避難の練習 - wide56b)
             r"ひなん(?!ごや|こや|小屋|の?(?:れんしゅう|練習|くんれん|訓練))|" + MISHEARD_EVACUATION
             + "|" + MISHEARD_EVACUATING
             + r"|にげ(?:る|た)?(?:ほうが|べき|ばしょ|ところ|さき)"
             r"|どこ(?:に|さ|へ)?(?:にげ(?=[るたれらてまよろ])|ひなん)|つなみ"
             r"|こうずい|はんらん"
             # round 53: 大水, the older people's word for a flood (大水の時にどれほど浸かるのか, 大水が出たら) - not
             # one remembered (昭和の大水の年には, 昔の大水の記録)
             r"|(?<![^\n])(?![^\n]*?(?:" + FLOOD_REMEMBERED + r"))[^\n]*?おおみず(?!うみ)"
             # somewhere to take shelter in a storm or snow (大雪で道が埋まりまして…どこか身を寄せる所は; blind25, as
             # blind15b's typhoon)
             r"|(?:おおゆき|大雪|たいふう|台風|ていでん|停電|ごうう|豪雨|おおあめ|大雨)[^\n]{0,40}?(?:みをよせ|身を寄せ)"
             r"|(?:かわ|すいい|川)(?:が|の|さ|から)?(?:みず|水)?(?:が|も)?(?:あふれ|はんらん|あが|ふえ|増え|ぞうすい)"
             r"|(?:みず|水)が(?:いえ|家|ゆか|床|へや|部屋)[^\n]{0,4}?(?:はい|入)|ていぼう(?:が)?(?:きれ|けっかい"
             r"|くずれ)|けっかい"
             r"|どしゃくずれ|がけくずれ|どせきりゅう|しんすい|かんすい|ゆかうえ|ゆかした(?:しんすい|浸水|まで|に(?:みず|水))|じしん(?:だ(?!いじょう)|です|が(?:あ|き"
             r"|おき)|で(?:いえ|たな|"
             r"かぐ|ゆれ))|ゆれ(?:が|て)?(?:おおき|すご|ひど)|おおあめ(?:けいほう|とくべつ)|(?:おおあめ|大雨|ごうう|豪雨)で"
             r"|(?:みち|道|どうろ|道路)が(?:かわ|川)(?:みたい|のよう)|けいかいれべる"
             r"|とくべつけいほう|けいかいじょうほう|警戒情報|どしゃさいがい|土砂災害|(?:けいほう|警報)(?:が)?(?:で|出|はつれい|発令)"
             # (噴火 - not 糞が, devoiced ふんか, before a verb: 犬の糞が入れられた; round 43)
             r"|たいふう(?:が)?(?:く|き|ちか|せっきん)|たつまき|噴火|ふんか(?![あいうえおさたなまやらわ]|かか)"
             r"|はざーどまっぷ|せんじょうこうすいたい|線状降水帯"
             r"|(?:しゃめん|斜面|のりめん|のり面)[^\n]{0,12}?(?:みず|水|いし|石|どしゃ|土砂|どろ|泥|き|木)[^\n]{0,8}?(?:ふき|噴き|でて"
             r"|出て|おちて|落ちて|ながれ|流れ|なって|鳴って|みしみし|めきめき|かたむ|傾)"
             r"|(?:じなり|地鳴り|やまなり|山鳴り)|(?:ごー|ごう)(?:って|という)?(?:おと|音)"
             r"|(?:さわ|沢|かわ|川|いど|井戸|わきみず|湧き水)(?:の)?(?:みず|水)?(?:が)?[^\n]{0,4}?(?:にごっ|濁っ|にごり|濁り"
             # (not が+別れた男, read かわかれたおとこ: a former partner, in 29 other writers; round 37)
             r"|かれ(?!た(?:おとこ|おっと|つま|かれ|かのじょ|ひと|あいて))|涸れ|枯れ)|(?:き|木)が[^\n]{0,4}?(?:みしみし|めきめき|ばきばき)"
             r"|(?:かわ|川)(?:の)?(?:みず|水)(?:が|も)?[^\n]{0,10}?(?:すれすれ|ぎりぎり|あふれそう|こえそう|越えそう)"
             r"|(?:ていぼう|堤防|(?<!け)どて|土手)[^\n]{0,6}?(?:すれすれ|ぎりぎり|こえ|越え|きれ|切れ|あふれ)"
             r"|(?:うらやま|裏山|がけ|崖|やま|山)(?:から|が)[^\n]{0,12}?(?:おと|音|こいし|小石|いし|石|みず|水|どしゃ|土砂|どろ|泥)[^\n]{0,8}?"
             r"(?:おちて|落ちて|でて|出て|ながれ|流れ|する|しみ|染み|わき|湧き|わい|湧い|ふき|噴き|吹き)",
             # what to do with the things it broke (地震で割れた食器って何ごみですか; blind27b): a rubbish question
             unless=r"なにごみ|何ごみ|何ゴミ|なんごみ|すてかた|捨て方|すてればいい|捨てればいい|ぶんべつ|分別|ごみのひ|ごみの日"),
    )
