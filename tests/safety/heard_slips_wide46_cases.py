"""The case tables of :data:`safety.heard_slips_wide46.WIDE46_SLIPS` (wide46's, wide46b's and wide46c's spoken-only
errors), one :class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of
:data:`tests.safety.heard_slips_round_cases.ROUNDS`: slips put back in other wordings, everyday words left alone, whole
messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY

WIDE46_PUT_BACK = [
    ("腰が痛くて歩けない、ごいに行ったほうがいいですか", "病院に行った"),
    ("夜でもやってるごいにありますか、いや、ごいになりますか", "病院になります"),
    ("ばあちゃん熱あって、ご意にいったほうがいいべか", "病院にいった"),
    ("救急症お願いします、父が倒れました", "救急車お願い"),
    ("これって救急症呼んでいいの", "救急車呼んで"),
    ("救急症を呼ぶほどじゃないけど胸が痛い", "救急車を"),
    ("台所の床にちが広がってて母が倒れてる", "血が広がって"),
    ("膝からちなぼたぼた落ぢでる", "血がぼたぼた"),
    ("腕からっちがあふれて止まらない", "血があふれて"),
    ("右のふくらはぎが晴れて痛い", "ふくらはぎが腫れて"),
    ("転んだ傷が張れてきた、膿んでるかも", "傷が腫れて"),
    ("袋はぎ、晴れてきて赤い", "袋はぎ、腫れて"),
    ("身に覚えのない成就書が届いた", "請求書が"),
    ("修理屋から高い成就所が来た", "請求書が"),
    ("大雨で気難指示が出たけど、どこに行けば", "避難指示"),
    ("母を気難させたいけど足が悪い", "避難させ"),
]

WIDE46_UNCHANGED = [
    "すごいに決まってる",
    "ご意見をお聞かせください",
    "救急の日のイベント",
    "まちがいない",
    "ちが う の？",
    "明日は晴れて暖かい",
    "気難しい人だ",
    "気難しく考えないで",
    "成就した",
    "恋愛成就のお守り",
]

# Whole messages the table changes (each decided otherwise with WIDE46_SLIPS emptied).
WIDE46_DECISIONS = [
    ("急に目の前に黒いのがいっぱい飛んで見えるごいに行った方がいいですか", "#7119", DAY),
    ("山で毒へびにかまれて足がすごく腫れてきた、救急症お願いします", "119", DAY),
    ("妻が台所で倒れてて床にちな広がってる", "119", DAY),
    ("旅行から帰ったら片足の袋はぎが晴れていたい、息は苦しくない", "#7119", DAY),
    ("アパートを出たら管理会社から30万の成就書が届いた", "188", DAY),
    ("隣のじいちゃんが気難しないって言ってる、気難所はどこ", "disaster", DAY),
]
