"""The speech-recogniser slips :func:`safety.heard.repair` puts back after
:data:`safety.heard_slips_round57.ROUND57_SLIPS`: the general slips behind the spoken-only errors of blind59a and
blind59b (docs/safety.md, "Round 58: blind59 heard, emergencies missed when spoken, numbers lost when spoken (helper
B67)"), money, banks and post offices; weddings, funerals and family ceremonies.

Same rule as rounds 26-57: each (cause, pattern, replacement) puts a real word back where the heard word is no
Japanese in its frame (or a homophone that cannot stand there) and finds no typed text but those holding a
recogniser slip themselves. Patterns are written for the prepared text (NFKC, lower case, katakana as hiragana,
punctuation kept).
"""

from __future__ import annotations

import re
from typing import Final

# A body part told swollen tight (顔パンパンで heard 顔簡単で); a lone kanji part not the end of another word
# (入手, 相手, 笑顔).
_TIGHT_PART = (r"(?<![一-鿿])(?:顔|唇|足|手|指|膝|甲)|くちびる|かお|あし|ふくらはぎ|はぎ|付け根|つけね|まぶた")

ROUND58_SLIPS: Final[tuple[tuple[str, re.Pattern[str], str], ...]] = (
    # a message left unread: 既読つかない heard 気づくつかない (no Japanese; 6 transcripts of many splits, every one
    # 既読)
    ("homophone", re.compile(r"気づく(?=つか)"), "既読"),
    # ... a message sent by LINE: ってLINEして heard って耐えして (耐えて is the verb; 3 transcripts of 3 splits)
    ("mora", re.compile(r"(?<=って)耐えし(?=て)"), "らいんし"),
    # thanks said in a farewell: ありがと heard ありなと (が heard な; 2 transcripts of 2 splits)
    ("mora", re.compile(r"ありなと"), "ありがと"),
    # swollen tight: パンパンで heard 簡単で after a body part (round 42 put back 簡単に before a swelling; 22
    # transcripts hold 簡単で, those after a body part every one パンパン); 手続き簡単で, 入手が簡単で stay
    ("mora", re.compile(rf"((?:{_TIGHT_PART})(?:が|も|は|だけ)?[、\s]?)簡単(?=で)"), r"\1ぱんぱん"),
    # a wheeze: ヒューヒュー heard 急流 (a rapid; 9 transcripts of many splits, 8 a wheeze) after a breath, a chest or
    # a pause and before what it says or sounds like; 急流で流された, 急流下り stay
    ("homophone", re.compile(r"(?:(?<=[息胸、\s])|(?<=いき)|(?<=いきな)|(?<=いきが)|(?<=息が)|(?<=息な)|(?<=むね)"
                             r"|(?<=胸が)|(?<=むねが))急流(?=行っ|言っ|いっ|言う|いう|と(?:音|言|いう)|[。、]|$)"),
     "ひゅーひゅー"),
    # swollen: 腫れ heard 張れ after a body part told with な (が heard な) and a colour (親指な赤く張れで; round 20's
    # frame takes が/も/は/の/に only)
    ("homophone", re.compile(r"(?<=な)((?:赤く|赤ぐ|あかく|あかぐ|真っ赤に|まっかに))(?:晴|張)れ(?=[てでたる])"),
     r"\1腫れ"),
    # heavy rain: 大雨 heard お雨 (no word; 13 transcripts of many splits, every one 大雨)
    ("mora", re.compile(r"(?<!お)お雨"), "大雨"),
    # a shrine: 神社 heard 人者 (no word alone; 51 transcripts of many splits, every one 神社); 第一人者 stays
    ("homophone", re.compile(r"(?<![一二三四五六七八九十百千第0-9])人者"), "神社"),
    # a bill: 請求が来た heard 成就が来た (round 50 took 成就 after a sum's の; 成就が来た / 続い after any の: 5
    # transcripts of 5 splits, every one 請求); 恋愛成就, 願いが成就 stay
    ("homophone", re.compile(r"(?<=の)成就(?=が(?:来|き|続|つづ|届|とど))"), "請求"),
    # unpaid: 未払い heard 見払い / 見ばらい (no word; 2 transcripts of 2 splits)
    ("homophone", re.compile(r"見(?:払|ばら)い"), "未払い"),
    # around the house: 周り / 回り heard 漫割 (no word; 1 transcript, both words)
    ("homophone", re.compile(r"漫割(?=を|に|の|っ)"), "まわり"),
    # a cash card: キャッシュカード heard カシカード (no word; 1 transcript)
    ("mora", re.compile(r"かしかーど(?=を|が|は|の|と)"), "きゃっしゅかーど"),
    # taken in: 引っかから heard きっかから (no word; 1 transcript, a fraud guarded against)
    ("mora", re.compile(r"きっかから(?=ない|ず|ね)"), "ひっかから"),
    # prevention: 防止 heard ボーシー after a crime (詐欺防止, 盗難防止 heard サギボーシー, ドーナンボーシー; 3
    # transcripts of 3 splits); 麦わら帽子 heard ボーシー stays
    ("mora", re.compile(r"(?:(?<=さぎ)|(?<=詐欺)|(?<=なん)|(?<=難))ぼーしー"), "防止"),
    # a fixed deposit: 定期預金 heard 定期お金 (1 transcript; a deposit, not money)
    ("homophone", re.compile(r"(?<=定期)お金"), "預金"),
    # a funeral: 葬儀 heard 総議 (no word; 8 transcripts of many splits, every one 葬儀)
    ("homophone", re.compile(r"総議(?!決|員|会)"), "葬儀"),
    # an hour at night: 夜10時 孫が heard 夜10時間後の (孫 heard 間ご, round 54; the hour is lost to "ten hours
    # later"; 1 transcript) before a particle
    ("mora", re.compile(r"(?<=夜)([0-9]{1,2})時間後(?=[のがは])"), r"\1時孫"),
)
"""Speech-recogniser slips of blind59's spoken-only errors, applied after round 57's table
(:func:`safety.heard.repair`)."""
