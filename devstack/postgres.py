"""A throw-away PostgreSQL server for tests: Debian's binaries, a temp data dir, a free loopback port.

CI runs as root, and PostgreSQL refuses to run as root, so the server runs as the ``postgres`` user
(``runuser -u postgres --``) with a data dir it owns. Each test gets its own database copied from a migrated
template (``CREATE DATABASE ... TEMPLATE``), which takes a few tens of milliseconds.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

from devstack.processes import free_port

PG_ROOT = Path("/usr/lib/postgresql")
START_TIMEOUT_S = 60
_counter = itertools.count()


def pg_bin() -> Path | None:
    """The newest installed PostgreSQL bin folder, or None."""
    candidates = sorted(PG_ROOT.glob("*/bin/initdb"))
    return candidates[-1].parent if candidates else None


@dataclass
class PostgresServer:
    """A running server: where it listens and how to stop it."""

    bin_dir: Path
    base_dir: Path
    port: int
    prefix: list[str]

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        return self.base_dir / "data"

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of a database on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(sql))
        finally:
            engine.dispose()

    def create_database(self, template: str | None = None) -> str:
        """A new empty (or template-copied) database; returns its name."""
        name = f"t{os.getpid()}_{next(_counter)}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, closing its connections."""
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and delete its files."""
        subprocess.run([*self.prefix, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate",
                        "stop"], capture_output=True, check=False, timeout=START_TIMEOUT_S)
        shutil.rmtree(self.base_dir, ignore_errors=True)


def start_postgres() -> PostgresServer:
    """initdb + pg_ctl start on a free port (as the postgres user when running as root)."""
    bin_dir = pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed: run scripts/setup.sh (apt package 'postgresql')")
    base = Path(tempfile.mkdtemp(prefix="osaki-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(bin_dir=bin_dir, base_dir=base, port=free_port(), prefix=prefix)
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(server.data_dir), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--no-sync"], capture_output=True, check=True, timeout=START_TIMEOUT_S)
    options = (f"-p {server.port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(server.data_dir), "-o", options, "-l",
                    str(base / "server.log"), "-w", "-t", str(START_TIMEOUT_S), "start"],
                   capture_output=True, check=True, timeout=START_TIMEOUT_S + 5)
    return server
