"""Water told of a thing, a figure of speech or a swimming lesson, not a person in the water (round 50, wide52).

Four kinds the drowning and flood words misread, each closed in
:data:`safety.detect_thing_closures.THING_NOT_PERSON_CLOSURES`:

- a boat adrift or stranded with nobody aboard (誰も乗ってない小さいボートがロープ外れて流されてます, 中州に誰も
  乗ってないボートがひっかかってる): the boat is swept away, not a person - unless someone is told in danger too;
- drowning as a figure of speech for work or papers (確定申告の書類に溺れてる…もう息できない笑, 書類さ埋もれで
  溺れそう): no water is named at all;
- a child who sinks in the water as a swimmer, asked about lessons (水に入るとすぐ沈んでしまう…市のプールで教えて
  もらえる教室): an ability, not an event - unless a sign of someone in trouble is told;
- a river's clarity or level looked at on a camera for a day's fishing (鮎釣り…濁りを見られるライブカメラ): no flood.

And one softening, read in :func:`safety.detect.find`: someone out of the water and talking (:data:`OUT_AND_TALKING`).
"""

from __future__ import annotations

from safety.detect_cues_vessel import VESSEL
from safety.vocabulary import compile_folded

# Someone in trouble in the water, told anywhere in the message: keeps the alarm.
PERSON_IN_TROUBLE = (r"おぼれ(?!る(?:ほど|くらい|ぐらい))|溺れ(?!る(?:ほど|くらい|ぐらい))"
                     r"|たすけて|助けて|たすけを|助けを"
                     r"|いき(?:が|を|して|でき)|息|いしき|意識|ぐったり|みあたら|見当たら|ゆくえ|行方"
                     r"|(?:うかん|浮かん|うい|浮い|あが|上が)(?:って|て)こ|みえな|見えな|いなくな|いねくな"
                     r"|きゅうきゅう|救急|ひきあげ|引き上げ")

# --- a boat with nobody aboard ---
NOBODY_ABOARD = (r"(?:だれ|誰|ひと|人)(?:も|は)?(?:のって|乗って)(?:い)?(?:ない|ねえ|ません|ないです|なかっ)"
                 r"|むじん|無人|(?:なか|中)(?:は|も)?(?:から|空)(?:っぽ)?")
# A boat, also a small one paddled (カヌー, ゴムボート).
BOAT = VESSEL + r"|かぬー|カヌー|かやっく|カヤック|ごむぼーと|ゴムボート"
EMPTY_BOAT = compile_folded(
    r"\A(?=[\s\S]*?(?:" + BOAT + r"))(?![\s\S]*?(?:" + PERSON_IN_TROUBLE + r"))[\s\S]*?(?:" + NOBODY_ABOARD + ")")
# The boat's own drift (流されて) read as a person swept away, and any bare alarm word on it.
EMPTY_BOAT_CANCELLED: frozenset[str] = frozenset({"drowning", "danger_word"})

# --- drowning as a figure of speech ---
# What one "drowns" in that is no water: papers, work, homework, mail, debts, procedures.
BURDEN = (r"しょるい|書類|しごと|仕事|しゅくだい|宿題|かだい|課題|てつづき|手続き|手続|じむ|事務|めーる|メール"
          r"|しんこく|申告|しゃっきん|借金|ざんぎょう|残業|たすく|タスク|でーた|データ|じょうほう|情報")
BODY_OF_WATER = (r"うみ|海|かわ|川|いけ|池|ぬま|沼|ぷーる|プール|ふろ|風呂|ゆぶね|湯船|よくそう|浴槽|すいろ|水路"
                 r"|ようすい|用水|みぞ|溝|みなと|港|はま|浜|みず|水")
FIGURATIVE_DROWNING = compile_folded(
    r"\A(?![\s\S]*?(?:" + BODY_OF_WATER + r"))[\s\S]*?(?:" + BURDEN + r")(?:の(?:やま|山))?(?:に|さ|へ)"
    r"[^\n]{0,10}?(?:おぼれ|溺れ)")
# The drowning word and the breath or alarm words of the same figure (もう息できない笑).
FIGURATIVE_DROWNING_CANCELLED: frozenset[str] = frozenset({"drowning", "danger_word", "not_breathing",
                                                            "vital_signs_absent"})

# --- a swimmer who sinks, asked about lessons ---
SWIMMING = r"およ(?:き|げ|ぐ)|泳(?:ぎ|げ|ぐ)|かなづち|カナヅチ|かなずち"
LESSON = (r"きょうしつ|教室|れっすん|レッスン|すくーる|スクール|ならい|習い|ならわ|習わ|おしえ|教え|こうしゅう|講習"
          r"|すいみんぐ|スイミング")
SINKS = r"しずん|沈ん|しずみ|沈み|しずむ|沈む"
SWIMMER_SINKS = compile_folded(
    r"\A(?=[\s\S]*?(?:" + SWIMMING + r"))(?=[\s\S]*?(?:" + LESSON + r"))(?![\s\S]*?(?:" + PERSON_IN_TROUBLE + r"))"
    r"[\s\S]*?(?:" + SINKS + ")")
SWIMMER_SINKS_CANCELLED: frozenset[str] = frozenset({"drowning"})

# --- a river looked at for a day out ---
# A river's water, clarity or level looked at on a camera for fishing or a day out (鮎釣りに行くので川の濁りを見られる
# ライブカメラ): a plan, not a flood - unless rain, a rise, a warning or fleeing is told.
OUTING = (r"つり|釣り|あゆ|鮎|きゃんぷ|キャンプ|かわあそび|川遊び|かぬー|カヌー|ばーべきゅー|バーベキュー|ぼーと|ボート"
          r"|さんぽ|散歩|しゃしん|写真")
CAMERA = r"かめら|カメラ|らいぶ|ライブ|えいぞう|映像"
FLOOD_TOLD = (r"おおあめ|大雨|ごうう|豪雨|ぞうすい|増水|はんらん|氾濫|あふれ|溢れ|ひなん|避難|けいほう|警報"
              r"|ちゅういほう|注意報|たいふう|台風|せんじょう|線状|あぶな|危な|しんぱい|心配|こわ|怖")
RIVER_LOOKED_AT_FOR_OUTING = compile_folded(
    r"\A(?=[\s\S]*?(?:" + OUTING + r"))(?![\s\S]*?(?:" + FLOOD_TOLD + r"))[\s\S]*?(?:" + CAMERA + ")")
RIVER_LOOKED_AT_CANCELLED: frozenset[str] = frozenset({"evacuation", "flood_seen"})

# --- out of the water and talking ---
# Someone who fell in or went under, out by themselves or pulled out and crying at once, and talking now (自力で上がって
# 帰宅しました…意識ははっきりしています, 引き上げてすぐ泣いた…話はできます): the water is over; the shivering or the
# cough after it is a question for #7119 / #8000. Only the drowning read softens: a sign told with it (息をしていない,
# 呼んでも返事がない) is its own event and still alarms.
OUT_OF_WATER = (r"(?:じりき|自力|じぶん|自分)(?:で)?[^\n]{0,6}?(?:あが|上が|はいあが|這い上が|はい上が|でて|出て)"
                r"|はいあが|這い上が|はい上が"
                r"|(?:すぐ|直ぐ)(?:に)?(?:ひきあげ|引き上げ|引きあげ|たすけあげ|助け上げ)"
                r"|(?:ひきあげ|引き上げ|引きあげ|ひっぱりあげ|引っ張り上げ)(?:て|た)[^\n]{0,12}?(?:すぐ|直ぐ)(?:に)?"
                r"(?:ない|泣い|なき|泣き)")
# (not denied: 話はできない, 返事はしません, 意識はありません)
NOT_DENIED = r"(?!な|ね|ま?せん|ず)"
TALKING_NOW = (r"(?:はなし|話|しゃべ|喋)(?:は|も)?[^\n]{0,6}?(?:でき" + NOT_DENIED + r"|ふつう|普通|ちゃんと|しっかり)"
               r"|(?:しゃべ|喋)って(?!な|ね)"
               r"|(?:へんじ|返事)(?:は|も)?(?:する|して(?!な|ね)|します|あり" + NOT_DENIED + ")"
               r"|(?:いしき|意識)(?:は|も)?(?:はっきり|しっかり|ある|あり" + NOT_DENIED + ")")
OUT_AND_TALKING = compile_folded(
    r"\A(?=[\s\S]*?(?:" + TALKING_NOW + r"))[\s\S]*?(?:" + OUT_OF_WATER + ")")
# The events that become a symptom to ask about.
OUT_AND_TALKING_SOFTENED: frozenset[str] = frozenset({"drowning"})
