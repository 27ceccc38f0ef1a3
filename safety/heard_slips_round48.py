"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_wide49.WIDE49_SLIPS`: the general slips behind the spoken-only errors of blind49a and
blind49b (docs/safety.md, "Round 48: blind49 heard, the spoken gap (helper B56)").

Same rule as rounds 26-47: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than blind49a and
blind49b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What 灯油 heard どういうの (what kind of) is told with: its delivery, smell, tank, sale, subsidy, a spill
# (どういうの配達, どういうのにおい, どういうのぽりたんく, どういうのこぼれて); どういうのがいい, どういうのですか stay.
_KEROSENE_WITH = r"(?:配達|にお|匂|臭|くさ|ぽりたんく|移動販売|補助|定期|こぼ)"

# How smoke heard 眠りな goes on (眠りなもくもく, 眠りな木もく, 眠りなどんどん入って); 眠りながら stays.
_SMOKE_GOES = r"(?:もくもく|木もく|どんどん)"

ROUND48_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # breathing: 息を heard 勢いを (momentum; one does not "do" it) before して / します (主人が勢いをしていません;
    # 5 transcripts of 5 splits); 勢いをつけて stays
    ("mora", re.compile(r"勢いを(?=し)"), "息を"),
    # nausea: むかむか heard 向かむか (no word; 胸が向かむかする; 14 transcripts of 10 other splits); ムカデ heard
    # 向かで is not this slip
    ("reading", re.compile(r"向かむか"), "むかむか"),
    # a teenager's phase: 反抗期 heard 販甲機 / 販甲浮き (no word; 娘が販甲機で返事しない; 1 transcript of 1 other
    # split); 販甲 for ハンコ (判子) stays
    ("reading", re.compile(r"販甲(?:浮き|機|期)"), "反抗期"),
    # kerosene: 灯油の heard どういうの before its delivery, smell, tank or a spill (どういうの配達, どういうのにおい;
    # 20 transcripts of 16 other splits)
    ("mora", re.compile(rf"どういうの(?={_KEROSENE_WITH})"), "灯油の"),
    # a utility pole: 電柱 heard 電中 (the same reading) not after a kanji (倒れた電中, 車が電中に; 9 transcripts of 8
    # other splits and 1 of heard-training.tsv); 充電中, 停電中, 通電中 stay
    ("homophone", re.compile(r"(?<![\u4e00-\u9fff])電中"), "電柱"),
    # cold (Tohoku): 寒ぐで heard かんぐで (no word; 勘繰って is かんぐって; 1 transcript of 1 other split)
    ("reading", re.compile(r"かんぐ(?=で)"), "寒ぐ"),
    # smoke: 煙が heard 眠りな before もくもく / どんどん (隣の家から眠りなもくもく出てて; 17 transcripts of 15 other
    # splits); 眠りながら stays
    ("mora", re.compile(rf"眠りな(?={_SMOKE_GOES})"), "煙が"),
    # a signboard: 看板 heard 官闘 (no word; 風で飛ばされてきた官闘; 1 transcript of 1 other split)
    ("mora", re.compile(r"官闘"), "看板"),
    # shaking a baby: 揺さぶ heard 夕さぶ (evening + さぶ, no word; the reading one long vowel off, ゆうさぶ for ゆさぶ)
    # before a verb ending (強く夕さぶっちゃった, 激しく夕さぶってしまいました; wide49b's two, no other split)
    ("reading", re.compile(r"夕さぶ(?=[らりるれっ])"), "揺さぶ"),
    # hyperventilation: 過呼吸 heard カコキュー (the long vowel written ー; 夜になってカコキューみたいに; wide49b's one,
    # no other split; a kana writer writes かこきゅう)
    ("reading", re.compile(r"かこきゅー"), "過呼吸"),
    # a threat: 脅し / 脅され heard 踊し / 踊され (踊る has no し form; 写真ばらまくと踊されています,
    # 金を出せと踊しています; 41 transcripts of 40 splits) - held back by B56 until a demand for money told as going
    # on read 110 (:mod:`safety.events_demand_signs`, the coordinator)
    ("homophone", re.compile(r"踊(?=し|され)"), "脅"),
)
"""Speech-recogniser slips of blind49's spoken-only errors (and two left by wide49b's), applied after round 47's
wide49 table (:func:`safety.heard.repair`)."""
