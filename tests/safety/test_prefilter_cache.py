"""The prefilter's database files: a round trip, and None (rebuild) for a stale, corrupt or missing file."""

from __future__ import annotations

from pathlib import Path

import hyperscan
import pytest

from safety.prefilter_cache import MAGIC, Chunk, Compiled, compile_chunk, load, save

FIRE = "かじ|火事"
# Python reads it (it never matches); hyperscan refuses an end anchor inside a pattern.
REFUSED = "火事$煙"


def matches(compiled: Compiled, text: str) -> set[int]:
    found: set[int] = set()
    compiled.database.scan(text.encode(), match_event_handler=lambda i, *_: found.add(i), scratch=hyperscan.Scratch(
        compiled.database))
    return found


@pytest.fixture
def chunk() -> Chunk:
    return Chunk(view="devoiced", sources=(FIRE, "けむり"))


def test_a_saved_chunk_loads_and_scans(tmp_path: Path, chunk: Chunk) -> None:
    compiled = compile_chunk(chunk)
    assert compiled is not None and compiled.refused == frozenset()
    save(chunk, compiled, tmp_path)
    loaded = load(chunk, tmp_path)
    assert loaded is not None and matches(loaded, "台所が火事") == {0} and matches(loaded, "けむりが") == {1}
    assert chunk.path(tmp_path).read_bytes().startswith(MAGIC + chunk.key.encode())


def test_a_refused_pattern_is_left_out_and_remembered(tmp_path: Path) -> None:
    mixed = Chunk(view="devoiced", sources=(FIRE, REFUSED, "けむり"))
    compiled = compile_chunk(mixed)
    assert compiled is not None and compiled.refused == {1}
    assert matches(compiled, "けむりと火事") == {0, 2}  # the ids stay the positions in the chunk
    save(mixed, compiled, tmp_path)
    loaded = load(mixed, tmp_path)
    assert loaded is not None and loaded.refused == {1} and matches(loaded, "火事") == {0}


def test_a_chunk_of_refused_patterns_only_has_no_database() -> None:
    assert compile_chunk(Chunk(view="devoiced", sources=(REFUSED,))) is None


def test_the_key_changes_with_the_patterns_and_the_view(chunk: Chunk) -> None:
    assert chunk.key != Chunk(view="devoiced", sources=(FIRE, "けむ")).key
    assert chunk.key != Chunk(view="joined", sources=chunk.sources).key
    assert chunk.key == Chunk(view="devoiced", sources=(FIRE, "けむり")).key


def test_a_missing_file_is_none(tmp_path: Path, chunk: Chunk) -> None:
    assert load(chunk, tmp_path) is None and load(chunk, tmp_path / "absent") is None


def test_a_file_of_another_chunk_under_this_name_is_none(tmp_path: Path, chunk: Chunk) -> None:
    other = Chunk(view="devoiced", sources=("けむり",))
    compiled = compile_chunk(other)
    assert compiled is not None
    save(other, compiled, tmp_path)
    other.path(tmp_path).rename(chunk.path(tmp_path))
    assert load(chunk, tmp_path) is None


@pytest.mark.parametrize("damage", ["flip a database byte", "truncate", "empty", "magic", "digest", "refused list"])
def test_a_damaged_file_is_none(tmp_path: Path, chunk: Chunk, damage: str) -> None:
    compiled = compile_chunk(chunk)
    assert compiled is not None
    save(chunk, compiled, tmp_path)
    path = chunk.path(tmp_path)
    data = path.read_bytes()
    magic, key, digest, refused, payload = data.split(b"\n", 4)
    damaged = {
        "flip a database byte": data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:],
        "truncate": data[: len(data) // 2],
        "empty": b"",
        "magic": b"x" + data[1:],
        "digest": b"\n".join([magic, key, b"0" * len(digest), refused, payload]),
        "refused list": b"\n".join([magic, key, digest, b"one", payload]),
    }[damage]
    path.write_bytes(damaged)
    assert load(chunk, tmp_path) is None


def test_saving_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path, chunk: Chunk) -> None:
    compiled = compile_chunk(chunk)
    assert compiled is not None
    chunk.path(tmp_path).write_bytes(b"old")
    save(chunk, compiled, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [chunk.path(tmp_path).name]
    assert chunk.path(tmp_path).stat().st_mode & 0o777 == 0o644
