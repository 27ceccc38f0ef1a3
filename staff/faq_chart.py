"""What citizens ask, week by week: questions per category (stacked bars) and the answer rate (a line), as a
small server-side SVG drawn for a phone's width (390 px), with a table as its text alternative."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from chat.models import OUTCOME_ANSWERED, UNANSWERED_OUTCOMES

WIDTH = 360  # viewBox units: about 1:1 on a 390 px phone, so 12-unit text stays readable
HEIGHT = 230
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 40, 40, 14, 34
TOP_CATEGORIES = 5  # the most asked categories get their own colour; the rest are 「その他」
OTHER_LABEL = "その他"
NO_CATEGORY_LABEL = "分類なし"
OTHER_COLOR = "#6b7079"
# Dark, distinct colours (>= 3:1 against white and against each other's neighbours in a stack).
CATEGORY_COLORS = ("#0a58a6", "#a3151b", "#1e6b32", "#7b1070", "#8a4600")


@dataclass
class WeekStats:
    """One week (Monday to Sunday, city time): questions per category and how many were answered."""

    start: date
    by_category: Counter[str] = field(default_factory=Counter)
    answered: int = 0

    @property
    def total(self) -> int:
        """Questions of the week (answered or not)."""
        return sum(self.by_category.values())

    @property
    def rate(self) -> float | None:
        """Answered / asked, or None for a week without questions."""
        return self.answered / self.total if self.total else None


@dataclass(frozen=True)
class Swatch:
    """A category's colour in the chart (legend)."""

    label: str
    color: str


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def weekly_stats(rows: Iterable[tuple[datetime, str, str]], *, first_week: date, weeks: int, tz: ZoneInfo
                 ) -> list[WeekStats]:
    """Rows (asked_at, outcome, category) counted per week; only question outcomes count."""
    stats = [WeekStats(start=first_week + timedelta(weeks=i)) for i in range(weeks)]
    for asked_at, outcome, category in rows:
        if outcome != OUTCOME_ANSWERED and outcome not in UNANSWERED_OUTCOMES:
            continue
        index = (week_start(asked_at.astimezone(tz).date()) - first_week).days // 7
        if 0 <= index < weeks:
            stats[index].by_category[category or NO_CATEGORY_LABEL] += 1
            stats[index].answered += outcome == OUTCOME_ANSWERED
    return stats


def legend(stats: Sequence[WeekStats]) -> list[Swatch]:
    """The most asked categories of the period with their colours, then 「その他」 when more exist."""
    totals: Counter[str] = Counter()
    for week in stats:
        totals.update(week.by_category)
    top = [name for name, _ in totals.most_common(TOP_CATEGORIES)]
    swatches = [Swatch(name, CATEGORY_COLORS[i % len(CATEGORY_COLORS)]) for i, name in enumerate(top)]
    if len(totals) > len(top):
        swatches.append(Swatch(OTHER_LABEL, OTHER_COLOR))
    return swatches


def category_table(rows: Iterable[tuple[datetime, str, str]]) -> list[tuple[str, int, int, float | None]]:
    """Per category: (category, answered, asked, rate), most asked first; only question outcomes count."""
    asked: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    for _asked_at, outcome, category in rows:
        if outcome != OUTCOME_ANSWERED and outcome not in UNANSWERED_OUTCOMES:
            continue
        name = category or NO_CATEGORY_LABEL
        asked[name] += 1
        answered[name] += outcome == OUTCOME_ANSWERED
    return [(name, answered[name], n, answered[name] / n if n else None) for name, n in asked.most_common()]


def _nice_max(value: int) -> int:
    for step in (5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000):
        if value <= step:
            return step
    return value


def render_svg(stats: Sequence[WeekStats], swatches: Sequence[Swatch], *, title_id: str = "faq-chart-title") -> str:
    """Stacked weekly bars by category (left axis: questions) and the answer rate (right axis: %)."""
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    top = _nice_max(max((w.total for w in stats), default=0))
    slot = plot_w / max(1, len(stats))
    bar_w = slot * 0.62
    colors = {s.label: s.color for s in swatches}

    def y_count(n: float) -> float:
        return PAD_TOP + plot_h * (1 - n / top)

    def y_rate(rate: float) -> float:
        return PAD_TOP + plot_h * (1 - max(0.0, min(1.0, rate)))

    first, last = (stats[0].start, stats[-1].start + timedelta(days=6)) if stats else (None, None)
    desc = (f"{first:%m月%d日}から{last:%m月%d日}までの週ごとの質問数(分類別の積み上げ)と回答率(折れ線)。"
            "数値は下の表にあります。") if first and last else "データがありません。"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{title_id} {title_id}-desc" focusable="false">',
        f'<title id="{title_id}">週ごとの質問数と回答率</title>',
        f'<desc id="{title_id}-desc">{escape(desc)}</desc>',
    ]
    for fraction in (0, 0.5, 1):
        gy = PAD_TOP + plot_h * (1 - fraction)
        parts.append(f'<line x1="{PAD_LEFT}" y1="{gy:.1f}" x2="{WIDTH - PAD_RIGHT}" y2="{gy:.1f}" stroke="#8a8f98" '
                     f'stroke-width="{1 if fraction in (0, 1) else 0.5}"/>')
        parts.append(f'<text x="{PAD_LEFT - 4}" y="{gy + 4:.1f}" text-anchor="end" font-size="12" fill="#1b1b1b">'
                     f'{round(top * fraction)}</text>')
        parts.append(f'<text x="{WIDTH - PAD_RIGHT + 4}" y="{gy + 4:.1f}" font-size="12" fill="#1b1b1b">'
                     f'{round(fraction * 100)}%</text>')
    points = []
    for i, week in enumerate(stats):
        x = PAD_LEFT + slot * i + (slot - bar_w) / 2
        base = 0
        stack = [(colors.get(name, OTHER_COLOR), n) for name, n in sorted(
            week.by_category.items(), key=lambda item: (item[0] not in colors, item[0]))]
        for color, n in stack:
            parts.append(f'<rect x="{x:.1f}" y="{y_count(base + n):.1f}" width="{bar_w:.1f}" '
                         f'height="{y_count(base) - y_count(base + n):.1f}" fill="{color}"/>')
            base += n
        if (len(stats) - 1 - i) % max(1, len(stats) // 4) == 0:  # the last week labelled, about four labels
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - PAD_BOTTOM + 16}" text-anchor="middle" '
                         f'font-size="12" fill="#1b1b1b">{week.start.month}/{week.start.day}</text>')
        if week.rate is not None:
            points.append((x + bar_w / 2, y_rate(week.rate)))
    if points:
        coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        parts.append(f'<polyline fill="none" stroke="#1b1b1b" stroke-width="2.5" stroke-dasharray="6 3" '
                     f'points="{coords}"/>')
        for px, py in points:
            parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="#ffffff" stroke="#1b1b1b" '
                         f'stroke-width="2"/>')
    parts.append(f'<text x="{PAD_LEFT}" y="{HEIGHT - 4}" font-size="12" fill="#1b1b1b">週の初め(月曜)</text>')
    parts.append("</svg>")
    return "".join(parts)
