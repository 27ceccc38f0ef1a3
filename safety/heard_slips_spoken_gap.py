"""Round 33 of the speech-recogniser slips :func:`safety.heard.repair` puts back (after
:mod:`safety.heard_slips_late`): the kinds behind the spoken-only errors of all 8,815 transcripts of
``safety/eval/heard.tsv`` (docs/safety.md, "The spoken gap (helper V33, in sample)").

Same rule as rounds 26-32: each (cause, pattern, replacement) undoes one slip only in the frame that makes the key
word certain, changes no typed text (phrase set, training set, check-in answers), and its true repairs lie in
transcripts of at least two splits. Patterns are written for the prepared text (NFKC, lower case, katakana as
hiragana, punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# Key nouns a particle が follows before a verb of the event (煙が出て, 返事がありません, 意識がない).
_NASAL_NOUNS = r"煙|けむり|返事|へんじ|意識|咳|下痢|げり|鼻血|はなぢ|出血"
# What follows the particle: a verb or adjective no な-adjective or noun+な is ever written before (煙な出て is no
# Japanese; ない/なく must come whole after the な: 意識ない is left).
_NASAL_AFTER = (r"ありま|ある|あり|ない|なく|出|で[てたる]|止ま|とま|続|つづ|上が|あが|ひど|すご|もくもく|ぼくぼく"
                r"|戻|もど")

# What a drunk does on the road or in a brawl, a few characters after 酔っ払いが (heard 寄ったらいいな).
_DRUNK_SCENE = (r"[、\s]?[^、。]{0,8}?(?:暴れ|あばれ|道路|どうろ|寝て|ねて|寝で|ねで|車|くるま|けーとら|軽とら|けいとら"
                r"|絡ん|からん|殴|なぐ|騒|さわ|叫|さけ|倒れ|たおれ|路上|県道|国道)")

ROUND33_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the nasal が heard な after a key noun, before its verb (煙が出て heard けむりなでて, 返事がありません heard
    # 編じなありません, 意識がありません heard 意識なありません, 下痢が続いて heard げりな続いて) ---
    ("nasal", re.compile(rf"({_NASAL_NOUNS})な(?=[、\s]?(?:{_NASAL_AFTER}))"), r"\1が"),
    # --- hyperbole lost: 腹へって heard 払いって before dying (腹へって死にそう; 3 splits) ---
    ("compound", re.compile(r"払いって(?=[、\s]?(?:死|し[にぬんそ]))"), "腹へって"),
    # --- a guard word: 街灯 heard 外頭 (no word; 2 splits) ---
    ("compound", re.compile(r"外頭"), "街灯"),
    # --- a person: 元夫 heard 元と after 別れた (別れた元とから; 2 splits) ---
    ("homophone", re.compile(r"(?:(?<=別れた元)|(?<=わかれた元)|(?<=分かれた元))と(?=から|が|に|は)"), "夫"),
    # --- the event: 酔っ払いが heard 寄ったらいいな/よったらいな before a scene on the road or a brawl (2+ splits) ---
    ("compound", re.compile(rf"(?:寄|よ)ったらいい?な(?={_DRUNK_SCENE})"), "酔っ払いが"),
    ("compound", re.compile(rf"(?:寄|よ)ったらいい?の(?={_DRUNK_SCENE})"), "酔っ払いの"),
    # --- the body: 血だらけ heard ちだだけ (2 splits) ---
    ("mora", re.compile(r"(?<!う)ちだだけ(?!ど)"), "血だらけ"),
    # --- a sound heard: 音がして heard おとなして/大人いたし after a verb (割れる音がしまして; 3 splits) ---
    ("homophone", re.compile(r"(?<=[るすくう])(?:おとな|をとな|大人)(?=し(?:て|た|ま)|いたし)"), "音が"),
    # --- the event: 殴られ heard 眺られ (no word; round 29's 眺って in the passive; 9 splits) ---
    ("compound", re.compile(r"眺ら(?=れ)"), "殴ら"),
    # --- a disaster: 避難 heard ひな/ひら after どこ (どこさ避難すれば heard どこさひなすれば, どこにひらすれば) ---
    ("mora", re.compile(r"(?<=どこ)([さにへ]?)ひ[なら](?=すれば|したら|する)"), r"\1避難"),
    # --- a child's symptom heard in katakana: 下痢 heard ゲリ before its count or its course (ゲリ何回もして,
    # ゲリを5回, ゲリ止まらない; the advice line reads げり only before が/し/ぎみ/っぽ/です) ---
    ("reading", re.compile(r"げり(?=を|も|何回|なんかい|止ま|とま|やま|が?続|が?つづ)"), "下痢"),
    # --- a person: 夫が heard 音が at a clause start, before what a person does (音が冬山に出たまま, 音が倒れて) ---
    ("homophone", re.compile(r"(?:^|(?<=[、。\s]))音が(?=[^、。]{0,12}?(?:出たまま|でたまま|帰って|かえって|戻ら|もどら"
                             r"|倒れ|たおれ|落ち|おち|切って|きって))"), "夫が"),
    # --- a disaster's word: 堤防 heard 提防 (no word; 10 splits) ---
    ("compound", re.compile(r"提防"), "堤防"),
    # --- an aftermath: 退院 heard 体員 before して/しました (no word; 4 splits) ---
    ("compound", re.compile(r"体員(?=し)"), "退院"),
    # --- the event: 逆走 heard 楽層 (no word; 13 transcripts) ---
    ("compound", re.compile(r"楽層"), "逆走"),
    # --- the number: 119番 heard 199番 (no number one calls; 119番するほどじゃない heard 199番...) ---
    ("number", re.compile(r"(?<![0-9])199(?=番)"), "119"),
    # --- a caller's claim: を名乗る heard のなのる/ーなのる (警察官を名乗る heard 警察官のなのる; 17+ splits) ---
    ("homophone", re.compile(r"(?:の|ー)(?=なの[るりっ])"), "を"),
    # --- an advice line's words: 未払い heard みばらい (voiced: the reading view has みはらい; 7 splits), 近所の heard
    # 緊張の before a person or a house (3 splits), 無料のはずの heard 無料の外の (7 splits) ---
    ("reading", re.compile(r"みばらい"), "未払い"),
    ("homophone", re.compile(r"緊張の(?=方|かた|人|ひと|奥さん|おく|おば|おじ|家|いえ|子)"), "近所の"),
    ("homophone", re.compile(r"(?<=無料の)外(?=の)"), "はず"),
)

# Round 34 (blind35's spoken-only errors, each kind in transcripts of at least three splits of heard.tsv):
ROUND34_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # --- the head: 頭が痛い heard とおがいたい (no word; ストーブ…家族みな頭が痛い, 6 splits with blind35a) ---
    ("mora", re.compile(r"とおが(?=いた|痛)"), "頭が"),
    # --- a heater: 石油ストーブ heard セキューストーブ (no word; 28 splits) ---
    ("compound", re.compile(r"せきゅー(?=すとーぶ)"), "石油"),
    # --- vomiting: 吐いて heard 入って after a pain said (頭が痛いと言って吐いております heard …といって入って
    # おります; 3 splits); not 入ってきた / 入っていった (came in) ---
    ("homophone", re.compile(r"((?:と|って)(?:言って|いって|申して|もうして|思うして)[、\s]?)入って"
                             r"(?=おり|る|います|ます)"), r"\1吐いて"),
)
