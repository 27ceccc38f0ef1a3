"""The public map drawn on the server as SVG (no script needed): district outlines (the offline fallback),
optional tiles from REPORTS_MAP_TILE_URL behind them, and one marker link per report."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from reports.geo import city_bounds, districts, mercator
from reports.publish import PublicReport

MAP_WIDTH_PX = 800
TILE_PX = 256
MARGIN_PX = 12
MAX_SINGLE_MARKERS = 100  # above this, nearby reports share one marker (with a count)
CLUSTER_CELL_DEG = 0.02  # about 2 km: the grid cell of shared markers


@dataclass(frozen=True)
class Marker:
    """A marker: position in the SVG, the link it opens, its accessible name, how many reports it stands for."""

    x: float
    y: float
    href: str
    label: str
    status: str
    count: int = 1


@dataclass(frozen=True)
class Tile:
    """One background tile image placed in the SVG."""

    href: str
    x: float
    y: float
    size: float


@dataclass(frozen=True)
class MapView:
    """Everything the template draws."""

    width: float
    height: float
    outlines: list[tuple[str, str, float, float]]  # district name, SVG points, label position
    markers: list[Marker]
    tiles: list[Tile]


def _markers(
    reports: list[PublicReport], project: Callable[[float, float], tuple[float, float]],
    labels: Callable[[PublicReport], str],
) -> list[Marker]:
    located = [r for r in reports if r.latitude is not None and r.longitude is not None]
    if len(located) <= MAX_SINGLE_MARKERS:
        return [Marker(*project(r.longitude, r.latitude), href=f"#r-{r.number}", label=labels(r),  # type: ignore[arg-type]
                       status=r.status) for r in located]
    cells: dict[tuple[int, int], list[PublicReport]] = {}
    for report in located:
        assert report.latitude is not None and report.longitude is not None
        key = (math.floor(report.longitude / CLUSTER_CELL_DEG), math.floor(report.latitude / CLUSTER_CELL_DEG))
        cells.setdefault(key, []).append(report)
    markers = []
    for group in cells.values():
        lon = sum(r.longitude or 0.0 for r in group) / len(group)
        lat = sum(r.latitude or 0.0 for r in group) / len(group)
        district = group[0].district
        markers.append(Marker(*project(lon, lat), href=f"?district={quote(district)}#report-list",
                              label=f"{district}のこの付近の報告 {len(group)}件", status="cluster", count=len(group)))
    return markers


def build_map(
    reports: list[PublicReport], *, tile_url: str, zoom: int, labels: Callable[[PublicReport], str]
) -> MapView:
    """Project the city at ``zoom`` (Web Mercator, as tile servers use) and scale it to the map width."""
    min_lon, min_lat, max_lon, max_lat = city_bounds()
    left, top = mercator(longitude=min_lon, latitude=max_lat, zoom=zoom)
    right, bottom = mercator(longitude=max_lon, latitude=min_lat, zoom=zoom)
    scale = (MAP_WIDTH_PX - 2 * MARGIN_PX) / (right - left)
    height = (bottom - top) * scale + 2 * MARGIN_PX

    def project(lon: float, lat: float) -> tuple[float, float]:
        x, y = mercator(longitude=lon, latitude=lat, zoom=zoom)
        return round((x - left) * scale + MARGIN_PX, 1), round((y - top) * scale + MARGIN_PX, 1)

    outlines = []
    for district in districts():
        points = [project(lon, lat) for lon, lat in district.ring]
        centre_x = sum(p[0] for p in points) / len(points)
        centre_y = sum(p[1] for p in points) / len(points)
        outlines.append((district.name, " ".join(f"{x},{y}" for x, y in points), centre_x, centre_y))
    markers = _markers(reports, project, labels)
    tiles = []
    if tile_url:
        for tile_x in range(math.floor(left / TILE_PX), math.floor(right / TILE_PX) + 1):
            for tile_y in range(math.floor(top / TILE_PX), math.floor(bottom / TILE_PX) + 1):
                href = tile_url.replace("{z}", str(zoom)).replace("{x}", str(tile_x)).replace("{y}", str(tile_y))
                tiles.append(Tile(href=href, x=round((tile_x * TILE_PX - left) * scale + MARGIN_PX, 1),
                                  y=round((tile_y * TILE_PX - top) * scale + MARGIN_PX, 1),
                                  size=round(TILE_PX * scale, 1)))
    return MapView(width=MAP_WIDTH_PX, height=round(height, 1), outlines=outlines, markers=markers, tiles=tiles)
