"""Helpers shared by the watch tests (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from storage.database import Database
from watch.answers import AnswerResult, record_answer
from watch.cases import record_case_answer
from watch.classify import Classification
from watch.clock import Clock
from watch.models import Alert, CheckIn, OutboxMessage
from watch.notify import Dispatcher
from watch.residents import create_resident
from watch.schemas import ContactCreate, ResidentCreate
from watch.settings import WatchSettings
from watch.worker import TickReport, Worker

FAMILY_EMAIL = "ichiro@example.jp"
VOLUNTEER_EMAIL = "tadashi@example.jp"
FAMILY = ContactCreate(name="佐藤 一郎", relation="family", relation_label="長男", email=FAMILY_EMAIL)
VOLUNTEER = ContactCreate(name="高橋 正", relation="volunteer", relation_label="民生委員", email=VOLUNTEER_EMAIL)
CENTER = ContactCreate(name="古川包括", relation="care_center", relation_label="地域包括支援センター",
                       phone="0229-22-3344")


def resident_data(**overrides: Any) -> ResidentCreate:
    """A valid resident (three contacts: family, 民生委員, 包括 without email) with overrides."""
    data: dict[str, Any] = {
        "name": "佐藤 花子", "name_kana": "さとう はなこ", "district": "古川", "address": "大崎市古川七日町1-1",
        "birth_year": 1938, "consent_date": date(2025, 4, 1), "checkin_time": "09:00",
        "contacts": [FAMILY, VOLUNTEER, CENTER],
    }
    data.update(overrides)
    return ResidentCreate(**data)


def add_resident(db: Database, **overrides: Any) -> int:
    """Insert a resident; returns its id."""
    with db.sessions() as session, session.begin():
        return create_resident(session, data=resident_data(**overrides)).id


def worker(db: Database, settings: WatchSettings, clock: Clock, dispatcher: Dispatcher | None = None) -> Worker:
    """A worker over the test database (its dispatcher is only used by tests that send)."""
    return Worker(db=db, settings=settings, clock=clock, dispatcher=dispatcher or Dispatcher({}))


def schedule(db: Database, settings: WatchSettings, clock: Clock) -> TickReport:
    """Run the database part of a worker tick at the clock's time."""
    return worker(db, settings, clock).schedule()


def checkins(db: Database, resident_id: int | None = None) -> list[CheckIn]:
    """Every check-in (of one resident), oldest first."""
    with db.sessions() as session:
        query = select(CheckIn).order_by(CheckIn.id)
        if resident_id is not None:
            query = query.where(CheckIn.resident_id == resident_id)
        return list(session.scalars(query))


def alerts(db: Database) -> list[Alert]:
    """Every alert, oldest first."""
    with db.sessions() as session:
        return list(session.scalars(select(Alert).order_by(Alert.id)))


def outbox(db: Database) -> list[OutboxMessage]:
    """Every outbox row, oldest first."""
    with db.sessions() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def keys(db: Database) -> list[str]:
    """Idempotency keys of the outbox, in order."""
    return [row.idempotency_key for row in outbox(db)]


def answer(db: Database, settings: WatchSettings, clock: Clock, resident_id: int,
           result: Classification, text: str | None = None, checkin_id: int | None = None) -> AnswerResult:
    with db.sessions() as session, session.begin():
        return record_answer(session, resident_id=resident_id, classification=result, text=text,
                             checkin_id=checkin_id, now=clock.now(), settings=settings)


def case_answer(db: Database, settings: WatchSettings, clock: Clock, resident_id: int,
                result: Classification, text: str | None = None, checkin_id: int | None = None) -> AnswerResult:
    """Answer as the device socket does: the answer settles the person's whole case."""
    with db.sessions() as session, session.begin():
        return record_case_answer(session, resident_id=resident_id, classification=result, text=text,
                                  checkin_id=checkin_id, now=clock.now(), settings=settings)
