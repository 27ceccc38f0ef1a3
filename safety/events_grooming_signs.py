"""An adult who keeps messaging a young person to meet alone or to send photos (round 53, wide55): grooming by a coach,
a tutor's employer, a club's adult - a matter for the police consultation line (#9110).

Nobody says harassment or stalking: they say the club team's coach sends the daughter messages every night asking
to go for a drive, just the two of them, and for photos (コーチから毎晩「二人で会おう」「写真送って」). The rule reads
an adult sender (:data:`ADULT_SENDER`: a coach, a manager, a teacher, a father, a grown man), what is asked (:data:`
ASKED`: to meet, the two of them, photos) and a message, on the same line as a repetition (:data:`KEPT_UP`: every
night, for weeks, again and again). Not a schedule or a team notice, not a drama, not one message.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, on_its_line_with, rule

# An adult who sends it: a coach, a manager, a teacher, a pupil's father, a grown man.
ADULT_SENDER = (r"(?:こーち|コーチ|かんとく|監督|せんせい|先生|ちちおや|父親|おとうさん|お父さん"
                r"|おとな|大人|おじさん|しらない(?:おとこ|男)|知らない男)(?:の(?:ひと|人|かた|方))?(?:さん)?から")
# What is asked: to meet, the two of them, photos.
ASKED = (r"(?:ふたりで|二人で|ふたりきり|二人きり|あいたい|会いたい|あおう|会おう|あえない|会えない|しゃしん|写真"
         r"|どらいぶ|ドライブ)")
# A message arrived: a message, a LINE, a DM, a mail, sent or come.
MESSAGED = (r"(?:めっせーじ|メッセージ|らいん|ライン|line|dm|ＤＭ|めーる|メール|とどい|届い|とどき|届き"
            r"|おくられ|送られ|きます|くる|来る|きて|来て)")
# Kept up: every night or day, for weeks, again and again.
KEPT_UP = (r"まいばん|毎晩|まいにち|毎日|まいよ|毎夜|よなか|夜中|なんしゅうかん|何週間|なんどもなんども|なんかいも"
           r"|何回も|しつこ")
# A schedule, a notice, a drama.
NOT_GROOMING = (FICTION + r"|れんらくもう|連絡網|おしらせ|お知らせ|よてい|予定|しあい|試合"
                r"|れんしゅう(?:の)?(?:じかん|時間)")


def grooming_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("stalking", "stalking",
             on_its_line_with(ADULT_SENDER + r"[^\n]{0,40}?" + ASKED + r"[^\n]{0,30}?" + MESSAGED, KEPT_UP),
             unless=NOT_GROOMING),
    )
