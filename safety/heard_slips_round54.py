"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round53.ROUND53_SLIPS`: the general slips behind the spoken-only errors of blind55a and
blind55b (docs/safety.md, "Round 54: blind55 heard, the spoken gap, casual and kana first (helper B63)"), and the
nasal tube and the cold medicine listed by rounds 52 and 53.

Same rule as rounds 26-53: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there) and finds no typed text but those holding a
recogniser slip themselves. Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana,
punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# What a tube does that a region of the country or a part of the nose does not: catch fire, come out or off, get
# caught, pinched or bent (チューブに火が, チューブが抜けた, チューブが椅子の足に挟まって, チューブの先の機械).
_TUBE_DOES = (r"の先|に(?:火|ひ|木|気)が|が[^、。\n]{0,8}?(?:抜け|ぬけ|外れ|はずれ|取れ|とれ|挟ま|はさま|折れ|おれ"
              r"|詰ま|つま)")

# Something swallowed by mistake that a child licks (薬, シロップ, 洗剤), told before 眺めた (舐めた misheard).
_LICKED = r"(?:しろっぷ|薬|くすり|洗剤|せんざい|液|えき)を(?:少し|すこし|ちょっと|ちょびっと)?"

ROUND54_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a grandchild: 孫 heard 間ご (no word; 119 transcripts of 68 splits, 4 in heard-training) before a particle;
    # 時間ごと, 期間ご, この間ご迷惑, その間ご家族 stay (間 after a kanji, or ご an honorific before a noun)
    ("homophone", re.compile(r"(?<![一-龥々])間ご(?=[がなのはをにさもへ、\s]|から)"), "孫"),
    # breath: 息がしづらい heard 生きなしづらい, the nasal が heard な (2 transcripts of 2 splits, 1 other than
    # blind55); round 43 read 生きな before what a breath does, not しづらい
    ("nasal", re.compile(r"生きな(?=し[づず]ら)"), "息が"),
    # ... 息は heard 意気は before 苦しくない / できます (意気は苦しくない, 意気は出来てます; 12 transcripts of 8
    # splits); round 20 read 意気は普通 only. 意気は盛ん, 意気は高い stay
    ("homophone", re.compile(r"意気(?=は[、\s]?(?:苦し|くるし|ぐるし|でき|出来))"), "息"),
    # ... 息苦しい heard 生きぐるしい (the kana ぐ: no word; 42 transcripts of 37 splits, 3 in heard-training);
    # 生き苦しい (a coined word for life being hard) stays
    ("homophone", re.compile(r"生き(?=ぐるし)"), "息"),
    # worry: 心配 heard 真体 (3 transcripts of 3 splits, 2 other than blind55: 鍵が真体なので, 一人暮らしで真体)
    # before what follows a worry; round 52 read 心態
    ("homophone", re.compile(r"真体(?=かけ|[をがなでもはし、\s]|見守|みまも)"), "心配"),
    # a hand on the chest: 胸押さえて heard 胸を咲いて (the お of おさえて taken for を; 9 transcripts of 9 splits, 8
    # other than blind55); 花が咲いて stays
    ("mora", re.compile(r"胸を咲い(?=て|た)"), "胸を押さえ"),
    # a road blocked: 車が通れない heard 車が倒れない (2 transcripts of 2 splits, 1 other than blind55); a tree or a
    # person that falls (木が倒れない, 人が倒れないように) stays
    ("homophone", re.compile(r"(?:(?<=車[がは])|(?<=くるま[がは]))倒れ(?=ない|ません|ねえ|ず)"), "通れ"),
    # a fit: けいれん heard 経営 after 倒れて or before not stopping (倒れて経営してる, 生徒が経営しててとまらない;
    # 4 transcripts of 4 splits, 3 other than blind55); 店を経営している, 農場経営 stay
    ("homophone", re.compile(r"(?<=倒れて)経営(?=し)|経営(?=し[てで][てる]?[^、。\n]{0,8}?(?:止まらな|とまらな"
                              r"|止まん|とまん|止まらね|とまらね))"), "けいれん"),
    # smoke: 煙が出て heard 県に出て after から (倉庫から県に出ています, 窓から県に出ております; 2 transcripts of 2
    # splits, 1 other than blind55); 市から県に出向 and 町から県に出した stay
    ("homophone", re.compile(r"(?<![市町村国]から)(?<=から)県に(?=出て|でて)"), "煙が"),
    # a message: LINE heard 耐えん before came (ありがとって耐えんきた; 1 transcript): 耐えん (Kansai "cannot bear")
    # never comes
    ("homophone", re.compile(r"(?<=って)耐えん(?=き|来)"), "line"),
    # palpitations: 動悸 heard 動き before not stopping or pounding, no owner of the movement before it (さっきから
    # 動き止まらん, 動きなときときして; 2 transcripts of 2 splits); 機械の動きが止まらない stays
    ("homophone", re.compile(r"(?<![のが])動き(?=止まら|とまら)|動き(?=な?[とど]き[とど]き)"), "動悸"),
    # a sting: 蜂に刺された heard 派ちに / 発痴に / マッチに / 鉢に / 8に before the passive 刺され, a body part
    # between or not (no one is stabbed by a pot, a match or a figure; 42 transcripts of 30 splits), which the bee
    # frames read; 鉢に刺さっていた (a stick in a pot) and 28に刺された stay
    ("homophone", re.compile(r"(?:派ち|派地|発痴|まっち|鉢|(?<![0-9.])8)に(?=(?:[^、。\n]{1,3}を)?(?:刺され|さされ))"),
     "蜂に"),
    # limp: が heard な before ぐったりして after a noun with no particle (うさぎなぐったりして, おとうとう
    # なぐったりして; 2 transcripts of 2 splits), which else reads 殴ったり (a beating); 夫がなぐったりして,
    # 子をなぐったりけったり stay
    ("nasal", re.compile(r"(?<=[ぁ-ゖ一-龥ー])(?<![をがはもにとでへやの])な(?=ぐったりし)"), "が"),
    # a fight: 殴り合って heard 登り合って (no word; 1 transcript); 山に登り合宿 stays
    ("homophone", re.compile(r"登り合(?=っ|い[、。\s]|う)"), "殴り合"),
    # gone: Tohoku いねえ heard 犠牲 after 今は before けど (今は犠牲けど; 1 transcript, blind26a's car seen last
    # night, the row round 53 lost); 犠牲になった stays
    ("homophone", re.compile(r"(?<=今は)犠牲(?=けど|けんど|げんと|だけど)"), "いねえ"),
    # round 52's leftovers: a nasal tube heard 中部 (鼻の中部に木が, 鼻の中部の先の機械; 中部が椅子の足に挟まって:
    # 3 transcripts of 2 splits) where a tube does what a tube does; 中部地方, 県の中部 stay
    ("homophone", re.compile(r"(?<=鼻の)中部(?=" + _TUBE_DOES + r")"
                              r"|中部(?=が[^、。\n]{0,8}?(?:挟ま|はさま|折れ|おれ))"), "ちゅーぶ"),
    # ... cold medicine heard 風役 (no word; 1 transcript) and licked heard 眺めた after a medicine or syrup
    ("compound", re.compile(r"風役(?=[のをがはもで]|飲|のん)"), "風邪薬"),
    ("homophone", re.compile(r"(" + _LICKED + r")眺め(?=た|て|ちゃ)"), r"\1なめ"),
)
"""Speech-recogniser slips of blind55's spoken-only errors (and rounds 52-53's leftovers), applied after round 53's
table (:func:`safety.heard.repair`)."""
