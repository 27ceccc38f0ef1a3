"""``python -m watch``: import residents, add a device, a setup code, hash a PIN, run the worker once (both
backends)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from storage.database import Database
from tests.watch.helpers import add_resident, checkins
from tests.watch.test_csv_import import SAMPLE
from watch.__main__ import main
from watch.csv_import import import_residents_csv
from watch.devices import authenticate_device, create_device
from watch.errors import DeviceRefusedError
from watch.history import resident_history
from watch.residents import count_residents, list_residents
from watch.setup_codes import redeem_setup_code
from watch.staff_pin import verify_pin

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
        resident = list_residents(session, search="佐藤")[0]
    assert main(["add-device", str(resident.id), "--label", "居間"]) == 0
    out = capsys.readouterr().out
    device_id = out.split("device_id:")[1].split()[0]
    token = out.split("token:")[1].split()[0]
    with db.sessions() as session, session.begin():
        assert authenticate_device(session, device_id=device_id, token=token).resident_id == resident.id


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
        assert count_residents(session) == 0
    assert main(["import-residents", str(tmp_path / "missing.csv")]) == 1
    assert main(["add-device", "999"]) == 1
    assert "resident 999 does not exist" in capsys.readouterr().err


def test_worker_once_creates_due_checkins(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    csv = SAMPLE.read_text(encoding="utf-8").replace(",09:00,", ",00:00,")
    with db.sessions() as session, session.begin():
        import_residents_csv(session, data=csv)
    assert main(["worker", "--once"]) == 0
    assert "created=" in capsys.readouterr().out
    assert len(checkins(db)) >= 1  # F-0001 is asked every day at 00:00


def test_module_runs_as_a_program(db_url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "watch", "--help"], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0 and "import-residents" in result.stdout and "worker" in result.stdout


def test_revoke_device_and_unknown_id(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=rid)
    assert main(["revoke-device", device.device_id, "--by", "田中"]) == 0
    assert f"device {device.device_id} (resident {rid}) is revoked" in capsys.readouterr().out
    assert main(["revoke-device", device.device_id]) == 0  # twice: still revoked, nothing new
    with db.sessions() as session, session.begin(), pytest.raises(DeviceRefusedError):
        authenticate_device(session, device_id=device.device_id, token=device.token)
    with db.sessions() as session:
        assert [h.actor for h in resident_history(session, resident_id=rid) if h.kind == "device_revoked"] == ["田中"]
    assert main(["revoke-device", "d-unknown"]) == 1
    err = capsys.readouterr().err
    assert "見つかりませんでした" in err and "d-unknown" in err and "Traceback" not in err


def test_line_breaks_in_names_and_contacts_are_refused_at_import(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text('name,name_kana,district,address,birth_year,consent_date,contact1_name,contact1_email\n'
                   '"佐藤\r\nBcc: x@example.jp",さとう,古川,住所,1940,2025-04-01,一郎,ichiro@example.jp\n'
                   '鈴木,すずき,古川,住所,1940,2025-04-01,"次郎\n",jiro@example.jp\n'
                   '高橋,たかはし,古川,住所,1940,2025-04-01,三郎,"sab\x07uro@example.jp"\n', encoding="utf-8")
    assert main(["import-residents", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "row 2, column name: 改行や制御文字は使えません" in err
    assert "row 4, column contact1_email: 改行や制御文字は使えません" in err
    with db.sessions() as session:
        assert count_residents(session) == 0


def test_setup_code_and_hash_pin(db: Database, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    rid = add_resident(db)
    assert main(["setup-code", str(rid), "--label", "居間"]) == 0
    out = capsys.readouterr().out
    code = out.split("設定コード:")[1].split("(")[0].replace(" ", "").strip()
    assert len(code) == 8 and f"/device#code={code}" in out
    with db.sessions() as session, session.begin():
        assert redeem_setup_code(session, code=code).resident_id == rid
    assert main(["setup-code", "999"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("482915\n"))
    assert main(["hash-pin"]) == 0
    stored = capsys.readouterr().out.strip()
    assert verify_pin("482915", stored)
    monkeypatch.setattr("sys.stdin", io.StringIO("1111\n"))
    assert main(["hash-pin"]) == 1
    assert "繰り返し" in capsys.readouterr().err
