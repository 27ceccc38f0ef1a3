"""The board page's chart and missed-days list over HTTP: weekly view for a small district (switchable), today's
pending questions left out, residents with 2+ missed days in a row with tap-to-call numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from fastapi import FastAPI

from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, unique_district
from watch.clock import ManualClock
from watch.models import CheckIn

pytestmark = pytest.mark.slow


def add_day(db: Database, resident_id: int, day: date, status: str) -> None:
    with db.sessions() as session, session.begin():
        session.add(CheckIn(resident_id=resident_id, local_date=day, message="q", status=status,
                            opened_at=datetime(day.year, day.month, day.day, tzinfo=UTC)))


def test_small_district_weekly_chart_pending_note_and_missed_days(running_app: FastAPI, db: Database,
                                                                  manual_clock: ManualClock) -> None:
    district = unique_district()
    today = manual_clock.now().date()
    missing = make_resident(db, district=district, name="続けて 応答なし")
    waiting = make_resident(db, district=district, name="今日 待ち")
    for i in (1, 2):
        add_day(db, missing, today - timedelta(days=i), "escalated")
    add_day(db, waiting, today - timedelta(days=1), "answered")
    add_day(db, waiting, today, "open")
    client = new_client(running_app)
    login(client, make_account(db, districts=(district,)))

    page = client.get("/staff")
    assert page.status_code == 200
    assert 'data-view="weekly"' in page.text and "過去5週間の回答率(週ごと、地区別)" in page.text
    assert "人数の少ない地区があるため" in page.text and 'href="/staff?chart=daily#chart-heading"' in page.text
    assert "今日の回答待ち 1件は、回答率に含めていません。" in page.text
    assert "続けて 応答なし" in page.text and "2日続けて応答なし" in page.text
    assert 'href="tel:090-1234-5678"' in page.text  # the family contact of make_resident
    # 1 answered of 3 judged questions this week (today's open one is pending, not missed)
    assert "<td class=\"num\">1</td><td class=\"num\">3</td>" in page.text.replace("\n          ", "")

    daily = client.get("/staff?chart=daily")
    assert 'data-view="daily"' in daily.text and "過去30日間の回答率(日ごと、地区別)" in daily.text
    assert client.get("/staff?chart=monthly").status_code == 422
