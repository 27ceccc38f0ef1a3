"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_wide47.WIDE47_SLIPS`: the general slips behind the spoken-only errors of blind47a and
blind47b (docs/safety.md, "Round 46: blind47 heard, the spoken gap (helper B52)").

Same rule as rounds 26-45: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves (phrase set, training set, check-in answers) and is shipped only when its heard form is also in
transcripts of other splits than blind47a and blind47b (``heard.tsv`` or ``heard-training.tsv``). Patterns are
written for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Where a rash heard 発信 (a phone call) is told: coming out, spreading, growing, on the body (発信が出て, 発信な全身に,
# 発信がどんどん広がって); a call is made, not come out (発信ができない, 発信履歴 stay).
_RASH_AFTER = r"[がなの]?[、\s]?(?:出(?!来)|で[てたま]|全身|体中|からだじゅう|広が|ひろが|どんどん|増え|ふえ)"
_RASH_BEFORE = r"(?:赤い|ぽつぽつ|ぽつぽつと|ぶつぶつ|全身に|体に|顔に|体中に|の体の)"

# The groups a senior schoolmate or colleague belongs to (大学の先輩, バイトの先輩): a hero squad (戦隊) is none's.
_SENIOR_OF = r"(?:大学|会社|学校|高校|中学|ばいと|部活|職場|さーくる|(?<!全)部)"

# Body parts a pain is told of (手首が痛い, 胸が痛い, お腹が痛い).
_BODY_PART = r"(?:手首|足首|胸|頭|腹|腰|膝|肩|背中|首|腕|喉|歯|耳)"

ROUND46_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # run over: 車にひかれ heard 車に引かれ (pulled by a car; 11 transcripts of 11 splits and 2 of
    # heard-training.tsv)
    ("homophone", re.compile(r"(?<=車に)引かれ"), "ひかれ"),
    # foaming at the mouth: 泡を吹いて heard 穴を吹いて (a hole is not blown; 2 transcripts of 2 splits)
    ("mora", re.compile(r"穴を(?=吹い|ふい)"), "泡を"),
    # a younger brother: 弟 heard 音音 (round 43 read おとおと; no word; 29 transcripts of 24 splits and 5 of
    # heard-training.tsv)
    ("reading", re.compile(r"音音"), "弟"),
    # a small child: 子 heard 小 after an age told roughly (3歳くらいの小が; one transcript and one of
    # heard-training.tsv)
    ("homophone", re.compile(r"(?<=[歳才](?:くらい|ぐらい)の)小(?=[がはをも])"), "子"),
    # a rash: 発疹 heard 発信 where it comes out or spreads on the body (19 transcripts of 17 splits)
    ("homophone", re.compile(rf"({_RASH_BEFORE})?発信(?(1)|(?={_RASH_AFTER}))"), r"\1発疹"),
    # creepy in Tohoku speech: 気味わりい heard 君はり / 君はりいっちゃ / 君はりー (4 transcripts of 4 splits and 2 of
    # heard-training.tsv; 君は立派 stays)
    ("mora", re.compile(r"君はり(?=っちゃ|いっちゃ|ー|い?[。、!?\s]|い?$)"), "気味わり"),
    # lively: にぎやか heard 逃げやか (no word; 3 transcripts of 3 splits and one of heard-training.tsv)
    ("mora", re.compile(r"逃げやか"), "にぎやか"),
    # feeling unwell: 具合が悪く heard ぐらいが悪く after a particle (駅でぐらいが悪くなった; 5 transcripts of
    # 5 splits; どのぐらい悪い, 一週間ぐらい悪かった stay)
    ("mora", re.compile(r"(?:(?<=[にでがはも、])|^)ぐらい(?=が?(?:悪|わる))"), "具合"),
    # a footbridge: 歩道橋 heard ほどおきょう (the word's own reading, the long vowel written お; 3 transcripts of
    # 3 splits)
    ("reading", re.compile(r"ほどおきょう"), "歩道橋"),
    # a bump on the head: たんこぶ heard 単子部 (no word; one transcript and one of heard-training.tsv)
    ("mora", re.compile(r"単子部"), "たんこぶ"),
    # a senior: 先輩 heard 戦隊 after the group he is senior in (大学の戦隊に, バイトの戦隊が; 25 transcripts of 19
    # splits hold 戦隊, 6 of them after a group; 戦隊もの and 仙台 heard 戦隊 stay)
    ("homophone", re.compile(rf"({_SENIOR_OF}の)戦隊"), r"\1先輩"),
    # a pain told of a body part: が heard の before 痛いって / 痛いと (手首の痛いと言っています, 胸の痛いって言って;
    # 2 transcripts of 2 splits; 頭の痛いところ, 胸の痛み stay)
    ("mora", re.compile(rf"({_BODY_PART})の(?=痛い(?:って|と(?!ころ)))"), r"\1が"),
    # an evacuation order: 避難指示 heard きなっしーじ (round 23 read 避難 heard 気なん; 2 transcripts of 2 splits)
    ("mora", re.compile(r"きなっしーじ"), "避難指示"),
)
"""Speech-recogniser slips of blind47's spoken-only errors, applied after round 45's wide47 table
(:func:`safety.heard.repair`)."""
