"""Slopes, mountain roads and lodgings: three situations told by their parts (round 54, helper A113: wide56b - hot
springs and inns from the guests' side, winter sports and mountains).

- *buried by an avalanche* (``trapped``, 119): an avalanche, then within a few clauses a person swallowed, buried,
  out of sight, or being dug for with a beacon (雪崩に巻き込まれて仲間が埋まった, なだれのあと ともだちが みえなく
  なって いま ほってる) - a rescue, not the disaster page of an avalanche warning nor a missing person for the police.
  Not a "what if", a course, a drill or a story (雪崩に巻き込まれたらどうする, 雪崩講習, 映画);
- *a way out blocked by people* (``held_against_will``, 110): a door or an exit blocked by someone (ドアをふさがれて,
  出口を塞がれて), then the person unable to leave (出してもらえない, 帰れない, 出られない) - a confinement by a person,
  as a shop's back room is. Not snow, a fallen thing, smoke or a parked car blocking it;
- *a person walking in a road tunnel or the carriageway* (``road_danger``, 110): a person (an old man, someone in
  pyjamas) walking in a tunnel, on the carriageway or a bypass, with cars swerving or braking round them
  (トンネルの中を人が歩いてて車がよけてる) - someone the police must take off the road. Not a pavement or a
  pedestrian path, nor a question of whether walking there is allowed;
- *a note that says "do not look for me"* (``suicide_threat``, 110): a note, a letter or a message left behind
  (メモ, 書き置き, 置き手紙, LINE) that quotes 探さないで / 探すな - a farewell the police search on, told at an inn
  or at home (部屋に「探さないで」ってメモ…車もない). Not hide-and-seek, a game or a story.
- *a thief at work now* (``theft_in_progress``, 110): a stranger forcing a locker, a car or a window open (こじ開けて,
  窓を割って) and stealing or forcing now (財布を盗んでいます, こじあけてる) - in a changing room of the slopes or a car
  park. Not a theft found afterwards, nor one's own lock forced open with a key lost.

Tests: tests/safety/test_events_slope_and_lodge_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, PEOPLE, Rule, in_either_order, rule

# An avalanche (雪崩, なだれ) ...
AVALANCHE = r"なだれ|雪崩"
# ... and a person taken by it: swallowed, buried, swept away, out of sight, dug for, searched with a beacon.
TAKEN_BY_SNOW = (r"まきこまれ|巻き込まれ|のまれ|呑まれ|飲まれ|うま(?:っ|り|る)|埋ま|うもれ|埋もれ|ながされ|流され"
                 r"|(?:みえ|見え)(?:なく|ねく)|(?:ほっ|掘っ|ほりだ|掘り出|ほりおこ|掘り起こ)(?:て|し|す)"
                 r"|びーこん|ビーコン")
BURIED_IN_AVALANCHE = r"(?:" + AVALANCHE + r")[^\n]{0,40}?(?:" + TAKEN_BY_SNOW + ")"
# The people who may be taken (a friend, a companion, a partner, a skier, someone).
SOMEONE_ON_THE_SLOPE = (PEOPLE + r"|ゆうじん|友人|ともだち|友達|なかま|仲間|つれ|連れ|あいかた|相方"
                        r"|ぱーとなー|パートナー"
                        r"|すきーやー|スキーヤー|すのーぼーだー|スノーボーダー|ひと|人|だれか|誰か")
# Not a "what if", a course, a drill, a warning or a story.
NOT_BURIED_NOW = (FICTION + r"|もし|たら(?:どう|どー|なに|何)|ときは|時は|ばあい|場合|こうしゅう|講習|くんれん|訓練"
                  r"|そなえ|備え|ちゅういほう|注意報|けいほう|警報|にゅーす|ニュース|むかし|昔|きょねん|去年")

# A door or an exit blocked by someone (ドアをふさがれて, 出口を塞がれ, 入口に立ちふさがって) ...
WAY_BLOCKED = (r"(?:どあ|ドア|でぐち|出口|いりぐち|入口|入り口|と|戸|げんかん|玄関)"
               r"(?:を|の(?:まえ|前)を|に|さ|の(?:まえ|前)に)?"
               r"[^\n]{0,4}?(?:ふさがれ|塞がれ|ふさいで(?:る|い)|塞いで(?:る|い)|たちふさが|立ちふさが|立ち塞が)")
# ... and the person unable to leave (出してもらえない, 帰してくれない, 帰れない, 出られない, 出れねえ).
CANNOT_LEAVE = (r"(?:だして|出して|かえして|帰して|かえらせて|帰らせて)(?:もらえ|くれ)(?:ない|なく|ねえ|ません|ず)"
                r"|(?:かえれ|帰れ|でられ|出られ|でれ|出れ|にげられ|逃げられ)(?:ない|なく|ねえ|ません|ず)")
WAY_BLOCKED_HELD = r"(?:" + WAY_BLOCKED + r")[^\n]{0,16}?(?:" + CANNOT_LEAVE + ")"
# Not snow, a fallen thing, smoke or fire, or a parked car blocking the way.
BLOCKED_BY_A_THING = (FICTION + r"|ゆき|雪|どしゃ|土砂|がれき|瓦礫|けむり|煙|ほのお|炎|くるま|車|とらっく|トラック"
                      r"|にもつ|荷物|たおれ|倒れ")

# A road tunnel or the carriageway (トンネルの中, 車道, 国道, バイパス) ...
CARRIAGEWAY = (r"とんねる|トンネル|しゃどう|車道|こくどう|国道|けんどう|県道|ばいぱす|バイパス|こうそく|高速"
               r"|どうろ|道路")
# ... a person walking in it ...
WALKING = r"あるいて|歩いて|あるって|ふらふら|うろうろ|さまよ|彷徨"
# ... and the cars swerving, braking or hooting round them.
CARS_SWERVE = (r"(?:くるま|車|とらっく|トラック)(?:が|も|は)?[^\n]{0,8}?(?:よけ|避け|きゅうぶれーき|急ブレーキ"
               r"|くらくしょん"
               r"|クラクション|ぶつかりそう|ひきそう|轢きそう)")
WALKER_IN_TRAFFIC = (r"(?:" + CARRIAGEWAY + r")[^\n]{0,24}?(?:" + WALKING + r")[^\n]{0,30}?(?:" + CARS_SWERVE + ")")
# Not a pavement or a path for pedestrians, nor a question of rules or a worry for later.
NOT_IN_TRAFFIC = (FICTION + r"|ほどう|歩道|ほこうしゃよう|歩行者用|いいですか|いいの|だめ|ダメ|きんし|禁止|もし"
                  r"|しんぱい|心配"
                  r"|きのう|昨日|せんじつ|先日")

# "Do not look for me" (探さないで, 探さないでくれ, 探すな, Tohoku 探さねえで) ...
DO_NOT_SEARCH = r"(?:さがさ|探さ)(?:ないで|ねえで|ねで|ずに)|(?:さがす|探す)な(?![ぁ-ゖ])|(?:さがす|探す)なよ"
# ... left in writing (メモ, 書き置き, 置き手紙, 手紙, 紙, a message).
LEFT_IN_WRITING = (r"めも|メモ|かきおき|書き置き|書置き|おきてがみ|置き手紙|てがみ|手紙|かみ|紙|びんせん|便箋"
                   r"|らいん|ライン|line|めーる|メール|めっせーじ|メッセージ|のこして|残して|かいて|書いて")
FAREWELL_NOTE = in_either_order(DO_NOT_SEARCH, LEFT_IN_WRITING, gap=30, gap_back=12)
NOT_A_FAREWELL = FICTION + r"|かくれんぼ|隠れんぼ|おにごっこ|鬼ごっこ|あそび|遊び|じょうだん|冗談"

# A lock, a locker, a car or a window forced (こじ開けて, バールで, 窓を割って, 鍵を壊して) ...
FORCING = (r"こじあけ|こじ開け|ばーる|バール|(?:まど|窓|がらす|ガラス|かぎ|鍵|じょう|錠)(?:を)?"
           r"(?:わって|割って|こわして|壊して"
           r"|わっ|割っ|こわし|壊し)")
# ... and the stealing or the forcing going on (盗んでいます, 取ってる, こじ開けてる).
AT_IT_NOW = r"(?:て|で)(?:い(?:る|ま)|る(?!の)|ます)"
STEALING_NOW = r"(?:ぬすん|盗ん|とっ|取っ|ぬきとっ|抜き取っ|あさっ|漁っ)" + AT_IT_NOW
THIEF_AT_WORK = (r"(?:" + FORCING + r")" + AT_IT_NOW + r"|(?:" + FORCING + r")[^\n]{0,24}?(?:" + STEALING_NOW + ")")
STRANGER = r"おとこ|男|しらない|知らない|ふしん|不審|だれか|誰か|やつ|はんにん|犯人|あやしい|怪しい"
NOT_AT_WORK_NOW = (FICTION + r"|ゆめ|夢|きのう|昨日|せんじつ|先日|あとで|後で|かぎを(?:なくし|無くし|おとし|落とし)"
                   r"|じぶんの|自分の|ぎょうしゃ|業者")


def slope_and_lodge_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("trapped", "medical", BURIED_IN_AVALANCHE, needs=SOMEONE_ON_THE_SLOPE, unless=NOT_BURIED_NOW),
        # (the passive ふさがれ names the people who block; no person word needed - でぐちを ふさがれて かえれない)
        rule("held_against_will", "police", WAY_BLOCKED_HELD, unless=BLOCKED_BY_A_THING),
        rule("road_danger", "police", WALKER_IN_TRAFFIC,
             needs=PEOPLE + r"|ひと|人|だれか|誰か|だんせい|男性|じょせい|女性",
             unless=NOT_IN_TRAFFIC),
        rule("suicide_threat", "police", FAREWELL_NOTE, unless=NOT_A_FAREWELL),
        rule("theft_in_progress", "police", THIEF_AT_WORK, needs=STRANGER, unless=NOT_AT_WORK_NOW),
    )
