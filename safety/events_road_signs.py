"""Roads and vehicles told by what happened (110), gathered in round 44 from the long-tail rules of round 43 (wide45,
wide45b, wide45c: events_long_tail_signs, events_mishap_signs, events_wide_tail_signs) and read right after them:
vehicles that touched (軽トラが車と接触, 後ろの車にこすられ), a car stuck on a railway crossing with a train to come,
traffic lights out with cars nearly colliding, a car that hit another or a wall and drove off, the car ahead swaying
or running a red light - a collision or a danger on the road now, for the police."""

from __future__ import annotations

from safety.events_outdoor_signs import PAST_COLLISION_ACHING
from safety.rule import ANIMAL, FICTION, Rule, rule

# Vehicles that touched: a car or a small truck, then contact or a knock (接触, 当てられ, こすった).
VEHICLE = (r"(?:くるま(?!いす)|車(?!いす|椅子)|けいとら|軽とら|軽虎|とらっく|ばいく|じてんしゃ|自転車"
           r"|しゃ(?=と|に|が))")
# (round 58: not one's own head or knee knocked on a car - 車さ頭ぶつけだ, 車に膝をぶつけた: a knock to ask about;
# blind57b)
OWN_BODY_PART = "".join(f"(?<!{part})(?<!{part}を)" for part in (
    "あたま", "頭", "おでこ", "ひたい", "額", "かお", "顔", "ひざ", "膝", "すね", "脛", "こし", "腰", "かた", "肩",
    "あし", "足", "うで", "腕", "ひじ", "肘", "せなか", "背中", "むね", "胸", "ゆび", "指"))
TOUCHED = (r"(?:せっしょく|接触)(?:し|事故|じこ|さ|を)|(?:あて|当て)(?:られ|ちゃ|てしま|た)"
           r"|こすっ|擦っ|こすられ|擦られ|こすり|擦り|" + OWN_BODY_PART + r"ぶつけ(?:ちゃ|てしま|た|られ)")
# ... a collision being settled by insurers or a repair shop, a habit told (最近車をよくこすってくるので, 免許
# の返納), or a game or a dream: not 110 now
SETTLED_COLLISION = (r"しょうめい|証明|ほけん|保険|しゅうり|修理|みつもり|見積|げーむ|ゲーム|ゆめ|夢"
                     r"|らじこん|ラジコン|よく[^\n]{0,2}?(?:こす|擦|あて|当て|ぶつけ)|しょっちゅう|たびたび"
                     r"|へんのう|返納")

# A vehicle stuck on a railway crossing (踏切で軽トラ線路さはまって動がねぐなって, 踏切の中で車が脱輪して), the
# barrier down or the bell ringing (遮断機が下りて, 警報鳴ってっぺ, カンカン なってる); not one waiting before it.
CROSSING = r"(?:ふみきり|踏切|踏み切り)(?!の?(?:てまえ|手前))"
TRAIN_COMING = (r"しゃだんき|遮断機|けいほう|警報|かんかん|カンカン|でんしゃ|電車|れっしゃ|列車|きしゃ|汽車"
                r"|しんごう(?:が)?(?:な|鳴)")
STUCK = (r"(?:はまっ|嵌まっ|とまっ|止まっ|停まっ|たちおうじょう|立ち往生|だつりん|脱輪|えんすと|エンスト"
         r"|うご(?:か|け)(?:な|ね)|動(?:か|け)(?:な|ね))")
VEHICLE_OR_FARM_MACHINE = (r"(?:くるま|車|とらっく|トラック|けいとら|軽トラ|ばいく|バイク|とらくたー|トラクター"
                           r"|こううんき|耕運機)")

# A railway crossing whose barrier or bell failed - up, open, not coming down, silent, broken (踏切の遮断機が上がった
# ままなのに電車が, 警報機が鳴ってないのに電車が来た) - with a train coming (round 46, blind47a: 119 by the n-gram).
CROSSING_GUARD = r"(?:しゃだんき|遮断機|しゃだんかん|遮断桿|けいほうき|警報機|けいほう|警報|かんかん|カンカン)"
GUARD_FAILED = (r"(?:あがった|上がった|あがって|上がって|あいた|開いた|あいて|開いて|ひらいた|ひらいて"
                r"|(?:おり|下り|降り)(?:て(?:い|こ)?)?(?:ない|ねえ|ね|ません|ず)"
                r"|(?:なら|鳴ら|なって|鳴って)(?:い)?(?:ない|ねえ|ね|ません|ず)|こわれ|壊れ|こしょう|故障)")
TRAIN_APPROACHING = (r"(?:でんしゃ|電車|れっしゃ|列車|きしゃ|汽車)(?:が)?[^\n]{0,6}?"
                     r"(?:くる|来る|きた|来た|きて|来て|きま|来ま|きそう|来そう|ちかづ|近づ|とおっ|通っ|とおる|通る"
                     r"|はしって|走って|みえて|見えて|みえる|見える|(?:く|き|来)っ(?:つぉ|つお|ぞ|ど))")

# Traffic lights out at a crossing (信号が消えて, 信号機が真っ暗, 停電で信号が) with cars nearly colliding.
SIGNAL = r"しんごう|しんこう|信号|しんしょう"
SIGNAL_OUT = (r"(?:きえ|消え|ついて(?:ない|なく|ねえ|ね|いない|おりません|ません)|つかな|点かな|まっくら|真っ暗"
              r"|とまって|止まって|ていでん|停電|こしょう|故障|うごいて(?:ない|ねえ)|動いて(?:ない|ねえ))")
NEAR_COLLISION = (r"(?:ぶつか|ぶづか|しょうとつ|衝突|じこ(?:に|が)?[^\n]{0,2}?(?:なり|おき|起き))"
                  r"(?:り|る|っ|す|し)?そう"
                  r"|ぶつかっか|ぶつかるか|つっこん|突っ込ん|つっこんで|あぶな|危な|おっかな")

# A car that dented or hit another car or a wall and drove off (そのまま出ていった): a hit-and-run.
DAMAGED = (r"へこま|凹ま|へこん|凹ん|へこませ|凹ませ|きず(?:を)?つけ|傷(?:を)?つけ|こわし|壊し|ぶつか|ぶつけ"
           r"|あて(?:て|た|られ)|当て(?:て|た|られ)|こす(?:って|った)|擦(?:って|った)")
DROVE_OFF = (r"(?:そのまま|だまって|黙って|なにも(?:いわ|言わ)ず|何も言わず)[^\n]{0,12}?"
             r"(?:いって|行って|いっちゃ|行っちゃ|でていっ|出ていっ|でてった|出てった|はしりさ|走り去|さって|去って"
             r"|さった|去った|にげ|逃げ|はしって|走って|いなくな|居なくな|きえ|消え)"
             r"|にげて(?:いっ|った|い)|逃げて(?:いっ|った|い)|にげてった|逃げてった|にげられ|逃げられ")
CAR_OR_WALL = (r"くるま(?!いす)|車(?!いす|椅子)|わごん|ワゴン|けいとら|軽トラ|とらっく|トラック|けいじどうしゃ|軽自動車"
               r"|へい|塀|かべ|壁|ふぇんす|フェンス|かきね|垣根|どあ|ドア")

# The car ahead swaying or running a red light (左右に揺れて, ふらふら, 赤信号もそのまま抜けて).
CAR_AHEAD = (r"(?:まえ|前|まえを(?:はしる|走る|いく|行く)|前を(?:走る|行く))(?:の)?[^\n]{0,4}?"
             r"(?:くるま|車|けいとら|軽トラ|とらっく|トラック|わごん|ワゴン|ばん|バン)")
ERRATIC = (r"(?:さゆう|左右|みぎひだり|右左|みぎへひだりへ|右へ左へ)(?:に|へ)?[^\n]{0,4}?"
           r"(?:ゆれ|揺れ|ふら|ぶれ|はみだ|はみ出)"
           r"|ふらふら|ふらつ|よろよろ|だこう|蛇行|じぐざぐ|ジグザグ"
           r"|(?:あかしんごう|あかしんこう|赤信号|しんごうむし|信号無視)(?:も|を)?[^\n]{0,6}?"
           r"(?:ぬけ|抜け|つっき|突っ切|むし|無視|つっこ|突っ込|とおりす|通り過|わたっ|渡っ)")


def road_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("traffic_accident", "police",
             VEHICLE + r"(?:と|に|が|は|を|どうし|同士)?[^\n]{0,10}?(?:" + TOUCHED + ")",
             unless=SETTLED_COLLISION + "|" + ANIMAL + "|" + PAST_COLLISION_ACHING),
        # a car stuck on a railway crossing, a train to come: the police stop the trains (110), not a rescue
        rule("road_danger", "police",
             CROSSING + r"[^\n]{0,16}?" + VEHICLE_OR_FARM_MACHINE + r"[^\n]{0,16}?" + STUCK,
             has_negation=True, needs=TRAIN_COMING),
        # a crossing's barrier or bell failed with a train coming: the police stop the trains (110)
        rule("road_danger", "police",
             CROSSING + r"[^\n]{0,12}?" + CROSSING_GUARD + r"(?:が|も|は|さ)?[^\n]{0,8}?" + GUARD_FAILED,
             has_negation=True, needs=TRAIN_APPROACHING,
             unless=FICTION + r"|きのう|昨日|せんしゅう|先週|なおっ|直っ|ふっきゅう|復旧|むかし|昔|ゆめ|夢"),
        rule("road_danger", "police",
             r"(?:" + SIGNAL + r")(?:き|機)?(?:が|は|も|さ)?[^\n]{0,12}?(?:" + SIGNAL_OUT + r")[^\n]{0,40}?(?:"
             + NEAR_COLLISION + ")",
             unless=FICTION + r"|もし|きのう|昨日|せんしゅう|先週|なおっ|直っ|ふっきゅう|復旧"),
        rule("traffic_accident", "police",
             r"(?:" + CAR_OR_WALL + r")[^\n]{0,16}?(?:" + DAMAGED + r")[^\n]{0,16}?(?:" + DROVE_OFF + ")",
             unless=FICTION + r"|ゆめ|夢|げーむ|ゲーム|ほけん|保険|きょねん|去年|せんげつ|先月"),
        rule("road_danger", "police",
             r"(?:" + CAR_AHEAD + r")[^\n]{0,40}?(?:" + ERRATIC + ")",
             unless=FICTION + r"|げーむ|ゲーム|じぶん|自分|せんしゅう|先週|きのう|昨日|ゆき|雪|かぜ|風|じゃり|砂利"),
    )
