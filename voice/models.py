"""Installing the Japanese Vosk models (on a machine with internet): download, check, unpack atomically."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from voice.errors import VoiceError

DOWNLOAD_CHUNK_BYTES = 1024 * 1024
DOWNLOAD_TIMEOUT_S = 60


@dataclass(frozen=True)
class ModelSource:
    """Where a model comes from and what it must look like."""

    name: str
    url: str
    approx_mb: int
    sha256: str | None = None  # set when the publisher lists one; otherwise the structure is checked


VOSK_MODELS: dict[str, ModelSource] = {
    "ja-small": ModelSource(
        "vosk-model-small-ja-0.22", "https://alphacephei.com/vosk/models/vosk-model-small-ja-0.22.zip", 48
    ),
    "ja": ModelSource("vosk-model-ja-0.22", "https://alphacephei.com/vosk/models/vosk-model-ja-0.22.zip", 1000),
}
REQUIRED_PARTS = ("am/final.mdl", "conf/model.conf")


class ModelInstallError(VoiceError):
    """A model that could not be downloaded, checked or unpacked."""

    code = "voice_model_install_failed"
    default_message = "音声モデルのインストールに失敗しました。"


def check_model_dir(path: Path) -> None:
    """ModelInstallError unless ``path`` holds a Vosk model (acoustic model and configuration)."""
    missing = [part for part in REQUIRED_PARTS if not (path / part).exists()]
    if missing:
        raise ModelInstallError(detail=f"{path} is not a Vosk model folder: missing {', '.join(missing)}")


def _download(url: str, target: Path, *, expected_sha256: str | None) -> None:
    digest = hashlib.sha256()
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_S) as response, target.open("wb") as out:
            for block in iter(lambda: response.read(DOWNLOAD_CHUNK_BYTES), b""):
                digest.update(block)
                out.write(block)
    except OSError as err:
        raise ModelInstallError(detail=f"download of {url} failed: {err}") from err
    if expected_sha256 and digest.hexdigest() != expected_sha256:
        raise ModelInstallError(detail=f"checksum mismatch for {url}: {digest.hexdigest()}")


def unpack_model(archive: Path, source: ModelSource, models_dir: Path) -> Path:
    """Unpack a model zip into ``models_dir/<name>`` (checked, never half-written)."""
    target = models_dir / source.name
    models_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir, prefix=".unpack-") as staging_name:
        staging = Path(staging_name)
        try:
            with zipfile.ZipFile(archive) as bundle:
                for member in bundle.namelist():
                    resolved = (staging / member).resolve()
                    if not resolved.is_relative_to(staging.resolve()):
                        raise ModelInstallError(detail=f"unsafe path in archive: {member}")
                bundle.extractall(staging)
        except zipfile.BadZipFile as err:
            raise ModelInstallError(detail=f"{archive} is not a zip archive") from err
        root = staging / source.name if (staging / source.name).is_dir() else staging
        check_model_dir(root)
        if target.exists():
            shutil.rmtree(target)
        root.rename(target)
    return target


def install_model(key: str, models_dir: Path, *, archive: Path | None = None) -> Path:
    """Download (or take ``archive``), check and unpack the Vosk model ``key`` (ja-small | ja)."""
    source = VOSK_MODELS[key]
    if archive is not None:
        return unpack_model(archive, source, models_dir)
    models_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir, prefix=".download-") as download_dir:
        zip_path = Path(download_dir) / f"{source.name}.zip"
        _download(source.url, zip_path, expected_sha256=source.sha256)
        return unpack_model(zip_path, source, models_dir)
