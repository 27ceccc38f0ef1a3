"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round46.ROUND46_SLIPS`: the general slips behind the spoken-only errors of the breadth sets
wide48 and wide48b (docs/safety.md, "Round 46: wide48 and wide48b heard, recogniser slips (helper B53)").

Same rule as rounds 26-46: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), finds no typed text but those holding a recogniser
slip themselves and is shipped only when its heard form is also in transcripts of other splits than wide48 and
wide48b (``heard.tsv`` or ``heard-training.tsv``). Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What follows a consultation asked about (受診したほうが, 受診すべき, 受診が必要, 受診させる, 受診の目安); a
# reception (受信機, 受信料, メールを受信した) is none of these.
_SEE_A_DOCTOR_AFTER = r"(?:した?ほう|した?方|すべき|が必要|させ|の目安|できる(?:病院|ところ|とこ))"

# What is said of a sound heard (音がして, 音して, 音が鳴って, 音なり始めた); 大人しく, 大人になって, 大人なりに stay.
_SOUND_AFTER = r"(?:して|がして|が鳴|鳴|なり始|なりだ|なりっぱ)"

# What a demand to pay is told with (払えって言われた, 払えって電話, 払えって画面が出て); 支払いって, 分割払いって,
# 前払いって, 現金払いって (a way of paying asked about) stay.
_DEMAND_AFTER = r"(?:言|いわ|いう|書|出|画|来|き|しょ|めーる|電話|脅|おど|歯が|こま|回)"

WIDE48_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # seeing a doctor: 受診 heard 受信 before したほうが / すべき / が必要 (44 transcripts of 31 splits and 7 of
    # heard-training.tsv; 個別受信機 stays)
    ("homophone", re.compile(rf"受信(?={_SEE_A_DOCTOR_AFTER})"), "受診"),
    # kerosene: 灯油 heard 投入 (an input) drunk, spilled, drawn or poured (8 transcripts of 6 splits) and 投油 (no
    # word; 2 transcripts of 2 splits and 1 of heard-training.tsv)
    ("mora", re.compile(r"投入(?=[をばが](?:飲|のん|こぼ|抜|入れ|口))"), "灯油"),
    ("mora", re.compile(r"投油"), "灯油"),
    # an earthquake: 地震 heard 自信 (confidence) before で, told as just now (さっきの自信で, 今の自信で; 4
    # transcripts of 4 splits of the 19 of 17 splits holding 自信で; 自信がない, 自信を持って stay, and so do 大きな
    # 自信で and 自信で at the start: put back there, two transcripts of past or gist questions read 119 / disaster)
    ("homophone", re.compile(r"(?:(?<=さっきの)|(?<=今の)|(?<=いまの)|(?<=さっき)|(?<=今))自信(?=で)"), "地震"),
    # a cough: 咳 heard 席 (a seat) going on, not stopping or coming (席が続いて, 席が止まらない; 2 transcripts of 2
    # splits; 席が空いて, 席が取れた stay)
    ("homophone", re.compile(r"席(?=が(?:続|つづ|止ま|とま|出て|でて|ひど))"), "咳"),
    # a blister: 水ぶくれ heard 水袋 (a water bag; 26 transcripts of 10 splits and 3 of heard-training.tsv; 水袋を
    # 持って stays)
    ("mora", re.compile(r"水袋(?!を)"), "水ぶくれ"),
    # hitting: 殴り heard 眺り (no word; 2 transcripts of 2 splits; 眺め stays)
    ("mora", re.compile(r"眺り(?=かか|続|つづ|つけ|合|あ)"), "殴り"),
    # a fire extinguisher: 消火器 heard 召喚器 (no everyday word; 5 transcripts of 5 splits and 1 of
    # heard-training.tsv)
    ("homophone", re.compile(r"召喚器"), "消火器"),
    # a flood: 洪水 heard 構図 (a composition) with its い heard 位 / 意 / 以 / い, or before 行き / 来 (構図位の
    # はざーどまっぷ, 構図行警報, 構図行きそう; 7 transcripts of 7 splits and 2 of heard-training.tsv; 写真の構図が
    # stays)
    ("mora", re.compile(r"構図(?:[い位意以](?=[のでがは]|はざ|警報)|行(?=警報|き)|(?=来))"), "洪水"),
    # vomiting: 吐いて heard 廃て (no word; 廃ててのどが焼ける, 廃て意識がない; 4 transcripts of 4 splits)
    ("mora", re.compile(r"廃て"), "吐いて"),
    # a sound: 音 heard 大人 (おと heard おとな) before して / が鳴 / なり始め (どんと大人して, 踏切の大人なり始めた;
    # 20 transcripts of 17 splits and 3 of heard-training.tsv; 大人しく, 大人になって, 大人なりに stay)
    ("mora", re.compile(rf"大人(?={_SOUND_AFTER})"), "音"),
    # a demand to pay: 払えって heard 払いって (お金払いって言われた; 14 transcripts of 13 splits and 1 of
    # heard-training.tsv) and Tohoku 払わねば / 払わねえ heard 腹はね (2 transcripts of 2 splits)
    ("mora", re.compile(rf"(?<![支割後前先未括])(?<!現金)払いって(?={_DEMAND_AFTER})"), "払えって"),
    ("mora", re.compile(r"腹はね(?=ば|え|ぇ|ー)"), "払わね"),
    # an age: 5歳 heard ごさえ (no word; 6 transcripts of 5 splits and 1 of heard-training.tsv)
    ("reading", re.compile(r"ごさえ"), "5歳"),
    # a shop gone under: 店 heard 見せ before 潰れ / つぶれ (2 transcripts of 2 splits and 1 of heard-training.tsv;
    # 見せて stays)
    ("homophone", re.compile(r"見せ(?=潰れ|つぶれ)"), "店"),
)
"""Speech-recogniser slips of wide48's and wide48b's spoken-only errors, applied after round 46's blind47 table
(:func:`safety.heard.repair`)."""
