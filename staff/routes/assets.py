"""The dashboard's own static files (style sheet and script), served by the router itself."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse

from staff.errors import NotFoundError
from staff.templating import STATIC_DIR

router = APIRouter(tags=["staff"], include_in_schema=False)

STATIC_FILES = {"staff.css": "text/css", "staff.js": "text/javascript"}
ASSET_CACHE_S = 3600


@router.get("/staff/static/{name}")
def static_file(name: str) -> FileResponse:
    """One of the dashboard's static files (a fixed list: no path is ever built from the request)."""
    media_type = STATIC_FILES.get(name)
    if media_type is None:
        raise NotFoundError("ファイルが見つかりません。")
    return FileResponse(STATIC_DIR / name, media_type=media_type,
                        headers={"Cache-Control": f"public, max-age={ASSET_CACHE_S}"})
