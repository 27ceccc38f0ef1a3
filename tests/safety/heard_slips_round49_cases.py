"""The case table of :data:`safety.heard_slips_round49.ROUND49_SLIPS` (blind50's spoken-only errors), one
:class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of :data:`tests.safety.heard_slips_round_cases.ROUNDS`:
slips put back in other wordings, everyday words left alone, whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY, NIGHT

ROUND49_PUT_BACK = [
    ("銀行に合同が入って、お客さんが床に伏せてる", "強盗が入って"),
    ("隣の家さ合同が入ったみてえだ、窓割れでる", "強盗が入った"),
    ("店に合同が押し入ってきました", "強盗が押し入って"),
    ("男がナイス持って暴れてる", "ないふ持って"),
    ("変な人がないすをもって立ってる", "ないふをもって"),
    ("父が倒れて口からあまを吹いています", "泡を吹いて"),
    ("じっちゃが甘ふいで、ひっくり返ってる", "泡ふいで"),
    ("犬が急にけいれんして、あまふいてる", "泡ふいて"),
    ("うちの地区は新水するおそれがありますか", "浸水する"),
    ("床下まで新水してきた", "床下まで浸水"),
    ("新水想定区域はどこで見られますか", "浸水想定区域"),
    ("川の水下さが急に増えてきた", "水かさが"),
    ("用水路の水下さがいつもより高い", "水かさが"),
    ("白いワゴンシャから男が降りてきて子どもに声かけてる", "わごん車から"),
    ("知らないわごんしゃがずっと止まってる", "わごん車が"),
    ("夜中に窓叩かれてこまいです", "こわいです"),
    ("地震の後、家が傾いてこまいっちゃ", "こわいっちゃ"),
    ("知らない男がついてくる、こまい", "こわい"),
    ("冷蔵庫を開かえたいのですが補助はありますか", "買い替えたい"),
    ("父がしばかり木で手を切った", "しばかり機で"),
    ("くさかり木の刃に足が当たって血が止まらない", "くさかり機の刃"),
]

ROUND49_UNCHANGED = [
    "合同練習は何時からですか",
    "二つの学校の合同で運動会をします",
    "ナイスショットでした",
    "ナイスなアイデアをありがとう",
    "あまり眠れない",
    "甘いものが食べたい",
    "海女さんの漁を見に行きたい",
    "新しい水着を買った",
    "水下に沈んだ村の話",
    "ワゴンで出かける",
    "てんてこまいの一日だった",
    "神社のこまいぬが壊れてた",
    "孫っこまいごになった",
    "店を開きたい",
    "芝刈りを頼みたい",
    "草刈りの木が倒れそう",
]

# Whole messages the table changes (each decided otherwise with ROUND49_SLIPS emptied).
ROUND49_DECISIONS = [
    ("うちの人、さっき口からあまを吹いてた", "119", DAY),
    ("床下新水してる", "disaster", DAY),
    ("川の水下さがすごい", "disaster", NIGHT),
    ("知らない人から電話きてこまい", "#9110", DAY),
]
