"""The case table of :data:`safety.heard_slips_wide49.WIDE49_SLIPS` (wide49's and wide49b's spoken-only errors), one
:class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of :data:`tests.safety.heard_slips_round_cases.ROUNDS`:
slips put back in other wordings, everyday words left alone, whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY

WIDE49_PUT_BACK = [
    ("今夜診てくれるご委員はありますか", "病院は"),
    ("じいちゃんご委員さ連れてったほうがいいべか", "病院さ"),
    ("近くのご委員に行くべきでしょうか", "病院に"),
    ("虫に刺されたところが赤く晴れて熱を持ってきた", "赤く腫れて"),
    ("やけどのあとが赤ぐ晴れできた", "赤ぐ腫れ"),
    ("まわりが赤く晴れております", "赤く腫れて"),
    ("訪問販売の布団、改約できますか", "解約できますか"),
    ("ネットの定期購入、改約の電話がつながらない", "解約の電話"),
    ("スマホの改約金が高いって言われた", "解約金"),
    ("棚が倒れて人がした時期になってる", "下敷きになってる"),
    ("トラクターがひっくり返ってじいちゃんがした時期、動かない", "下敷き、動かない"),
    ("ブロック塀が崩れてした時期の人がいる", "下敷きの人"),
    ("大雨で川があふれそう、近くの記難所はどこですか", "避難所はどこ"),
    ("高齢の母を早めに記難させたい", "避難させ"),
    ("母が転んで動けない、吸吸車呼んで", "救急車呼んで"),
    ("吸吸車を呼ぶほどではないでしょうか", "救急車を"),
]

WIDE49_UNCHANGED = [
    "ご委員の皆様にお知らせします",
    "お隣のご委員居さんが来ました",
    "ご委員会の日程を教えてください",
    "ご隠居さんが餅をのどに詰まらせた",
    "今日は晴れていて気持ちがいい",
    "夕焼けで空が赤くなって、明日は晴れそう",
    "契約を改めて結び直したい",
    "去年引っ越した時期に風邪をひいた",
    "桜が咲いた時期はいつですか",
    "机を動かした時期、腰を痛めた",
    "めまいがした時期もありました",
    "避難所はどこですか",
    "救急車を呼んでください",
]

# Whole messages the table changes (each decided otherwise with WIDE49_SLIPS emptied).
WIDE49_DECISIONS = [
    ("福祉記難所について教えてください", "disaster", DAY),
    ("落ち込んでいた時に占いの講座を40万で契約しました 改約できますか", "188", DAY),
    ("野球で肩を打って腕が上がりません。吸吸車を呼ぶべきですか", "#7119", DAY),
    ("柔道で肩が外れたみたいです。吸吸車を呼んだほうがいいですか", "#7119", DAY),
]
