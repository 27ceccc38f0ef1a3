"""A stranger's light moving about one's house or yard at night (round 47, blind48a): someone around, 110.

Nobody is seen; what is seen is a torch (夜中なのに、裏の物置のあたりで懐中電灯の光がうろうろしてる。家族はみんな
寝てる). A hand-held light or a light moving about a shed, a yard, a garage or the back of the house at night (or
with the house asleep) is a person there - not fireflies, fireworks, decorations, a plane or the sky.
"""

from __future__ import annotations

from safety.rule import Rule, on_its_line_with, rule

# The night (not 夜ご飯).
NIGHT = (r"(?:よなか|夜中|まよなか|真夜中|しんや|深夜|よる(?!ごはん|ご飯|ごはん)|夜(?!ご飯|ごはん)"
         r"|よふけ|夜更け|ゆうべ|昨夜)")
# ... or the house asleep, nobody meant to be there.
HOUSE_ASLEEP = (r"(?:ねて|寝て)(?:いま|いる|る|おり|ます)|ねしずま|寝静ま|だれもいない|誰もいない|だれもいね|誰もいね"
                r"|るす|留守")
# Where one's own premises are: a shed, a barn, the yard, the garage, the back of the house, the field by it (not the
# sky, not one's eyes: 目の前に光がちらちら is a symptom).
PREMISES = (r"(?:ものおき|物置|そうこ|倉庫|なや|納屋|にわ|庭|しゃこ|車庫|がれーじ|ガレージ|うら|裏"
            r"|はたけ|畑|げんかん|玄関"
            r"|まどのそと|窓の外|いえのまわり|家の周り|うちのまわり|あきや|空き家|ちゅうしゃじょう|駐車場|こや|小屋)")
# A light carried by someone.
LIGHT = (r"(?:かいちゅうでんとう|懐中電灯|らいと|ライト|あかり|明かり|灯り|ひかり|光|ともしび|灯)")
# It moves: wanders, flickers, goes to and fro.
MOVING = (r"(?:うろうろ|うろつ|うごい|動い|うごき|動き|うごめ|ちらちら|チラチラ|ちらつ"
          r"|ゆらゆら|いったりきたり|行ったり来たり"
          r"|あっちこっち|あちこち)")
# What the light is - not a person's.
NOT_A_PERSON = (r"ほたる|蛍|ホタル|はなび|花火|いるみねーしょん|イルミネーション|ちょうちん|提灯"
                r"|かみなり|雷|いなびかり|稲光"
                r"|ひこうき|飛行機|星|ゆーふぉー|UFO|ufo")


def night_light_sign_rules() -> tuple[Rule, ...]:
    """A light moving about one's premises at night: someone around (110)."""
    return (
        rule("someone_around", "police",
             # (the night or the house asleep in the pattern, not a ``needs`` guard: a guarded match would silence
             # the classifiers - blind39a's 物置の方で懐中電灯の光が動いていて、うちの家族は皆寝ています)
             on_its_line_with(PREMISES + r"[^\n]{0,16}?" + LIGHT + r"(?:の)?(?:ひかり|光)?(?:が|も|ば)?[^\n]{0,6}?"
                              + MOVING, NIGHT + "|" + HOUSE_ASLEEP),
             unless=NOT_A_PERSON),
    )
