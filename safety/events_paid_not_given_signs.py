"""Paid for what was not given (round 58, helper A129: wide60b - a household's dealings with tradesmen and shops).

Each rule is ``consumer`` (188, the consumer centre): told by what happened to the money, never by the words
"fraud" or "consumer":

- *work paid ahead and the firm gone* (``paid_ahead_gone``): half or all of a job paid ahead (半分前払いしたら, 先に
  払ったら, 手付を入れたのに) and the workers no longer coming or the firm unreachable (来なくなった, 電話もつながら
  ない, 連絡がとれない) - a renovation, a roof, a bath;
- *charged twice* (``charged_twice``): a card or an account charged two times for one purchase or booking
  (カードで二回引き落とされた, おかねを にかい ひかれました, 二重に決済);
- *delivered short of the bill* (``billed_beyond_delivered``): a delivery or a meter that rose only so far while the
  bill says more (18Lくらいしか増えてないのに40L分請求, 伝票には四十リットル…半分も上がってない).

Quiet: a story, a plan, a question of how to pay (前払いでもいいですか), a medicine taken twice (its own advice rule).

Tests: tests/safety/test_events_paid_not_given_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# Paid ahead, or half paid (半分前払い, 先に払った, 手付を入れた, 内金).
PAID_AHEAD = (r"(?:はんぶん|半分|まえばらい|前払い|まえきん|前金|てつけ|手付|ないきん|内金"
              r"|さきに(?:はら|払|しはら|支払)|先に(?:はら|払|しはら|支払))")
# ... and the workers gone or the firm unreachable (来なくなった, 来ねぐなった, 電話もつながらない, 連絡がとれない).
WORKERS_GONE = (r"(?:こなく|来なく|きなく|こねく|来ねく)(?:なっ|なり|なて)"
                r"|(?:れんらく|連絡)(?:が|も)?(?:つか|とれ|取れ)(?:ない|ねえ|ね|ず|なく|ません)"
                r"|(?:でんわ|電話)[^\n]{0,6}?(?:つながら|繋がら|つながりません|繋がりません|でない|出ない|でねえ|出ねえ"
                r"|でません|出ません)"
                r"|よにげ|夜逃げ|ゆくえ(?:が)?(?:わから|不明)|行方(?:が)?(?:わから|不明)")
# ... for a job at the house (リフォーム, 工事, 屋根, 風呂, 職人, 業者, 工務店).
HOUSE_WORK = (r"りふぉむ|りふぉーむ|リフォーム|かいそう|改装|かいしゅう|改修|こうじ|工事|やね|屋根|ふろ|風呂"
              r"|といれ|トイレ"
              r"|だいどころ|台所|きっちん|キッチン|しょくにん|職人|ぎょうしゃ|業者|こうむてん|工務店|だいく|大工|とそう|塗装")
# Charged twice (二回引き落とされた, にかい ひかれました, 二重に決済).
CHARGED_TWICE = (r"(?:にかい|二回|2回|にど|二度|2度|にじゅう|二重)(?:も|に|ぶん|分)?[^\n]{0,4}?"
                 r"(?:ひきおと|引き落と|ひかれ|引かれ|せいきゅう|請求|けっさい|決済|かきん|課金|とられ|取られ)")
MONEY_TOLD = (r"かーど|カード|おかね|お金|ひきおと|引き落と|せいきゅう|請求|りょうきん|料金|だいきん|代金|けっさい|決済"
              r"|よやく|予約|つうはん|通販|こうざ|口座")
# Delivered or risen only so far (18Lしか増えてない, 半分も上がってない, 半分しか入ってない) ...
SHORT_DELIVERED = (r"(?:しか|はんぶんも|半分も)[^\n]{0,8}?(?:ふえ|増え|あがっ|上がっ|はいっ|入っ)て(?:い)?"
                   r"(?:ない|ねえ|ね|ません|なかっ)")
# ... while the bill or the slip says more.
BILLED = r"せいきゅう|請求|でんぴょう|伝票|りょうしゅう|領収|りょうきん|料金|だいきん|代金"
# Not a story, a plan or a question of how to pay.
NOT_DEALT = FICTION + r"|もし|(?:ても|でも)(?:いい|よい|だいじょうぶ|大丈夫)|ほうほう|方法"


def paid_not_given_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("paid_ahead_gone", "consumer", PAID_AHEAD + r"[^\n]{0,40}?(?:" + WORKERS_GONE + ")",
             needs=HOUSE_WORK, unless=NOT_DEALT),
        rule("charged_twice", "consumer", CHARGED_TWICE, needs=MONEY_TOLD, unless=NOT_DEALT + r"|くすり|薬"),
        rule("billed_beyond_delivered", "consumer", SHORT_DELIVERED, needs=BILLED, unless=NOT_DEALT),
    )
