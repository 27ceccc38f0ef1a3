"""Whisper's n best hypotheses of a free-form utterance, folded into the one text the conversation receives.

Whisper base mishears (火事です heard カジです, 除籍謄本 heard 女性企業本); the word it missed is often in a
hypothesis just below the first. The conversation (the chat log, the safety layer, the search) still gets one
text; what it is:

- :func:`emergency_text`: when the first hypothesis raises no emergency but enough of the others do (the
  ``min_votes`` rule, e.g. 2 of the first 3), the most likely of those, so the chat's safety layer answers it as
  the emergency it probably is;
- :func:`union_text`: otherwise the first hypothesis with the transcript fix (voice/transcript_fix.py), followed
  by the city terms and corpus words that the other hypotheses heard and it did not.

Which rules ship is measured in bench/bench_voice_nbest.py and bench/bench_spoken_safety.py (docs/voice.md,
"N-best hypotheses").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from safety.assess import assess
from voice.transcript_fix import SAFETY_CHANNEL, TranscriptFixer, choose_text


def emergency_text(texts: Sequence[str], *, depth: int, min_votes: int, any_kind: bool = False,
                   now: datetime | None = None) -> str | None:
    """The hypothesis to hand on as an emergency, or None: among the first ``depth`` of ``texts`` (best
    first), when the first is no emergency and at least ``min_votes`` of the others are, the first of those.
    ``any_kind``: any line of the safety layer (urgent advice, disaster) counts, not only emergencies, and
    the first must have none."""
    moment = now or datetime.now(UTC)
    considered = list(texts[:depth])

    def alarms(text: str) -> bool:
        decision = assess(text, now=moment, channel=SAFETY_CHANNEL)
        return decision.kind != "none" if any_kind else decision.is_emergency

    if not considered or alarms(considered[0]):
        return None
    alarming = [t for t in considered[1:] if alarms(t)]
    return alarming[0] if alarming and len(alarming) >= min_votes else None


def union_text(texts: Sequence[str], fixer: TranscriptFixer, *, now: datetime | None = None) -> str:
    """:func:`choose_text` of the first of ``texts`` followed by the city terms (fixes) and corpus words of the
    others it lacks; the first's own text when the safety layer finds anything in it or in the union (the union
    never raises nor hides an alarm)."""
    moment = now or datetime.now(UTC)
    handed = choose_text(texts[0], fixer, now=moment)
    if len(texts) < 2 or (handed == texts[0] and assess(handed, now=moment, channel=SAFETY_CHANNEL).kind != "none"):
        return handed
    extra: list[str] = []
    for text in texts[1:]:
        for term in (*(fix.term for fix in fixer.fixes(text)), *fixer.corpus_words(text)):
            if term not in handed and not any(term in other for other in extra):
                extra.append(term)
    if not extra:
        return handed
    joined = f"{handed} {' '.join(extra)}"
    if assess(joined, now=moment, channel=SAFETY_CHANNEL).kind != "none":
        return handed
    return joined


def most_confident(texts: Sequence[str], confidence: Callable[[str], float]) -> str:
    """The text whose search is the most confident in its first answer (the first on a tie)."""
    scored = [(confidence(text), -number, text) for number, text in enumerate(texts)]
    return max(scored)[2]
