"""Someone gone out into danger at night (round 52, wide54b - the town at night and travel): a drunk person who drove
off at the wheel, a resident or a patient not in their room with an exit left open or gone out in nightclothes, and
an end told ("I'll finish it all") by someone now walking towards a bridge, the tracks or a cliff. All three are for
the police (110): the car is to be stopped, the person to be found."""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, PEOPLE, Rule, rule

# Drunk, told by the drink or by how the person looks (酔って, 酒を飲んだ, 真っ赤な顔で足元がふらついて).
DRUNK = (r"(?:(?<!に)よ(?:って|った)|酔(?:って|った)|よっぱら|酔っぱら|酔っ払|よっぱっ"
         r"|(?:さけ|酒|びーる|ビール)(?:っこ)?(?:を)?(?:のんで|飲んで|のんだ|飲んだ)"
         r"|まっかなかお|真っ赤な顔|あしもと(?:が)?ふらつ|足元(?:が)?ふらつ|ちどりあし|千鳥足"
         # round 55: drunk told by how much (泥酔, べろべろ, へべれけ, 酔いつぶれ)
         r"|でいすい|泥酔|べろべろ|へべれけ|よいつぶれ|酔いつぶれ|酔い潰れ)")
# At the wheel and away: driving off, or getting in and driving away (運転して行った, 車に乗り込んで走っていった).
DROVE_OFF = (r"(?:(?:じぶんで|自分で)?(?:うんてん|運転)(?:して|しはじめ|し始め)"
             r"|(?:くるま|車)に(?:のりこ|乗り込)(?:んで|み)"
             r"|はんどるを(?:にぎ|握)|ハンドルを(?:にぎ|握))"
             r"[^\n]{0,30}?(?:はしって|走って|はしり|走り|いきました|いった|いっちゃ|行きました|行った|行っちゃ|でていっ|出ていっ"
             r"|でてっ|出てっ|さっていっ|去っていっ)")
# About to drive, told now (運転しようとしてる, 運転席に乗り込もうとしてる, 車で帰るって聞かない, キーを握って離さない):
# the car is still to be stopped - round 55 (blind55b's drunk friend read 119 by the n-gram).
ABOUT_TO_DRIVE = (r"(?:(?:うんてん|運転)(?:しよ|して(?:かえろ|帰ろ|いこ|行こ))"
                  r"|(?:くるま|車)(?:で|に)(?:かえろ|帰ろ|のろ|乗ろ)"
                  r"|(?:うんてんせき|運転席)に(?:のりこも|乗り込も|すわろ|座ろ|のろ))う?と(?:して|する)"
                  r"|(?:うんてん|運転)(?:して)?(?:かえる|帰る|いく|行く|する)(?:って|と)(?:いって)?[^\n]{0,6}?"
                  r"(?:きかない|聞かない|きかね|聞かね|きかなく|聞かなく|いいは|言い張|ゆずらな|譲らな)"
                  r"|(?:くるま|車)(?:で|さ|に)(?:のって|乗って)?(?:かえる|帰る)(?:って|と)[^\n]{0,6}?(?:きかない|聞かない|きかね|聞かね|いいは|言い張)"
                  r"|(?:きー|キー|かぎ|鍵)(?:を)?(?:にぎって|握って|もって|持って)(?:はなさ|離さ|かえさ|返さ|わたさ|渡さ)")
# ... stopped or left behind: a taxi or a driver called, the keys taken, the idea given up (タクシーで帰った, 代行を
# 呼んだ, 鍵を取り上げた, 諦めてくれた)
NOT_DRIVING_AFTER_ALL = (r"たくしー|タクシー|だいこう|代行|(?:とりあげ|取り上げ)(?:た|まし)"
                         r"|(?:あきらめ|諦め)(?:た|て|まし)"
                         r"|(?:とめ|止め)(?:られ)?(?:た|まし)(?:ので|から|た)")
# Told as a plan, a rule or a worry, not a car on the road now (飲んだら運転しないように, 運転して帰るって言ってる).
NOT_DRIVEN_NOW = (r"ように|ちゅうい|注意|(?:た|だ)ら(?:どう|どこ|なに|何|いい|だめ)|とき(?:は|の)"
                  r"|ばっきん|罰金|ほうりつ|法律"
                  r"|もし|つもり|かも")
# A room, a bed or the home (部屋にいない, ベッドにも姿がない) and an exit found open or a person gone out in
# nightclothes or barefoot (非常口が開いて, パジャマのまま, 靴がない).
NOT_IN_ROOM = (r"(?:へや|部屋|べっど|ベッド|ふとん|布団|しんしつ|寝室|いえ|家)(?:に|の(?:なか|中)に|さ)(?:も)?"
               r"(?:いな|いね|おらん|おりません|みあたら|見当たら|すがたが(?:な|み)|姿が(?:な|見))")
WAY_OUT_OPEN = (r"(?:(?:ひじょうぐち|非常口|ひじょうとびら|非常扉|げんかん|玄関|うらぐち|裏口|まど|窓|どあ|ドア)"
                r"(?:の)?(?:かぎ|鍵)?"
                r"(?:が|も)?(?:あい|開い|あけ|開け|はず|外)"
                r"|(?:ぱじゃま|パジャマ|ねまき|寝間着|寝巻)(?:の)?(?:まま|すがた|姿)|(?:はだし|裸足)(?:の)?(?:まま|で)"
                r"|(?:くつ|靴)(?:が|も)(?:ない|なく|ありません))")
# Found again (トイレにいました, 見つかりました): not someone missing.
FOUND_AGAIN = (r"みつかった|見つかった|みつかりました|見つかりました|(?:に|で)(?:いました|おりました)"
               r"|もどって(?:き|まいり)|戻って(?:き|まいり)")
# An end told (全部終わりにする, もう楽になりたい, 消えたい), then the person walking towards a place to jump from.
END_TOLD = (r"(?:おわりにする|終わりにする|おわりにします|終わりにします|おわりにいたします|終わりにいたします"
            r"|おしまいにする|おわらせる|終わらせる"
            r"|らくになりたい|楽になりたい"
            r"|しにたい|死にたい|きえたい|消えたい)")
LEAP_PLACE = (r"(?:はし(?!ご)|橋|せんろ|線路|ふみきり|踏切|がけ|崖|おくじょう|屋上|だむ|ダム|たき|滝|がんぺき|岸壁"
              r"|てっきょう|鉄橋|ほどうきょう|歩道橋)")
TOWARDS = (r"(?:の)?(?:ほう|方)?(?:に|へ|さ)[^\n]{0,8}?(?:あるいて|歩いて|むかって|向かって|いっ|行っ|はしって|走って)")
NOT_AN_END_TOLD = (r"(?:た|だ)ら|とき|どらま|ドラマ|しょうせつ|小説|えいが|映画|じょうだん|冗談"
                   r"|げーむ|ゲーム")


def gone_out_sign_rules() -> tuple[Rule, ...]:
    """Rules for someone gone out into danger (all 110)."""
    return (
        # a drunk person who drove off (酔った客が自分で運転して行っちゃった, 千鳥足の男が車に乗り込んで走り去った)
        rule("road_danger", "police", DRUNK + r"[^\n]{0,40}?" + DROVE_OFF, unless=NOT_DRIVEN_NOW),
        # a drunk person about to drive now (泥酔した友達が運転しようとしてる、止めても聞かない): a danger on the road
        # about to happen - the police can still stop the car
        rule("road_danger", "police", DRUNK + r"[^\n]{0,40}?(?:" + ABOUT_TO_DRIVE + ")",
             has_negation=True, unless=NOT_DRIVEN_NOW + "|" + NOT_DRIVING_AFTER_ALL),
        # a resident not in their room and the way out open, or gone out in nightclothes (施設の入所者が部屋に
        # いなくて裏口が開いてた; 父が寝室にいない、パジャマのまま出たらしい), in either order
        rule("missing_person", "police",
             NOT_IN_ROOM + r"[^\n]{0,30}?" + WAY_OUT_OPEN + r"|" + WAY_OUT_OPEN + r"[^\n]{0,30}?" + NOT_IN_ROOM,
             needs=PEOPLE + r"|にゅうきょしゃ|入居者|にゅうしょしゃ|入所者|にんちしょう|認知症",
             unless=FOUND_AGAIN + "|" + ANIMAL_VETO),
        # an end told and the person walking towards a bridge, the tracks or a cliff now (「もう終わりにする」と
        # 言って踏切のほうへ歩いていった)
        rule("suicide_threat", "police",
             END_TOLD + r"(?:の|わ|よ|ね)?(?:」|って|と)[^\n]{0,40}?" + LEAP_PLACE + TOWARDS,
             unless=NOT_AN_END_TOLD),
    )
