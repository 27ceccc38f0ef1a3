"""What the rule-module tests (tests/safety/test_events_*.py) expect of a phrasing: it gets the given number,
and it is an emergency exactly when that number is 119 or 110; and their own wordings are not phrases of the
labelled set (they test that a rule generalises). For the slip tests (tests/safety/test_heard_slips*.py): the typed
texts a round of slips must leave as they are."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from safety.assess import assess
from safety.detect import find
from safety.evaluate import load_checkin_answers, load_phrases, load_training, predicted_number
from safety.findings import Findings
from safety.heard import prepare
from safety.normalize import views

Slips = tuple[tuple[str, re.Pattern[str], str], ...]

EMERGENCY_NUMBERS = frozenset({"119", "110"})
# The daytime moment the rule-module tests send their messages at (a weekday afternoon in Osaki, JST).
DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
# ... and the evening moment the night line (#8000) is open at, same day: the only thing a moment decides is
# whether that line is open (19:00-08:00, safety/data/safety.yaml), so every night test sends its message at NIGHT.
NIGHT = datetime(2026, 7, 15, 21, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def assert_decides(text: str, number: str, *, now: datetime) -> None:
    decision = assess(text, now=now, channel="chat")
    assert predicted_number(decision) == number, (text, predicted_number(decision), number)
    assert decision.is_emergency == (number in EMERGENCY_NUMBERS), (text, decision.is_emergency)


def groups(text: str) -> set[str]:
    """The groups of the events found in ``text`` (the detection tests)."""
    return set(find(views(text)).groups())


def closed(*closures: str, child: bool = False, **flags: bool) -> Findings:
    """Findings with no event, closed by ``closures`` (a guard, a topic, a calm word...), for the decision tests;
    ``flags`` set the findings' own flags (``guarded``, ``calm``, ``topic``...)."""
    return Findings(events={}, topic=flags.pop("topic", False), now=False, child=child, question=False,
                    closures=frozenset(closures), **flags)


# A "none" closed only by a guard that found a context it needs missing (the one closure the classifier may overrule).
NEEDS_ONLY = closed("guard", "guard_needs", guarded=True)


@cache
def phrase_set_texts() -> frozenset[str]:
    """The texts of safety/eval/phrases.tsv, read once for all the rule-module tests."""
    return frozenset(phrase.text for phrase in load_phrases())


def assert_not_in_phrase_set(cases: Iterable[tuple[str, str]]) -> None:
    overlap = phrase_set_texts() & {text for text, _ in cases}
    assert not overlap, sorted(overlap)


@cache
def typed_texts() -> tuple[str, ...]:
    """Every typed text of the phrase set, the training set and the check-in answers, sorted, read once."""
    return tuple(sorted({p.text for p in load_phrases()} | {p.text for p in load_training()}
                        | {text for text, _, _ in load_checkin_answers()}))


def read_by_earlier_slips(text: str, *, earlier: Slips) -> str:
    """A text as the voice channel reads it before a round's slips: prepared, then the ``earlier`` slips applied."""
    read = prepare(text)
    for _, pattern, replacement in earlier:
        read = pattern.sub(replacement, read)
    return read


def round_finds_its_frame(text: str, round_slips: Slips, *, earlier: Slips) -> bool:
    """Whether a slip of ``round_slips`` finds its frame in ``text`` read as the ``earlier`` slips leave it."""
    read = read_by_earlier_slips(text, earlier=earlier)
    return any(pattern.search(read) for _, pattern, _ in round_slips)


# Recogniser slips a writer typed on purpose into an asr-style phrase (the breadth sets of round 43: wide45's
# クリーニングオフ for クーリングオフ, wide45b's 10所 for 住所, wide45c's 変品 for 返品; round 44's wide46b
# 行き 埋め for 生き埋め; blind27b's 全身に発信 for 発疹, met by round 46; wide48b's 受信した方 for 受診, met by
# round 46's breadth table; wide49b's 落ちて長され for 流され, met by round 47's; wide50b's 受信したほうが for 受診,
# met by round 46's breadth table; wide47's 向かでに for ムカデに, met by round 51; wide57's 赤い発信 for 発疹,
# met by round 46's, wide57b's 床下新水 for 浸水, met by round 49's, and wide58's 鼻地 for 鼻血, met by round
# 43's): putting the word back there is the mend's own job, so the typed texts holding them are the only ones a
# slip round or a heard-reading key may change.
TYPED_RECOGNISER_SLIPS = ("クリーニングオフ", "10所", "変品", "行き 埋め", "全身に発信", "受信した方", "落ちて長され",
                          "受信したほうが", "新水しそう", "向かでに刺され", "経練", "新水する", "赤く晴れて",
                          "車に引かれ", "赤い発信", "床下新水", "鼻地が",
                          "意気ができない")


def holds_a_typed_recogniser_slip(text: str) -> bool:
    """Whether a typed text carries one of :data:`TYPED_RECOGNISER_SLIPS`."""
    return any(slip in text for slip in TYPED_RECOGNISER_SLIPS)


# A lookaround in a slip's pattern ((?<![ぁ-ゖ]), (?<=[がはもに])) and the group left empty without it: the frame, not
# the word the slip writes.
LOOKAROUND = re.compile(r"\(\?<?[=!][^()]*\)")
EMPTY_GROUP = re.compile(r"\(\?:\|*\)")


def writes_a_word_in_its_own_kanji(kind: str, pattern: re.Pattern[str], replacement: str) -> bool:
    """Whether a slip only writes a kana word in the kanji of the same reading (みばらい -> 未払い; round 42's
    いましがた -> 今しがた after a lookbehind): in a typed kana message it changes no word the writer meant."""
    word = EMPTY_GROUP.sub("", LOOKAROUND.sub("", pattern.pattern))
    return kind == "reading" and views(word).reading == views(replacement).reading


def typed_texts_a_round_changes(round_slips: Slips, *, earlier: Slips) -> list[str]:
    """The typed texts in which a slip of ``round_slips`` finds its frame, each read as the ``earlier`` slips leave
    it (a round's slips must change no typed message but those holding a typed recogniser slip: the list must be
    empty). A slip that only writes a kana word in its own kanji is left out: it reads a typed message as before."""
    changing = tuple(slip for slip in round_slips if not writes_a_word_in_its_own_kanji(*slip))
    return [text for text in typed_texts() if round_finds_its_frame(text, changing, earlier=earlier)
            and not holds_a_typed_recogniser_slip(text)]
