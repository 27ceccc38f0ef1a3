"""The knowledge search as the web layer sees it: the loaded searcher behind a lock, and public schemas."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends
from pydantic import BaseModel
from starlette.requests import HTTPConnection

from knowledge.errors import IndexNotBuiltError
from knowledge.search import Searcher, SearchResult


class SearchService:
    """The loaded Searcher, serialized by a lock (the morphological analyzer is not thread-safe)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._lock = threading.Lock()

    def search(self, query: str, *, k: int, spoken: bool = False) -> SearchResult:
        """Run one search (``spoken``: a speech recogniser's transcript)."""
        with self._lock:
            return self.searcher.search(query, k=k, spoken=spoken)


def get_search_service(connection: HTTPConnection) -> SearchService:
    """The app's search service; 503 while it is not loaded (or not part of this app)."""
    service: SearchService | None = getattr(connection.app.state, "search", None)
    if service is None:
        raise IndexNotBuiltError(detail="the knowledge search is not loaded")
    return service


SearchDep = Annotated[SearchService, Depends(get_search_service)]


class FaqEntryBase(BaseModel):
    """Fields of a FAQ entry that callers may see."""

    id: str
    question: str
    answer: str
    category: str
    department: str
    phone: str
    source_url: str
    updated: str


class SearchAnswerPublic(FaqEntryBase):
    """One ranked answer."""

    score: float
    confidence: float


class ContactPublic(BaseModel):
    """Whom to call when the search is not sure."""

    name: str
    phone: str


class SearchResponsePublic(BaseModel):
    """Ranked answers, or an abstention with the general contact."""

    query: str
    abstained: bool
    confidence: float
    message: str
    answers: list[SearchAnswerPublic]
    contact: ContactPublic
    elapsed_ms: float
