"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round48.ROUND48_SLIPS`: the general slips behind the spoken-only errors of the breadth sets
wide50 and wide50b (docs/safety.md, "Round 48: wide50 and wide50b heard, recogniser slips (helper B57)").

Same rule as rounds 26-48: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than wide50 and
wide50b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What a grandchild heard 魔法 (magic) is told with: な (not なんて / なの), or one of the child's body, place
# or things after の (魔法の目にお箸, 魔法の後ろを, 魔法の長靴); 魔法の杖, 魔法の言葉, 魔法なんて stay. 魔法が is
# left as heard: put back in wide46's robot dog (ロボットの居ぬが動かない 魔法が生きしてない) it reads a child not
# breathing (119), and the other transcripts holding it are decided right without it.
_GRANDCHILD_FRAME = r"(?:な(?!ん|の)|の(?:目|後ろ|姿|長|顔|足|頭|体|口))"

WIDE50_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # every night: 毎晩 heard 前版 (a previous edition) not before a particle (ここ1週間前版誰かが,
    # 無言電話名前版掛かってきて; 1 transcript of 1 other split); 本の前版と新版, 前版の表紙 stay
    ("mora", re.compile(r"前版(?![とのをでにはがも]|から|より)"), "毎晩"),
    # a bill: 請求 heard 成就 (fulfilment) after a sum's の (代金の, 今月の, 980円の, 保険の), を or ない and before
    # され / が / という / a stop, or before 書 / 期 (今月の成就が前より高い, 高額な着手金を成就されました;
    # 4 transcripts of 4 other splits); 願いの成就が近い, 夢が成就した, 恋愛成就, 成就させる stay
    ("homophone", re.compile(r"(?:(?<=[金代額月費料険健円]の)|(?<=を)|(?<=ない))成就(?=され|が|という|[。、!?]|$)"
                             r"|成就(?=書|期)"), "請求"),
    # pale: 青く heard 多く after 顔 / 顔色 (顔色が多くて, 顔が多くて泣かない; 1 transcript of 1 other split and 1 of
    # heard-training.tsv); 知らない顔が多くて stays
    ("mora", re.compile(r"(?<![いた])(顔(?:色)?が)多く"), r"\1青く"),
    # a bill's breakdown: 明細 heard 名祭 (no word; スマホ代の名祭に; 4 transcripts of 4 other splits)
    ("homophone", re.compile(r"名祭"), "明細"),
    # a grandchild: 孫 heard 魔法 before な / the child's body or things after の (魔法の目にお箸当たった, 魔法の後ろを;
    # 1 transcript of 1 other split and 1 of heard-training.tsv)
    ("mora", re.compile(rf"魔法(?={_GRANDCHILD_FRAME})"), "孫"),
    # wheezing: ヒューヒュー heard 急急 (no word) before という音 / と音 / して / し始め (急急という音と一緒に, 息が急急
    # してる; 4 transcripts of 4 other splits and 1 of heard-training.tsv); 急急 for 救急 (急急いく, 急急しゃ, 急急の日)
    # stays for the earlier rounds' readings
    ("mora", re.compile(r"急急(?=という(?:音|落と)|と音|し[てた始])"), "ひゅーひゅー"),
)
"""Speech-recogniser slips of wide50's and wide50b's spoken-only errors, applied after round 48's blind49 table
(:func:`safety.heard.repair`)."""
