"""The shared write/check command of generated schema files."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.schema_files import write_or_check


def test_check_fails_on_missing_or_stale_files_and_write_fixes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {tmp_path / "a.schema.json": '{"a": 1}\n', tmp_path / "sub" / "b.schema.json": '{"b": 2}\n'}
    assert write_or_check(files, argv=["--check"], command="pkg.protocol") == 1
    assert "regenerate with python -m pkg.protocol" in capsys.readouterr().err
    assert write_or_check(files, argv=[], command="pkg.protocol") == 0
    assert (tmp_path / "sub" / "b.schema.json").read_text("utf-8") == '{"b": 2}\n'
    assert write_or_check(files, argv=["--check"], command="pkg.protocol") == 0
    (tmp_path / "a.schema.json").write_text("{}", "utf-8")
    assert write_or_check(files, argv=["--check"], command="pkg.protocol") == 1
