"""The case table of :data:`safety.heard_slips_round52.ROUND52_SLIPS` (blind53's spoken-only errors and round 51's
soaking), one :class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of
:data:`tests.safety.heard_slips_round_cases.ROUNDS`: slips put back in other wordings, everyday words left alone,
whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY

ROUND52_PUT_BACK = [
    ("川で釣り人がうつぶせで水に使ってる", "水に浸かってる"),
    ("じいちゃんが風呂で肩までお湯に使ったまま返事しない", "お湯に浸かったまま"),
    ("道が膝まで水に使ってきた", "水に浸かってきた"),
    ("母の枕元にへったついんみに役の箱", "睡眠薬の箱"),
    ("孫が薬を何状か口に入れた", "何錠か"),
    ("赤ちゃんが眠らそうにしてる", "眠そう"),
    ("給湯器の配管が張れつした", "破裂した"),
    ("弟を休っても目を開けない", "揺すっても"),
    ("階段で足首きねって晴れてきた", "ひねって腫れてきた"),
    ("娘の膝の裏が晴れてる", "膝の裏が腫れてる"),
    ("天ぷら鍋に木が映った", "鍋に火が"),
    ("水槽の金度が浮いてる", "金魚が"),
    ("母のことが心態で", "心配で"),
    ("用水色に子どもが落ちた", "用水路に"),
    ("配水色に車が落ちてる", "排水路に"),
]

ROUND52_UNCHANGED = [
    "井戸の水を飲み水に使っています",
    "この水は何に使っていますか",
    "川の水が密輸に使われた",
    "お湯を使ってもいいですか",
    "給湯に使ってるボイラー",
    "しょうゆに使った大豆",
    "池に木が映ってきれい",
    "除湿機ねっとで買った",
    "胸がどっきんどっきんする",
    "しゃっきんどらまを見た",
    "今日は空の周りが晴れてきた",
    "水色のシャツを買った",
    "何条の規則ですか",
]

# Whole messages the table changes (each decided otherwise with ROUND52_SLIPS emptied).
ROUND52_DECISIONS = [
    ("歓迎会で同期な潰れてる、休っても全然起きないし", "119", DAY),
    ("単語脇の配水色に車がさかさまに落ちていて、窓の半分まで水に使っています", "119", DAY),
    ("3歳の娘がばあちゃんのついんみに役を何錠か飲み込んだみたいでふらふらしてる", "119", DAY),
    ("体育で足首きねったんだけど今日めっちゃ晴れてて歩けない", "#7119", DAY),
    ("祭りから帰った娘の耳の後ろが晴れていて、触ると痛がります", "#7119", DAY),
    ("縁日の金度が、袋の中で横向きになって動かない", "none", DAY),
]
