"""``python -m staff``: the first admin is created from the command line, never with a default password."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from staff.__main__ import main
from staff.models import StaffUser
from staff.passwords import verify_password
from staff.users import find_user
from storage.database import Database, open_database
from storage.settings import StorageSettings

PROJECT_ROOT = Path(__file__).resolve().parents[2]
GOOD = "a-long-enough-password"


@pytest.fixture
def storage(tmp_path: Path) -> StorageSettings:
    return StorageSettings(database_url=f"sqlite:///{tmp_path / 'cli.db'}")


@pytest.fixture
def database(storage: StorageSettings) -> Iterator[Database]:
    db = open_database(storage)
    yield db
    db.close()


def user(database: Database, username: str) -> StaffUser | None:
    with database.sessions() as session:
        return find_user(session, username=username)


def test_create_admin_prompts_twice(storage: StorageSettings, database: Database,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter([GOOD, GOOD])
    assert main(["create-admin", "--username", "chief"], prompt=lambda _: next(answers), storage=storage) == 0
    row = user(database, "chief")
    assert row is not None and row.role == "admin" and row.active
    assert verify_password(row.password_hash, GOOD)
    assert "admin account created: chief" in capsys.readouterr().out


def test_mismatched_prompts_create_nothing(storage: StorageSettings, database: Database,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter([GOOD, GOOD + "x"])
    assert main(["create-admin", "--username", "chief"], prompt=lambda _: next(answers), storage=storage) == 2
    assert "differ" in capsys.readouterr().err
    assert user(database, "chief") is None


def test_weak_password_is_refused_with_the_reasons(storage: StorageSettings, database: Database,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["create-admin", "--username", "chief", "--password-stdin"], stdin=io.StringIO("short\n"),
                storage=storage)
    assert code == 2
    assert "12文字以上" in capsys.readouterr().err
    assert user(database, "chief") is None


def test_duplicate_username_is_refused(storage: StorageSettings, database: Database,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    args = ["create-admin", "--username", "chief", "--password-stdin"]
    assert main(args, stdin=io.StringIO(GOOD + "\n"), storage=storage) == 0
    assert main(args, stdin=io.StringIO(GOOD + "\n"), storage=storage) == 2
    assert "既に使われています" in capsys.readouterr().err


def test_set_password_unlocks(storage: StorageSettings, database: Database) -> None:
    assert main(["create-admin", "--username", "chief", "--password-stdin"], stdin=io.StringIO(GOOD + "\n"),
                storage=storage) == 0
    with database.sessions() as session, session.begin():
        row = find_user(session, username="chief")
        assert row is not None
        row.failed_count = 3
    new = "another-long-password"
    assert main(["set-password", "--username", "chief", "--password-stdin"], stdin=io.StringIO(new + "\n"),
                storage=storage) == 0
    row = user(database, "chief")
    assert row is not None and row.failed_count == 0 and verify_password(row.password_hash, new)
    assert main(["set-password", "--username", "nobody", "--password-stdin"], stdin=io.StringIO(new + "\n"),
                storage=storage) == 2


def test_module_runs_as_a_process(tmp_path: Path) -> None:
    env = {**os.environ, "STORAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'proc.db'}",
           "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "staff", "create-admin", "--username", "first", "--password-stdin"],
        input=GOOD + "\n", capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "admin account created: first" in done.stdout
    refused = subprocess.run(
        [sys.executable, "-m", "staff", "create-admin", "--username", "second"],
        input="", capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False,
    )
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
