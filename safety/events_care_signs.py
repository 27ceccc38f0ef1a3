"""Emergencies met while living with care - a carer at the end of their strength, an implanted device, a care home -
told in words the earlier rules did not read (round 45, helper A75: wide47b's missed emergencies).

Each rule reads one situation *kind*, over its parts rather than a set phrase (the tests in
tests/safety/test_events_care_signs.py hold tellings written for this module, in several styles):

- 110: a carer's message that they will take the person they care for with them in death (道連れにして死ぬ,
  母と心中する) - a life in danger now, as a farewell message is;
- 119: an implanted defibrillator (除細動器, ICD) firing again and again (三回もドンと, なんかいも ばちっと), or
  firing with the wearer pale, faint or fallen;
- 110: a rock or boulder lying on a road (道路のまん中に石がごろん) with cars swerving round it into the other lane
  or braking hard - an obstacle for the police, as a fallen tree is;
- 110: care staff hitting a resident or user right now, the verb also in its Tohoku voiced form (ひっぱたいでん);
  not a back patted to clear a choke, nor shoulders patted (背中を叩いています).

- 119 (round 51, wide53b): someone seen through a glass door or a window lying on the floor and only waving a hand
  (床に横になったまま手を振って, 玄関で寝たまま手だけ動かして) - a person who fell and cannot get up to open the
  door, as a meal-delivery visitor or a postman finds one.

A story, a news item, a supposition or a past event is not one (``NOT_NOW``).
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule
from safety.rule import on_its_line_with as _with

# A story, news, a supposition, a past event or a precaution: nothing happening now.
NOT_NOW = (FICTION + r"|にゅーす|ニュース|じけん|事件|きじ|記事"
           r"|しょうせつ|小説|もしも|(?<![ぁ-ゖ])もし(?!れ|な|ま|て|た)"
           r"|きょねん|去年|むかし|昔|ないように|ふせぐ|防ぐ|よぼう|予防")

# Taking the cared-for person along in death (道連れにして死ぬ, 母と心中する, 無理心中).
MURDER_SUICIDE = (r"(?:みちづれ|道連れ)(?:に)?(?:して|し|する|します|すると|にする)?[^\n]{0,8}?"
                  r"(?:しぬ|死ぬ|しにます|死にます|しの|死の|しん(?:で|じゃ)|死ん(?:で|じゃ)|いく|行く|いきます|行きます|逝|ゆく"
                  r"|おわり|終わり|する|します)"
                  r"|むりしんじゅう|無理心中|(?:しんじゅう|心中)(?:する|します|しよう|しま(?:す|しょう)|って|と)")

# An implanted defibrillator (除細動器を埋めて, 胸のICD, 植え込み型) ...
DEFIBRILLATOR = r"じょさいどうき|除細動器|助細動器|あいしーでぃー|ICD|ｉｃｄ|icd"
# ... firing (ドンと電気が走り, ばちっと, バチンと作動, ショックが) ...
FIRING = (r"でんき(?:が)?[^\n]{0,3}?(?:はし|走)|電気(?:が)?[^\n]{0,3}?(?:はし|走)|ばち(?:っ|ん|ばち)|バチ(?:ッ|ン|バチ)"
          r"|どん(?:と|っ)|ドン(?:と|ッ)|さどう|作動|しょっく|ショック|びりっ|ビリッ|ばん(?:と|っ)")
# ... again and again (三回も, 何回も, 続けて) or with the wearer pale, faint or fallen.
AGAIN_OR_FAINT = (r"(?:[2-9２-９二三四五六七八九]|なん|何)(?:かい|回|ど|度)(?:も|め|目)"
                  r"|つづけて|続けて|たてつづけ|立て続け"
                  r"|なんども|なんかいも|れんぞく|連続"
                  r"|(?:かお|顔)(?:いろ|色)?(?:が|も)?[^\n]{0,2}?(?:まっしろ|真っ白|まっさお|真っ青|あおじろ|青白)"
                  r"|(?:き|気)を(?:うしな|失)|いしき|意識|たおれ|倒れ|ぐったり|もうろう|朦朧")

# A rock or boulder on a road (道路のまん中に石がごろん, 大きい岩が落ちてて) ...
ROCK = r"(?<![ぁ-ゖ])いし(?=が|も|は|ころ|ごろ)|石(?!巻|油|鹸|けん|川|田|井|原|橋)|いわ(?=が|も|は)|岩"
ROAD = (r"どうろ|道路|しゃせん|車線|かーぶ|カーブ|とうげ|峠"
        r"|こくどう|国道|けんどう|県道|みちのまんなか|道のまん中|道の真ん中")
LYING = r"ある|あっ|おち|落ち|ころが|転が|ごろん|ごろっ|ふさ|塞"
# ... and cars swerving round it or braking (反対車線にはみ出して, 急ハンドル, 急ブレーキ).
SWERVING = (r"はみだ|はみ出|たいこうしゃせん|対向車線|はんたいしゃせん|反対車線|きゅうはんどる|急ハンドル"
            r"|きゅうぶれーき|急ブレーキ|のりあげ|乗り上げ")

# Care staff (職員, ヘルパー, 介護士) hitting someone (何回もひっぱたいでん, 叩いてる) ...
CARE_STAFF = (r"しょくいん|職員|へるぱー|ヘルパー|かいごし|介護士|かいごふくしし|介護福祉士|すたっふ|スタッフ"
              r"|かんごし|看護師")
HITTING = (r"(?:ひっぱたい|ひっぱだい"
           r"|はたい|はだい|たたい|叩い|ぶったたい|ぶっ叩い|なぐっ|殴っ|けっ|蹴っ|けとばし|蹴飛ばし"
           r"|ぶっ)(?:て|で)(?:る|ん|い|ま|お|っ)")
# ... right now (今, まだやってる, 目の前で).
# (not the いま of ていません, います)
RIGHT_NOW = r"いま(?!せ|す|し)|今(?!日|年|月|週|度|回|後|朝)|まだ(?:やって|つづ|続)|めのまえ|目の前"

# Lying on the floor (床に横になったまま, 玄関で寝たまま, 廊下に倒れたまま, 畳さ寝だまんま) ...
ON_THE_FLOOR = (r"(?:ゆか|床|げんかん|玄関|ろうか|廊下|たたみ|畳|だいどころ|台所)"
                r"(?:に|で|さ|の(?:うえ|上)(?:に|で))[^\n]{0,4}?"
                r"(?:ねた|寝た|ねてる|寝てる|よこになった|横になった|よこたわった|横たわった|たおれた|倒れた"
                r"|ねころんだ|寝転んだ|うつぶせの|うつぶせになった|あおむけの|仰向けの)(?:まま|まんま)")
# ... and only a hand moving, waved at the one outside (手を振って, 手だけ振って, 手だけ動かして; 降って: a
# recogniser's 振って).
ONLY_A_HAND = (r"(?:て|手)(?:を|だけ|だけを)?[^\n]{0,4}?(?:ふっ|振っ|降っ|ふり|振り|うごかし|動かし|あげ|上げ)")


def care_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("suicide_threat", "police", MURDER_SUICIDE, unless=NOT_NOW),
        rule("device_shocks", "medical",
             _with(r"(?:" + DEFIBRILLATOR + r")[^\n]{0,40}?(?:" + FIRING + ")", AGAIN_OR_FAINT),
             unless=NOT_NOW + r"|せつめい|説明|しくみ|仕組み|けんしん|検診|ていきけんさ|定期検査|かな(?:\?|？)"),
        rule("road_danger", "police",
             _with(r"(?:" + ROCK + r")[^\n]{0,16}?(?:" + LYING + r")", ROAD) + r"|"
             + _with(r"(?:" + ROAD + r")[^\n]{0,16}?(?:" + ROCK + r")", SWERVING),
             needs=SWERVING,
             unless=NOT_NOW + r"|いしがき|石垣|こいし|小石|じゃり|砂利"),
        rule("cannot_get_up", "medical", r"(?:" + ON_THE_FLOOR + r")[^\n]{0,20}?(?:" + ONLY_A_HAND + r")",
             unless=NOT_NOW + r"|ねこ|猫|いぬ|犬|あかちゃん|赤ちゃん|わらっ|笑っ|てれび|テレビ|すまほ|スマホ"),
        rule("beating", "police",
             _with(r"(?:" + CARE_STAFF + r")(?:が|さんが|の(?:ひと|人)が)[^\n]{0,30}?(?:" + HITTING + ")", RIGHT_NOW),
             unless=NOT_NOW + r"|きのう|昨日|せんしゅう|先週|まえに|前に|うわさ|噂"
                    r"|(?:かた|肩|せなか|背中)(?:を|お)?[^\n]{0,4}?(?:たたい|叩い)"),
    )
