"""Photo handling with real Pillow: metadata removed, GPS read only with consent, bombs and non-images refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from reports.errors import InvalidPhotoError, PhotoTooLargeError
from reports.media import PhotoFiles, PhotoLimits, process_photo, read_gps
from tests.reports.conftest import FURUKAWA, bomb_png, jpeg_with_exif, png_bytes

LIMITS = PhotoLimits(max_bytes=10 * 1024 * 1024, max_pixels=40_000_000, max_side_px=1024, thumb_side_px=200,
                     jpeg_quality=85)


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_exif_gps_and_camera_data_are_removed_and_gps_read_with_consent() -> None:
    source = jpeg_with_exif(size=(2000, 1500))
    assert read_gps(_open(source)) is not None and b"TestCam" in source  # the fixture really carries them
    photo = process_photo(source, limits=LIMITS, read_position=True)
    assert photo.gps is not None
    assert photo.gps[0] == pytest.approx(FURUKAWA[0], abs=1e-4) and photo.gps[1] == pytest.approx(FURUKAWA[1], abs=1e-4)
    for data in (photo.jpeg, photo.thumbnail):
        stored = _open(data)
        assert stored.format == "JPEG"
        assert len(stored.getexif()) == 0 and "exif" not in stored.info and "icc_profile" not in stored.info
        assert b"TestCam" not in data and b"Model X" not in data and b"FirmwareSecret" not in data
    assert (photo.width, photo.height) == (1024, 768)  # scaled to the longest side
    assert max(_open(photo.thumbnail).size) == 200


def test_gps_is_not_read_without_consent() -> None:
    assert process_photo(jpeg_with_exif(), limits=LIMITS, read_position=False).gps is None


def test_orientation_is_applied_before_the_tag_is_dropped() -> None:
    image = Image.new("RGB", (400, 200), (0, 0, 255))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    photo = process_photo(buffer.getvalue(), limits=LIMITS, read_position=False)
    assert (photo.width, photo.height) == (200, 400)


def test_png_with_transparency_becomes_a_jpeg() -> None:
    photo = process_photo(png_bytes(), limits=LIMITS, read_position=True)
    assert _open(photo.jpeg).format == "JPEG" and photo.gps is None


def test_heic_is_accepted() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (90, 90, 90)).save(buffer, format="HEIF")
    photo = process_photo(buffer.getvalue(), limits=LIMITS, read_position=False)
    assert _open(photo.jpeg).format == "JPEG" and (photo.width, photo.height) == (320, 240)


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    data = bomb_png(12_000)  # 144 megapixels in a few kilobytes
    assert len(data) < 100_000
    with pytest.raises(PhotoTooLargeError) as caught:
        process_photo(data, limits=LIMITS, read_position=False)
    assert caught.value.status == 413 and "画素数" in caught.value.message


@pytest.mark.parametrize(
    "data", [b"%PDF-1.4 not an image", b"", b"\xff\xd8\xff\xe0 truncated jpeg", b"GIF89a" + bytes(40)]
)
def test_non_images_are_refused(data: bytes) -> None:
    with pytest.raises(InvalidPhotoError) as caught:
        process_photo(data, limits=LIMITS, read_position=False)
    assert caught.value.status == 415 and "JPEG" in caught.value.message


def test_a_gif_is_refused_even_though_pillow_reads_it() -> None:
    buffer = io.BytesIO()
    Image.new("P", (10, 10)).save(buffer, format="GIF")
    with pytest.raises(InvalidPhotoError):
        process_photo(buffer.getvalue(), limits=LIMITS, read_position=False)


def test_too_many_bytes_are_refused() -> None:
    small = PhotoLimits(max_bytes=1000, max_pixels=LIMITS.max_pixels, max_side_px=1024, thumb_side_px=200,
                        jpeg_quality=85)
    with pytest.raises(PhotoTooLargeError):
        process_photo(jpeg_with_exif(), limits=small, read_position=False)


def test_photo_files_are_written_atomically_and_deleted(tmp_path: Path) -> None:
    files = PhotoFiles(tmp_path / "media")
    name = files.write(b"abc")
    assert files.path(name).read_bytes() == b"abc" and not list((tmp_path / "media").glob(".*"))
    with pytest.raises(ValueError):
        files.path("../etc/passwd")
    files.delete([name, "../x"])
    assert not files.path(name).exists()
