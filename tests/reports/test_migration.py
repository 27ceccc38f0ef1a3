"""Migration 0006 on a database with reports filed before it: new status names, numbers, a department; the
schema then matches the models (alembic check) and downgrades cleanly."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from storage.engine import make_engine
from storage.migrate import alembic_config, check, upgrade


def test_old_reports_are_carried_over(tmp_path: Path) -> None:
    engine = make_engine(url=f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine, "0005")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO citizen_reports (what, location, channel, status, created_at) VALUES "
            "('穴', '古川', 'web_chat', 'new', '2026-04-01 00:00:00'), "
            "('街灯', '鳴子', 'web_chat', 'rejected', '2026-04-02 00:00:00')"
        ))
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT number, status, category, department, updated_at FROM citizen_reports ORDER BY id")).all()
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("R-2026-000001", "received", "other", "総合窓口"), ("R-2026-000002", "declined", "other", "総合窓口")]
    assert all(r[4] is not None for r in rows)
    check(engine)  # models and migrations agree
    command.downgrade(alembic_config(engine), "0005")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT status FROM citizen_reports ORDER BY id")).scalars().all() == [
            "new", "rejected"]
    engine.dispose()
