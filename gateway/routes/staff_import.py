"""CSV import of residents (admins only): all or nothing, every bad cell listed by row and column."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session

from gateway.deps import DbSession
from gateway.errors import error_body
from gateway.routes.staff_common import NowDep, RequireAdmin, render
from staff import audit
from staff.auth import Principal
from staff.errors import InvalidInputError
from staff.forms import csv_problem_rows
from watch import store as watch_store
from watch.csv_import import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from watch.errors import CsvImportError
from watch.schemas import CsvRowError, ImportResult

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])
log = logging.getLogger(__name__)

MAX_CSV_BYTES = 10 * 1024 * 1024  # 10 MiB
NO_FILE_MESSAGE = "CSVファイルを選んでください。"
FIX_AND_RETRY = "直してから、もう一度アップロードしてください。"
TOO_BIG_MESSAGE = "ファイルが大きすぎます(10MBまで)。"


@dataclass(frozen=True)
class Upload:
    """The uploaded CSV's bytes, or why there are none."""

    data: bytes = b""
    problem: str = ""


async def read_upload(request: Request) -> Upload:
    """Dependency: the multipart field ``file`` read before the (sync) route runs (10 MiB at most)."""
    async with request.form(max_files=1) as form:
        upload = form.get("file")
        if upload is None or isinstance(upload, str) or not upload.filename:
            return Upload(problem=NO_FILE_MESSAGE)
        data = await upload.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        return Upload(problem=TOO_BIG_MESSAGE)
    return Upload(data=data)


UploadDep = Annotated[Upload, Depends(read_upload)]


def run_import(db: Session, staff: Principal, data: bytes, now: Any) -> ImportResult:
    """Import inside a savepoint; audit one line per created resident. CsvImportError when anything is wrong."""
    result = watch_store.import_residents_csv(db, data=data)
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
def import_submit(request: Request, staff: RequireAdmin, db: DbSession, now: NowDep, upload: UploadDep) -> Response:
    """Import the uploaded CSV; on any error nothing is imported and every problem is listed."""
    if upload.problem:
        return _page(request, staff, message=upload.problem, status_code=422)
    try:
        result = run_import(db, staff, upload.data, now)
    except CsvImportError as err:
        return _page(request, staff, errors=err.errors, status_code=422,
                     message=f"{len(err.errors)}件の問題があります。1件も登録していません。{FIX_AND_RETRY}")
    return _page(request, staff, result=result)


@api.post("/residents/import", response_model=ImportResult)
def api_import(staff: RequireAdmin, db: DbSession, now: NowDep, upload: UploadDep) -> Response:
    """Import a CSV (multipart field ``file``); 422 with ``errors`` (row, column, reason) and nothing imported."""
    if upload.problem:
        raise InvalidInputError(upload.problem)
    try:
        result = run_import(db, staff, upload.data, now)
    except CsvImportError as err:
        message = f"{len(err.errors)}件の問題があります。1件も登録していません。"
        body: dict[str, Any] = error_body("csv_invalid", message)
        body["error"]["errors"] = [
            {"row": row, "column": column, "reason": reason} for row, column, reason in csv_problem_rows(err.errors)
        ]
        return JSONResponse(body, status_code=422)
    return JSONResponse(result.model_dump())


router.include_router(api)
