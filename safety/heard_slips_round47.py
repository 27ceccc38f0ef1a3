"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_wide48.WIDE48_SLIPS`: the general slips behind the spoken-only errors of blind48a and
blind48b (docs/safety.md, "Round 47: blind48 heard, the spoken gap (helper B54)").

Same rule as rounds 26-46: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than blind48a and
blind48b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What is said of a stomach ache (腹痛が続いて, 腹痛がひどく, 微熱と腹痛があり); 複数の, 複数人, 複数回 stay.
_ACHE_AFTER = r"(?:が(?:続|つづ|ひど|強|あ|治|おさ|痛))"

# Where 散歩 heard 3本 goes out (散歩に出た, 散歩に出かけ, 散歩に行った, 散歩にいって); 3本に分け, 3本に増え stay.
_WALK_AFTER = r"(?:に(?:出|で|行|い))"

# What follows 坊主 (a boy, in Tohoku speech) told of: が, は, a comma, いねぐなった, うちの坊主の; the brand's
# speakers and headphones (ボーズのスピーカー) stay.
_BOY_AFTER = r"(?:[がは、]|いね|の(?!すぴ|へっど))"

# How a limp person is told (ぐったりしてる, ぐったりはしてない, ぐったりと, ぐったり動かない, ぐったり伸びて); hitting
# (子どもをぶったりして, ぶったりしてくる, ぶったり蹴ったり) stays.
_LIMP_AFTER = r"(?:して(?!く)|はして|と|、|\s|伸び|動か)"

# How a high price is told (高額な請求, 高額で購入, 高額で、取り消したい, 高額で解約); 工学部, 工学の勉強 stay.
_HIGH_PRICE_AFTER = r"(?:な|で[、,\s購買契支払解開取])"

ROUND47_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # swept away: 流され heard 長され (the same reading in the wrong kanji, no verb; 4 transcripts of 4 other
    # splits; 成長され, 延長され stay)
    ("homophone", re.compile(r"(?<![\u4e00-\u9fff])長され(?=[でだてたる]|ま)"), "流され"),
    # a stomach ache: 腹痛 heard 複数 (a plural) after と / に / の and before what is said of an ache
    # (下痢と複数が続いて, 夜中に複数がひどく; 7 transcripts of 7 other splits)
    ("mora", re.compile(rf"(?<=[とにのは、\s])複数(?={_ACHE_AFTER})"), "腹痛"),
    # a walk: 散歩 heard 3本 before に出た / に行った (認知症の父が犬の3本に出たまま; 10 transcripts of 10 other
    # splits and 2 of heard-training.tsv)
    ("mora", re.compile(rf"3本(?={_WALK_AFTER})"), "散歩"),
    # a boy: 坊主 heard ボーズ (the long vowel written ー; 2 transcripts of 2 other splits; a kana writer writes
    # ぼうず)
    ("reading", re.compile(rf"ぼーず(?={_BOY_AFTER})"), "坊主"),
    # heavy rain: 大雨 heard オーアメ (the long vowel written ー; 26 transcripts of 23 other splits and 1 of
    # heard-training.tsv; a kana writer writes おおあめ)
    ("reading", re.compile(r"おーあめ"), "大雨"),
    # limp: ぐったり heard ぶったり (hitting) before して / はして / と / 動かない (50 transcripts of 40 other
    # splits and 10 of heard-training.tsv; をぶったり, ぶったりしてくる stay)
    ("mora", re.compile(rf"(?<!を)ぶったり(?={_LIMP_AFTER})"), "ぐったり"),
    # a high price: 高額 heard 工学 (engineering; the same reading) before な / で and a purchase or a contract
    # (工学で購入, 工学な請求; 7 transcripts of 6 other splits)
    ("homophone", re.compile(rf"工学(?={_HIGH_PRICE_AFTER})"), "高額"),
    # a deer hit: 鹿と heard 仕方 (the way) before ぶつかる (山道で仕方ぶつかって; no phrase; 5 transcripts of 4 splits,
    # wide48b's two and blind48b's among them; 仕方がない, 仕方なく stay)
    ("mora", re.compile(r"仕方(?=ぶつか)"), "鹿と"),
)
"""Speech-recogniser slips of blind48's spoken-only errors, applied after round 46's wide48 table
(:func:`safety.heard.repair`)."""
