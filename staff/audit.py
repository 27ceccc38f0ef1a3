"""The audit log: every view or change of a resident's personal data (ids only, never the data itself)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from staff.auth import Principal
from staff.models import AuditEntry
from storage.base import utcnow

MAX_AUDIT_PAGE = 500

ACTION_LABELS = {
    "report.view": "通報の閲覧",
    "report.status": "通報の状態変更",
    "report.assign": "通報の担当課割り当て",
    "report.merge": "通報の統合",
    "report.photo_approve": "通報写真の公開",
    "report.photo_hide": "通報写真の非公開",
    "resident.view": "住民情報の閲覧",
    "resident.list": "住民一覧の閲覧",
    "resident.create": "住民の登録",
    "resident.update": "住民情報の変更",
    "resident.quiet_add": "休止期間の追加",
    "resident.quiet_remove": "休止期間の削除",
    "resident.import": "CSV一括登録",
    "device.create": "端末の登録",
    "device.revoke": "端末の無効化",
    "device.setup_code": "端末の設定コードの発行",
    "alert.view": "アラートの閲覧",
    "alert.acknowledge": "アラートの受付",
    "alert.resolve": "アラートの対応完了",
    "safety.start": "安否確認の開始",
    "safety.view": "安否確認の閲覧",
    "notice.create": "防災のお知らせの発信",
    "notice.end": "防災のお知らせの終了",
    "notice.view": "防災のお知らせの配信状況の閲覧",
    "faq.attach": "FAQに別の聞き方を追加",
    "faq.new_needed": "新しいFAQの依頼",
    "faq.export": "FAQ依頼のCSV出力",
    "satellite.create": "見守りスピーカーの登録",
    "satellite.update": "見守りスピーカーの変更",
    "satellite.remove": "見守りスピーカーの削除",
    "staff.create": "スタッフの追加",
    "staff.update": "スタッフの変更",
    "staff.password": "パスワードの再設定",
}


def record(
    session: Session,
    *,
    actor: Principal,
    action: str,
    resident_id: int | None = None,
    detail: str = "",
    at: datetime | None = None,
) -> AuditEntry:
    """Append one audit line (in the caller's transaction, so it commits with the change it records)."""
    row = AuditEntry(
        at=at or utcnow(),
        actor_id=actor.user_id,
        actor_username=actor.username,
        action=action,
        resident_id=resident_id,
        detail=detail,
    )
    session.add(row)
    session.flush()
    return row


def list_entries(
    session: Session,
    *,
    limit: int = 100,
    offset: int = 0,
    resident_id: int | None = None,
    action: str | None = None,
) -> list[AuditEntry]:
    """Newest lines first, optionally for one resident or one action."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(min(limit, MAX_AUDIT_PAGE)).offset(offset)
    if resident_id is not None:
        query = query.where(AuditEntry.resident_id == resident_id)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(session.scalars(query))


def count_entries(session: Session, *, resident_id: int | None = None, action: str | None = None) -> int:
    """How many lines match."""
    query = select(func.count(AuditEntry.id))
    if resident_id is not None:
        query = query.where(AuditEntry.resident_id == resident_id)
    if action:
        query = query.where(AuditEntry.action == action)
    return int(session.scalar(query) or 0)
