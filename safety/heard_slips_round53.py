"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round52.ROUND52_SLIPS`: the general slips behind the spoken-only errors of blind54a and
blind54b (docs/safety.md, "Round 53: blind54 heard, the spoken gap, Tohoku first (helper B62)"), and the father
heard トーチャン / ドーチャン left by round 52.

Same rule as rounds 26-52: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than blind54a and
blind54b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Where a word stands alone: the start of the message, after punctuation or a space, or after a filler or a verb
# that ends a clause before a new subject (えっとあにな, 一緒にいたあにな).
_CLAUSE_START = r"(?:^|(?<=[、。,.!?\s])|(?<=えっと)|(?<=いた))"

ROUND53_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a head that hurts: Tohoku 頭いでえって heard 頭入れて / 頭入れって before said or went (頭入れていったっきり,
    # 頭入れて行って; 5 transcripts of 5 splits, 4 other than blind54); the pain said, not someone gone off.
    # 柵に頭入れて抜けない (a head put into a gap) stays
    ("homophone", re.compile(r"(?<![にへさ])頭入れっ?て(?=(?:いっ|行っ|言っ))"), "頭いでえって"),
    # not getting up: Tohoku 起ぎねえ heard 怒りぎねえ / おこりぎねえ / (の)こりぎねえ / 残りぎね (no word; 47
    # transcripts of 40+ splits)
    ("mora", re.compile(r"(?:怒|起こ|おこ|(?<=の)こ|残)りぎね(?=[えぇっんー。、!?\s]|$)"), "起ぎね"),
    # a father: 父ちゃん / とうちゃん heard トーチャン / ドーチャン (prepared とーちゃん, どーちゃん: the long vowel
    # written ー, which the folded view drops - とちゃん and どちゃん are no word; 7 transcripts of 7 splits, 6
    # other than blind54) - the reading round 52 gave かーちゃん. Left by round 52 for blind28a's 頭いでえって言った
    # っきり heard 頭入れていったっきり, now put back above
    ("reading", re.compile(r"(?<![ーっ])[とど]ー(?=ちゃん)"), "とう"),
    # a burn: 火傷 / やけど heard 焼けと before して / した (焼けとして泣いてて, 手を焼けとした; no word; 13
    # transcripts of 13 splits, 12 other than blind54); 胸焼けとは, 日焼けとしみ and 夕焼けとした空 stay
    ("homophone", re.compile(r"(?<![胸日夕])焼けと(?=し(?:て|た|ちゃ|ちま|ま))"), "火傷"),
    # ... and Tohoku ひでえ (terrible) before the burn heard ひで, the long え cut (うでひで焼けとしてる)
    ("mora", re.compile(r"ひで(?=(?:火傷|やけど))"), "ひでえ"),
    # a brother: 兄が heard アニナ at a clause start, the nasal が heard な (アニナゲームで, 一緒にいたアニナ; 5
    # transcripts of 5 splits, 3 other than blind54); あになる and まにあになる stay
    ("nasal", re.compile(_CLAUSE_START + r"あにな(?![るれらりっ])"), "兄が"),
    # a parent not found: 見当たらない heard 検討ったらない / Tohoku 見当だんねえ heard 検討だね after 親が (its が
    # heard な: おやな検討だね; no word in its frame; 2 transcripts of 2 splits, 1 other than blind54); 親が検討して
    # stays
    ("homophone", re.compile(r"(?:親|(?<![ぁ-ゖ])おや)[がな]検討(?=っ?(?:たら|たん|だら|だん|だね|たね))"), "親が見当"),
    # Tohoku 血ぃ heard ちー before stopped (ちーとまった; 2 transcripts of 2 splits, 1 other than blind54); round
    # 37 put back ちい before not stopping
    ("mora", re.compile(r"(?<![ぁ-ゖ])ちー(?=[、\s]?(?:とまっ|止まっ))"), "血ぃ"),
    # a Tohoku question べか with a を the recogniser adds at the end (縫わねくても良いべかを, 取り消せるべかを; 11
    # transcripts of 10+ splits): the question as said, so that it reads as one (誰かを, 何かを stay)
    ("mora", re.compile(r"(?<=べか)を(?=[。.!?？\s]*$)"), ""),
    # creepy: 気味悪い / Tohoku 気味悪ぐ heard 君はるい / 君はルイッチャ / 君はルグ (round 46 had 君はり; 17
    # transcripts of 15+ splits); 君はルイだね (a name) stays
    ("mora", re.compile(r"君はる(?=い(?:っちゃ|ん|んだ|です|なあ|ね[えぇ]?[。、!?\s]|[。、!?\s]?$)|ぐ)"), "気味わる"),
    # the laugh w heard ダブル at the end of a message (round 23 had ダブルー; うるさいダブル, 笑ったダブル; 30+
    # transcripts of 25+ splits)
    ("homophone", re.compile(r"(?<![ー])だぶる(?=[。.!?！？\s]*$)"), "w"),
    # a shelter: 避難所 / 避難場所 heard 機能所 / 機能場所 (no word in a place asked for; 4 transcripts of 4 splits, 3
    # other than blind54); 機能場面 and 機能所在 stay
    ("compound", re.compile(r"機能(?=場所|所(?![在属有要])|場(?![合面]))"), "避難"),
)
"""Speech-recogniser slips of blind54's spoken-only errors (and round 52's father), applied after round 52's table
(:func:`safety.heard.repair`)."""
