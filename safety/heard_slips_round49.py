"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_wide50.WIDE50_SLIPS`: the general slips behind the spoken-only errors of blind50a and
blind50b (docs/safety.md, "Round 49: blind50 heard, the spoken gap (helper B58)").

Same rule as rounds 26-48: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than blind50a and
blind50b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# How foam heard あま (a diver) / 甘 (sweet) comes out of a mouth: blown (泡を吹いて, 泡ふいで, 泡吹ぐ); 甘い,
# あまり, あまふり stay.
_FOAM_BLOWN = r"(?=を?(?:吹|ふい|ふく|ふき|ふか|ふぐ))"

ROUND49_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a robbery: 強盗 heard 合同 (joint; it does not "come in") before が入 / が押し (コンビニに合同が入っている;
    # 4 transcripts of 4 other splits); 合同練習, 合同で行う stay
    ("homophone", re.compile(r"合同(?=が(?:入|はい|押し))"), "強盗"),
    # a knife: ナイフ heard ナイス (nice, no thing to hold) before 持つ (ナイス持っている; 1 transcript of 1 other
    # split); ナイスショット, ナイスを連発 stay
    ("mora", re.compile(r"ないす(?=を?(?:持|もっ|もち|もつ))"), "ないふ"),
    # foam at the mouth: 泡 heard あま / 甘 before 吹く (口からあまを吹いている, 甘ふいで; 5 transcripts of 5 other
    # splits)
    ("mora", re.compile(rf"(?:あま|甘){_FOAM_BLOWN}"), "泡"),
    # a flood: 浸水 heard 新水 (no word in use; 新水総定区域, 大雨で新水しそう; 8 transcripts of 8 other splits)
    ("homophone", re.compile(r"新水"), "浸水"),
    # a river's level: 水かさ heard 水下さ (no word; 水下さがどんどん増えて; 1 transcript of 1 other split and 1 of
    # heard-training.tsv); 水下 alone (a place under water) stays
    ("mora", re.compile(r"水下さ"), "水かさ"),
    # a van: ワゴン車 heard ワゴンシャ (車 written in kana as the sound; 黒いわごんしゃに無理やり; 5 transcripts of 5
    # other splits and 1 of heard-training.tsv)
    ("reading", re.compile(r"わごんしゃ"), "わごん車"),
    # frightened: こわい heard こまい (no standard word; 電話なきてこまい, がちゃがちゃしてるこまい; 7 transcripts of 7
    # other splits); てんてこまい, 狛犬 (こまいぬ), 迷子 after っこ (孫っこまいご) stay
    ("mora", re.compile(r"(?<!てんて)こまい(?![ごぬ])"), "こわい"),
    # replaced by a new one: 買い替え heard 開かえ (no word; こんろに開かえたい; 1 transcript of heard-training.tsv)
    ("homophone", re.compile(r"開かえ"), "買い替え"),
    # a mower: 芝刈り機 / 草刈り機 heard しばかり木 / くさかり木 (a tree, no word; くさかり木で足深く切って;
    # 3 transcripts of heard-training.tsv)
    ("reading", re.compile(r"(しば|くさ)かり木"), r"\1かり機"),
)
"""Speech-recogniser slips of blind50's spoken-only errors, applied after round 48's wide50 table
(:func:`safety.heard.repair`)."""
