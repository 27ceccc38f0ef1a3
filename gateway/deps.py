"""Annotated dependencies shared by the routes."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from knowledge.errors import IndexNotBuiltError
from knowledge.search import Searcher, SearchResult


class SearchService:
    """The loaded Searcher, serialized by a lock (the morphological analyzer is not thread-safe)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._lock = threading.Lock()

    def search(self, query: str, *, k: int) -> SearchResult:
        """Run one search."""
        with self._lock:
            return self.searcher.search(query, k=k)


def get_search_service(request: Request) -> SearchService:
    """The app's search service; 503 while it is not loaded."""
    service: SearchService | None = getattr(request.app.state, "search", None)
    if service is None:
        raise IndexNotBuiltError("the knowledge search is not loaded yet")
    return service


SearchDep = Annotated[SearchService, Depends(get_search_service)]
