"""View logic of today's board and the 30-day chart (what the board page, its fragment and the JSON show)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from markupsafe import Markup
from sqlalchemy.orm import Session

from core.settings import RuntimeSettings
from staff import queries
from staff.auth import Principal
from staff.authz import district_filter, visible_districts
from staff.board import STATE_LABELS, STATE_ORDER, DistrictBoard, board_summary, build_board, worst_alert_states
from staff.chart import rate_table, render_svg, series_by_district
from staff.schemas import BoardPublic, DistrictPublic, PersonPublic
from watch.alerts import ACTIVE_STATUSES, MAX_ALERTS, list_alerts
from watch.cases import phone_list
from watch.models import KIND_DAILY
from watch.queries import answer_rates, list_checkins, list_districts

CHART_DAYS = 30
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
    )


def chart_context(db: Session, staff: Principal, runtime: RuntimeSettings, today: date) -> dict[str, Any]:
    """The 30-day answer-rate chart (SVG) and its table."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    rates = answer_rates(db, today=today, days=CHART_DAYS, districts=limit)
    districts = districts_of(db, staff, runtime)
    start = today - timedelta(days=CHART_DAYS - 1)
    series = series_by_district(rates, districts=districts, start=start)
    return {
        "chart_svg": Markup(render_svg(series, start=start, days=CHART_DAYS)),
        "chart_series": series,
        "chart_rows": rate_table(rates, districts=districts),
        "chart_days": CHART_DAYS,
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
