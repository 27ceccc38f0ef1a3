"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_wide46.WIDE46_SLIPS`: the general slips behind the spoken-only errors of blind46a and
blind46b, then (:data:`ROUND45_WIDE_SLIPS`) those of the breadth sets wide46, wide46b and wide46c that round 44 left
(docs/safety.md, "Round 45: blind46 heard, the spoken gap (helper B50)").

Same rule as rounds 26-44: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), breaks no decision of ``safety/eval/heard.tsv`` and
finds no typed text (phrase set, training set, check-in answers). A slip is shipped only when its heard form is also in
transcripts of other splits than the one it mends (``heard.tsv`` or ``heard-training.tsv``), or extends a slip shipped
earlier to a frame the heard word cannot stand in. Patterns are written for the prepared text (NFKC, lower case,
katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What a grandchild heard 魔法 is told with (a sign, a vaccination, crying that does not stop): magic has no fever.
_CHILD_SIGNS = (r"予防接種|熱|ねつ|咳|せき|吐|嘔吐|下痢|げり|発疹|ほっしん|湿疹|ひきつけ|引き付け|引きつけ|けいれん"
                r"|痙攣|ぐったり|泣きやま|泣き止ま|誤飲|飲み込|のみこ|鼻血|はなぢ|じんましん|蕁麻疹")

ROUND45_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # convulsions: けいれん heard 経減 (no word - 軽減 is written so; 2 transcripts of 2 splits)
    ("mora", re.compile(r"経減"), "けいれん"),
    # the chest in Tohoku speech: 胸いでえ heard きょいで (胸 read きょう; 3 transcripts of 2 splits and one of
    # heard-training.tsv; only at a word's start or after a particle)
    ("reading", re.compile(r"(?:(?<![ぁ-ゖ])|(?<=[にがもは]))きょ(?=いで|いて[えぇ])"), "胸"),
    # a shelter: 避難所 heard 日南所 / 日南ちょ / 日南庁 / 日南児 / 日南ところ (ひなん heard as the place name 日南;
    # 8 transcripts of 7 splits and 2 of heard-training.tsv)
    ("compound", re.compile(r"日南(?=[所庁児]|ちょ|じょ|ところ)"), "避難"),
    # a grandchild: 孫 heard 魔法 (round 37 put it back after an age or when minded) before a sign or a vaccination
    # told of it (魔法が予防接種を受けまして, 魔法が咳ひどくて; 2 transcripts of 2 splits; 魔法が使える stays)
    ("homophone", re.compile(rf"魔法(?=[がは][、\s]?(?:{_CHILD_SIGNS}))"), "孫"),
    # wandering: 徘徊して heard 破壊して after the one who wanders, before where or how he walks or that he is gone
    # (父が夜中に破壊してしゃどー歩いてる, じっちゃ破壊していねえ; one transcript and one of heard-training.tsv;
    # 窓を破壊して stays)
    ("homophone", re.compile(r"(?:(?<=[がはにゃ])|(?<=夜中に))破壊し(?=て(?:しゃどー|車道|歩|ある|いね|いな))"),
     "徘徊し"),
    # 歯医者 heard 廃車 (round 44) before its waiting room (廃車の間違い室; a scrapped car has none)
    ("homophone", re.compile(r"廃車(?=の(?:待合|間違い室|まちあい))"), "歯医者"),
)
"""Speech-recogniser slips of blind46's spoken-only errors, applied after round 44's wide46 table
(:func:`safety.heard.repair`)."""

ROUND45_WIDE_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # pregnancy: 妊娠 heard 人心 before 中, a month or a week told (人心8ヶ月, 人心中の娘; 9 transcripts of 4 splits and
    # one of heard-training.tsv)
    ("homophone", re.compile(r"人心(?=中|[0-9]|はっか|[一二三四五六七八九十]|何)"), "妊娠"),
    # 血が heard ちが (round 44's wide46 frame) after an adjective or a て-form, before how much (いたいちがたくさん;
    # the frame holds 血が in 5 other splits' transcripts)
    ("homophone", re.compile(r"(?<=[いて])ちが(?=たくさん|いっぱい|どくどく|だらだら)"), "血が"),
    # a shelter: 避難所 heard 機能庁 / 機能ちょ (round 37 read 避難する heard 機能する; 2 transcripts of 2 splits)
    ("mora", re.compile(r"機能(?:庁|ちょ|じょ)"), "避難所"),
    # watched: 見張られ heard 見晴られ (見晴らし has no passive; one transcript and one of heard-training.tsv)
    ("mora", re.compile(r"見晴られ"), "見張られ"),
    # a bill: 請求 heard 政給 / 成給 (no word; 身に覚えの内政給, 30万成給された; 5 transcripts of 5 splits and one of
    # heard-training.tsv)
    ("compound", re.compile(r"[成政]給"), "請求"),
    # a landlord: 大家 heard 大や before a particle or さん (2 transcripts of 2 splits)
    ("reading", re.compile(r"大や(?=から|さん|に|が|さ|は)"), "大家"),
    # 病院 heard 棒 (round 37's 棒いに) when the い before it is heard as the end of the word before (痛い棒に行った方;
    # one transcript: the frame of round 37's slip with the い shared)
    ("mora", re.compile(r"(?<=い)棒(?=に(?:行|い[っくけ]))"), "病院"),
)
"""Speech-recogniser slips of the spoken-only errors of the breadth sets wide46, wide46b and wide46c that round 44's
wide46 table left (docs/safety.md, "Round 45: blind46 heard, the spoken gap (helper B50)"), applied after
:data:`ROUND45_SLIPS`."""
