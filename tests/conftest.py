"""Shared fixtures: the real corpus, the real embedding model, a real index built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from devstack.processes import free_port
from devstack.stack import Stack, start_stack
from knowledge.embed import SentenceTransformerEmbedder
from knowledge.japanese import MorphAnalyzer
from knowledge.search import Searcher
from knowledge.service import ensure_index, open_searcher
from knowledge.settings import KnowledgeSettings
from tests.browser_support import launch_chromium

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def knowledge_settings(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeSettings:
    """Settings over the project's own corpus, with the index in a temporary folder."""
    index_dir = tmp_path_factory.mktemp("index") / "faq"
    return KnowledgeSettings(corpus_path=PROJECT_ROOT / "knowledge" / "corpus", index_dir=index_dir)


@pytest.fixture(scope="session")
def embedder(knowledge_settings: KnowledgeSettings) -> SentenceTransformerEmbedder:
    """The real embedding model, loaded once."""
    return SentenceTransformerEmbedder(knowledge_settings.model, threads=knowledge_settings.torch_threads)


@pytest.fixture(scope="session")
def analyzer() -> MorphAnalyzer:
    """The real SudachiPy analyzer."""
    return MorphAnalyzer()


@pytest.fixture(scope="session")
def built_index(
    knowledge_settings: KnowledgeSettings, embedder: SentenceTransformerEmbedder, analyzer: MorphAnalyzer
) -> Path:
    """The project's corpus indexed on disk (real FAISS, real model)."""
    ensure_index(knowledge_settings, embedder=embedder, analyzer=analyzer)
    return knowledge_settings.index_dir


@pytest.fixture(scope="session")
def searcher(
    knowledge_settings: KnowledgeSettings, embedder: SentenceTransformerEmbedder, built_index: Path
) -> Iterator[Searcher]:
    """A Searcher loaded from the built index."""
    yield open_searcher(knowledge_settings, embedder=embedder)


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The real Rasa server (trained model), action server and gateway as processes, started once."""
    stack = start_stack(tmp_path_factory.mktemp("stack"))
    try:
        yield stack
    finally:
        stack.stop()


def closed_port_url() -> str:
    """An http URL on loopback where nothing listens (a stopped Rasa)."""
    return f"http://127.0.0.1:{free_port()}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless (one per test module: Playwright's sync API owns the thread while it runs)."""
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()
