"""The answer-rate chart (pure SVG): daily and weekly views, the choice between them, labels that do not
overlap at 390 px, the table alternative."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from staff.chart import (
    FONT_UNITS,
    VIEW_DAILY,
    VIEW_WEEKLY,
    WIDTH,
    chart_view,
    choose_view,
    rate_table,
    render_svg,
    series_by_district,
)
from watch.schemas import AnswerRate

TODAY = date(2026, 5, 1)
DAILY = chart_view(VIEW_DAILY, TODAY)
START = DAILY.start
SVG_NS = "{http://www.w3.org/2000/svg}"
PHONE_CHART_PX = 390 - 2 * 16  # the chart's width on a 390 px screen (page padding 1rem each side)


def rate(district: str, day: int, total: int, answered: int) -> AnswerRate:
    return AnswerRate(district=district, local_date=START + timedelta(days=day), total=total, answered=answered,
                      rate=answered / total if total else 0.0)


RATES = [rate("古川", 0, 10, 9), rate("古川", 29, 10, 5), rate("松山", 3, 4, 4)]


def test_series_per_district_in_order_with_distinct_styles() -> None:
    series = series_by_district(RATES, districts=["古川", "松山", "岩出山"], view=DAILY)
    assert [s.district for s in series] == ["古川", "松山", "岩出山"]
    assert series[0].points == ((0, 0.9), (29, 0.5))
    assert series[1].points == ((3, 1.0),)
    assert series[2].points == ()
    assert len({(s.color, s.dash) for s in series}) == 3


def test_a_day_with_only_pending_questions_draws_no_point() -> None:
    series = series_by_district([rate("古川", 29, 0, 0)], districts=["古川"], view=DAILY)
    assert series[0].points == ()


def test_weekly_view_sums_whole_weeks_ending_today() -> None:
    weekly = chart_view(VIEW_WEEKLY, TODAY)
    assert len(weekly.slots) == 5 and weekly.slots[-1] == TODAY - timedelta(days=6)
    assert weekly.start == TODAY - timedelta(days=34)
    one_person = [AnswerRate(district="鳴子温泉", local_date=TODAY - timedelta(days=d), total=1,
                             answered=int(d % 3 != 0), rate=float(d % 3 != 0)) for d in range(14)]
    [series] = series_by_district(one_person, districts=["鳴子温泉"], view=weekly)
    # daily this swings 0 % / 100 %; a week of one person is 4/7 or 5/7
    assert series.points == ((3, round(5 / 7, 4)), (4, round(4 / 7, 4)))
    labels = weekly.labels
    assert [text for _, text in labels] == [f"{d.month}/{d.day}〜" for d in weekly.slots]


@pytest.mark.parametrize(("counts", "requested", "expected"), [
    ({"古川": 120, "松山": 40}, None, VIEW_DAILY),
    ({"古川": 120, "鳴子温泉": 3}, None, VIEW_WEEKLY),  # one small district: weekly for all
    ({"古川": 120, "鳴子温泉": 0}, None, VIEW_DAILY),  # an empty district has no line to swing
    ({"古川": 120, "鳴子温泉": 3}, VIEW_DAILY, VIEW_DAILY),  # staff may switch
    ({"古川": 120}, VIEW_WEEKLY, VIEW_WEEKLY),
    ({"古川": 120}, "bogus", VIEW_DAILY),
])
def test_the_view_is_weekly_when_a_shown_district_is_small(counts: dict[str, int], requested: str | None,
                                                           expected: str) -> None:
    assert choose_view(requested, counts, ["古川", "松山", "鳴子温泉"]) == expected


def _labels(root: ET.Element, cls: str) -> list[ET.Element]:
    return [t for t in root.iter(f"{SVG_NS}text") if t.get("class") == cls]


@pytest.mark.parametrize("view", [VIEW_DAILY, VIEW_WEEKLY])
def test_svg_is_labelled_readable_at_390_px_and_its_labels_do_not_overlap(view: str) -> None:
    shown = chart_view(view, TODAY)
    svg = render_svg(series_by_district(RATES, districts=["古川", "松山", "岩出山"], view=shown), view=shown)
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.get("data-view") == view
    assert root.get("aria-labelledby") == "chart-title chart-title-desc"
    title = root.find(f"{SVG_NS}title")
    assert title is not None and title.text == shown.title
    assert FONT_UNITS * PHONE_CHART_PX / WIDTH >= 12  # effective font size on a 390 px screen
    xs = sorted(float(t.get("x") or 0) for t in _labels(root, "x-label"))
    widest = max(len(t.text or "") for t in _labels(root, "x-label")) * FONT_UNITS * 0.6  # digits ~0.6 em
    assert all(b - a > widest for a, b in itertools.pairwise(xs))
    ys = sorted(float(t.get("y") or 0) for t in _labels(root, "y-label"))
    assert all(b - a > FONT_UNITS for a, b in itertools.pairwise(ys))


def test_daily_svg_has_one_line_per_district_with_data() -> None:
    root = ET.fromstring(render_svg(series_by_district(RATES, districts=["古川", "松山"], view=DAILY), view=DAILY))
    assert len(root.findall(f"{SVG_NS}polyline")) == 2
    assert len(root.findall(f"{SVG_NS}circle")) == 3
    first = (root.findall(f"{SVG_NS}polyline")[0].get("points") or "").split()
    assert first[0].startswith("46.0,") and first[-1].startswith("378.0,")  # first and last day span the plot


def test_table_alternative_sums_the_period() -> None:
    rows = rate_table(RATES, districts=["古川", "松山", "岩出山"])
    assert rows == [("古川", 14, 20, 0.7), ("松山", 4, 4, 1.0), ("岩出山", 0, 0, None)]
    assert rate_table(RATES, districts=["古川"], since=START + timedelta(days=1)) == [("古川", 5, 10, 0.5)]
