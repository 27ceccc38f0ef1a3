"""Staff's side of citizen reports: who may see which report, and every change audited (staff/audit.py) and,
where someone must hear of it, queued on the watch-over outbox in the same transaction (the department
when a report is assigned; reporters who left an email address when the status changes).

The workflow rules themselves live in reports/workflow.py; this module adds authorization, audit and mail.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from sqlalchemy.orm import Session

from reports.categories import categories, category_label
from reports.errors import ReportNotFoundError
from reports.models import STATUS_LABELS, CitizenReport
from reports.schemas import StatusChange
from reports.workflow import assign_department, change_status, merge, set_photo_approval
from staff.audit import record
from staff.auth import Principal
from staff.authz import is_admin
from watch.writes import outbox_insert, outbox_row

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def districts_of(staff: Principal) -> list[str] | None:
    """The districts whose reports a member sees (None = all, for admins); reports without a district are
    everyone's (they were filed with a typed address only)."""
    return None if is_admin(staff.role) else list(staff.districts)


def visible_report(session: Session, *, staff: Principal, report_id: int) -> CitizenReport:
    """The report, or 404 when it does not exist or lies in a district the member does not see."""
    row = session.get(CitizenReport, report_id)
    allowed = districts_of(staff)
    if row is None or (allowed is not None and row.district is not None and row.district not in allowed):
        raise ReportNotFoundError("通報が見つかりません。", detail=f"report {report_id} missing or not visible")
    return row


def actor_label(staff: Principal) -> str:
    """How a member is named in report history."""
    return f"{staff.display_name} ({staff.username})"[:100]


def audit_view(session: Session, *, staff: Principal, row: CitizenReport, now: datetime) -> None:
    """A report's page shows the reporter's contact: its viewing is audited."""
    record(session, actor=staff, action="report.view", detail=f"{row.number}", at=now)


def update_status(
    session: Session, *, staff: Principal, row: CitizenReport, change: StatusChange, now: datetime
) -> list[CitizenReport]:
    """Change the status (and that of reports merged into it), audit it, and mail reporters who gave an email."""
    before = row.status
    changed = change_status(session, row=row, change=change, actor=actor_label(staff), now=now)
    record(session, actor=staff, action="report.status", detail=f"{row.number} {before}->{change.status}", at=now)
    rows = []
    for report in changed:
        contact = (report.contact or "").strip()
        if not EMAIL_PATTERN.match(contact):
            continue
        body = (
            f"大崎市です。ご報告(受付番号 {report.number})の状況が「{STATUS_LABELS[change.status]}」になりました。\n"
            + (f"市からのお知らせ: {change.public_note.strip()}\n" if change.public_note.strip() else "")
            + "ご協力ありがとうございます。このメールには返信できません。"
        )
        rows.append(outbox_row(
            key=f"report-status-{report.id}-{change.status}-{int(now.timestamp())}", channel="email",
            recipient=contact, subject=f"【大崎市】ご報告 {report.number} の状況", body=body, now=now,
            resident_id=None, alert_id=None,
        ))
    if rows:
        session.execute(outbox_insert(session), rows)
    return changed


def assign(session: Session, *, staff: Principal, row: CitizenReport, department: str, now: datetime) -> int:
    """Hand the report to a department, audit it, and queue the department's email/webhook; messages queued."""
    assign_department(session, row=row, department=department, now=now)
    record(session, actor=staff, action="report.assign", detail=f"{row.number} -> {department}", at=now)
    contacts = [c for c in categories().values() if c.department == department]
    email = next((c.notify_email for c in contacts if c.notify_email), "")
    webhook = next((c.notify_webhook for c in contacts if c.notify_webhook), "")
    summary = {
        "number": row.number, "category": row.category, "category_label": category_label(row.category),
        "district": row.district, "where": row.location, "what": row.what, "latitude": row.latitude,
        "longitude": row.longitude, "department": department, "status": row.status,
    }
    key = f"report-assign-{row.id}-{department}-{int(now.timestamp())}"
    rows = []
    if email:
        text = (
            f"{department} 御中\n市民からの報告が割り当てられました。\n受付番号: {row.number}\n"
            f"種類: {category_label(row.category)}\n地区: {row.district or '不明'}\n場所: {row.location}\n"
            f"内容: {row.what}\n職員用画面: /staff/reports/{row.id}\n"
        )
        rows.append(outbox_row(key=key + "-email", channel="email", recipient=email,
                               subject=f"【通報】{row.number} {category_label(row.category)}", body=text, now=now,
                               resident_id=None, alert_id=None))
    if webhook:
        rows.append(outbox_row(key=key + "-webhook", channel="webhook", recipient=webhook, subject="report.assigned",
                               body=json.dumps({"event": "report.assigned", "report": summary}, ensure_ascii=False),
                               now=now, resident_id=None, alert_id=None))
    if rows:
        session.execute(outbox_insert(session), rows)
    return len(rows)


def merge_into(
    session: Session, *, staff: Principal, duplicate: CitizenReport, target: CitizenReport, now: datetime
) -> None:
    """Merge a duplicate into a report the member also sees, audited."""
    merge(session, duplicate=duplicate, target=target, actor=actor_label(staff), now=now)
    record(session, actor=staff, action="report.merge", detail=f"{duplicate.number} -> {target.number}", at=now)


def approve_photo(
    session: Session, *, staff: Principal, row: CitizenReport, photo_id: int, approved: bool, now: datetime
) -> None:
    """Publish (or hide) a photo on the public map, audited."""
    set_photo_approval(session, row=row, photo_id=photo_id, approved=approved)
    action = "report.photo_approve" if approved else "report.photo_hide"
    record(session, actor=staff, action=action, detail=f"{row.number} photo {photo_id}", at=now)
