"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round50.ROUND50_SLIPS`: the general slips behind the spoken-only errors of blind52a and
blind52b (docs/safety.md, "Round 51: blind52 heard, the spoken gap (helper B60)"), and two insect and vehicle words
listed by round 50.

Same rule as rounds 26-50: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than blind52a and
blind52b (``heard.tsv`` or ``heard-training.tsv``) or is the word's own reading (めえさまさ for 目ぇ覚まさ). Patterns
are written for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What a fire heard きつい (tight, hard) does after に: it caught (服にきついた, 油にきついた, 火ついたみてえに泣いで);
# きついため (because it is tight), きついたとえ and 気がついた stay.
_CAUGHT_FIRE = r"(?<=に)きついた(?!め|とえ|ぶん)"

ROUND51_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a player: 選手 heard 戦修 where a person stands (戦修が倒れて, 戦修の体が熱く; 5 transcripts of 5 splits, 4
    # other than blind52), left by round 20's 先週 there; 戦修から, 戦修の事故, 戦修も stay 先週
    ("homophone", re.compile(r"戦修(?=が|の(?:体|からだ|顔|意識))"), "選手"),
    # an ambulance: 救急車 heard 吸吸症 (no word; 吸吸症お願いします, 吸吸症をお願いします; 4 transcripts of 4
    # splits, 3 other than blind52)
    ("mora", re.compile(r"吸吸症"), "救急車"),
    # dazed: 意識がもうろう heard 意識な盲料 (盲料 is no word; 意識な盲料としています; 4 transcripts of 4 splits,
    # 3 other than blind52)
    ("mora", re.compile(r"意識な盲料"), "意識がもうろう"),
    ("mora", re.compile(r"盲料"), "もうろう"),
    # caught fire: 火ついた heard きついた after に (服にきついた, 油にきついた; 3 transcripts of 3 splits, 2 other
    # than blind52)
    ("mora", re.compile(_CAUGHT_FIRE), "火ついた"),
    # a lot of blood: ちが いっぱい heard ちまいっぱい (no word; 2 transcripts of 2 splits, 1 other than blind52);
    # いちまい (one sheet) stays
    ("mora", re.compile(r"(?<!い)ちまいっぱい"), "血がいっぱい"),
    # (Tohoku) does not wake: 目ぇ覚まさねえ heard めえさまさ (its own reading in kana; blind52b's one)
    ("reading", re.compile(r"めえさま(?=[さしせ])"), "目ぇ覚ま"),
    # a centipede: ムカデ heard 向かで (no word; 向かでに刺されて, 向かでさ噛まっで; 9 transcripts of 9 other
    # splits; round 50's list)
    ("homophone", re.compile(r"向かで(?=[にさがをはもの]|入)"), "むかで"),
    # a kei truck: 軽トラ heard ケートラ (prepared けーとら; its own reading with the long vowel written ー; 115
    # transcripts of other splits; round 50's list)
    ("reading", re.compile(r"けーとら"), "軽とら"),
)
"""Speech-recogniser slips of blind52's spoken-only errors (and round 50's insect and vehicle words), applied after
round 50's table (:func:`safety.heard.repair`)."""
