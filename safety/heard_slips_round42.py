"""Round 42 of the speech-recogniser slips :func:`safety.heard.repair` puts back (after
:data:`safety.heard_slips_round41.ROUND41_SLIPS`): the general slips behind blind43's spoken-only errors
(docs/safety.md, "Round 42: blind43 heard, recogniser slips (helper B45)").

Same rule as rounds 26-41: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), breaks no decision of ``safety/eval/heard.tsv`` or
``safety/eval/heard-training.tsv`` and finds no typed text (phrase set, training set, check-in answers). Patterns are
written for the prepared text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# A body part a swelling is told on (顔がパンパンに腫れて heard 顔が簡単に晴れて).
_SWOLLEN_PART = (r"顔|かお|膝|ひざ|足首|足くび|足|あし|腕|うで|唇|くちびる|口びる|まぶた|目|喉|のど|首|くび|手|指|ゆび"
                 r"|頬|ほっぺ|お腹|おなか|もも|すね")

# Round 42 (blind43's spoken-only errors), applied after round 41:
ROUND42_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- smoke: もくもく heard 木木 (木 read モク; no word: 32 transcripts of 26 splits, all もくもく typed) ---
    ("homophone", re.compile(r"木木"), "もくもく"),
    # --- a swelling: パンパン heard 簡単 after a body part (顔が簡単に晴れて, 膝が簡単に腫れて; 17 transcripts),
    # and 腫れ heard 晴れ/張れ after the ぱんぱんに now put back (round 20's body-part frame ran before it) ---
    ("mora", re.compile(rf"((?:{_SWOLLEN_PART})(?:が|も|は)?[、\s]?)簡単(?=に(?:晴|張|腫|はれ|なっ|なり|なる))"),
     r"\1ぱんぱん"),
    ("homophone", re.compile(r"(?<=ぱんぱんに)(?:晴|張)れ(?=[てでたるぼあ])"), "腫れ"),
    # --- a wheeze: ぜーぜー heard せいぜい (at most) before 言ってる/してる (a voiced mora lost; with the swelling put
    # back, 唇がぱんぱんに腫れて、せいぜい言ってる is otherwise read #7119) ---
    ("mora", re.compile(r"(?<=[、\s])せいぜい(?=言って[るいま]|いって[るいま]|して[るいま])"), "ぜーぜー"),
    # --- not moving: ぴくりとも heard きくりとも (round 41's ひくりとも with き; 4 transcripts of 4 splits) ---
    ("mora", re.compile(r"きくりとも"), "ぴくりとも"),
    # --- slumped: もたれかかって heard 持ったれかかって (a geminate added; no word; 3 transcripts) ---
    ("mora", re.compile(r"持ったれ(?=かか)"), "もたれ"),
    # --- a fall: 脚立 heard 片付/硬つ before から (round 24's 片つ in other kanji; 11 transcripts of 11 splits) ---
    ("compound", re.compile(r"(?:片付|硬つ)(?=から|がら)"), "脚立"),
    # --- now: 今しがた heard in kana after a particle or a clause start (3 transcripts; the kana form is read as
    # います, losing the event's onset) ---
    ("reading", re.compile(r"(?:(?<![ぁ-ゖ])|(?<=[がはもに]))いましがた"), "今しがた"),
    # --- an overdose: いっぱい飲んだ heard 一体飲んだ (a mora changed; 11 transcripts of 11 splits, every one
    # いっぱい or 一杯 typed) ---
    ("mora", re.compile(r"一体(?=飲|のん[でだじ])"), "いっぱい"),
    # --- gas: Tohoku ガス臭ぐ heard がすしゅーぐ (臭 read on its Chinese reading; no word) ---
    ("reading", re.compile(r"(?<=がす)しゅー(?=[ぐくいえ])"), "臭"),
    # --- someone inside: Tohoku/Kanto 人 said or heard しと (ひ -> し) inside a vehicle or a house ---
    ("mora", re.compile(r"(?<=中に|中さ)しと(?=いる|いだ|がいる|が倒れ)"), "人"),
    # --- a missing child: Tohoku いねえんだ heard 犬園だ (round 21's 犬ぐなった: いね heard 犬) ---
    ("homophone", re.compile(r"犬(?:園|えん)(?=だ|です)"), "いねえん"),
    # --- a crossing gone dark: 四方から heard し方から (方 read ほう), 立ちすくんで heard 立ちつくんで (no verb) ---
    ("homophone", re.compile(r"(?<=[が、])し方(?=から)"), "四方"),
    ("mora", re.compile(r"立ちつくん(?=[でだ])"), "立ちすくん"),
    # --- a senior's courtesy: 恐縮です heard 教室です after で/て or 大変 (9 transcripts of 6 splits; a class
    # read as the topic hid the event: 些細なことで教室ですが、主人の言葉が少しおかしく) ---
    ("homophone", re.compile(r"(?<=[でて]|変)教室(?=です|でござい)"), "恐縮"),
    # --- a disaster: 台風 heard たいふ風 (the word and its last kanji; 8 transcripts of 8 splits), 避難させ
    # heard 気なさせ (round 20's 気なん/気なし; 6 transcripts of 5 splits) ---
    ("compound", re.compile(r"たいふう?風"), "台風"),
    ("mora", re.compile(r"(?<![元げ])気な(?=させ)"), "避難"),
    # --- a warning: 警報 heard 景本 after the hazard (rounds 37 and 41's 形法, 系報) ---
    ("compound", re.compile(r"(?<=大雪|大雨|暴風|洪水|波浪|高潮|津波)景本"), "警報"),
    # --- a fraud: 未納 heard みのお beside 料金 (2 transcripts), 手続き heard で続き after 法的/更新 (2) ---
    ("reading", re.compile(r"(?<=料金)みのお|みのお(?=料金)"), "未納"),
    ("mora", re.compile(r"(?<=法的|更新|相続|解約|申請|変更)で続き(?!ます|まし)"), "手続き"),
    # --- a child: 子どもが heard 程もな at a clause start (こ -> ほ; 2 transcripts of 2 splits; not 程もなく、) ---
    ("mora", re.compile(r"(?:^|(?<=[、。\s]))程もな(?!く[、。\s]|くし)"), "子どもが"),
)
