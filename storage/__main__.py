"""``python -m storage upgrade``: create or migrate the application database."""

from __future__ import annotations

import argparse
import sys

from storage.engine import make_engine
from storage.migrate import upgrade
from storage.settings import StorageSettings


def main(argv: list[str] | None = None) -> int:
    """Run the storage CLI; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m storage", description="Manage the application database.")
    parser.add_argument("command", choices=["upgrade"], help="upgrade: apply every migration (idempotent)")
    args = parser.parse_args(argv)
    settings = StorageSettings()
    try:
        engine = make_engine(settings)
        if args.command == "upgrade":
            upgrade(engine)
            print(f"database schema is up to date ({engine.url.render_as_string(hide_password=True)})")
    except Exception as error:
        print(f"storage: could not migrate the database: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
