"""The pyttsx3 driver ``openjtalk``: Japanese speech by Open JTalk (pyopenjtalk-plus) behind pyttsx3's API.

pyttsx3 loads a driver as the module ``pyttsx3.drivers.<name>``; :func:`register` makes this module that
name, so ``pyttsx3.init("openjtalk")`` works with rate, volume, voice, ``save_to_file`` and callbacks as with
any driver. ``save_to_file`` accepts a path or a writable binary file object (render to memory).
``say()`` plays through ``aplay`` when a sound device exists; servers use ``save_to_file``.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import threading
import warnings
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt

from voice.readings import spoken_text
from voice.tts_prosody import separate_digits

DRIVER_NAME = "openjtalk"
NORMAL_RATE_WPM = 200  # pyttsx3 rate that maps to Open JTalk's speed 1.0
DEFAULT_OUTPUT_RATE_HZ = 22050
PEAK_LEVEL = 0.9  # loudest sample at volume 1.0, as a fraction of full scale
_synthesis_lock = threading.Lock()  # Open JTalk's global engine is not re-entrant


# pyopenjtalk-plus calls SudachiPy's deprecated Dictionary.create() once per thread; only that is silenced.
SUDACHI_DEPRECATION = r"Dictionary\.create\(\) is deprecated"


@contextmanager
def openjtalk_warnings_silenced() -> Iterator[None]:
    """Ignore the one known deprecation warning pyopenjtalk-plus triggers inside SudachiPy."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=SUDACHI_DEPRECATION, category=DeprecationWarning)
        yield


def register() -> None:
    """Make ``pyttsx3.init("openjtalk")`` find this driver."""
    import pyttsx3.drivers

    name = f"pyttsx3.drivers.{DRIVER_NAME}"
    sys.modules.setdefault(name, sys.modules[__name__])
    setattr(pyttsx3.drivers, DRIVER_NAME, sys.modules[name])


def available_voices() -> list[Any]:
    """One pyttsx3 Voice per HTS voice file bundled with pyopenjtalk."""
    import pyopenjtalk
    from pyttsx3.voice import Voice

    voice_dir = Path(pyopenjtalk.__file__).resolve().parent / "htsvoice"
    voices = []
    for path in sorted(voice_dir.glob("*.htsvoice")):
        if path.name.startswith("LICENSE"):
            continue
        voices.append(Voice(f"openjtalk.{path.stem}", path.stem, ["ja-JP"], "female", "adult"))
    return voices


def render(
    text: str, *, rate_wpm: int = NORMAL_RATE_WPM, volume: float = 1.0, half_tone: float = 0.0,
    sample_rate_hz: int = DEFAULT_OUTPUT_RATE_HZ,
) -> npt.NDArray[np.int16]:
    """Synthesize Japanese text (reading and prosody fixes applied) to mono 16-bit PCM at ``sample_rate_hz``."""
    import pyopenjtalk
    import soxr

    prepared = spoken_text(text)
    if not prepared.strip(" 、。"):
        return np.zeros(0, dtype=np.int16)
    with _synthesis_lock, openjtalk_warnings_silenced():
        # pyopenjtalk.tts() is run_frontend + make_label + synthesize; the prosody fixes go in between.
        labels = pyopenjtalk.make_label(separate_digits(pyopenjtalk.run_frontend(prepared)))
        wave_f64, source_rate = pyopenjtalk.synthesize(labels, speed=rate_wpm / NORMAL_RATE_WPM, half_tone=half_tone)
    samples = np.asarray(wave_f64, dtype=np.float32) / 32768.0
    if source_rate != sample_rate_hz:
        samples = soxr.resample(samples, source_rate, sample_rate_hz)
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    if peak > 0:
        samples = samples * (PEAK_LEVEL * volume / peak)
    return np.asarray(np.clip(samples * 32767.0, -32768, 32767), dtype=np.int16)


def wav_bytes(pcm: npt.NDArray[np.int16], sample_rate_hz: int) -> bytes:
    """Mono 16-bit WAV of ``pcm``."""
    buffer = io.BytesIO()
    write_wav(buffer, pcm, sample_rate_hz)
    return buffer.getvalue()


def write_wav(target: BinaryIO | str | Path, pcm: npt.NDArray[np.int16], sample_rate_hz: int) -> None:
    """Write mono 16-bit WAV to a path or a binary file object."""
    handle = wave.open(str(target) if isinstance(target, (str, Path)) else target, "wb")  # noqa: SIM115
    try:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(sample_rate_hz)
        handle.writeframes(pcm.astype("<i2").tobytes())
    finally:
        handle.close()


def buildDriver(proxy: Any) -> OpenJTalkDriver:
    """pyttsx3 calls this to build the driver for its proxy."""
    return OpenJTalkDriver(proxy)


class OpenJTalkDriver:
    """pyttsx3 driver protocol (see pyttsx3/drivers/dummy.py): properties, say, save_to_file, loop, stop."""

    def __init__(self, proxy: Any) -> None:
        self._proxy = proxy
        self._end_requested = threading.Event()
        self._stopping = threading.Event()
        voices = available_voices()
        self._config: dict[str, Any] = {
            "rate": NORMAL_RATE_WPM,
            "volume": 1.0,
            "voice": voices[0].id if voices else "openjtalk.mei_normal",
            "voices": voices,
            "pitch": 0.0,  # half tones added
            "sample_rate": DEFAULT_OUTPUT_RATE_HZ,
        }

    # --- loop ---
    def destroy(self) -> None:
        """Nothing to release (Open JTalk's engine is process-wide)."""

    def startLoop(self) -> None:
        """Run queued commands until endLoop.

        Commands run synchronously inside ``setBusy(False)``; when the proxy already ran the queued endLoop
        before the loop started (pyttsx3 does on a second ``runAndWait``), return at once instead of hanging.
        """
        try:
            self._proxy.setBusy(False)
            while not self._end_requested.wait(0.05):
                pass
        finally:
            self._end_requested.clear()

    def endLoop(self) -> None:
        """Leave startLoop (or make the next startLoop return at once)."""
        self._end_requested.set()

    def iterate(self) -> Any:
        """External loop support: process queued commands."""
        self._proxy.setBusy(False)
        yield

    def stop(self) -> None:
        """Interrupt playback (rendering to a file is not interrupted)."""
        self._stopping.set()

    # --- speech ---
    def _render(self, text: str) -> npt.NDArray[np.int16]:
        return render(
            text, rate_wpm=int(self._config["rate"]), volume=float(self._config["volume"]),
            half_tone=float(self._config["pitch"]), sample_rate_hz=int(self._config["sample_rate"]),
        )

    def _utterance(self, text: str, deliver: Any) -> None:
        self._proxy.setBusy(True)
        self._stopping.clear()
        self._proxy.notify("started-utterance")
        completed = False
        try:
            self._proxy.notify("started-word", location=0, length=len(text))
            deliver(self._render(text))
            completed = not self._stopping.is_set()
        finally:
            self._proxy.notify("finished-utterance", completed=completed)
            self._proxy.setBusy(False)

    def say(self, text: str) -> None:
        """Speak through the sound device (``aplay``); an ``error`` notification when there is none."""
        player = shutil.which("aplay")
        if player is None:
            raise RuntimeError("no sound device player (aplay); use save_to_file to render speech")

        def play(pcm: npt.NDArray[np.int16]) -> None:
            data = wav_bytes(pcm, int(self._config["sample_rate"]))
            subprocess.run([player, "-q", "-"], input=data, check=True, timeout=600)

        self._utterance(text, play)

    def save_to_file(self, text: str, target: BinaryIO | str | Path) -> None:
        """Render ``text`` to a WAV file path or binary file object."""
        self._utterance(text, lambda pcm: write_wav(target, pcm, int(self._config["sample_rate"])))

    # --- properties ---
    def getProperty(self, name: str) -> Any:
        """rate (wpm, 200 = normal), volume (0-1), voice (id), voices, pitch (half tones), sample_rate (Hz)."""
        try:
            return self._config[name]
        except KeyError as err:
            raise KeyError(f"unknown property {name}") from err

    def setProperty(self, name: str, value: Any) -> None:
        """Set one property, clipped to its range."""
        if name == "voice":
            ids = [voice.id for voice in self._config["voices"]]
            if value not in ids:
                raise ValueError(f"unknown voice {value!r}; known: {ids}")
            self._config["voice"] = value
        elif name == "rate":
            self._config["rate"] = int(min(max(int(value), 50), 400))
        elif name == "volume":
            self._config["volume"] = float(min(max(float(value), 0.0), 1.0))
        elif name == "pitch":
            self._config["pitch"] = float(min(max(float(value), -12.0), 12.0))
        elif name == "sample_rate":
            self._config["sample_rate"] = int(min(max(int(value), 8000), 48000))
        else:
            raise KeyError(f"unknown property {name}")
