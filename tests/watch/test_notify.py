"""Notifications through the outbox to a real SMTP server and a real webhook receiver on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from devstack.receivers import MailHandler, SmtpServer, WebhookReceiver
from storage.database import Database
from tests.watch.conftest import STAFF_EMAIL, WEBHOOK_SECRET
from tests.watch.helpers import FAMILY, add_resident, answer, outbox, schedule, worker
from watch.classify import classify_button
from watch.clock import ManualClock
from watch.notify import Dispatcher, SmtpSender, message_id, sign
from watch.outbox import ClaimedMessage, outbox_counts, retry_delay
from watch.settings import WatchSettings


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer(MailHandler()) as server:
        yield server


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(WEBHOOK_SECRET) as receiver:
        yield receiver


@pytest.fixture
def live(settings: WatchSettings, smtp: SmtpServer, hook: WebhookReceiver) -> WatchSettings:
    return settings.model_copy(update={"smtp_port": smtp.port, "webhook_url": hook.url})


def test_help_alert_reaches_smtp_and_signed_webhook_once(
    db: Database, live: WatchSettings, clock: ManualClock, smtp: SmtpServer, hook: WebhookReceiver
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, live, clock)
    answer(db, live, clock, rid, classify_button("help"))
    dispatcher = Dispatcher.from_settings(live)
    try:
        report = worker(db, live, clock, dispatcher).tick()
        again = worker(db, live, clock, dispatcher).tick()
    finally:
        dispatcher.close()
    assert report.sent == 3 and again.sent == 0
    mails = smtp.handler.snapshot()
    assert sorted(m.recipients[0] for m in mails) == sorted([STAFF_EMAIL, str(FAMILY.email)])
    for mail in mails:
        assert mail.message_id == message_id(mail.idempotency_key, live.smtp_from)
    staff = next(m for m in mails if m.recipients == [STAFF_EMAIL])
    assert "至急" in staff.subject and "佐藤 花子" in staff.body
    [call] = hook.calls
    assert call.valid and call.signature == sign(WEBHOOK_SECRET, call.body)
    document = call.json()
    assert document["event"] == "watch.alert.opened" and document["alert"]["priority"] == "urgent"
    assert document["resident"]["name"] == "佐藤 花子" and call.idempotency_key == document["idempotency_key"]
    with db.sessions() as session:
        assert outbox_counts(session) == {"sent": 3}


def test_outage_delays_but_never_loses(
    db: Database, live: WatchSettings, clock: ManualClock, smtp: SmtpServer, hook: WebhookReceiver
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, live, clock)
    answer(db, live, clock, rid, classify_button("unwell"))
    down = live.model_copy(update={"smtp_port": smtp.port + 1 if smtp.port < 65535 else 1})
    hook.status = 503
    dispatcher = Dispatcher.from_settings(down)
    try:
        report = worker(db, down, clock, dispatcher).tick()
    finally:
        dispatcher.close()
    assert report.retried == 2 and report.sent == 0
    rows = outbox(db)
    assert all(r.status == "pending" and r.attempts == 1 and r.last_error for r in rows)
    assert all((r.next_attempt_at - clock.now()).total_seconds() == live.retry_base_s for r in rows)

    hook.status = 200
    dispatcher = Dispatcher.from_settings(live)
    try:
        assert worker(db, live, clock, dispatcher).tick().sent == 0  # not due yet: backoff
        clock.advance(seconds=live.retry_base_s)
        assert worker(db, live, clock, dispatcher).tick().sent == 2
    finally:
        dispatcher.close()
    assert len(smtp.handler.snapshot()) == 1 and len(hook.calls) == 2  # the 503 call + the successful one
    assert [r.status for r in outbox(db)] == ["sent", "sent"]


def test_refused_address_fails_for_good_and_is_logged(
    db: Database, live: WatchSettings, clock: ManualClock, smtp: SmtpServer
) -> None:
    smtp.handler.refuse.add(STAFF_EMAIL)
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, live, clock)
    answer(db, live, clock, rid, classify_button("unwell"))
    dispatcher = Dispatcher.from_settings(live)
    try:
        report = worker(db, live, clock, dispatcher).tick()
    finally:
        dispatcher.close()
    assert report.failed == 1 and report.sent == 1
    failed = next(r for r in outbox(db) if r.channel == "email")
    assert failed.status == "failed" and "550" in (failed.last_error or "")
    from watch.history import resident_history

    with db.sessions() as session:
        assert "notification_failed" in [h.kind for h in resident_history(session, resident_id=rid)]


def test_expired_lease_is_claimed_again(
    db: Database, live: WatchSettings, clock: ManualClock, smtp: SmtpServer
) -> None:
    from watch.outbox import claim_next

    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, live, clock)
    answer(db, live, clock, rid, classify_button("unwell"))
    with db.sessions() as session, session.begin():  # a worker claims, then dies
        assert claim_next(session, now=clock.now(), lease_s=live.outbox_lease_s) is not None
    with db.sessions() as session, session.begin():
        second = claim_next(session, now=clock.now(), lease_s=live.outbox_lease_s)
        assert second is not None and second.channel == "webhook"  # the email is leased: skipped
    clock.advance(seconds=live.outbox_lease_s)
    dispatcher = Dispatcher.from_settings(live)
    try:
        assert worker(db, live, clock, dispatcher).tick().sent == 2
    finally:
        dispatcher.close()
    assert len(smtp.handler.snapshot()) == 1
    assert [r.attempts for r in outbox(db)] == [2, 2]


def test_backoff_is_exponential_and_capped() -> None:
    assert [retry_delay(n, base_s=30, max_s=3600) for n in (1, 2, 3, 4, 8, 50)] == [30, 60, 120, 240, 3600, 3600]


def test_webhook_body_is_exactly_what_is_signed(db: Database, live: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    answer(db, live, clock, rid, classify_button("help"))
    webhook = next(r for r in outbox(db) if r.channel == "webhook")
    document = json.loads(webhook.body)
    assert document["idempotency_key"] == webhook.idempotency_key
    assert sign("k", webhook.body.encode()) == sign("k", webhook.body.encode("utf-8"))


def _claimed(key: str, channel: str = "email", recipient: str = "a@example.jp") -> ClaimedMessage:
    return ClaimedMessage(id=1, idempotency_key=key, channel=channel, recipient=recipient, subject="件名",
                          body='{"event":"x"}' if channel == "webhook" else "本文", attempts=1, claim_token="t")


def test_commit_hook_runs_once_before_the_receiver_can_accept(
    live: WatchSettings, smtp: SmtpServer, hook: WebhookReceiver
) -> None:
    seen: list[tuple[str, int]] = []
    dispatcher = Dispatcher.from_settings(live)
    try:
        dispatcher.send(_claimed("k:1"), before_commit=lambda: seen.append(("mail", len(smtp.handler.snapshot()))))
        dispatcher.send(_claimed("k:2"))  # no hook: nothing to call
        dispatcher.send(_claimed("k:3", "webhook", hook.url),
                        before_commit=lambda: seen.append(("hook", len(hook.calls))))
    finally:
        dispatcher.close()
    assert seen == [("mail", 0)]  # once, while the server had nothing yet; the webhook leaves it to the commit
    assert [m.idempotency_key for m in smtp.handler.snapshot()] == ["k:1", "k:2"]
    assert [c.idempotency_key for c in hook.calls] == ["k:3"]


def test_failing_commit_hook_abandons_the_half_sent_email(live: WatchSettings, smtp: SmtpServer) -> None:
    def database_down() -> None:
        raise RuntimeError("database down")

    sender = SmtpSender(live)
    try:
        with pytest.raises(RuntimeError):
            sender.send(_claimed("k:lost"), before_commit=database_down)
        sender.send(_claimed("k:next"))  # a fresh connection
    finally:
        sender.close()
    assert [m.idempotency_key for m in smtp.handler.snapshot()] == ["k:next"]  # the first one was never completed


def test_an_email_that_cannot_be_built_fails_for_good_and_is_shown(
    db: Database, live: WatchSettings, clock: ManualClock, smtp: SmtpServer, hook: WebhookReceiver
) -> None:
    from sqlalchemy import update

    from watch.history import resident_history
    from watch.models import Resident
    from watch.outbox import list_failed_notifications

    rid = add_resident(db)
    with db.sessions() as session, session.begin():  # stored before names were checked for line breaks
        session.execute(update(Resident).where(Resident.id == rid).values(name="佐藤\r\nBcc: evil@example.jp"))
    clock.advance(minutes=5)
    schedule(db, live, clock)
    answer(db, live, clock, rid, classify_button("help"))
    dispatcher = Dispatcher.from_settings(live)
    try:
        report = worker(db, live, clock, dispatcher).tick()
        clock.advance(seconds=live.retry_max_s * 2)
        again = worker(db, live, clock, dispatcher).tick()
    finally:
        dispatcher.close()
    assert report.failed == 2 and report.sent == 1 and again.sent + again.failed + again.retried == 0
    emails = [r for r in outbox(db) if r.channel == "email"]
    assert [(r.status, r.attempts) for r in emails] == [("failed", 1), ("failed", 1)]
    assert all("cannot be built" in (r.last_error or "") for r in emails)
    assert smtp.handler.snapshot() == [] and len(hook.calls) == 1  # nothing half-sent; the webhook went out
    with db.sessions() as session:
        assert {r.id for r in list_failed_notifications(session)} == {r.id for r in emails}
        assert [h.kind for h in resident_history(session, resident_id=rid)].count("notification_failed") == 2
