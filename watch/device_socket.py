"""One device WebSocket session: the hello with its token check, then questions out and answers in.

Limits before anything is parsed: a message over ``WATCH_DEVICE_MAX_MESSAGE_BYTES`` closes the socket (1009);
``hello`` must come within ``WATCH_HELLO_TIMEOUT_S`` (4408); ``WATCH_DEVICE_MESSAGE_RATE`` messages per
connection (1008) and ``WATCH_DEVICE_ANSWER_RATE`` answers per device (an ``error`` event: the answer is not
saved). Each answer re-checks the device in its own transaction, so a revocation in any process stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from fastapi import WebSocket, WebSocketDisconnect
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from core.ratelimit import RateLimiter
from core.settings import RuntimeSettings
from storage.database import Database
from watch.answers import AnswerResult
from watch.cases import record_case_answer
from watch.classify import Classification, RasaNlu, classify_button, classify_text
from watch.clock import Clock
from watch.delivery import Delivery, mark_delivered, waiting_for_resident
from watch.devices import authenticate_device, invalid_devices
from watch.errors import AuthError, DeviceRefusedError, WatchError
from watch.hub import Connection, DeviceHub, refusal, send_and_close
from watch.models import RELATION_FAMILY, Contact
from watch.notices_hub import NoticeBroadcaster
from watch.protocol import (
    CLOSE_FORBIDDEN,
    CLOSE_HELLO_TIMEOUT,
    CLOSE_POLICY,
    CLOSE_TOO_LARGE,
    CLOSE_UNAUTHORIZED,
    DEVICE_MESSAGE,
    MAX_LABEL_CHARS,
    Answer,
    Answered,
    ErrorEvent,
    Hello,
    NoticeHeard,
    PhoneNumber,
    Ping,
    Pong,
    Retry,
    Welcome,
)
from watch.settings import WatchSettings

SAVE_FAILED = "ごめんなさい。うまく届きませんでした。もう一度押してください。"
TOO_MANY_ANSWERS = "たくさん押されました。少し時間をおいてから、もう一度押してください。"
TOO_MANY_MESSAGES = "通信が多すぎるため、いったん切りました。しばらくすると、つながります。"
TOO_LARGE = "送られた内容が大きすぎます。"
BAD_MESSAGE = "送られた内容を読み取れませんでした。"
UNAUTHORIZED = "この端末の設定が正しくありません。市役所で新しい設定コードをもらってください。"
HELLO_LATE = "つなぎ直しています。"
BUSY = "ただいま混み合っています。しばらくすると、つながります。"
log = logging.getLogger(__name__)


class MessageTooLargeError(Exception):
    """A WebSocket message over the size limit (never parsed)."""


@dataclass
class WatchRuntime:
    """What the device socket needs, created in the lifespan (``app.state.watch``)."""

    db: Database
    settings: WatchSettings
    runtime: RuntimeSettings
    clock: Clock
    hub: DeviceHub
    nlu: RasaNlu
    answer_limiter: RateLimiter
    message_limiter: RateLimiter
    sockets_by_address: Counter[str] = field(default_factory=Counter)
    notices: NoticeBroadcaster | None = None  # disaster notices (watch.notices_hub), started by the lifespan

    @contextlib.contextmanager
    def address_slot(self, address: str) -> Iterator[bool]:
        """Count one open socket of ``address`` while inside; yields False when the address has too many."""
        if self.sockets_by_address[address] >= self.settings.device_max_connections_per_address:
            yield False
            return
        self.sockets_by_address[address] += 1
        try:
            yield True
        finally:
            self.sockets_by_address[address] -= 1
            if self.sockets_by_address[address] <= 0:
                del self.sockets_by_address[address]


@dataclass(frozen=True)
class Identity:
    """An authenticated device's resident and the questions waiting for it (read in the same transaction)."""

    resident_id: int
    name: str
    waiting: list[Delivery]
    family_phone: PhoneNumber | None = None


def _family_phone(session: Session, resident_id: int) -> PhoneNumber | None:
    """The first family contact (by position) with a phone number, for the tablet's tap-to-call link."""
    contact = session.scalars(
        select(Contact)
        .where(Contact.resident_id == resident_id, Contact.relation == RELATION_FAMILY, Contact.phone.is_not(None))
        .order_by(Contact.position)
        .limit(1)
    ).first()
    if contact is None or not (contact.phone or "").strip():
        return None
    label = " ".join(part for part in (contact.relation_label, contact.name) if part)
    return PhoneNumber(role="family", label=label[:MAX_LABEL_CHARS], phone=(contact.phone or "").strip())


def _welcome(runtime: WatchRuntime, identity: Identity) -> Welcome:
    """The greeting data: the resident's name, the city's time zone and the numbers to call."""
    city = runtime.runtime
    phones = [identity.family_phone] if identity.family_phone else []
    if city.city_contact_phone.strip():
        phones.append(PhoneNumber(role="city", label=city.city_contact_name[:MAX_LABEL_CHARS],
                                  phone=city.city_contact_phone.strip()))
    return Welcome(name=identity.name, timezone=city.timezone, phones=phones)


def _authenticate(runtime: WatchRuntime, device_id: str, token: str) -> Identity:
    with runtime.db.sessions() as session, session.begin():
        now = runtime.clock.now()
        device = authenticate_device(session, device_id=device_id, token=token, now=now)
        waiting = waiting_for_resident(session, resident_id=device.resident_id, now=now)
        return Identity(device.resident_id, device.resident_name, waiting, _family_phone(session, device.resident_id))


def _save_answer(runtime: WatchRuntime, device_id: str, resident_id: int, checkin_id: int | None,
                 result: Classification, text: str | None) -> AnswerResult:
    with runtime.db.sessions() as session, session.begin():
        refused = invalid_devices(session, device_ids=[device_id])  # revoked in another process a moment ago
        if refused:
            raise DeviceRefusedError(reason=refused[device_id], detail=f"device {device_id} may not answer")
        return record_case_answer(session, resident_id=resident_id, checkin_id=checkin_id, classification=result,
                             text=text, now=runtime.clock.now(), settings=runtime.settings)


async def _receive_text(websocket: WebSocket, max_bytes: int) -> str:
    """The next message as text, refused (unparsed) when larger than ``max_bytes``."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(message.get("code", 1000))
    raw = message.get("text")
    data = message.get("bytes")
    if raw is None:
        if data is None:
            return ""
        if len(data) > max_bytes:
            raise MessageTooLargeError
        try:
            return bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            return ""
    if len(raw) > max_bytes or len(raw.encode("utf-8")) > max_bytes:
        raise MessageTooLargeError
    return str(raw)


async def hello(websocket: WebSocket, runtime: WatchRuntime, device_id: str) -> Identity | None:
    """Wait for the hello and check the token; on failure the socket is closed here (after an error event)."""
    settings = runtime.settings
    try:
        raw = await asyncio.wait_for(_receive_text(websocket, settings.device_max_message_bytes),
                                     settings.hello_timeout_s)
    except TimeoutError:
        await send_and_close(websocket, ErrorEvent(code="hello_timeout", message=HELLO_LATE), CLOSE_HELLO_TIMEOUT)
        return None
    except MessageTooLargeError:
        await send_and_close(websocket, ErrorEvent(code="message_too_large", message=TOO_LARGE), CLOSE_TOO_LARGE)
        return None
    try:
        first = DEVICE_MESSAGE.validate_json(raw)
    except ValidationError:
        first = None
    if not isinstance(first, Hello):
        await send_and_close(websocket, ErrorEvent(code="unauthorized", message=UNAUTHORIZED), CLOSE_UNAUTHORIZED)
        return None
    try:
        return await run_in_threadpool(_authenticate, runtime, device_id, first.token)
    except AuthError:
        await send_and_close(websocket, ErrorEvent(code="unauthorized", message=UNAUTHORIZED), CLOSE_UNAUTHORIZED)
    except DeviceRefusedError as err:
        log.info("device %s refused at hello: %s", device_id, err.detail)
        await send_and_close(websocket, refusal(err.reason), CLOSE_FORBIDDEN)
    return None


async def _answer(connection: Connection, runtime: WatchRuntime, message: Answer) -> None:
    wait_s = runtime.answer_limiter.hit(connection.device_id)
    if wait_s:
        log.warning("answers from %s over the limit (%s)", connection.device_id, runtime.settings.device_answer_rate)
        await connection.send(ErrorEvent(code="rate_limited", message=TOO_MANY_ANSWERS, retry_after_s=wait_s))
        return
    text = message.text
    try:
        if message.button is not None:
            result, text = classify_button(message.button), None
        else:
            result = await classify_text(
                text or "", runtime.nlu, min_confidence=runtime.settings.min_confidence, now=runtime.clock.now()
            )
        saved = await run_in_threadpool(_save_answer, runtime, connection.device_id, connection.resident_id,
                                        message.checkin_id, result, text)
    except DeviceRefusedError as err:
        runtime.hub.remove(connection)
        await connection.close(refusal(err.reason), CLOSE_FORBIDDEN)
        return
    except WatchError as err:
        log.warning("answer from %s refused: %s", connection.device_id, err.detail)
        code = err.code if err.code in ("not_found", "invalid_input") else "not_saved"
        await connection.send(ErrorEvent(code=code, message=SAVE_FAILED))
        return
    except Exception:  # (database trouble: the device keeps the answer and sends it again)
        log.exception("answer from %s could not be saved", connection.device_id)
        await connection.send(ErrorEvent(code="not_saved", message=SAVE_FAILED))
        return
    if saved.outcome == "unclear":
        await connection.send(Retry(checkin_id=saved.checkin_id, message=saved.reply))
    else:
        await connection.send(Answered(checkin_id=saved.checkin_id, outcome=saved.outcome,
                                       message=saved.reply))


def _mark(runtime: WatchRuntime, items: list[Delivery], device_id: str) -> None:
    with runtime.db.sessions() as session, session.begin():
        mark_delivered(session, deliveries=items, device_id=device_id, now=runtime.clock.now())


async def serve(connection: Connection, runtime: WatchRuntime, identity: Identity) -> None:
    """The authenticated part: catch up, join the hub, then answer messages until the socket closes."""
    websocket, device_id, settings = connection.websocket, connection.device_id, runtime.settings
    await connection.send(_welcome(runtime, identity))
    # Catch up first (the questions were read with the token check), then join the hub: a question asked
    # meanwhile stays pending (mark_delivered is guarded by ask_count) and the hub pushes it at its next poll,
    # so nothing is lost and nothing is pushed twice.
    sent = (await runtime.hub.push(identity.waiting, [connection])).get(device_id, [])
    if sent:
        await run_in_threadpool(_mark, runtime, sent, device_id)
    runtime.hub.add(connection)
    connection_key = f"{device_id}:{uuid.uuid4().hex}"
    while not connection.closed.is_set():
        try:
            raw = await _receive_text(websocket, settings.device_max_message_bytes)
        except MessageTooLargeError:
            await connection.close(ErrorEvent(code="message_too_large", message=TOO_LARGE), CLOSE_TOO_LARGE)
            return
        except RuntimeError:  # the server closed the socket meanwhile (revoked) and the peer is gone
            return
        if connection.closed.is_set():
            return
        if runtime.message_limiter.hit(connection_key):
            log.warning("device %s sent more than %s messages", device_id, settings.device_message_rate)
            await connection.close(ErrorEvent(code="rate_limited", message=TOO_MANY_MESSAGES), CLOSE_POLICY)
            return
        try:
            message = DEVICE_MESSAGE.validate_json(raw)
        except ValidationError:
            await connection.send(ErrorEvent(code="bad_message", message=BAD_MESSAGE))
            continue
        if isinstance(message, Ping):
            await connection.send(Pong())
        elif isinstance(message, Answer):
            await _answer(connection, runtime, message)
        elif isinstance(message, NoticeHeard) and runtime.notices is not None:
            await runtime.notices.heard(connection, message)
        # a second hello is ignored
