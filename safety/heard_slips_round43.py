"""Round 43 of the speech-recogniser slips :func:`safety.heard.repair` puts back (after
:data:`safety.heard_slips_round42.ROUND42_SLIPS`): the general slips behind the spoken-only errors of blind44 and
kinds42 (docs/safety.md, "Round 43: blind44 and kinds42 heard, recogniser slips (helper B46)").

Same rule as rounds 26-42: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there), breaks no decision of ``safety/eval/heard.tsv`` or
``safety/eval/heard-training.tsv`` and finds no typed text (phrase set, training set, check-in answers). A slip is
shipped when its heard form is also in transcripts of other splits, or when it is the key word's own reading written
in other characters (笑す for わらす, 書きを気 for 書き置き, おとおと for 弟). Patterns are written for the prepared
text (NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Who an age is told of (1歳の子, 1歳の娘): いっさいの before one of them is 1歳の, never 一切の.
_CHILD = r"子|こ(?=[がはのをも、\s])|娘|むすめ|息子|むすこ|男の子|女の子|孫|まご|赤ちゃん|あかちゃん|弟|妹"

# What a breath does after 息が (heard 生きな): stops, cannot be drawn, hurts, wheezes, is weak or gone. Not 切れ (a
# hyperbole, 階段で息が切れて死にそう, is read as a sign once put back) nor a clause cut by a comma (生きなと、まる).
_BREATH_AFTER = (r"できな|でき|出来|でぎ|止ま|とま|時々|ときどき|苦し|くるし|ぐるし|ひゅ|ぜー|ぜい|税税|普通|ふつう"
                 r"|荒|あら|弱|よわ|ない[^とけ]|ないか")

# What a drunk brandishes (酔っ払いがナタ振り回して heard よったらいいな、なった振り回して); round 33's frame reads
# only a scene on the road or a brawl.
_DRUNK_WEAPON = r"振り回|ふりまわ|包丁|ほうちょう|刃物|はもの|なた|なった振|ないふ"

# Round 43 (blind44's and kinds42's spoken-only errors), applied after round 42:
ROUND43_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- a key word misheard ---
    # fire: the nasal が heard な after 火 in kana (火が出て heard ひなでて/ひーな出て; 8 transcripts of 7 splits;
    # not ひな in ひなた, おひな: no kana before it but から/がら)
    ("nasal", re.compile(r"(?:(?<![ぁ-ゖ])|(?<=から)|(?<=がら))ひー?な(?=出|で[てたるま])"), "火が"),
    # breath: the nasal が heard な after 息 heard 生き (息が止まって heard 生きな止まって, 生きなできない,
    # 生きな苦しい; 16 transcripts of 15 splits; 生きなり, 生きながら stay)
    ("nasal", re.compile(rf"生きな(?=[、\s]?(?:{_BREATH_AFTER}))"), "息が"),
    # a cough: 咳 heard 責 before して/込んで (子供が夜ずっと責してて; 7 transcripts of 7 splits; round 25 read
    # only 責をして; 叱責して, 自責して stay)
    ("homophone", re.compile(r"(?<![一-龥々])責(?=して|しで|しと|し続|込|こん|こみ|が止ま|がとま)"), "咳"),
    # an open wound: 骨 heard 褒ね (no word) before 見えて, or 船 right after a cut (深く切れて船が見えて;
    # 3 transcripts of 3 splits)
    ("homophone", re.compile(r"褒ね(?=[がも]?[、\s]?(?:見え|みえ|出て|でて))"), "骨"),
    ("homophone", re.compile(r"(?<=切れて|きれて|切って|きって|裂けて|さけて)([、\s]?)船"
                             r"(?=[がも]?[、\s]?(?:見え|みえ))"), r"\1骨"),
    # vomiting: 吐いて heard 入って after a crying or coughing fit, before しまう/ちゃう
    # (泣き続けて、入ってしまいました; round 25 read it after 何度も, round 34 after a pain said; not after a place:
    # 部屋に入ってしまいました)
    ("homophone", re.compile(r"((?:泣き続けて|泣きつづけて|泣いて|咳込んで|咳き込んで|せき込んで|せきこんで|むせて)"
                             r"[、\s]?)入っ(?=てしま|ちゃ)"), r"\1吐い"),
    # a drunk: 酔っ払いが heard よったらいいな before what he brandishes (5 transcripts of 5 splits)
    ("compound", re.compile(rf"(?:寄|よ)ったらいい?な(?=[、\s]?[^、。]{{0,8}}?(?:{_DRUNK_WEAPON}))"), "酔っ払いが"),
    # a finger caught: 挟んで heard 破散で (no word; 4 transcripts of 2 splits)
    ("compound", re.compile(r"破散(?=で|だ)"), "挟ん"),
    # --- a person lost ---
    # 母 heard はっは before a particle (はっはが風呂で, はっはの家に; 47 transcripts of 30 splits; laughter
    # はっはっは stays: no kana but の before it)
    ("homophone", re.compile(r"(?:^|(?<=[^ぁ-ゖ])|(?<=の))はっは(?=[がなのをはにもと、\s])"), "母"),
    # 弟 heard おとおと (the word's own reading, the long vowel written お; 12 transcripts of 12 splits)
    ("reading", re.compile(r"おとおと"), "弟"),
    # Tohoku わらす (a child) heard 笑す (the word's own reading in a kanji that has no such verb)
    ("reading", re.compile(r"笑す(?=[がはのさをにも、\s])"), "わらす"),
    # 孫 heard 魔応 (no word; round 40's 魔法 in other kanji)
    ("compound", re.compile(r"魔応"), "孫"),
    # 1歳の heard いっさいの before a child (1歳の子 heard いっさいのこ; 3 transcripts of 3 splits)
    ("reading", re.compile(rf"いっさいの(?={_CHILD})"), "1歳の"),
    # --- a senior's report verb: と申して heard と思うして (no verb; 33 transcripts of 27 splits; the pain or the
    # trapped leg said before it was read as the caller's thought) ---
    ("homophone", re.compile(r"思うし(?=て|ており|ております|ました)"), "申し"),
    # --- Tohoku 出はって heard で張って after さ or what comes out (煙で張ってる, 団地さで張ってきた; 11 transcripts of
    # 9 splits; not after an adjective's さ: 同じ長さで張って) ---
    ("mora", re.compile(r"(?:(?<=[^長高重深太厚広強速暑寒細薄]さ)|(?<=けむり)|(?<=煙)|(?<=けむっこ)|(?<=ぶつぶつ)"
                        r"|(?<=物物)|(?<=っきり))で張っ(?=て|た)"), "出はっ"),
    # --- words of a sale or a report ---
    # 猟友会 heard 余裕会 before を too (round 27 read it before の/が/は/に/と; 余裕会える, 余裕で会う stay)
    ("compound", re.compile(r"余裕会(?=を)"), "猟友会"),
    # 書き置き heard 書きを気 (the word's own reading: を is said お)
    ("reading", re.compile(r"書きを(?:気|置き)"), "書き置き"),
    # バーベキュー heard ばらべきゅー (no word; 6 transcripts of 5 splits: smoke at a barbecue read as a fire)
    ("compound", re.compile(r"ばらべきゅー"), "ばーべきゅー"),
)
