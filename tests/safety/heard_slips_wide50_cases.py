"""The case table of :data:`safety.heard_slips_wide50.WIDE50_SLIPS` (wide50's and wide50b's spoken-only errors), one
:class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of :data:`tests.safety.heard_slips_round_cases.ROUNDS`:
slips put back in other wordings, everyday words left alone, whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY

WIDE50_PUT_BACK = [
    ("最近前版家の前に知らない車が止まってる", "毎晩家の前"),
    ("前版同じ時間に無言電話がかかってくるんです", "毎晩同じ時間"),
    ("隣の人が前版どなってて眠れね", "毎晩どなって"),
    ("携帯代の成就が急に3万円になっていた", "請求が"),
    ("知らない会社から工事代を成就されました", "請求されました"),
    ("使っていないサイトの成就書が届きました", "請求書"),
    ("おじいちゃんの顔色が多くて、呼んでも返事がない", "顔色が青く"),
    ("母が急に顔が多くなって倒れました", "顔が青く"),
    ("カードの名祭に知らない買い物がある", "明細に"),
    ("ばあちゃんの電話代の名祭見たら高いのよ", "明細見たら"),
    ("魔法の顔が真っ赤で熱い", "孫の顔"),
    ("魔法の頭にボールが当たって泣きやまない", "孫の頭"),
    ("うちの魔法な、さっきから吐いてて", "孫な、"),
    ("息するたびに急急という音がします", "ひゅーひゅーという音"),
    ("父が急急してて苦しそう", "ひゅーひゅーして"),
    ("夜中から胸が急急と音がして", "ひゅーひゅーと音"),
]

WIDE50_UNCHANGED = [
    "この本の前版と新版の違いを教えてください",
    "長年の夢が成就しました",
    "願いの成就が近い",
    "恋の成就を祈っています",
    "恋愛成就のお守りを買った",
    "努力を成就させたい",
    "今年は知らない顔が多くて緊張した",
    "新しい顔が多くてにぎやかです",
    "魔法の杖を孫に買った",
    "魔法なんて信じていない",
    "魔法が使えたらいいのに",
    "魔法の言葉を教えて",
    "急急いくレベルですか",
    "急急の日のイベントはどこですか",
]

# Whole messages the table changes (each decided otherwise with WIDE50_SLIPS emptied).
WIDE50_DECISIONS = [
    ("もう2週間も前版、知らない人から電話がくる", "#9110", DAY),
    ("ここ十日ほど前版、部屋の窓にライトを当ててくる人がいて気持ち悪い", "#9110", DAY),
    ("昼寝から起きたら父の顔色が多くて、声をかけてもぼーっとしています", "119", DAY),
    ("実家の電話の名祭を見たら、頼んでない有料番組の料金が何か月分も落ちていて、母は知らないと言います", "188", DAY),
]
