"""Questions and answers over the device WebSocket: check-ins pushed and asked again, button and text answers
recorded, help presses escalated once, answers per device limited (SQLite and PostgreSQL; the watch router alone in
a Starlette TestClient, ``tests/watch/device_socket_support.py``)."""

from __future__ import annotations

from sqlalchemy import select

from tests.watch.device_socket_support import Env, connect, device_for, receive, wait_recorded_delivered
from tests.watch.helpers import FAMILY, checkins, schedule
from watch.models import Alert, OutboxMessage


def test_checkin_is_pushed_to_a_connected_device_and_the_answer_recorded(device_env: Env) -> None:
    db, clock, settings = device_env.db, device_env.clock, device_env.settings
    rid, device = device_for(db, name="山田 花子")
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        assert connect(ws, device)["name"] == "山田 花子"
        clock.advance(minutes=5)
        schedule(db, settings, clock)  # the worker creates the check-in; the gateway pushes it
        pushed = receive(ws, "checkin")
        assert pushed["message"] == settings.greeting
        ws.send_json({"type": "answer", "checkin_id": pushed["checkin_id"], "button": "fine"})
        reply = receive(ws, "answered")
        assert reply["outcome"] == "fine" and "ありがとうございます" in reply["message"]
        ws.send_json({"type": "ping"})
        receive(ws, "pong")
    wait_recorded_delivered(db, pushed["checkin_id"], 1)  # recorded just after sending: the answer may be first
    [checkin] = checkins(db, rid)
    assert checkin.status == "answered" and checkin.outcome == "fine"
    assert checkin.delivered_at is not None and not checkin.delivery_pending


def test_waiting_question_on_connect_then_reask_then_text_answer(device_env: Env) -> None:
    db, clock, settings = device_env.db, device_env.clock, device_env.settings
    rid, device = device_for(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)  # asked while the device was offline
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        first = receive(ws, "checkin")
        wait_recorded_delivered(db, first["checkin_id"], 1)  # (as 30 minutes would make sure)
        clock.advance(minutes=30)
        schedule(db, settings, clock)  # no answer: asked again
        again = receive(ws, "checkin")
        assert again["checkin_id"] == first["checkin_id"] and again["ask"] == 2
        # Rasa is unreachable in this test: keyword rules classify the text.
        ws.send_json({"type": "answer", "text": "ちょっと具合が悪いです"})
        reply = receive(ws, "answered")
        assert reply["outcome"] == "unwell" and reply["checkin_id"] == first["checkin_id"]
    [checkin] = checkins(db, rid)
    assert checkin.outcome == "unwell" and checkin.classified_by == "keywords"
    assert checkin.answer_text == "ちょっと具合が悪いです"


def test_unclear_text_asks_again_and_foreign_checkin_is_refused(device_env: Env) -> None:
    db, clock, settings = device_env.db, device_env.clock, device_env.settings
    rid, device = device_for(db)
    other, _ = device_for(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    foreign = checkins(db, other)[0].id
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        receive(ws, "checkin")
        ws.send_json({"type": "answer", "text": "うーん"})
        assert "もう一度" in receive(ws, "retry")["message"]
        assert receive(ws, "checkin")["ask"] == 2  # the question comes again
        ws.send_json({"type": "answer", "checkin_id": foreign, "button": "fine"})
        assert receive(ws, "error")["code"] == "not_found"
    assert checkins(db, other)[0].status == "open"
    assert checkins(db, rid)[0].status == "open"


def test_three_help_presses_make_one_urgent_alert_and_one_family_email(device_env: Env) -> None:
    rid, device = device_for(device_env.db, contacts=[FAMILY])
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        for _ in range(3):  # at night: no question is open
            ws.send_json({"type": "answer", "button": "help"})
            assert receive(ws, "answered")["outcome"] == "help"
    with device_env.db.sessions() as session:
        alerts = list(session.scalars(select(Alert).where(Alert.resident_id == rid)))
        family_mails = list(session.scalars(select(OutboxMessage).where(OutboxMessage.resident_id == rid,
                                                                        OutboxMessage.recipient == FAMILY.email)))
    assert [(a.priority, a.reason) for a in alerts] == [("urgent", "help")]
    assert len(family_mails) == 1


def test_answers_per_device_are_limited(device_env: Env) -> None:
    rid, device = device_for(device_env.db, contacts=[FAMILY])
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        for _ in range(5):  # device_answer_rate = 5/minute
            ws.send_json({"type": "answer", "button": "unwell"})
            receive(ws, "answered")
        ws.send_json({"type": "answer", "button": "help"})
        refused = receive(ws, "error")
        assert refused["code"] == "rate_limited" and refused["retry_after_s"] >= 1
        ws.send_json({"type": "ping"})
        receive(ws, "pong")  # the socket stays open
    with device_env.db.sessions() as session:
        reasons = list(session.scalars(select(Alert.reason).where(Alert.resident_id == rid)))
    assert reasons == ["unwell"]  # the refused help press was not saved


