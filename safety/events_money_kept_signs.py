"""Money a business keeps or asks for unfairly: a deposit or an advance not refunded, a fee added after the
service, a bill for what nobody applied for (round 54, helper A112).

Kinds wide56 (care homes and hospitals from the staff side) found unread when told in kana or plainly, each the
consumer line (188) in the set; tellings written for them are in tests/safety/test_events_money_kept_signs.py:

- money paid to a business (入居金, 保証金, 前払い, 払ったお金) and it not giving it back (返してくれません,
  返金してくれない, 戻ってこない) - not money lent to a friend (貸したお金を返してくれない: no business);
- a fee added afterwards (あとから待機料がついて, 後で手数料を請求された) - not a fee asked about beforehand;
- a bill or a demand to pay for what was never applied for or ordered (申し込んでいない…請求書が届く, 頼んでない
  のに代金を払えと).
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# Money paid to a business: a deposit, an advance, an entry or a membership fee, or "the money I paid".
PAID = (r"にゅうきょきん|入居金|にゅうしょきん|入所金|ほしょうきん|保証金|しききん|敷金|まえばらい|前払い|まえきん|前金"
        r"|てつけきん|手付金|にゅうかいきん|入会金|いちじきん|一時金|よやくきん|予約金"
        r"|(?:はらった|払った|はらいました|払いました|はらってた|払ってた|あずけた|預けた|ふりこんだ|振り込んだ)[^\n]{0,6}?"
        r"(?:おかね|お金|かね|金|ぶん|分|だい|代|りょう|料)")
# ... not given back (返してくれません, 返金してくれない, 戻ってこない, 返さないと言われた).
NOT_RETURNED = (r"(?:かえして|返して|へんきんして|返金して|もどして|戻して)(?:は)?(?:くれ|もらえ)"
                r"(?:ない|ません|ねえ|ず|ん)"
                r"|(?:かえさ|返さ)(?:ない|ねえ|ず|ん)|(?:へんきん|返金)(?:は|も|を)?(?:されない|されません|できない|できません"
                r"|しない|しません|ことわ|断|ない|ありません)"
                r"|(?:かえって|返って|もどって|戻って)(?:こない|きません|こねえ|こん)")
DEPOSIT_KEPT = r"(?:" + PAID + r")[^\n]{0,30}?(?:" + NOT_RETURNED + ")"
# Not money lent to a person (貸したお金), nor something that comes back in due course (来月返金されます).
NOT_A_BUSINESS = FICTION + r"|かした|貸した|かしてた|貸してた|ともだち|友達|友人|ゆうじん|かれし|彼氏|かのじょ|彼女"

# A fee added after the service (あとから待機料がついて, 後で追加料金を請求された, 知らない手数料が足されて).
ADDED_AFTER = (r"(?:あとから|後から|あとで|後で|あとになって|後になって)[^\n]{0,12}?"
               r"(?:りょう|料|だい|代|てすうりょう|手数料"
               r"|ついか|追加|かさん|加算)(?:きん|金)?(?:が|を|も)?[^\n]{0,4}?"
               r"(?:つい|付い|ついか|追加|かさん|加算|せいきゅう|請求|たされ|足され|のせられ|乗せられ|とられ|取られ)")

# A bill or a demand to pay for what was never applied for or ordered (申し込んでいない…請求書, 頼んでないのに代金を).
NOT_APPLIED = (r"(?:もうしこんで|申し込んで|申込んで|たのんで|頼んで|ちゅうもんして|注文して|けいやくして|契約して)"
               r"(?:い)?(?:ない|ません|ねえ|ねー)")
BILLED = (r"せいきゅう|請求|はらえ|払え|ふりこめ|振り込め|ふりこみ|振込|だいきん|代金|しはらい|支払")
UNASKED_BILL = r"(?:" + NOT_APPLIED + r")[^\n]{0,30}?(?:" + BILLED + ")"


def money_kept_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("consumer", "consumer", DEPOSIT_KEPT, unless=NOT_A_BUSINESS),
        rule("consumer", "consumer", ADDED_AFTER, unless=FICTION),
        rule("consumer", "consumer", UNASKED_BILL, unless=FICTION),
    )
