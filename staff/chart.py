"""A small inline SVG line chart of daily answer rates per district (server-side, no scripts, no CDN)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape

from watch.schemas import AnswerRate

WIDTH = 640  # px (viewBox units)
HEIGHT = 260
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 48, 16, 16, 40
# Dark colors (>= 4.5:1 on white) and distinct dash patterns, so lines differ without color too.
SERIES_STYLES = (
    ("#0a58a6", ""), ("#a3151b", "6 3"), ("#1e6b32", "2 3"), ("#7b1070", "10 4 2 4"),
    ("#8a4600", "4 4"), ("#3f4650", "12 3"), ("#005f73", "1 2"),
)


@dataclass(frozen=True)
class Series:
    """One district's points: (day index, rate 0..1) for days with check-ins."""

    district: str
    color: str
    dash: str
    points: tuple[tuple[int, float], ...]


def series_by_district(rates: Sequence[AnswerRate], *, districts: Sequence[str], start: date) -> list[Series]:
    """Group the rates into one series per district (districts without data get no points)."""
    out = []
    for i, district in enumerate(districts):
        color, dash = SERIES_STYLES[i % len(SERIES_STYLES)]
        points = tuple(
            sorted(((r.local_date - start).days, r.rate) for r in rates if r.district == district)
        )
        out.append(Series(district=district, color=color, dash=dash, points=points))
    return out


def render_svg(series: Sequence[Series], *, start: date, days: int, title_id: str = "chart-title") -> str:
    """The chart as an SVG element (role=img, labelled by a title and a description)."""
    plot_w = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM

    def x(day: int) -> float:
        return PAD_LEFT + (plot_w * day / max(1, days - 1))

    def y(rate: float) -> float:
        return PAD_TOP + plot_h * (1 - max(0.0, min(1.0, rate)))

    end = start + timedelta(days=days - 1)
    desc = f"{start:%m月%d日}から{end:%m月%d日}までの地区別の回答率。詳しい数値は下の表にあります。"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{title_id} {title_id}-desc" focusable="false">',
        f'<title id="{title_id}">過去{days}日間の回答率(地区別)</title>',
        f'<desc id="{title_id}-desc">{escape(desc)}</desc>',
    ]
    for pct in (0, 25, 50, 75, 100):
        gy = y(pct / 100)
        parts.append(f'<line x1="{PAD_LEFT}" y1="{gy:.1f}" x2="{WIDTH - PAD_RIGHT}" y2="{gy:.1f}" '
                     f'stroke="#8a8f98" stroke-width="{1 if pct in (0, 100) else 0.5}"/>')
        parts.append(f'<text x="{PAD_LEFT - 6}" y="{gy + 4:.1f}" text-anchor="end" font-size="12" '
                     f'fill="#1b1b1b">{pct}%</text>')
    for day in range(0, days, 7):
        label_day = start + timedelta(days=day)
        parts.append(f'<text x="{x(day):.1f}" y="{HEIGHT - PAD_BOTTOM + 18}" text-anchor="middle" font-size="12" '
                     f'fill="#1b1b1b">{label_day.month}/{label_day.day}</text>')
    for s in series:
        if not s.points:
            continue
        coords = " ".join(f"{x(d):.1f},{y(r):.1f}" for d, r in s.points)
        dash = f' stroke-dasharray="{s.dash}"' if s.dash else ""
        parts.append(f'<polyline fill="none" stroke="{s.color}" stroke-width="2.5"{dash} points="{coords}"/>')
        for d, r in s.points:
            parts.append(f'<circle cx="{x(d):.1f}" cy="{y(r):.1f}" r="2.5" fill="{s.color}"/>')
    parts.append("</svg>")
    return "".join(parts)


def rate_table(rates: Sequence[AnswerRate], *, districts: Sequence[str]) -> list[tuple[str, int, int, float | None]]:
    """The text alternative: per district, answered / total over the period and the overall rate."""
    rows = []
    for district in districts:
        total = sum(r.total for r in rates if r.district == district)
        answered = sum(r.answered for r in rates if r.district == district)
        rows.append((district, answered, total, answered / total if total else None))
    return rows
