"""What the conversation receives of a free-form utterance: one text, from the transcript and (optionally)
Whisper's n best hypotheses, with the city's terms.

:class:`FixingConversation` wraps the chat conversation of every voice path (``/voice/session``, Wyoming
``handle``, the satellites). Of a turn's hypotheses (best first; the transcript alone without n best) it hands on
(:meth:`FixingConversation.handed_text`):

1. with ``VOICE_NBEST_ALARM_DEPTH`` above 1: a hypothesis the safety layer raises an emergency on (with
   ``VOICE_NBEST_ALARM_ANY_KIND``: any of its lines) when the first does not (voice.nbest.emergency_text), as
   heard;
2. with ``VOICE_NBEST_SEARCH_DEPTH`` above 1 and a search at hand: the hypothesis whose search is the most
   confident (voice.nbest.most_confident);
3. that hypothesis with the transcript fix (voice.transcript_fix.choose_text) when ``VOICE_TRANSCRIPT_FIX`` is on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from starlette.concurrency import run_in_threadpool

from voice.conversation import ConversationPort, ConversationReply
from voice.nbest import emergency_text, most_confident
from voice.settings import VoiceSettings
from voice.transcript_fix import TranscriptFixer, choose_text, load_fixer

Confidence = Callable[[str], float]  # the search's confidence in its first answer to a text


class FixingConversation:
    """A ConversationPort that hands the inner conversation one text per turn (see the module)."""

    def __init__(self, inner: ConversationPort, fixer: TranscriptFixer | None, *, alarm_depth: int = 1,
                 alarm_votes: int = 1, alarm_any_kind: bool = False, search_depth: int = 1,
                 confidence: Confidence | None = None) -> None:
        self.inner = inner
        self.fixer = fixer
        self.alarm_depth = alarm_depth
        self.alarm_votes = alarm_votes
        self.alarm_any_kind = alarm_any_kind
        self.search_depth = search_depth
        self.confidence = confidence

    def new_session_id(self) -> str:
        """The inner conversation's session id."""
        return self.inner.new_session_id()

    def handed_text(self, text: str, hypotheses: Sequence[str] = ()) -> str:
        """The one text the inner conversation gets for a transcript and its hypotheses (blocking: the safety
        layer, Sudachi and the search run here)."""
        texts = [text, *(h for h in hypotheses if h != text)]
        if self.alarm_depth > 1 and len(texts) > 1:
            alarm = emergency_text(texts, depth=self.alarm_depth, min_votes=self.alarm_votes,
                                   any_kind=self.alarm_any_kind)
            if alarm is not None:
                return alarm
        fixed = [choose_text(t, self.fixer) for t in texts] if self.fixer is not None else texts
        if self.search_depth > 1 and self.confidence is not None and len(fixed) > 1:
            return most_confident(fixed[: self.search_depth], self.confidence)
        return fixed[0]

    async def turn(self, *, session_id: str, text: str, channel: str,
                   hypotheses: Sequence[str] = ()) -> ConversationReply:
        """The inner turn on :meth:`handed_text`."""
        handed = await run_in_threadpool(self.handed_text, text, hypotheses)
        return await self.inner.turn(session_id=session_id, text=handed, channel=channel)


def with_fix(conversation: ConversationPort, settings: VoiceSettings, *, confidence: Confidence | None = None
             ) -> ConversationPort:
    """``conversation`` behind :class:`FixingConversation` when the transcript fix or an n-best rule is on
    (blocking: loads the fixer); ``confidence``: the search, for ``VOICE_NBEST_SEARCH_DEPTH``."""
    fixer = load_fixer(settings) if settings.transcript_fix else None
    return wrapped(conversation, settings, fixer, confidence=confidence)


def wrapped(conversation: ConversationPort, settings: VoiceSettings, fixer: TranscriptFixer | None, *,
            confidence: Confidence | None = None) -> ConversationPort:
    """``conversation`` behind :class:`FixingConversation` with a loaded ``fixer`` (None: no transcript fix),
    or itself when neither the fix nor an n-best rule applies."""
    nbest = settings.whisper_hypotheses > 1 and (settings.nbest_alarm_depth > 1 or settings.nbest_search_depth > 1)
    if fixer is None and not nbest:
        return conversation
    return FixingConversation(conversation, fixer, alarm_depth=settings.nbest_alarm_depth,
                              alarm_votes=settings.nbest_alarm_votes, alarm_any_kind=settings.nbest_alarm_any_kind,
                              search_depth=settings.nbest_search_depth,
                              confidence=confidence)
