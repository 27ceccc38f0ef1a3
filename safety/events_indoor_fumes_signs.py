"""A fire of charcoal or fuel burnt in a room, and the people in it taken ill (round 48, blind49a): carbon monoxide,
119.

Nobody names the gas; they say the hibachi was lit and the family all have headaches, one of them dazed (部屋で火鉢を
使っていたら、家族3人とも頭が痛いと言い出して、一人はぼーっとしている). The gas rule of :mod:`safety.events_fire`
knows the stove, the heater, the briquette and the charcoal burnt; this module adds the old fires of the
farmhouse (火鉢, 囲炉裏, 豆炭こたつ, 炭火) and, for every such fire, several people taken ill at once (二人とも,
みんな, そろって): one person's headache may be a cold, a room's headaches are the air. Round 51 (wide53): a gas bath
heater or a small water heater inside the flat (風呂釜, バランス釜, 湯沸かし器) and one person taken ill after it.
"""

from __future__ import annotations

from safety.events_fire import CO_SIGNS
from safety.rule import Rule, rule

# The old fires of a farmhouse burnt inside (the stove, heater and briquette are in the gas rule already).
OLD_FIRE = (r"(?:ひばち|火鉢|いろり|囲炉裏|まめたん|豆炭|すみび|炭火|れんたん|練炭|しちりん|七輪|すとーぶ|ストーブ"
            r"|ひーたー|ヒーター|はつでんき|発電機)")
# A gas bath heater or water heater burning inside the flat (an old 風呂釜, a balanced-flue バランス釜, a small
# 湯沸かし器 over the sink; round 51, wide53): a headache, nausea or limpness after it ran is carbon monoxide. Not
# 給湯器 - the outdoor boiler of most flats, and the word of a tenant's repair complaint.
BATH_HEATER = (r"(?:ふろがま|風呂釜|ふろ釜|ばらんすがま|バランス釜|ゆわかしき|湯沸かし器|湯沸し器|湯わかし器)")
HEATER_PAID_FOR = (r"しゅうり|修理|こうかん|交換|ねだん|値段|ひよう|費用|りょうきん|料金|(?:だい|代)(?:が|は|も)"
                   r"|ほじょ|補助"
                   r"|みつもり|見積")
# Several people at once: a count with とも, everyone, together, or two named with も.
SEVERAL = (r"(?:[0-9０-９二三四五]|ふた|さん|よ|ご)(?:にん|人)(?:とも|ぜんいん|全員|みんな)|ふたりとも|二人とも"
           r"|みんな|みな(?:さん)?(?:が|して)|ぜんいん|全員|そろって|揃って|(?:も|と)[^\n]{0,8}?(?:も|とも)(?=[^\n]{0,4}?"
           + CO_SIGNS + ")")
# The headaches told of another cause: a cold or the flu going round, a night of drinking.
OTHER_CAUSE = (r"かぜ|風邪|いんふる|インフル|ころな|コロナ|はつねつ|発熱|(?:ねつ|熱)(?:が|も)"
               r"|のみすぎ|飲みすぎ|飲み過ぎ|ふつかよい|二日酔い")


def indoor_fumes_sign_rules() -> tuple[Rule, ...]:
    """A fire burnt in a room, then the people in it taken ill: carbon monoxide (119)."""
    return (
        # the old fires of a farmhouse and a sign (火鉢の部屋で…頭が痛い、ぼーっと)
        rule("gas", "fire",
             r"(?:ひばち|火鉢|いろり|囲炉裏|まめたん|豆炭|すみび|炭火)[^\n]{0,30}?" + CO_SIGNS,
             unless=OTHER_CAUSE),
        # ... and a gas bath heater in the flat, a sign after it (古い風呂釜を使ったあと…頭が痛い、ぐったり)
        # (not the heater's bill or its repair, a "headache" of money: 修理代が高くて頭が痛い)
        rule("gas", "fire", BATH_HEATER + r"[^\n]{0,40}?" + CO_SIGNS, unless=OTHER_CAUSE + "|" + HEATER_PAID_FOR),
        # any such fire and several people taken ill at once (ストーブの部屋でみんな頭が痛い)
        rule("gas", "fire", OLD_FIRE + r"[^\n]{0,30}?(?:" + SEVERAL + r")[^\n]{0,16}?" + CO_SIGNS,
             unless=OTHER_CAUSE),
    )
