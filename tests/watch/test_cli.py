"""``python -m watch``: import residents, add a device, run the worker once (both backends)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storage.database import Database
from tests.watch.helpers import checkins
from tests.watch.test_csv_import import SAMPLE
from watch import store
from watch.__main__ import main

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _env(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORAGE_DATABASE_URL", db_url)
    monkeypatch.setenv("WATCH_SMTP_HOST", "")
    monkeypatch.setenv("WATCH_WEBHOOK_URL", "")


def test_import_then_add_device(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-residents", str(SAMPLE)]) == 0
    assert "imported 4 residents" in capsys.readouterr().out
    with db.sessions() as session:
        resident = store.list_residents(session, search="佐藤")[0]
    assert main(["add-device", str(resident.id), "--label", "居間"]) == 0
    out = capsys.readouterr().out
    device_id = out.split("device_id:")[1].split()[0]
    token = out.split("token:")[1].split()[0]
    with db.sessions() as session, session.begin():
        assert store.authenticate_device(session, device_id=device_id, token=token).resident_id == resident.id


def test_bad_csv_prints_each_problem_and_imports_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,name_kana,district,address,birth_year,consent_date\n"
                   "佐藤,さとう,古川,住所,1940,2025-04-01\n鈴木,すずき,古川,住所,abc,2025-04-01\n", encoding="utf-8")
    assert main(["import-residents", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "row 3, column birth_year" in err and "nothing was imported" in err and "Traceback" not in err
    with db.sessions() as session:
        assert store.count_residents(session) == 0
    assert main(["import-residents", str(tmp_path / "missing.csv")]) == 1
    assert main(["add-device", "999"]) == 1
    assert "resident 999 does not exist" in capsys.readouterr().err


def test_worker_once_creates_due_checkins(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    csv = SAMPLE.read_text(encoding="utf-8").replace(",09:00,", ",00:00,")
    with db.sessions() as session, session.begin():
        store.import_residents_csv(session, data=csv)
    assert main(["worker", "--once"]) == 0
    assert "created=" in capsys.readouterr().out
    assert len(checkins(db)) >= 1  # F-0001 is asked every day at 00:00


def test_module_runs_as_a_program(db_url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "watch", "--help"], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0 and "import-residents" in result.stdout and "worker" in result.stdout
