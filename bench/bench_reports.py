"""Citizen-report benchmarks against the real gateway process (uvicorn, create_app without the FAQ search):

1. 10,000 reports (open, spread over the seven districts): the public map page and the open-data exports,
   p95 over sequential requests (target: 300 ms); warm (rendered output cached while nothing changes) and
   cold (a new report filed before every request and REPORTS_PUBLIC_CACHE_S=0, so each one renders from the
   database; with the default of 30 s at most one request per output and 30 s pays this).
2. A report with two 5 MB photos (real camera-sized JPEGs with EXIF) through POST /api/reports: p95 from the
   first byte sent to the receipt (target: 2 s).

    .venv/bin/python bench/bench_reports.py                   # full run
    .venv/bin/python bench/bench_reports.py --reports 500 --requests 5 --uploads 3   # smoke

Every figure is printed with the 1-minute load average at that moment (the machine is shared).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devstack.processes import free_port, wait_http  # noqa: E402
from reports.geo import districts  # noqa: E402
from reports.schemas import ReportCreate  # noqa: E402
from reports.store import create_report  # noqa: E402
from storage.database import open_database  # noqa: E402

CATEGORIES = ("road_damage", "street_light", "illegal_dumping", "fallen_tree", "dead_animal", "other")
PHOTO_TARGET_BYTES = 5 * 1024 * 1024


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the sorted values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def seed(url: str, count: int) -> float:
    """Insert ``count`` reports at random spots inside the districts; seconds taken."""
    rng = random.Random(7)
    table = districts()
    started = time.perf_counter()
    database = open_database(url=url)
    now = datetime.now(UTC)
    with database.sessions() as session, session.begin():
        for i in range(count):
            ring = rng.choice(table).ring
            lons, lats = [p[0] for p in ring], [p[1] for p in ring]
            lat = rng.uniform(min(lats) + 0.005, max(lats) - 0.005)
            lon = rng.uniform(min(lons) + 0.005, max(lons) - 0.005)
            create_report(session, report=ReportCreate(
                what=f"ベンチマークの報告 {i}", where="大崎市内", category=rng.choice(CATEGORIES), latitude=lat,
                longitude=lon), now=now - timedelta(minutes=count - i), status_token=f"bench-token-{i}")
    database.close()
    return time.perf_counter() - started


def camera_photo(seed_value: int) -> bytes:
    """A JPEG of about 5 MB (noise compresses badly, like a detailed street photo) with EXIF camera data + GPS."""
    rng = random.Random(seed_value)
    side_w, side_h = 2600, 1950
    image = Image.frombytes("RGB", (side_w, side_h), rng.randbytes(side_w * side_h * 3))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "BenchCam", "B-1"
    exif[0x8825] = {1: "N", 2: (38.0, 34.0, 16.0), 3: "E", 4: (140.0, 57.0, 20.0)}
    for quality in (92, 88, 84, 80, 75):
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality, exif=exif)
        if buffer.tell() <= PHOTO_TARGET_BYTES * 1.05:
            break
    return buffer.getvalue()


def timed_get(client: httpx.Client, path: str, n: int) -> list[float]:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=40, help="GETs per page")
    parser.add_argument("--uploads", type=int, default=20, help="reports with two 5 MB photos")
    args = parser.parse_args()
    results: dict[str, object] = {"reports": args.reports}
    with tempfile.TemporaryDirectory() as work:
        db_url = f"sqlite:///{Path(work) / 'bench.db'}"
        results["seed_s"] = round(seed(db_url, args.reports), 1)
        port = free_port()
        env = {**os.environ, "APP_ENVIRONMENT": "test", "STORAGE_DATABASE_URL": db_url,
               "REPORTS_MEDIA_DIR": str(Path(work) / "media"), "REPORTS_INTAKE_RATE_LIMIT": "100000/minute",
               "REPORTS_PUBLIC_CACHE_S": "0",  # worst case: every change is seen (and rendered) at once
               "PYTHONUNBUFFERED": "1"}
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "gateway.main:create_app", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"], cwd=ROOT, env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_http(base + "/api/health", timeout_s=120, process=server)
            with httpx.Client(base_url=base, timeout=60) as client:
                for path in ("/reports/map", "/api/open-data/reports.csv", "/api/open-data/reports.geojson"):
                    timed_get(client, path, 2)  # warm up
                    times = timed_get(client, path, args.requests)
                    size = len(client.get(path).content)
                    results[path] = {"p50_ms": round(statistics.median(times), 1),
                                     "p95_ms": round(percentile(times, 0.95), 1), "bytes": size, "at": load()}
                    print(path, results[path], flush=True)
                # Cold: a new report before each GET changes the data, so nothing comes from the cache.
                for path in ("/reports/map", "/api/open-data/reports.csv", "/api/open-data/reports.geojson"):
                    cold = []
                    for i in range(max(3, args.requests // 4)):
                        client.post("/api/reports", data={"category": "other", "what": f"変更 {i}",
                                                          "where": "古川"}).raise_for_status()
                        cold += timed_get(client, path, 1)
                    results[path + " (cold)"] = {"p50_ms": round(statistics.median(cold), 1),
                                                 "p95_ms": round(percentile(cold, 0.95), 1), "at": load()}
                    print(path, "cold", results[path + " (cold)"], flush=True)
                photos = [camera_photo(1), camera_photo(2)]
                results["photo_bytes"] = [len(p) for p in photos]
                upload_times = []
                for i in range(args.uploads):
                    files = [("photos", (f"p{k}.jpg", data, "image/jpeg")) for k, data in enumerate(photos)]
                    data = {"category": "road_damage", "what": f"写真つきの報告 {i}", "where": "古川駅前",
                            "latitude": "38.5713", "longitude": "140.9558"}
                    started = time.perf_counter()
                    response = client.post("/api/reports", data=data, files=files)
                    upload_times.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 201:
                        raise SystemExit(f"upload refused: {response.status_code} {response.text[:200]}")
                results["two_5mb_photos"] = {"p50_ms": round(statistics.median(upload_times), 1),
                                             "p95_ms": round(percentile(upload_times, 0.95), 1), "at": load()}
                print("two 5 MB photos", results["two_5mb_photos"], flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
