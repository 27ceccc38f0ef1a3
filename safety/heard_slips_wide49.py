"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round47.ROUND47_SLIPS`: the general slips behind the spoken-only errors of the breadth sets
wide49 and wide49b (docs/safety.md, "Round 47: wide49 and wide49b heard, recogniser slips (helper B55)").

Same rule as rounds 26-47: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than wide49 and
wide49b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

WIDE49_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a hospital: 病院 heard ご委員 (a committee member, honorific) before a particle, から, の予約 or ある
    # (見てもらえるご委員はありますか; 7 transcripts of 7 other splits and 2 of heard-training.tsv; ご隠居 heard
    # ご委員居, ご委員の皆様, ご委員会 stay)
    ("mora", re.compile(r"ご委員(?=[はにへさでがを]|から|の予約|ある)"), "病院"),
    # a swelling: 腫れ heard 晴れ after 赤く (赤く晴れて熱を持って; the sky is not told red; 11 transcripts of 8 other
    # splits)
    ("homophone", re.compile(r"(?<=赤[くぐ])晴れ"), "腫れ"),
    # cancelling a contract: 解約 heard 改約 (no word; 12 transcripts of 11 other splits and 1 of heard-training.tsv)
    ("homophone", re.compile(r"改約"), "解約"),
    # pinned under: 下敷き heard した時期 (a time one did) after who is pinned (人が, 何人か, ちゃん, a stop) and before
    # になっ / の人 / a stop (何人かした時期になってます; 14 transcripts of 14 other splits); 引っ越した時期に,
    # 咲いた時期, 動かした時期 stay
    ("mora", re.compile(r"(?:(?<=[がなんて人。、\s])|(?<=人か)|^)した時期(?=にな|の人|[、。!]|$)"), "下敷き"),
    # an evacuation: 避難 heard 記難 (no word; 記難所はどこ, 記難させる; 6 transcripts of 6 other splits and 1 of
    # heard-training.tsv)
    ("mora", re.compile(r"記難"), "避難"),
    # an ambulance: 救急車 heard 吸吸車 (no word; 1 transcript of 1 other split)
    ("homophone", re.compile(r"吸吸車"), "救急車"),
)
"""Speech-recogniser slips of wide49's and wide49b's spoken-only errors, applied after round 47's blind48 table
(:func:`safety.heard.repair`)."""
