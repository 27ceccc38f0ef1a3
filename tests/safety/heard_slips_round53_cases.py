"""The case table of :data:`safety.heard_slips_round53.ROUND53_SLIPS` (blind54's spoken-only errors and round 52's
father heard トーチャン), one :class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of
:data:`tests.safety.heard_slips_round_cases.ROUNDS`: slips put back in other wordings, everyday words left alone,
whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY

ROUND53_PUT_BACK = [
    ("ばあちゃん頭入れていったっきり寝でる", "頭いでえっていったっきり"),
    ("じっちゃが頭入れって言ってそのまま", "頭いでえって言って"),
    ("じいちゃん揺すっても怒りぎねえ", "揺すっても起ぎねえ"),
    ("ばあちゃんのこりぎねえんだ", "ばあちゃんの起ぎねえ"),
    ("トーチャンが田んぼで動がねえ", "とうちゃんが"),
    ("ドーチャン畑で倒れでる", "とうちゃん畑で"),
    ("孫がアイロンで焼けとしてしまった", "火傷してしまった"),
    ("鍋の湯で手焼けとした", "手火傷した"),
    ("うでひで焼けとしてる", "ひでえ火傷"),
    ("えっとアニナ朝から起きない", "えっと兄が朝から"),
    ("アニナ階段から落ちた", "兄が階段"),
    ("母さんが散歩で親な検討だんねえ子ば見っけた", "親が見当だんねえ"),
    ("公園で親が検討たらない子がいる", "親が見当たらない"),
    ("転んで膝すりむいたけど、チーとまったっちゃ", "血ぃとまった"),
    ("じいちゃん、病院さ行ったほういいべかを", "いいべか"),
    ("夜中に庭で物音すんだ、君はるいっちゃ", "気味わるいっちゃ"),
    ("変な電話来て君はルグって", "気味わるぐって"),
    ("弟が寝言で叫んでたダブル", "叫んでたw"),
    ("川があふれそう、近くの機能所どこ", "避難所どこ"),
    ("一番近い機能場所を教えて", "避難場所を"),
]

ROUND53_UNCHANGED = [
    "柵に頭入れていったら抜けなくなった",
    "とちゃんと話した",
    "スピードーちゃんと測って",
    "胸焼けとした不快感",
    "日焼けとしみが気になる",
    "夕焼けとした空",
    "ひで君と遊んだ",
    "まにあになる",
    "ふあになる夜",
    "親が検討しています",
    "ちーずとまっちゃ",
    "怒りっぽい",
    "残りぎりぎり",
    "誰かを",
    "だれかを呼んで",
    "君はルイだね",
    "君は立派だ",
    "ダブルで注文",
    "機能場面の説明",
    "この機能所在地はどこ",
]

# Whole messages the table changes (each decided otherwise with ROUND53_SLIPS emptied).
ROUND53_DECISIONS = [
    ("ドーチャン薪ストーブさ転んで、背中ひで焼けとしてるっちゃ", "119", DAY),
    ("草刈り鎌で指切ったげんと、チーとまった、縫わねくても良いべかを", "#7119", DAY),
    ("近くの機能場所ってどこ", "disaster", DAY),
]
