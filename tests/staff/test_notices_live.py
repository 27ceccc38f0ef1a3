"""The notice page's live delivery log over HTTP: the ``notices`` live event moves when a device of the member's
districts gets the notice (and not for another district's devices), and the page's live part (the fragment) shows
the new state without writing an audit entry per refresh (opening the page is audited)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from staff.models import AuditEntry
from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, unique_district
from tests.staff.test_routes_alerts import stream_events
from watch.clock import ManualClock
from watch.devices import create_device
from watch.notices import TabletPush, create_notice, record_tablet_pushes
from watch.notices_schemas import NoticeCreate
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow


@pytest.fixture
def short_streams(running_app: FastAPI) -> Iterator[None]:
    settings = running_app.state.staff_settings
    saved = (settings.live_stream_max_s, settings.live_poll_s)
    settings.live_stream_max_s, settings.live_poll_s = 0.3, 0.1
    yield
    settings.live_stream_max_s, settings.live_poll_s = saved


def notice_marker(events: list[dict[str, str]]) -> str:
    [notices] = [e["data"] for e in events if e.get("event") == "notices"]
    return notices


def notice_with_tablet(db: Database, clock: ManualClock, district: str) -> tuple[int, str, int]:
    resident = make_resident(db, district=district, name=f"{district} 花子")
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=resident)
        notice = create_notice(session, data=NoticeCreate(
            level="evacuate", title="避難指示(洪水)", text="近くの小学校へ避難してください。", districts=[district],
            expires_at=clock.now() + timedelta(hours=3)), created_by="防災課", now=clock.now(),
            settings=WatchSettings(_env_file=None))
    return notice.id, device.device_id, resident


def push(db: Database, clock: ManualClock, notice_id: int, device_id: str, resident: int, district: str) -> None:
    with db.sessions() as session, session.begin():
        record_tablet_pushes(session, pushes=[TabletPush(notice_id, device_id, resident, district, ok=True)],
                             now=clock.now())


def audit_count(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def test_a_delivery_moves_the_notice_event_of_its_district_only(
        running_app: FastAPI, db: Database, manual_clock: ManualClock, short_streams: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(running_app.state, "watch_clock", manual_clock, raising=False)
    mine, elsewhere = unique_district(), unique_district()
    notice_id, device_id, resident = notice_with_tablet(db, manual_clock, mine)
    other_id, other_device, other_resident = notice_with_tablet(db, manual_clock, elsewhere)
    client = new_client(running_app)
    login(client, make_account(db, districts=(mine,)))

    events = stream_events(client)
    assert [e["event"] for e in events[:2]] == ["changed", "notices"]
    before = notice_marker(events)
    assert len(before) == 16 and ":" not in before  # an opaque digest, not counts
    page = client.get(f"/staff/notices/{notice_id}")
    assert page.status_code == 200 and 'data-live-event="notices"' in page.text and "未配信(端末" in page.text

    push(db, manual_clock, other_id, other_device, other_resident, elsewhere)  # another district's tablet
    assert notice_marker(stream_events(client)) == before
    push(db, manual_clock, notice_id, device_id, resident, mine)  # the member's district's tablet got it
    after = notice_marker(stream_events(client))
    assert after != before

    audited = audit_count(db)
    fragment = client.get(f"/staff/notices/{notice_id}/fragment")
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert "届きました 1台" in fragment.text and "未配信(端末がつながっていません) 0台" in fragment.text
    assert f"{mine} 花子" in fragment.text and f"{elsewhere} 花子" not in fragment.text
    assert audit_count(db) == audited  # live refreshes are not audited one by one
    assert client.get(f"/staff/notices/{other_id}/fragment").status_code == 404  # not the member's district
