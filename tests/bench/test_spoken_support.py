"""bench.spoken_support: cached transcripts read back, the paired sign test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.spoken_support import read_cached_heard, sign_test_p


def test_cached_transcripts_are_read_in_order(tmp_path: Path) -> None:
    paths = []
    for index, heard in enumerate(["住民票を取りたい", "粗大ごみの出し方"]):
        path = tmp_path / f"{index}.json"
        path.write_text(json.dumps({"text": "x", "heard": heard}, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    assert read_cached_heard(paths, made_by="bench_whisper_decoding.py") == ["住民票を取りたい", "粗大ごみの出し方"]


def test_a_missing_transcript_stops_the_bench_naming_what_makes_it(tmp_path: Path) -> None:
    present = tmp_path / "a.json"
    present.write_text(json.dumps({"heard": "はい"}), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"1 of 2 transcripts missing .*\(pass 1: bench_whisper_decoding.py\)"):
        read_cached_heard([present, tmp_path / "b.json"], made_by="pass 1: bench_whisper_decoding.py")


def test_sign_test_is_two_sided_and_exact() -> None:
    assert sign_test_p(0, 0) == 1.0
    assert sign_test_p(5, 5) == 1.0
    assert sign_test_p(6, 0) == pytest.approx(2 / 64)
    assert sign_test_p(0, 6) == sign_test_p(6, 0)
    assert sign_test_p(10, 9) == pytest.approx(1.0)
