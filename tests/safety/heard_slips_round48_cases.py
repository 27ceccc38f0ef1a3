"""The case table of :data:`safety.heard_slips_round48.ROUND48_SLIPS` (blind49's spoken-only errors), one
:class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of :data:`tests.safety.heard_slips_round_cases.ROUNDS`:
slips put back in other wordings, everyday words left alone, whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY, NIGHT

ROUND48_PUT_BACK = [
    ("父が勢いをしていないみたいです", "息をしていない"),
    ("ばあちゃん勢いをしてねえ", "息をしてねえ"),
    ("赤ちゃんが苦しそうに勢いをしています", "息をしています"),
    ("食べたあと胸が向かむかする", "むかむかする"),
    ("朝から向かむかして吐きそう", "むかむかして"),
    ("息子が販甲機で口をきかない", "反抗期で"),
    ("販甲期の娘にどう接すればいいですか", "反抗期の"),
    ("どういうの配達を頼みたいのですが", "灯油の配達"),
    ("部屋がどういうのにおいでいっぱいです", "灯油のにおい"),
    ("どういうのぽりたんくが倒れてこぼれた", "灯油のぽりたんく"),
    ("倒れた電中が道をふさいでいる", "倒れた電柱"),
    ("車が電中にぶつかった", "電柱に"),
    ("近所の電中が傾いでる", "電柱が"),
    ("かんぐで眠れねえ", "寒ぐで"),
    ("窓から黒い眠りなもくもく出てる", "煙がもくもく"),
    ("廊下から眠りなどんどん入ってくる", "煙がどんどん"),
    ("風で飛んできた官闘が車に当たった", "看板が"),
]

ROUND48_UNCHANGED = [
    "勢いをつけて立ち上がった",
    "勢いがあるチームだ",
    "駅の向かいにある店",
    "向かいの家の人",
    "ハンコを押してしまった",
    "どういうのがいいですか",
    "どういうのを買えばいいの",
    "スマホを充電中です",
    "停電中はどうすればいい",
    "かんぐってしまってごめん",
    "眠りながら話していた",
    "眠りが浅い",
    "看板を見てください",
]

# Whole messages the table changes (each decided otherwise with ROUND48_SLIPS emptied).
ROUND48_DECISIONS = [
    ("ばあちゃんが勢いをしてねえ、どうすべ", "119", DAY),
    ("きのうがら向かむかして、飯も食えねえのっしゃ、どごさ行げばいいべ", "#7119", NIGHT),
    ("息子が販甲浮きで電話しても出ない", "none", DAY),
    ("ストーブに給油してたらどういうのこぼれて、火がついてカーテンが燃えてる", "119", DAY),
    ("風で倒れた電中が道をふさいでて、電線が下がってる、車が来てる", "110", DAY),
    ("かんぐでしにそうだ。こだな冬は初めてだ", "none", DAY),
    ("隣のえんとつから白い眠りなもくもく出てるけど、今年はじめてたきりすとーぶをたいたんだって", "none", DAY),
    ("強風で隣の家の官闘が倒れています。どこに連絡すればいいですか", "none", DAY),
]
