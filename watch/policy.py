"""The escalation policy as pure functions: (state, now, config) -> decision with actions. No I/O here.

No answer (deadlines count from ``opened_at``, the moment the resident was first asked):
  +reask   -> ask the device again                      (step 1)
  +family  -> notify the first family contact           (step 2)
  +staff   -> open a ``high`` alert for welfare staff   (step 3, the check-in becomes ``escalated``)
A worker that was down (or settings that shortened the steps) catches up one step at a time: every step whose
deadline passed is taken in order, but at least ``step_gap_minutes`` apart (0: all at once), so a re-ask, the
family notice and the staff alert never fire in the same second and the senior has time to answer the re-ask.

Answers: fine -> nothing (the family is told if it had been notified); unwell -> ``medium`` alert (``high`` when
it is the Nth unwell answer in a row); help or a safety-net word -> ``urgent`` alert to staff AND the first family
contact; unclear -> ask again (counts as no answer; the deadlines keep running).

Open alerts: unacknowledged ``ack`` minutes after creation -> one more round: priority one level up (capped at
urgent), notify the next contact in escalation order, re-notify staff. Repeats until someone acknowledges, each
reminder waiting longer (``ack`` x ``ack_backoff`` per round, at most ``ack_max`` minutes: 30 -> 60 -> 120 -> 120);
one round per deadline (no burst after downtime); the scheduler keeps one reminder per person (case).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

STEP_NONE = 0
STEP_REASKED = 1
STEP_FAMILY = 2
STEP_STAFF = 3
PRIORITIES = ("medium", "high", "urgent")
Priority = Literal["medium", "high", "urgent"]
Outcome = Literal["fine", "unwell", "help", "unclear"]


@dataclass(frozen=True)
class PolicyConfig:
    """Minutes of each step and the unwell streak length (from WatchSettings)."""

    reask_minutes: int = 30
    family_minutes: int = 120
    staff_minutes: int = 180
    ack_minutes: int = 30
    ack_backoff: float = 2.0
    ack_max_minutes: int = 120
    unwell_streak_days: int = 3
    step_gap_minutes: int = 0

    @classmethod
    def from_settings(cls, settings: object) -> PolicyConfig:
        """Read the policy fields of a WatchSettings (any object with the same attribute names)."""
        return cls(**{name: getattr(settings, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class ContactRef:
    """What the policy needs to know about a contact."""

    position: int
    relation: str


# --- actions --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AskAgain:
    """Send the question to the device again."""


@dataclass(frozen=True)
class NotifyContact:
    """Email (or webhook, without email) one contact; ``reason``: no_answer, alert, answered_after_notice."""

    position: int
    reason: str


@dataclass(frozen=True)
class OpenAlert:
    """Create an alert and notify welfare staff (email list + webhook)."""

    priority: Priority
    reason: str


@dataclass(frozen=True)
class NotifyStaff:
    """Re-notify welfare staff about an existing alert."""

    priority: Priority


Action = AskAgain | NotifyContact | OpenAlert | NotifyStaff


@dataclass(frozen=True)
class CheckInState:
    """The policy-relevant part of a check-in."""

    status: str  # open | escalated | answered | cancelled
    opened_at: datetime
    step: int


@dataclass(frozen=True)
class CheckInDecision:
    """What to do now and the check-in's next state."""

    actions: tuple[Action, ...]
    status: str
    step: int
    next_action_at: datetime | None


@dataclass(frozen=True)
class AlertState:
    """The policy-relevant part of an alert."""

    status: str  # open | acknowledged | resolved
    priority: Priority
    level: int
    contacts_notified: int  # highest contact position notified so far (0 = none)
    next_escalation_at: datetime | None


@dataclass(frozen=True)
class AlertDecision:
    """One escalation round (or nothing) and the alert's next state."""

    actions: tuple[Action, ...]
    priority: Priority
    level: int
    contacts_notified: int
    next_escalation_at: datetime | None
    escalated: bool = field(default=False)


def first_family(contacts: Sequence[ContactRef]) -> int | None:
    """Position of the first family contact (None when there is none)."""
    family = [c.position for c in contacts if c.relation == "family"]
    return min(family) if family else None


def raise_priority(priority: Priority) -> Priority:
    """One level more urgent (urgent stays urgent)."""
    index = min(PRIORITIES.index(priority) + 1, len(PRIORITIES) - 1)
    return PRIORITIES[index]  # type: ignore[return-value]


def step_deadline(opened_at: datetime, step: int, config: PolicyConfig) -> datetime | None:
    """When step ``step`` (1..3) is due, or None past the last step."""
    minutes = {STEP_REASKED: config.reask_minutes, STEP_FAMILY: config.family_minutes,
               STEP_STAFF: config.staff_minutes}.get(step)
    return None if minutes is None else opened_at + timedelta(minutes=minutes)


def decide_silence(state: CheckInState, contacts: Sequence[ContactRef], now: datetime,
                   config: PolicyConfig) -> CheckInDecision:
    """No-answer steps due at ``now`` (all missed ones, in order) and when to look again."""
    if state.status != "open":
        return CheckInDecision((), state.status, state.step, None)
    actions: list[Action] = []
    step, status = state.step, state.status
    gap = timedelta(minutes=config.step_gap_minutes)
    while step < STEP_STAFF:
        deadline = step_deadline(state.opened_at, step + 1, config)
        if deadline is None or deadline > now or (gap and actions):
            break
        step += 1
        if step == STEP_REASKED:
            actions.append(AskAgain())
        elif step == STEP_FAMILY:
            family = first_family(contacts)
            if family is not None:
                actions.append(NotifyContact(position=family, reason="no_answer"))
        else:
            actions.append(OpenAlert(priority="high", reason="no_answer"))
            status = "escalated"
    following = step_deadline(state.opened_at, step + 1, config)
    if following is not None and gap and actions:
        following = max(following, now + gap)
    return CheckInDecision(tuple(actions), status, step, following)


def decide_answer(state: CheckInState, outcome: Outcome, *, unwell_before: int, keyword: bool,
                  contacts: Sequence[ContactRef], config: PolicyConfig) -> tuple[Action, ...]:
    """Actions for an answer; ``unwell_before``: unwell answers in a row just before this one."""
    family = first_family(contacts)
    actions: list[Action] = []
    if outcome == "unclear":
        return (AskAgain(),)
    if outcome == "help":
        actions.append(OpenAlert(priority="urgent", reason="keyword" if keyword else "help"))
        if family is not None:
            actions.append(NotifyContact(position=family, reason="alert"))
        return tuple(actions)
    if outcome == "unwell":
        if unwell_before + 1 >= config.unwell_streak_days:
            actions.append(OpenAlert(priority="high", reason="unwell_streak"))
        else:
            actions.append(OpenAlert(priority="medium", reason="unwell"))
    if state.step >= STEP_FAMILY and family is not None:
        actions.append(NotifyContact(position=family, reason="answered_after_notice"))
    return tuple(actions)


def decide_alert(alert: AlertState, contacts: Sequence[ContactRef], now: datetime,
                 config: PolicyConfig) -> AlertDecision:
    """One escalation round when an open alert passed its deadline unacknowledged."""
    if alert.status != "open" or alert.next_escalation_at is None or alert.next_escalation_at > now:
        return AlertDecision((), alert.priority, alert.level, alert.contacts_notified, alert.next_escalation_at)
    priority = raise_priority(alert.priority)
    actions: list[Action] = [NotifyStaff(priority=priority)]
    notified = alert.contacts_notified
    later = sorted(c.position for c in contacts if c.position > notified)
    if later:
        notified = later[0]
        actions.append(NotifyContact(position=notified, reason="alert"))
    return AlertDecision(tuple(actions), priority, alert.level + 1, notified,
                         now + reminder_interval(alert.level + 1, config), escalated=True)


def reminder_interval(level: int, config: PolicyConfig) -> timedelta:
    """The wait before the next staff reminder of an alert that had ``level`` reminders: ``ack`` minutes, growing
    by ``ack_backoff`` per reminder, capped at ``ack_max`` minutes."""
    minutes = config.ack_minutes * config.ack_backoff ** min(level, 32)
    return timedelta(minutes=min(minutes, max(config.ack_max_minutes, config.ack_minutes)))


def alert_first_deadline(created_at: datetime, config: PolicyConfig) -> datetime:
    """When a new alert escalates if nobody acknowledges it."""
    return created_at + reminder_interval(0, config)
