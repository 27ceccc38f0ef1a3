"""VoiceSettings: the .env.example values load; bad values are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from voice.settings import VoiceSettings
from voice.unsure_fix import LOOSE_DISTANCE, UNSURE_BELOW

ENV_EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"


def test_env_example_loads() -> None:
    settings = VoiceSettings(_env_file=ENV_EXAMPLE)
    assert settings.whisper_model_dir is None  # empty: the packaged Whisper base
    assert settings.grammar("ja")[:2] == ["はい", "いいえ"]
    assert settings.tts_rate_wpm < 200  # slower than normal for seniors


def test_remote_urls_must_be_websockets() -> None:
    with pytest.raises(ValidationError):
        VoiceSettings(vosk_remote_urls=["http://vosk:2700"])
    assert VoiceSettings(vosk_remote_urls=["ws://vosk-1:2700", "wss://vosk-2"]).vosk_remote_urls[1] == "wss://vosk-2"


def test_the_loose_fix_in_unsure_words_is_off_by_default() -> None:
    settings = VoiceSettings()
    assert settings.transcript_unsure_fix is False
    # the defaults are the rule chosen on the dev set (docs/voice.md, "Sixteenth session")
    assert (settings.transcript_unsure_below, settings.transcript_unsure_distance) == (UNSURE_BELOW, LOOSE_DISTANCE)
