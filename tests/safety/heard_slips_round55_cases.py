"""The case table of :data:`safety.heard_slips_round55.ROUND55_SLIPS` (blind56's spoken-only errors: nights,
shopping and errands), one :class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of
:data:`tests.safety.heard_slips_round_cases.ROUNDS`: slips put back in other wordings, everyday words left alone,
whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY

ROUND55_PUT_BACK = [
    ("朝から結圧が200あって頭がふらふらする", "血圧が200"),
    ("ばあちゃんの結圧の薬", "血圧の薬"),
    ("じいちゃんの手が真っ白で詰めたい", "冷たい"),
    ("呼んでも動がねえ、体詰めたくて", "体冷たくて"),
    ("母が倒れたまま置きません", "倒れたまま起きません"),
    ("肩を揺すっても置きない", "ても起きない"),
    ("えっと音が急に胸を押さえて座り込んだ", "夫が急に胸"),
    ("玄関で音が倒れて息が荒い", "夫が倒れて"),
    ("大雨の傾向が出てますか", "大雨の警報が出て"),
    ("暴風の傾向は出ておりますか", "暴風の警報は出て"),
    ("修理代を返してって言ったら言葉られた", "断られた"),
    ("血圧の薬を一場多くのんでしまった", "一錠多く"),
    ("薬が一場足りない", "一錠足りない"),
    ("朝から片目が充決してる", "充血"),
    ("兄が急に放射くを起こして", "発作を起こし"),
    ("手足がばくがくしてる", "がくがく"),
    ("じいちゃんが淡いで倒れた", "泡吹いで倒れ"),
    ("客が急にぶるぶる震えでした", "ぶるぶる震えだした"),
    ("どこやで髪切られてる途中で", "床屋で髪"),
    ("知らない男がアミドをこじ開けてる", "網戸をこじ"),
]

ROUND55_UNCHANGED = [
    "箱に詰めたい",
    "荷物を詰めたい",
    "スーツケースへ詰めたい",
    "犯人を問い詰めたい",
    "ここには何も置きません",
    "そのまま置きません",
    "隣から変な音がする",
    "音が寝室から聞こえる",
    "今年は大雪の傾向です",
    "大雨の傾向がある",
    "言葉を選ぶ",
    "魚の一場で働いている",
    "一場の夢",
    "放射線の検査",
    "色が淡いです",
    "淡い色のシャツ",
    "原因は震えでした",
    "財布どこやで",
    "アミド結合",
]

# Whole messages the table changes (each decided otherwise with ROUND55_SLIPS emptied).
ROUND55_DECISIONS = [
    ("家に帰ったら音が寝たまま置きません、体が詰めたいです", "119", DAY),
    ("目薬をさしたら目が充決してしみる、眼科行くべき?", "#7119", DAY),
    ("暴風雪の傾向は出ておりますか。明日病院に行く予定です", "disaster", DAY),
]
