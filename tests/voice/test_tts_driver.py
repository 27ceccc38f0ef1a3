"""The pyttsx3 driver ``openjtalk``: pyttsx3's own API (init, properties, save_to_file, callbacks) on Open JTalk."""

from __future__ import annotations

import io
import shutil
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import pyttsx3

from voice.tts_driver import DRIVER_NAME, register


def _pcm(data: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(data), "rb") as handle:
        assert handle.getnchannels() == 1 and handle.getsampwidth() == 2
        return np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2"), handle.getframerate()


@pytest.fixture(scope="module")
def engine() -> Any:
    register()
    eng = pyttsx3.init(DRIVER_NAME)
    yield eng
    eng.setProperty("rate", 200)
    eng.setProperty("volume", 1.0)
    eng.setProperty("sample_rate", 22050)


def render(engine: Any, text: str) -> bytes:
    buffer = io.BytesIO()
    engine.save_to_file(text, buffer)
    engine.runAndWait()
    return buffer.getvalue()


def test_pyttsx3_init_loads_the_driver(engine: Any) -> None:
    assert str(engine) == DRIVER_NAME
    voices = engine.getProperty("voices")
    assert [v.id for v in voices] == ["openjtalk.mei_normal"]
    assert voices[0].languages == ["ja-JP"]
    assert engine.getProperty("voice") == "openjtalk.mei_normal"


def test_save_to_file_path_and_memory(engine: Any, tmp_path: Path) -> None:
    target = tmp_path / "hello.wav"
    engine.save_to_file("こんにちは。", str(target))
    engine.runAndWait()
    samples, rate = _pcm(target.read_bytes())
    assert rate == 22050 and len(samples) > rate * 0.5
    assert np.abs(samples).max() > 10000  # real speech, not silence
    in_memory, _ = _pcm(render(engine, "こんにちは。"))
    assert np.array_equal(in_memory, samples)


def test_queued_saves_do_not_overwrite_each_other(engine: Any, tmp_path: Path) -> None:
    # pyttsx3's espeak driver is known to lose queued save_to_file calls; here each file gets its own text.
    engine.save_to_file("はい。", str(tmp_path / "a.wav"))
    engine.save_to_file("おはようございます。今日の体調はいかがですか。", str(tmp_path / "b.wav"))
    engine.runAndWait()
    short, _ = _pcm((tmp_path / "a.wav").read_bytes())
    long, _ = _pcm((tmp_path / "b.wav").read_bytes())
    assert len(long) > 3 * len(short)


def test_repeated_run_and_wait_returns(engine: Any) -> None:
    for _ in range(3):
        assert render(engine, "はい。")


def test_rate_volume_and_sample_rate(engine: Any) -> None:
    engine.setProperty("rate", 200)
    normal, _ = _pcm(render(engine, "燃やせるごみは月曜日です。"))
    engine.setProperty("rate", 140)
    slow, _ = _pcm(render(engine, "燃やせるごみは月曜日です。"))
    assert len(slow) > 1.25 * len(normal)
    engine.setProperty("rate", 200)
    engine.setProperty("volume", 0.5)
    quiet, _ = _pcm(render(engine, "燃やせるごみは月曜日です。"))
    assert np.abs(quiet).max() == pytest.approx(np.abs(normal).max() / 2, rel=0.02)
    engine.setProperty("volume", 1.0)
    engine.setProperty("sample_rate", 16000)
    _, rate = _pcm(render(engine, "はい。"))
    assert rate == 16000
    engine.setProperty("sample_rate", 22050)
    engine.setProperty("rate", 9999)
    assert engine.getProperty("rate") == 400  # clipped like other drivers


def test_callbacks_name_the_utterance(engine: Any) -> None:
    events: list[tuple[str, Any]] = []
    tokens = [
        engine.connect("started-utterance", lambda name: events.append(("start", name))),
        engine.connect("started-word", lambda name, location, length: events.append(("word", (location, length)))),
        engine.connect("finished-utterance", lambda name, completed: events.append(("end", (name, completed)))),
    ]
    try:
        engine.save_to_file("はい。", io.BytesIO(), "checkin-1")
        engine.runAndWait()
    finally:
        for token in tokens:
            engine.disconnect(token)
    assert events == [("start", "checkin-1"), ("word", (0, 3)), ("end", ("checkin-1", True))]


def test_unknown_voice_and_property_are_refused(engine: Any) -> None:
    errors: list[BaseException] = []
    token = engine.connect("error", lambda name, exception: errors.append(exception))
    try:
        engine.setProperty("voice", "espeak.ko")
        engine.runAndWait()
    finally:
        engine.disconnect(token)
    assert errors and isinstance(errors[0], ValueError)
    with pytest.raises(KeyError):
        engine.getProperty("timbre")


@pytest.mark.skipif(shutil.which("aplay") is not None, reason="a sound player exists on this machine")
def test_say_without_a_sound_device_reports_an_error(engine: Any) -> None:
    errors: list[BaseException] = []
    token = engine.connect("error", lambda name, exception: errors.append(exception))
    try:
        engine.say("こんにちは。")
        engine.runAndWait()
    finally:
        engine.disconnect(token)
    assert errors and "save_to_file" in str(errors[0])
