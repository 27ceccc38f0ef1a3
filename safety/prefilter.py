"""Which event rules may match a message, from one hyperscan scan per view: :func:`candidates`.

Most of the ~280 rules match nothing in a message, yet :func:`safety.detect.find` searched each pattern with
``re``. Hyperscan (a multi-pattern engine) compiles every rule pattern in *prefilter mode* (``HS_FLAG_PREFILTER``:
what it cannot run exactly, lookarounds among it, is relaxed), so a scan reports a superset of the rules whose
pattern ``re`` finds, never fewer (tests/safety/test_prefilter.py checks it over the phrase set and the FAQ
questions); ``find`` then runs ``re`` only for those - the same findings, as a rule whose pattern does not match
its view has no effect there. A pattern hyperscan refuses, or one using a construct that means something else to
hyperscan than to Python's ``re`` (:mod:`safety.prefilter_syntax`), is always checked with ``re``.

Compiling takes about 20 s of CPU, so the databases are cached under ``var/`` (:class:`PrefilterSettings`), in
chunks of patterns (:data:`CHUNKS` per view, a pattern's chunk fixed by its hash) so that editing a rule recompiles
only its chunk. A file is named by the hash of its patterns, the flags, the hyperscan version and the file format,
and carries a digest of its bytes (:mod:`safety.prefilter_cache`): a stale or unreadable file is rebuilt, never
trusted. :func:`warm_up` (from :func:`safety.assess.warm_up`, and ``python -m safety.prefilter`` in
scripts/setup.sh) loads or builds them; without it, the first :func:`candidates` loads what the cache holds but
compiles nothing (no message waits for a compile), and a rule with no database is checked with ``re``.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import hyperscan

from safety.normalize import TextViews
from safety.patterns import rules
from safety.prefilter_cache import Chunk, Compiled, View, compile_chunk, load, prune, save
from safety.prefilter_syntax import hyperscan_source
from safety.rule import Rule
from safety.settings import PrefilterSettings

log = logging.getLogger(__name__)

# Databases per view: editing one pattern recompiles about 1/8 of the compile time; each database adds a scan of a
# few microseconds per message. The voiced rules (searched in the joined view) are a handful.
CHUNKS: dict[View, int] = {"devoiced": 8, "joined": 1}


def _view_of(rule: Rule) -> View:
    return "joined" if rule.voiced else "devoiced"


def _chunk_of(source: str, view: View) -> int:
    return hashlib.sha256(source.encode()).digest()[0] % CHUNKS[view]


@dataclass(frozen=True)
class Plan:
    """How a rule set is split: the chunks, which rules each expression stands for, and the rules left to re."""

    chunks: tuple[Chunk, ...]
    owners: tuple[dict[str, tuple[int, ...]], ...]  # per chunk: source -> indexes of the rules with that pattern
    unchecked: frozenset[int]  # rules whose pattern hyperscan would read differently


def plan(rule_set: tuple[Rule, ...]) -> Plan:
    """Split ``rule_set`` into chunks per view (a pattern's chunk fixed by its hash, sources sorted)."""
    owners: dict[tuple[View, int], dict[str, list[int]]] = {}
    unchecked = set()
    for index, rule in enumerate(rule_set):
        source = hyperscan_source(rule.pattern.pattern)
        if source is None:
            unchecked.add(index)
            continue
        view = _view_of(rule)
        owners.setdefault((view, _chunk_of(source, view)), {}).setdefault(source, []).append(index)
    places = sorted(owners)
    return Plan(chunks=tuple(Chunk(view=view, sources=tuple(sorted(owners[view, number])))
                             for view, number in places),
                owners=tuple({source: tuple(indexes) for source, indexes in owners[place].items()} for place in places),
                unchecked=frozenset(unchecked))


def _collect(expression: int, start: int, end: int, flags: int, found: object) -> None:
    """hyperscan's match callback: note the expression (context: the list of ids)."""
    cast(list[int], found).append(expression)


class Prefilter:
    """The compiled chunks of one rule set; :meth:`candidates` scans a message's views."""

    def __init__(self, rule_set: tuple[Rule, ...], parts: list[tuple[View, Compiled, tuple[tuple[int, ...], ...]]],
                 unchecked: frozenset[int]) -> None:
        self.rule_set = rule_set
        self._parts = parts  # view, database, and per expression id the rules it stands for
        self.unchecked = unchecked  # always searched with re
        self._local = threading.local()

    def _scratches(self) -> list[hyperscan.Scratch]:
        """One scratch space per database for this thread (a scratch serves one scan at a time)."""
        scratches: list[hyperscan.Scratch] | None = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = [hyperscan.Scratch(compiled.database) for _, compiled, _ in self._parts]
            self._local.scratches = scratches
        return scratches

    def candidates(self, views: TextViews) -> frozenset[int]:
        """Indexes (in the rule set) of the rules whose pattern may match its view of the message."""
        try:
            data = {"devoiced": views.devoiced.encode(), "joined": views.joined.encode()}
        except UnicodeEncodeError:  # a lone surrogate: no valid UTF-8 for hyperscan, re checks every rule
            return frozenset(range(len(self.rule_set)))
        found = set(self.unchecked)
        for (view, compiled, owners), scratch in zip(self._parts, self._scratches(), strict=True):
            ids: list[int] = []
            compiled.database.scan(data[view], match_event_handler=_collect, context=ids, scratch=scratch)
            for expression in ids:
                found.update(owners[expression])
        return frozenset(found)


def open_prefilter(rule_set: tuple[Rule, ...], cache_dir: Path, *, build: bool) -> Prefilter:
    """The prefilter of ``rule_set``: each chunk from the cache, or compiled and saved when ``build`` (else its
    rules are left to re)."""
    layout = plan(rule_set)
    parts: list[tuple[View, Compiled, tuple[tuple[int, ...], ...]]] = []
    unchecked = set(layout.unchecked)
    built = loaded = 0
    for chunk, owners in zip(layout.chunks, layout.owners, strict=True):
        compiled = load(chunk, cache_dir)
        if compiled is None and build:
            compiled = compile_chunk(chunk)
            if compiled is not None:
                built += 1
                try:
                    save(chunk, compiled, cache_dir)
                except OSError as err:
                    log.warning("safety prefilter: cannot write %s (%s): kept in memory", cache_dir, err)
        else:
            loaded += compiled is not None
        if compiled is None:
            unchecked.update(index for indexes in owners.values() for index in indexes)
            continue
        for position in compiled.refused:
            unchecked.update(owners[chunk.sources[position]])
        parts.append((chunk.view, compiled, tuple(owners[source] for source in chunk.sources)))
    if built:
        prune(cache_dir, {chunk.path(cache_dir) for chunk in layout.chunks})
    log.info("safety prefilter: %d rules, %d databases (%d loaded, %d built); %d rules checked with re (%d with"
             " syntax re and hyperscan read differently)", len(rule_set), len(parts), loaded, built, len(unchecked),
             len(layout.unchecked))
    return Prefilter(rule_set, parts, frozenset(unchecked))


class _Active:
    """The process's prefilter for :func:`safety.patterns.rules` (set by :func:`warm_up`, or loaded on first use)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.prefilter: Prefilter | None = None
        self.tried = False

    def get(self) -> Prefilter | None:
        if not self.tried:
            with self.lock:
                if not self.tried:
                    settings = PrefilterSettings()
                    if settings.enabled:
                        self.prefilter = open_prefilter(rules(), settings.cache_dir, build=False)
                    self.tried = True
        return self.prefilter


ACTIVE = _Active()


def warm_up(settings: PrefilterSettings | None = None) -> Prefilter | None:
    """Load the prefilter of the rules, compiling and caching the chunks the cache lacks (about 20 s of CPU when
    none is there); None when disabled."""
    settings = settings or PrefilterSettings()
    prefilter = open_prefilter(rules(), settings.cache_dir, build=True) if settings.enabled else None
    with ACTIVE.lock:
        ACTIVE.prefilter, ACTIVE.tried = prefilter, True
    return prefilter


def candidates(views: TextViews, rule_set: tuple[Rule, ...]) -> Container[int]:
    """Indexes of the rules of ``rule_set`` that may match ``views``: from the prefilter when it was built for this
    very rule set, else all of them."""
    prefilter = ACTIVE.get()
    if prefilter is None or prefilter.rule_set is not rule_set:
        return range(len(rule_set))
    return prefilter.candidates(views)


def main() -> None:
    """Build the cache (scripts/setup.sh): nothing to do when it is current."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    prefilter = warm_up()
    print("safety prefilter:", "disabled (SAFETY_PREFILTER_ENABLED=false)" if prefilter is None
          else f"{len(prefilter.rule_set)} rules, {len(prefilter.unchecked)} of them always checked with re")


if __name__ == "__main__":
    main()
