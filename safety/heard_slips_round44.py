"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_wide45.WIDE45_SLIPS`: the general slips behind the spoken-only errors of blind45a, blind45b
and the breadth set wide45c (docs/safety.md, "Round 44: blind45 and wide45c heard, recogniser slips (helper B48)").

Same rule as rounds 26-43: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), breaks no decision of ``safety/eval/heard.tsv`` or
``safety/eval/heard-training.tsv`` and finds no typed text (phrase set, training set, check-in answers). A slip is
shipped only when its heard form is also in transcripts of other splits than the one it mends. Patterns are written
for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What follows 夫の heard 音の at the start of a clause: a side, a body part, or what a wife tells of him (音の響き,
# the snoring heard いびき, is not among them).
_HUSBANDS = r"左|右|顔|手|足|片|硬て|介護|運転|首|胸|腕|頭|目|口|背|お腹|腰|膝|様子|体|からだ|端|箸"

ROUND44_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- a key word misheard ---
    # sparks: 火の粉 heard 火残 (no word; a chimney fire's sign; 2 transcripts of 2 splits)
    ("compound", re.compile(r"火残(?=[がなもは、\s])"), "火の粉"),
    # a burning smell: 焦げ臭く heard 攻撃作 (the earlier transcripts' 攻撃剤 is 焦げ臭い, and read right without a
    # slip; 攻撃作 before 、/って/く: 2 transcripts of 2 splits and one of heard-training.tsv)
    ("compound", re.compile(r"攻撃作(?=[、っく\s])"), "焦げくさ"),
    # ice: 凍った heard こうった (no word - こう言った is written so; 12 transcripts of 8 splits)
    ("mora", re.compile(r"こうった"), "凍った"),
    # a fish hook: 釣り針 heard すりばり or 釣り割 (7 transcripts of 4 splits; すり鉢 is すりばち)
    ("mora", re.compile(r"(?:すりばり|釣り割)(?=[のが、をはもに指刺\s])"), "釣り針"),
    # blood pressure: 血圧 heard 結末 a few characters before it is measured (じっちゃんの結末、さっき測ったら; round 28
    # read it only right before a reading of three digits; 4 transcripts of 3 splits)
    ("homophone", re.compile(r"結末(?=[、\s]?[^。\n]{0,8}?(?:測|計|はか)っ)"), "血圧"),
    # a bath additive: 入浴剤 heard 入力材 (no word; 2 transcripts of 2 splits)
    ("mora", re.compile(r"入力[材剤]"), "入浴剤"),
    # a husband: 夫の heard 音の at the start of a clause, before a body part or what he does (音の左の..., 音の顔が;
    # 7 transcripts of 7 splits and 3 of heard-training.tsv)
    ("homophone", re.compile(rf"(?:^|(?<=[、。\s]))音の(?={_HUSBANDS})"), "夫の"),
    # theft: 盗まれ heard 進まれ after a particle (自転車の進まれてる, 下着またに進まれた; 6 transcripts of 6 splits;
    # the honorific 前に進まれて stays)
    ("homophone", re.compile(r"(?<![前先奥上]に)(?<=[のがをに])進まれ(?=[たてる])"), "盗まれ"),
    # a flyer: チラシ heard 知らし (no word; 知らしめる, 知らせ stay; 2 transcripts of 2 splits)
    ("mora", re.compile(r"知らし(?![めせ])"), "ちらし"),
    # a drama: ドラマ heard どらんま (a fiction told - no alarm; 2 transcripts of 2 splits)
    ("mora", re.compile(r"どらんま"), "どらま"),
    # --- words of a question or a place ---
    # 救急車 heard 吸吸者 (rounds 35 and 43 read 急急車 and 急急症; 3 transcripts of 3 splits, one of heard-training)
    ("compound", re.compile(r"吸吸者"), "救急車"),
    # 救急車呼んでいい heard 救急車4でいい / 救急車4定義 (呼ん heard よん, 4; 2 transcripts of 2 splits)
    ("number", re.compile(r"(?<=車)4(?:定義|でいい)"), "呼んでいい"),
    # 病院 heard ごいん before さ行く / どこ (round 28 read it after る/夜/朝; すごいん, 誤飲 stay; 3 transcripts of 3
    # splits and 2 of heard-training.tsv)
    ("compound", re.compile(r"(?<!す)ごいん(?=さ(?:い[っくけ]|行)|ど[こご])"), "病院"),
    # 病院いくべき heard 5位にくべき (5位, ごい, is how 病院 is heard in 6 splits; round 43 read ぼいに/ご追いに)
    ("number", re.compile(r"(?<![0-9])5位に(?=くべき)"), "病院い"),
    # 歯医者 heard 廃車 before a going or its anaesthetic (廃車行ったほうがいい, 廃車のますい; 廃車にする stays;
    # 2 transcripts of wide45c and one of heard-training.tsv)
    ("homophone", re.compile(r"廃車(?=さ[いえ行連]|行っ|い[っくけ]|の(?:ますい|麻酔|先生))"), "歯医者"),
    # 土地勘 heard どっちかん (no word; a tsunami warning far from home; 2 transcripts of 2 splits)
    ("mora", re.compile(r"どっちかん(?=[がもは])"), "土地勘"),
    # 避難所 heard きなんちょ (ひ heard き; ひなんちょ keeps the ひなん the rules read; 4 transcripts of 4 splits)
    ("mora", re.compile(r"きなんちょ"), "避難所"),
)
"""Speech-recogniser slips of blind45's and wide45c's spoken-only errors, applied after round 43's wide45 table
(:func:`safety.heard.repair`)."""
