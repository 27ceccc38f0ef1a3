"""Rounds 28, 29 and 31 of the speech-recogniser slips :func:`safety.heard.repair` puts back (after
:mod:`safety.heard_slips`).

Each (cause, pattern, replacement) undoes one slip of a key word only in the frame that makes the key word certain;
they were counted on the Whisper transcripts (``safety/eval/heard.tsv``: 34 splits with blind28, 36 with blind29) and
selected as rounds 26 and 27 (docs/safety.md, "Speech (engineer C)"). Patterns are written for the prepared text
(NFKC, lower case, katakana as hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

ROUND28_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the body: 熱中症 heard 熱衝症 (no word), or 熱衆症 told as now (っぽい, で倒れ, みたい, かも: not
    # 熱衆症ならないように); 出血 heard 出結 (no word); 血圧 heard 結末 before a reading of three digits
    # (結末が180; not 2歳の結末39度, 結末は100%) ---
    ("compound", re.compile(r"熱衝(?=症)"), "熱中"),
    ("compound", re.compile(r"熱衆(?=症(?:っぽ|で倒|みたい|かも))"), "熱中"),
    ("compound", re.compile(r"出結"), "出血"),
    ("homophone", re.compile(r"結末(?=(?:が|は|の上が|の上は)?[、\s]?[0-9]{3}(?![0-9度%円年人万]))"), "血圧"),
    # --- the event: ナイフ heard 内部 right before held, swung or shown (内部持った男; 内部の人, 内部を見せて
    # stay); 救急車 heard 究極書, 火災報知器 heard 仮裁法地規/仮裁法時期 (no words) ---
    ("homophone", re.compile(r"内部(?=[、\s]?(?:持っ|もっ|持た|もた|振り回|ふりまわ|見せて|みせて))"), "ないふ"),
    ("compound", re.compile(r"究極書"), "救急車"),
    ("compound", re.compile(r"仮裁法(?:地規|地域|時期|ちき|地機)"), "火災報知器"),
    # --- an advice line's words: キャッシュカード heard かちかーど, 課金 heard 関係 after 勝手に, 受診した方
    # heard 中心したほう ---
    ("compound", re.compile(r"かちかーど"), "きゃっしゅかーど"),
    ("homophone", re.compile(r"(?<=勝手に)関係(?=し|され)"), "課金"),
    ("homophone", re.compile(r"中心し(?=たほう|た方)"), "受診し"),
    # --- a disaster's words: 避難所 heard 開んじょ/開んじゃ, 用水路 heard 用水度 (no words) ---
    ("compound", re.compile(r"開んじょ|開んじゃ(?=いけ|行け|に|へ|は|って|まで)"), "避難所"),
    ("compound", re.compile(r"用水度"), "用水路"),
    # --- a guard word: 体操教室 heard 対策教室 after no kanji (公民館の対策教室; 防犯対策教室 stays) ---
    ("compound", re.compile(r"(?<![\u3400-\u9fff\s])対策教室"), "体操教室"),
)

# Round 29 (the 36 splits with blind29), applied after round 28.
ROUND29_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the body: 血が heard 違う at a clause start before stopping (違う止まりません); 生後 heard 生御 before an
    # age; 脇腹 heard 湧きばら; こぶ heard 小部 before growing or forming (not 小部数), たんこぶ heard 単構部 ---
    ("homophone", re.compile(r"(?:^|(?<=[、。\s]))違う(?=止まら|止まりま|止まん|とまら|とまりま|とまん)"), "血が"),
    ("compound", re.compile(r"生御(?=[0-9]|一|二|三|半)"), "生後"),
    ("compound", re.compile(r"湧きばら|湧き腹"), "脇腹"),
    ("compound", re.compile(r"小部(?=が[、\s]?(?:大き|おおき|でき|でか|腫)|[、\s]?でき)"), "こぶ"),
    ("compound", re.compile(r"単構部"), "たんこぶ"),
    # --- the event: 殴って heard 眺って, 犯人 heard 反忍, 父 heard 地値 (no words); 消防車 heard 消防者 before
    # come or send (消防者お願いします is typed too, so only this frame); 浮き輪 heard 浮きま/浮きは before だけ
    # (浮きはだけど stays); 田んぼ heard 探望 before さ/に/へ ---
    ("compound", re.compile(r"眺っ(?=て|た)"), "殴っ"),
    ("compound", re.compile(r"反忍"), "犯人"),
    ("compound", re.compile(r"地値"), "父"),
    ("compound", re.compile(r"消防者(?=[をさ]?[、\s]?(?:来て|来い|きて|聴いて|呼|よん|よこ|横し|寄こ|寄越))"),
     "消防車"),
    ("mora", re.compile(r"浮き[まは](?=だけ(?!ど))"), "浮き輪"),
    ("compound", re.compile(r"探望(?=さ|に|へ)"), "田んぼ"),
    # --- a guard word: 火災報知器 heard かさいほうを敷き/下さいほうをちき (the smoke is the kitchen's); 熊出 heard
    # くまいで before だって (news of a bear, not an attack); ぐっすり heard ぶっすり before sleeping (ぶっすり刺さった
    # stays: a stab) ---
    ("compound", re.compile(r"(?:か|下)さいほうを(?:敷き|ちき|しき)"), "火災報知器"),
    ("compound", re.compile(r"(?<![ぁ-ゖ])くまいで(?=だって|たって)"), "熊出"),
    ("homophone", re.compile(r"ぶっすり(?=[、\s]?(?:寝|ね|眠|ねむ))"), "ぐっすり"),
    # --- an advice line's words: 請求 heard 成就 after 代/大/の, before され or an amount (大成就されて; 大願成就,
    # 夢の成就を stay); 返品 heard 変頻; 見積もり heard 3つもり before a particle; 医療費 heard いろひ; 病院 heard
    # ごいん/ごいの after る/夜/朝/けさ (not すごいの, 誤飲); 近所 heard 金序/金庁; 心配 heard 進階 (no words) ---
    ("homophone", re.compile(r"(?<=代|大|の)成就(?=され|な[0-9]|が[0-9])"), "請求"),
    ("compound", re.compile(r"変頻"), "返品"),
    ("compound", re.compile(r"(?:3|三)つもり(?=と|の|より|を|が|で|に|は|も)"), "見積もり"),
    ("compound", re.compile(r"いろひ(?=の)"), "医療費"),
    ("compound", re.compile(r"(?:(?<=[る夜朝])|(?<=けさ))ごい[んの](?=さ|は|って|で|を|に|へ|まで)"), "病院"),
    ("compound", re.compile(r"金序|金庁"), "近所"),
    ("compound", re.compile(r"進階"), "心配"),
    # --- a disaster: 避難 heard 気が before したほうがいい/したい, not after a kanji or な (元気が, そんな気が) ---
    ("mora", re.compile(r"(?<![\u3400-\u9fffな])気が(?=したほうがいい|した方がいい|したい)"), "避難"),
)

# Round 31 (the 38 splits with blind31), applied after round 29.
ROUND31_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the event: 救急車 heard 究極者 (no word; 12 splits); 遺書 heard 一緒 before "like" and a note written, left
    # or sent (一緒みたいなの書いて出てた, 一緒のような手紙をテーブルに置いて; 4 splits) ---
    ("compound", re.compile(r"究極者"), "救急車"),
    ("homophone", re.compile(r"一緒(?=(?:みたいな|のような)[^、。\s]{0,12}?(?:書い|かい|置い|おい|送っ|おくっ|残し"
                             r"|のこし))"), "遺書"),
    # --- the body: 泣き止みません heard 泣き込みません (no word; 2 splits) ---
    ("compound", re.compile(r"泣き込み(?=ませ)"), "泣き止み"),
    # --- a disaster's words: 地震のあと heard 自信の後 at a clause start, not 後押し (6 splits) ---
    ("homophone", re.compile(r"(?:^|(?<=[、。\s]))自信の後(?!押し|おし|ろ)"), "地震の後"),
)

# Round 32 (the 40 splits with blind32), applied after round 31.
ROUND32_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the body: 痙攣 heard 軽縁 (no word; 2 splits: 倒れて軽縁してる) ---
    ("compound", re.compile(r"軽縁"), "痙攣"),
)
