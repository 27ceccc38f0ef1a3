"""One report from the /report page: validate, process the photos, then store rows and files together.

Photos are decoded and re-encoded before the transaction starts (nothing stored yet if one is bad); the files
are written inside the transaction and deleted again if it does not commit, so a report never points to a
missing file and no refused report leaves files behind.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from reports.errors import InvalidPhotoError, PhotoTooLargeError, ReportStorageError, TooManyPhotosError
from reports.geo import district_at
from reports.media import PhotoFiles, PhotoLimits, ProcessedPhoto, process_photo
from reports.schemas import ReportCreate
from reports.settings import ReportsSettings
from reports.store import add_photo, create_report, new_status_token
from storage.database import Database

CHANNEL_WEB_FORM = "web_form"
PHOTO_THREADS = 2


@dataclass(frozen=True)
class Upload:
    """One uploaded file as received (name for messages only)."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class Filed:
    """A stored report: its receipt number and status token."""

    report_id: int
    number: str
    token: str
    district: str | None


def photo_limits(settings: ReportsSettings) -> PhotoLimits:
    """The photo limits of the settings."""
    return PhotoLimits(max_bytes=settings.max_photo_bytes, max_pixels=settings.max_image_pixels,
                       max_side_px=settings.photo_max_side_px, thumb_side_px=settings.thumb_side_px,
                       jpeg_quality=settings.jpeg_quality)


def process_uploads(
    uploads: list[Upload], *, settings: ReportsSettings, read_position: bool
) -> list[ProcessedPhoto]:
    """Every photo decoded and cleaned, or an error naming the file (nothing is stored)."""
    if len(uploads) > settings.max_photos:
        raise TooManyPhotosError(f"写真は{settings.max_photos}枚までです。", detail=f"{len(uploads)} photos")
    limits = photo_limits(settings)

    def one(upload: Upload) -> ProcessedPhoto:
        try:
            return process_photo(upload.data, limits=limits, read_position=read_position)
        except (InvalidPhotoError, PhotoTooLargeError) as err:
            raise type(err)(f"「{upload.filename[:60]}」: {err.message}", detail=err.detail) from err

    if len(uploads) <= 1:
        return [one(upload) for upload in uploads]
    # Pillow releases the GIL while it decodes, resizes and encodes: photos of one report use both cores.
    with ThreadPoolExecutor(max_workers=min(len(uploads), PHOTO_THREADS)) as pool:
        return list(pool.map(one, uploads))


def file_report(
    database: Database, *, report: ReportCreate, photos: list[ProcessedPhoto], settings: ReportsSettings,
    now: datetime, tz: ZoneInfo,
) -> Filed:
    """Store the report, its history and photo rows and files in one transaction (all or nothing)."""
    if report.latitude is None and report.longitude is None:
        position = next((photo.gps for photo in photos if photo.gps is not None), None)
        # a photo's position outside the city is ignored (the typed place stands), not refused
        if position is not None and district_at(latitude=position[0], longitude=position[1]) is not None:
            report = report.model_copy(update={"latitude": position[0], "longitude": position[1]})
    files = PhotoFiles(settings.media_dir)
    written: list[str] = []
    try:
        with database.sessions() as session, session.begin():
            token = new_status_token()
            row = create_report(session, report=report, channel=CHANNEL_WEB_FORM, now=now, tz=tz, status_token=token)
            for photo in photos:
                name = files.write(photo.jpeg)
                written.append(name)
                thumb = files.write(photo.thumbnail)
                written.append(thumb)
                add_photo(session, report_id=row.id, file_name=name, thumb_name=thumb, width=photo.width,
                          height=photo.height)
            filed = Filed(report_id=row.id, number=row.number or "", token=token, district=row.district)
    except SQLAlchemyError as err:
        files.delete(written)
        raise ReportStorageError(detail=f"report not stored: {type(err).__name__}") from err
    except BaseException:
        files.delete(written)
        raise
    return filed
