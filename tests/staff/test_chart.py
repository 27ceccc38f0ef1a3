"""The answer-rate chart (pure SVG) and its table alternative."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

from staff.chart import rate_table, render_svg, series_by_district
from watch.schemas import AnswerRate

START = date(2026, 4, 2)
SVG_NS = "{http://www.w3.org/2000/svg}"


def rate(district: str, day: int, total: int, answered: int) -> AnswerRate:
    return AnswerRate(district=district, local_date=START + timedelta(days=day), total=total, answered=answered,
                      rate=answered / total)


RATES = [rate("古川", 0, 10, 9), rate("古川", 29, 10, 5), rate("松山", 3, 4, 4)]


def test_series_per_district_in_order_with_distinct_styles() -> None:
    series = series_by_district(RATES, districts=["古川", "松山", "岩出山"], start=START)
    assert [s.district for s in series] == ["古川", "松山", "岩出山"]
    assert series[0].points == ((0, 0.9), (29, 0.5))
    assert series[1].points == ((3, 1.0),)
    assert series[2].points == ()
    assert len({(s.color, s.dash) for s in series}) == 3


def test_svg_is_valid_labelled_and_has_one_line_per_district_with_data() -> None:
    svg = render_svg(series_by_district(RATES, districts=["古川", "松山", "岩出山"], start=START), start=START,
                     days=30)
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-title chart-title-desc"
    title = root.find(f"{SVG_NS}title")
    assert title is not None and title.text == "過去30日間の回答率(地区別)"
    assert len(root.findall(f"{SVG_NS}polyline")) == 2
    assert len(root.findall(f"{SVG_NS}circle")) == 3
    # 100% is at the top of the plot, 50% half way down
    first = (root.findall(f"{SVG_NS}polyline")[0].get("points") or "").split()
    assert first[0].startswith("48.0,") and first[-1].startswith("624.0,")


def test_table_alternative_sums_the_period() -> None:
    rows = rate_table(RATES, districts=["古川", "松山", "岩出山"])
    assert rows == [("古川", 14, 20, 0.7), ("松山", 4, 4, 1.0), ("岩出山", 0, 0, None)]
