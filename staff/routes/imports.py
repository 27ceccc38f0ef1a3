"""CSV import of residents (admins only): all or nothing, every bad cell listed by row and column.

The order matters: the session and the admin role are checked first, then the declared and the actual size,
and only then is the multipart body parsed (a staff member or an oversized upload never gets that far).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from core.errors import PayloadTooLargeError
from staff import audit
from staff.auth import Principal
from staff.csrf import CSRF_FIELD, CSRF_HEADER, tokens_match
from staff.deps import AdminSession, DbSession, NowDep, RequireAdmin
from staff.errors import CsrfError, InvalidInputError
from staff.forms import csv_problem_rows
from staff.views import render
from watch.csv_import import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, import_residents_csv
from watch.errors import CsvImportError
from watch.schemas import CsvRowError, ImportResult

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])
log = logging.getLogger(__name__)

MAX_CSV_BYTES = 10 * 1024 * 1024  # 10 MiB of CSV
MULTIPART_OVERHEAD_BYTES = 64 * 1024  # boundaries, headers and the CSRF field around the file
MAX_UPLOAD_BYTES = MAX_CSV_BYTES + MULTIPART_OVERHEAD_BYTES
NO_FILE_MESSAGE = "CSVファイルを選んでください。"
FIX_AND_RETRY = "直してから、もう一度アップロードしてください。"
TOO_BIG_MESSAGE = "ファイルが大きすぎます(10MBまで)。小さく分けてから、もう一度アップロードしてください。"


async def _read_capped_body(request: Request) -> None:
    """Refuse an upload over the limit before parsing it: by its Content-Length, else while reading it."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise PayloadTooLargeError(TOO_BIG_MESSAGE, detail=f"declared {declared} bytes")
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > MAX_UPLOAD_BYTES:
            raise PayloadTooLargeError(TOO_BIG_MESSAGE, detail=f"more than {MAX_UPLOAD_BYTES} bytes sent")
        chunks.append(chunk)
    request._body = b"".join(chunks)  # Starlette's own cache: request.form() parses these bytes


async def read_upload(request: Request, staff: Principal) -> bytes:
    """The uploaded CSV (multipart field ``file``) after the size and CSRF checks; InvalidInputError when no
    file was chosen."""
    await _read_capped_body(request)
    async with request.form(max_files=1, max_fields=20) as form:
        given = request.headers.get(CSRF_HEADER) or form.get(CSRF_FIELD)
        if not tokens_match(staff.csrf_token, given if isinstance(given, str) else None):
            raise CsrfError()
        upload = form.get("file")
        if upload is None or isinstance(upload, str) or not upload.filename:
            raise InvalidInputError(NO_FILE_MESSAGE)
        data = await upload.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise PayloadTooLargeError(TOO_BIG_MESSAGE, detail="the file is over the CSV limit")
    return data


def webhook_configured(request: Request) -> bool:
    """True when the watch module sends a webhook (the city's system can phone contacts without email)."""
    watch = getattr(request.app.state, "watch", None)
    return bool(watch is not None and watch.settings.webhook_url)


def run_import(db: Session, staff: Principal, data: bytes, now: datetime, has_webhook: bool = False) -> ImportResult:
    """Import (all or nothing); audit one line per created resident. CsvImportError when anything is wrong."""
    result = import_residents_csv(db, data=data, has_webhook=has_webhook)
    for resident_id in result.resident_ids:
        audit.record(db, actor=staff, action="resident.import", resident_id=resident_id, at=now)
    log.info("staff csv import: user_id=%d created=%d", staff.user_id, result.created)
    return result


def _page(request: Request, staff: Principal, *, errors: list[CsvRowError] | None = None,
          result: ImportResult | None = None, message: str = "", status_code: int = 200) -> Response:
    return render(request, "import.html", {
        "errors": csv_problem_rows(errors or []), "result": result, "message": message,
        "required_columns": REQUIRED_COLUMNS, "optional_columns": OPTIONAL_COLUMNS,
    }, staff=staff, status_code=status_code)


@router.get("/staff/residents/import")
def import_page(request: Request, staff: RequireAdmin) -> Response:
    """The upload form and the expected columns."""
    return _page(request, staff)


@router.post("/staff/residents/import")
async def import_submit(request: Request, staff: AdminSession, db: DbSession, now: NowDep) -> Response:
    """Import the uploaded CSV; on any error nothing is imported and every problem is listed."""
    try:
        data = await read_upload(request, staff)
    except InvalidInputError as err:
        return _page(request, staff, message=err.message, status_code=err.status)
    try:
        result = await run_in_threadpool(run_import, db, staff, data, now, webhook_configured(request))
    except CsvImportError as err:
        return _page(request, staff, errors=err.errors, status_code=err.status, message=f"{err.message}{FIX_AND_RETRY}")
    return _page(request, staff, result=result)


@api.post("/residents/import", response_model=ImportResult)
async def api_import(request: Request, staff: AdminSession, db: DbSession, now: NowDep) -> Response:
    """Import a CSV (multipart field ``file``); 422 with ``errors`` (row, column, reason) and nothing imported;
    413 for a file over 10 MiB; 403 for staff who are not admins (the upload is not read)."""
    data = await read_upload(request, staff)
    try:
        result = await run_in_threadpool(run_import, db, staff, data, now, webhook_configured(request))
    except CsvImportError as err:
        body: dict[str, Any] = err.body()
        body["error"]["errors"] = [
            {"row": row, "column": column, "reason": reason} for row, column, reason in csv_problem_rows(err.errors)
        ]
        return JSONResponse(body, status_code=err.status)
    return JSONResponse(result.model_dump())


router.include_router(api)
