"""A person held fast while the water rises round them (round 50, wide52): trapped, 119.

Nobody says "drowning": they say the car stalled in a flooded underpass with the water up to the windows and the
driver cannot open the door (窓の下まで水が来ていて、中のおばあさんがドアを開けられずに), or a child's leg is sucked
into a culvert and the water is at the chest (足を取られて抜けなくなっています。水は胸の高さです), or a clam digger is
stuck in the mud as the tide comes in (泥に埋まって…水がおなかの高さまで). The event is the two parts read together:
someone held (cannot get free, out, or open the door) and the water at a body's or a car window's height - a rescue,
not a flood page. A person (or a leg held) must be named; a car with its driver out, or water at the window with
nobody held, is not this.
"""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, PEOPLE, WRITER, Rule, rule

# Held fast: cannot get free, out or open the door; sucked in, pinned, sunk in the mud, left inside.
HELD = (r"(?:ぬけ|抜け)(?:な|ねえ|ね|ません|ら(?:れ|ん)な)|(?:あし|足)(?:を|が)?[^\n]{0,4}?(?:とられ|取られ)"
        r"|すいこま|吸い込ま|はさま(?:っ|れ)|挟ま(?:っ|れ)|(?:どろ|泥)(?:に|さ)?[^\n]{0,6}?(?:うま|埋ま)"
        r"|(?:でられ|出られ|でらん|出らん|でれ|出れ)(?:な|ねえ|ね|ず|ません)"
        r"|(?:あけられ|開けられ|あけらん|開けらん)(?:な|ねえ|ず|ません)|(?:あか|開か)(?:な|ねえ|ず|ない)"
        r"|(?:あが|開が)(?:ねえ|ね)|(?:なか|中)(?:に|さ)(?:とりのこ|取り残|のこっ|残っ)")
# The water high on a body or a car: at the chest, the waist, the neck, the windows.
HIGH = r"(?:むね|胸|こし|腰|くび|首|おなか|お腹|はら|腹|かた|肩|あご|顎|まど|窓)"
WATER = r"(?:みず|水|しお|潮)"
WATER_HIGH = (WATER + r"(?:は|が|も)?(?:もう)?[^\n]{0,12}?" + HIGH
              + r"|" + HIGH + r"(?:の(?:した|下|たかさ|高さ)|んとこ|のとこ)?(?:まで|に|さ)(?:もう)?" + WATER)
HELD_SPAN = 40  # characters between the held person and the water's height
# Someone there: a person, the writer, or a leg held (どろに あしが はまって ぬけない: the teller's own).
SOMEONE = PEOPLE + "|" + WRITER + r"|あし|足"


def water_held_sign_rules() -> tuple[Rule, ...]:
    """A person held fast as the water rises to the chest or the windows (119)."""
    return (
        rule("trapped", "medical",
             r"(?:" + HELD + r")[^\n]{0," + str(HELD_SPAN) + r"}?(?:" + WATER_HIGH + r")"
             r"|(?:" + WATER_HIGH + r")[^\n]{0," + str(HELD_SPAN) + r"}?(?:" + HELD + r")",
             needs=SOMEONE, unless=ANIMAL_VETO),
    )
