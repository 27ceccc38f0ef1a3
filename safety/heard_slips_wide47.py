"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round45.ROUND45_WIDE_SLIPS`: the general slips behind the spoken-only errors of the breadth
sets wide47 and wide47b (docs/safety.md, "Round 45: wide47 and wide47b heard, recogniser slips (helper B51)").

Same rule as rounds 26-45: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text (phrase set, training set,
check-in answers) and is shipped only when its heard form is also in transcripts of other splits than wide47 and
wide47b (``heard.tsv`` or ``heard-training.tsv``), or extends a slip shipped earlier to a frame the heard word cannot
stand in. Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Words of a swelling that bulges (ぶくーっと, ぷくっと, ぼこぼこに, ぱんぱんに): weather is never told so.
_BULGING = r"[ぶぷぼぽ]っ?[くこ][ーっ]*と|[ぶぷぼぽ][くこ][ぶぷぼぽ][くこ](?:っと|と|に)?"

WIDE47_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a traffic lane: 車線 heard 写真 before what blocks it (写真伏裁でる, 写真をふさいで) or after 追い越し
    # (4 transcripts of wide47/47b; 7 of 7 other splits and 3 of heard-training.tsv)
    ("mora", re.compile(r"写真(?=[をの]?(?:伏裁|ふさ|塞))|(?<=追い越し)写真"), "車線"),
    # blocking: ふさいで heard 伏裁で (no word; 4 transcripts of wide47/47b, 18 of 17 other splits and 3 of
    # heard-training.tsv)
    ("compound", re.compile(r"伏裁(?=[でじ])"), "ふさい"),
    # does not wake: 目ぇ覚まさねえ heard 名様さねえ / 名様さない (no word; one transcript, 2 of 2 other splits)
    ("mora", re.compile(r"名様さ(?=[なねん])"), "目覚まさ"),
    # 血が heard ちが (round 45's frame after an adjective or a て-form) before どんどん (シャツが裂けてちがどんどん;
    # one transcript: the frame of a shipped slip)
    ("homophone", re.compile(r"(?<=[いて])ちが(?=どんどん)"), "血が"),
    # blood: 血が heard 父が (ちが read ちちが) after から, before flowing or not stopping (額から父が流れて, 指から父が
    # 止まりません; one transcript, one of another split)
    ("homophone", re.compile(r"(?<=から)父が(?=[、\s]?(?:流れ|ながれ|止まら|止まん|止まりませ|とまら|とまん|とまりませ"
                             r"|どくどく|だらだら|垂れ|たれ|にじ|噴|ふき出|あふれ|溢れ))"), "血が"),
    # vomiting: 吐いたりは heard 入ったりは before a denial (入ったりはしてない, 入ったりはしておりません; one
    # transcript, 2 of 2 other splits)
    ("mora", re.compile(r"入ったり(?=は(?:して|しておりませ|しません|ない))"), "吐いたり"),
    # shouting at someone: 怒鳴りつけ heard 隣つけ (no word; one transcript, one of another split)
    ("mora", re.compile(r"隣つけ"), "怒鳴りつけ"),
    # dizziness: 立ちくらみ heard 立ち暮らみ (no word; one transcript, 2 of 2 other splits)
    ("mora", re.compile(r"(?:立ち|たち)暮らみ"), "立ちくらみ"),
    # a bill: 請求 heard 成休 (round 45 read 政給 / 成給; no word; one transcript, 10 of 10 other splits)
    ("compound", re.compile(r"成休"), "請求"),
    # a hospital: 病院 heard 防員 / 防イン (no word; round 37 put back 防いん before さ only; 2 transcripts,
    # 32 of 27 other splits and 5 of heard-training.tsv)
    ("compound", re.compile(r"防(?:員|いん)"), "病院"),
    # 病院行く heard ぼーいにく, 病院ある heard ぼーいになる after an adjective or a verb (痛いぼーいにくレベル,
    # あいてるぼーいになる; one transcript, 2 of 2 other splits)
    ("mora", re.compile(r"(?<=[いる])ぼーいにく"), "病院行く"),
    ("mora", re.compile(r"(?<=る)ぼーいにな?る"), "病院ある"),
    # 腫れ heard 晴れ / 張れ after a word of bulging (白めがぶくっと晴れで, 首がぼこぼこに晴れて; one transcript and
    # one of heard-training.tsv: round 20's frame after a knock or a body part, extended to a bulge)
    ("homophone", re.compile(rf"((?:{_BULGING})[、\s]?)(?:晴|張)れ(?=[てでたるぼあ])"), r"\1腫れ"),
)
"""Speech-recogniser slips of wide47's and wide47b's spoken-only errors, applied after round 45's breadth table
(:func:`safety.heard.repair`)."""
