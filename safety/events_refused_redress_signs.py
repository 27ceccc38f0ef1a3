"""Redress refused: an article a machine or a service spoiled, and papers an employer keeps (round 51, helper A99).

Two kinds round 50's breadth sets left (wide52b), each labelled in the set by its consultation line; tellings written
for them are in tests/safety/test_events_refused_redress_signs.py:

- an article scorched, shrunk, torn or broken by a shop's machine or a service, and the shop refusing to make it good
  (乾燥機でダウンが焦げたのに補償しないって, クリーニングで縮んだのに「お客様の責任です」): the consumer line (188) -
  not a compensation asked of the city after a storm or a power cut (停電で冷凍庫の中身が…補償ありますか: no refusal
  told), nor a thing the writer broke;
- an employer or a company keeping a worker's passport or residence card and not giving it back (社長がパスポートを
  返さない, 会社が在留カードを預かったまま): the police consultation line (#9110; 110 when it is happening now, a
  beating or a flight told - blind41b's 社長、わたしのパスポート取った…にげてる stays an emergency).
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, in_either_order, rule

# An article spoiled: scorched, shrunk, torn, holed, broken, its colour gone (焦げて穴あいた, 縮みました, 破れて).
SPOILED = (r"こげ|焦げ|ちぢ(?:ん|み|ま)|縮(?:ん|み|ま)|やぶれ|破れ|あな(?:が)?あ(?:い|き)|穴(?:が)?あ|こわれ|壊れ"
           r"|いろおち|色落ち"
           r"|きず(?:が|を)?(?:つい|付い)|傷(?:が|を)?(?:つい|付い)")
# ... and making it good refused (補償しないって, 弁償できません, 「お客様の責任です」と切られた, 一切補償しない).
REFUSED = (r"(?:ほしょう|補償|べんしょう|弁償|ばいしょう|賠償|へんきん|返金)(?:は|も|を)?(?:いっさい|一切|でき|出来)?"
           r"(?:しない|しません|できない|できません|出来ない|出来ません|しねえ|してくれな|してくれません|してもらえな"
           r"|ない|ありません|むり|無理|ことわ|断|きょひ|拒否)"
           r"|(?:おきゃくさま|お客様|おきゃくさん|お客さん|そちら|あなた|おたく|お宅)(?:の|側の)(?:せきにん|責任)")
DAMAGE_REFUSED = (r"(?:" + SPOILED + r")[^\n]{0,60}?(?:" + REFUSED + ")"
                  r"|(?:" + REFUSED + r")[^\n]{0,30}?(?:" + SPOILED + ")")
# Not a thing the writer broke or spoiled of someone else's (本を落として表紙が破れて, 借りた物を壊して), nor a storm
# (no FICTION: its えいが, devoiced えいか, is inside 運営会社).
NOT_THEIRS = (r"(?:を|お)(?:こわし|壊し|やぶっ|破っ|こがし|焦がし|おとし|落とし)|たいふう|台風|ていでん|停電"
                        r"|じしん|地震|ひがい|被害|しんすい|浸水")

# A passport or a residence card (パスポート, 在留カード, 旅券) ...
PAPERS = r"ぱすぽーと|パスポート|ざいりゅうかーど|在留カード|りょけん|旅券"
# ... kept by an employer (社長, 会社, 受け入れ先, 雇い主, 店長, オーナー, 監理団体) ...
EMPLOYER = (r"しゃちょう|社長|かいしゃ|会社|うけいれさき|受け入れ先|受入先|やといぬし|雇い主|てんちょう|店長"
            r"|おーなー|オーナー"
            r"|かんりだんたい|監理団体|ぼす|ボス|じぎょうぬし|事業主|こようぬし|雇用主")
# ... not given back (返さない, 返してくれない, 預かったまま, 取り上げ, 持ってる - told by the worker's friend).
WITHHELD = (r"かえさ(?:ない|ねえ|ず|ん)|返さ(?:ない|ねえ|ず|ん)|かえして(?:くれ|もらえ)(?:ない|ません|ねえ)"
            r"|返して(?:くれ|もらえ)(?:ない|ません|ねえ)|あずかった(?:まま|きり)|預かった(?:まま|きり)|とりあげ|取り上げ"
            r"|(?:もって|持って)(?:る|いる|います)")
PAPERS_WITHHELD = (r"(?:" + EMPLOYER + r")(?:が|は|に|の)?[^\n]{0,24}?(?:" + PAPERS + r")[^\n]{0,24}?"
                   r"(?:" + WITHHELD + ")"
                   r"|(?:" + PAPERS + r")[^\n]{0,30}?(?:" + EMPLOYER + r")(?:が|は|に)?[^\n]{0,8}?(?:" + WITHHELD + ")"
                   # (the card asked for, 「しゃちょうが もってる」と下を向く)
                   r"|(?:" + PAPERS + r")[^\n]{0,24}?(?:" + EMPLOYER + r")(?:が|は)(?:もって|持って)")
# Not a procedure asked about (パスポートの申請, 更新), nor a card kept by a desk for an hour (ホテルのフロント).
NOT_WITHHELD = FICTION + r"|しんせい|申請|こうしん|更新|ふろんと|フロント|なくし|無くし|紛失|ふんしつ"

# round 54 (wide56b): a stay or a plan booked for what it offered (露天風呂付きのプラン, 予約した) that was not there,
# and the money refused back (差額を返さない, 一円も返さねって, 返金しないって): the consumer line.
BOOKED = (r"ぷらん|プラン|つき(?:の|で)|付き(?:の|で)|付ぎ(?:の|で)|よやく|予約|しゅくはく|宿泊|こうこく|広告"
          r"|せんでん|宣伝"
          r"|のって(?:い)?た|載って(?:い)?た")
REFUND_REFUSED = (r"(?:へんきん|返金|さがく|差額|おかね|お金|いちえん|一円|りょうきん|料金|だいきん|代金)(?:は|も|を)?"
                  r"(?:いっさい|一切)?(?:かえさ|返さ)(?:ない|ねえ|ね(?![ぁ-ゖ])|ねって|ず|ん(?![ぁ-ゖ])|ないと|ねと)"
                  r"|(?:へんきん|返金|はらいもどし|払い戻し)(?:は|も)?(?:いっさい|一切)?(?:しない|しません|できない|できません"
                  r"|しねえ|できねえ|なし|ありません|ことわ|断|きょひ|拒否)")
BOOKED_NOT_REFUNDED = r"(?:" + BOOKED + r")[^\n]{0,70}?(?:" + REFUND_REFUSED + ")"
# Damage there before the hire (最初からあった傷, 借りたときからついていた傷) charged for on return (修理代を払えって).
DAMAGE_BEFORE = (r"(?:さいしょ|最初|はじめ|初め|もともと|元々|かりたとき|借りたとき|かりた時|借りた時|まえ|前)(?:から)"
                 r"[^\n]{0,10}?(?:きず|傷|へこみ|凹み|よごれ|汚れ)")
CHARGED = (r"しゅうりだい|修理代|しゅうりひ|修理費|べんしょう|弁償|せいきゅう|請求|はらえ|払え|はらって|払って")
OLD_DAMAGE_CHARGED = in_either_order(DAMAGE_BEFORE, CHARGED, gap=30, gap_back=40)

# Round 55 (wide56b's lift pass bought on a resale site): a ticket or pass bought second-hand that does not work at
# the gate (フリマで買ったチケットが使えない, 転売サイトの券が無効) - a consumer matter (188); the seller unreachable
# that follows is the seller's silence, not a person missing (:mod:`safety.detect_thing_closures`).
SECOND_HAND = (r"ふりま|フリマ|てんばい|転売|こじんばいばい|個人売買|おーくしょん|オークション"
               r"|ねっとで(?:かった|買った)|ねっとの(?:こじん|個人)")
TICKET = r"けん|券|ちけっと|チケット|ぱす|パス"
NOT_WORKING = (r"(?:つかえ|使え)(?:ない|なかっ|ませ|ね)|むこう|無効|にせもの|偽物"
               r"|にせ(?:の)?(?:けん|券|ちけっと|チケット)"
               r"|(?:はいれ|入れ|とおれ|通れ)(?:ない|なかっ|ませ)")
SECOND_HAND_TICKET_DUD = (r"(?:" + SECOND_HAND + r")[^\n]{0,30}?(?:" + TICKET + r")[^\n]{0,20}?"
                          r"(?:" + NOT_WORKING + ")")
SECOND_HAND_TICKET_CANCELLED: frozenset[str] = frozenset(
    {"missing_person", "weak_danger", "unconscious", "danger_word_police", "danger_word", "symptom"})


def refused_redress_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("damage_not_compensated", "consumer", DAMAGE_REFUSED, unless=NOT_THEIRS),
        rule("papers_withheld", "stalking", PAPERS_WITHHELD, unless=NOT_WITHHELD),
        rule("refund_refused", "consumer", BOOKED_NOT_REFUNDED, unless=FICTION + r"|じぶんのつごう|自分の都合"),
        rule("old_damage_charged", "consumer", OLD_DAMAGE_CHARGED, unless=FICTION),
        rule("second_hand_ticket_dud", "consumer", SECOND_HAND_TICKET_DUD, has_negation=True,
             unless=r"もし(?!れ)|ないように|きをつけ|気をつけ|ゆめ|夢"),
    )
