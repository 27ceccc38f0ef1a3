"""The server-drawn map: district outlines always, tiles only when a tile server is configured, single markers
for few reports and shared ones (with counts) for many."""

from __future__ import annotations

from datetime import UTC, datetime

from reports.mapview import MAX_SINGLE_MARKERS, build_map
from reports.publish import PublicReport

AT = datetime(2026, 6, 1, tzinfo=UTC)


def _report(i: int, lat: float, lon: float) -> PublicReport:
    return PublicReport(id=i, number=f"R-2026-{i:06d}", category="other", status="received", district="古川",
                        latitude=lat, longitude=lon, created_at=AT, updated_at=AT, closed_at=None, public_note="")


def test_offline_by_default_with_seven_outlines() -> None:
    view = build_map([_report(1, 38.5713, 140.9558)], tile_url="", zoom=10, labels=lambda r: r.number)
    assert view.tiles == [] and len(view.outlines) == 7
    [marker] = view.markers
    assert marker.href == "#r-R-2026-000001" and 0 < marker.x < view.width and 0 < marker.y < view.height


def test_configured_tiles_cover_the_city() -> None:
    view = build_map([], tile_url="/tiles/{z}/{x}/{y}.png", zoom=10, labels=lambda r: r.number)
    assert view.tiles and all(t.href.startswith("/tiles/10/") for t in view.tiles)
    assert min(t.x for t in view.tiles) <= 12 and max(t.x + t.size for t in view.tiles) >= view.width - 12


def test_many_reports_share_markers() -> None:
    reports = [_report(i, 38.5713 + (i % 3) * 0.0001, 140.9558) for i in range(MAX_SINGLE_MARKERS + 1)]
    reports.append(_report(999, 38.7405, 140.7130))
    view = build_map(reports, tile_url="", zoom=10, labels=lambda r: r.number)
    assert sorted(m.count for m in view.markers) == [1, MAX_SINGLE_MARKERS + 1]
    assert all("#report-list" in m.href and "件" in m.label for m in view.markers)
