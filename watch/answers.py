"""Recording a senior's answer (classified beforehand, outside the transaction) and acting on it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from watch.classify import SEVERITY, Classification
from watch.errors import NotFoundError
from watch.escalation import apply_actions, contact_refs, new_alerts
from watch.messages import call_request_email, contact_doc, email_row, resident_doc, webhook_row
from watch.models import (
    ALERT_OPEN,
    CHECKIN_ANSWERED,
    CHECKIN_ESCALATED,
    CHECKIN_OPEN,
    KIND_DAILY,
    KIND_SAFETY,
    OUTCOME_UNWELL,
    PRIORITY_RANK,
    Alert,
    CheckIn,
    Resident,
)
from watch.policy import Action, CheckInState, NotifyContact, OpenAlert, PolicyConfig, decide_answer
from watch.safety import safety_reading, safety_reply
from watch.settings import WatchSettings
from watch.understanding import RELATION_JA, choose_contacts
from watch.writes import Writes

ANSWER_WINDOW = timedelta(hours=24)  # a check-in stays answerable this long after it was asked
ANSWER_ALERT_REASONS = ("help", "keyword", "unwell", "unwell_streak")  # alerts opened by what a senior said
REPLIES = {
    "fine": "ありがとうございます。今日もお元気でなによりです。",
    "unwell": "教えてくださり、ありがとうございます。担当の人に伝えました。無理をせず、休んでください。",
    "help": "すぐに担当の人とご家族に連絡しました。落ち着いて待っていてください。"
            "命に関わるときは119番に電話してください。",
    "unclear": "すみません。もう一度、ボタンで教えてください。",
}
# A plain no (「いいえ」「だめだ」) is asked once more in other words, as a question a "no" cannot turn into "fine";
# a second plain no to the same question is recorded as unwell (staff are told), never as fine.
ASK_AFTER_NO = "今日は、お元気ですか。「元気です」か「具合が悪い」のボタンで教えてください。"
NO_ANSWERS_NEED_ATTENTION = 2
CALL_ASKED = "{who}に、お電話をお願いしました。"
CALL_NOBODY = "すみません。{who}の連絡先が登録されていません。担当の人に伝えます。"
CALL_THEN = "今日のお加減も、ボタンで教えてください。"


def reply_for(classification: Classification) -> str:
    """What the device shows: the safety message first for an emergency answer (call 119 / 110, the watch-over
    staff are told), then the usual reply."""
    message = classification.safety_message
    reply = ASK_AFTER_NO if classification.said_no else REPLIES[classification.outcome]
    if message is None:
        return reply
    return "\n".join((message.title, *message.lines, reply))


@dataclass
class AnswerResult:
    """What happened: the outcome, the check-in it belongs to, alerts opened, the reply for the device."""

    outcome: str
    checkin_id: int | None
    reply: str
    alert_ids: list[int] = field(default_factory=list)


def _target(session: Session, resident_id: int, checkin_id: int | None, now: datetime) -> CheckIn | None:
    query = select(CheckIn).where(CheckIn.resident_id == resident_id).with_for_update(key_share=True)
    if checkin_id is not None:
        checkin = session.scalar(query.where(CheckIn.id == checkin_id))
        if checkin is None:  # another resident's check-in is reported as missing, never touched
            raise NotFoundError(detail=f"check-in {checkin_id} does not exist for this device")
        return checkin
    recent = query.where(CheckIn.opened_at >= now - ANSWER_WINDOW)
    waiting = session.scalar(recent.where(CheckIn.status.in_((CHECKIN_OPEN, CHECKIN_ESCALATED)))
                             .order_by(CheckIn.opened_at.desc(), CheckIn.id.desc()).limit(1))
    if waiting is not None:
        return waiting
    return session.scalar(recent.where(CheckIn.status == CHECKIN_ANSWERED)
                          .order_by(CheckIn.opened_at.desc(), CheckIn.id.desc()).limit(1))


def _open_answer_alert(session: Session, resident_id: int) -> Alert | None:
    """The resident's most urgent unacknowledged alert opened by an answer (still escalating), locked."""
    return session.scalar(
        select(Alert)
        .where(Alert.resident_id == resident_id, Alert.status == ALERT_OPEN, Alert.reason.in_(ANSWER_ALERT_REASONS))
        .order_by(Alert.priority_rank.desc(), Alert.id.desc())
        .limit(1)
        .with_for_update()
    )


def fold_into_open_alert(session: Session, *, resident_id: int, actions: tuple[Action, ...], text: str,
                         now: datetime, writes: Writes) -> tuple[tuple[Action, ...], Alert | None]:
    """Repeated help/unwell answers join the alert that is already open and escalating (no second alert, no
    second family email): returns the actions left to do and the alert folded into (None when nothing was).

    Only an open (unacknowledged) alert at least as urgent takes the answer: after a person acknowledged it, or
    when the new answer is more urgent (unwell, then help), a new alert is opened as before.
    """
    opening = [a for a in actions if isinstance(a, OpenAlert)]
    if not opening:
        return actions, None
    existing = _open_answer_alert(session, resident_id)
    if existing is None or existing.priority_rank < max(PRIORITY_RANK[a.priority] for a in opening):
        return actions, None
    writes.event(resident_id=resident_id, checkin_id=existing.checkin_id, alert_id=existing.id, kind="answer_repeated",
                 actor="resident", at=now, detail=f"{opening[0].reason}: {text[:200]}".rstrip(": "))
    left = tuple(a for a in actions if not isinstance(a, OpenAlert)
                 and not (isinstance(a, NotifyContact) and a.reason == "alert"))
    return left, existing


def unwell_streak(session: Session, *, resident_id: int, before: datetime, limit: int) -> int:
    """How many of the resident's latest daily check-ins before ``before`` were answered unwell, in a row."""
    rows = session.execute(
        select(CheckIn.status, CheckIn.outcome)
        .where(CheckIn.resident_id == resident_id, CheckIn.kind == KIND_DAILY, CheckIn.opened_at < before,
               CheckIn.status != "cancelled")
        .order_by(CheckIn.local_date.desc())
        .limit(limit)
    )
    streak = 0
    for status, outcome in rows:
        if status != CHECKIN_ANSWERED or outcome != OUTCOME_UNWELL:
            break
        streak += 1
    return streak


def request_call(*, resident: Resident, relation: str, words: str, now: datetime, settings: WatchSettings,
                 writes: Writes) -> str:
    """Tell the contact(s) the senior asked to be called (「息子に電話して」): email, else the webhook (the city's
    system phones them), at most once per contact and day; returns the sentence for the device."""
    who = RELATION_JA.get(relation, "ご家族")
    chosen = [resident.contacts[i] for i in
              choose_contacts(relation, [(c.relation, c.relation_label) for c in resident.contacts])]
    day = now.astimezone(settings.runtime.tz).date().isoformat()
    told = []
    for contact in chosen:
        key = f"call:{resident.id}:{day}:contact:{contact.id}"
        if contact.email:
            subject, body = call_request_email(resident, contact, words=words, at=now, settings=settings)
            writes.message(email_row(key=key, to=contact.email, subject=subject, body=body, now=now,
                                     resident_id=resident.id))
        elif settings.webhook_url:
            payload = {"event": "watch.contact.call_request", "words": words, "resident": resident_doc(resident),
                       "contact": contact_doc(contact)}
            writes.message(webhook_row(key=key, url=settings.webhook_url, payload=payload, now=now,
                                       resident_id=resident.id))
        else:
            writes.event(resident_id=resident.id, kind="contact_unreachable", at=now,
                         detail=f"{contact.name}（{contact.relation_label or contact.relation}）：ご本人が電話を"
                                "希望していますが、メールも連携システムもありません。電話で伝えてください。")
            continue
        told.append(contact)
        writes.event(resident_id=resident.id, kind="call_requested", at=now,
                     detail=f"{contact.name}（{contact.relation_label or contact.relation}）に電話の依頼を通知："
                            f"「{words[:200]}」")
    if told:
        return CALL_ASKED.format(who=who)
    if not chosen:
        writes.event(resident_id=resident.id, kind="call_request_unmatched", at=now,
                     detail=f"ご本人が{who}への電話を希望しています（該当する連絡先がありません）：「{words[:200]}」")
    return CALL_NOBODY.format(who=who)


def record_answer(session: Session, *, resident_id: int, classification: Classification, text: str | None,
                  checkin_id: int | None = None, now: datetime, settings: WatchSettings) -> AnswerResult:
    """Store an answer and carry out the policy (alerts, notices, asking again when unclear).

    The answer goes to ``checkin_id`` (which must belong to the resident) or to the latest check-in of the last
    24 h; an answer without any check-in (e.g. the help button pressed at night) still raises alerts. A later,
    more urgent answer to an answered check-in upgrades it; a less urgent one is only logged.
    """
    # The resident row is locked: two answers of one person are recorded one after the other (folding). FOR NO
    # KEY UPDATE (key_share=True on PostgreSQL; SQLite has one writer anyway): no key changes here, so other
    # transactions' history lines and alerts, whose foreign keys read this row (FOR KEY SHARE), are not blocked:
    # with FOR UPDATE, the hub marking this person's question delivered (check-in row, then a history line)
    # deadlocked with this answer (resident row, then the check-in).
    resident = session.scalar(select(Resident).options(selectinload(Resident.contacts))
                              .where(Resident.id == resident_id).with_for_update(key_share=True))
    if resident is None:
        raise NotFoundError(detail=f"resident {resident_id} does not exist")
    checkin = _target(session, resident_id, checkin_id, now)
    in_safety_check = checkin is not None and checkin.kind == KIND_SAFETY
    if in_safety_check:  # 「無事です」, 「けがをした」 read in the disaster's context (watch.safety)
        classification = safety_reading(classification, text)
    second_no = False
    if classification.said_no and checkin is not None and checkin.status in (CHECKIN_OPEN, CHECKIN_ESCALATED):
        checkin.no_answers += 1
        if checkin.no_answers >= NO_ANSWERS_NEED_ATTENTION:  # no again after the question in other words
            classification = replace(classification, outcome="unwell", said_no=False)
            second_no = True
    outcome = classification.outcome
    shown = (text or outcome)[:500]
    writes = Writes()
    writes.event(resident_id=resident_id, checkin_id=checkin.id if checkin else None, kind="answer",
                 detail=f"{outcome} via {classification.source}: {shown}", actor="resident", at=now)
    result = AnswerResult(outcome=outcome, checkin_id=checkin.id if checkin else None,
                          reply=safety_reply(outcome, reply_for(classification)) if in_safety_check
                          else reply_for(classification))
    if classification.call_relation is not None:
        said = request_call(resident=resident, relation=classification.call_relation, words=shown, now=now,
                            settings=settings, writes=writes)
        result.reply = "\n".join((said, CALL_THEN if outcome == "unclear" else result.reply))
    config = PolicyConfig.from_settings(settings)
    state = (CheckInState(checkin.status, checkin.opened_at, checkin.step) if checkin
             else CheckInState(CHECKIN_ANSWERED, now, 0))
    if outcome == "unclear":
        if checkin is not None and checkin.status in (CHECKIN_OPEN, CHECKIN_ESCALATED):
            apply_actions(resident=resident, checkin=checkin, actions=decide_answer(
                state, "unclear", unwell_before=0, keyword=False, contacts=(), config=config), alerts=(),
                now=now, settings=settings, writes=writes,
                why="said no" if classification.said_no else "unclear answer")
        writes.flush(session)
        return result
    if checkin is not None and checkin.status == CHECKIN_ANSWERED and \
            SEVERITY[outcome] <= SEVERITY.get(checkin.outcome or "unclear", 0):
        writes.flush(session)
        return result  # e.g. 元気です pressed twice: nothing new to do
    streak = 0
    if checkin is not None and checkin.kind == KIND_DAILY and outcome == OUTCOME_UNWELL:
        streak = unwell_streak(session, resident_id=resident_id, before=checkin.opened_at,
                               limit=settings.unwell_streak_days)
    if checkin is not None:
        checkin.status = CHECKIN_ANSWERED
        checkin.answered_at = now
        checkin.answer_text = text[:2000] if text else None
        checkin.answer_source = "button" if classification.source == "button" else "text"
        checkin.outcome = outcome
        checkin.confidence = classification.confidence
        checkin.classified_by = classification.source
        checkin.next_action_at = None
        checkin.delivery_pending = False
    actions = decide_answer(state, outcome, unwell_before=streak, keyword=classification.safety_net,
                            contacts=contact_refs(resident), config=config)
    actions, folded = fold_into_open_alert(session, resident_id=resident_id, actions=actions, text=text or outcome,
                                           now=now, writes=writes)
    detail = f"言い換えた問いかけにも「いいえ」：{text}" if second_no and text else (text or "")
    alerts = new_alerts(resident=resident, checkin=checkin, actions=actions, now=now, settings=settings,
                        detail=detail)
    session.add_all(alerts)
    session.flush()
    apply_actions(resident=resident, checkin=checkin, actions=actions, alerts=alerts, now=now, settings=settings,
                  writes=writes)
    writes.flush(session)
    result.alert_ids = [alert.id for alert in alerts] or ([folded.id] if folded is not None else [])
    session.flush()
    return result
