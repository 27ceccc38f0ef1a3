"""A second decoding of a spoken question, biased by the topic the first one found (docs/voice.md, "Fourteenth
session").

Pass 1 transcribes as always; the search gives its first ``k`` entries for that transcript (with the transcript
fix), even when it is unsure; pass 2 decodes the same audio again with Whisper's ``initial_prompt`` made of those
entries' questions (:func:`topic_prompt`, kind ``questions``) or of the corpus words in them (kind ``terms``): a
short prompt on the question's likely topic instead of the whole city vocabulary. Pass 2's transcript (with the
fix) replaces pass 1's when the pre-declared rule :func:`keep_second` says so.

Safety by construction (:func:`may_redecode`, :func:`second_allowed`): pass 2 is not even run when the safety
layer finds anything (an emergency, urgent advice, a disaster line) in pass 1's transcript or in what the voice
would hand on for it (``choose_text``), so an emergency heard in pass 1 always reaches the chat exactly as now;
and pass 2's text is only handed on when the safety layer finds nothing in it either, so a prompt word never
raises an alarm.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

from safety.assess import assess
from voice.stt import Transcript
from voice.stt_whisper import joined_prompt
from voice.transcript_fix import SAFETY_CHANNEL, TranscriptFixer, choose_text

PromptKind = Literal["questions", "terms"]
Rule = Literal["always", "confident", "unsure"]
PROMPT_KINDS: tuple[PromptKind, ...] = ("questions", "terms")
RULES: tuple[Rule, ...] = ("always", "confident", "unsure")
MAX_PROMPT_CHARS = 150  # as the vocabulary prompt (voice/stt_whisper.py): ~190 Whisper tokens of 223 kept
QUESTION_END = "。"
TERM_SEPARATOR = "、"


@dataclass(frozen=True)
class Topic:
    """What pass 1's search found: the first entries' questions (best first), its confidence in the first and
    whether it abstained."""

    questions: tuple[str, ...]
    confidence: float
    abstained: bool


TopicSearch = Callable[[str, int], "Topic | None"]  # (text handed on, entries) -> the search's topic


class PromptedRecognizer(Protocol):
    """A whole-utterance recogniser that can decode with a given prompt (voice.stt_whisper.WhisperRecognizer)."""

    def transcribe_prompted(self, pcm: npt.NDArray[np.int16], prompt: str | None) -> Transcript: ...


@dataclass(frozen=True)
class Redecoded:
    """The outcome of a turn: the text handed on, whether it is pass 2's, pass 2's own text (None: not run)."""

    text: str
    second: bool
    second_text: str | None = None


def topic_prompt(questions: Sequence[str], *, kind: PromptKind = "questions",
                 words: Callable[[str], list[str]] | None = None, max_chars: int = MAX_PROMPT_CHARS) -> str | None:
    """Whisper's prompt for pass 2: the questions each ended by 「。」 (kind ``questions``), or the words of
    ``words(question)`` of every question, each once, joined by 「、」 (kind ``terms``); items that do not fit in
    ``max_chars`` are left out whole (the first entry's come first). None when nothing is left."""
    if kind == "terms":
        if words is None:
            raise ValueError("a terms prompt needs the corpus words of a question")
        items = list(dict.fromkeys(w for q in questions for w in words(q)))
        separator, end = TERM_SEPARATOR, QUESTION_END
    else:
        items = list(dict.fromkeys(q.strip().rstrip("。？?！!") for q in questions if q.strip()))
        separator, end = QUESTION_END, QUESTION_END
    return joined_prompt(items, separator=separator, end=end, max_chars=max_chars, skip_long=True)


def keep_second(rule: Rule, first: Topic, second_confidence: float) -> bool:
    """Whether pass 2's text replaces pass 1's: ``always``; ``confident``: its search is more confident than
    pass 1's; ``unsure``: that, and pass 1's search abstained."""
    if rule == "always":
        return True
    more = second_confidence > first.confidence
    return more if rule == "confident" else more and first.abstained


def quiet(texts: Iterable[str], *, now: datetime | None = None) -> bool:
    """The safety layer (channel voice) finds nothing in any of ``texts``."""
    moment = now or datetime.now(UTC)
    return all(assess(t, now=moment, channel=SAFETY_CHANNEL).kind == "none" for t in texts if t.strip())


def may_redecode(heard: str, handed: str, *, now: datetime | None = None) -> bool:
    """Pass 2 may run: the safety layer finds nothing in pass 1's transcript nor in the text handed on for it."""
    return quiet({heard, handed}, now=now)


def second_allowed(heard: str, handed: str, *, now: datetime | None = None) -> bool:
    """Pass 2's text may be handed on: the safety layer finds nothing in its transcript nor in its fixed text."""
    return quiet({heard, handed}, now=now)


class TopicRedecoder:
    """Pass 2 of a free-form question (see the module): :meth:`heard_text` returns the transcript to hand the
    conversation (which applies the transcript fix to it as to any transcript)."""

    def __init__(self, recognizer: PromptedRecognizer, search: TopicSearch, fixer: TranscriptFixer | None, *,
                 entries: int = 5, kind: PromptKind = "questions", rule: Rule = "always") -> None:
        self.recognizer = recognizer
        self.search = search
        self.fixer = fixer
        self.entries = entries
        self.kind: PromptKind = kind
        self.rule: Rule = rule

    def _handed(self, heard: str) -> str:
        return choose_text(heard, self.fixer) if self.fixer is not None else heard

    def redecode(self, pcm: npt.NDArray[np.int16], heard: str) -> Redecoded:
        """Pass 1's transcript ``heard`` of ``pcm``, or pass 2's when the rule keeps it (blocking: the safety
        layer, the search and a Whisper decoding run here)."""
        first = self._handed(heard)
        if not heard.strip() or pcm.size == 0 or not may_redecode(heard, first):
            return Redecoded(heard, second=False)
        topic = self.search(first, self.entries)
        if topic is None or not topic.questions:
            return Redecoded(heard, second=False)
        words = self.fixer.corpus_words if self.fixer is not None else None
        if self.kind == "terms" and words is None:
            return Redecoded(heard, second=False)
        prompt = topic_prompt(topic.questions[: self.entries], kind=self.kind, words=words)
        if prompt is None:
            return Redecoded(heard, second=False)
        second_heard = self.recognizer.transcribe_prompted(pcm, prompt).text.strip()
        if not second_heard or second_heard == heard:
            return Redecoded(heard, second=False, second_text=second_heard)
        second = self._handed(second_heard)
        if not second_allowed(second_heard, second):
            return Redecoded(heard, second=False, second_text=second_heard)
        found = self.search(second, 1)
        keep = found is not None and keep_second(self.rule, topic, found.confidence)
        return Redecoded(second_heard if keep else heard, second=keep, second_text=second_heard)

    def heard_text(self, pcm: npt.NDArray[np.int16], heard: str) -> str:
        """The transcript handed on: :meth:`redecode`'s text."""
        return self.redecode(pcm, heard).text
