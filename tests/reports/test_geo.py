"""The offline district table: each district's centre maps to it; points outside Osaki to nothing."""

from __future__ import annotations

import pytest

from reports.geo import city_bounds, degree_box, distance_m, district_at, districts

CENTRES = {
    "古川": (38.5713, 140.9558), "松山": (38.4930, 141.0640), "三本木": (38.5330, 140.9380),
    "鹿島台": (38.4600, 141.0900), "岩出山": (38.6440, 140.8620), "鳴子温泉": (38.7405, 140.7130),
    "田尻": (38.6010, 141.0960),
}


@pytest.mark.parametrize(("name", "position"), sorted(CENTRES.items()))
def test_district_centres(name: str, position: tuple[float, float]) -> None:
    assert district_at(latitude=position[0], longitude=position[1]) == name


@pytest.mark.parametrize("position", [(35.6812, 139.7671), (38.2682, 140.8694), (38.70, 141.30), (0.0, 0.0)])
def test_outside_the_city(position: tuple[float, float]) -> None:
    assert district_at(latitude=position[0], longitude=position[1]) is None


def test_the_table_has_the_seven_districts_and_bounds() -> None:
    assert {d.name for d in districts()} == set(CENTRES)
    min_lon, min_lat, max_lon, max_lat = city_bounds()
    assert min_lon < 140.5 < 141.1 < max_lon and min_lat < 38.45 < 38.85 < max_lat


def test_distance_and_box() -> None:
    assert distance_m(38.57, 140.95, 38.57027, 140.95) == pytest.approx(30.0, abs=0.5)
    _, max_lat, _, max_lon = degree_box(latitude=38.57, longitude=140.95, radius_m=30)
    assert distance_m(38.57, 140.95, max_lat, 140.95) > 30 and distance_m(38.57, 140.95, 38.57, max_lon) > 30
