"""``python -m voice satellites add|list|enable|disable|remove`` as a real process: messages and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from storage.database import open_database
from tests.watch.helpers import add_resident

ROOT = Path(__file__).resolve().parents[2]


def run(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STORAGE_DATABASE_URL": db_url}
    return subprocess.run([sys.executable, "-m", "voice", "satellites", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)


def test_add_list_disable_remove_with_exit_codes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db = open_database(url=url)
    try:
        resident = add_resident(db, district="田尻")
    finally:
        db.close()
    added = run(url, "add", "tcp://192.0.2.5:10700", "--resident", str(resident), "--label", "居間")
    assert added.returncode == 0, added.stderr
    assert "satellite 1 registered" in added.stdout and "田尻" in added.stdout
    listed = run(url, "list")
    assert listed.returncode == 0 and "tcp://192.0.2.5:10700" in listed.stdout and "offline" in listed.stdout
    assert "last heard never" in listed.stdout

    bad_uri = run(url, "add", "192.0.2.6:10700", "--district", "田尻")
    assert bad_uri.returncode == 1 and "tcp://host:port" in bad_uri.stderr and "Traceback" not in bad_uri.stderr
    duplicate = run(url, "add", "tcp://192.0.2.5:10700", "--district", "田尻")
    assert duplicate.returncode == 1 and "すでに登録" in duplicate.stderr
    no_district = run(url, "add", "tcp://192.0.2.7:10700")
    assert no_district.returncode == 1 and "地区" in no_district.stderr
    unknown_resident = run(url, "add", "tcp://192.0.2.8:10700", "--resident", "42")
    assert unknown_resident.returncode == 1 and "利用者が見つかりません" in unknown_resident.stderr

    disabled = run(url, "disable", "1")
    assert disabled.returncode == 0 and "disabled" in disabled.stdout
    assert run(url, "enable", "1").returncode == 0
    removed = run(url, "remove", "1")
    assert removed.returncode == 0 and "removed" in removed.stdout
    missing = run(url, "remove", "1")
    assert missing.returncode == 1 and "見つかりませんでした" in missing.stderr
    empty = run(url, "list")
    assert empty.returncode == 0 and empty.stdout == "" and "no satellite" in empty.stderr


def test_unreachable_database_exits_2() -> None:
    result = run("postgresql+psycopg://nobody:secret@127.0.0.1:9/osaki", "list")  # nothing listens on port 9
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
