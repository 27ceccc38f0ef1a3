"""Today's board: each district's residents grouped by the state of today's check-in (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from staff.queries import ResidentBrief
from watch.schemas import CheckInPublic

STATE_HELP = "help"
STATE_ESCALATED = "escalated"
STATE_UNDELIVERED = "undelivered"
STATE_UNWELL = "unwell"
STATE_PENDING = "pending"
STATE_FINE = "fine"
STATE_AWAY = "away"
STATE_NOT_YET = "not_yet"
STATE_ORDER = (STATE_HELP, STATE_ESCALATED, STATE_UNDELIVERED, STATE_UNWELL, STATE_PENDING, STATE_FINE, STATE_AWAY,
               STATE_NOT_YET)
STATE_LABELS = {
    STATE_HELP: "助けて", STATE_ESCALATED: "未回答(エスカレーション)", STATE_UNDELIVERED: "未配信(電話で確認)",
    STATE_UNWELL: "体調不良", STATE_PENDING: "回答待ち", STATE_FINE: "元気", STATE_AWAY: "休止中",
    STATE_NOT_YET: "問いかけ前",
}


@dataclass(frozen=True)
class PersonStatus:
    """One resident on the board."""

    resident_id: int
    name: str
    district: str
    state: str
    at: datetime | None = None
    answer_text: str | None = None
    checkin_id: int | None = None
    speaker_online: bool | None = None  # None: no smart speaker; else whether one is connected
    speaker_heard_at: datetime | None = None


@dataclass
class DistrictBoard:
    """One district's card: people by state and the counts."""

    district: str
    people: list[PersonStatus] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """How many residents are in each state (every state present, zero included)."""
        counts = dict.fromkeys(STATE_ORDER, 0)
        for person in self.people:
            counts[person.state] += 1
        return counts

    def in_state(self, state: str) -> list[PersonStatus]:
        """The people in one state."""
        return [p for p in self.people if p.state == state]


def checkin_state(checkin: CheckInPublic) -> str | None:
    """The board state of a check-in (None for a cancelled one)."""
    if checkin.status == "answered":
        return checkin.outcome if checkin.outcome in (STATE_FINE, STATE_UNWELL, STATE_HELP) else STATE_FINE
    if checkin.status == "escalated":
        return STATE_ESCALATED
    if checkin.status == "open":
        return STATE_PENDING
    if checkin.status == "undelivered":
        return STATE_UNDELIVERED
    return None


ALERT_REASON_STATES = {"help": STATE_HELP, "keyword": STATE_HELP, "no_answer": STATE_ESCALATED,
                       "unwell": STATE_UNWELL, "unwell_streak": STATE_UNWELL}
DEVICE_ALERT_REASONS = ("device_offline",)  # about the speaker, not the person: shown on the row, not as a state


def alert_state(*, reason: str, priority: str) -> str:
    """The board state an active alert stands for (urgent is always 助けて)."""
    if priority == "urgent":
        return STATE_HELP
    return ALERT_REASON_STATES.get(reason, STATE_ESCALATED)


def worst_alert_states(alerts: Iterable[tuple[int, str, str]]) -> dict[int, str]:
    """resident id -> the most urgent board state of their active alerts ((resident id, reason, priority))."""
    rank = {state: i for i, state in enumerate(STATE_ORDER)}
    worst: dict[int, str] = {}
    for resident_id, reason, priority in alerts:
        if reason in DEVICE_ALERT_REASONS:
            continue
        state = alert_state(reason=reason, priority=priority)
        if resident_id not in worst or rank[state] < rank[worst[resident_id]]:
            worst[resident_id] = state
    return worst


def build_board(
    *,
    districts: Sequence[str],
    residents: Iterable[ResidentBrief],
    checkins: Iterable[CheckInPublic],
    away: set[int],
    alert_states: dict[int, str] | None = None,
    speakers: Mapping[int, tuple[bool, datetime | None]] | None = None,
) -> list[DistrictBoard]:
    """One card per district (in the given order), each resident once, most urgent states first.

    ``alert_states`` (resident id -> board state of their most urgent active alert, see ``alert_state``) wins
    over a calmer check-in: a resident with an urgent open alert is never shown 元気. ``speakers`` (resident id ->
    (a smart speaker online, last heard)) adds the speaker's state to the resident's row.
    """
    alert_states = alert_states or {}
    speakers = speakers or {}
    latest: dict[int, CheckInPublic] = {}
    for checkin in checkins:
        if checkin.kind != "daily":
            continue
        previous = latest.get(checkin.resident_id)
        if previous is None or checkin.id > previous.id:
            latest[checkin.resident_id] = checkin
    boards = {d: DistrictBoard(district=d) for d in districts}
    rank = {state: i for i, state in enumerate(STATE_ORDER)}
    for resident in residents:
        board = boards.get(resident.district)
        if board is None:
            continue
        current = latest.get(resident.id)
        state = checkin_state(current) if current is not None else None
        if state is None:
            state = STATE_AWAY if resident.id in away else STATE_NOT_YET
        from_alert = alert_states.get(resident.id)
        if from_alert is not None and rank[from_alert] < rank[state]:
            state = from_alert
        board.people.append(
            PersonStatus(
                resident_id=resident.id, name=resident.name, district=resident.district, state=state,
                at=(current.answered_at or current.opened_at) if current is not None else None,
                answer_text=current.answer_text if current is not None else None,
                checkin_id=current.id if current is not None else None,
                speaker_online=speakers[resident.id][0] if resident.id in speakers else None,
                speaker_heard_at=speakers[resident.id][1] if resident.id in speakers else None,
            )
        )
    for board in boards.values():
        board.people.sort(key=lambda p: rank[p.state])
    return [boards[d] for d in districts]


def board_summary(boards: Sequence[DistrictBoard]) -> dict[str, int]:
    """Totals over every district."""
    totals = dict.fromkeys(STATE_ORDER, 0)
    for board in boards:
        for state, count in board.counts.items():
            totals[state] += count
    return totals
