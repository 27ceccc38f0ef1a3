"""A small inline SVG line chart of answer rates per district (server-side, no scripts, no CDN).

Readable on a 390 px tablet/phone: the drawing is 400 units wide, so its 14-unit labels stay >= 12 px on the
~360 px a phone gives it (CSS caps the width on a desktop). Daily points over 30 days, or, when a district is
small (fewer than ``SMALL_DISTRICT_RESIDENTS`` active residents: one person would swing a day from 0 to 100 %),
weekly points over the last 5 whole weeks ending today.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape

from watch.schemas import AnswerRate

WIDTH = 400  # viewBox units; ~1 unit per CSS px at 390 px
HEIGHT = 240
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 46, 22, 14, 38
X_LABEL_DROP = 27  # baseline of the date labels below the plot: clear of the 0 % label at any scale
FONT_UNITS = 14  # >= 12 px when the chart is drawn >= 343 px wide
DAILY_LABEL_EVERY = 7  # one date label per week on the daily view
SMALL_DISTRICT_RESIDENTS = 5
CHART_DAYS = 30
CHART_WEEKS = 5
VIEW_DAILY, VIEW_WEEKLY = "daily", "weekly"
# Dark colors (>= 4.5:1 on white) and distinct dash patterns, so lines differ without color too.
SERIES_STYLES = (
    ("#0a58a6", ""), ("#a3151b", "6 3"), ("#1e6b32", "2 3"), ("#7b1070", "10 4 2 4"),
    ("#8a4600", "4 4"), ("#3f4650", "12 3"), ("#005f73", "1 2"),
)


@dataclass(frozen=True)
class Series:
    """One district's points: (slot index, rate 0..1) for slots (days or weeks) with check-ins."""

    district: str
    color: str
    dash: str
    points: tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class ChartView:
    """What is drawn: daily or weekly slots, their first days and the title."""

    view: str
    start: date
    slots: tuple[date, ...]  # the first day of each slot
    title: str

    def slot_of(self, day: date) -> int:
        """The slot index of ``day`` (may be out of range)."""
        step = 7 if self.view == VIEW_WEEKLY else 1
        return (day - self.start).days // step

    @property
    def labels(self) -> list[tuple[int, str]]:
        """(slot index, label) of the x axis: every week on the daily view, every slot on the weekly one."""
        every = 1 if self.view == VIEW_WEEKLY else DAILY_LABEL_EVERY
        suffix = "〜" if self.view == VIEW_WEEKLY else ""
        return [(i, f"{d.month}/{d.day}{suffix}") for i, d in enumerate(self.slots) if i % every == 0]


def choose_view(requested: str | None, resident_counts: Mapping[str, int], districts: Sequence[str]) -> str:
    """``requested`` when it is daily or weekly; else weekly when any shown district with residents is small."""
    if requested in (VIEW_DAILY, VIEW_WEEKLY):
        return requested
    small = any(0 < resident_counts.get(d, 0) < SMALL_DISTRICT_RESIDENTS for d in districts)
    return VIEW_WEEKLY if small else VIEW_DAILY


def chart_view(view: str, today: date) -> ChartView:
    """The slots ending today: 30 days, or 5 whole weeks (the last one ends today)."""
    if view == VIEW_WEEKLY:
        start = today - timedelta(days=7 * CHART_WEEKS - 1)
        slots = tuple(start + timedelta(days=7 * i) for i in range(CHART_WEEKS))
        return ChartView(VIEW_WEEKLY, start, slots, f"過去{CHART_WEEKS}週間の回答率(週ごと、地区別)")
    start = today - timedelta(days=CHART_DAYS - 1)
    return ChartView(VIEW_DAILY, start, tuple(start + timedelta(days=i) for i in range(CHART_DAYS)),
                     f"過去{CHART_DAYS}日間の回答率(日ごと、地区別)")


def series_by_district(rates: Sequence[AnswerRate], *, districts: Sequence[str], view: ChartView) -> list[Series]:
    """One series per district: answered / asked per slot (a week sums its days; districts without data get no
    points)."""
    out = []
    for i, district in enumerate(districts):
        color, dash = SERIES_STYLES[i % len(SERIES_STYLES)]
        sums: dict[int, list[int]] = {}
        for r in rates:
            slot = view.slot_of(r.local_date)
            if r.district == district and 0 <= slot < len(view.slots) and r.total:
                acc = sums.setdefault(slot, [0, 0])
                acc[0] += r.answered
                acc[1] += r.total
        points = tuple((slot, round(done / total, 4)) for slot, (done, total) in sorted(sums.items()))
        out.append(Series(district=district, color=color, dash=dash, points=points))
    return out


def render_svg(series: Sequence[Series], *, view: ChartView, title_id: str = "chart-title") -> str:
    """The chart as an SVG element (role=img, labelled by a title and a description)."""
    plot_w = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    count = len(view.slots)

    def x(slot: int) -> float:
        if view.view == VIEW_WEEKLY:  # a week's point sits in the middle of its week
            return PAD_LEFT + plot_w * (slot + 0.5) / count
        return PAD_LEFT + (plot_w * slot / max(1, count - 1))

    def y(rate: float) -> float:
        return PAD_TOP + plot_h * (1 - max(0.0, min(1.0, rate)))

    end = view.slots[-1] + timedelta(days=6 if view.view == VIEW_WEEKLY else 0)
    desc = f"{view.start:%m月%d日}から{end:%m月%d日}までの地区別の回答率。詳しい数値は下の表にあります。"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{title_id} {title_id}-desc" focusable="false" data-view="{view.view}">',
        f'<title id="{title_id}">{escape(view.title)}</title>',
        f'<desc id="{title_id}-desc">{escape(desc)}</desc>',
    ]
    for pct in (0, 50, 100):  # three labels: far apart at any width
        gy = y(pct / 100)
        parts.append(f'<line x1="{PAD_LEFT}" y1="{gy:.1f}" x2="{WIDTH - PAD_RIGHT}" y2="{gy:.1f}" '
                     f'stroke="#8a8f98" stroke-width="{1 if pct in (0, 100) else 0.5}"/>')
        parts.append(f'<text class="y-label" x="{PAD_LEFT - 5}" y="{gy + 5:.1f}" text-anchor="end" '
                     f'font-size="{FONT_UNITS}" fill="#1b1b1b">{pct}%</text>')
    for slot, label in view.labels:
        parts.append(f'<text class="x-label" x="{x(slot):.1f}" y="{HEIGHT - PAD_BOTTOM + X_LABEL_DROP}" '
                     f'text-anchor="middle" font-size="{FONT_UNITS}" fill="#1b1b1b">{label}</text>')
    for s in series:
        if not s.points:
            continue
        coords = " ".join(f"{x(d):.1f},{y(r):.1f}" for d, r in s.points)
        dash = f' stroke-dasharray="{s.dash}"' if s.dash else ""
        parts.append(f'<polyline fill="none" stroke="{s.color}" stroke-width="2.5"{dash} points="{coords}"/>')
        for d, r in s.points:
            parts.append(f'<circle cx="{x(d):.1f}" cy="{y(r):.1f}" r="3" fill="{s.color}"/>')
    parts.append("</svg>")
    return "".join(parts)


def rate_table(rates: Sequence[AnswerRate], *, districts: Sequence[str], since: date | None = None
               ) -> list[tuple[str, int, int, float | None]]:
    """The text alternative: per district, answered / total over the period (from ``since``) and the rate."""
    rows = []
    for district in districts:
        chosen = [r for r in rates if r.district == district and (since is None or r.local_date >= since)]
        total = sum(r.total for r in chosen)
        answered = sum(r.answered for r in chosen)
        rows.append((district, answered, total, answered / total if total else None))
    return rows
