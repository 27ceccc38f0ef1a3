"""Vosk speech recognition in this process: streaming partial and final results with word timings."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from voice.errors import ModelMissingError
from voice.stt import Transcript, Word

UNKNOWN_WORD = "[unk]"


def model_missing(path: Path) -> ModelMissingError:
    """The error for a model folder that is not there, naming the command that installs it."""
    return ModelMissingError(
        detail=(
            f"Vosk model folder {path} not found or incomplete: run `python -m voice install-model ja-small` "
            f"(or `ja`) on a machine with internet, or set VOICE_VOSK_MODEL_DIR"
        )
    )


_decoder_lock = threading.Lock()


def decoder_model_dir(model_dir: Path, *, beam: float | None, max_active: int | None, build_dir: Path) -> Path:
    """``model_dir`` itself, or (with a beam or max-active) a folder of links to it whose ``conf/model.conf``
    carries those decoder options: Vosk reads them from the model folder only, and the installed model stays
    untouched. Made once per setting in ``build_dir`` (atomic)."""
    if beam is None and max_active is None:
        return model_dir
    conf = model_dir / "conf" / "model.conf"
    if not conf.is_file():
        raise model_missing(model_dir)
    given = {name: value for name, value in (("beam", beam), ("max-active", max_active)) if value is not None}
    lines = [line for line in conf.read_text(encoding="utf-8").splitlines()
             if not line.startswith(tuple(f"--{name}=" for name in given))]
    text = "\n".join([*lines, *(f"--{name}={value}" for name, value in given.items())]) + "\n"
    target = build_dir / "-".join([model_dir.name, *(f"{name}{value}" for name, value in given.items())])
    with _decoder_lock:
        if (target / "conf" / "model.conf").is_file() and (target / "conf" / "model.conf").read_text() == text:
            return target
        staging = build_dir / f".{target.name}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        (staging / "conf").mkdir(parents=True)
        for entry in model_dir.iterdir():
            if entry.name != "conf":
                (staging / entry.name).symlink_to(entry.resolve())
        for entry in (model_dir / "conf").iterdir():
            if entry.name != "model.conf":
                (staging / "conf" / entry.name).symlink_to(entry.resolve())
        (staging / "conf" / "model.conf").write_text(text, encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return target


def transcript_of(result: dict[str, Any]) -> Transcript:
    """A Transcript from Vosk's JSON result."""
    words = [
        Word(str(w["word"]), float(w["start"]), float(w["end"]), float(w.get("conf", 1.0)))
        for w in result.get("result", [])
    ]
    return Transcript(str(result.get("text", "")), words)


class VoskStream:
    """A KaldiRecognizer with word timings (grammar mode when phrases are given)."""

    def __init__(self, model: Any, sample_rate_hz: int, grammar: list[str] | None) -> None:
        import vosk

        if grammar:
            self._recognizer = vosk.KaldiRecognizer(model, sample_rate_hz, json.dumps(grammar, ensure_ascii=False))
        else:
            self._recognizer = vosk.KaldiRecognizer(model, sample_rate_hz)
        self._recognizer.SetWords(True)
        self._last_partial = ""
        self._lock = threading.Lock()

    def accept(self, pcm: npt.NDArray[np.int16]) -> str | Transcript | None:
        """Feed audio; a final Transcript at Vosk's endpoint, a partial text when it changed, else None."""
        with self._lock:
            if self._recognizer.AcceptWaveform(pcm.astype("<i2").tobytes()):
                self._last_partial = ""
                return transcript_of(json.loads(self._recognizer.Result()))
            partial = str(json.loads(self._recognizer.PartialResult()).get("partial", ""))
        if partial != self._last_partial:
            self._last_partial = partial
            return partial
        return None

    def partial(self) -> str:
        """The current partial text."""
        with self._lock:
            return str(json.loads(self._recognizer.PartialResult()).get("partial", ""))

    def finish(self) -> Transcript:
        """The final result of the audio not yet finalised."""
        with self._lock:
            return transcript_of(json.loads(self._recognizer.FinalResult()))

    def close(self) -> None:
        """Nothing to release beyond garbage collection."""


class VoskRecognizer:
    """A local Vosk model (loaded once; streams share it)."""

    name = "vosk"
    streaming = True

    def __init__(self, model_dir: Path, *, sample_rate_hz: int = 16000) -> None:
        if not (model_dir / "am").is_dir() and not (model_dir / "final.mdl").exists():
            raise model_missing(model_dir)
        import vosk

        vosk.SetLogLevel(-1)
        try:
            self._model = vosk.Model(str(model_dir))
        except Exception as err:  # vosk raises a bare Exception on a broken folder
            raise model_missing(model_dir) from err
        self.model_dir = model_dir
        self.sample_rate_hz = sample_rate_hz

    def vocabulary_filter(self, phrases: list[str]) -> list[str]:
        """Phrases whose every word the model knows (unknown words make Vosk warn and ignore them)."""
        return [p for p in phrases if all(self._model.vosk_model_find_word(w) >= 0 for w in p.split())]

    def open_stream(self, *, grammar: list[str] | None = None) -> VoskStream:
        """A new recognition stream (grammar mode when phrases are given)."""
        phrases = self.vocabulary_filter(grammar) if grammar else None
        if phrases and self._model.vosk_model_find_word(UNKNOWN_WORD) >= 0:
            phrases.append(UNKNOWN_WORD)  # lets anything else come out as [unk] instead of a forced phrase
        return VoskStream(self._model, self.sample_rate_hz, phrases or None)

    def transcribe(self, pcm: npt.NDArray[np.int16], *, grammar: list[str] | None = None) -> Transcript:
        """A whole utterance: every final result joined."""
        stream = self.open_stream(grammar=grammar)
        parts: list[Transcript] = []
        step = self.sample_rate_hz // 5
        for start in range(0, len(pcm), step):
            result = stream.accept(pcm[start : start + step])
            if isinstance(result, Transcript) and result.text:
                parts.append(result)
        last = stream.finish()
        if last.text:
            parts.append(last)
        return Transcript(" ".join(p.text for p in parts), [w for p in parts for w in p.words])
