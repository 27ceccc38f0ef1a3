"""Round 41 of the speech-recogniser slips :func:`safety.heard.repair` puts back (after
:data:`safety.heard_slips_spoken_gap.ROUND40_SLIPS`): the general slips behind blind42's spoken-only errors
(docs/safety.md, "Round 41: blind42 heard, recogniser slips (helper B44)").

Same rule as rounds 26-40: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), breaks no decision of ``safety/eval/heard.tsv`` or
``safety/eval/heard-training.tsv`` and finds no typed text (phrase set, training set, check-in answers). Patterns are
written for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# A body part a small burn is told on (指ちょっとやけどした heard 指ちょっと焼け落ちた).
_BURNT_PART = r"指|ゆび|手|腕|うで|足|あし|顔|かお"

# Round 41 (blind42's spoken-only errors), applied after round 40:
ROUND41_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the nasal が heard な in 言うことがおかしい (a heat-stroke or stroke sign: 言うことなおかしくて) ---
    ("nasal", re.compile(r"(?<=[言い]う)ことな(?=[、\s]?(?:おかし|変|へん))"), "ことが"),
    # --- not moving: ぴくりとも heard ひくりとも (no word; 4 transcripts of 4 splits) ---
    ("mora", re.compile(r"ひくりとも"), "ぴくりとも"),
    # --- lying face down: うつぶせ heard 映物/映物線/映物性/映物へ (no word; 10 transcripts of 10 splits) ---
    ("compound", re.compile(r"(?<!上)映物(?:線|性|へ)?"), "うつぶせ"),
    # --- Osaki's spa town: 鳴子温泉 heard なるこ音声 (a recording, read as no real event; 3 transcripts) and
    # なるこん線/なるこーん戦 (no word; 23 transcripts of 20 splits) ---
    ("homophone", re.compile(r"なるこ(の?)音声"), r"鳴子\1温泉"),
    ("compound", re.compile(r"なるこー?ん[線戦]"), "鳴子温泉"),
    # --- Tohoku っちゃ heard 茶 at a clause's end after a verb or an adjective (叫んで茶, 気持ち悪い茶; 7
    # transcripts of 7 splits; お茶, 茶色, 冷たい茶, おいしい茶 stay) ---
    ("homophone", re.compile(r"(?<=[てでい])(?<!しい)(?<!かい)(?<!たい)茶(?=[。、!?\s]|$)"), "っちゃ"),
    # --- Tohoku 病院さ heard 大いんさ (round 35's ぼういんさ; 2 transcripts of 2 splits) ---
    ("mora", re.compile(r"大いん(?=さ)"), "病院"),
    # --- a burn: やけど heard 焼け図 (no word), or 焼け落ちた (burnt down) on a finger or a hand ---
    ("compound", re.compile(r"焼け図(?=し)"), "やけど"),
    ("homophone", re.compile(rf"((?:{_BURNT_PART})(?:を|が)?(?:ちょっと|少し|すこし)?)焼け落ち(?=[たて])"),
     r"\1やけどし"),
    # --- Tohoku 動がねえ (not moving) heard in kana どうがね (11 transcripts of 11 splits, all 動がねえ typed) ---
    ("reading", re.compile(r"どうがね"), "動がね"),
    # --- smoke: けむり heard けもり (no word; 5 transcripts of 5 splits) ---
    ("mora", re.compile(r"けもり"), "けむり"),
    # --- a disaster: 避難した方がいい heard 開した方がいい (開 alone is no verb; 公開, 展開 stay; 3 splits) ---
    ("compound", re.compile(r"(?<![一-龯々])開し(?=たほう|た方)"), "避難し"),
    # --- a warning: 警報 heard 系報 (no word), and its particle が heard を before 出てる (警報を出てる is no
    # Japanese: 6 transcripts of 6 splits) ---
    ("compound", re.compile(r"系報"), "警報"),
    ("homophone", re.compile(r"(?<=警報)を(?=[、\s]?(?:出|で)[てた])"), "が"),
    # --- mixed cleaners: 洗剤 heard 洗材 (no word; 6 transcripts of 6 splits) ---
    ("compound", re.compile(r"洗材"), "洗剤"),
    # --- Tohoku ねえように (so that it does not happen) heard ねように, the long vowel lost (溺れねように,
    # つまらせねように: 8 transcripts of 8 splits, every one ねえように typed and none) ---
    ("reading", re.compile(r"(?<=[れせらかさまばがけて])ねように"), "ねえように"),
)
