"""Key words heard one kana off, put back on the reading view (:func:`mend`).

A speech recogniser sometimes writes a long key word as another real word or a different non-word each time
(横倒し heard 横直し, クーリングオフ heard クーリングを振って), which no slip of :mod:`safety.heard` can list. On the
reading view (:attr:`safety.normalize.TextViews.reading`: hiragana, no long-vowel marks) the heard word is still one
kana from the key's reading, so a window of the reading within :data:`MAX_EDITS` edit of a key (both devoiced, so
Tohoku voicing is no edit) is replaced by the key; the written view is left as heard.

Only long, specific keys are safe (round 24, docs/safety.md "Speech (engineer C)"): a short or inflected key
(たおれて, かじです, ちがでて, くるしい, いきしてない) is one kana from everyday words (たおれた, かじだ, たおる,
しんぱいはしてない) and, put back, turned 5-25 right decisions per key wrong on the transcripts of
``safety/eval/heard.tsv`` or changed typed decisions. Each key below was kept because it has no window within one
edit in any typed text (phrase set, training set, check-in answers, FAQ questions: a typed message reads as before),
none in a transcript whose typed text lacks the key (so it cannot make a false alarm there), true repairs in at
least two splits, and no decision lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

MAX_EDITS: Final = 1  # kana inserted, dropped or changed between the heard window and the key
PERCENT: Final = 100.0

# Readings in the form of the reading view (hiragana, no long-vowel marks, small vowels made full).
KEYS: Final[tuple[str, ...]] = (
    # events and their signs (救急車 was dropped when blind25 brought a typed 救急診療所, one kana from it;
    # 返事がありません when blind31 brought a typed 返事もありませんでした, 唇が紫 when blind38 brought a typed
    # 唇紫色, 冷や汗 when kinds41 brought a typed 冷やせば: without them no decision of heard.tsv changes)
    "よこだおし",  # 横倒し heard 横直し (a tractor overturned on someone)
    "いっさんかたんそ",  # 一酸化炭素
    "どしゃくずれ",  # 土砂崩れ
    "かさいほうちき",  # 火災報知器
    # the lines' words (a sale, a consultation)
    "ほうもんはんばい",  # 訪問販売
    "くりんぐおふ",  # クーリングオフ heard クーリングを振って
    "うもうぶとん",  # 羽毛布団
    # frame words (who, where, what kind of notice)
    "にんちしょう",  # 認知症
    "かいらんばん",  # 回覧板
    "こうみんかん",  # 公民館
)


# Kana that close the mora before them (a small vowel or y-kana, the long mark) or hold it to the next one (っ): a
# window may not start on one or right after っ, nor end right before one - it would cut a mora in two (出はってんの
# っしゃ。崩れ reads ...っしゃくずれ, one edit from どしゃくずれ; round 51, wide53's typed Tohoku retaining wall).
WORD_INNER_KANA: Final[frozenset[str]] = frozenset("ぁぃぅぇぉっゃゅょゎー")


def _on_a_mora_boundary(text: str, start: int, end: int) -> bool:
    """Whether the window ``text[start:end]`` starts and ends between morae (see :data:`WORD_INNER_KANA`)."""
    if text[start] in WORD_INNER_KANA or (start > 0 and text[start - 1] == "っ"):
        return False
    return end >= len(text) or text[end] not in WORD_INNER_KANA or text[end] == "っ"


def near(target: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` within :data:`MAX_EDITS` edits of ``target`` (on mora boundaries: :data:`WORD_INNER_KANA`),
    closest first and not overlapping; none when the target is already there (both devoiced by the caller:
    :func:`safety.normalize.devoice`)."""
    if target in text or len(text) < len(target) - MAX_EDITS:
        return []
    # A window within MAX_EDITS edits keeps at least this indel similarity with the key (a quick bound in C).
    if fuzz.partial_ratio(target, text) < PERCENT * (1 - (MAX_EDITS + 1) / len(target)):
        return []
    found = sorted(
        (Levenshtein.distance(target, text[start : start + size]), -size, start)
        for size in range(max(1, len(target) - MAX_EDITS), len(target) + MAX_EDITS + 1)
        for start in range(len(text) - size + 1)
        if _on_a_mora_boundary(text, start, start + size)
        and Levenshtein.distance(target, text[start : start + size], score_cutoff=MAX_EDITS) <= MAX_EDITS
    )
    spans: list[tuple[int, int]] = []
    for _distance, negative_size, start in found:
        end = start - negative_size
        if all(end <= other_start or start >= other_end for other_start, other_end in spans):
            spans.append((start, end))
    return spans


def bigrams(text: str) -> frozenset[str]:
    """The distinct two-kana strings of ``text``."""
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def within_reach(key_grams: frozenset[str], text_grams: frozenset[str]) -> bool:
    """Whether a window of the text may lie within :data:`MAX_EDITS` edits of the key: one edit takes at most two of
    the key's bigrams away (a quick bound before :func:`near`)."""
    return len(key_grams & text_grams) >= len(key_grams) - 2 * MAX_EDITS


def mend(reading: str, devoice: Callable[[str], str]) -> str:
    """``reading`` with every window near a key of :data:`KEYS` replaced by the key (``devoice``: the views'
    :func:`safety.normalize.devoice`, passed in because that module imports this one)."""
    for key, start, end in sorted(_found(reading, devoice), key=lambda found: found[1], reverse=True):
        reading = reading[:start] + key + reading[end:]
    return reading


def mended_in(reading: str, devoice: Callable[[str], str]) -> list[str]:
    """The keys :func:`mend` puts back in ``reading`` (one entry per window; for the bench and tests)."""
    return [key for key, _start, _end in _found(reading, devoice)]


def _found(reading: str, devoice: Callable[[str], str]) -> list[tuple[str, int, int]]:
    """(key, start, end) of every window to put back, none overlapping another."""
    text = devoice(reading)
    text_grams = bigrams(text)
    found: list[tuple[str, int, int]] = []
    for key in KEYS:
        target = devoice(key)
        if within_reach(bigrams(target), text_grams):
            found += [
                (key, start, end)
                for start, end in near(target, text)
                if all(end <= other_start or start >= other_end for _, other_start, other_end in found)
            ]
    return found
