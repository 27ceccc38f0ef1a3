"""Fixtures of the reports suite: the reports router with the edge error handler and security headers over a
real SQLite file, photos written to a temporary folder, and real images made with Pillow."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image

from core.settings import RuntimeSettings
from gateway.errors import install_error_handlers
from gateway.middleware import SecurityHeadersMiddleware
from reports import routes as reports_routes
from reports.settings import ReportsSettings
from storage.database import open_database

TOKEN = "reports-internal-token-for-tests-0123456789"
FURUKAWA = (38.5713, 140.9558)  # near Furukawa station
NARUKO = (38.7405, 140.7130)
TOKYO_STATION = (35.6812, 139.7671)


def build_app(db_url: str, settings: ReportsSettings) -> FastAPI:
    """What the gateway assembles for this router: the database, the runtime settings, the edge handler."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = open_database(url=db_url)
        async with reports_routes.lifespan(app):
            yield
        app.state.db.close()

    app = FastAPI(lifespan=lifespan)
    app.state.runtime = RuntimeSettings(_env_file=None, environment="test")
    app.state.reports_settings = settings
    install_error_handlers(app)
    app.add_middleware(SecurityHeadersMiddleware, hsts=False)
    app.include_router(reports_routes.router)
    return app


def make_settings(tmp_path: Path, **changes: object) -> ReportsSettings:
    """Test settings: photos under tmp_path, a generous intake limit."""
    values: dict[str, object] = {"internal_token": TOKEN, "media_dir": tmp_path / "media",
                                 "intake_rate_limit": "1000/minute", "public_cache_s": 0, **changes}
    return ReportsSettings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> ReportsSettings:
    """Default test settings."""
    return make_settings(tmp_path)


@pytest.fixture
def client(tmp_path: Path, settings: ReportsSettings) -> Iterator[TestClient]:
    """A client of the reports routes over a fresh SQLite file."""
    with TestClient(build_app(f"sqlite:///{tmp_path / 'reports.db'}", settings)) as test_client:
        yield test_client


def jpeg_with_exif(*, size: tuple[int, int] = (640, 480), gps: tuple[float, float] | None = FURUKAWA) -> bytes:
    """A real JPEG with camera data (Make, Model, a serial number) and, optionally, a GPS position."""
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "TestCam"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0131] = "FirmwareSecret"  # Software
    if gps is not None:
        def dms(value: float) -> tuple[float, float, float]:
            degrees = int(value)
            minutes = int((value - degrees) * 60)
            seconds = round(((value - degrees) * 60 - minutes) * 60, 4)
            return (float(degrees), float(minutes), seconds)

        exif[0x8825] = {1: "N", 2: dms(gps[0]), 3: "E", 4: dms(gps[1])}
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif, quality=90)
    return buffer.getvalue()


def png_bytes(size: tuple[int, int] = (300, 200), mode: str = "RGBA") -> bytes:
    """A real PNG (with transparency by default)."""
    buffer = io.BytesIO()
    Image.new(mode, size, (10, 200, 10, 128) if mode == "RGBA" else 0).save(buffer, format="PNG")
    return buffer.getvalue()


def bomb_png(side: int = 12_000) -> bytes:
    """A tiny file that decodes to ``side`` x ``side`` pixels (a decompression bomb)."""
    buffer = io.BytesIO()
    Image.new("1", (side, side), 0).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
