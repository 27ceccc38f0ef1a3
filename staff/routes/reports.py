"""Citizen reports for logged-in staff: the queue by district, category and status, a report's page (status
with public and private notes, department, likely duplicates and merging, photo approval), and JSON."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response
from pydantic import ValidationError
from sqlalchemy import select

from core.settings import OSAKI_DISTRICTS
from reports.categories import categories, departments
from reports.media import PhotoFiles
from reports.models import NEXT_STATUSES, REPORT_STATUSES, STATUS_LABELS, ReportPhoto, ReportUpdate
from reports.schemas import ReportPublic, StatusChange
from reports.store import count_reports, list_reports, photos_of, to_public
from reports.web import reports_settings
from reports.workflow import likely_duplicates, merged_children
from staff import reports_queue
from staff.deps import CurrentStaff, DbSession, FormFields, NowDep
from staff.errors import InvalidInputError, NotFoundError
from staff.views import done, render

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

PAGE_SIZE = 50
BAD_STATUS = "状態は " + "・".join(STATUS_LABELS.values()) + " から選んでください。"


def _status(status: str) -> str | None:
    if status and status not in REPORT_STATUSES:
        raise InvalidInputError(BAD_STATUS, detail=f"status {status!r}")
    return status or None


def _category(category: str) -> str | None:
    if category and category not in categories():
        raise InvalidInputError("種類は一覧から選んでください。", detail=f"category {category!r}")
    return category or None


@router.get("/staff/reports")
def reports_page(
    request: Request, staff: CurrentStaff, db: DbSession,
    status: Annotated[str, Query(max_length=16)] = "",
    district: Annotated[str, Query(max_length=32)] = "",
    category: Annotated[str, Query(max_length=32)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The queue, newest first, filtered by status, district and category."""
    wanted_status, wanted_category = _status(status), _category(category)
    allowed = reports_queue.districts_of(staff)
    rows = list_reports(db, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE, status=wanted_status,
                        district=district or None, category=wanted_category, districts=allowed)
    return render(request, "reports.html", {
        "reports": [to_public(r) for r in rows[:PAGE_SIZE]], "has_next": len(rows) > PAGE_SIZE, "page": page,
        "status": status, "district": district, "category": category, "statuses": REPORT_STATUSES,
        "status_labels": STATUS_LABELS, "categories": categories(), "districts": OSAKI_DISTRICTS,
        "total": count_reports(db, status=wanted_status, district=district or None, category=wanted_category,
                               districts=allowed),
    }, staff=staff)


@router.get("/staff/reports/{report_id:int}")
def report_page(request: Request, report_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> Response:
    """One report: what the citizen sent, its history with private notes, duplicates, the staff's actions."""
    row = reports_queue.visible_report(db, staff=staff, report_id=report_id)
    reports_queue.audit_view(db, staff=staff, row=row, now=now)
    settings = reports_settings(request.app)
    history = list(db.scalars(select(ReportUpdate).where(ReportUpdate.report_id == row.id).order_by(ReportUpdate.id)))
    duplicates = [] if row.merged_into_id else likely_duplicates(
        db, row=row, radius_m=settings.duplicate_radius_m, window_days=settings.duplicate_window_days)
    return render(request, "report_detail.html", {
        "r": to_public(row), "contact": row.contact, "history": history, "photos": photos_of(db, report_id=row.id),
        "duplicates": duplicates, "merged": merged_children(db, target_id=row.id),
        "next_statuses": NEXT_STATUSES.get(row.status, ()), "status_labels": STATUS_LABELS,
        "categories": categories(), "departments": departments(),
    }, staff=staff)


@router.post("/staff/reports/{report_id:int}/status")
def status_form(request: Request, report_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
                form: FormFields) -> Response:
    """Change the status with a public and a private note."""
    row = reports_queue.visible_report(db, staff=staff, report_id=report_id)
    try:
        change = StatusChange(status=form.get("status", ""), public_note=form.get("public_note", ""),
                              private_note=form.get("private_note", ""))
    except ValidationError as err:
        raise InvalidInputError("メモは1000文字以内で入力してください。", detail="note too long") from err
    reports_queue.update_status(db, staff=staff, row=row, change=change, now=now)
    return done(request, f"/staff/reports/{row.id}", {"ok": True, "status": row.status})


@router.post("/staff/reports/{report_id:int}/department")
def department_form(request: Request, report_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
                    form: FormFields) -> Response:
    """Assign the report to a department (the department is notified)."""
    row = reports_queue.visible_report(db, staff=staff, report_id=report_id)
    queued = reports_queue.assign(db, staff=staff, row=row, department=form.get("department", ""), now=now)
    return done(request, f"/staff/reports/{row.id}", {"ok": True, "department": row.department, "notified": queued})


@router.post("/staff/reports/{report_id:int}/merge")
def merge_form(request: Request, report_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
               form: FormFields) -> Response:
    """Merge this report into another one (both reporters keep following the target's status)."""
    row = reports_queue.visible_report(db, staff=staff, report_id=report_id)
    try:
        target_id = int(form.get("target_id", ""))
    except ValueError as err:
        raise InvalidInputError("統合先を選んでください。", detail="target_id") from err
    target = reports_queue.visible_report(db, staff=staff, report_id=target_id)
    reports_queue.merge_into(db, staff=staff, duplicate=row, target=target, now=now)
    return done(request, f"/staff/reports/{target.id}", {"ok": True, "merged_into": target.number})


@router.post("/staff/reports/{report_id:int}/photos/{photo_id:int}")
def photo_form(request: Request, report_id: int, photo_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
               form: FormFields) -> Response:
    """Publish a photo on the map (after checking it shows no faces or number plates), or hide it again."""
    row = reports_queue.visible_report(db, staff=staff, report_id=report_id)
    approved = form.get("approved") == "true"
    reports_queue.approve_photo(db, staff=staff, row=row, photo_id=photo_id, approved=approved, now=now)
    return done(request, f"/staff/reports/{row.id}", {"ok": True, "approved": approved})


@router.get("/staff/reports/{report_id:int}/photos/{photo_id:int}.jpg")
def photo_file(request: Request, report_id: int, photo_id: int, staff: CurrentStaff, db: DbSession,
               size: Annotated[str, Query(pattern="^(full|thumb)$")] = "full") -> FileResponse:
    """A report's photo for staff (approved or not)."""
    row = reports_queue.visible_report(db, staff=staff, report_id=report_id)
    photo = db.get(ReportPhoto, photo_id)
    if photo is None or photo.report_id != row.id:
        raise NotFoundError("写真が見つかりません。")
    files = PhotoFiles(reports_settings(request.app).media_dir)
    name = photo.thumb_name if size == "thumb" else photo.file_name
    return FileResponse(files.path(name), media_type="image/jpeg", headers={"Cache-Control": "no-store"})


@api.get("/reports", response_model=list[ReportPublic])
def api_reports(
    staff: CurrentStaff, db: DbSession,
    status: Annotated[str, Query(max_length=16)] = "",
    district: Annotated[str, Query(max_length=32)] = "",
    category: Annotated[str, Query(max_length=32)] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[ReportPublic]:
    """The queue as JSON, newest first."""
    rows = list_reports(db, limit=limit, offset=offset, status=_status(status), district=district or None,
                        category=_category(category), districts=reports_queue.districts_of(staff))
    return [to_public(r) for r in rows]


router.include_router(api)
