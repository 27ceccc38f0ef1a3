"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round56.ROUND56_SLIPS`: the general slips behind the spoken-only errors of blind58a and
blind58b (docs/safety.md, "Round 57: blind58 heard, the spoken gap in plain, senior and tohoku, numbers lost when
spoken (helper B66)"), neighbours and the neighbourhood association, farm work through the year.

Same rule as rounds 26-56: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there) and finds no typed text but those holding a
recogniser slip themselves. Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana,
punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Where a clause starts (after a pause or a sentence end).
_CLAUSE_START = r"(?:^|(?<=[、。\s]))"

ROUND57_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # afraid (Tohoku): おっかねえ heard お金へ at a clause end ("to money" ends no sentence; 43 transcripts of many
    # splits, every one おっかねえ); お金へ換える, お金へのこだわり stay
    ("homophone", re.compile(r"お金へ(?=[、。!?\s]|$)"), "おっかねえ"),
    # a hen: 鶏 heard 2割取り / 二割取り (20 per cent taken; 6 transcripts of 6 splits, every one a hen) before a
    # particle; 12割, 利益の2割取られた stay
    ("mora", re.compile(r"(?<![0-9一二三四五六七八九十])(?:2|二)割(?:取|と)り(?=[のがをはもとっ])"), "鶏"),
    # ... and 鶏って heard 2割取って before asking what to do with it (1 transcript)
    ("mora", re.compile(r"(?<![0-9一二三四五六七八九十])(?:2|二)割取って(?=どう|どこ)"), "鶏って"),
    # ... counted: 鶏が一羽 heard 2割取りの位置は (いちわ heard 位置は; 4 of those 6 transcripts), once the hen is put
    # back; 車の位置は stays
    ("mora", re.compile(r"(?<=鶏)の位置は"), "が一羽"),
    # fire caught: 火が移 heard ひなうつ after に (が heard な, as round 56's しな; 2 transcripts of 2 splits, both
    # clothes or a curtain catching fire)
    ("mora", re.compile(r"(?<=に)ひなうつ(?=[らりるっ])"), "火が移"),
    # fire spreading (Tohoku): 火ぃ広が heard ひーひろが (1 transcript); ひーひー stays
    ("reading", re.compile(r"ひーひろが"), "火ぃ広が"),
    # breathing: 息をして heard 生き押して (no word; 11 transcripts of 10 splits, every one 息をして); 生き押しして
    # (雪下ろし heard so) stays
    ("mora", re.compile(r"生き押し(?=て)"), "息をし"),
    # lying face up: 仰向け heard 青むけ (no word; 7 transcripts of 7 splits)
    ("homophone", re.compile(r"青むけ"), "仰向け"),
    # a shelter: 避難所 heard 日南上 (the place name 日南 again, round 45; 2 transcripts of 2 splits) before a
    # particle or where
    ("compound", re.compile(r"日南上(?=[はがにへまでのっど])"), "避難所"),
    # the hazard map: ハザードマップ heard ハザラドマップ (no word; 6 transcripts of 6 splits)
    ("mora", re.compile(r"はざらど(?=まっぷ)"), "はざーど"),
    # the neighbourhood association: 町内会 heard 超内界 (no word; 7 transcripts of 7 splits)
    ("homophone", re.compile(r"超内界"), "町内会"),
    # a hospital: 病院 heard 棒員 (no word; 8 transcripts of 8 splits, round 40's 棒い heard the same)
    ("mora", re.compile(r"棒員"), "病院"),
    # out of hospital: 退院 heard 対院 (no word; 5 transcripts of 5 splits, every one 退院)
    ("homophone", re.compile(r"対院"), "退院"),
    # weed killer: 除草剤 heard 所層材 (no word; 2 transcripts of 2 splits)
    ("homophone", re.compile(r"所層材"), "除草剤"),
    # nine at night: 九時過ぎ heard くじすぎ (a lottery cannot be past; 13 transcripts of 13 splits, every one 9時過ぎ)
    # after the night, の, a pause or at a clause start; 宝くじすぎ stays
    ("time", re.compile(r"(?:^|(?<=[夜晩のにで、。\s]))くじすぎ"), "9時すぎ"),
    # retching: げーげー吐いで heard 芸芸配で / 芸芸入れる / 芸芸入って (no word; 19 transcripts of many splits hold
    # 芸芸, every one ゲーゲー), the vomiting kept where 吐いでる was heard 入れる or 吐い 配 or 入 ...
    ("reading", re.compile(r"芸芸入れ(?=る)"), "げーげー吐いで"),
    ("reading", re.compile(r"芸芸(?:配|入)(?=[でっ])"), "げーげー吐い"),
    # ... and げーげー alone where it was not (芸芸しで)
    ("reading", re.compile(r"芸芸"), "げーげー"),
    # smoke: 煙が heard 眠りな (rounds 20 and 48) before how much of it there is or that it is seen or rises
    # (眠りな凄いです, 眠りな見えた, 眠りな上がり; 5 transcripts); 眠りながら, 眠りなさい stay
    ("mora", re.compile(r"眠りな(?=凄|すご|ひど|見え|みえ|上が)"), "煙が"),
    # a player: 選手の一人が倒れ heard 戦修の一人 (round 20 took it for 先週, round 51 put 選手 back before が and
    # the body; 1 transcript) where one of them falls
    ("homophone", re.compile(r"先週の(一人|ひとり)(?=が(?:倒|たお))"), r"選手の\1"),
    # bleeding stopped: 血は止ま heard しは止ま at a clause start (round 20's し for 血; 4 transcripts of 4 splits)
    # or っちは止ま after ました (1 transcript)
    ("mora", re.compile(_CLAUSE_START + r"しは(?=止ま|とま)"), "血は"),
    ("mora", re.compile(r"(?<=ました)っちは(?=止ま|とま)"), "、血は"),
    # threatened (Tohoku passive): 言わっちぇ heard げんわっちぇ (no word; 1 transcript, a threat told after って)
    ("mora", re.compile(r"げんわっ(?=ち[ぇゃだ])"), "言わっ"),
    # a grandchild at night: 夜 孫が heard 夜間ごが (round 54's 間ご run into 夜; 1 transcript); 夜間ご利用 stays
    ("mora", re.compile(r"夜間ご(?=が)"), "夜孫"),
    # swollen tight: ぱんぱんに腫れ heard 簡単に晴れ / 張れ (swelling easily is no Japanese; 23 transcripts of many
    # splits, every one ぱんぱんに腫れ) before て / で / た; 簡単に晴れる, テントが簡単に張れる stay
    ("homophone", re.compile(r"簡単に(?:晴|張)れ(?=[てでた])"), "ぱんぱんに腫れ"),
)
"""Speech-recogniser slips of blind58's spoken-only errors, applied after round 56's table
(:func:`safety.heard.repair`)."""
