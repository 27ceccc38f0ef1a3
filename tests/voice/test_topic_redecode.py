"""The second, topic-biased decoding (real Whisper base, Open JTalk audio, the real search, Sudachi and safety
layer): its prompt, its rule, and that an emergency heard in the first pass always reaches the chat as now."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pytest

from knowledge.search import Searcher
from voice.engines import VoiceEngines
from voice.stt import Transcript
from voice.stt_whisper import WhisperRecognizer
from voice.topic_redecode import (
    MAX_PROMPT_CHARS,
    Topic,
    TopicRedecoder,
    keep_second,
    may_redecode,
    second_allowed,
    topic_prompt,
)
from voice.transcript_fix import TranscriptFixer, choose_text
from voice.tts_driver import render


class PromptWatcher:
    """The real Whisper recogniser, noting the prompt of every second decoding."""

    def __init__(self, inner: WhisperRecognizer) -> None:
        self.inner = inner
        self.prompts: list[str | None] = []

    def transcribe_prompted(self, pcm: npt.NDArray[np.int16], prompt: str | None) -> Transcript:
        self.prompts.append(prompt)
        return self.inner.transcribe_prompted(pcm, prompt)


def _whisper(engines: VoiceEngines) -> WhisperRecognizer:
    assert isinstance(engines.whisper, WhisperRecognizer)
    return engines.whisper


def _topic(searcher: Searcher) -> Callable[[str, int], Topic]:
    def search(text: str, entries: int) -> Topic:
        result = searcher.search(text, k=entries, spoken=True)
        return Topic(tuple(a.entry.question for a in result.answers), result.confidence, result.abstained)

    return search


def test_questions_prompt_keeps_whole_questions_in_order() -> None:
    same = "住民票の写しはどこで取れますか？"
    prompt = topic_prompt([same, "戸籍謄本を請求したい", same])
    assert prompt == "住民票の写しはどこで取れますか。戸籍謄本を請求したい。"
    long = "あ" * (MAX_PROMPT_CHARS - 5)
    # a question that does not fit is left out whole
    assert topic_prompt([long, "戸籍謄本を請求したい", "印鑑"]) == f"{long}。印鑑。"
    assert topic_prompt(["", "  "]) is None


def test_terms_prompt_lists_the_corpus_words_of_the_questions(fixer: TranscriptFixer) -> None:
    prompt = topic_prompt(["住民票の写しはどこで取れますか", "住民票を郵送で請求したい"], kind="terms",
                          words=fixer.corpus_words)
    assert prompt is not None and prompt.endswith("。")
    terms = prompt.rstrip("。").split("、")
    assert "住民票" in terms and len(terms) == len(set(terms))
    with pytest.raises(ValueError, match="corpus words"):
        topic_prompt(["住民票"], kind="terms")


def test_the_rules() -> None:
    unsure, sure = Topic(("q",), 0.3, True), Topic(("q",), 0.3, False)
    assert keep_second("always", sure, 0.1)
    assert keep_second("confident", sure, 0.4) and not keep_second("confident", sure, 0.3)
    assert keep_second("unsure", unsure, 0.4) and not keep_second("unsure", sure, 0.9)
    assert not keep_second("unsure", unsure, 0.2)


def test_the_safety_layer_bars_the_second_pass() -> None:
    assert not may_redecode("家が火事です", "家が火事です")
    assert not second_allowed("住民票です", "住民票です 火事")  # a prompt word never raises an alarm
    assert may_redecode("住民票はどこで取れますか", "住民票はどこで取れますか")


def test_an_emergency_heard_first_is_handed_on_and_never_decoded_again(
        engines: VoiceEngines, searcher: Searcher, fixer: TranscriptFixer) -> None:
    whisper = PromptWatcher(_whisper(engines))
    redecoder = TopicRedecoder(whisper, _topic(searcher), fixer, entries=3, rule="always")
    for said in ("家が火事です。助けてください。", "胸が苦しくて息ができません。"):
        pcm = render(said, sample_rate_hz=16000)
        heard = _whisper(engines).transcribe(pcm).text
        assert not may_redecode(heard, choose_text(heard, fixer)), heard  # Whisper heard the emergency
        outcome = redecoder.redecode(pcm, heard)
        assert outcome.text == heard and not outcome.second and outcome.second_text is None
    assert whisper.prompts == []


def test_a_calm_question_is_decoded_again_with_its_topic(
        engines: VoiceEngines, searcher: Searcher, fixer: TranscriptFixer) -> None:
    whisper = PromptWatcher(_whisper(engines))
    search = _topic(searcher)
    pcm = render("住民票の写しはどこで取れますか。", sample_rate_hz=16000)
    heard = _whisper(engines).transcribe(pcm).text
    first = search(choose_text(heard, fixer), 3)
    redecoder = TopicRedecoder(whisper, search, fixer, entries=3, rule="always")
    outcome = redecoder.redecode(pcm, heard)
    assert whisper.prompts == [topic_prompt(first.questions)]
    assert outcome.second_text is not None and "住民票" in outcome.second_text
    assert outcome.text == (outcome.second_text if outcome.second else heard)
    assert outcome.second == (outcome.second_text != heard)  # "always" keeps any different, quiet transcript
    assert redecoder.heard_text(pcm, heard) == outcome.text  # deterministic (beam search, temperature 0)
    empty = redecoder.redecode(np.zeros(0, dtype=np.int16), heard)
    assert empty.text == heard and empty.second_text is None
