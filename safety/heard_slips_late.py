"""Round 28 of the speech-recogniser slips :func:`safety.heard.repair` puts back (after :mod:`safety.heard_slips`).

Each (cause, pattern, replacement) undoes one slip of a key word only in the frame that makes the key word certain;
they were counted on the Whisper transcripts of the 34 splits with blind28 (``safety/eval/heard.tsv``) and selected
as rounds 26 and 27 (docs/safety.md, "Speech (engineer C)"). Patterns are written for the prepared text (NFKC, lower
case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

ROUND28_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the body: 熱中症 heard 熱衝症 (no word), or 熱衆症 told as now (っぽい, で倒れ, みたい, かも: not
    # 熱衆症ならないように); 出血 heard 出結 (no word); 血圧 heard 結末 before a reading of three digits
    # (結末が180; not 2歳の結末39度, 結末は100%) ---
    ("compound", re.compile(r"熱衝(?=症)"), "熱中"),
    ("compound", re.compile(r"熱衆(?=症(?:っぽ|で倒|みたい|かも))"), "熱中"),
    ("compound", re.compile(r"出結"), "出血"),
    ("homophone", re.compile(r"結末(?=(?:が|は|の上が|の上は)?[、\s]?[0-9]{3}(?![0-9度%円年人万]))"), "血圧"),
    # --- the event: ナイフ heard 内部 right before held, swung or shown (内部持った男; 内部の人, 内部を見せて
    # stay); 救急車 heard 究極書, 火災報知器 heard 仮裁法地規/仮裁法時期 (no words) ---
    ("homophone", re.compile(r"内部(?=[、\s]?(?:持っ|もっ|持た|もた|振り回|ふりまわ|見せて|みせて))"), "ないふ"),
    ("compound", re.compile(r"究極書"), "救急車"),
    ("compound", re.compile(r"仮裁法(?:地規|地域|時期|ちき|地機)"), "火災報知器"),
    # --- an advice line's words: キャッシュカード heard かちかーど, 課金 heard 関係 after 勝手に, 受診した方
    # heard 中心したほう ---
    ("compound", re.compile(r"かちかーど"), "きゃっしゅかーど"),
    ("homophone", re.compile(r"(?<=勝手に)関係(?=し|され)"), "課金"),
    ("homophone", re.compile(r"中心し(?=たほう|た方)"), "受診し"),
    # --- a disaster's words: 避難所 heard 開んじょ/開んじゃ, 用水路 heard 用水度 (no words) ---
    ("compound", re.compile(r"開んじょ|開んじゃ(?=いけ|行け|に|へ|は|って|まで)"), "避難所"),
    ("compound", re.compile(r"用水度"), "用水路"),
    # --- a guard word: 体操教室 heard 対策教室 after no kanji (公民館の対策教室; 防犯対策教室 stays) ---
    ("compound", re.compile(r"(?<![\u3400-\u9fff\s])対策教室"), "体操教室"),
)
