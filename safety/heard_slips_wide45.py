"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round43.ROUND43_SLIPS`: the general slips behind the spoken-only errors of the breadth sets
wide45 and wide45b (docs/safety.md, "Round 43: wide45 and wide45b heard, recogniser slips (helper B47)").

Same rule as rounds 26-43: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), breaks no decision of ``safety/eval/heard.tsv`` or
``safety/eval/heard-training.tsv`` and finds no typed text (phrase set, training set, check-in answers). A slip is
shipped only when its heard form is also in transcripts of other splits than the one it mends. Patterns are written
for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What the sting of a bee is told with after 蜂に heard 8に (指を刺された, 何か所も刺されて, 1箇所さされた).
_STUNG = r"刺さ|さされ|さし"

# How 病院 (行くべき) is heard: ぼいに, ぼーいに, ぼおいに, ごいに, ご追いに, 帽位に (びょういん with its glide lost),
# or 病院に once an earlier round put 病院 back (病院にくべき).
_HOSPITAL_HEARD = r"ぼー?い|ぼお?い|ぼうい|ごお?い|ご追い|帽位|病院"

# What an amount is paid for after 円 heard 年 (30万年の工事, 一万年の引き落とし, 60万年の羽毛布団).
_CHARGED = (r"工事|請求|成球|契約|引き落とし|引落|ろーん|払|買|購入|見積|代金|料金|ぶとん|布団|商品|円")

# What a heated liquid is in before 熱湯 heard ねっと (やかんの熱湯を足にかぶって, 鍋の熱湯こぼして).
_KETTLE = r"やかん|ぽっと|鍋|なべ"

WIDE45_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- a key word misheard ---
    # breath: 息 heard 生き before でき/出来 (生きできない, 生きできねがった; 30 transcripts of 24 splits; no
    # verb 生きできる - the earlier rounds read the sign, but not the laugh's guard: 笑いすぎで息できねがった)
    ("homophone", re.compile(r"生き(?=でき|出来|でぎ)"), "息"),
    # a nosebleed: 鼻血 heard 鼻地/鼻字 (the word's own reading はなぢ/はなじ in other kanji; 3 transcripts of 2
    # splits)
    ("reading", re.compile(r"鼻[地字](?=[がはもの、\s0-9一二三四五六七八九十止出]|とま|で)"), "鼻血"),
    # a sting: 蜂に heard 8に before the sting told a few characters on (8に指を刺されました, 8に何か所もさされて;
    # 4 transcripts of 4 splits - the earlier rounds read only 8に刺され)
    ("homophone", re.compile(rf"(?<![0-9])8に(?=[^、。]{{0,6}}?(?:{_STUNG}))"), "蜂に"),
    # bleeding: 血が heard 値が after a cut told, before 止まらない (切れた値が止まらない, 手を切った値が; 3 transcripts
    # of 3 splits; 血糖値が, 株の値が stay)
    ("homophone", re.compile(r"(?<=[たて、\s])値が(?=止ま|とま)"), "血が"),
    # smoke: 煙が heard け無理な (the nasal が heard な; 7 transcripts of 6 splits; だけ無理なら, わけ無理なの stay)
    ("nasal", re.compile(r"(?<![だわ])(?:け|毛)無理な(?![らのん])"), "煙が"),
    # a face gone white: 真っ青 heard 巻きさお, 待つさお, 真似さお (round 25 read 待ちさお; 13 transcripts of 13
    # splits)
    ("compound", re.compile(r"(?:巻[きく]|待つ|真似|まき|まく|まね)さ[おを](?=[でにだ、。\s]|$)"), "真っ青"),
    # a scald: 熱湯 heard ねっと after a kettle or a pot (やかんのねっとを; 3 transcripts of 3 splits; ネットで注文
    # stays - no kettle before it)
    ("homophone", re.compile(rf"((?:{_KETTLE})の)ねっと(?=[をがも、\s])"), r"\1熱湯"),
    # a tick: ダニが heard 駄にな (駄に is no word; 2 transcripts of 2 splits; 無駄になった stays)
    ("compound", re.compile(r"(?<!無)駄にな(?=[ぁ-ゖ])"), "だにが"),
    # --- words of a call or a question ---
    # 救急車 heard 急急症 (round 35 read 急急車; 14 transcripts of 14 splits)
    ("compound", re.compile(r"急急症"), "救急車"),
    # 病院行くべき heard ぼいにくべき/ご追いにくべき (66 transcripts of 48 splits; a question to the advice line read
    # as none, or a bite's "should I go" lost to 119)
    ("compound", re.compile(rf"(?:{_HOSPITAL_HEARD})に(?=くべき)"), "病院い"),
    # a child alone: 親いない heard したしいない (親しい has no such negative; 10 transcripts of 9 splits)
    ("homophone", re.compile(r"したしい(?=な[いく]|ね[えぇー])"), "親い"),
    # a charge: 円 heard 年 after an amount in thousands or ten thousands, before what is paid for (三千年や一万年の
    # 引き落とし, 30万年の工事; 7 transcripts of 7 splits; 一万年の歴史, 2万年前 stay)
    ("homophone", re.compile(rf"(?<=[0-9一二三四五六七八九十百])([千万])年(?=[のや][^、。]{{0,12}}?(?:{_CHARGED}))"),
     r"\1円"),
)
"""Speech-recogniser slips of wide45's and wide45b's spoken-only errors, applied after round 43's
(:func:`safety.heard.repair`)."""
