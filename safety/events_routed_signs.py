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

After blind33's final score (docs/safety.md "After blind33's final score"; "other writers" are phrases outside
blind33): 110 for a person not to be seen (姿が見えません; 15 phrases, 14 other writers, 8 110 / 6 119 / 1 none,
all decided right already); #9110 for someone loitering round the home for a while (3 of 3 are #9110, 2 other
writers); 188 for a contract to stop (4 of 4, 3 other writers) and a purchase at a seller's urging (15 of 15, 14
other writers).
"""

from __future__ import annotations

from safety.events_line_signs import OWN_PLACE, SEEN_OFTEN
from safety.rule import ANIMAL, FICTION, PEOPLE, Rule, rule
from safety.vocabulary import NEG
from safety.vocabulary_things import SNOWED_IN

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
# A fire that has reached a ceiling, an upper floor, a roof or a wall (台所の火が天井まで回ってる, 天井まで燃え広がって,
# 炎が二階に上がってる), or that an extinguisher cannot put out (消火器では無理 with a fire word): 119 by the rules,
# not by the classifier alone (after blind34; the set's 18 phrases with a fire up to a ceiling, roof or wall are all
# 119, 17 of other writers; 燃え広がって 14 of 14; an extinguisher of no use 2 of 2). Kana ひ only as a word of its own.
FIRE_SOURCE = r"(?:(?<![ぁ-ゖァ-ヺ花])ひ(?:ぃ)?|(?<!花)火(?!曜)(?:ぃ)?|ほのお|炎|ひのて|火の手)"
FIRE_REACHED = (FIRE_SOURCE + r"(?:が|は|も)?[^\n、。]{0,12}?"
                r"(?:てんじょう|天井|にかい|二階|2階|やね|屋根|のき|軒|かべ|壁|はしら|柱)(?:まで|に|へ)[^\n、。]{0,4}?"
                r"(?:まわっ|回っ|まわり|回り|まわる|回る|とど|届|たっし|達し|あが|上が|のぼ|昇|もえ|燃え|うつ|移|ひろが|広が)"
                r"|(?:もえひろ|燃え広)が(?:って|っ|り|る)")
# (a fire told burning, not a kind of fire asked about: 油火災に水の消火器では無理ですか)
FIRE_BURNING = FIRE_SOURCE + r"(?:が|は|も)|ほのお|炎|もえ|燃え|けむり|煙"
EXTINGUISHER_NO_USE = (r"(?:^|\n)(?=[^\n]*?(?:" + FIRE_BURNING + r"))[^\n]*?"
                       r"(?:しょうかき|消火器)(?:で|じゃ|では)(?:もう)?"
                       r"(?:むり|無理|だめ|ダメ|おいつかな|追いつかな|きえな|消えな|きえね|消えね|きえませ|消えませ"
                       r"|けせな|消せな|けせね|消せね|けせませ|消せませ)")
WORK = (r"(?:こうじ|工事|しゅうり|修理|さぎょう|作業|てんけん|点検|とそう|塗装|なおし|直し)[^\n]{0,4}?"
        r"(?:はじめ|始め|はじま|始ま|され|して|やって|やられ|してい|しはじ)")


# A person not to be seen (父の姿が見えません): gone, as the set's other 14 phrases with the words (110, or 119 with
# water or snow); not a person who came back or was found (resolved), nor an animal (after blind33a).
UNSEEN = r"(?:すがた|姿)(?:が|も)?(?:みえ|見え)(?:ません|ない|ねえ|ず|なく)"
# Going on for a while (もう一週間になる, ここ三日, かれこれ何か月): a matter to consult about (after blind33b).
DURATION = (r"(?:もう|かれこれ|ここ)[^\n]{0,2}?(?:[一二三四五六七八九十0-9０-９]+|なん|何|すう|数)"
            r"(?:しゅうかん|週間|かげつ|か月|ヶ月|カ月|にち|日)")
LOITERING = OWN_PLACE + r"(?:を|さ|ば)?[^\n]{0,4}?(?:うろうろ|うろつ|ウロウロ)"
WHILE = SEEN_OFTEN + "|" + DURATION
# A contract one wants to stop (エステの けいやく やめたい, 契約やめでえ): 188, as the set's 3 other such phrases.
CONTRACT_STOPPED = r"(?:けいやく|契約)(?:を|は)?(?:やめ|止め)(?:たい|てえ|でえ|たく)"
# Bought or signed at a seller's urging (電話で勧められるまま布団を三組買って): 188 - the set's 15 other phrases
# with the words are all 188; not advice from a doctor or a friend.
URGED = (r"(?:すすめ|勧め)られ(?:る)?(?:まま|て)[^\n]{0,20}?"
         r"(?:かっ|買っ|買わ|かわ(?:され|せ)|こうにゅう|購入|けいやく|契約)")
# Sold on the telephone (電話勧誘で光回線を変更させられました; blind34a): the set's 4 such phrases are all 188.
PHONE_SALES = r"(?:でんわ|電話)(?:かんゆう|勧誘)"
# Charcoal burnt in a room or garage that is sealed (車庫で炭を焚いて…隙間がテープでふさがれています; blind34a):
# carbon monoxide, 119.
CHARCOAL_SEALED = (r"(?:^|\n)(?=[^\n]*?(?:炭(?!酸|素|水)|れんたん|練炭|しちりん|七輪))[^\n]*?"
                   r"(?:てーぷ|テープ|めばり|目張り|みっぺい|密閉)")
# ... not charcoal and tape only bought, nothing burnt or smelt (練炭とテープを買った客が「終わりにする」と車で: a
# threat of the act, 110 - round 58, wide60; 買ってきて車の中で焚いてる stays 119).
CHARCOAL_ONLY_BOUGHT = (r"(?:炭|れんたん|練炭|しちりん|七輪|てーぷ|テープ)(?:と|を|や|も)?[^\n]{0,12}?"
                        r"(?:買|かった|かって|かわれ|こうにゅう|購入)"
                        r"(?![^\n]*?(?:焚|たいて|たいた|たいで|燃|もえ|もや|火|けむ|煙|におい|匂|臭|くさい|くさく|ねむ|眠"
                        r"|ぐったり|いしき|意識|おきな|起きな|へやに|部屋に|しゃない|車内|くるまのなか|車の中))")
ADVISER = r"いしゃ|医者|せんせい|先生|やくざいし|薬剤師|ともだち|友達|友だち|ほけんし|保健師"


def routed_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a window or door of the home shaken (裏の窓をガタガタ揺すり始めました; blind32b)
        rule("intruder", "police",
             OPENING + r"(?:を|が|も)?[^\n]{0,8}?" + SHAKEN,
             unless=WEATHER + "|" + ANIMAL),
        # round 37: a door knob turned from outside (玄関のノブが、外から何度もガチャガチャ回されて) or a window worked
        # with a sound (サッシを動かそうとする音がする); someone working a door or window of the home: 42 phrases of 37
        # other writers, all 110
        rule("intruder", "police",
             r"(?:のぶ|ノブ)(?!り)(?:が|を)?[^\n]{0,12}?(?:まわされ|回され|まわして(?:い|る|ま)|回して(?:い|る|ま))"
             r"|(?:さっし|サッシ|まど|窓|あみど|網戸|(?<!車の)どあ|(?<!車の)ドア)(?:を)?[^\n]{0,6}?(?:うごかそう|動かそう|あけよう|開けよう)"
             r"(?:と)?(?:する|している|してる)(?:おと|音)",
             unless=WEATHER + "|" + ANIMAL),
        # hiding from someone now (子どもと二人で息をひそめています; blind32b)
        rule("intruder", "police", HIDING,
             unless=r"かくれんぼ|くんれん|訓練|" + FICTION + "|" + ANIMAL),
        # a fire spreading (焚き火が枯れ草に広がって) or that one cannot put out (消せそうにありません; blind32b)
        rule("fire", "fire",
             r"(?:ひ|火)(?:が|は)[^\n]{0,10}?(?:ひろが|広が|もえひろ|燃え広|もえうつ|燃え移)"
             r"|" + FIRE + r"[^\n]{0,30}?(?:けせ|消せ)(?:そうに(?:は|も)?(?:ありません|ない|ねえ)|そうも|" + NEG + ")",
             has_negation=True, unless=FICTION),
        # a fire reaching the ceiling, or an extinguisher of no use (台所の火が天井まで回ってる; blind34)
        rule("fire", "fire", FIRE_REACHED + "|" + EXTINGUISHER_NO_USE, has_negation=True,
             unless=FICTION + r"|ゆめ|夢"),
        # work started by a trader nobody asked for (頼んでもねえのに工事始めだっちゃ; blind32b)
        rule("unasked_work", "consumer",
             UNASKED + r"[^\n]{0,12}?" + WORK + "|" + WORK + r"[^\n]{0,4}?" + UNASKED,
             unless=FICTION),
        # searched for and not found (近所を回っても見当たりません; blind32a): not a thing looked for
        rule("missing_person", "police",
             r"(?:さがし|探し|捜し|まわっ|回っ)(?:て|で)(?:も|みても|みたけど|みましたが)[^\n]{0,6}?"
             r"(?:みあたら|見当たら|みあたり|見当たり|みつから|見つから|みつかり|見つかり)(?:ない|ません|ず|ねえ)",
             has_negation=True, needs=PEOPLE, unless=LOST_THING + "|" + FICTION + "|" + ANIMAL),
        # a person not to be seen (朝ごはんのあと父の姿が見えません; blind33a)
        # (no person needed: a mother heard ハッハ is still gone - a guard would close the classifiers)
        rule("missing_person", "police", UNSEEN, has_negation=True, unless=ANIMAL + "|" + FICTION),
        # someone loitering round one's home for a while (家の周りうろうろしてる男いで、もう一週間; blind33b)
        rule("unwelcome_presence", "stalking",
             # (the while in the pattern, not a guard: a guarded match would close the classifiers)
             LOITERING + r"[^\n]*?(?:" + WHILE + r")|(?:" + WHILE + r")[^\n]*?" + LOITERING,
             unless=ANIMAL + "|" + FICTION),
        # a contract to stop, or a purchase made at a seller's urging (blind33b)
        rule("consumer", "consumer", CONTRACT_STOPPED + "|" + URGED + "|" + PHONE_SALES,
             unless=ADVISER + "|" + FICTION),
        # charcoal burnt in a sealed room or garage (blind34a)
        rule("gas", "fire", CHARCOAL_SEALED, unless=FICTION + r"|むかし|昔|ころは|頃は|" + CHARCOAL_ONLY_BOUGHT),
        # a water outage (断水が三日目になりました…どこで汲めますか; 4 of 4 are disaster, 2 other writers)
        rule("evacuation", "disaster", r"だんすい|断水", unless=FICTION),
        # snowed in at home (大雪で玄関が埋まって家から出られません; blind32a/b)
        rule("evacuation", "disaster", SNOWED_IN, unless=FICTION),
        # a village cut off (大雪で道が通れなくて…集落が孤立してて; blind34a: the set's 2 such phrases are disaster)
        rule("evacuation", "disaster", r"孤立",
             unless=FICTION + r"|こどく|孤独|しゃかい|社会|しょくば|職場|がっこう|学校|かんけい|関係"),
    )
