"""Emergencies of the year in Osaki told in words the earlier rules did not read (round 45, helper A74: wide47's
missed emergencies and wrong numbers).

Each rule reads one situation *kind*, over its parts rather than a set phrase (the tests in
tests/safety/test_events_seasonal_signs.py hold tellings written for this module, in several styles):

- 110: fireworks fired at houses, cars or people (ロケット花火を家に向けて撃ってる, 通行人めがけて飛ばして);
- 110: someone pouring fuel at a house and threatening to set it alight (灯油まいて火つけてやる, ライター持って) -
  an arson threat is the police's, not an evacuation;
- 110: someone angry at the door with a tool in hand (スコップ持って戸を叩いて, 出てこいと怒鳴って);
- 119: a vehicle gone into water (用水路に突っ込んで, 川に落ちて) with a person inside who cannot get out or the water
  rising (ドアが開かない, 窓の下まで水) - a rescue before the accident report;
- 119: a heater's flames flaring and not stopping (ストーブにガソリン, 火が上がって止まらない);
- 110: a vehicle counted blocking the road (一台が道をふさいだまま; 車が道を, the older rule's words, do not count);
- 110: a tree fallen or a power line hanging down where people are about to pass (木が倒れて…子どもたちがもうすぐ
  通ります, 電線垂れ下がって…もうすぐ車来る; round 54, blind55a) - a danger on the way, not a city repair asked for;
- 110: something lying across a road or blocking it while cars swerve or brake hard round it (県道の真ん中に横たわって…
  車がよけきれず, 道ふさいでる…車が急ハンドルで; round 56, wide58) - whatever it is, the traffic at risk now.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule
from safety.rule import on_its_line_with as _with

# Fireworks that fly (ロケット花火, 打ち上げ花火, 花火) ...
FIREWORKS = r"はなび|花火|ろけっとはなび|ロケット花火"
# ... aimed at (家に向けて, 窓めがけて, 人を狙って) ...
AIMED = r"むけて|向けて|むかって|向かって|めがけ|目がけ|目掛け|めかけ|ねらって|狙って|うちこ|打ち込|撃ち込"
# ... houses, cars, windows or people.
TARGETS = (r"こっち|こちら|いえ|家|うち|まど|窓|くるま|車|ひと|人|つうこうにん|通行人|こども|子ども|子供"
           r"|いぬ|犬|ねこ|猫|おれ|俺|わたし|私")
# A warning, a rule or a question of manners (人に向けてはいけません, 向けないで): no one is firing.
NOT_FIRING = (r"いけ(?:ない|ません)|だめ|ダメ|きんし|禁止|ないで|ないよう|ちゅうい|注意しましょう|ぜったいに|絶対に")

# Fuel poured or thrown (灯油まいて, ガソリンをかけて) ...
FUEL = r"とうゆ|灯油|がそりん|ガソリン|けいゆ|軽油|あぶら|油"
POURED = (r"まいて|撒いて|まいた|撒いた|まいてる|まき(?:ちら|散ら)|かけて|かけた|ぶちまけ|そそいで|注いで"
          r"|ながして|流して")
# ... and fire threatened or a lighter in hand (火つけてやる, 燃やしてやる, ライター持って; 日付けて, 火付けて as a
# recogniser writes ひつけて).
ARSON = (r"(?:ひ|火|日)(?:を|ぃ|い)?(?:つけ|付け|着け|点け)|もやして|燃やして|もやす|燃やす|やきはら|焼き払|ひだね|火種"
         r"|らいたー|ライター|まっち|マッチ")

# A tool that is a weapon in an angry hand (スコップ, 鍬, 鎌, バット, 鉄パイプ) ...
TOOL = (r"すこっぷ|スコップ|しゃべる|シャベル|くわ|鍬|かま(?=を|もって|持って|ふりまわ|振り回)|鎌|なた|鉈|おの|斧"
        r"|ばっと|バット|ぼくとう|木刀|てつぱいぷ|鉄パイプ|ごるふくらぶ|ゴルフクラブ|つるはし")
HELD = r"もって|持って|もった|持った|ふりまわ|振り回|ふりあげ|振り上げ|かかえ|抱え|にぎって|握って"
# ... at the door, banging or shouting (戸をがんがん叩いて, 出てこいと怒鳴って).
ANGRY_AT_THE_DOOR = (r"(?:と|戸|どあ|ドア|げんかん|玄関|まど|窓|しゃったー|シャッター)(?:を|さ|に)?[^\n]{0,8}?"
                     r"(?:たたい|叩い|たたか|叩か|けって|蹴って|けと|けら|蹴ら|なぐ|殴)"
                     r"|どなって|怒鳴って|どなり|怒鳴り|でてこい|出てこい|でてこ(?:お|ー)|ころす|殺す|ころされ|殺され"
                     r"|ぶっころ|ぶっ殺")

# A vehicle gone into water (用水路に突っ込んで, 川に落ちて, 池にはまって) ...
WATER = r"ようすいろ|用水路|すいろ|水路|かわ|川|ほり|堀|いけ|池|ぬま|沼|うみ|海|みぞ|溝|たんぼ|田んぼ"
VEHICLE = r"くるま|車|けいとら|軽トラ|とらっく|トラック|ばいく|バイク|とらくたー|トラクター"
INTO_WATER = (r"(?:" + WATER + r")(?:に|へ|さ)[^\n]{0,6}?(?:つっこ|突っ込|おち|落ち|おっこち|落っこち|てんらく|転落"
              r"|はま|嵌ま|しずん|沈ん|つか|浸か)")
# ... with a person inside who cannot get out, or the water coming in (ドアが開かない, 窓の下まで水, 出られない).
CANNOT_GET_OUT = (r"(?:どあ|ドア|まど|窓)(?:が|も|は)?[^\n]{0,4}?(?:あかな|開かな|あかね|開かね|あきませ|開きませ)"
                  r"|(?:でられ|出られ|でれ|出れ|ぬけだせ|抜け出せ)(?:ない|なく|ねえ|ません|ず)"
                  r"|(?:みず|水)(?:が)?[^\n]{0,6}?(?:はいって|入って|はいっ|入っ|きて|来て|あが|上が|ふえ|増え|せま|迫)"
                  r"|(?:しずみ|沈み|しずん|沈ん)(?:そう|かけ|はじ|始)")
INSIDE = r"なか|中|うんてんせき|運転席|しゃない|車内|のって|乗って|のった|乗った|うんてん|運転"

# A heater (ストーブ, ヒーター) ...
HEATER = r"すとーぶ|ストーブ|ひーたー|ヒーター|だんぼう|暖房"
# ... its flames flaring and not stopping (火がぼんぼん上がって止まらない, 炎が天井まで).
FLARING = (r"(?:ひ|火|ほのお|炎)(?:ぃ|い|が|も)?[^\n]{0,8}?(?:あが|上が|ふきあが|噴き上が|吹き上が|ふきだ|噴き出|吹き出"
           r"|もえひろが|燃え広が|てんじょう|天井|かーてん|カーテン)[^\n]{0,12}?"
           r"(?:(?:とまら|止まら|とまん|止まん|きえ|消え)(?:ない|ねえ|ね|なく|ません|ず)|(?:とまり|止まり)ません"
           r"|とどく|届く|ついた|ついて|うつっ|移っ)")

# A vehicle counted (一台が, 二台も) blocking the road (道をふさいだまま): the road blocked, a police matter even with
# no one hurt (the vehicle words of ``safety.events_police``'s road rule do not count).
COUNTED_VEHICLE = r"いちだい|一台|(?:[0-9０-９二三四五六七八九十]+|なん|何)台"
ROAD = r"みち|道|どうろ|道路|しゃせん|車線"

# A tree fallen or broken (木が倒れて, 倒木, 大木が折れて; not a tree about to fall, 倒れそう) or a power line down or
# hanging (電線が垂れ下がって, 電線切れで落ちてる) ...
DOWN_ACROSS = (r"(?:(?<![ぁ-ゖ])き|木|たいぼく|大木|とうぼく|倒木)(?:が|も|ぃ|い)?[^\n]{0,3}?"
               r"(?:たおれ|倒れ|折れ)(?!そう|かけ|な|ね)"
               r"|(?:でんせん|電線)(?:が|も|さ|ぃ|い)?[^\n]{0,3}?(?:たれさが|垂れ下が|たれて|垂れて|きれ|切れ|おち|落ち)"
               r"(?!そう|かけ|な|ね)")
# ... and people or vehicles about to come that way (子どもたちがもうすぐ通ります, まもなく車が来る, もうすぐ通学の子が
# 通る); not a worker or a repair crew on the way (もうすぐ業者さんが来ます, 電力会社の人がまもなく来る).
SOON = r"もうすぐ|まもなく|じきに|そろそろ|これから|いまから|今から"
PASSERS = r"くるま|車|こども|子ども|子供|こどもら|じどう|児童|せいと|生徒|ばす|バス|つうがく|通学"
# (passing: 通る, 通ります, 通っ - not と思う read とおもう, 直ると思います)
PASS = r"(?:(?<!る)(?<!た)(?<!だ)(?<!う)とお|通)(?:る|り|っ)"
PASSERS_COMING = (r"(?:" + SOON + r")[^\n]{0,10}?" + PASS
                  + r"|(?:" + SOON + r")[^\n]{0,6}?(?:" + PASSERS + r")(?:ら|たち)?(?:が|も|さ)?(?:く(?:る|っ)|来|きま)"
                  r"|(?:" + PASSERS + r")(?:ら|たち)?(?:が|も|さ)?(?:" + SOON + r")(?:く(?:る|っ)|来|きま|"
                  + PASS + ")")


# Something lying on a road or across it (県道の真ん中に横たわって, 車線をふさいで, 道路ふさいでる) ...
LYING_ACROSS = (r"(?:みち|道|どうろ|道路|しゃせん|車線|こくどう|国道|けんどう|県道|しどう|市道)"
                r"(?:の)?(?:ど)?(?:まんなか|真ん中)?"
                r"(?:を|が|に|さ)?[^\n]{0,6}?(?:ふさ|塞|よこたわ|横たわ)")
# ... and the cars coming on it swerving or braking (車がよけきれず, 車が急ハンドルでよけてる, 次々急ブレーキで)
SWERVING = (r"(?:くるま|車)(?:が|も|は|さ)?[^\n]{0,12}?(?:よけ|避け|きゅうはんどる|急ハンドル|きゅうぶれーき|急ブレーキ"
            r"|ぶつかりそう)")


def seasonal_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("fireworks_aimed", "police",
             r"(?:" + FIREWORKS + r")[^\n]{0,24}?(?:" + TARGETS + r")[^\n]{0,10}?(?:" + AIMED + ")"
             r"|(?:" + FIREWORKS + r")[^\n]{0,12}?(?:" + AIMED + r")[^\n]{0,4}?(?:" + TARGETS + ")",
             unless=FICTION + "|" + NOT_FIRING),
        rule("arson_threat", "police",
             _with(r"(?:" + FUEL + r")(?:を|が|さ)?[^\n]{0,4}?(?:" + POURED + ")", ARSON),
             unless=FICTION + r"|ないように|きをつけ|気をつけ"),
        rule("armed_at_the_door", "police",
             _with(r"(?:" + TOOL + r")(?:を|ば|さ)?[^\n]{0,4}?(?:" + HELD + ")", ANGRY_AT_THE_DOOR),
             unless=FICTION + r"|ないように|きをつけ|気をつけ"),
        rule("vehicle_in_water", "medical",
             _with(r"(?:" + VEHICLE + r")(?:が|ごと|は|さ)?[^\n]{0,12}?(?:" + INTO_WATER + r")[^\n]{0,60}?"
                   r"(?:" + CANNOT_GET_OUT + ")", INSIDE),
             unless=FICTION + r"|ないように|きをつけ|気をつけ|ひきあげ|引き上げ|れっかー|レッカー"),
        rule("heater_flare", "fire",
             _with(FLARING, HEATER),
             has_negation=True,
             unless=FICTION + r"|ないように|きをつけ|気をつけ|(?:けし|消し)(?:た|ました|とめ|止め)"),
        rule("road_blocked", "police",
             r"(?:" + DOWN_ACROSS + r")[^\n]{0,40}?(?:" + PASSERS_COMING + ")",
             unless=FICTION + r"|もし|たら(?:どう|どこ)|きのう|昨日|せんじつ|先日|きょねん|去年|むかし|昔"),
        rule("road_blocked", "police",
             r"(?:" + LYING_ACROSS + r")[^\n]{0,40}?(?:" + SWERVING + ")",
             unless=FICTION + r"|もし|たら(?:どう|どこ)|きのう|昨日|せんじつ|先日|きょねん|去年|むかし|昔"),
        rule("road_blocked", "police",
             r"(?:" + COUNTED_VEHICLE + r")(?:か|が|も)?[^\n]{0,6}?(?:" + ROAD + r")(?:が|を)?(?:ふさ|塞)",
             unless=FICTION + r"|きのう|昨日|せんじつ|先日|けさ|今朝"),
    )
