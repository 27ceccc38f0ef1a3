"""Texts of notifications (Japanese) and the outbox writers; rows are added in the caller's transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from watch.models import CHANNEL_EMAIL, CHANNEL_WEBHOOK, KIND_SAFETY, Alert, CheckIn, Contact, Resident
from watch.settings import WatchSettings
from watch.writes import outbox_insert, outbox_row

REASON_JA = {
    "no_answer": "呼びかけに応答がありません",
    "unwell": "「具合が悪い」と回答がありました",
    "unwell_streak": "「具合が悪い」が続いています",
    "help": "「助けて」と回答がありました",
    "keyword": "緊急の言葉を含む回答がありました",
    "device_offline": "見守りスピーカーが長時間つながっていません",
}
PRIORITY_JA = {"medium": "中", "high": "高", "urgent": "至急"}
OUTCOME_JA = {"fine": "元気です", "unwell": "具合が悪い", "help": "助けて"}
SIGNATURE = "大崎市 見守りサービス（このメールは自動送信です）"
STAFF_STEPS = "次の対応：ご本人に電話 → つながらなければ近隣の協力員・鍵の預かり人へ → 命に関わるときは119番"
QUOTE_CHARS = 200


@dataclass(frozen=True)
class Occasion:
    """What a notice is about: the question (the daily check-in, or a safety confirmation naming the disaster),
    when it was asked, and the senior's own words and time once they answered."""

    safety: bool
    question: str
    asked_at: datetime
    words: str | None = None
    outcome: str | None = None
    answered_at: datetime | None = None


def occasion_of(checkin: CheckIn | None) -> Occasion | None:
    """The occasion of a check-in (None without one, e.g. the help button pressed at night)."""
    if checkin is None:
        return None
    return Occasion(safety=checkin.kind == KIND_SAFETY, question=checkin.message, asked_at=checkin.opened_at,
                    words=checkin.answer_text, outcome=checkin.outcome, answered_at=checkin.answered_at)


def occasion_lines(occasion: Occasion | None, settings: WatchSettings) -> list[str]:
    """The question (disaster named for a safety confirmation) and the senior's own words with their time."""
    if occasion is None:
        return []
    asked = _local(occasion.asked_at, settings)
    lines = [f"安否確認（災害時の呼びかけ）：「{occasion.question[:QUOTE_CHARS]}」（{asked}）" if occasion.safety
             else f"毎日の見守りの呼びかけ（{asked}）"]
    if occasion.answered_at is None:
        return lines
    answered = _local(occasion.answered_at, settings)
    button = OUTCOME_JA.get(occasion.outcome or "")
    if occasion.words:
        lines.append(f"ご本人の言葉：「{occasion.words[:QUOTE_CHARS]}」（{answered}）")
    elif button:
        lines.append(f"ご本人の回答：「{button}」のボタン（{answered}）")
    return lines


def _tag(occasion: Occasion | None) -> str:
    return "安否確認" if occasion is not None and occasion.safety else "見守り"


def email_row(*, key: str, to: str, subject: str, body: str, now: datetime, resident_id: int | None = None,
              alert_id: int | None = None) -> dict[str, Any]:
    """The outbox row of one email."""
    return outbox_row(key=key, channel=CHANNEL_EMAIL, recipient=to, subject=subject, body=body, now=now,
                      resident_id=resident_id, alert_id=alert_id)


def webhook_row(*, key: str, url: str, payload: dict[str, Any], now: datetime, resident_id: int | None = None,
                alert_id: int | None = None) -> dict[str, Any]:
    """The outbox row of one webhook call; the stored body is exactly what gets signed and sent."""
    document = {"idempotency_key": key, **payload}
    body = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return outbox_row(key=key, channel=CHANNEL_WEBHOOK, recipient=url, subject=str(payload.get("event", "")),
                      body=body, now=now, resident_id=resident_id, alert_id=alert_id)


def enqueue_email(session: Session, *, key: str, to: str, subject: str, body: str, now: datetime,
                  resident_id: int | None = None, alert_id: int | None = None) -> None:
    """Add one email to the outbox now (sent later by the worker, once; a key already queued is skipped)."""
    session.execute(outbox_insert(session), [email_row(key=key, to=to, subject=subject, body=body, now=now,
                                                       resident_id=resident_id, alert_id=alert_id)])


def enqueue_webhook(session: Session, *, key: str, url: str, payload: dict[str, Any], now: datetime,
                    resident_id: int | None = None, alert_id: int | None = None) -> None:
    """Add one webhook call to the outbox now (a key already queued is skipped)."""
    session.execute(outbox_insert(session), [webhook_row(key=key, url=url, payload=payload, now=now,
                                                         resident_id=resident_id, alert_id=alert_id)])


def _local(when: datetime, settings: WatchSettings) -> str:
    return when.astimezone(settings.runtime.tz).strftime("%m月%d日 %H:%M")


def resident_doc(resident: Resident) -> dict[str, Any]:
    """The resident as the webhook shows it."""
    return {"id": resident.id, "name": resident.name, "name_kana": resident.name_kana,
            "district": resident.district, "address": resident.address}


def contact_doc(contact: Contact) -> dict[str, Any]:
    """A contact as the webhook shows it (so the city's system can call phone-only contacts)."""
    return {"id": contact.id, "position": contact.position, "name": contact.name, "relation": contact.relation,
            "relation_label": contact.relation_label, "email": contact.email, "phone": contact.phone}


def contact_email(resident: Resident, contact: Contact, reason: str, *, opened_at: datetime, outcome: str | None,
                  settings: WatchSettings, occasion: Occasion | None = None) -> tuple[str, str]:
    """(subject, body) of a notice to a family member or welfare contact: the question (and the disaster of a
    safety confirmation), the senior's words and time, what happens next, the city's contact and hours."""
    name, tag = resident.name, _tag(occasion)
    about = occasion_lines(occasion, settings)
    if reason == "no_answer":
        subject = f"【{tag}】{name}様から応答がありません"
        lines = [f"{_local(opened_at, settings)}の呼びかけに、{name}様からまだ応答がありません。", *about,
                 "お手数ですが、ご本人に連絡するか、様子を見に行っていただけますか。",
                 "", "これから：ご本人から応答があれば、すぐにメールでお知らせします。"
                 "応答がないままのときは、市の担当者が電話などで確認します。"]
    elif reason == "answered_after_notice":
        subject = f"【{tag}】{name}様：ご本人から応答がありました"
        lines = [f"先ほどお知らせした件で、{name}様から応答がありました。", *about,
                 f"回答：{OUTCOME_JA.get(outcome or '', outcome or '')}", NEXT_STEP_JA.get(outcome or "", "")]
    else:
        subject = f"【至急・{tag}】{name}様の状況確認をお願いします"
        lines = [f"{name}様について、市の担当者が確認を進めています（{REASON_JA.get(outcome or '', '')}）。", *about,
                 "ご本人に連絡するか、様子を見に行っていただけますか。",
                 "命に関わる場合は、ためらわず119番に通報してください。",
                 "", "これから：市の担当者がご本人に電話し、必要なら訪問します。状況が変わったらお知らせします。"]
    body = "\n".join([f"{contact.name}様", "", *lines, "", f"住所：{resident.address}", "", *city_footer(settings),
                      "", SIGNATURE])
    return subject, body


def staff_email(resident: Resident, alert: Alert, *, escalated: bool, settings: WatchSettings,
                occasion: Occasion | None = None, reminder: str = "") -> tuple[str, str]:
    """(subject, body) of an alert notice to welfare staff: the question (disaster named), the senior's words
    and time, whom to call, the links to the alert and the resident page, the next reminder."""
    prefix = "【再通知】" if escalated else ""
    tag = "【安否確認】" if occasion is not None and occasion.safety else ""
    subject = (f"{prefix}{tag}[{PRIORITY_JA.get(alert.priority, alert.priority)}] 見守りアラート："
               f"{resident.name}様（{resident.district}）{REASON_JA.get(alert.reason, alert.reason)}")
    contacts = "、".join(f"{c.name}（{c.relation_label or c.relation}）{c.phone or c.email or ''}"
                        for c in resident.contacts) or "なし"
    lines = [
        f"アラート番号：{alert.id}", f"優先度：{PRIORITY_JA.get(alert.priority, alert.priority)}",
        f"内容：{alert.summary}", *occasion_lines(occasion, settings),
        f"対象：{resident.name}様（{resident.name_kana}） {resident.district} {resident.address}",
        f"ご本人の電話：{resident.phone or '未登録'}",
        f"発生：{_local(alert.created_at, settings)}", f"連絡先：{contacts}",
        "", STAFF_STEPS,
        "対応したら、ダッシュボードで「受け付ける」を押してください。"
        + (reminder or f"受け付けるか、ご本人が応答するまで、{settings.ack_minutes}分ごとに再通知されます。"),
        f"アラート：{settings.alert_url(alert.id)}", f"住民のページ：{settings.resident_url(resident.id)}",
        "", *city_footer(settings), "", SIGNATURE,
    ]
    return subject, "\n".join(lines)


def alert_payload(resident: Resident, alert: Alert, *, event: str, settings: WatchSettings,
                  occasion: Occasion | None = None) -> dict[str, Any]:
    """The webhook document of an alert event (watch.alert.opened / watch.alert.escalated)."""
    question = None if occasion is None else {
        "kind": "safety" if occasion.safety else "daily", "message": occasion.question,
        "asked_at": occasion.asked_at.isoformat(), "answer_text": occasion.words,
        "answered_at": occasion.answered_at.isoformat() if occasion.answered_at else None}
    return {
        "event": event,
        "alert": {"id": alert.id, "priority": alert.priority, "reason": alert.reason, "summary": alert.summary,
                  "level": alert.level, "created_at": alert.created_at.isoformat(), "checkin_id": alert.checkin_id},
        "resident": {**resident_doc(resident), "phone": resident.phone},
        "contacts": [contact_doc(c) for c in resident.contacts],
        "question": question,
        "dashboard_url": settings.alert_url(alert.id),
    }


NEXT_STEP_JA = {
    "fine": "ご本人はお元気とのことです。この件のお知らせはこれで終わりです。",
    "unwell": "ご本人は具合が悪いとのことです。市の担当者が様子を確認します。",
    "help": "ご本人が助けを求めています。市の担当者が対応を続けます。",
}


def city_footer(settings: WatchSettings) -> list[str]:
    """Where to ask (the city's contact, phone and hours from RuntimeSettings)."""
    runtime = settings.runtime
    return [f"お問い合わせ：{runtime.city_contact_name} {runtime.city_contact_phone}（{runtime.city_contact_hours}）"]


def call_request_email(resident: Resident, contact: Contact, *, words: str, at: datetime,
                       settings: WatchSettings) -> tuple[str, str]:
    """(subject, body) of a senior's request to be called (「息子に電話して」) to that contact."""
    name = resident.name
    subject = f"【見守り】{name}様がお電話をお待ちです"
    phone = [f"{name}様の電話番号：{resident.phone}"] if resident.phone else []
    lines = [f"{contact.name}様", "", f"{name}様がお電話をお待ちです。",
             f"見守りの呼びかけに、{name}様から「{words[:200]}」とお返事がありました（{_local(at, settings)}）。",
             "お手すきのときに、ご本人にお電話をお願いします。", *phone, "", *city_footer(settings), "", SIGNATURE]
    return subject, "\n".join(lines)


def answered_email(resident: Resident, *, outcome: str, text: str | None, at: datetime,
                   settings: WatchSettings, occasion: Occasion | None = None, for_staff: bool = False
                   ) -> tuple[str, str]:
    """(subject, body) of the one short notice 「ご本人から応答がありました」 to everyone already alarmed
    (staff also get the link to the resident page)."""
    name = resident.name
    words = text or OUTCOME_JA.get(outcome, outcome)
    subject = f"【{_tag(occasion)}】{name}様：ご本人から応答がありました"
    question = occasion_lines(occasion, settings)[:1]
    link = [f"住民のページ：{settings.resident_url(resident.id)}"] if for_staff else []
    lines = [f"{name}様について、先ほどお知らせした件です。", *question,
             f"ご本人から応答がありました（{_local(at, settings)}「{words[:QUOTE_CHARS]}」）。",
             NEXT_STEP_JA.get(outcome, ""), *link, "", *city_footer(settings), "", SIGNATURE]
    return subject, "\n".join(lines)
