"""The throw-away PostgreSQL server of the tests and benches (Debian's binaries)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from devstack.postgres import start_postgres


def test_a_server_starts_makes_template_copies_and_leaves_nothing_behind() -> None:
    server = start_postgres()
    base: Path = server.base_dir
    try:
        template = server.create_database()
        engine = create_engine(server.url(template))
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE probe (id int)"))
            connection.execute(text("INSERT INTO probe VALUES (7)"))
        engine.dispose()
        copy = server.create_database(template=template)
        engine = create_engine(server.url(copy))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT id FROM probe")).scalar() == 7
            assert connection.execute(text("SHOW listen_addresses")).scalar() == "127.0.0.1"
        engine.dispose()
        server.drop_database(copy)
    finally:
        server.stop()
    assert not base.exists()
