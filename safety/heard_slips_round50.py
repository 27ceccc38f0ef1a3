"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round49.ROUND49_SLIPS`: the general slips behind the spoken-only errors of blind51a and
blind51b (docs/safety.md, "Round 50: blind51 heard, the spoken gap (helper B59)").

Same rule as rounds 26-49: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than blind51a and
blind51b (``heard.tsv`` or ``heard-training.tsv``) or is the word's own reading in other kanji (置き座り for
置き去り). Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What a passbook heard 通常 (usual) is asked for: shown, handed over, taken in keeping, where it is kept or its PIN
# (通常見せろ, 通常を出せ, 通常を預かる, 通常のしまい場所); 通常の営業, 通常どおり, 通常営業 stay.
_PASSBOOK_ASKED = r"(?=を?(?:見せ|みせ|出せ|だせ|預か|あずか|渡せ|わたせ)|の(?:しまい|仕舞|暗証))"

# What a throat heard 濃度 (concentration) does: something stuck or caught in it (濃度に詰まらせて, 濃度に使えた,
# 濃度に刺さって, 濃度に何か引っ掛かって), clawed at, wheezing, sore (濃度が痛い), its depth (濃度の奥); 濃度が高い,
# 濃度を測る and 農道 heard 濃度 (濃度で, 濃度に冷蔵庫) stay.
_THROAT_DOES = (r"(?=[にをが]?(?:詰|つま|刺さ|ささ|使え|つかえ|何か|なにか|引っ掛|ひっかか|痛|いた|ひど|しま|ごろ"
                r"|かきむし|税|やば)|の(?:奥|痛|あったり|あたり))")

# Where listening has its object before 聴いて (音楽を聴いて, ラジオ聴いてた): the homophone stands there.
_LISTENED_TO = r"(?<!を)(?<!音楽)(?<!らじお)(?<!曲)(?<!歌)(?<!音)(?<!声)(?<!話)(?<!いやほん)"

# What vomit heard 入っ (入る takes no object but a place) is: milk, water, blood, food (みるくを入った,
# 水を入って); 門を入って, 強盗を入って (a robbery heard as 合同) stay.
_VOMITED = r"(?:(?<=みるく)|(?<=水)|(?<=血)|(?<=もの)|(?<=物)|(?<=ご飯)|(?<=ごはん))"

ROUND50_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a lawsuit: 訴訟 heard 訴証 (the same reading, no word; 訴証費用, 訴証の通知; 7 transcripts of 7 other splits)
    ("homophone", re.compile(r"訴証"), "訴訟"),
    # stuck on a crossing or in snow: 立ち往生 heard 立ち応じ (no word) with its ょう, よう or を, or the 応じ said
    # twice before て (立ち応じょうして, 立ち応じをして, 立ち応じ応じてんだ; 11 transcripts of 11 other splits and 1
    # of heard-training.tsv); 応じて alone stays
    ("reading", re.compile(r"立ち応じ応じ(?=て)"), "立ち往生し"),
    ("reading", re.compile(r"立ち応じ(?:ょう|よう|を)?"), "立ち往生"),
    # the same man: 同じ男 heard 同時段 (no word; 駅からずっと同時段がついてきて; 4 transcripts of 4 other splits);
    # 同時段階 stays
    ("mora", re.compile(r"同時段(?!階)"), "同じ男"),
    # come: 来て heard 聴いて (listen) where nothing is listened to (早く聴いてください, ってライン聴いて, 男が聴いて;
    # 59 transcripts of 50 other splits and 7 of heard-training.tsv); 音楽を聴いて, らじお聴いてた stay
    ("homophone", re.compile(rf"{_LISTENED_TO}聴いて"), "来て"),
    # a passbook: 通帳 heard 通常 when it is asked for (通常見せろ, 通常を出せ, 通常を預かる, 通常のしまい場所; 5
    # transcripts of 5 other splits)
    ("homophone", re.compile(rf"通常{_PASSBOOK_ASKED}"), "通帳"),
    # left behind: 置き去り heard 置き座り (the same reading おきざり in other kanji, no word; blind51a's one)
    ("reading", re.compile(r"置き座り"), "置き去り"),
    # pale: 真っ青 heard 真相 (the truth) after the face (顔色が真相で, 顔が真相でございます; 2 transcripts of 2 other
    # splits and 1 of heard-training.tsv); 事件の真相 stays
    ("mora", re.compile(r"(?:(?<=顔色[がの])|(?<=顔[がの]))真相"), "真っ青"),
    # vomited: 吐い heard 入っ after what comes up (みるくを入った, 水を入って, 血を入った; 3 transcripts of 3 other
    # splits and 3 of heard-training.tsv)
    ("mora", re.compile(rf"{_VOMITED}を入っ"), "を吐い"),
    # with the car: 車ごと heard しゃごと (車 read as its on'yomi, no word; かまさしゃごと落ちじで; 1 transcript of
    # 1 other split)
    ("reading", re.compile(r"しゃごと"), "車ごと"),
    # vomiting (Tohoku 吐いでん / 吐いだん): heard 廃殿 / 廃団 before だ (何回も廃殿だっちゃ, 昼ご飯のあど廃団だけど;
    # 1 transcript of 1 other split); 劇団の廃団 without だ stays
    ("mora", re.compile(r"廃殿(?=だ)"), "吐いでん"),
    ("mora", re.compile(r"廃団(?=だ)"), "吐いだん"),
    # wheezing: ヒューヒュー heard 吸収 (absorption) said of breath or going on (息が吸収して, 吸収入ってる; 2
    # transcripts of 2 other splits); 水を吸収して stays
    ("mora", re.compile(r"吸収入(?=って)"), "ひゅーひゅーい"),
    ("mora", re.compile(r"(?<=息が)吸収(?=し)"), "ひゅーひゅー"),
    # the throat: 喉 heard 濃度 (concentration) where something is stuck in it or it hurts (濃度に詰まらせて,
    # 濃度に使えた, 濃度が痛い; 42 transcripts of 35 other splits and 7 of heard-training.tsv)
    ("mora", re.compile(rf"濃度{_THROAT_DOES}"), "喉"),
    # blood: 血が heard しな before its gush (しなどくどく出て, しなどばどば; 4 transcripts of 4 other splits)
    ("mora", re.compile(r"しな(?=どくどく|どばどば)"), "血が"),
    # hit: 当たり heard あったり before まして (刃があったりまして, こめかみにあったりまして; 1 transcript of 1 other
    # split); あったりなかったり stays
    ("reading", re.compile(r"(?<=[にが])あったり(?=まして)"), "当たり"),
    # kerosene: 灯油を heard どういうお before a spill (どういうおこぼして; 1 transcript of 1 other split), as round
    # 48's どういうの
    ("mora", re.compile(r"どういうお(?=こぼ)"), "灯油を"),
)
"""Speech-recogniser slips of blind51's spoken-only errors, applied after round 49's table
(:func:`safety.heard.repair`)."""
