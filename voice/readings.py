"""Text fixes before Japanese synthesis: what Open JTalk would misread or what nobody should hear.

Phone numbers are read digit by digit with pauses between the groups, clock times and slashed dates become
Japanese time and date words, era abbreviations are spelled out, prices lose their thousands separators,
URLs and mail addresses are never read aloud (a pointer to the screen is said instead), Markdown marks go.
"""

from __future__ import annotations

import re
import unicodedata

SEE_SCREEN = "詳しくは画面のリンクをご覧ください。"
DIGIT_READINGS = {
    "0": "ゼロ", "1": "イチ", "2": "ニー", "3": "サン", "4": "ヨン",
    "5": "ゴー", "6": "ロク", "7": "ナナ", "8": "ハチ", "9": "キュー",
}
ERAS = {"R": "令和", "H": "平成", "S": "昭和"}

URL_RE = re.compile(r"(?:https?://|www\.)[^\s　、。)）」』]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MD_LINK_RE = re.compile(r"\[([^\]]+)\]\((?:[^)]+)\)")
PHONE_RE = re.compile(r"(?<![\d-])(0\d{1,4})[-(（ ](\d{1,4})[-)） ](\d{3,4})(?![\d-])")
FREE_DIAL_RE = re.compile(r"(?<![\d-])(0120|0570|0800)-(\d{2,3})-(\d{3,4})(?![\d-])")
DIAL_RE = re.compile(r"(?<![\d-])0\d{9,10}(?![\d-])")  # a tap-to-call number without hyphens
POSTAL_RE = re.compile(r"〒\s?(\d{3})-(\d{4})")
TIME_RANGE_SEP_RE = re.compile(r"(\d{1,2}:\d{2})\s*[~〜～-]\s*(\d{1,2}:\d{2})")
TIME_RE = re.compile(r"(?<![\d:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])")
DATE_RE = re.compile(r"(?<![\d/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])")
MONTH_DAY_RE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/.])")
ERA_RE = re.compile(r"(?<![A-Za-z])([RHS])\s?(\d{1,2}|元)(?:年|[./](\d{1,2})[./](\d{1,2}))")
YEN_PREFIX_RE = re.compile(r"[¥￥]\s?(\d[\d,]*)")
THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
MD_MARKS_RE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s?|\d+\.\s+)|\*\*|__|`", re.MULTILINE)
SPACES_RE = re.compile(r"[ \t]+")
SENTENCE_KEEP_END_RE = re.compile(r"[^。！？!?\n]*(?:[。！？!?\n]+|$)")
POINTER_RE = re.compile(r"ご覧|参照|アクセス|こちら|見て|確認して")
WEEKDAY_RE = re.compile(r"\(([月火水木金土日])\)")
BRACKETS_RE = re.compile(r"[()【】\[\]]")
QUOTES_RE = re.compile(r"[「」『』\"]")
ADDRESS_NUMBER_RE = re.compile(r"(?<=\d)-(?=\d)")


def digits_aloud(*groups: str) -> str:
    """Digits read one by one in katakana, groups separated by a pause: 0229-23-5091 -> ゼロニーニーキュー、..."""
    return "、".join("".join(DIGIT_READINGS[d] for d in group) for group in groups)


def _phone(match: re.Match[str]) -> str:
    return f"、{digits_aloud(*match.groups())}、"


def dial_groups(number: str) -> tuple[str, ...]:
    """Groups of a hyphen-less Japanese number: 0120/0570/0800 4-3-3, 03/06 2-4-4, mobile 3-4-4, else 4-2-4."""
    if len(number) == 11:
        return number[:3], number[3:7], number[7:]
    if number.startswith(("0120", "0570", "0800")):
        return number[:4], number[4:7], number[7:]
    if number.startswith(("03", "06")):
        return number[:2], number[2:6], number[6:]
    return number[:4], number[4:6], number[6:]


def _time(match: re.Match[str]) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    return f"{hour}時" if minute == 0 else f"{hour}時{minute}分"


def _era(match: re.Match[str]) -> str:
    era, year, month, day = ERAS[match.group(1)], match.group(2), match.group(3), match.group(4)
    if month and day:
        return f"{era}{year}年{int(month)}月{int(day)}日"
    return f"{era}{year}年"


def remove_links(text: str) -> tuple[str, bool]:
    """Replace URLs and mail addresses; True when something was replaced.

    A sentence that points at a link (「詳しくは https://... をご覧ください」) becomes 「詳しくは画面のリンクを
    ご覧ください。」; elsewhere a URL becomes 「画面のリンク」; Markdown links keep their words.
    """
    without_md = MD_LINK_RE.sub(r"\1", text)
    dropped = without_md != text
    kept: list[str] = []
    for piece in SENTENCE_KEEP_END_RE.findall(without_md):
        if URL_RE.search(piece):
            dropped = True
            piece = SEE_SCREEN if POINTER_RE.search(piece) else URL_RE.sub("画面のリンク", piece)
        kept.append(piece)
    return "".join(kept), dropped


def spoken_text(text: str) -> str:
    """The text Open JTalk is given: every reading fix applied (place names are fixed by the lexicon)."""
    text = unicodedata.normalize("NFKC", text).replace("−", "-").replace("‐", "-").replace("ー", "ー")
    text, _ = remove_links(text)
    text = MD_MARKS_RE.sub("", text)
    text = POSTAL_RE.sub(lambda m: f"郵便番号、{digits_aloud(m.group(1), m.group(2))}、", text)
    text = FREE_DIAL_RE.sub(_phone, text)
    text = PHONE_RE.sub(_phone, text)
    text = DIAL_RE.sub(lambda m: f"、{digits_aloud(*dial_groups(m.group(0)))}、", text)
    text = TIME_RANGE_SEP_RE.sub(r"\1から\2まで", text)
    text = TIME_RE.sub(_time, text)
    text = ERA_RE.sub(_era, text)
    text = DATE_RE.sub(lambda m: f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日", text)
    text = MONTH_DAY_RE.sub(lambda m: f"{int(m.group(1))}月{int(m.group(2))}日", text)
    text = YEN_PREFIX_RE.sub(r"\1円", text)
    text = THOUSANDS_RE.sub("", text)
    text = ADDRESS_NUMBER_RE.sub("の", text)
    text = WEEKDAY_RE.sub(r"\1曜日", text)
    text = BRACKETS_RE.sub("、", text)
    text = QUOTES_RE.sub("", text)
    text = re.sub(r"[※★☆■□◆◇●○▼▲→⇒]", "", text)
    text = re.sub(r"、(?:\s*、)+", "、", text)
    text = re.sub(r"(^|[。！？\n])\s*、", r"\1", text)
    text = re.sub(r"、\s*([。！？])", r"\1", text)
    text = SPACES_RE.sub(" ", text).strip()
    return text


SENTENCE_ENDS = "。！？!?"
OPENING_BRACKETS = "「『（(【"
CLOSING_BRACKETS = "」』）)】"


def sentences(text: str) -> list[str]:
    """Split into sentences: 。！？ end one outside brackets (「…。」 stays inside), so do line breaks."""
    pieces: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "\n":
            pieces.append("".join(current))
            current, depth = [], 0
            continue
        current.append(char)
        if char in OPENING_BRACKETS:
            depth += 1
        elif char in CLOSING_BRACKETS:
            depth = max(0, depth - 1)
        elif char in SENTENCE_ENDS and depth == 0:
            pieces.append("".join(current))
            current = []
    pieces.append("".join(current))
    merged: list[str] = []
    for piece in pieces:  # "ですか？！" and stray closing marks stay with their sentence
        if merged and piece and all(ch in SENTENCE_ENDS + CLOSING_BRACKETS for ch in piece.strip()):
            merged[-1] += piece.strip()
        else:
            merged.append(piece)
    return [piece.strip() for piece in merged if piece.strip(" 、。")]


FIRST_CHUNK_MAX_CHARS = 16  # about 2 s of speech: rendered in well under 300 ms on an idle core
FIRST_CHUNK_MIN_CHARS = 4
# A phrase boundary inside a clause: a particle followed by a new word (kanji or katakana), e.g. 申請書を|窓口に.
PHRASE_CUT_RE = re.compile(r"(?<=[はがをにでもへ])(?=[\u4e00-\u9fff々\u30a1-\u30f6])")


def first_chunk_split(sentence: str, *, max_chars: int = FIRST_CHUNK_MAX_CHARS) -> list[str]:
    """Split a long first sentence so the first audio can start sooner.

    The first piece is the first clause (up to its comma) when it has at most ``max_chars`` characters; when the
    sentence has no comma that early, it is cut at the last phrase boundary (a particle before a new word) within
    ``max_chars``; a sentence with neither stays whole. Both pieces keep at least ``FIRST_CHUNK_MIN_CHARS``.
    """
    if len(sentence) <= max_chars:
        return [sentence]
    comma = sentence.find("、", FIRST_CHUNK_MIN_CHARS)
    if 0 < comma < max_chars and comma < len(sentence) - FIRST_CHUNK_MIN_CHARS:
        return [sentence[: comma + 1], sentence[comma + 1 :]]
    cuts = [
        match.start()
        for match in PHRASE_CUT_RE.finditer(sentence)
        if FIRST_CHUNK_MIN_CHARS <= match.start() <= max_chars
        and match.start() <= len(sentence) - FIRST_CHUNK_MIN_CHARS
    ]
    if not cuts:
        return [sentence]
    return [sentence[: cuts[-1]], sentence[cuts[-1] :]]
