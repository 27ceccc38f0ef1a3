"""Korean speech by espeak-ng at 16 kHz: the stand-in audio of the STT timings (the Vosk model measured is the
Korean package model; ``bench/bench_voice.py``, ``bench/bench_voice_vosk_decoder.py``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from voice.audio import resample, to_float, to_pcm16

KOREAN_PHRASES = ("네", "아니요", "감사합니다", "안녕하세요", "네", "아니요")


def espeak_korean(folder: Path, phrases: tuple[str, ...] | list[str]) -> list[np.ndarray]:
    """Each phrase by espeak-ng's Korean voice at 16 kHz, with 0.25 s of silence after it."""
    import wave

    pieces = []
    for index, phrase in enumerate(phrases):
        path = folder / f"{index}.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(path), phrase], check=True)
        with wave.open(str(path), "rb") as handle:
            pcm = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2").astype(np.int16)
            rate = handle.getframerate()
        pieces.append(np.concatenate([to_pcm16(resample(to_float(pcm), rate, 16000)), np.zeros(4000, dtype=np.int16)]))
    return pieces


def korean_audio(folder: Path) -> np.ndarray:
    """About 6 s of espeak-ng Korean at 16 kHz."""
    return np.concatenate(espeak_korean(folder, KOREAN_PHRASES))
