"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round54.ROUND54_SLIPS`: the general slips behind the spoken-only errors of blind56a and
blind56b (docs/safety.md, "Round 55: blind56 heard, the spoken gap, senior and tohoku numbers, kana recall (helper
B64)"), nights, shopping and errands.

Same rule as rounds 26-54: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there) and finds no typed text but those holding a
recogniser slip themselves. Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana,
punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What a husband does that a sound does not: sleep on and not wake, fall, trip, fall off a stepladder, run a fever,
# clutch a sudden pain in the chest.
_PERSON_DOES = (r"(?:寝たまま|ねたまま|倒れ|たおれ|転ん|ころん|脚立|きゃたつ|熱が|急に胸(?:を押さ|をおさ|が痛|がいた))")

# The warnings of the Japan Meteorological Agency a weather word names (大雪警報, 大雨警報, 暴風警報 ...).
_WEATHER = r"(?:大雪|大雨|暴風雪|暴風|洪水|波浪|高潮|おおゆき|おおあめ)"

ROUND55_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # blood pressure: 血圧 heard 結圧 (no word; 19 transcripts of 15 splits, 18 other than blind56), which the
    # blood-pressure frames (上が180, 血圧の薬) read
    ("homophone", re.compile(r"結圧"), "血圧"),
    # cold: 冷たい heard 詰めたい (25 transcripts, every one a cold body, hand or drink) where nothing is packed into
    # anything (no を, に or へ before it; 箱に詰めたい, 荷物を詰めたい, 問い詰めたい stay)
    ("homophone", re.compile(r"(?<![をにへ])(?<!問い)(?<!とい)詰めた(?=い|く)"), "冷た"),
    # not waking: 起きません heard 置きません after lying on (寝たまま, 倒れたまま) or knocking in vain (叩いても; 5
    # transcripts of 5 splits, 4 other than blind56); 何も置きません, そのまま置きません stay
    ("homophone", re.compile(r"(?:(?<=[たでて]まま)|(?<=[てで]も))置き(?=ません|ない|ねえ|ず)"), "起き"),
    # a husband: 夫が heard 音が (えっと音が熱が, 花火大会で音が倒れて; 12 transcripts of 11 splits) before what a
    # person does and a sound does not; 音がする, 音が寝室から聞こえる stay
    ("homophone", re.compile(r"音が(?=" + _PERSON_DOES + r")"), "夫が"),
    # a weather warning: 警報 heard 傾向 after a weather word, told as out or not (大雪の傾向が出ておりますが; 4
    # transcripts of 4 splits, 3 other than blind56); 今年は大雪の傾向です stays
    ("homophone", re.compile(r"(" + _WEATHER + r"の)傾向(?=[がはをも]?[、\s]?(?:出|で[てたま]))"), r"\1警報"),
    # refused: 断られ heard 言葉られ (no word; 3 transcripts of 3 splits, 2 other than blind56), which the refund
    # and return frames read
    ("homophone", re.compile(r"言葉られ"), "断られ"),
    # one tablet: 一錠 heard 一場 before taken or missing (一場多く飲んで, 一場足りない; 3 transcripts of 3 splits);
    # 市場 heard 一場 (魚の一場で) stays
    ("homophone", re.compile(r"一場(?=多く|おおく|飲|のん|足りな|たりな)"), "一錠"),
    # bloodshot: 充血 heard 充決 (no word; 2 transcripts of 2 splits)
    ("homophone", re.compile(r"充決"), "充血"),
    # a fit: 発作 heard 放射く before 起こして (no word; 1 transcript), and ガクガク heard ばくがく (no word)
    ("mora", re.compile(r"放射く(?=を?(?:起こ|おこ))"), "発作"),
    ("mora", re.compile(r"ばくがく"), "がくがく"),
    # foaming: 泡吹いで heard 淡いで before shaking or falling (no word in that frame; 1 transcript), and 震え出した
    # heard 震えでした after the shaking's sound; 色が淡いです, 原因は震えでした stay
    ("mora", re.compile(r"淡い(?=[でて][、\s]?(?:がたがた|がくがく|ぶるぶる|震え|ふるえ|倒れ|たおれ))"), "泡吹い"),
    ("mora", re.compile(r"(?<=がたがた|がくがく|ぶるぶる)(震え|ふるえ)でし(?=た)"), r"\1だし"),
    # a barber's: 床屋で heard どこやで before waiting or a cut (2 transcripts of 2 splits), read as a question else;
    # 財布どこやで, どこやでもええ stay
    ("homophone", re.compile(r"どこやで(?=待って|まって|耳|髪|かみ|切られ|きられ)"), "床屋で"),
    # wandering: 徘徊 heard 破壊 (the care word 徘徊のある, or wandering off and not back: 3 transcripts of 3 splits,
    # 2 other than blind56); ドアを破壊して, 破壊された建物, 環境破壊のある地域 stay
    ("homophone", re.compile(r"(?<![一-龥々])破壊(?=のある)|(?<=いなくなって|居なくなって)破壊(?=し)"
                              r"|(?<![を一-龥々])破壊(?=して[^、。\n]{0,12}?(?:戻って|もどって|戻ら|もどら|帰って|かえって|帰ら|かえら))"),
     "徘徊"),
    # a screen door: 網戸 spelt アミド before being opened, torn or forced (1 transcript), which the intruder frames
    # read in kanji only
    ("reading", re.compile(r"あみど(?=を?(?:開け|あけ|破|やぶ|こじ|外し|はずし))"), "網戸"),
)
"""Speech-recogniser slips of blind56's spoken-only errors, applied after round 54's table
(:func:`safety.heard.repair`)."""
