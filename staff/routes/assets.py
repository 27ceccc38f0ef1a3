"""The dashboard's own static files (style sheet and script), served by the router itself."""

from __future__ import annotations

from fastapi import APIRouter

from core.web import add_static_files
from staff.templating import STATIC_DIR

router = APIRouter(tags=["staff"], include_in_schema=False)

STATIC_FILES = {"staff.css": "text/css", "staff.js": "text/javascript"}
ASSET_CACHE_S = 3600

add_static_files(router, url_prefix="/staff/static", directory=STATIC_DIR, files=STATIC_FILES, cache_s=ASSET_CACHE_S)
