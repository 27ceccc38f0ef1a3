"""What the server-process tests of the watch app share (the device page in Chromium, notices over real
WebSockets): one SQLite file per module, copied from the migrated template, and the watch app under uvicorn on it
with Rasa unreachable (the keyword rules classify text answers)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from devstack.processes import Service
from storage.database import Database
from storage.engine import make_engine, make_session_factory
from tests.watch.app import start_watch_server

NO_RASA_URL = "http://127.0.0.1:9"  # nothing listens there


@contextmanager
def sqlite_copy(folder: Path, template: Path) -> Iterator[tuple[str, Database]]:
    """A copy of the migrated SQLite ``template`` in ``folder``: its URL and an open database (closed on exit)."""
    path = folder / "watch.db"
    shutil.copyfile(template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url=url)
    db = Database(engine=engine, sessions=make_session_factory(engine))
    try:
        yield url, db
    finally:
        db.close()


@contextmanager
def served_watch_app(db_url: str, work_dir: Path, **settings: str) -> Iterator[Service]:
    """The watch app under uvicorn on the database at ``db_url``, with extra ``WATCH_*`` settings; stopped on exit."""
    handle = start_watch_server({"STORAGE_DATABASE_URL": db_url, "RASA_URL": NO_RASA_URL, **settings},
                                work_dir=work_dir)
    try:
        yield handle
    finally:
        handle.stop()
