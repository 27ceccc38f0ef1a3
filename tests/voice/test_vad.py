"""End of speech by webrtcvad: speech then silence gives started then ended; noise-free silence gives nothing."""

from __future__ import annotations

import numpy as np

from voice.tts_driver import render
from voice.vad import EndpointDetector, VadEvent


def feed_in_chunks(detector: EndpointDetector, pcm: np.ndarray, chunk: int = 1000) -> list[tuple[int, VadEvent]]:
    events = []
    for start in range(0, len(pcm), chunk):
        events += [(start, event) for event in detector.feed(pcm[start : start + chunk])]
    return events


def test_speech_then_silence() -> None:
    speech = render("元気です。", sample_rate_hz=16000)
    silence = np.zeros(16000, dtype=np.int16)
    detector = EndpointDetector(16000, aggressiveness=2, end_silence_ms=600)
    events = feed_in_chunks(detector, np.concatenate([silence[:8000], speech, silence]))
    assert [event for _, event in events] == [VadEvent.SPEECH_STARTED, VadEvent.SPEECH_ENDED]
    started_at, ended_at = events[0][0], events[1][0]
    assert started_at < 8000 + 0.3 * 16000  # noticed within the first syllables
    assert ended_at >= 8000 + len(speech)  # only after the speech is over
    assert not detector.in_speech


def test_silence_alone_is_not_speech() -> None:
    detector = EndpointDetector(16000)
    assert feed_in_chunks(detector, np.zeros(48000, dtype=np.int16)) == []
