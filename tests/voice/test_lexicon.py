"""The city reading dictionary: a TSV data file compiled into an Open JTalk user dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice.lexicon import LexiconError, compile_lexicon, read_lexicon
from voice.settings import DEFAULT_LEXICON

DISTRICTS = ("古川", "鳴子温泉", "岩出山", "鹿島台", "松山", "三本木", "田尻")


def test_shipped_lexicon_has_every_district() -> None:
    surfaces = {entry.surface for entry in read_lexicon(DEFAULT_LEXICON)}
    assert set(DISTRICTS) <= surfaces


def test_entry_fields() -> None:
    entry = next(e for e in read_lexicon(DEFAULT_LEXICON) if e.surface == "鬼首")
    assert (entry.reading, entry.morae, entry.pronunciation) == ("オニコウベ", 5, "オニコーベ")


def test_bad_lines_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "city.tsv"
    path.write_text("# comment\n古川\tフルカワ\n鳴子\tnaruko\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        read_lexicon(path)
    assert f"{path}:3" in caught.value.detail
    path.write_text("古川\tフルカワ\t9\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        read_lexicon(path)


def test_compiled_once_per_content(tmp_path: Path) -> None:
    path = tmp_path / "city.tsv"
    path.write_text("化女沼\tケジョヌマ\n", encoding="utf-8")
    first = compile_lexicon(path, tmp_path / "build")
    stamp = first.stat().st_mtime_ns
    assert compile_lexicon(path, tmp_path / "build") == first and first.stat().st_mtime_ns == stamp
    path.write_text("化女沼\tケジョヌマ\n鬼首\tオニコウベ\n", encoding="utf-8")
    assert compile_lexicon(path, tmp_path / "build") != first
    assert not list((tmp_path / "build").glob("*.partial"))
