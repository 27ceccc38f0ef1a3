"""View logic of today's board and the 30-day chart (what the board page, its fragment and the JSON show)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from markupsafe import Markup
from sqlalchemy.orm import Session

from core.settings import RuntimeSettings
from staff import queries
from staff.auth import Principal
from staff.authz import district_filter, visible_districts
from staff.board import STATE_LABELS, STATE_ORDER, DistrictBoard, board_summary, build_board, worst_alert_states
from staff.chart import (
    CHART_DAYS,
    CHART_WEEKS,
    VIEW_WEEKLY,
    chart_view,
    choose_view,
    rate_table,
    render_svg,
    series_by_district,
)
from staff.schemas import BoardPublic, DistrictPublic, PersonPublic
from storage.base import utcnow
from watch.alerts import ACTIVE_STATUSES, MAX_ALERTS, list_alerts
from watch.case_lists import phone_list
from watch.missed import missed_in_a_row
from watch.models import KIND_DAILY
from watch.queries import active_counts, answer_rates, list_checkins, list_districts
from watch.satellite_registry import speaker_states

CHART_FETCH_DAYS = 35  # the weekly view's 5 whole weeks (the daily view uses the last 30 days of them)
MAX_BOARD_ALERTS = MAX_ALERTS


def local_today(now: datetime, runtime: RuntimeSettings) -> date:
    """Today's date in the city's time zone."""
    return now.astimezone(runtime.tz).date()


def districts_of(db: Session, staff: Principal, runtime: RuntimeSettings) -> list[str]:
    """The districts this staff member sees (admins: every configured or used district)."""
    all_districts = list(dict.fromkeys([*runtime.districts, *list_districts(db)]))
    return visible_districts(role=staff.role, districts=staff.districts, all_districts=all_districts)


def load_board(db: Session, staff: Principal, runtime: RuntimeSettings, today: date) -> list[DistrictBoard]:
    """Today's board for the districts this staff member sees."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    return build_board(
        districts=districts_of(db, staff, runtime),
        residents=queries.active_residents(db, districts=limit),
        checkins=list_checkins(db, local_date=today, districts=limit, kind=KIND_DAILY),
        away=queries.residents_away(db, day=today, districts=limit),
        alert_states=worst_alert_states((a.resident_id, a.reason, a.priority)
                                        for a in list_alerts(db, districts=limit, statuses=ACTIVE_STATUSES,
                                                             limit=MAX_BOARD_ALERTS)),
        speakers=speaker_states(db, now=utcnow(), districts=limit),
    )


def chart_context(db: Session, staff: Principal, runtime: RuntimeSettings, today: date,
                  requested_view: str | None = None) -> dict[str, Any]:
    """The answer-rate chart (SVG; daily, or weekly when a district is small), its table, the number of today's
    questions still waiting (left out of the rates), and the residents with missed days in a row."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    rates = answer_rates(db, today=today, days=CHART_FETCH_DAYS, districts=limit)
    districts = districts_of(db, staff, runtime)
    view = chart_view(choose_view(requested_view, active_counts(db, districts=limit), districts), today)
    series = series_by_district(rates, districts=districts, view=view)
    return {
        "chart_svg": Markup(render_svg(series, view=view)),
        "chart_view": view.view,
        "chart_weekly": view.view == VIEW_WEEKLY,
        "chart_title": view.title,
        "chart_series": series,
        "chart_rows": rate_table(rates, districts=districts, since=view.start),
        "chart_pending_today": sum(r.pending for r in rates if r.local_date == today),
        "chart_period": f"過去{CHART_WEEKS}週間" if view.view == VIEW_WEEKLY else f"過去{CHART_DAYS}日間",
        "missed": missed_in_a_row(db, today=today, districts=limit),
    }


def board_context(db: Session, staff: Principal, runtime: RuntimeSettings, now: datetime) -> dict[str, Any]:
    """Everything the board's live part shows."""
    today = local_today(now, runtime)
    boards = load_board(db, staff, runtime, today)
    limit = district_filter(role=staff.role, districts=staff.districts)
    alerts = list_alerts(db, districts=limit, statuses=("open",))
    return {
        "today": today, "boards": boards, "summary": board_summary(boards), "states": STATE_ORDER,
        "state_labels": STATE_LABELS, "open_alerts": len(alerts), "updated_at": now,
        "phone_list": phone_list(db, day=today, districts=limit),
    }


def board_public(context: dict[str, Any]) -> BoardPublic:
    """The board as JSON (same content as the page)."""
    return BoardPublic(
        date=context["today"], summary=context["summary"], open_alerts=context["open_alerts"],
        phone_list=[call.resident_id for call in context["phone_list"]],
        districts=[
            DistrictPublic(
                district=b.district, counts=b.counts,
                people=[PersonPublic(resident_id=p.resident_id, name=p.name, state=p.state, at=p.at,
                                     checkin_id=p.checkin_id) for p in b.people],
            )
            for b in context["boards"]
        ],
    )
