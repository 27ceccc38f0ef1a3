"""The lazily loaded, lock-guarded knowledge client (with a fake searcher)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from bot.actions.knowledge_client import KnowledgeClient


@dataclass
class Entry:
    id: str
    question: str = "Q"
    answer: str = "A"
    category: str = ""
    department: str = "市民課"
    phone: str = "0229-23-5311"
    source_url: str = ""
    updated: str = ""


@dataclass
class Answer:
    entry: Entry
    score: float = 1.0
    confidence: float = 0.9


@dataclass
class Result:
    answers: list[Answer]
    abstained: bool = False
    confidence: float = 0.9
    contact_name: str = "総合窓口"
    contact_phone: str = "0229-23-5091"


@dataclass
class Index:
    entries: list[Entry] = field(default_factory=lambda: [Entry("a"), Entry("b")])


class FakeSearcher:
    def __init__(self) -> None:
        self.index = Index()
        self.queries: list[tuple[str, int]] = []

    def search(self, text: str, *, k: int) -> Result:
        self.queries.append((text, k))
        return Result([Answer(self.index.entries[1])])


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
