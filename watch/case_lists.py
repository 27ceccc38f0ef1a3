"""What staff read of the cases (one case per resident, :mod:`watch.cases`): ``case_queue``, the alert queue as
one card per person, most urgent first; ``phone_list``: the people whose question never reached a device (未配信).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from watch.alerts import ACTIVE_STATUSES, alert_public
from watch.models import ALERT_OPEN, CHECKIN_UNDELIVERED, Alert, CheckIn, Resident
from watch.schemas import AlertPublic

MAX_QUEUE = 1000


@dataclass
class PersonCase:
    """One card of the queue: a person and every active alert of theirs, the most urgent first."""

    resident_id: int
    name: str
    district: str
    phone: str | None
    alerts: list[AlertPublic]

    @property
    def lead(self) -> AlertPublic:
        """The most urgent alert (its priority and reason head the card)."""
        return self.alerts[0]

    @property
    def unacknowledged(self) -> bool:
        """True while any alert of the person waits for a staff member."""
        return any(a.status == ALERT_OPEN for a in self.alerts)


def case_queue(session: Session, *, districts: Sequence[str] | None = None) -> list[PersonCase]:
    """Active alerts grouped by person; cards sorted: unacknowledged first, then urgency, then oldest."""
    query = (select(Alert, Resident).join(Resident, Resident.id == Alert.resident_id)
             .where(Alert.status.in_(ACTIVE_STATUSES)).limit(MAX_QUEUE))
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    cards: dict[int, PersonCase] = {}
    for alert, resident in session.execute(query):
        card = cards.get(resident.id)
        if card is None:
            card = cards[resident.id] = PersonCase(resident.id, resident.name, resident.district, resident.phone, [])
        card.alerts.append(alert_public(alert, resident))
    rank = {"medium": 1, "high": 2, "urgent": 3}
    for card in cards.values():
        card.alerts.sort(key=lambda a: (a.status != ALERT_OPEN, -rank.get(a.priority, 0), a.created_at, a.id))
    return sorted(cards.values(), key=lambda c: (not c.unacknowledged, -max(rank.get(a.priority, 0)
                                                                               for a in c.alerts),
                                                 min(a.created_at for a in c.alerts), c.resident_id))


@dataclass(frozen=True)
class PhoneCall:
    """A person whose question never reached a device today: staff call them (and their contacts)."""

    resident_id: int
    name: str
    district: str
    address: str
    checkin_id: int
    message: str
    contacts: list[tuple[str, str]]  # (name and relation, phone) of contacts with a phone


def phone_list(session: Session, *, day: date, districts: Sequence[str] | None = None) -> list[PhoneCall]:
    """Undelivered (未配信) questions of ``day``: the staff phone list, by district and kana."""
    query = (select(CheckIn, Resident).join(Resident, Resident.id == CheckIn.resident_id)
             .options(selectinload(Resident.contacts))
             .where(CheckIn.local_date == day, CheckIn.status == CHECKIN_UNDELIVERED)
             .order_by(Resident.district, Resident.name_kana, CheckIn.id))
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    seen: set[int] = set()
    calls = []
    for checkin, resident in session.execute(query):
        if resident.id in seen:
            continue
        seen.add(resident.id)
        contacts = [(f"{c.name}（{c.relation_label or c.relation}）", c.phone) for c in resident.contacts if c.phone]
        if resident.phone:
            contacts.insert(0, ("ご本人", resident.phone))
        calls.append(PhoneCall(resident.id, resident.name, resident.district, resident.address, checkin.id,
                               checkin.message, contacts))
    return calls

