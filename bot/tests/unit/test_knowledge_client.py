"""The lazily loaded, lock-guarded knowledge client (with a fake searcher)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from bot.actions.knowledge_client import KnowledgeClient
from knowledge.records import FaqEntry
from knowledge.search import Answer, SearchResult


def result(entry: FaqEntry) -> SearchResult:
    return SearchResult(query="q", answers=[Answer(entry, 1.0, 0.9)], confidence=0.9, abstained=False,
                        contact_name="総合窓口", contact_phone="0229-23-5091")


def entry(entry_id: str) -> FaqEntry:
    return FaqEntry(id=entry_id, question="Q", answer="A", department="市民課", phone="0229-23-5311")


@dataclass
class Index:
    entries: list[FaqEntry] = field(default_factory=lambda: [entry("a"), entry("b")])


class FakeSearcher:
    def __init__(self) -> None:
        self.index = Index()
        self.queries: list[tuple[str, int]] = []
        self.spoken: list[bool] = []

    def search(self, text: str, *, k: int, spoken: bool = False) -> SearchResult:
        self.queries.append((text, k))
        self.spoken.append(spoken)
        return result(self.index.entries[1])


def test_loads_once_and_searches() -> None:
    opened: list[FakeSearcher] = []

    def opener() -> FakeSearcher:
        opened.append(FakeSearcher())
        return opened[-1]

    client = KnowledgeClient(opener)
    assert opened == []  # lazy
    threads = [threading.Thread(target=client.search, args=("住民票", 3)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 1
    assert len(opened[0].queries) == 8 and opened[0].queries[0] == ("住民票", 3)
    view = client.search("住民票", 3)
    assert view.top is not None and view.top.id == "b"
    client.search("住民票", 3, True)
    assert opened[0].spoken[-2:] == [False, True]


def test_find_entry() -> None:
    client = KnowledgeClient(FakeSearcher)
    found = client.find_entry("a")
    assert found is not None and found.department == "市民課"
    assert client.find_entry("zzz") is None
    assert client.find_entry(None) is None


def test_preload_swallows_errors_and_a_later_call_retries() -> None:
    calls: list[int] = []

    def opener() -> FakeSearcher:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("index missing")
        return FakeSearcher()

    client = KnowledgeClient(opener)
    client.preload()  # logs, does not raise
    assert client.find_entry("a") is not None
    assert len(calls) == 2
