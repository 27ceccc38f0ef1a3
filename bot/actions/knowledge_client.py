"""The knowledge search, loaded lazily once per action-server process and guarded by a lock."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from bot.actions.messages import SearchView, search_view
from knowledge.records import FaqEntry

log = logging.getLogger(__name__)


def _open_default_searcher() -> Any:
    from knowledge.service import open_searcher
    from knowledge.settings import KnowledgeSettings

    return open_searcher(KnowledgeSettings())  # refuses an index built with another model


class KnowledgeClient:
    """Thread-safe, lazily loaded access to the knowledge Searcher."""

    def __init__(self, opener: Callable[[], Any] = _open_default_searcher) -> None:
        """Remember how to open the searcher; nothing is loaded yet."""
        self._opener = opener
        self._searcher: Any | None = None
        # One lock for loading and searching: the embedder and Sudachi are not thread-safe.
        self._lock = threading.RLock()

    def searcher(self) -> Any:
        """The loaded Searcher (loads the index and models on first use; raises on failure)."""
        with self._lock:
            if self._searcher is None:
                log.info("loading the knowledge search")
                self._searcher = self._opener()
                log.info("knowledge search ready")
            return self._searcher

    def loaded(self) -> bool:
        """Whether the searcher is loaded (a search will not wait for the models)."""
        return self._searcher is not None

    def preload(self) -> None:
        """Load the searcher now, logging (not raising) any failure."""
        try:
            self.searcher()
        except Exception:  # the first real request retries and reports the failure politely
            log.exception("could not preload the knowledge search")

    def search(self, text: str, k: int, spoken: bool = False) -> SearchView:
        """Search ``text`` (``spoken``: a speech recogniser's transcript) and reduce the result to a SearchView."""
        searcher = self.searcher()
        with self._lock:
            result = searcher.search(text, k=k, spoken=spoken)
        return search_view(result)

    def find_entry(self, entry_id: str | None) -> FaqEntry | None:
        """The FAQ entry with ``entry_id`` from the loaded index, or None."""
        if not entry_id:
            return None
        searcher = self.searcher()
        entries: list[FaqEntry] = list(searcher.index.entries)
        return next((entry for entry in entries if entry.id == entry_id), None)
