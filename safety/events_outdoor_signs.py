"""Situations met outdoors - on a road, a field, a river bank, a works site, in the weather - told by what one sees
(round 44, helper A71: wide46b's misses, each read as a situation kind; tests in
tests/safety/test_events_outdoor_signs.py hold tellings written for this module in several styles):

- 119: a person collapsed, told by the posture and the body gone limp (膝から崩れてうつ伏せ…手がだらん, 丸まって
  動いてない) - a runner on a course, a worker by a cow;
- 119: a person down after lightning (雷が鳴ったあと…仰向けになってる, 落雷で倒れて);
- 119: a worker buried when a trench or a bank of earth collapsed (土砂が崩れて作業員が胸まで埋まって, 生き埋め - also
  the recogniser's 行き埋め);
- 119: a chemical leaking from an overturned tanker or truck with people coughing or eyes stinging;
- 110: cattle or horses loose on a road (牛が県道うろうろ, 道の真ん中に牛が三頭);
- 110: stones or things thrown or dropped at passing cars (歩道橋から車に石を投げて);
- 110: someone gone into the mountains (wild vegetables, mushrooms) not back after dark or not answering the phone;
- 110: a road caved in with cars catching it (道路が陥没して車が落ちそう, アスファルトが沈んで前輪を落としかけた);
- 110: a car gone off a farm road into a rice field or a ditch with no one hurt (田んぼに車ごと落ちた、けがはない; the
  water rule no longer reads a drowning there, :data:`VEHICLE_IN_FIELD_UNHURT`); told without "no one hurt" the
  classifiers still decide (a heard 探望さつっこんだ…頭がラケツルーして is 119 by them);
- #7119: the neck aching the day after a rear-end collision (昨日追突されて、今朝から首が痛い: whiplash);
- #7119: frostnip after snow clearing (指が白くなって感覚がない, 足の指が紫色);
- a heat illness told with drinking still possible (水は飲めてます): a mild marker, so #7119 rather than 119;
- #9110: a car's tyres punctured or let down again and again;
- #9110: crops, rice bags or an unmanned stall's takings stolen again and again;
- not a drowning: a thing swept away (サンダル流された, :data:`THING_SWEPT`) or a float gone with everyone told safe
  (全員岸にいて, :data:`EVERYONE_SAFE`) - ``unless`` patterns of the water rules.
"""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, FICTION, PEOPLE, Rule, rule
from safety.rule import on_its_line_with as _with
from safety.vocabulary_things import MOTOR_VEHICLE, UNHURT
from safety.vocabulary_time import RECURRING_WORDS

# A collapse told by the posture (膝から崩れて, 崩れ落ちて, うつ伏せ, 仰向け, 丸まって, 倒れ込んで) ...
POSTURE = (r"ひざから(?:くずれ|崩れ)|膝から(?:くずれ|崩れ)|くずれおち|崩れ落ち|くずれるように|崩れるように"
           r"|うつぶせ|うつ伏せ"
           r"|あおむけ|仰向け|まるまって|丸まって|たおれこ|倒れ込")
# ... and the body gone limp or still (手がだらん, ぐったり, 動いてない, 返事がない, 反応がない)
LIMP = (r"だらん|だらーん|ぐったり|くったり|ぴくりとも|(?:うご|動)(?:いて(?:い)?|か)(?:ない|ねえ|ね(?!つ)|ません)"
        r"|(?:へんじ|返事|はんのう|反応)(?:が|も|は)?[^\n]{0,2}?(?:ない|ねえ|ね(?!つ)|ありません|ございません)"
        r"|(?:いき|息)(?:を|が|も)?(?:して)?(?:ない|ねえ|ません)|(?:め|目)(?:を)?(?:あけ|開け)(?:ない|ねえ|ません)")
RESTING = r"よが|ヨガ|すとれっち|ストレッチ|ひるね|昼寝|ねころ|寝転|ひなたぼっこ|日向ぼっこ|まっさーじ|マッサージ"

# Lightning (雷, 落雷) and then a person down.
LIGHTNING = r"かみなり|雷|らくらい|落雷|いなずま|稲妻"
DOWN = (POSTURE + r"|たおれ|倒れ|(?:うご|動)(?:いて(?:い)?|か)(?:ない|ねえ|ません)|いしき|意識|(?:へんじ"
        r"|返事)(?:が|も)?"
        r"[^\n]{0,2}?(?:ない|ねえ|ありません)|うたれ|打たれ")

# A bank of earth or a trench wall collapsed (土砂が崩れて, 溝の壁が崩落) and a person buried (埋まって, 胸まで).
EARTH_FELL = (r"(?:どしゃ|土砂|つち|土|かべ|壁|みぞ|溝|あな|穴|のりめん|法面|どて|土手)(?:が|の)?[^\n]{0,6}?"
              r"(?:くずれ|崩れ|ほうらく|崩落|くずれおち|崩れ落ち)")
BURIED = (r"(?:うま|埋ま)(?:っ|り)|(?:うも|埋も)れ|(?:むね|胸|くび|首|こし|腰)(?:の(?:あたり|へん))?まで"
          r"|したじき|下敷き|いきうめ|生き埋め|行き埋め")
WORKER = PEOPLE + r"|さぎょういん|作業員|ひと|人|おやかた|親方|どうりょう|同僚"

# A chemical leaking (液体が漏れて, 薬品みたいなのが流れ出て) from an overturned tanker or truck, with people affected.
CHEMICAL = (r"えきたい|液体|やくひん|薬品|かがく|化学|がす|ガス|あぶら|油|けいゆ|軽油|ようざい|溶剤|えんそ|塩素"
            r"|つみに|積み荷|なにか|何か")
LEAKING = r"もれ|漏れ|もって|ながれだ|流れ出|こぼれ|ふきだ|噴き出|あふれ"
HAZMAT_SCENE = (r"おうてん|横転|じこ|事故|たんくろーりー|タンクローリー|とらっく|トラック|こうじょう|工場|たんく|タンク"
                r"|どらむかん|ドラム缶")
AFFECTED = (r"せきこ|せき込|咳込|(?:せき|咳)(?:が|も)?[^\n]{0,2}?(?:とまら|止まら|でて|出て|ひどい)|(?:め|目)(?:が|も)?"
            r"[^\n]{0,2}?(?:いた|痛|しみ|染み|あけられ|開けられ)|(?:のど|喉)(?:が|も)?[^\n]{0,2}?(?:いた|痛)"
            r"|いきぐるし|息苦し|(?:きぶん|気分)(?:が)?(?:わる|悪)|すわりこ|座り込|たおれ|倒れ")

# Cattle or horses loose on a road (牛が県道うろうろ, 道の真ん中に牛が三頭).
LOOSE_ANIMAL = (r"牛(?!乳|丼|肉|たん|タン|舎)|べこ|馬(?!鹿|力)"
                r"|(?:(?<![ぁ-ゖ])|(?<=[にでの]))うし(?:が|っこ|[0-9一二三四五六七八九十]+とう)")
ROAD = (r"こくどう|国道|けんどう|県道|どうろ|道路|しゃどう|車道|みちの(?:まんなか|真ん中)|道の(?:まんなか|真ん中)"
        r"|せんたーらいん|センターライン|ばいぱす|バイパス|こうさてん|交差点")
ON_THE_ROAD = (r"うろうろ|うろつ|たって|立って|あるいて|歩いて|いる|いた|おる|でて|出て|にげ|逃げ|まんなか"
               r"|真ん中|くる|来る"
               r"|よこぎ|横切|わたって|渡って")

# Stones or things thrown or dropped at passing cars (歩道橋から車に石を投げて, 通るたびに何か落として).
MISSILE = r"いし|石|もの|物|なにか|何か|ごみ|ゴミ|ぼーる|ボール|ぶろっく|ブロック|びん|瓶|かさ|傘"
THROWN = r"なげ|投げ|おとし|落とし|ほうっ|放っ|ほうりな|放り投"
PASSING_CAR = (r"(?:" + MOTOR_VEHICLE + r"|じどうしゃ|自動車|ふろんとがらす|フロントガラス|はしって(?:いる|る)"
               r"|走って(?:いる|る)"
               r"|とおるたび|通るたび)")

# Someone gone into the mountains (山菜, きのこ, 林道) and not back after dark or not answering the phone.
MOUNTAIN = (r"やま(?:に|へ|さ|の|で)|山(?:に|へ|さ|の|で)|りんどう|林道|さんさい|山菜|きのこ|キノコ|茸|たけのこ|竹の子"
            r"|ぜんまい|わらび|くりひろ|栗拾")
NOT_BACK = (r"(?:もど|戻|かえ|帰|けえ)(?:って|て)(?:こ|き)?(?:ない|ねえ|ね(?!つ)|ません|ず)|(?:もど|戻|かえ"
            r"|帰)ら(?:ない|ねえ|ず)"
            r"|もちぬし(?:が|は)?[^\n]{0,4}?(?:もど|戻|かえ|帰)")
AFTER_DARK = (r"ひ(?:が|も)?(?:しず|沈|くれ|暮れ)|日(?:が|も)?(?:しず|沈|くれ|暮れ)|くらく|暗く|まっくら|真っ暗|よる|夜"
              r"|(?:でんわ|電話|けいたい|携帯|すまほ|スマホ)(?:が|に|も)?[^\n]{0,4}?(?:つながら|繋がら|でない"
              r"|出ない|でね|出ね)"
              r"|(?:れんらく|連絡)(?:が)?[^\n]{0,2}?(?:つかない|とれない|取れない|つかね)")

# A road caved in (道路が陥没, アスファルトが沈んで, 大きな穴) with cars catching it (車が落ちそう, 前輪を落としかけた).
ROAD_SURFACE = (r"どうろ|道路|あすふぁると|アスファルト|ろめん|路面|しゃどう|車道|みち|道|とおり|通り"
                r"|こうさてん|交差点")
CAVED_IN = r"かんぼつ|陥没|しずん|沈ん|あな|穴|へこん|凹ん|くずれ|崩れ"
WHEEL_CAUGHT = (r"(?:" + MOTOR_VEHICLE + r"|けいじどうしゃ|軽自動車|たいや|タイヤ|ぜんりん|前輪|こうりん|後輪"
                r"|ばいく|バイク)"
                r"(?:が|を|も)?[^\n]{0,6}?(?:おち|落ち|おと|落と|はま|嵌ま|とられ|取られ|つっこ|突っ込)"
                # ... or about to: cars coming on towards the hole in the dark (車が次々に近づいてきています; round 55,
                # wide57b)
                r"|(?:" + MOTOR_VEHICLE + r")(?:が|も)?[^\n]{0,6}?(?:ちかづ|近づ|せま|迫"
                r"|(?:つぎつぎ|次々|どんどん)[^\n]{0,3}?(?:く|来|き|とお|通))")

# A car gone off a farm road into a rice field or a ditch (田んぼに車ごと落ちて, 脱輪して田んぼに).
FIELD = r"たんぼ|田んぼ|はたけ|畑|すいろ|水路|ようすい|用水|そっこう|側溝|みぞ|溝|ほり|堀|あぜ|畦"
# (round 51, wide53: also a skid told with no vehicle named - 雪道でスリップして田んぼに落ちちゃって: a person slips
# with 滑って, a vehicle with スリップ)
INTO_FIELD = (r"(?:" + MOTOR_VEHICLE + r"|(?:すりっぷ|スリップ)(?:し|を))(?:ごと|が|は|も|さ|を|て|た)?[^\n]{0,12}?(?:"
              + FIELD + r")(?:に|さ|へ"
              r"|の(?:なか|中)に)?"
              r"[^\n]{0,6}?(?:おち|落ち|つっこ|突っ込|はま|嵌ま|だつりん|脱輪)"
              r"|(?:" + FIELD + r")(?:に|さ|へ)[^\n]{0,4}?(?:" + MOTOR_VEHICLE + r")(?:ごと)[^\n]{0,4}?(?:おち"
              r"|落ち|つっこ|突っ込)"
              r"|(?:だつりん|脱輪)[^\n]{0,12}?(?:" + FIELD + r")")
# ... told with no one hurt (けがはありません): the person is out, no drowning (an ``unless`` of the water rule).
# ... or with the driver out and on foot (運転していたおじさんは降りて歩いています; round 51, wide53)
OUT_ON_FOOT = (r"(?:おりて|降りて|でて|出て)(?:きて|来て)?[^\n]{0,4}?(?:あるいて|歩いて|たって|立って)"
               r"(?:い|る|ま|お|っ)"
               r"(?![^\n]{0,8}?(?:たおれ|倒れ|ふらふら|ふらつ|いた|痛|ち(?:が|を)|血))")
VEHICLE_IN_FIELD_UNHURT = (r"(?<![^\n])(?=[^\n]*?(?:" + UNHURT + "|" + OUT_ON_FOOT + r"))[^\n]*?(?:" + INTO_FIELD + ")")

# A collision told as yesterday's, with the neck or back aching today (昨日追突されて、今朝から首が痛い): whiplash, an
# advice case; the police rule of a collision is not read over it (:data:`PAST_COLLISION_ACHING`).
COLLISION_WORD = r"ついとつ|追突|じこ|事故|ぶつけられ|ぶつけら|おかまほられ|おかまを(?:ほられ|掘られ)"
DAY_BEFORE = r"きのう|昨日|きんな|おととい|一昨日|せんじつ|先日|ゆうべ|昨夜"
LATER_TODAY = r"きょう|今日|けさ|今朝|あさ(?:おき|起き)|朝(?:おき|起き)|ひとばん|一晩|よくじつ|翌日"
NECK_OR_BACK = r"(?:くび|首|こし|腰|かた|肩|せなか|背中)(?:が|も|は|の)?[^\n]{0,4}?"
ACHING = NECK_OR_BACK + r"(?:いた|痛|いず|はって|張って|おも|重)|むちうち|むち打ち"
# ... or stiff, the negation part of the event (首が回らねえ, 振り向けません)
STIFF = (NECK_OR_BACK + r"(?:まわら|回ら|まわん|回ん|ふりむけ|振り向け|うごかせ|動かせ)"
         r"(?:ない|ねえ|ね(?!つ)|ません|なく|ず)")
PAST_COLLISION = (r"(?:" + DAY_BEFORE + r")[^\n]{0,20}?(?:" + COLLISION_WORD + r")[^\n]{0,50}?(?:"
                  + LATER_TODAY + r")[^\n]{0,12}?")
PAST_COLLISION_ACHING = PAST_COLLISION + r"(?:" + ACHING + "|" + STIFF + ")"

# Frostnip after snow clearing or the cold (指が白くなって感覚がない, 足の指っこ紫色).
EXTREMITY = r"ゆび|指|みみ|耳|つまさき|つま先|あしさき|足先|てさき|手先|はな(?:の(?:さき|先))|鼻の(?:さき|先)"
NUMB_WHITE = (r"しろく|白く|むらさき|紫|かんかく(?:が|も)?[^\n]{0,2}?(?:ない|ねえ|ね(?!つ)|ございません"
              r"|ありません|なく)"
              r"|感覚(?:が|も)?[^\n]{0,2}?(?:ない|ねえ|ね(?!つ)|ございません|ありません|なく)|みずぶくれ"
              r"|水ぶくれ|水膨れ")
COLD_SCENE = (r"ゆきかき|雪かき|雪掻き|じょせつ|除雪|ゆきはき|雪はき|さむ|寒|ひえ|冷え|とうしょう|凍傷|しもやけ|霜焼け"
              r"|すきー|スキー|ゆきやま|雪山|ふぶき|吹雪")

# Drinking still possible after the heat (水は飲めてます, 水は飲めっけど, 水分はとれて): a heat illness told mild, a
# marker (``said_mild``) only where the heat is told.
DRINKING_FINE = (r"(?:みず|水|すいぶん|水分|おちゃ|お茶|すぽーつどりんく|スポーツドリンク|すぽどり|スポドリ)(?:は|も)"
                 r"[^\n]{0,4}?(?:のめ|飲め|のん(?:で|だ)|飲ん(?:で|だ)|とれ|取れ)(?!な|ね|ず|ません)")
HEAT_TOLD = (r"ねっちゅう|熱中|あつさ|暑さ|あつい|暑い|えんてんか|炎天下|ひざし|日差し|くさかり|草刈り|ぶかつ|部活"
             r"|のらしごと|野良仕事|はたけ|畑")

# Everyone told safe by the water (全員岸にいて, みんな無事, 笑ってる): a float or a sandal gone alone, no drowning.
EVERYONE_SAFE = (r"(?:ぜんいん|全員|みんな|皆)(?:は|も)?[^\n]{0,4}?"
                 r"(?:ぶじ|無事|きし|岸|りく|陸|あがって|上がって|そろって|揃って)|わらって(?:る|た|い)|笑って(?:る|た|い)")
# A thing, not a person, swept away (サンダル流された, 浮き輪を流されちゃった): an ``unless`` of the water rule.
SWEPT_THING = (r"(?:むぎわら|麦わら|麦藁)?(?:さんだる|サンダル|うきわ|浮き輪|ぼうし|帽子|くつ|靴|ながぐつ|長靴|竿"
               r"|つりざお|釣り竿|ぼーる|ボール|たおる|タオル|くーらーぼっくす|クーラーボックス)")
# (round 54: also with words between, no person among them - 麦わら帽子が風で飛ばされて川に流された - and told after
# as the thing the river took, a hat not "only" found - 川で流されでった孫の麦わら帽子)
# (no person named between, nor one riding or holding it: 浮き輪さ乗ったまま沖さ流さっちまった is a child)
RIDDEN = r"のっ|乗っ|のり|乗り|つかま|掴ま"
THING_SWEPT = (SWEPT_THING + r"(?!の)(?:を|が|も|まで)?(?:(?!" + PEOPLE + "|" + RIDDEN + r")[^\n]){0,12}?"
               r"(?:なが|流)さ(?:れ|っ)"
               r"|(?:ながされ|流され)(?:て|で)?(?:いった|った|た)(?:[^\n]{1,4}?の)?" + SWEPT_THING + r"(?!だけ|しか)")

# A car's tyres punctured or let down (タイヤに釘, タイヤがぺちゃんこ, 空気を抜かれて) again and again.
TYRE = r"たいや|タイヤ"
TYRE_DAMAGED = (r"くぎ|釘|ぱんく|パンク|ぺちゃんこ|ぺしゃんこ|くうき(?:を|が)?[^\n]{0,2}?(?:ぬか|抜か|ぬけ|抜け)"
                r"|空気(?:を|が)?[^\n]{0,2}?(?:ぬか|抜か|ぬけ|抜け)|きられ|切られ|さされ|刺され|きず|傷")
AGAIN = (RECURRING_WORDS + r"|また|[0-9０-９一二三四五六七八九十]+(?:かいめ|回目|かい|回|ど|度)|(?:つき|月)に"
         r"|まいとし|毎年|ことしも|今年も|せんしゅうも|先週も|まえにも|前にも|りょうほう|両方")

# A fence, its wire or a hose of one's land cut (電気柵の線を切られ, 柵の電線が刃物で切られて) again and again
# (round 52, wide54): a nuisance for the police consultation line, as the tyres.
FENCE = (r"でんきさく|電気柵|さく(?=の|が|を|も)|柵|ふぇんす|フェンス|ほーす|ホース|網|ねっと|ネット"
         r"|でんせん|電線|(?<!でん)線|わいやー|ワイヤー")
FENCE_CUT = r"きられ|切られ|きらっ|切らっ|きらさっ|切らさっ|きりさかれ|切り裂かれ"

# Crops, rice bags or a stall's takings (さくらんぼ, 米袋, 料金箱) stolen or gone (盗まれ, なくなり, 空っぽ).
CROP = (r"やさい|野菜|さくもつ|作物|さくらんぼ|りんご|林檎|すいか|スイカ|西瓜|めろん|メロン|ぶどう|葡萄|もも|桃"
        r"|こめぶくろ|米袋|こめ|米|いね|稲|くだもの|果物|りょうきんばこ|料金箱|だいきん|代金|うりあげ|売上"
        r"|さいせん|賽銭"
        r"|むじんはんばい|無人販売")
# ... or a farm's stores left in the field (round 54: fuel or batteries taken from machines again and again, 耕運機の
# バッテリーや燃料が何度も抜かれて; wide56b).
FARM_STORE = (r"ねんりょう|燃料|けいゆ|軽油|とうゆ|灯油|がそりん|ガソリン|ばってりー|バッテリー|ひりょう|肥料"
              r"|のうやく|農薬")
STOLEN = (r"ぬすま|盗ま|ぬすん|盗ん|とられ|取られ|盗られ|もっていかれ|持っていかれ|持って行かれ|なくな|無くな|からっぽ"
          r"|空っぽ|からに|空に")
# ... taken from the stores by a thief (盗まれ, 抜かれ, 抜き取られ - not 取られ, a price: 灯油の代金を倍取られた).
STORE_TAKEN = (r"ぬすま|盗ま|ぬすん|盗ん|盗られ|もっていかれ|持っていかれ|持って行かれ"
               r"|(?:ぬかれ|抜かれ|ぬきとられ|抜き取られ)(?!たよう|たみたい)")
NOT_THEFT = (r"さる|猿|くま|熊|しか|鹿|いのしし|猪|からす|カラス|たぬき|狸|はくびしん|ハクビシン|とり|鳥|むし"
             r"|虫|かぜ|風"
             r"|たいふう|台風|うりきれ|売り切れ|うれた|売れた")


def _near(first: str, second: str, span: int) -> str:
    """``first`` then ``second`` within ``span`` characters, or the other way round."""
    return (r"(?:" + first + r")[^\n]{0," + str(span) + r"}?(?:" + second + r")|(?:" + second + r")[^\n]{0,"
            + str(span) + r"}?(?:" + first + ")")


WHAT_IF = FICTION + r"|もし|ないように|きをつけ|気をつけ|しんぱい(?:で|だ)[^\n]{0,4}?(?:あした|明日)|くんれん|訓練"


def outdoor_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("collapsed", "medical", r"(?:" + POSTURE + r")[^\n]{0,60}?(?:" + LIMP + ")",
             unless=WHAT_IF + "|" + RESTING + "|" + ANIMAL_VETO),
        rule("collapsed", "medical", r"(?:" + LIGHTNING + r")[^\n]{0,50}?(?:" + DOWN + ")",
             unless=WHAT_IF + r"|ていでん|停電|てれび|テレビ|ぱそこん|パソコン|でんか|電化|でんき|電気|" + ANIMAL_VETO),
        rule("trapped", "medical",
             _with(r"(?:" + EARTH_FELL + r")[^\n]{0,30}?(?:" + BURIED + ")", WORKER) + r"|行き埋め|いきうめになって",
             unless=WHAT_IF + r"|むかし|昔|きょねん|去年|はなし|話"),
        rule("poisoning", "medical",
             _with(r"(?:" + CHEMICAL + r")(?:が|も|の)?[^\n]{0,12}?(?:" + LEAKING + r")[^\n]{0,50}?"
                   r"(?:" + AFFECTED + ")",
                   HAZMAT_SCENE),
             unless=WHAT_IF + r"|きのう|昨日|せんしゅう|先週|にゅーす|ニュース"),
        rule("road_danger", "police",
             _with(_near(LOOSE_ANIMAL, ROAD, 30), ON_THE_ROAD),
             unless=WHAT_IF + r"|ひょうしき|標識|かんばん|看板|ぼくじょう|牧場|ちくしゃ|畜舎|うしごや|牛小屋"
                    r"|はこんで|運んで"
             r"|とらっくに(?:のせ|乗せ)|きょねん|去年|きのう|昨日|むかし|昔"),
        rule("road_danger", "police",
             _near(r"(?:" + MISSILE + r")(?:を|ば)?[^\n]{0,6}?(?:" + THROWN + ")", PASSING_CAR, 40),
             unless=WHAT_IF + r"|ゆきがっせん|雪合戦|みずきり|水切り|かわに|川に|いけに|池に|ごみすて|ゴミ捨て"
                    r"|ごみを(?:すて|捨て)"
             r"|ぽいすて|ポイ捨て|きのう|昨日|きょねん|去年"),
        rule("missing_person", "police",
             _with(r"(?:" + MOUNTAIN + r")[^\n]{0,80}?(?:" + NOT_BACK + ")", AFTER_DARK),
             unless=WHAT_IF + r"|かえってきた|帰ってきた|もどってきた|戻ってきた|ぶじ|無事|みつかった|見つかった"
             r"|(?:おそく|遅く)なる(?:と|って)[^\n]{0,6}?(?:でんわ|電話|れんらく|連絡)"),
        rule("road_danger", "police",
             r"(?:" + ROAD_SURFACE + r")(?:が|の|に|は)?[^\n]{0,16}?(?:" + CAVED_IN + r")[^\n]{0,40}?"
             r"(?:" + WHEEL_CAUGHT + ")",
             unless=WHAT_IF + r"|きのう|昨日|きょねん|去年|なおし|直し|ほそう(?:し|さ)|舗装(?:し|さ)"
                    r"|こうじちゅう|工事中"),
        # (a guard rail asked for, ガードの設置; not the が of 後ろが道路, devoiced かとうろ like がーど: round 51)
        rule("traffic_accident", "police", VEHICLE_IN_FIELD_UNHURT,
             unless=WHAT_IF + r"|ぬかるみ|きのう|昨日|きょねん|去年|せんしゅう|先週|ぼうし|防止|ふぇんす"
                    r"|フェンス|がーど(?!う)|ガード(?!う)"),
        rule("symptom", "symptom", PAST_COLLISION + r"(?:" + ACHING + ")", unless=WHAT_IF),
        rule("symptom", "symptom", PAST_COLLISION + r"(?:" + STIFF + ")", unless=WHAT_IF, has_negation=True),
        rule("symptom", "symptom",
             _with(r"(?:" + EXTREMITY + r")(?:が|の|も|っこ)?[^\n]{0,8}?(?:" + NUMB_WHITE + ")", COLD_SCENE),
             unless=WHAT_IF + r"|てぶくろ|手袋(?:を|の)(?:かい|買)"),
        rule("said_mild", "ask", _with(DRINKING_FINE, HEAT_TOLD), unless=r"のめな|飲めな|のめね|飲めね|ぐったり"),
        rule("stalking", "stalking",
             _with(r"(?:" + TYRE + r")(?:に|が|を|の|だけ)?[^\n]{0,10}?(?:" + TYRE_DAMAGED + ")", AGAIN),
             unless=WHAT_IF + r"|こうかん|交換の(?:じき|時期)|すりへ|すり減|ふるく|古く|れっか|劣化"),
        rule("stalking", "stalking",
             _with(r"(?:" + FENCE + r")(?:に|が|を|の|も|だけ)?[^\n]{0,12}?(?:" + FENCE_CUT + ")", AGAIN),
             unless=WHAT_IF + r"|(?:ねずみ|鼠|ねづみ|いのしし|猪|しか|鹿|くま|熊|さる|猿|からす|カラス|たぬき|狸"
                    r"|はくびしん|ハクビシン|かぜ|風|ゆき|雪)(?:が|に|さ)"),
        rule("stalking", "stalking",
             _with(r"(?:" + CROP + r")(?:が|も|は|を|の|だけ)?[^\n]{0,20}?(?:" + STOLEN + r")|(?:" + FARM_STORE
                   + r")(?:が|も|は|を|の|だけ)?[^\n]{0,20}?(?:" + STORE_TAKEN + ")", AGAIN),
             unless=WHAT_IF + "|" + NOT_THEFT),
    )
