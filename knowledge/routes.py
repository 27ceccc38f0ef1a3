"""GET /api/search: ranked FAQ answers with sources and contacts, or an honest abstention."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from core.web import rate_limit
from knowledge.settings import MAX_QUERY_CHARS
from knowledge.web import ContactPublic, SearchAnswerPublic, SearchDep, SearchResponsePublic

router = APIRouter(prefix="/api", tags=["search"])
MAX_K = 20

ABSTAIN_MESSAGE = "申し訳ありません。確かなお答えが見つかりませんでした。{name}({phone})へお問い合わせください。"
ANSWER_MESSAGE = "次の情報が見つかりました。"


@router.get(
    "/search", response_model=SearchResponsePublic, dependencies=[Depends(rate_limit("public_rate_limiter"))]
)
def search(
    service: SearchDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="the question")],
    k: Annotated[int, Query(ge=1, le=MAX_K)] = 5,
) -> SearchResponsePublic:
    """Search the city's FAQ."""
    result = service.search(q, k=k)
    contact = ContactPublic(name=result.contact_name, phone=result.contact_phone)
    message = ABSTAIN_MESSAGE.format(name=contact.name, phone=contact.phone) if result.abstained else ANSWER_MESSAGE
    return SearchResponsePublic(
        query=result.query,
        abstained=result.abstained,
        confidence=result.confidence,
        message=message,
        answers=[
            SearchAnswerPublic(**a.entry.to_dict(), score=a.score, confidence=a.confidence) for a in result.answers
        ],
        contact=contact,
        elapsed_ms=round(result.elapsed_ms, 2),
    )
