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
"""

from __future__ import annotations

from safety.events_line_signs import GOODS
from safety.rule import FICTION, PEOPLE, Rule, rule

# The door bell: インターホン (folded いんたほん), チャイム, 呼び鈴.
BELL = r"(?:いんたーほん|インターホン|ちゃいむ|チャイム|よびりん|呼び鈴|ぴんぽん|ピンポン)"
RING = r"(?:ならし|鳴らし|ならさ|鳴らさ|おし|押し|おさ|押さ)"
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
