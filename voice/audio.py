"""Audio in: WAV decoding (any common rate/width/channels), validation, resampling with soxr."""

from __future__ import annotations

import io
import wave

import numpy as np
import numpy.typing as npt

from voice.errors import AudioTooLongError, BadSampleRateError, NotAudioError

PCM_SAMPLE_BYTES = 2  # 16-bit PCM on every stream


def check_sample_rate(rate_hz: float, *, minimum_hz: int, maximum_hz: int) -> int:
    """A whole sample rate within the accepted range, else BadSampleRateError."""
    if not float(rate_hz).is_integer() or not minimum_hz <= rate_hz <= maximum_hz:
        raise BadSampleRateError(
            f"音声のサンプリング周波数が対応していません。{minimum_hz}から{maximum_hz}ヘルツの音声を送ってください。",
            detail=f"sample rate {rate_hz!r} outside {minimum_hz}-{maximum_hz}",
        )
    return int(rate_hz)


def pcm16_from_bytes(data: bytes) -> npt.NDArray[np.int16]:
    """Little-endian 16-bit samples of a raw PCM chunk (an odd byte count is not 16-bit PCM)."""
    if len(data) % PCM_SAMPLE_BYTES:
        raise NotAudioError(detail=f"raw chunk of {len(data)} bytes is not 16-bit PCM")
    return np.frombuffer(data, dtype="<i2").astype(np.int16)


def decode_wav(data: bytes, *, max_duration_s: float) -> tuple[npt.NDArray[np.float32], int]:
    """Mono float samples in [-1, 1] and the rate of a PCM WAV (8/16/24/32-bit, any channels)."""
    try:
        with wave.open(io.BytesIO(data), "rb") as handle:
            channels, width, rate, frames = (
                handle.getnchannels(), handle.getsampwidth(), handle.getframerate(), handle.getnframes()
            )
            if rate <= 0 or frames / rate > max_duration_s:
                if rate > 0:
                    raise AudioTooLongError(detail=f"{frames / rate:.1f} s > {max_duration_s} s")
                raise NotAudioError(detail="WAV with a zero sample rate")
            raw = handle.readframes(frames)
    except (wave.Error, EOFError, ValueError) as err:
        raise NotAudioError(detail=f"not a PCM WAV file: {err}") from err
    if width == 1:
        samples = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif width == 2:
        samples = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    elif width == 3:
        triples = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = (triples[:, 0] | (triples[:, 1] << 8) | (triples[:, 2] << 16)) << 8 >> 8
        samples = ints.astype(np.float32) / 8388608.0
    elif width == 4:
        samples = np.frombuffer(raw, dtype="<i4").astype(np.float32) / 2147483648.0
    else:
        raise NotAudioError(detail=f"unsupported sample width {width}")
    if channels > 1:
        samples = samples[: len(samples) - len(samples) % channels].reshape(-1, channels).mean(axis=1)
    if samples.size == 0:
        raise NotAudioError(detail="WAV without samples")
    return samples.astype(np.float32), rate


def resample(samples: npt.NDArray[np.float32], source_hz: int, target_hz: int) -> npt.NDArray[np.float32]:
    """Resample with soxr (identity when the rates match)."""
    if source_hz == target_hz:
        return samples
    import soxr

    return np.asarray(soxr.resample(samples, source_hz, target_hz), dtype=np.float32)


def to_pcm16(samples: npt.NDArray[np.float32]) -> npt.NDArray[np.int16]:
    """Float samples to 16-bit PCM."""
    return np.asarray(np.clip(samples * 32768.0, -32768, 32767), dtype=np.int16)


def to_float(pcm: npt.NDArray[np.int16]) -> npt.NDArray[np.float32]:
    """16-bit PCM to float samples."""
    return pcm.astype(np.float32) / 32768.0


class StreamResampler:
    """Chunk-by-chunk resampling of a 16-bit stream to the recogniser's rate (soxr keeps the filter state)."""

    def __init__(self, source_hz: int, target_hz: int) -> None:
        self.source_hz = source_hz
        self.target_hz = target_hz
        self._stream = None
        if source_hz != target_hz:
            import soxr

            self._stream = soxr.ResampleStream(source_hz, target_hz, 1, dtype="int16")

    def process(self, pcm: npt.NDArray[np.int16], *, last: bool = False) -> npt.NDArray[np.int16]:
        """Resampled samples of one chunk (``last`` flushes the filter)."""
        if self._stream is None:
            return pcm
        return np.asarray(self._stream.resample_chunk(pcm, last=last), dtype=np.int16)


# Starts of file formats that are surely not raw PCM: PNG, PDF, GIF, JPEG, MP3, Ogg, FLAC, zip, WebM/Matroska.
NOT_PCM_MAGIC = (
    b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"ID3", b"OggS", b"fLaC", b"PK\x03\x04", b"\x1aE\xdf\xa3"
)
TEXT_SNIFF_BYTES = 16


def check_pcm_chunk(data: bytes) -> None:
    """NotAudioError for bytes that cannot be raw 16-bit PCM (odd length, a file format, plain text)."""
    if len(data) % PCM_SAMPLE_BYTES:
        raise NotAudioError(
            "音声データを読み取れませんでした。16ビットのPCM音声を送ってください。",
            detail=f"chunk of {len(data)} bytes is not 16-bit PCM",
        )
    if data.startswith(NOT_PCM_MAGIC) or (
        len(data) >= TEXT_SNIFF_BYTES and all(0x09 <= b <= 0x7E for b in data[:256])
    ):
        raise NotAudioError(
            "音声データを読み取れませんでした。16ビットのPCM音声を送ってください。",
            detail="binary frame is a file or text, not raw PCM",
        )


def split_wav_header(data: bytes, *, expected_rate_hz: int) -> bytes:
    """Raw PCM of a chunk that starts with a WAV header (as some Vosk clients send), checked against the config."""
    if not data.startswith(b"RIFF"):
        return data
    try:
        with wave.open(io.BytesIO(data), "rb") as handle:
            channels, width, rate = handle.getnchannels(), handle.getsampwidth(), handle.getframerate()
            frames = handle.readframes(handle.getnframes())
    except (wave.Error, EOFError) as err:
        raise NotAudioError(detail=f"bad WAV header in stream: {err}") from err
    if channels != 1 or width != PCM_SAMPLE_BYTES:
        raise NotAudioError(
            "音声データを読み取れませんでした。モノラル16ビットの音声を送ってください。",
            detail=f"WAV in stream has {channels} channels, {width * 8}-bit samples",
        )
    if rate != expected_rate_hz:
        raise BadSampleRateError(
            f"音声のサンプリング周波数({rate}ヘルツ)が設定({expected_rate_hz}ヘルツ)と違います。",
            detail=f"WAV rate {rate} != configured {expected_rate_hz}",
        )
    return frames
