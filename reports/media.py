"""Photos of reports: decoded and re-encoded with Pillow (JPEG/PNG/HEIC in, JPEG out), every piece of metadata
dropped (EXIF camera data and GPS, XMP, ICC, comments), a pixel limit against decompression bombs, thumbnails.
The GPS position is read before stripping and returned only when the citizen agreed to share it.

Files are written under REPORTS_MEDIA_DIR by :class:`PhotoFiles`; the caller deletes them again when the
database transaction that references them fails (files and rows together or not at all).
"""

from __future__ import annotations

import io
import os
import secrets
import warnings
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from reports.errors import InvalidPhotoError, PhotoTooLargeError

ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "HEIF"})
GPS_IFD = ExifTags.IFD.GPSInfo
OUTPUT_MIME = "image/jpeg"


@dataclass(frozen=True)
class PhotoLimits:
    """How big a photo may be and how it is stored."""

    max_bytes: int
    max_pixels: int
    max_side_px: int
    thumb_side_px: int
    jpeg_quality: int


@dataclass(frozen=True)
class ProcessedPhoto:
    """A photo ready to store: clean JPEG bytes, a thumbnail, its size, the GPS position if read."""

    jpeg: bytes
    thumbnail: bytes
    width: int
    height: int
    gps: tuple[float, float] | None


@cache
def _register_heif() -> None:
    """Teach Pillow to open HEIC/HEIF (pillow-heif), once, at first use (nothing heavy at import)."""
    from pillow_heif import register_heif_opener  # deferred on purpose

    register_heif_opener()


def _rational(value: object) -> float:
    if isinstance(value, tuple) and len(value) == 2:  # (numerator, denominator)
        return float(Fraction(int(value[0]), int(value[1]) or 1))
    return float(value)  # type: ignore[arg-type]


def read_gps(image: Image.Image) -> tuple[float, float] | None:
    """(latitude, longitude) from the EXIF GPS block, or None when absent or unreadable."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)
        lat_ref, lat, lon_ref, lon = gps.get(1), gps.get(2), gps.get(3), gps.get(4)
        if not (lat_ref and lat and lon_ref and lon):
            return None
        latitude = sum(_rational(part) / 60**i for i, part in enumerate(lat))
        longitude = sum(_rational(part) / 60**i for i, part in enumerate(lon))
    except (AttributeError, TypeError, ValueError, ZeroDivisionError, KeyError):
        return None
    latitude = -latitude if str(lat_ref).upper().startswith("S") else latitude
    longitude = -longitude if str(lon_ref).upper().startswith("W") else longitude
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def _encode(image: Image.Image, *, quality: int) -> bytes:
    buffer = io.BytesIO()
    # No exif=, icc_profile= or comment: Pillow writes none of the source's metadata.
    image.save(buffer, format="JPEG", quality=quality, optimize=False)
    return buffer.getvalue()


def process_photo(data: bytes, *, limits: PhotoLimits, read_position: bool) -> ProcessedPhoto:
    """Decode, check and re-encode one upload (raises InvalidPhotoError / PhotoTooLargeError)."""
    if len(data) > limits.max_bytes:
        raise PhotoTooLargeError(
            f"写真は1枚{limits.max_bytes // (1024 * 1024)}MBまでです。", detail=f"{len(data)} bytes"
        )
    _register_heif()
    Image.MAX_IMAGE_PIXELS = limits.max_pixels  # Pillow's own guard, on top of the check below
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            source = Image.open(io.BytesIO(data))
            if source.format not in ACCEPTED_FORMATS:
                raise InvalidPhotoError(detail=f"format {source.format}")
            if source.width * source.height > limits.max_pixels:
                raise PhotoTooLargeError("写真の画素数が多すぎます。", detail=f"{source.width}x{source.height}")
            gps = read_gps(source) if read_position else None
            source.draft("RGB", (limits.max_side_px, limits.max_side_px))  # JPEG: decode at a reduced scale
            image: Image.Image = ImageOps.exif_transpose(source)  # applies the orientation, then the tag is gone
            if image.mode not in ("RGB", "L"):
                rgba = image.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                image = flat
            image = image.convert("RGB")
            image.thumbnail((limits.max_side_px, limits.max_side_px), Image.Resampling.BICUBIC, reducing_gap=2.0)
            clean = Image.new("RGB", image.size)  # a fresh image: no info dict (exif, xmp, icc) carried over
            clean.paste(image)
            thumb = clean.copy()
            thumb.thumbnail((limits.thumb_side_px, limits.thumb_side_px), Image.Resampling.BILINEAR)
            return ProcessedPhoto(
                jpeg=_encode(clean, quality=limits.jpeg_quality), thumbnail=_encode(thumb, quality=80),
                width=clean.width, height=clean.height, gps=gps,
            )
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise PhotoTooLargeError("写真の画素数が多すぎます。", detail=str(err)) from err
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as err:
        raise InvalidPhotoError(detail=f"{type(err).__name__}: {err}") from err


class PhotoFiles:
    """Stored photos under one directory, named by random ids (never by anything the citizen sent)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, data: bytes, *, suffix: str = ".jpg") -> str:
        """Write atomically (temporary file, then rename); the new file's name."""
        self.root.mkdir(parents=True, exist_ok=True)
        name = secrets.token_hex(16) + suffix
        temporary = self.root / f".{name}.tmp"
        temporary.write_bytes(data)
        os.replace(temporary, self.root / name)
        return name

    def path(self, name: str) -> Path:
        """The file of a stored name (names are ours: hex and a suffix)."""
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"not a stored photo name: {name!r}")
        return self.root / name

    def delete(self, names: list[str]) -> None:
        """Remove files (when the transaction that referenced them did not commit)."""
        for name in names:
            try:
                self.path(name).unlink(missing_ok=True)
            except ValueError:
                continue
