"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round55.ROUND55_SLIPS`: the general slips behind the spoken-only errors of blind57a and
blind57b (docs/safety.md, "Round 56: blind57 heard, the spoken gap, senior and tohoku numbers, kana recall (helper
B65)"), hobbies and outings of retired people, cars and roads.

Same rule as rounds 26-55: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there) and finds no typed text but those holding a
recogniser slip themselves. Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana,
punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Where a word starts after a particle or a pause (not inside a word: 大きな, 好きな, むらさきなん).
_WORD_START = r"(?:^|(?<=[がのでにはもをさへと、。\s]))"

# What a drinker has had before he takes the wheel (べろべろなのに, 酔ってるのに, 飲んでるのに).
_DRUNK = r"(?:べろべろ|へべれけ|酔っ|よっ[てぱ]|飲んで|のんで|飲酒|いんしゅ)"

ROUND56_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a rockfall: 落石 heard 楽石 (no word; 3 transcripts of 3 splits, 2 other than blind57), which the road-danger
    # frames read
    ("homophone", re.compile(r"楽石"), "落石"),
    # not a twitch: ぴくりとも heard 作りとも before not moving, after a particle, a pause or まま (3 transcripts of 3
    # splits, 2 other than blind57); 手作りともいえる (a kanji before it) stays
    ("mora", re.compile(r"(?:" + _WORD_START + r"|(?<=まま))作りとも(?=しな|しま|せず|動|うご)"), "ぴくりとも"),
    # a deer: 鹿が spelt しかが (the particle しか takes no が; 4 transcripts of 4 splits, every one a deer) after a
    # particle or a pause; 昔かがみ, しかがみ (屈み) and 増しかが stay, and so does a serow spelt in kana (かもしかが,
    # wide60: the も is its own, not a particle)
    ("reading", re.compile(_WORD_START + r"(?<!かも)しかが(?![みやくけかっ])"), "鹿が"),
    # ... and a car that cannot swerve: よけきれ heard 溶け切れ after the car (a car does not dissolve; 3
    # transcripts of 3 splits, 2 other than blind57); 砂糖が溶け切れない stays
    ("homophone", re.compile(r"(?:(?<=車[がもは])|(?<=くるまが))溶け切れ(?=な|ず|ね)"), "よけきれ"),
    # shelter: 避難できる heard きなんできる (ひ heard き, as round 20's きなん before 所 / する; 3 transcripts of 3
    # splits, 2 other than blind57), after a particle; 好きなんでしょ, むらさきなんだけど stay
    ("mora", re.compile(_WORD_START + r"(?:き|気)なん(?=でき)"), "避難"),
    # the sun: 日なた heard きなた (ひ heard き again) before で, に or ぼっこ after a particle (1 transcript; the
    # other, 知ってきなたぼっこ, follows a verb and stays, as すてきなたび must); 大きなたまご, 好きなたべもの stay
    ("mora", re.compile(_WORD_START + r"きなた(?=で|に|ぼっこ)"), "ひなた"),
    # a shelter: 避難所さ heard 機能女性 before going (no word; 2 transcripts of 2 splits, both Tohoku 避難所さ行)
    ("mora", re.compile(r"機能女性(?=行|い[っくかけ])"), "避難所さ"),
    # a scam: 詐欺ですか heard すぎですか after a call that came (来たすぎ is no Japanese; 2 transcripts of 2 splits)
    ("homophone", re.compile(r"(?<=[来き]た)すぎ(?=ですか|かな|じゃ|だべ|でしょ)"), "詐欺"),
    # giving up a licence: 返納 heard 変能 (no word; 10 transcripts of 9 splits, every one a licence handed back)
    ("homophone", re.compile(r"変能"), "返納"),
    # a fee: 月謝 heard 徹者 (no word; 1 transcript), which the debits-after-cancelling frame reads
    ("mora", re.compile(r"徹者"), "月謝"),
    # a swelling as a noun: 腫れが引かない heard 晴れが引かない (fine weather does not go down or stay put; 1
    # transcript); 晴れが続く, 晴れが多い stay
    ("homophone", re.compile(r"(?:晴|張)れ(?=が(?:引|ひ)[かきいけ]|が(?:おさま|治ま|収ま|ひど|酷))"), "腫れ"),
    # blood: 血が止まんない heard しな止まんない (が heard な, round 20's し for 血 before the bleeding; 1
    # transcript) at a clause start
    ("mora", re.compile(r"(?:^|(?<=[、。\s]))しな(?=[、\s]?(?:止まんな|とまんな|止まらな|とまらな|止まんね|とまんね))"),
     "血が"),
    # drink-driving: 運転しようと heard 安定しようと after the drink (うんてん heard あんてい; 1 transcript);
    # 気持ちが安定しようと, 治療で安定しています stay
    ("homophone", re.compile(r"(" + _DRUNK + r"[^。\n]{0,8}?)安定(?=しよう|するって|する気|しそう)"), r"\1運転"),
)
"""Speech-recogniser slips of blind57's spoken-only errors, applied after round 55's table
(:func:`safety.heard.repair`)."""
