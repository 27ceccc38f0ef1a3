"""Today's board grouping (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from staff.board import board_summary, build_board, checkin_state
from staff.queries import ResidentBrief
from watch.schemas import CheckInPublic

DAY = date(2026, 5, 1)
T = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)


def checkin(cid: int, resident: int, status: str, outcome: str | None = None, kind: str = "daily") -> CheckInPublic:
    return CheckInPublic(
        id=cid, resident_id=resident, resident_name="x", district="古川", kind=kind, campaign_id=None, local_date=DAY,
        message="おはようございます", status=status, step=0, opened_at=T, delivered_at=None,
        answered_at=T if status == "answered" else None, outcome=outcome, answer_text=None, classified_by=None,
    )


def resident(rid: int, district: str) -> ResidentBrief:
    return ResidentBrief(id=rid, name=f"住民{rid}", name_kana=f"じゅうみん{rid}", district=district)


def test_checkin_states() -> None:
    assert checkin_state(checkin(1, 1, "answered", "fine")) == "fine"
    assert checkin_state(checkin(1, 1, "answered", "unwell")) == "unwell"
    assert checkin_state(checkin(1, 1, "answered", "help")) == "help"
    assert checkin_state(checkin(1, 1, "open")) == "pending"
    assert checkin_state(checkin(1, 1, "escalated")) == "escalated"
    assert checkin_state(checkin(1, 1, "cancelled")) is None


def test_board_groups_by_district_and_urgency() -> None:
    residents = [resident(1, "古川"), resident(2, "古川"), resident(3, "古川"), resident(4, "松山"),
                 resident(5, "松山"), resident(6, "松山"), resident(7, "他市")]
    checkins = [
        checkin(10, 1, "answered", "fine"), checkin(11, 2, "escalated"), checkin(12, 4, "answered", "help"),
        checkin(13, 5, "cancelled"), checkin(14, 3, "open"),
        checkin(15, 1, "open", kind="safety"),  # safety check-ins do not change the daily board
    ]
    boards = build_board(districts=["古川", "松山", "岩出山"], residents=residents, checkins=checkins, away={5})
    assert [b.district for b in boards] == ["古川", "松山", "岩出山"]
    furukawa, matsuyama, iwadeyama = boards
    assert [(p.resident_id, p.state) for p in furukawa.people] == [(2, "escalated"), (3, "pending"), (1, "fine")]
    assert [(p.resident_id, p.state) for p in matsuyama.people] == [(4, "help"), (5, "away"), (6, "not_yet")]
    assert iwadeyama.people == []
    assert furukawa.counts["escalated"] == 1 and furukawa.counts["help"] == 0
    assert [p.resident_id for p in matsuyama.in_state("not_yet")] == [6]
    totals = board_summary(boards)
    assert totals == {"help": 1, "escalated": 1, "undelivered": 0, "unwell": 0, "pending": 1, "fine": 1, "away": 1,
                      "not_yet": 1}


def test_the_latest_daily_checkin_wins() -> None:
    boards = build_board(
        districts=["古川"], residents=[resident(1, "古川")],
        checkins=[checkin(20, 1, "answered", "unwell"), checkin(10, 1, "escalated")], away=set(),
    )
    assert boards[0].people[0].state == "unwell"
    assert boards[0].people[0].checkin_id == 20


def test_an_urgent_alert_wins_over_a_fine_checkin() -> None:
    from staff.board import worst_alert_states

    states = worst_alert_states([(1, "unwell", "medium"), (1, "help", "urgent"), (2, "no_answer", "high")])
    assert states == {1: "help", 2: "escalated"}
    residents = [ResidentBrief(1, "甲", "こう", "古川"), ResidentBrief(2, "乙", "おつ", "古川")]
    boards = build_board(districts=["古川"], residents=residents, checkins=[], away=set(), alert_states=states)
    assert [(p.resident_id, p.state) for p in boards[0].people] == [(1, "help"), (2, "escalated")]
