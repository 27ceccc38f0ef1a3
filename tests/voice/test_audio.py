"""Audio in: WAV of any common rate/width/channels, raw PCM checks, resampling."""

from __future__ import annotations

import numpy as np
import pytest

from tests.voice.conftest import wav_of
from voice.audio import (
    StreamResampler,
    check_pcm_chunk,
    check_sample_rate,
    decode_wav,
    resample,
    split_wav_header,
)
from voice.errors import AudioTooLongError, BadSampleRateError, NotAudioError

RATE = 44100


def tone(seconds: float, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def test_stereo_and_24_bit_wavs_decode_to_mono() -> None:
    mono = (tone(0.5) * 32767).astype("<i2")
    stereo = np.stack([mono, mono], axis=1)
    samples, rate = decode_wav(wav_of(stereo, RATE, channels=2), max_duration_s=60)
    assert rate == RATE and len(samples) == len(mono)
    ints = (tone(0.5) * 8388607).astype(np.int32)
    packed = np.stack([ints & 0xFF, (ints >> 8) & 0xFF, (ints >> 16) & 0xFF], axis=1).astype(np.uint8)
    samples24, _ = decode_wav(wav_of(packed, RATE, width=3), max_duration_s=60)
    assert np.allclose(samples24, tone(0.5), atol=1e-3)


def test_bad_inputs_raise_typed_errors() -> None:
    with pytest.raises(NotAudioError):
        decode_wav(b"%PDF-1.7 not audio at all", max_duration_s=60)
    with pytest.raises(AudioTooLongError):
        decode_wav(wav_of(np.zeros(8000 * 61, dtype="<i2"), 8000), max_duration_s=60)
    with pytest.raises(BadSampleRateError):
        check_sample_rate(96000, minimum_hz=8000, maximum_hz=48000)
    with pytest.raises(BadSampleRateError):
        check_sample_rate(16000.5, minimum_hz=8000, maximum_hz=48000)
    for chunk in (b"\x00\x01\x02", b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, b"hello, this is plain text, not audio"):
        with pytest.raises(NotAudioError):
            check_pcm_chunk(chunk)
    check_pcm_chunk(np.zeros(160, dtype="<i2").tobytes())


def test_wav_header_in_a_stream_is_checked() -> None:
    pcm = (tone(0.1, 16000) * 32767).astype("<i2")
    assert split_wav_header(wav_of(pcm, 16000), expected_rate_hz=16000) == pcm.tobytes()
    with pytest.raises(BadSampleRateError):
        split_wav_header(wav_of(pcm, 16000), expected_rate_hz=8000)


def test_streaming_resampler_matches_rates() -> None:
    samples = (tone(1.0, 48000) * 32767).astype(np.int16)
    resampler = StreamResampler(48000, 16000)
    pieces = [resampler.process(samples[i : i + 4800]) for i in range(0, len(samples), 4800)]
    pieces.append(resampler.process(np.zeros(0, dtype=np.int16), last=True))
    assert abs(sum(len(p) for p in pieces) - 16000) <= 2
    assert len(resample(tone(1.0), RATE, 16000)) == 16000
