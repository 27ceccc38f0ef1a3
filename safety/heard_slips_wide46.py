"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round44.ROUND44_SLIPS`: the general slips behind the spoken-only errors of the breadth sets
wide46, wide46b and wide46c (docs/safety.md, "Round 44: wide46, wide46b, wide46c heard, recogniser slips (helper
B49)").

Same rule as rounds 26-44: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), breaks no decision of ``safety/eval/heard.tsv`` and
finds no typed text (phrase set, training set). A slip is shipped only when its heard form is also in transcripts of
other splits than the one it mends. Patterns are written for the prepared text (NFKC, lower case, katakana as
hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

WIDE46_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # 病院に heard ごいに / ご意に before a going or a being open (ごいに行った方がいい, 夜やってるごいになりますか;
    # 25 transcripts of 21 splits; すごいに stays)
    ("compound", re.compile(r"(?<!す)(?:ごい|ご意)に(?=行|い[っくけ]|なり)"), "病院に"),
    # 救急車 heard 救急症 before a particle, お願い or 呼ぶ (14 transcripts of 12 splits; rounds 35 and 43 read 急急症)
    ("compound", re.compile(r"救急症(?=[をおがはもっ、\s]|よ|呼)"), "救急車"),
    # 血が heard ちが / ちな / っちが after a place or から, before spreading, dripping or welling out
    # (床にちな広がって, 頭からちなぼたぼた, 太ももからっちがあふれて; 6 transcripts of 3 splits)
    ("homophone", re.compile(r"(?<=[にでのら])っ?ち[なが](?=[、\s]?(?:広が|ひろが|ぼたぼた|ぽたぽた|あふれ|溢れ))"),
     "血が"),
    # 腫れ heard 晴れ / 張れ after a calf or a wound (袋はぎが晴れて, 傷が晴れて; round 20's body-part frame lacks
    # them; 5 transcripts of 3 splits)
    ("homophone", re.compile(r"((?:袋はぎ|膨らはぎ|ふくらはぎ|傷)(?:が|も|は)?[、\s]?)"
                             r"(?:晴|張|貼)れ(?=[てでたるぼあ])"),
     r"\1腫れ"),
    # 請求書 heard 成就書 / 成就所 (no word; 3 transcripts of 3 splits)
    ("compound", re.compile(r"成就[所書]"), "請求書"),
    # 避難 heard 気難 (ひ heard き, as round 20's きなん; 気難しい, 気難しじいさん stay; 4 transcripts of 4 splits)
    ("mora", re.compile(r"気難(?!しい|しく|しげ|し屋|しさ|しじい|しや)"), "避難"),
)
"""Speech-recogniser slips of wide46's, wide46b's and wide46c's spoken-only errors, applied after round 44's table
(:func:`safety.heard.repair`)."""
