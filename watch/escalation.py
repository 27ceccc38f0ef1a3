"""Carry out policy actions in the caller's transaction: re-ask, open/escalate alerts, write outbox rows.

Outbox rows and history lines are collected in a ``Writes`` and inserted by the caller once per batch; new
alerts are built first (``new_alerts``) so a whole batch of them is flushed at once to get their ids.

Idempotency keys (unique in ``outbox``) name the cause, so one cause can never yield two messages:
``checkin:<id>:contact:<contact id>:<reason>``, ``alert:<id>:L<level>:staff:<email>``,
``alert:<id>:L<level>:webhook``, ``alert:<id>:L<level>:contact:<contact id>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from watch.messages import (
    PRIORITY_JA,
    REASON_JA,
    Occasion,
    alert_payload,
    contact_doc,
    contact_email,
    email_row,
    occasion_of,
    resident_doc,
    staff_email,
    webhook_row,
)
from watch.models import ALERT_OPEN, PRIORITY_RANK, Alert, CheckIn, Contact, Resident
from watch.policy import (
    STEP_FAMILY,
    Action,
    AlertDecision,
    AskAgain,
    ContactRef,
    NotifyContact,
    NotifyStaff,
    OpenAlert,
    PolicyConfig,
    alert_first_deadline,
    first_family,
)
from watch.settings import WatchSettings
from watch.writes import Writes

WHY_JA = {"no answer": "応答がないため、もう一度たずねました", "unclear answer": "回答がわからず、もう一度たずねました",
          "said no": "「いいえ」とのお返事のため、言い換えてたずねました（もう一度「いいえ」なら担当者に知らせます）"}
NOTICE_JA = {"no_answer": "応答がありません", "alert": "状況確認のお願い", "answered_after_notice": "応答がありました"}


def contact_refs(resident: Resident) -> list[ContactRef]:
    """The policy's view of the resident's contacts."""
    return [ContactRef(position=c.position, relation=c.relation) for c in resident.contacts]


def ask_again(*, checkin: CheckIn, now: datetime, why: str, writes: Writes) -> None:
    """Queue the question for the device once more (the gateway pushes it within a second)."""
    checkin.ask_count += 1
    checkin.delivery_pending = True
    writes.event(resident_id=checkin.resident_id, checkin_id=checkin.id, kind="asked_again",
                 detail=WHY_JA.get(why, why), at=now)


def notify_contact(*, resident: Resident, contact: Contact, reason: str, key_scope: str, opened_at: datetime,
                   outcome: str | None, now: datetime, settings: WatchSettings, writes: Writes,
                   alert_id: int | None = None, occasion: Occasion | None = None) -> None:
    """Email the contact, or send the webhook when it has no email (the city's system phones them)."""
    key = f"{key_scope}:contact:{contact.id}"
    if contact.email:
        subject, body = contact_email(resident, contact, reason, opened_at=opened_at, outcome=outcome,
                                      settings=settings, occasion=occasion)
        writes.message(email_row(key=key, to=contact.email, subject=subject, body=body, now=now,
                                 resident_id=resident.id, alert_id=alert_id))
    elif settings.webhook_url:
        payload = {"event": "watch.contact.notice", "reason": reason, "resident": resident_doc(resident),
                   "contact": contact_doc(contact), "alert_id": alert_id}
        writes.message(webhook_row(key=key, url=settings.webhook_url, payload=payload, now=now,
                                   resident_id=resident.id, alert_id=alert_id))
    else:
        writes.event(resident_id=resident.id, alert_id=alert_id, kind="contact_unreachable", at=now,
                     detail=f"{contact.name}（{contact.relation_label or contact.relation}）：メールがなく、"
                            "連携システムもないため通知できません。電話で連絡してください。")
        return
    writes.event(resident_id=resident.id, alert_id=alert_id, kind="contact_notified", at=now,
                 detail=f"{contact.name}（{contact.relation_label or contact.relation}）に"
                        f"{'メール' if contact.email else '連携システム'}で通知：{NOTICE_JA.get(reason, reason)}")


def notify_staff(*, resident: Resident, alert: Alert, now: datetime, settings: WatchSettings, writes: Writes,
                 occasion: Occasion | None = None, reminder: str = "") -> None:
    """Email every staff address and call the webhook about the alert at its current level."""
    scope = f"alert:{alert.id}:L{alert.level}"
    escalated = alert.level > 0
    if not reminder and alert.next_escalation_at is not None:
        minutes = max(1, round((alert.next_escalation_at - now).total_seconds() / 60))
        reminder = (f"受け付けるか、ご本人が応答するまで再通知されます（次は{minutes}分後。"
                    f"間隔は少しずつ延び、最長{settings.ack_max_minutes}分です）。")
    subject, body = staff_email(resident, alert, escalated=escalated, settings=settings, occasion=occasion,
                                reminder=reminder)
    for address in settings.staff_emails:
        writes.message(email_row(key=f"{scope}:staff:{address}", to=address, subject=subject, body=body, now=now,
                                 resident_id=resident.id, alert_id=alert.id))
    if settings.webhook_url:
        payload = alert_payload(resident, alert, event="watch.alert.escalated" if escalated else "watch.alert.opened",
                                settings=settings, occasion=occasion)
        writes.message(webhook_row(key=f"{scope}:webhook", url=settings.webhook_url, payload=payload, now=now,
                                   resident_id=resident.id, alert_id=alert.id))


def new_alerts(*, resident: Resident, checkin: CheckIn | None, actions: Sequence[Action], now: datetime,
               settings: WatchSettings, detail: str = "") -> list[Alert]:
    """The alerts the actions open (escalating in ``ack_minutes`` unless acknowledged); the caller adds and
    flushes them (a whole batch at once), then passes them to ``apply_actions``."""
    alerts = []
    config = PolicyConfig.from_settings(settings)
    for action in actions:
        if not isinstance(action, OpenAlert):
            continue
        summary = REASON_JA.get(action.reason, action.reason) + (f"：「{detail[:200]}」" if detail else "")
        notified = 0
        if checkin is not None and checkin.step >= STEP_FAMILY:
            notified = first_family(contact_refs(resident)) or 0
        alerts.append(Alert(resident_id=resident.id, checkin_id=checkin.id if checkin else None, reason=action.reason,
                            summary=summary, priority=action.priority, priority_rank=PRIORITY_RANK[action.priority],
                            status=ALERT_OPEN, level=0, contacts_notified=notified, created_at=now,
                            next_escalation_at=alert_first_deadline(now, config)))
    return alerts


def apply_actions(*, resident: Resident, checkin: CheckIn | None, actions: Sequence[Action], alerts: Sequence[Alert],
                  now: datetime, settings: WatchSettings, writes: Writes, why: str = "") -> None:
    """Carry out check-in actions (silence steps or an answer); ``alerts``: from ``new_alerts``, flushed."""
    opened = iter(alerts)
    current: Alert | None = None
    by_position = {c.position: c for c in resident.contacts}
    occasion = occasion_of(checkin)
    for action in actions:
        if isinstance(action, AskAgain) and checkin is not None:
            ask_again(checkin=checkin, now=now, why=why or "no answer", writes=writes)
        elif isinstance(action, OpenAlert):
            current = next(opened)
            writes.event(resident_id=resident.id, checkin_id=current.checkin_id, alert_id=current.id,
                         kind="alert_opened", at=now,
                         detail=f"緊急度 {PRIORITY_JA.get(current.priority, current.priority)}：{current.summary}")
            notify_staff(resident=resident, alert=current, now=now, settings=settings, writes=writes,
                         occasion=occasion)
        elif isinstance(action, NotifyContact) and action.position in by_position:
            scope = (f"alert:{current.id}:L0" if current
                     else f"checkin:{checkin.id if checkin else 0}:{action.reason}")
            if current is not None:
                current.contacts_notified = max(current.contacts_notified, action.position)
            notify_contact(resident=resident, contact=by_position[action.position], reason=action.reason,
                           key_scope=scope, opened_at=checkin.opened_at if checkin else now,
                           outcome=(checkin.outcome if checkin else None) or (current.reason if current else None),
                           now=now, settings=settings, writes=writes, alert_id=current.id if current else None,
                           occasion=occasion)


def apply_alert_decision(*, alert: Alert, resident: Resident, decision: AlertDecision, now: datetime,
                         settings: WatchSettings, writes: Writes, checkin: CheckIn | None = None) -> None:
    """One escalation round: raise priority, re-notify staff, notify the next contact (``checkin``: the alert's
    question, quoted in the notices)."""
    if not decision.escalated:
        return
    alert.priority = decision.priority
    alert.priority_rank = PRIORITY_RANK[decision.priority]
    alert.level = decision.level
    alert.contacts_notified = decision.contacts_notified
    alert.next_escalation_at = decision.next_escalation_at
    writes.event(resident_id=resident.id, alert_id=alert.id, kind="alert_escalated", at=now,
                 detail=f"{alert.level}回目の再通知（緊急度 {PRIORITY_JA.get(alert.priority, alert.priority)}）："
                        "まだ誰も受け付けていません")
    by_position = {c.position: c for c in resident.contacts}
    occasion = occasion_of(checkin)
    for action in decision.actions:
        if isinstance(action, NotifyStaff):
            notify_staff(resident=resident, alert=alert, now=now, settings=settings, writes=writes,
                         occasion=occasion)
        elif isinstance(action, NotifyContact) and action.position in by_position:
            notify_contact(resident=resident, contact=by_position[action.position], reason="alert",
                           key_scope=f"alert:{alert.id}:L{alert.level}", opened_at=alert.created_at,
                           outcome=alert.reason, now=now, settings=settings, writes=writes, alert_id=alert.id,
                           occasion=occasion)
