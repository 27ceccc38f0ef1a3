"""Someone found missing at a head count (round 53, wide55): a roll call on a trip, a camp or an outing comes up one
short and the one missing cannot be reached or found - a missing person, 110.

Nobody says "missing": they say the night roll call is one short (夜の点呼で一人いない), the count of the group came
out short (人数を数えたら足りない), and that the phone is off or they have looked for hours. The head count is the
sign (:data:`HEAD_COUNT` then a shortfall), and the search or the silence on the same line makes it an event (a
count one short alone is often a pupil off sick). Not an absence known (休み, 欠席, 早退), not one found again (the
resolved closures of :mod:`safety.detect` take 見つかった, 合流できた), not an animal, not a story.
"""

from __future__ import annotations

from safety.rule import ANIMAL, FICTION, Rule, on_its_line_with, rule

# A head count: a roll call, a count of the group or of the heads.
HEAD_COUNT = (r"(?:てんこ|点呼|にんずうかくにん|人数確認|にんずう(?:を)?(?:かぞえ|数え|たしかめ|確かめ)"
              r"|人数(?:を)?(?:数え|確かめ)|あたまかず|頭数)")
# ... one or more short: not there, not back, too few.
SHORT = (r"(?:いな(?:い|く)|いね(?:え)?|おらん|おりません|いません|たりな|足りな|たりね|足りね|たりま|足りま"
         r"|たらな|足らな"
         r"|もどってな|戻ってな|もどってこな|戻ってこな|かえってこな|帰ってこな)")
# The one missing not reached nor found: a phone off or unanswered, a search, hours gone.
NOT_REACHED = (r"(?:れんらく|連絡)(?:が)?(?:つか|とれ|取れ)|(?:でんわ|電話|すまほ|スマホ|けいたい|携帯)(?:も|が|に)?"
               r"[^\n]{0,6}?(?:つうじ|通じ|つなが|繋が|でな|出な|でね|出ね|きれ|切れ|おふ|オフ)"
               r"|(?:さがし|探し|さかし)|(?:みつから|見つから|みっかん|見っかん|みつかりま|見つかりま)"
               r"|(?:じかん|時間)(?:いじょう|以上|ちかく|近く|たって|経って|も)")
# An absence known, an animal, a story.
NOT_MISSING = (FICTION + "|" + ANIMAL + r"|やすみ|休み|けっせき|欠席|そうたい|早退|かぜ|風邪|ちこく|遅刻")


def head_count_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # (the search as a look-ahead on the line, not ``needs``: a count one short with no search must not guard the
        # classifiers)
        rule("missing_person", "police",
             on_its_line_with(HEAD_COUNT + r"[^\n]{0,20}?" + SHORT, NOT_REACHED),
             has_negation=True, unless=NOT_MISSING),
    )
