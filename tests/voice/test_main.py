"""CLI: ``python -m voice install-model`` checks and unpacks a model archive; failures are a message + exit 1."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.voice.conftest import KOREAN_MODEL
from voice.__main__ import main
from voice.stt_vosk import VoskRecognizer

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def model_zip(tmp_path: Path, *, name: str, complete: bool = True) -> Path:
    """A model archive laid out like alphacephei's (one top folder), built from the packaged Korean model."""
    archive = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as bundle:
        for path in sorted(KOREAN_MODEL.rglob("*")):
            relative = path.relative_to(KOREAN_MODEL)
            if path.is_file() and (complete or relative.parts[0] != "am"):
                bundle.write(path, f"{name}/{relative}")
    return archive


def test_install_from_archive_gives_a_loadable_model(tmp_path: Path, capsys) -> None:
    archive = model_zip(tmp_path, name="vosk-model-small-ja-0.22")
    assert main(["install-model", "ja-small", "--archive", str(archive), "--dir", str(tmp_path / "models")]) == 0
    target = tmp_path / "models" / "vosk-model-small-ja-0.22"
    assert "VOICE_VOSK_MODEL_DIR=" in capsys.readouterr().out
    assert VoskRecognizer(target).model_dir == target
    assert [p.name for p in (tmp_path / "models").iterdir()] == ["vosk-model-small-ja-0.22"]  # no leftovers


def test_broken_archives_fail_with_a_message_and_leave_nothing(tmp_path: Path) -> None:
    models = tmp_path / "models"
    incomplete = model_zip(tmp_path, name="vosk-model-ja-0.22", complete=False)
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"not a zip")
    for archive in (incomplete, not_zip):
        result = subprocess.run(
            [sys.executable, "-m", "voice", "install-model", "ja", "--archive", str(archive), "--dir", str(models)],
            capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120,
        )
        assert result.returncode == 1 and "インストールに失敗" in result.stderr and "Traceback" not in result.stderr
    assert list(models.iterdir()) == []


def test_unknown_model_name_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "voice", "install-model", "en"], capture_output=True, text=True, cwd=PROJECT_ROOT,
        timeout=60,
    )
    assert result.returncode == 2 and "ja-small" in result.stderr
