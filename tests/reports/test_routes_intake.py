"""The /report page and POST /api/reports over HTTP (real SQLite, real Pillow, photos on disk): a whole report
with photos, its receipt and private status link; bad input is a Japanese 4xx and nothing is stored."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import func, select

from reports.models import CitizenReport, ReportPhoto
from reports.settings import ReportsSettings
from reports.workflow import set_photo_approval
from tests.reports.conftest import FURUKAWA, NARUKO, TOKYO_STATION, bomb_png, jpeg_with_exif, png_bytes

FORM = {"category": "road_damage", "what": "歩道に深い穴があります", "where": "古川駅東口の前"}


def _submit(client: TestClient, data: dict[str, str], files: list[tuple[str, bytes, str]] | None = None) -> object:
    parts = [("photos", (name, content, mime)) for name, content, mime in (files or [])]
    return client.post("/api/reports", data=data, files=parts or None)


def _stored(client: TestClient, settings: ReportsSettings) -> tuple[int, int, list[Path]]:
    with client.app.state.db.sessions() as session:  # type: ignore[attr-defined]
        reports = session.scalar(select(func.count(CitizenReport.id))) or 0
        photos = session.scalar(select(func.count(ReportPhoto.id))) or 0
    files = sorted(settings.media_dir.glob("*")) if settings.media_dir.exists() else []
    return reports, photos, files


def test_the_page_is_japanese_accessible_and_scriptless_inline(client: TestClient) -> None:
    page = client.get("/report")
    assert page.status_code == 200 and '<html lang="ja">' in page.text
    assert "<script>" not in page.text and 'src="/reports/static/report.js"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for label in ("道路の損傷", "街灯の故障", "不法投棄", "倒木", "動物の死がい", "その他", "現在地を使う"):
        assert label in page.text
    assert client.get("/reports/static/report.js").status_code == 200
    assert client.get("/reports/static/../routes.py").status_code == 404


def test_a_report_with_two_photos_gets_a_receipt_and_a_private_status_link(
    client: TestClient, settings: ReportsSettings
) -> None:
    photos = [("穴.jpg", jpeg_with_exif(size=(1600, 1200)), "image/jpeg"), ("b.png", png_bytes(), "image/png")]
    response = _submit(client, {**FORM, "latitude": str(FURUKAWA[0]), "longitude": str(FURUKAWA[1]),
                                "contact": "taro@example.jp"}, photos)
    assert response.status_code == 201, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert re.fullmatch(r"R-20\d\d-\d{6}", body["number"]) and body["id"] == body["number"]
    token = body["status_url"].split("token=")[1]
    assert len(token) >= 32
    reports, photo_rows, files = _stored(client, settings)
    assert (reports, photo_rows, len(files)) == (1, 2, 4)  # two photos and two thumbnails
    for path in files:
        data = path.read_bytes()
        assert b"TestCam" not in data and b"Model X" not in data
        assert len(Image.open(io.BytesIO(data)).getexif()) == 0
    with client.app.state.db.sessions() as session:  # type: ignore[attr-defined]
        row = session.scalars(select(CitizenReport)).one()
        assert row.district == "古川" and row.department == "道路課" and row.channel == "web_form"
        assert row.contact == "taro@example.jp"

    status = client.get(f"/api/reports/{body['number']}", params={"token": token})
    assert status.status_code == 200
    view = status.json()
    assert view["status_label"] == "受付" and view["district"] == "古川" and "contact" not in view
    page = client.get(f"/reports/status/{body['number']}", params={"token": token})
    assert page.status_code == 200 and "受付" in page.text and "taro@example.jp" not in page.text
    assert page.headers["referrer-policy"] == "no-referrer"
    for bad in ("", token[:-2], "x" * 40):
        denied = client.get(f"/api/reports/{body['number']}", params={"token": bad})
        assert denied.status_code == 404 and "受付番号が見つかりませんでした" in denied.json()["error"]["message"]


def test_photo_gps_is_used_only_with_consent(client: TestClient) -> None:
    photo = [("gps.jpg", jpeg_with_exif(gps=NARUKO), "image/jpeg")]
    with_consent = _submit(client, {**FORM, "photo_position_consent": "true"}, photo).json()  # type: ignore[attr-defined]
    without = _submit(client, FORM, photo).json()  # type: ignore[attr-defined]
    with client.app.state.db.sessions() as session:  # type: ignore[attr-defined]
        rows = {r.number: r for r in session.scalars(select(CitizenReport))}
    assert rows[with_consent["number"]].district == "鳴子温泉"
    assert rows[without["number"]].district is None and rows[without["number"]].latitude is None


def test_a_position_alone_is_a_place(client: TestClient) -> None:
    response = _submit(client, {"category": "dead_animal", "what": "猫が道路に",
                                "latitude": str(NARUKO[0]), "longitude": str(NARUKO[1])})
    assert response.status_code == 201  # type: ignore[attr-defined]


@pytest.mark.parametrize(("data", "files", "status", "message"), [
    ({**FORM, "category": "ufo"}, [], 422, "種類は次から選んでください"),
    ({**FORM, "latitude": str(TOKYO_STATION[0]), "longitude": str(TOKYO_STATION[1])}, [], 422, "大崎市の外"),
    ({**FORM, "latitude": "abc", "longitude": "1"}, [], 422, "位置情報が正しくありません"),
    ({**FORM, "where": ""}, [], 422, "場所を入力するか"),
    ({**FORM, "what": " "}, [], 422, "入力"),
    ({"what": "穴", "where": "駅"}, [], 422, "入力してください"),
    (FORM, [("a.pdf", b"%PDF-1.4 fake", "application/pdf")], 415, "a.pdf"),
    (FORM, [("ok.jpg", jpeg_with_exif(), "image/jpeg"), ("bomb.png", bomb_png(), "image/png")], 413, "画素数"),
    (FORM, [("big.jpg", b"\xff\xd8" + bytes(2 * 1024 * 1024), "image/jpeg")], 413, "MBまで"),
    (FORM, [(f"{i}.png", png_bytes(), "image/png") for i in range(4)], 422, "3枚まで"),
])
def test_bad_input_is_a_japanese_4xx_and_nothing_is_stored(
    tmp_path: Path, data: dict[str, str], files: list[tuple[str, bytes, str]], status: int, message: str
) -> None:
    from tests.reports.conftest import build_app, make_settings

    settings = make_settings(tmp_path, max_photo_bytes=1024 * 1024)
    with TestClient(build_app(f"sqlite:///{tmp_path / 'r.db'}", settings)) as client:
        response = _submit(client, data, files)
        assert response.status_code == status, response.text  # type: ignore[attr-defined]
        error = response.json()["error"]  # type: ignore[attr-defined]
        assert message in error["message"] and "Traceback" not in response.text  # type: ignore[attr-defined]
        assert _stored(client, settings) == (0, 0, [])


def test_a_failing_transaction_leaves_no_files(client: TestClient, settings: ReportsSettings) -> None:
    with client.app.state.db.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_photos BEFORE INSERT ON report_photos BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    response = _submit(client, FORM, [("a.jpg", jpeg_with_exif(), "image/jpeg")])
    assert response.status_code == 500  # type: ignore[attr-defined]
    assert "Traceback" not in response.text  # type: ignore[attr-defined]
    assert _stored(client, settings) == (0, 0, [])


def test_intake_is_rate_limited_per_client(tmp_path: Path) -> None:
    from tests.reports.conftest import build_app, make_settings

    settings = make_settings(tmp_path, intake_rate_limit="2/minute")
    with TestClient(build_app(f"sqlite:///{tmp_path / 'r.db'}", settings)) as client:
        assert [_submit(client, FORM).status_code for _ in range(3)] == [201, 201, 429]  # type: ignore[attr-defined]


def test_map_and_open_data_show_no_personal_data_and_photos_only_when_approved(
    client: TestClient, settings: ReportsSettings
) -> None:
    filed = _submit(client, {**FORM, "latitude": "38.571349", "longitude": "140.955812", "contact": "090-1111-2222"},
                    [("a.jpg", jpeg_with_exif(), "image/jpeg")]).json()  # type: ignore[attr-defined]
    _submit(client, {**FORM, "where": "名前 大崎太郎 の家の前"})
    with client.app.state.db.sessions() as session:  # type: ignore[attr-defined]
        photo = session.scalars(select(ReportPhoto)).one()
    page = client.get("/reports/map")
    assert page.status_code == 200 and filed["number"] in page.text and "<svg" in page.text
    for private in ("歩道に深い穴", "090-1111-2222", "大崎太郎", "古川駅東口"):
        assert private not in page.text
    assert "http://" not in page.text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # no external calls
    assert client.get(f"/reports/photos/{photo.id}.jpg").status_code == 404  # not approved yet
    assert f"/reports/photos/{photo.id}.jpg" not in page.text
    with client.app.state.db.sessions() as session, session.begin():  # type: ignore[attr-defined]
        row = session.get(CitizenReport, photo.report_id)
        assert row is not None
        set_photo_approval(session, row=row, photo_id=photo.id, approved=True)
    assert f"/reports/photos/{photo.id}.jpg" in client.get("/reports/map").text
    shown = client.get(f"/reports/photos/{photo.id}.jpg", params={"size": "thumb"})
    assert shown.status_code == 200 and shown.headers["content-type"] == "image/jpeg"

    exported = client.get("/api/open-data/reports.csv")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    lines = exported.text.splitlines()
    assert lines[0].startswith("# CC BY 4.0")
    rows = list(csv.DictReader(lines[1:]))
    assert len(rows) == 2 and {r["number"] for r in rows} >= {filed["number"]}
    located = next(r for r in rows if r["number"] == filed["number"])
    assert located["latitude"] == "38.571" and located["longitude"] == "140.956" and located["district"] == "古川"
    for private in ("歩道に深い穴", "090-1111-2222", "大崎太郎"):
        assert private not in exported.text
    geo = json.loads(client.get("/api/open-data/reports.geojson").text)
    assert geo["type"] == "FeatureCollection" and geo["license"].startswith("CC BY")
    point = next(f for f in geo["features"] if f["properties"]["number"] == filed["number"])
    assert point["geometry"]["coordinates"] == [140.956, 38.571]
