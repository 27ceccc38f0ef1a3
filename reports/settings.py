"""Settings of citizen reports (prefix ``REPORTS_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

INTERNAL_TOKEN_HEADER = "X-Internal-Token"
DEV_INTERNAL_TOKEN = "dev-reports-internal-token-change-me"
MIB = 1024 * 1024


class ReportsSettings(FeatureSettings):
    """Intake limits, photo storage, the public map and open data, and the action server's shared secret."""

    model_config = SettingsConfigDict(env_prefix="REPORTS_", env_file=".env", extra="ignore")
    secret_fields = ("internal_token",)

    internal_token: str = Field(
        DEV_INTERNAL_TOKEN, min_length=1,
        description="sent by the action server as X-Internal-Token; always required by /internal/reports",
    )
    media_dir: Path = Field(Path("var/reports/media"), description="where re-encoded photos and thumbnails live")
    max_photo_bytes: int = Field(10 * MIB, ge=1024, description="largest photo file accepted")
    max_photos: int = Field(3, ge=0, le=10, description="most photos per report")
    max_image_pixels: int = Field(
        40_000_000, ge=10_000, description="largest decoded image (width x height); bigger is refused as a bomb"
    )
    photo_max_side_px: int = Field(1920, ge=256, description="stored photos are scaled down to this longest side")
    thumb_side_px: int = Field(320, ge=64, description="longest side of thumbnails")
    jpeg_quality: int = Field(85, ge=30, le=95, description="quality of re-encoded JPEG photos")
    intake_rate_limit: str = Field("10/hour;3/minute", description="reports per client address (limits syntax)")
    rate_limit_storage_uri: str = Field("memory://", description="limits storage (redis://... for several workers)")
    duplicate_radius_m: float = Field(30.0, gt=0, description="reports of one category this close are suggested")
    duplicate_window_days: int = Field(14, ge=1, description="...when filed within this many days of each other")
    public_cache_s: float = Field(
        30.0, ge=0, description="the map and open data may lag this many seconds behind (0 = always current)"
    )
    map_recently_closed_days: int = Field(30, ge=0, description="closed reports stay on the map this long")
    map_tile_url: str = Field(
        "", description="tile template like /tiles/{z}/{x}/{y}.png (same origin: the CSP allows img-src 'self'); "
        "empty = offline map of district outlines, no external calls",
    )
    map_tile_zoom: int = Field(10, ge=1, le=18, description="zoom level of the tiles drawn behind the map")
    open_data_precision: int = Field(3, ge=0, le=6, description="decimal places of published positions (3 = ~100 m)")
    open_data_license: str = Field(
        "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.ja) 大崎市", description="licence line"
    )
