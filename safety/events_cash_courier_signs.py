"""Cash on its way to a swindler's receiver, seen by someone who serves the carrier (round 49, helper A90: wide51's
taxi driver whose elderly passenger carries 五百万円 to hand to "the son's lawyer" at the station, on the phone all
the while).

The event is read over its parts, not by a word list of scams: a large sum of cash (大金, 現金, 五百万円, 札束) to be
handed over or brought to someone (渡す, 渡しに, 届ける, 人に会う), told by a witness in the scene with the carrier now
(a taxi driver with the passenger aboard, a counter clerk with the customer before them), with a sign that someone is
steering it (on the phone, 電話の指示, つながったまま, 受け子, 様子が変). A receiver waiting is a theft now: 110.

Not these: a plan of one's own to withdraw cash (明日リフォーム代を下ろす), a warning or a poster about such
couriers, a drama."""

from __future__ import annotations

from safety.rule import FICTION, SCAM_WARNING, Rule, on_its_line_with, rule

# A large sum of cash (大金, 現金, 多額の, 五百万円, 300万, 札束).
LARGE_CASH = (r"たいきん|大金|げんきん|現金|たがく|多額|さつたば|札束"
              r"|(?:[0-9０-９]+|[一二三四五六七八九十百千]+)(?:まん|万)(?:えん|円)?")
# ... to be handed over or brought to someone (渡す, 渡しに, 手渡す, 届ける, 駅前で人に会う).
HANDED_OVER = (r"わたす|渡す|わたし(?:に|ます)|渡し(?:に|ます)|わたそう|渡そう|てわた|手渡|とどけ|届け"
               r"|(?:ひと|人|だれか|誰か|あいて|相手)(?:に|と)(?:あう|会う|あい|会い|会わ|あわ)")
# The witness in the scene with the carrier now: a taxi with the passenger aboard (乗せた, お乗せしている, 今乗ってる,
# 乗車中), a counter with the customer at it (窓口にいらした, 窓口で).
CARRIER_BEFORE_ME = (r"たくしー|タクシー|のせた|乗せた|のせて|乗せて|おのせ|お乗せ|じょうしゃちゅう|乗車中"
                     r"|のって(?:る|いる|いま)|乗って(?:る|いる|いま)|まどぐち|窓口|かうんたー|カウンター")
# ... and a sign that someone steers it: a phone kept on, an order by phone, a receiver, a scene the witness finds odd.
STEERED = (r"でんわ|電話|けいたい|携帯|すまほ|スマホ|つながったまま|繋がったまま|うけこ|受け子|うけとりやく|受け取り役"
           r"|さぎ|詐欺|ようすが(?:へん|変|おかし)|様子が(?:へん|変|おかし)|べんごし|弁護士|じだんきん|示談金")
# Not a plan, a warning or a story: a withdrawal of one's own planned (あした, 明日), a poster or a caution, a drama.
NOT_A_COURIER_NOW = (SCAM_WARNING + "|" + FICTION + r"|もし|ないよう|きをつけ|気をつけ|ちゅうい|注意|ぽすたー|ポスター"
                     r"|あした|明日|あす|らいしゅう|来週|(?:た|だ)ことが|ニュース|にゅーす")

# The receiver still at the door (男はまだいます, 男まだいる, 相手はまだ玄関先に, 男まだいっちゃ).
RECEIVER_STILL_HERE = (r"(?:おとこ|男|あいて|相手|ひと|人|かれ|彼)(?:の(?:ひと|人))?(?:は|が|も)?"
                       r"まだ(?:げんかん|玄関|いえ|家"
                       r"|そこ|そご|いる|いま|いっ|おり|おる|いた)")


def cash_courier_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("cash_courier", "police",
             on_its_line_with(r"(?:" + LARGE_CASH + r")[^\n]{0,40}?(?:" + HANDED_OVER + ")", CARRIER_BEFORE_ME),
             needs=STEERED, unless=NOT_A_COURIER_NOW),
        # round 51 (wide53b): cash handed over at a door, the receiver still there (背広の若え男さ現金の封筒渡すどご
        # だった…男まだいっちゃ; 封筒の現金を渡していて、相手はまだ玄関にいる): a theft now, told by a caller at the
        # house (a courier, a postman). Voiced: まだ, not また ("again").
        rule("cash_courier", "police",
             on_its_line_with(r"(?:" + LARGE_CASH + r"|(?:おかね|お金|かね|金)(?:の|が)?(?:はいった|入った|入っだ)?"
                              r"(?:ふうとう|封筒))[^\n]{0,40}?(?:" + HANDED_OVER + r"|わたして|渡して|わたしで|渡しで)",
                              RECEIVER_STILL_HERE),
             unless=NOT_A_COURIER_NOW, voiced=True),
    )
