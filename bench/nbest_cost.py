"""What Whisper's n best cost a voice turn (``bench/bench_voice_nbest.py --cost N``): CPU time of Whisper with one
and with n hypotheses on the same audio (interleaved, same model), and of the n-best rules of voice.hearing (safety
checks of the hypotheses, searches) behind a silent inner conversation."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.spoken_support import OSAKI_CORPUS

ROOT = Path(__file__).resolve().parents[1]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def measure_cost(texts: list[str], hypotheses: int) -> None:
    """Whisper with 1 and with ``hypotheses`` hypotheses on the same audio, and the n-best rules' own time."""
    import numpy as np

    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ingest import load_corpus
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings
    from safety.assess import warm_up
    from voice.engines import load_whisper
    from voice.hearing import FixingConversation
    from voice.lexicon import apply_lexicon
    from voice.settings import VoiceSettings
    from voice.stt_whisper import WhisperRecognizer
    from voice.transcript_fix import load_fixer
    from voice.tts_driver import render

    settings = VoiceSettings(whisper_cache_dir=ROOT / "var" / "models", lexicon_build_dir=ROOT / "var" / "voice",
                             whisper_hypotheses=hypotheses)
    apply_lexicon(settings.lexicon_path, settings.lexicon_build_dir)
    whisper = load_whisper(settings)
    assert isinstance(whisper, WhisperRecognizer)
    warm_up()
    knowledge = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(knowledge.model, threads=knowledge.torch_threads)
    search = searcher_for_entries(load_corpus(OSAKI_CORPUS), knowledge, embedder=embedder)
    fixer = load_fixer(settings)

    def confidence(text: str) -> float:
        return search.search(text, k=1, spoken=True).confidence

    alarm = FixingConversation(_Silent(), fixer, alarm_depth=hypotheses, alarm_votes=1)
    both = FixingConversation(_Silent(), fixer, alarm_depth=hypotheses, search_depth=2, confidence=confidence)
    plain = FixingConversation(_Silent(), fixer)
    timings: dict[str, list[float]] = defaultdict(list)
    same = 0
    for text in texts:
        pcm = np.asarray(render(text, rate_wpm=200, sample_rate_hz=16000))
        heard: list[str] = []
        for k in (1, hypotheses):
            whisper.num_hypotheses = k
            started = time.process_time()
            found = whisper.transcribe(pcm)
            timings[f"whisper {k} hypothes{'is' if k == 1 else 'es'}"].append(time.process_time() - started)
            heard.append(found.text)
        same += heard[0] == heard[1]
        for name, conversation in (("fix only", plain), (f"fix + alarm {hypotheses}:1", alarm),
                                   ("fix + alarm + search 2", both)):
            started = time.process_time()
            conversation.handed_text(found.text, found.texts)
            timings[name].append(time.process_time() - started)
    # CPU time of this process (all its threads): on a shared machine wall time says more about the others
    print(f"cost over {len(texts)} questions (load {os.getloadavg()[0]:.1f}): CPU ms of this process, mean / p95")
    for name, values in timings.items():
        print(f"  {name:<28} {1000 * sum(values) / len(values):7.1f} / {1000 * _p95(values):7.1f}")
    added = [b - a for a, b in zip(timings["whisper 1 hypothesis"], timings[f"whisper {hypotheses} hypotheses"],
                                   strict=True)]
    print(f"  the same transcript with and without the n best: {same}/{len(texts)}")
    print(f"  whisper n best added (paired) {1000 * sum(added) / len(added):7.1f} / {1000 * _p95(added):7.1f}")


class _Silent:
    """The inner conversation of the cost measurement (only handed_text is timed)."""

    def new_session_id(self) -> str:
        return "cost"

    async def turn(self, *, session_id: str, text: str, channel: str, hypotheses: Sequence[str] = ()) -> Any:
        from voice.conversation import ConversationReply

        return ConversationReply(text)
