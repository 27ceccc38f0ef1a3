"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round51.ROUND51_SLIPS`: the general slips behind the spoken-only errors of blind53a and
blind53b (docs/safety.md, "Round 52: blind53 heard, the spoken gap (helper B61)"), and the soaking listed by round 51.

Same rule as rounds 26-51: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than blind53a and
blind53b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Soaked: 浸かって heard 使って after water, hot water or a river told as where one is (顔が水に, 膝まで水に, うつぶせで
# 水に, 茶色い水に, お湯に), in a clause with no を before it (顔が水に使ったまま, 窓の半分まで水に使っています);
# 水を田んぼに使って, 飲み水に使って, 給湯に使って, しょうゆに使って, 水に使われた and 何に使って stay.
_SOAKED = (r"((?:^|[、。,.!?\s])[^、。,.!?\sを]*?(?:(?<=[がでないも])(?:水|湯|川|みず)|お湯|おゆ)に)"
           r"使(?=っ(?:て|た|ちゃ))")

# Where on a body part a swelling is told (耳の後ろが, 膝の裏が, 首の横も).
_BODY_SIDE = (r"((?:耳|みみ|首|くび|膝|ひざ|足|あし|腕|うで|目|口|くち|肘|ひじ|脇|わき|指|ゆび|顎|あご)"
              r"の(?:後ろ|うしろ|裏|うら|横|よこ|周り|まわり|あたり|辺り|付け根|つけね)(?:が|も|は)?[、\s]?)(?:晴|張)れ(?=[てでたるぼあ])")

# What catches fire from a stove or a hot plate (油に火が移って, 鍋に火が移り); 池に木が映って (a reflection) stays.
_CATCHES_FIRE = (r"((?:油|あぶら|鍋|なべ|天ぷら|てんぷら|ふらいぱん|かーてん|てんと|のれん|暖簾)に)(?:木|日|気)が"
                 r"(?=映|移|うつ)")

ROUND52_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # soaked: 浸かって heard 使って (顔がお湯に使ったまま, 胸まで水に使って; 23 transcripts of 21 splits, 22 other
    # than blind53, and 1 of heard-training.tsv; round 51's list)
    ("homophone", re.compile(_SOAKED), r"\1浸か"),
    # sleeping pills: 睡眠薬 heard ついんみに役 (no word; 2 transcripts of 2 splits, 1 other than blind53)
    ("mora", re.compile(r"ついんみん?に?(?:役|やく)"), "睡眠薬"),
    # several tablets: 何錠 heard 何状 (no word but 何条; 5 transcripts of 3 splits, 2 other than blind53)
    ("homophone", re.compile(r"何状(?=か|化|も|ほど|くらい|ぐらい|飲|のん|のみ|口)"), "何錠"),
    # sleepy: 眠そう heard 眠らそう (no word; 2 transcripts of 2 splits, 1 other than blind53)
    ("mora", re.compile(r"眠らそう"), "眠そう"),
    # burst: 破裂 heard 張れつ (no word; 8 transcripts of 8 splits, 7 other than blind53)
    ("homophone", re.compile(r"張れつ"), "破裂"),
    # shaken: 揺すっても heard 休っても (休む has 休んでも; 5 transcripts of 5 splits, 4 other than blind53, and 1
    # of heard-training.tsv)
    ("homophone", re.compile(r"休っても"), "揺すっても"),
    # twisted: ひねった heard きねった after an ankle, a foot or a wrist (足首きねって, 足きねった; 11 transcripts of 9
    # splits, 10 other than blind53); 除湿機ねっと stays
    ("mora", re.compile(r"(?<=[足首手腰び])きね(?=っ[たて])"), "ひね"),
    # ... and 腫れ heard 晴れ within a few characters after the twist now put back (round 20's knock frame ran
    # before it: 足くびひねったんだけどけっさめっちゃ晴れてて)
    ("homophone", re.compile(r"((?:ひね|捻)[^\n]{0,14}?)(?:晴|張)れ(?=[てでたるぼあ])"), r"\1腫れ"),
    # swollen: 腫れ heard 晴れ on a side of a body part (耳の後ろが晴れて; 耳の舌が晴れて was met by round 20's
    # body frame, 舌 being a body part; 2 transcripts of 2 splits, 1 other than blind53, and 1 of heard-training.tsv)
    ("homophone", re.compile(_BODY_SIDE), r"\1腫れ"),
    # caught fire: 火が移って heard 木が映って after oil, a pot or a tent (油に木が映って; 3 transcripts of 3 splits,
    # 2 other than blind53; round 20's frame has clothing and a stove)
    ("homophone", re.compile(_CATCHES_FIRE), r"\1火が"),
    # a goldfish: 金魚 heard 金度 / きんど before a particle (no word; 金度が水面で, 金度が1匹; 4 transcripts of 4
    # splits, 3 other than blind53); どっきんどっき, しゃっきんどらま stay
    ("homophone", re.compile(r"(?:金度|(?<![っゃゅょ])きんど)(?=が|は|を|も|の)"), "金魚"),
    # a ditch: 用水路 / 排水路 heard 用水色 / 配水色 (no words; 配水色に軽とらが落ちて, 用水色が溢れて; 8
    # transcripts of 5 splits, none of blind53, and 2 of heard-training.tsv); 水色 (light blue) alone stays
    ("compound", re.compile(r"用水色"), "用水路"),
    ("compound", re.compile(r"[配排]水色"), "排水路"),
    # a mother: 母ちゃん / 母さん heard カーチャン / カーサン (prepared かーちゃん, かーさん; its own reading with the
    # long vowel written ー, which the folded view drops - かちゃん is no word; ばーちゃん and じーちゃん are read;
    # 21 transcripts of 19 splits, 20 other than blind53, and 5 of heard-training.tsv); スピーカーさん, ロッカーさん
    # stay. (トーチャン is left: put back, blind28a's 言ったっきり heard いったっきり、とうちゃんの… reads as a father
    # gone off, 110.)
    ("reading", re.compile(r"(?<![ーっ])かー(?=(?:ちゃん|さん)(?:[がはもにのをとっ、。,.!?\s]|$))"), "かあ"),
    # pulled: 引っ張って heard 引っかって after を (引っかかる takes no を; 手を引っかって, 腕を引っかっても; 5
    # transcripts of 4 splits, 4 other than blind53); 無理に引っかって and 引っかかって stay
    ("homophone", re.compile(r"(?<=を)(?:引っかっ|ひっかっ)(?=[てた])"), "引っ張っ"),
    # worried: 心配 heard 心態 (no word; 38 transcripts of 30 splits, 37 other than blind53, and 7 of
    # heard-training.tsv)
    ("homophone", re.compile(r"心態"), "心配"),
)
"""Speech-recogniser slips of blind53's spoken-only errors (and round 51's soaking), applied after round 51's table
(:func:`safety.heard.repair`)."""
