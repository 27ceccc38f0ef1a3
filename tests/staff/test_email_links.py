"""The links in a staff alert email (made by the real worker) open existing dashboard pages."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, unique_district
from watch.clock import ManualClock
from watch.models import OutboxMessage
from watch.notify import Dispatcher
from watch.settings import WatchSettings
from watch.worker import Worker

pytestmark = pytest.mark.slow
STAFF = "fukushi-links@city.osaki.example"


def test_every_link_of_a_staff_email_opens_a_page(running_app: FastAPI, db: Database,
                                                  manual_clock: ManualClock) -> None:
    district = unique_district()
    resident_id = make_resident(db, district=district, checkin_time="07:00")
    worker = Worker(db=db, settings=WatchSettings(_env_file=None, staff_emails=[STAFF], escalate_undelivered=True),
                    clock=manual_clock, dispatcher=Dispatcher({}))
    worker.tick()
    for minutes in (31, 90, 61):
        manual_clock.advance(minutes=minutes)
        worker.tick()
    with db.sessions() as session:
        [email] = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == STAFF,
                                                              OutboxMessage.resident_id == resident_id)).all()
    links = re.findall(r"https?://\S+", email.body)
    assert {re.sub(r"\d+$", "N", link.split("/", 3)[3]) for link in links} == {"staff/alerts/N", "staff/residents/N"}
    client = new_client(running_app)
    login(client, make_account(db, districts=(district,)))
    for link in links:
        page = client.get("/" + link.split("/", 3)[3])
        assert page.status_code == 200, link
        assert "大崎 花子" in page.text
