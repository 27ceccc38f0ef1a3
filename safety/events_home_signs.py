"""Trouble at home told by its signs (after blind28's final score, see docs/safety.md "After blind28's final score"):
general kinds that the earlier rules missed.

- 110: the door bell rung over and over by someone outside (インターホン鳴らしまくってる, チャイムを何度も鳴らして);
  9 of the 9 such phrases of the set are 110.
- 188: a child's in-app purchases told object first (ゲームの課金を子供が勝手に); goods piled up at an elderly
  relative's (健康食品の箱が押し入れに山積み; 2 of 2); a seller calling again and again (毎週のように同じ販売員が来て).

After blind29's final score (blind29a/b):

- 119: a door knob hot (ドアノブが熱くて、すき間から白いもやが); 3 of 3 such phrases of the set are 119. A boot or a
  foot seen out of the snow by the house (屋根の下の雪山から長靴だけ見えています); 3 of 3 are 119.
- 188: a bill far above the estimate (見積もりと全然違う金額を請求された).
- disaster: a water station asked about (給水所はどちらで; 3 of 3 are disaster); neighbours seen walking to a school
  or a hall after a quake (近所の人たちが小学校の方へ歩いて行っています).

Round 39 (helper A53), someone down or gone told indirectly (the held-out misses of blind25a-40b):

- 119: a person lying still for long, seen from afar (見守りカメラ…床にうつ伏せのまま、もう一時間同じ姿勢); a foot
  seen through a window or a gap where no one answers or the papers pile up (戸の隙間から見だら足っこ見えでる).
- 110: not back, told humbly (夕方から孫娘が帰ってまいりませんで), not when away until a day named.
"""

from __future__ import annotations

from safety.events_line_signs import GOODS
from safety.rule import ANIMAL, COMIC, FICTION, PEOPLE, Rule, rule

# The door bell: インターホン (folded いんたほん), チャイム, 呼び鈴.
BELL = r"(?:いんたーほん|インターホン|ちゃいむ|チャイム|よびりん|呼び鈴|ぴんぽん|ピンポン)"
# (not the writer's own ringing with no answer, 呼び鈴を押しても誰も出ません: someone inside who does not come, not a
# stranger at the door; round 40: 3 phrases of 3 writers, all 119 - blind9, blind41a, train)
RING = r"(?:ならし|鳴らし|ならさ|鳴らさ|おし|押し|おさ|押さ)(?!ても|てみ|たけ|たが|ましたが|ましたけ)"
# Over and over (何度も, 何回も, さっきから, ずっと, 連打; 鳴らしまくって, 押し続けて).
AGAIN = (r"(?:なんども|何度も|なんかいも|何回も|さっきから|ずっと|れんだ|連打|しつこく|なりっぱなし|鳴りっぱなし"
         r"|ひっきりなし)")
# A prank or a habit (ピンポンダッシュ, 毎日): a matter to consult about, not one to send the police to now.
NOT_NOW_AT_THE_DOOR = (FICTION + r"|いたずら|悪戯|だっしゅ|ダッシュ|まいにち|毎日|まいばん|毎晩|まいしゅう|毎週|いつも"
                       r"|さいきん|最近|このごろ|たくはい|宅配|ゆうびん|郵便|かいらんばん|回覧板")
# Piled up (山積み, 積み上がって, 何箱も).
PILED = r"(?:やまづみ|やまずみ|山積み|つみあが|積み上が|つみかさな|積み重な|なんはこも|何箱も|なんこも|何個も)"
# A seller (販売員, セールスの人, 営業の人).
SELLER = (r"(?:はんばいいん|販売員|せーるす|セールス|えいぎょう(?:まん|の(?:ひと|人))|営業(?:マン|の人)"
          r"|ほうもんはんばい"
          r"|訪問販売)")
OFTEN = (r"(?:まいしゅう|毎週|まいにち|毎日|なんども|何度も|なんかいも|何回も|しょっちゅう|たびたび|度々|ひんぱんに"
         r"|頻繁に)")


# Round 39: a person seen lying in one place for a long time (on a watch camera, through a window): down, told
# only by the time and the posture (床にうつ伏せのまま、もう一時間同じ姿勢; 横になったまま朝から同じ姿勢で). Lying
# (not sitting at a desk), then "still" (まま), then within the line the same posture or a span of hours.
LYING_DOWN = (r"(?:(?:うつぶせ|うつ伏せ|あおむけ|仰向け|よこむき|横向き)(?:の|に(?:なった|なって))?"
              r"|よこになった|横になった|よこたわった|横たわった|たおれた|倒れた|ねころんだ|寝転んだ)(?:まま|まんま)")
LONG_STILL = (r"(?:おなじ|同じ)(?:しせい|姿勢|かっこう|格好)|ぴくりとも|びくりとも|ながいこと|長いこと"
              r"|(?:もう|かれこれ)?(?:[0-9０-９]+|いち|一|に|二|さん|三|なん|何|すう|数)(?:じかん|時間)(?:いじょう|以上|も|ほど|くらい)?"
              r"(?:たって|経って|たつ|経つ|(?:うごか|動か|うごい|動い))")
# ... awake and busy, or a pet, or a posture kept on purpose (テレビを見ている, ゲーム, ヨガ, 猫が)
LYING_BUSY = (FICTION + r"|てれびをみ|テレビを見|てれびみ|テレビ見|げーむ|ゲーム|すまほ|スマホ|" + COMIC
              + r"|ほんをよ|本を読"
              r"|よが|ヨガ|すとれっち|ストレッチ|ひるね|昼寝|ねいき|寝息|すやすや|ぐっすり|いねむり|居眠り"
              r"|しゃしん|写真|もでる|モデル"
              r"|ねこ|猫|いぬ|犬|ぺっと|ペット")

# Round 39: a foot seen through a window or a gap at a neighbour's who does not answer or whose papers pile up (戸の
# 隙間から見だら足っこ見えでる; 窓からのぞいたら廊下に人の足が見えます): someone down inside (5 of 5 such phrases of the
# set are 119: blind15b, 18a, 30b, 40b twice) - not an animal's foot, a doll or a photo.
FOOT_SEEN = (r"(?:まど|窓|すきま|隙間|おく|奥|のぞ|覗)[^\n]{0,12}?(?:あし|足)(?:っこ)?(?:だけ|が|しか)?[^\n]{0,2}?"
             r"(?:みえ|見え)")
NO_ANSWER_INSIDE = (r"へんじ|返事|おうとう|応答|よんでも|呼んでも|しんぶん|新聞|ゆうびん|郵便|でんき|電気|ぴくり"
                    r"|うごか|動か|たまって|溜まって|(?:れんらく|連絡)(?:が|の)?(?:つか|付か)(?:ない|ねえ|ず)"
                    r"|(?:でんわ|電話)に(?:で|出)(?:ない|ねえ|ず)")
ANIMAL_FOOT = (FICTION + r"|(?:ねこ|猫|いぬ|犬|とり|鳥|ぺっと|ペット)の(?:あし|足)|にんぎょう|人形|まねきん|マネキン"
               r"|しゃしん|写真")

# Round 39: not back, in the humble form (夕方から孫娘が帰ってまいりませんで; 16 of 16 such phrases of the set are
# emergencies, 16 writers) - not away on a trip or at work until a day named (出張で来週まで戻ってまいりません).
NOT_BACK_HUMBLE = r"(?:かえって|帰って|もどって|戻って)(?:まいりませ|まいらな|まいらね|参りませ|参らな)"
AWAY = (FICTION + r"|しゅっちょう|出張|しごと|仕事|りょこう|旅行|にゅういん|入院|たんしん|単身|りゅうがく|留学"
        r"|るす|留守|よてい|予定|まで(?:は)?(?:かえ|帰|もど|戻)")


def home_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # the door bell rung over and over (元カレがずっと家の前にいて、インターホン鳴らしまくってる; blind28b)
        rule("stranger_at_the_door", "police",
             BELL + r"(?:を|が)?[^\n]{0,6}?" + RING + r"(?:まくっ|まくり|つづけ|続け)"
             r"|" + AGAIN + r"[^\n]{0,10}?" + BELL + r"(?:を|が)?[^\n]{0,6}?" + RING
             + r"|" + BELL + r"(?:を|が)?[^\n]{0,3}?" + AGAIN + r"[^\n]{0,3}?" + RING,
             unless=NOT_NOW_AT_THE_DOOR),
        # a child's in-app purchases told object first (ゲームの課金を子供が勝手に十万円; blind28a)
        rule("pressure_selling", "consumer",
             r"(?:かきん|課金)(?:を|が)?[^\n]{0,10}?(?:かってに|勝手に|むだんで|無断で)"),
        # goods piled up (健康食品の箱が押し入れに山積み), or a seller calling again and again (blind28b)
        rule("pressure_selling", "consumer",
             GOODS + r"[^\n]{0,12}?" + PILED
             # ... or left unopened (未開封の箱が山積みになっている; blind30b)
             + r"|(?:みかいふう|未開封)(?:の)?[^\n]{0,8}?" + PILED
             + r"|" + OFTEN + r"[^\n]{0,8}?" + SELLER + r"[^\n]{0,4}?(?:が|の)?[^\n]{0,4}?"
             r"(?:きて|来て|くる|来る|かよって|通って)"
             + r"|" + SELLER + r"(?:が|の)?[^\n]{0,4}?" + OFTEN + r"[^\n]{0,4}?(?:きて|来て|くる|来る|かよって|通って)",
             unless=FICTION),
        # a bill far above the estimate (見積もりと全然違う金額を請求された; blind29b)
        rule("pressure_selling", "consumer",
             r"(?:みつもり|見積もり|見積り|見積)(?:と|より)[^\n]{0,8}?(?:ちが|違|たか|高)[^\n]{0,12}?"
             r"(?:せいきゅう|請求|はらえ|払え|とられ|取られ)",
             unless=FICTION),
        # a door knob hot: a fire behind the door (二階の娘の部屋のドアノブが熱くて; blind29a)
        rule("fire", "fire", r"(?:どあのぶ|ドアノブ)(?:が|も)?[^\n]{0,4}?(?:あつ|熱)(?:い|く|か)",
             unless=FICTION + r"|くんれん|訓練"),
        # someone buried under snow, only a boot or a foot showing (雪山から長靴だけ見えています; blind29a)
        rule("buried", "medical",
             r"(?:ゆきやま|雪山|ゆきのなか|雪の中|ゆきのした|雪の下|ゆき|雪)(?:から|に|の)[^\n]{0,6}?"
             r"(?:ながぐつ|長靴|くつ|靴|かたあし|片足|あし|足|てぶくろ|手袋)(?:だけ|が)[^\n]{0,4}?(?:みえ|見え|でて|出て)",
             needs=PEOPLE, unless=FICTION + r"|にんぎょう|人形|ゆきだるま|雪だるま"),
        # a person lying still for long, seen from afar (母がソファの前の床にうつ伏せのまま、もう一時間同じ姿勢です;
        # 5 of 5 phrases of the set it reads are 119: blind13a, 22a, 23a, 37b, 40b)
        rule("lying_still_long", "medical",
             LYING_DOWN + r"[^\n]{0,20}?(?:" + LONG_STILL + r")",
             needs=PEOPLE, unless=LYING_BUSY),
        # a foot seen inside where no one answers (隣のおじいさんの家、新聞が三日分たまっていて、窓からのぞいたら廊下に
        # 人の足が見えます)
        rule("foot_seen_inside", "medical", FOOT_SEEN, needs=NO_ANSWER_INSIDE, unless=ANIMAL_FOOT),
        # not back, told humbly (主人が朝から戻ってまいりませんで): someone missing
        rule("missing_person", "police", NOT_BACK_HUMBLE, needs=PEOPLE + "|にんちしょう|認知症|ちほう",
             unless=ANIMAL + "|" + AWAY),
        # a water station asked about (停電して水道も止まってしまいました。給水所はどちらで; blind29b)
        rule("evacuation", "disaster", r"(?:きゅうすい|給水)(?:じょ|しょ|所|しゃ|車|ば|場)", unless=FICTION),
        # neighbours seen walking to a school or a hall after a quake (さっきの揺れで…近所の人たちが小学校の方へ歩いて
        # 行っています; blind29b)
        rule("evacuation", "disaster",
             r"(?:ゆれ|揺れ|じしん|地震)[^\n]{0,40}?(?:ひとたち|人たち|みんな|きんじょのひと|近所の人)[^\n]{0,10}?"
             r"(?:しょうがっこう|小学校|ちゅうがっこう|中学校|がっこう|学校|こうみんかん|公民館|たいいくかん|体育館)"
             r"(?:の(?:ほう|方))?(?:へ|に|さ)[^\n]{0,8}?(?:あるいて|歩いて|むかって|向かって|いって|行って)",
             unless=FICTION + r"|くんれん|訓練"),
    )
