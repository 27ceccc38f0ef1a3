"""Osaki's districts from an offline table (reports/data/districts.yaml), distances, and the map projection."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DISTRICTS_FILE = Path(__file__).resolve().parent / "data" / "districts.yaml"
EARTH_RADIUS_M = 6_371_008.8
METRES_PER_DEGREE_LAT = 111_320.0

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude) vertices


@dataclass(frozen=True)
class District:
    """One district and its (approximate) outline."""

    name: str
    ring: Ring


@cache
def districts(path: Path = DISTRICTS_FILE) -> tuple[District, ...]:
    """The district table, in the order it is matched."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(
        District(name=str(item["name"]), ring=tuple((float(lon), float(lat)) for lon, lat in item["polygon"]))
        for item in data["districts"]
    )


def _inside(ring: Ring, *, lon: float, lat: float) -> bool:
    """Ray casting: is the point inside the polygon?"""
    inside = False
    count = len(ring)
    for i in range(count):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % count]
        if (y1 > lat) != (y2 > lat):
            x_cross = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < x_cross:
                inside = not inside
    return inside


def district_at(*, latitude: float, longitude: float) -> str | None:
    """The district containing the point, or None when it is outside the city."""
    for district in districts():
        if _inside(district.ring, lon=longitude, lat=latitude):
            return district.name
    return None


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def degree_box(*, latitude: float, longitude: float, radius_m: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) around a point, a little larger than the radius (SQL prefilter)."""
    d_lat = radius_m / METRES_PER_DEGREE_LAT * 1.01
    d_lon = d_lat / max(math.cos(math.radians(latitude)), 0.01)
    return latitude - d_lat, latitude + d_lat, longitude - d_lon, longitude + d_lon


def city_bounds() -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of every district outline."""
    points = [point for district in districts() for point in district.ring]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def mercator(*, longitude: float, latitude: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel position at ``zoom`` (256-pixel tiles), as slippy-map tile servers use."""
    scale = 256 * 2**zoom
    x = (longitude + 180.0) / 360.0 * scale
    sin_lat = math.sin(math.radians(latitude))
    y = (0.5 - math.log((1 + sin_lat) / (1 - sin_lat)) / (4 * math.pi)) * scale
    return x, y
