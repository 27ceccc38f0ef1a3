"""GET /api/health: readiness of each part."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from gateway.schemas import HealthPublic

router = APIRouter(prefix="/api", tags=["health"])


@router.get("/health", response_model=HealthPublic)
def health(request: Request, response: Response) -> HealthPublic:
    """Report each part as ok or down; 503 when search is down."""
    parts = {"knowledge": "ok" if getattr(request.app.state, "search", None) is not None else "down"}
    status = "ok" if all(v == "ok" for v in parts.values()) else "degraded"
    if parts["knowledge"] != "ok":
        response.status_code = 503
    return HealthPublic(status=status, parts=parts)
