"""A stranger's footprints in the snow up to the home, or footsteps round it at night (round 48, blind49b): someone
prowling round the home.

Nobody says a prowler; they say footprints nobody in the house made lead up to the window in the snow and something
rattles at the back door now (庭の雪の上に見覚えのない足跡が窓の下まで続いていて、今も裏口の方でガタガタ音がして
います: 110), or that footsteps go round the house at night and footprints are in the snow each morning (この頃、夜に
なると家の周りを歩く足音がして、朝になると雪に足跡が残っています: the police consultation line, #9110, as the
night-after-night habit of :data:`safety.detect_cues.PROWLING_HABIT` turns a prowler into). Not an animal's tracks,
not the postman's or the family's, not a story.
"""

from __future__ import annotations

from safety.rule import ANIMAL, FICTION, UNKNOWN_OR_SUSPICIOUS, Rule, rule

FOOTPRINTS = r"(?:あしあと|足跡|くつあと|靴跡|くつのあと|靴の跡)"
# Made by nobody of the house.
STRANGERS = (r"(?:みおぼえのない|見覚えのない|みおぼえのね|見覚えのね|みなれない|見慣れない|" + UNKNOWN_OR_SUSPICIOUS
             + r"|だれのか|誰のか|だれかの|誰かの|おおきな|大きな|おとこの|男の|おとなの|大人の)")
# The house's windows and doors, and round the house.
HOME_SPOT = (r"(?:まど|窓|うらぐち|裏口|かってぐち|勝手口|げんかん|玄関|べらんだ|ベランダ|しんしつ|寝室"
             r"|(?:いえ|家|うち)の(?:まわり|周り|うら|裏|よこ|横))")
# Footsteps going round the house (家の周りを歩く足音, 窓の外でざくざく足音).
FOOTSTEPS_ROUND = (HOME_SPOT + r"(?:の)?(?:を|で|に|さ)?[^\n]{0,8}?(?:あしおと|足音|ざくざく|さくさく)")
# Those the caller knows made them, or an animal's.
KNOWN_MAKER = (ANIMAL + "|" + FICTION + r"|ゆうびん|郵便|はいたつ|配達|しんぶん|新聞|けんしん|検針|じょせつ|除雪"
               r"|たぬき|狸|きつね|狐|くま|熊|しか|鹿|いのしし|猪|かもしか|うさぎ|兎|とり(?:の)?(?:あしあと|足跡)")


def footprints_sign_rules() -> tuple[Rule, ...]:
    """A stranger's footprints up to the home, footsteps round it: someone prowling (police; #9110 as a habit)."""
    return (
        rule("someone_around", "police",
             STRANGERS + r"[^\n]{0,4}?" + FOOTPRINTS + r"[^\n]{0,16}?" + HOME_SPOT
             + "|" + HOME_SPOT + r"[^\n]{0,10}?" + STRANGERS + r"[^\n]{0,4}?" + FOOTPRINTS
             + "|" + FOOTSTEPS_ROUND + r"[^\n]{0,30}?" + FOOTPRINTS,
             unless=KNOWN_MAKER),
    )
