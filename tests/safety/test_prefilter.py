"""The hyperscan prefilter: never rules out a rule whose pattern re finds (the whole phrase set, the training and
check-in phrases, the FAQ questions), leaves find() unchanged, and its cache is rebuilt when stale or corrupt."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import safety.prefilter as prefilter_module
from safety.detect import find
from safety.evaluate import load_checkin_answers, load_phrases, load_training
from safety.faq_check import load_faq_questions
from safety.normalize import TextViews, views
from safety.patterns import rules
from safety.prefilter import Prefilter, candidates, open_prefilter, plan
from safety.prefilter_cache import SUFFIX, Chunk, compile_chunk
from safety.rule import Rule, rule
from safety.settings import PrefilterSettings

ROOT = Path(__file__).resolve().parents[2]
# The FAQ set beside the repository (shared/eval/faq.csv; CI lays shared/ beside its clone).
SHARED_FAQ = ROOT.parent / "shared" / "eval" / "faq.csv"
# A scan must rule out most rules (the mean message has about two candidates of ~280), or it saves nothing.
MAX_MEAN_CANDIDATE_SHARE = 0.05
# find() with and without the prefilter on every 4th text (the rule-by-rule check above covers every text).
FIND_SAMPLE_STRIDE = 4


def all_texts() -> list[str]:
    texts = [p.text for p in load_phrases()] + [p.text for p in load_training()]
    texts += [text for text, _, _ in load_checkin_answers()]
    texts += [q.text for q in load_faq_questions(ROOT / "knowledge" / "corpus")]
    if SHARED_FAQ.is_file():
        with SHARED_FAQ.open(encoding="utf-8", newline="") as handle:
            texts += [row["question"] for row in csv.DictReader(handle) if row["question"]]
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="module")
def shipped() -> Prefilter:
    """The prefilter of the shipped rules, from the project's cache (built by scripts/setup.sh; built here if not)."""
    return open_prefilter(rules(), PrefilterSettings().cache_dir, build=True)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return all_texts()


@pytest.fixture(scope="module")
def all_views(texts: list[str]) -> list[TextViews]:
    return [views(text) for text in texts]


def test_the_texts_cover_the_whole_phrase_set_and_the_faq_questions(texts: list[str]) -> None:
    assert {p.text for p in load_phrases()} <= set(texts)
    assert len(texts) > len(load_phrases()) + len(load_faq_questions(ROOT / "knowledge" / "corpus")) // 2


def test_no_rule_whose_pattern_matches_is_ruled_out(shipped: Prefilter, all_views: list[TextViews]) -> None:
    missed: list[tuple[str, str]] = []
    kept = 0
    for text_views in all_views:
        possible = shipped.candidates(text_views)
        kept += len(possible)
        missed += [(each.name, text_views.written) for index, each in enumerate(shipped.rule_set)
                   if index not in possible
                   and each.pattern.search(text_views.joined if each.voiced else text_views.devoiced)]
    assert missed == []
    assert kept / len(all_views) <= MAX_MEAN_CANDIDATE_SHARE * len(shipped.rule_set)


def test_find_is_the_same_with_and_without_the_prefilter(shipped: Prefilter, all_views: list[TextViews],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    sample = all_views[::FIND_SAMPLE_STRIDE]
    active = prefilter_module.ACTIVE
    monkeypatch.setattr(active, "tried", True)
    monkeypatch.setattr(active, "prefilter", None)
    without = [find(each) for each in sample]
    monkeypatch.setattr(active, "prefilter", shipped)
    assert [find(each) for each in sample] == without


def text_views(written: str, reading: str = "") -> TextViews:
    return TextViews(written=written, reading=reading, question=False)


def small_rules() -> tuple[Rule, ...]:
    return (rule("fire", "fire", "かじ|火事"), rule("smoke", "fire", "けむり|煙(?!草)"),
            rule("words", "weak", r"\w+ごめん"), rule("scam", "scam", "さぎ|詐欺", voiced=True),
            rule("fire", "fire", "燃えて"))


class CompileSpy:
    """Counts the chunks compiled (the real compile runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.chunks: list[Chunk] = []
        monkeypatch.setattr(prefilter_module, "compile_chunk", self)

    def __call__(self, chunk: Chunk) -> object:
        self.chunks.append(chunk)
        return compile_chunk(chunk)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> CompileSpy:
    return CompileSpy(monkeypatch)


def test_the_small_rule_set_is_scanned_in_its_views(tmp_path: Path) -> None:
    small = small_rules()
    scan = open_prefilter(small, tmp_path, build=True)
    assert scan.unchecked == {2}  # \w: Python's and hyperscan's word characters differ
    assert scan.candidates(text_views("台所が火事")) == {0, 2}
    assert {2} <= scan.candidates(text_views("煙草を吸う")) <= {1, 2}  # prefilter mode may keep it; re decides
    assert scan.candidates(text_views("さぎのでんわ")) == {2, 3}  # the voiced rule reads the joined view
    assert scan.candidates(text_views("さきのでんわ")) == {2}
    assert scan.candidates(text_views("家が燃えている")) == {2, 4}
    assert scan.candidates(text_views("火事\ud800")) == set(range(len(small)))  # no UTF-8: every rule


def test_a_second_open_loads_what_the_first_built(tmp_path: Path, spy: CompileSpy) -> None:
    open_prefilter(small_rules(), tmp_path, build=True)
    built = len(spy.chunks)
    assert built == len(plan(small_rules()).chunks) and len(list(tmp_path.glob(f"*{SUFFIX}"))) == built
    again = open_prefilter(small_rules(), tmp_path, build=True)
    assert len(spy.chunks) == built
    assert again.candidates(text_views("火事です")) == {0, 2}


def test_an_edited_rule_rebuilds_its_chunks_only_and_the_stale_file_goes(tmp_path: Path, spy: CompileSpy) -> None:
    open_prefilter(small_rules(), tmp_path, build=True)
    before = set(tmp_path.glob(f"*{SUFFIX}"))
    edited = (*small_rules()[:4], rule("fire", "fire", "燃えて|もえて"))
    wanted = {chunk.path(tmp_path) for chunk in plan(edited).chunks}
    spy.chunks.clear()
    scan = open_prefilter(edited, tmp_path, build=True)
    assert 1 <= len(spy.chunks) == len(wanted - before) <= 2  # the chunk it left and the one it joined
    assert set(tmp_path.glob(f"*{SUFFIX}")) == wanted
    assert scan.candidates(text_views("もえてる")) == {2, 4}


def the_file(tmp_path: Path) -> Path:
    (path,) = [p for p in tmp_path.glob(f"*{SUFFIX}") if p.name.startswith("devoiced")]
    return path


@pytest.fixture
def one_rule() -> tuple[Rule, ...]:
    return (rule("fire", "fire", "かじ|火事"),)


def test_a_file_of_another_key_is_rebuilt_not_trusted(tmp_path: Path, one_rule: tuple[Rule, ...],
                                                      spy: CompileSpy) -> None:
    other = (rule("fire", "fire", "けむり"),)
    open_prefilter(other, tmp_path, build=True)
    other_file = the_file(tmp_path)
    target = plan(one_rule).chunks[0].path(tmp_path)
    other_file.rename(target)  # the right name, another chunk's database inside
    spy.chunks.clear()
    scan = open_prefilter(one_rule, tmp_path, build=True)
    assert len(spy.chunks) == 1
    assert scan.candidates(text_views("火事")) == {0} and scan.candidates(text_views("けむり")) == set()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "header"])
def test_a_corrupt_file_is_rebuilt(tmp_path: Path, one_rule: tuple[Rule, ...], spy: CompileSpy, damage: str) -> None:
    open_prefilter(one_rule, tmp_path, build=True)
    path = the_file(tmp_path)
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-100] ^= 0xFF
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "empty":
        data = bytearray()
    else:
        data[:5] = b"xxxxx"
    path.write_bytes(bytes(data))
    spy.chunks.clear()
    scan = open_prefilter(one_rule, tmp_path, build=True)
    assert len(spy.chunks) == 1
    assert scan.candidates(text_views("火事")) == {0} and scan.candidates(text_views("水")) == set()
    assert open_prefilter(one_rule, tmp_path, build=False).candidates(text_views("水")) == set()  # rewritten whole


def test_without_a_cache_and_without_building_every_rule_is_checked(tmp_path: Path, spy: CompileSpy) -> None:
    scan = open_prefilter(small_rules(), tmp_path / "empty", build=False)
    assert spy.chunks == [] and scan.candidates(text_views("水")) == set(range(len(small_rules())))


def test_a_cache_that_cannot_be_written_keeps_the_databases_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    scan = open_prefilter(small_rules(), blocked, build=True)
    assert scan.candidates(text_views("火事")) == {0, 2}


def test_threads_scan_with_their_own_scratch(tmp_path: Path) -> None:
    scan = open_prefilter(small_rules(), tmp_path, build=True)
    results: list[frozenset[int]] = []

    def work() -> None:
        results.extend(scan.candidates(text_views(text)) for text in ["火事", "煙", "水"] * 200)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {frozenset({0, 2}), frozenset({1, 2}), frozenset({2})} and len(results) == 2400


@pytest.fixture
def active(monkeypatch: pytest.MonkeyPatch) -> Iterator[prefilter_module._Active]:
    fresh = prefilter_module._Active()
    monkeypatch.setattr(prefilter_module, "ACTIVE", fresh)
    yield fresh


def test_candidates_are_every_rule_for_a_rule_set_the_prefilter_was_not_built_for(
        tmp_path: Path, active: prefilter_module._Active, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter_module, "rules", small_rules)  # a new tuple at each call: never the same set
    monkeypatch.setenv("SAFETY_PREFILTER_CACHE_DIR", str(tmp_path))
    prefilter_module.warm_up()
    assert active.prefilter is not None and active.prefilter.candidates(text_views("水")) == {2}
    assert candidates(text_views("水"), small_rules()) == range(len(small_rules()))
    assert candidates(text_views("水"), active.prefilter.rule_set) == {2}


def test_the_prefilter_can_be_switched_off(active: prefilter_module._Active, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFETY_PREFILTER_ENABLED", "false")
    assert prefilter_module.warm_up() is None
    assert candidates(text_views("水"), rules()) == range(len(rules()))
