"""The prefilter's databases: compiled (:func:`compile_chunk`, patterns hyperscan refuses left out) and cached on
disk (:func:`save`, :func:`load`).

A file holds one chunk's database after a header: a magic line, the chunk's key (the hash of its patterns, the flags,
the hyperscan version and :data:`CACHE_FORMAT`), the SHA-256 of the database bytes and the positions of the refused
patterns. :func:`load` returns None for a missing, stale (another key), corrupt (digest) or unloadable file - it is
rebuilt, never trusted; :func:`save` replaces a file atomically.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Literal

import hyperscan

log = logging.getLogger(__name__)

FLAGS = (hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH
         | hyperscan.HS_FLAG_ALLOWEMPTY)
CACHE_FORMAT = 1  # raise when the file layout or safety.prefilter_syntax changes
MAGIC = b"osaki-safety-prefilter\n"
SUFFIX = ".hsdb"
FILE_MODE = 0o644  # the service may run as another user than the setup that built the file

View = Literal["devoiced", "joined"]


@cache
def _hyperscan_version() -> str:
    return version("hyperscan")


@dataclass(frozen=True)
class Chunk:
    """Patterns of one view compiled into one database; expression id = position in ``sources``."""

    view: View
    sources: tuple[str, ...]

    @property
    def key(self) -> str:
        """Hash of everything the compiled database depends on."""
        digest = hashlib.sha256(f"{CACHE_FORMAT}\0{_hyperscan_version()}\0{FLAGS}\0{self.view}".encode())
        for source in self.sources:
            digest.update(b"\0" + source.encode())
        return digest.hexdigest()

    def path(self, cache_dir: Path) -> Path:
        """The cache file of this chunk."""
        return cache_dir / f"{self.view}-{self.key[:32]}{SUFFIX}"


@dataclass(frozen=True)
class Compiled:
    """A chunk's database and the positions of the sources hyperscan refused (searched with re)."""

    database: hyperscan.Database
    refused: frozenset[int]


def _compile(chunk: Chunk, positions: list[int]) -> hyperscan.Database:
    """One database of the chunk's sources at ``positions`` (expression id = position)."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=[chunk.sources[p].encode() for p in positions], ids=positions,
                     elements=len(positions), flags=[FLAGS] * len(positions))
    return database


def _accepted(chunk: Chunk, positions: list[int]) -> list[int]:
    """The positions whose patterns hyperscan compiles (its error names no pattern: halve until it does)."""
    try:
        _compile(chunk, positions)
    except hyperscan.error as err:
        if len(positions) == 1:
            log.warning("safety prefilter: hyperscan refuses a rule pattern (%s), re checks it: %.80s", err,
                        chunk.sources[positions[0]])
            return []
        half = len(positions) // 2
        return _accepted(chunk, positions[:half]) + _accepted(chunk, positions[half:])
    return positions


def compile_chunk(chunk: Chunk) -> Compiled | None:
    """Compile a chunk, the patterns hyperscan refuses left out; None when none compiles, or the accepted ones fail
    together."""
    everything = list(range(len(chunk.sources)))
    try:
        return Compiled(database=_compile(chunk, everything), refused=frozenset())
    except hyperscan.error:
        accepted = _accepted(chunk, everything)
    try:
        database = _compile(chunk, accepted) if accepted else None
    except hyperscan.error as err:
        log.error("safety prefilter: a %s chunk does not compile (%s): its rules are checked with re", chunk.view, err)
        return None
    return None if database is None else Compiled(database=database, refused=frozenset(everything) - set(accepted))


def _header(chunk: Chunk, payload: bytes, refused: frozenset[int]) -> bytes:
    return (MAGIC + chunk.key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n"
            + ",".join(str(p) for p in sorted(refused)).encode() + b"\n")


def save(chunk: Chunk, compiled: Compiled, cache_dir: Path) -> None:
    """Write a chunk's database (atomically: a reader sees the old file or the whole new one)."""
    payload = hyperscan.dumpb(compiled.database)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=cache_dir, prefix=".tmp-", suffix=SUFFIX, delete=False) as out:
        out.write(_header(chunk, payload, compiled.refused) + payload)
    os.chmod(out.name, FILE_MODE)
    os.replace(out.name, chunk.path(cache_dir))


def load(chunk: Chunk, cache_dir: Path) -> Compiled | None:
    """A chunk's database from the cache; None when missing, stale (another key), corrupt or unreadable."""
    path = chunk.path(cache_dir)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    lines = data.split(b"\n", 4)
    if len(lines) != 5 or lines[0] + b"\n" != MAGIC or lines[1] != chunk.key.encode():
        log.warning("safety prefilter: %s is stale or not a prefilter file: rebuilt", path)
        return None
    payload = lines[4]
    if hashlib.sha256(payload).hexdigest().encode() != lines[2]:
        log.warning("safety prefilter: %s is corrupt (digest): rebuilt", path)
        return None
    try:
        refused = frozenset(int(p) for p in lines[3].decode().split(",") if p)
        return Compiled(database=hyperscan.loadb(payload, hyperscan.HS_MODE_BLOCK), refused=refused)
    except (hyperscan.error, ValueError) as err:
        log.warning("safety prefilter: %s does not load (%s): rebuilt", path, err)
        return None


def prune(cache_dir: Path, keep: set[Path]) -> None:
    """Remove the cache files of patterns no longer in the rules."""
    try:
        for path in cache_dir.glob(f"*{SUFFIX}"):
            if path not in keep:
                path.unlink(missing_ok=True)
    except OSError as err:
        log.warning("safety prefilter: cannot prune %s (%s)", cache_dir, err)
