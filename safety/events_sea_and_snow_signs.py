"""Someone clinging to something in the sea or a river, and a wall of snow left on a lane that cars run onto (round
51, helper A99: kinds round 50 left alone, wide52 and wide52b).

- *clinging in the water* (``clinging_in_water``, 119): a person in the sea, a river or the waves holding on to a
  tetrapod, a block, a rock or a branch (テトラの間で海に浸かったまま、ブロックにしがみついてる; 波をかぶりながら岩に
  つかまってる) - a rescue from the water, as the set labels every such telling (the angler first read as a missing
  person, 110, since 姿が見えなくて came first). Not a child holding a float in a pool, a handrail, nor a story;
- *snow left on a lane* (``road_danger``, 110): a wall, a bank or a heap of snow left on a lane or a road after the
  ploughing, with a car running onto it or braking hard (雪の壁が残ってて…車がどんっと乗り上げて) - a danger on the
  road for the police; not snow in front of one's own gate asked about (家の前に雪の壁ができて車が出せません: the
  plough's timetable).

Round 53 (helper A109, wide55b): *a jump into the water said at its edge* (``suicide_threat``, 110) - someone on a
quay, a pier, a breakwater or a bridge saying they will jump now (岸壁のはしで泣きながら「もう飛び込む」って言ってる):
the threat the police intervene in, as the place-and-despair rule of :mod:`safety.events_emergency_signs` reads it when
the place comes right before the verb. Not a swim, a dive or a jump for fun (海水浴, プール, 飛び込み台, はしゃいで).
"""

from __future__ import annotations

from safety.events_line_signs import JUMP_FOR_FUN as JUMP_IN_PLAY
from safety.rule import COMIC, FILM, PEOPLE, Rule, rule

# In the water: the sea, a river, the waves (海に浸かったまま, 波をかぶって, 川の中で) ...
# (round 55: おき is 沖 only before a particle - not 起き, the reading of getting up: 起き上がった途端に…壁につかまって;
# wide57 - and not before で, which devoiced is 起きて)
IN_WATER = (r"うみ|海|かわ(?![るりいっ])|川|なみ|波|みず(?:に|の)(?:なか|中)|水(?:に|の)(?:なか|中)"
            r"|おき(?=に|の|へ|さ|まで|から)|沖"
            r"|つか(?:った|って)|浸か")
# ... holding on to something (しがみついてる, つかまってる, 掴まって).
CLINGING = r"しがみつ|しがみづ|つかまって(?:る|い|ま)|掴まって(?:る|い|ま)|つかまったまま|掴まったまま"
CLINGING_IN_WATER = (r"(?:" + IN_WATER + r")[^\n]{0,30}?(?:" + CLINGING + r")"
                     r"|(?:" + CLINGING + r")[^\n]{0,20}?(?:なみ|波)(?:を|が|も)?[^\n]{0,6}?(?:かぶ|被|くる|来る)")
# Not a pool's float or a handrail, a dream or a story, a cat on a branch.
NOT_IN_DANGER = (r"ぷーる|プール|うきわ|浮き輪|てすり|手すり|ゆめ|夢|" + FILM + r"|どらま|ドラマ|" + COMIC
                 + r"|ねこ|猫|いぬ|犬|うかんで(?:る|い)")

# The water's edge: a quay, a pier, a breakwater, a bridge, a cliff (岸壁のはし, 桟橋, 防波堤の先) ...
WATER_EDGE = (r"がんぺき|岸壁|ふとう|埠頭|さんばし|桟橋|ぼうはてい|防波堤|ていぼう|堤防|はとば|波止場|みなと|港"
              r"|はし(?!ご)|橋|がけ|崖|だむ|ダム")
# ... and a jump said as one's own, now (「もう飛び込む」って, 今から飛び込むと言って).
JUMP_SAID = (r"(?:もう|いまから|今から|これから|ほんとに|本当に)(?:うみ|海|かわ|川)?(?:に|さ|へ)?"
             r"(?:とびこむ|飛び込む|とびこみます|飛び込みます|とびおりる|飛び降りる|とぶ|飛ぶ)"
             r"(?:ね|わ|よ|から)?(?:」|って|と(?:いって|言って|いう|言う|さけ|叫))")
# Not a swim, a dive or a jump for fun: the play words of a jump off a line (events_line_signs) and the sea's own.
JUMP_FOR_FUN = (JUMP_IN_PLAY + r"|ぷーる|プール|だいびんぐ|ダイビング|ばんじー|バンジー"
                r"|はりき|張り切|たのし|楽し|あそ|遊")

# Snow left on a lane: a wall, a bank or a heap (雪の壁, 雪の山, 雪のかたまり, 雪庇) ...
SNOW_LEFT = (r"(?:ゆき|雪)の(?:かべ|壁|やま|山|かたまり|塊)|せっぴ|雪庇|ゆきやま|雪山"
             r"|(?:じょせつ|除雪)[^\n]{0,10}?(?:のこ|残)")
# ... on a lane or a road ...
LANE = r"しゃせん|車線|しゃどう|車道|どうろ|道路|こくどう|国道|けんどう|県道|みち|道|こうさてん|交差点|かーぶ|カーブ"
# ... with a car running onto it, into it or braking hard.
RUN_ONTO = (r"のりあげ|乗り上げ|つっこ|突っ込|ぶつか|しょうとつ|衝突|きゅうぶれーき|急ブレーキ|すりっぷ|スリップ"
            r"|はねあが|跳ね上が")
VEHICLE = r"くるま|車|とらっく|トラック|ばいく|バイク"
SNOW_ON_THE_LANE = (r"(?:" + SNOW_LEFT + r")[^\n]{0,50}?(?:" + VEHICLE + r")(?:が|も)?[^\n]{0,20}?"
                    r"(?:" + RUN_ONTO + ")")
# Not one's own gate or drive, nor a ski slope.
NOT_ON_THE_ROAD = r"いえのまえ|家の前|げんかん|玄関|しゃこ|車庫|すきー|スキー|げれんで|ゲレンデ|もし|ように"

# round 52: a snowstorm told by what it does, with no warning or disaster word (今夜は風と雪がひどくなる…前が
# 真っ白で何も見えなく…道が閉まるかどうか; wide53b, read none): the disaster page. A storm's words (風と雪, 吹雪,
# 大雪, 雪がひどく) ...
SNOWSTORM = (r"(?:かぜ|風)と(?:ゆき|雪)|(?:ゆき|雪)と(?:かぜ|風)|ふぶき|吹雪|ぼうふうせつ|暴風雪|おおゆき|大雪"
             r"|ごうせつ|豪雪|どかゆき|ドカ雪|(?:ゆき|雪)(?:が|も)?(?:ひどく|ひどい|ひでえ|ひでぐ|つよく|強く|はげしく|激しく|すごく)")
# ... and the roads or the view it takes (前が真っ白, 何も見えない, 通行止め, 道が閉まる, 閉じ込められ, 立ち往生).
SNOWED_OUT = (r"(?:まえ|前)(?:が|も)?(?:まっしろ|真っ白|みえな|見えな|みえね|見えね)"
              r"|(?:なにも|何も|なんも)(?:みえ|見え)(?:な|ね)|視界|ほわいとあうと|ホワイトアウト"
              # (kana しかい only with how the view is: the devoiced 牛がいる, うしかいる, holds it)
              r"|しかい(?:が|か|は|も)?(?:わる|ぜろ|ゼロ|きかな|きかね|まっしろ|ない|なくな|ほとんど)"
              r"|つうこうどめ|通行止め|とじこめ|閉じ込め|たちおうじょう|立ち往生"
              r"|(?:みち|道|どうろ|道路|こくどう|国道)(?:が|は)?[^\n]{0,4}?(?:しま|閉ま|とざさ|閉ざさ|ふさが|塞が"
              r"|うま|埋ま|とおれ|通れ|とおらんね)")
SNOWSTORM_TOLD = (r"(?:" + SNOWSTORM + r")[^\n]{0,60}?(?:" + SNOWED_OUT + ")"
                  + r"|(?:" + SNOWED_OUT + r")[^\n]{0,30}?(?:" + SNOWSTORM + ")")
# Not a memory, a story, a game in the snow or a trip to the slopes (昔…雪に閉じ込められた, 雪合戦, スキー場).
NOT_A_STORM_NOW = (r"むかし|昔|こどものころ|子どものころ|子供のころ|" + FILM + r"|どらま|ドラマ|" + COMIC
                   + r"|げーむ|ゲーム|ゆきがっせん|雪合戦|ゆきあそび|雪遊び|すきー|スキー|げれんで|ゲレンデ"
                   r"|きれい|綺麗|そなえ|備え")


def sea_and_snow_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("clinging_in_water", "medical", CLINGING_IN_WATER, needs=PEOPLE + r"|なかま|仲間|つれ|連れ|ひと|人",
             unless=NOT_IN_DANGER),
        rule("road_danger", "police", SNOW_ON_THE_LANE, needs=LANE, unless=NOT_ON_THE_ROAD),
        rule("snowstorm", "disaster", SNOWSTORM_TOLD, unless=NOT_A_STORM_NOW),
        rule("suicide_threat", "police", JUMP_SAID, needs=WATER_EDGE, unless=JUMP_FOR_FUN),
    )
