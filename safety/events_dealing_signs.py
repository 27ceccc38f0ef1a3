"""Threats, watching and bad deals told by what was said or done (round 17, see docs/safety.md "Round 17"): the
advice lines the earlier rules missed.

- #9110 (110 when it is happening now): a veiled threat (何するかわからないって言われて), a camera pointed at one or a
  photo of one's home left in the post box, one's name, workplace or photo posted online (掲示板に名前と勤め先が
  書き込まれて).
- 188: a refund or cancellation the trader refuses (返品したいのに業者が応じない, 業者さ断られだ), a contract found
  stamped (気づいたら契約書にはんこを押していて), goods bought up cheaply at the door (貴金属を買い取りますと…指輪を安く
  持って行かれ), a bill multiplied after the work (終わってから倍の金額を請求された).
"""

from __future__ import annotations

from safety.rule import SCAM_WARNING, Rule, rule
from safety.vocabulary import NEG

# A threat left vague: what they might do (何するかわからない, どうなっても知らない).
VEILED = (r"(?:なにするか|何するか|なにをするか|何をするか|なにされるか|何されるか|どうなるか|どうなっても)"
          r"(?:わから|わかん|分から|しら|知ら)")
SAID = r"(?:いわれ|言われ|って|と(?:いって|言って|おどさ|脅さ)|(?:めーる|メール|めっせーじ|メッセージ)(?:が|で))"
# One's home, one's self, one's child as what is photographed.
OWN = r"(?:うち|家|いえ|じたく|自宅|わたし|私|じぶん|自分|こども|子ども|子供|むすめ|娘|まご|孫)"
ONLINE = (r"(?:けいじばん|掲示板|ねっと|ネット|えすえぬえす|sns|SNS|いんたーねっと|インターネット|さいと|サイト|ぶろぐ"
    r"|ブログ"
          r"|ついったー|ツイッター|いんすた|インスタ)")
PERSONAL = (r"(?:なまえ|名前|じつめい|実名|じゅうしょ|住所|つとめさき|勤め先|しょくば|職場|かいしゃ|会社|がっこう|学校"
    r"|しゃしん|写真"
            r"|かお|顔|でんわばんごう|電話番号|わるぐち|悪口)")
POSTED = (r"(?:かきこまれ|書き込まれ|かかれ|書かれ|さらされ|晒され|のせられ|載せられ|あげられ|上げられ|とうこうされ"
    r"|投稿され"
          r"|ひろめられ|広められ|ひろまって|広まって)")
# A refund, a return or a cancellation...
UNDO = (r"(?:へんぴん|返品|へんきん|返金|かいやく|解約|くーりんぐおふ|クーリングオフ|とりけし|取り消し|きゃんせる"
    r"|キャンセル"
        r"|かえしたい|返したい)")
# ... that the trader will not grant.
REFUSED = (r"(?:(?:おうじ|応じ|うけつけ|受け付け|みとめ|認め|とりあ|取り合)(?:っ)?(?:て)?(?:くれ|もらえ)?" + NEG
           + r"|ことわられ|断られ|きょひ|拒否|(?:して|やって)(?:くれ|もらえ)" + NEG + ")")
TRADER = (r"(?:ぎょうしゃ|業者|みせ|店|はんばいいん|販売員|えいぎょう|営業|かいしゃ|会社|てんいん|店員|せーるす"
    r"|セールス"
          r"|むこう|向こう|あいて|相手)")


def dealing_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- #9110 ---
        rule("threatened", "stalking", VEILED + r"[^\n]{0,6}?" + SAID, has_negation=True),
        rule("watched", "stalking",
             r"(?:かめら|カメラ|すまほ|スマホ|れんず|レンズ)(?:を)?(?:むけ|向け)られ"
             r"|" + OWN + r"の(?:しゃしん|写真)(?:が|を)?[^\n]{0,8}?(?:はいって|入って|はいってい|入ってい|とどい|届い"
             r"|おかれ|置かれ"
             r"|いれられ|入れられ|おくられ|送られ)",
             unless=SCAM_WARNING + r"|しゃしんかん|写真館|ねんがじょう|年賀状|かぞく|家族|ともだち|友達|友だち"),
        rule("posted_online", "stalking",
             ONLINE + r"[^\n]{0,12}?" + PERSONAL + r"[^\n]{0,16}?" + POSTED,
             unless=SCAM_WARNING + r"|しょうかい|紹介|けいさい(?:きぼう|したい)|ごうかく|合格|ひょうしょう|表彰"),
        # --- 188 ---
        rule("refund_refused", "consumer",
             UNDO + r"[^\n]{0,30}?" + REFUSED + "|" + TRADER + r"(?:が|に"
                 r"|さ)?[^\n]{0,10}?" + UNDO + r"[^\n]{0,10}?" + REFUSED,
             has_negation=True, unless=SCAM_WARNING),
        rule("contract_stamped", "consumer",
             r"(?:けいやくしょ|契約書|もうしこみしょ|申込書)[^\n]{0,8}?(?:はんこ|判子|ハンコ|いんかん|印鑑|さいん|サイン)(?:を)?"
             r"(?:おし|押し|おさ|押さ|し(?:て|た|ちゃ)|させ|さ(?:れ|せ))",
             needs=r"きづいたら|気づいたら|気付いたら|いつのまにか|いつの間にか|つもりが|まんえん|万円|させられ|むりやり|無理やり"),
        rule("bought_cheaply", "consumer",
             r"(?:かいとり|買い取り|買取|かいとります|買い取ります)[^\n]{0,40}?(?:やすく|安く|やすい|安い)[^\n]{0,12}?"
             r"(?:もっていかれ|持って行かれ|持っていかれ|もってかれ|持ってかれ|とられ|取られ|かいとられ|買い取られ|うって|売って"
             r"|うらされ|売らされ|わたし|渡し)"),
        rule("bill_multiplied", "consumer",
             r"(?:ばい|倍|にばい|二倍|さんばい|三倍|けた|桁)(?:の|も|いじょう|以上)?[^\n]{0,4}?(?:きんがく|金額|りょうきん|料金|だいきん|代金"
             r"|ねだん|値段|おかね|お金)?[^\n]{0,4}?(?:せいきゅう|請求|はらえ|払え|とられ|取られ)",
             unless=SCAM_WARNING),
    )
