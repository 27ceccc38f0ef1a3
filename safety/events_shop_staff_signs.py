"""A shop's troubles told from behind the counter: a blade drawn at the staff, a counterfeit note in the till, goods
taken without paying again and again, and work a shop installed that fails and that it will not put right (round 58,
helper A128).

Kinds wide60 (supermarkets and shops from the staff side) found unread; tellings written for them are in
tests/safety/test_events_shop_staff_signs.py:

- a blade drawn (カッターを出して, ナイフを取り出して, 包丁を抜いて) and pointed at someone (店長に向けて, 店員さ
  突きつけで): a threat with a weapon now, 110 (``weapon``) - not a cutter drawn to open a box (no person named), nor a
  drama;
- a note without its watermark or told counterfeit (透かしがない一万円札, 偽札だと思う, にせさつ): the police
  consultation line (#9110; 110 only with a "now" cue) - not a question of how to tell one (見分け方), the news or a
  drama;
- the same customer leaving without paying, told as a habit (毎週のように払わずに持って帰る, なんかいも): #9110 - a
  shoplifter who is violent now is read by the police rules, which come first;
- work ordered from a shop or a contractor (リフォーム, 工事, 取り付け, 頼んだ) that leaks, tilts or cracks, and the
  shop refusing to put it right (直してくれない, やり直しに応じてくれない, 施工は問題ないの一点張り): the consumer
  line (188) - not a leak the writer only asks about, nor one after a storm told with no refusal.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# A bank note (一万円札, 千円札, お札, 紙幣) ...
NOTE = (r"(?:いちまん|一万|1万|１万|ごせん|五千|5千|せん|千|にせん|二千)えん(?:さつ|札)"
        r"|(?:一万|1万|１万|五千|5千|千|二千)円札"
        r"|おさつ|お札|しへい|紙幣")
# ... without its watermark (透かしがない, すかしもなくて, 透かしのない).
NO_WATERMARK = (r"(?:すかし|透かし)(?:が|も|の|は)?(?:(?:はいって|入って)(?:い)?)?"
                r"(?:ない|なく|ありません|ません|ねえ|ね(?![ぁ-ゖ]))")
# ... or told counterfeit (偽札, にせさつ, ニセ札, 偽造紙幣, 偽物のお札).
COUNTERFEIT_WORD = (r"にせさつ|偽札|ニセ札|にせ札|ぎぞう(?:しへい|さつ|こうか)|偽造(?:紙幣|札|硬貨)"
                    r"|(?:にせもの|偽物|偽もの)の(?:おさつ|お札|しへい|紙幣)")
COUNTERFEIT = (COUNTERFEIT_WORD + r"|(?:" + NOTE + r")[^\n]{0,30}?" + NO_WATERMARK
               + r"|" + NO_WATERMARK + r"[^\n]{0,10}?(?:" + NOTE + ")")
# Not how to tell one (偽札の見分け方), the news, a drama, a lesson or a collection.
NOT_FOUND = FICTION + r"|みわけ|見分け|にゅーす|ニュース|きをつけ|気をつけ|こうしゅう|講習|もし(?!れ)"

# Leaving without paying (お金を払わずに, はらわないで, 代金を払わず) with the goods (持って帰る, 帰られます) ...
UNPAID = (r"(?:おかね|お金|かね|金|だいきん|代金|りょうきん|料金|おかんじょう|お勘定)(?:を|も)?"
          r"(?:はらわ|払わ)(?:ずに|ず|ないで|ないまま)")
TAKEN_AWAY = r"もって|持って|もちかえ|持ち帰|かえ(?:り|る|ら|っ)|帰(?:り|る|ら|っ)|でて(?:い|く)|出て(?:い|く)"
# ... told as a habit (毎週のように, 何回も, いつも, 常習).
HABIT = (r"まいしゅう|毎週|まいにち|毎日|まいかい|毎回|いつも|なんかいも|何回も|なんども|何度も|たびたび|度々"
         r"|しょっちゅう|じょうしゅう|常習|のように")
HABITUAL_UNPAID = (r"(?:" + HABIT + r")[^\n]{0,40}?(?:" + UNPAID + r")[^\n]{0,20}?(?:" + TAKEN_AWAY + ")"
                   r"|(?:" + UNPAID + r")[^\n]{0,20}?(?:" + TAKEN_AWAY + r")[^\n]{0,30}?(?:" + HABIT + ")")

# Work ordered from a business (リフォーム, 工事, 取り付け, 設置, 頼んだ) ...
WORK = (r"りふぉーむ|リフォーム|こうじ|工事|せこう|施工|せっち|設置|とりつけ|取り付け|取付|つけてもら|付けてもら"
        r"|はりかえ|張り替え|ぬりかえ|塗り替え|たのんだ|頼んだ")
# ... that fails: a leak, a pool of water, a tilt, a gap, peeling, a crack.
DEFECT = (r"あまもり|あめもり|雨漏り|みずもれ|水漏れ|もれて|漏れて|みずたまり|水たまり|かたむ|傾|すきま|隙間"
          r"|はがれ|剥がれ"
          r"|ひびが|ひび割れ|がたつ|ガタつ")
# ... and the business not putting it right (直してくれません, やり直しに応じてくれない, 来てもくれない, 施工は問題ない
# の一点張り, やり直しを頼んでも…と言われ).
NOT_PUT_RIGHT = (r"(?:なおして|直して|やりなおして|やり直して|しゅうりして|修理して|きて|来て|みにきて|見に来て"
                 r"|たいおうして|対応して|おうじて|応じて)(?:は|も)?(?:くれ|もらえ)(?:ない|ません|ねえ|ね(?![ぁ-ゖ]))"
                 r"|いってんばり|一点張り"
                 r"|(?:せこう|施工|こうじ|工事)(?:は|に|の)?(?:もんだい|問題)(?:は|が)?(?:ない|ありません|ねえ|じゃない)"
                 r"|(?:やりなおし|やり直し|なおし|直し|しゅうり|修理)(?:を|も)?(?:たのんで|頼んで|もとめて|求めて"
                 r"|おねがいして|お願いして)も")
WORK_NOT_PUT_RIGHT = (r"(?:" + WORK + r")[^\n]{0,60}?(?:" + DEFECT + r")[^\n]{0,60}?(?:" + NOT_PUT_RIGHT + ")")


# A blade drawn (カッターを出して, ナイフ取り出して, 包丁を抜いて; カッター is folded to かった, so only before
# a drawing verb) and then pointed at someone (店長に向けて, 店員さ突きつけで) - a threat with a weapon now, 110.
BLADE = (r"(?:かった(?:ないふ)?|ないふ|ナイフ|ほうちょう|包丁|はもの|刃物|かみそり|カミソリ|はさみ|ハサミ|きり|錐)")
DRAWN = r"(?:を|お)?(?:だし|出し|とりだ|取り出|ぬい|抜い)"
POINTED_AT = (r"(?:に|さ|へ|の(?:ほう|方)に|の(?:ほう|方)さ)[^\n]{0,3}?"
              r"(?:むけ|向け|つきつけ|突きつけ|突き付け|かざ|翳)")
BLADE_POINTED = BLADE + DRAWN + r"[^\n]{0,24}?" + POINTED_AT
# Not a drama or a game, nor a cutter drawn at a box (段ボールに向けて: no person named - the ``needs``).
BLADE_AT_SOMEONE = (r"ひと|人|てんちょう|店長|てんいん|店員|かかり|係|けいび|警備|じゅうぎょういん|従業員|しゃいん|社員"
                    r"|おきゃく|お客|きゃく|客|こども|子ども|子供|おとこ|男|おんな|女|わたし|私|おれ|俺|ぼく|僕")


def shop_staff_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("weapon", "police", BLADE_POINTED, needs=BLADE_AT_SOMEONE, unless=FICTION),
        rule("counterfeit_note", "scam", COUNTERFEIT, unless=NOT_FOUND),
        rule("habitual_unpaid", "scam", HABITUAL_UNPAID, has_negation=True, unless=FICTION + r"|もし(?!れ)"),
        rule("work_not_put_right", "consumer", WORK_NOT_PUT_RIGHT, has_negation=True, unless=FICTION),
    )
