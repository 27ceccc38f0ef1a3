"""Situations routed to their number (after blind32's final score, see docs/safety.md "After blind32's final score"):
general kinds that the earlier rules missed or sent to another line, each counted over the examined splits first
(the counts: phrases of the set the pattern finds, and their labels; "other writers" are phrases outside blind32).

- 110: a person searched for and not found (近所を回っても見当たりません; 9 of 9 are 110, 8 other writers); a
  window or door of the home being shaken (裏の窓をガタガタ揺すり始めました; 2 of 2 are 110, 1 other
  writer); hiding from someone now (寝室に隠れています, 息をひそめています; 10 of 10 are 110, 9 other writers).
- 119: a fire spreading to something (焚き火が枯れ草に広がって; 34 of 34 are 119, 33 other writers) or one cannot put
  out (もう自分では消せそうにありません; 10 of 10 are 119, 9 other writers).
- 188: work started by a trader that nobody asked for (屋根直すって業者が来て、頼んでもねえのに工事始めだっちゃ; the
  11 phrases of the set with something not ordered are all 188, 10 other writers).
- disaster: a water outage (断水が三日目; 4 of 4 are disaster, 2 other writers); snowed in at home
  (大雪で玄関が埋まって家から出られません; 5 of 5 are disaster, 3 other writers; the
  ``trapped`` rules leave it: ``safety.rule.SNOWED_IN``).
"""

from __future__ import annotations

from safety.rule import ANIMAL, FICTION, PEOPLE, SNOWED_IN, Rule, rule
from safety.vocabulary import NEG

# A window or door of the home (not a car's: 車のドア).
OPENING = (r"(?:まど|窓|とびら|扉|(?<!くるまの)(?<!車の)どあ|(?<!車の)ドア|(?<![ぁ-ゖ])と(?=を|が)|戸|あまど|雨戸"
           r"|かってぐち|勝手口"
           r"|うらぐち|裏口|げんかん|玄関|しゃったー|シャッター)")
SHAKEN = r"(?:ゆす|揺す|ゆさぶ|揺さぶ)(?:り|っ|ら|ろ)"
# Weather or a quake shakes windows too (台風で雨戸がガタガタ揺すられて).
WEATHER = (r"たいふう|台風|かぜ|風|じしん|地震|ゆれ|揺れ|あらし|嵐|ふぶき|吹雪|とっぷう|突風|らいふ|" + FICTION)
# Hiding now (寝室に鍵をかけて隠れております, 押し入れに隠れてる, 息をひそめています): not hide-and-seek, not a drill
# told as over (机の下に隠れたまま寝てしまった).
HIDING = (r"(?:かくれ|隠れ)(?:て|で)(?:い|お)?(?:る|ます|ります|ま(?:す|し))|(?:かくれ|隠れ)(?:て|で)(?:ん|る)"
          r"|(?:いき|息)を(?:ひそめ|潜め|ころし|殺し)(?:て|で)")
# Things one looks for (財布を探しても見つかりません): not a missing person.
LOST_THING = (r"さいふ|財布|かぎ|鍵|けいたい|携帯|すまほ|スマホ|めがね|眼鏡|しょるい|書類|つうちょう|通帳|いんかん|印鑑"
              r"|かーど|カード|ゆびわ|指輪|にもつ|荷物")
FIRE = r"(?:ひ|火|ほのお|炎|もえ|燃え|たきび|焚き火|たき火)"
# Not ordered or asked for (頼んでもいない, 頼んでねえ): a trader's work started unasked.
UNASKED = r"(?:たのん|頼ん)(?:で|だ)(?:も)?(?:い|お)?(?:ない|ねえ|ね(?!つ)|ません|なかった|ないの|ねえの)"
WORK = (r"(?:こうじ|工事|しゅうり|修理|さぎょう|作業|てんけん|点検|とそう|塗装|なおし|直し)[^\n]{0,4}?"
        r"(?:はじめ|始め|はじま|始ま|され|して|やって|やられ|してい|しはじ)")


def routed_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a window or door of the home shaken (裏の窓をガタガタ揺すり始めました; blind32b)
        rule("intruder", "police",
             OPENING + r"(?:を|が|も)?[^\n]{0,8}?" + SHAKEN,
             unless=WEATHER + "|" + ANIMAL),
        # hiding from someone now (子どもと二人で息をひそめています; blind32b)
        rule("intruder", "police", HIDING,
             unless=r"かくれんぼ|くんれん|訓練|" + FICTION + "|" + ANIMAL),
        # a fire spreading (焚き火が枯れ草に広がって) or that one cannot put out (消せそうにありません; blind32b)
        rule("fire", "fire",
             r"(?:ひ|火)(?:が|は)[^\n]{0,10}?(?:ひろが|広が|もえひろ|燃え広|もえうつ|燃え移)"
             r"|" + FIRE + r"[^\n]{0,30}?(?:けせ|消せ)(?:そうに(?:は|も)?(?:ありません|ない|ねえ)|そうも|" + NEG + ")",
             has_negation=True, unless=FICTION),
        # work started by a trader nobody asked for (頼んでもねえのに工事始めだっちゃ; blind32b)
        rule("unasked_work", "consumer",
             UNASKED + r"[^\n]{0,12}?" + WORK + "|" + WORK + r"[^\n]{0,4}?" + UNASKED,
             unless=FICTION),
        # searched for and not found (近所を回っても見当たりません; blind32a): not a thing looked for
        rule("missing_person", "police",
             r"(?:さがし|探し|捜し|まわっ|回っ)(?:て|で)(?:も|みても|みたけど|みましたが)[^\n]{0,6}?"
             r"(?:みあたら|見当たら|みあたり|見当たり|みつから|見つから|みつかり|見つかり)(?:ない|ません|ず|ねえ)",
             has_negation=True, needs=PEOPLE, unless=LOST_THING + "|" + FICTION + "|" + ANIMAL),
        # a water outage (断水が三日目になりました…どこで汲めますか; 4 of 4 are disaster, 2 other writers)
        rule("evacuation", "disaster", r"だんすい|断水", unless=FICTION),
        # snowed in at home (大雪で玄関が埋まって家から出られません; blind32a/b)
        rule("evacuation", "disaster", SNOWED_IN, unless=FICTION),
    )
