"""`rasa` (any command, same arguments) with the action server's replies checked by a validator compiled once.

Rasa 3.6 checks every custom-action reply with ``jsonschema.validate``, which first re-checks the constant reply
schema against the draft 2020-12 meta-schema: about 20 ms CPU of the ~50 ms that Rasa spent per chat turn
(py-spy profile of bench/bench_chat.py). Here a valid reply is accepted by a validator built once for the same
schema; an invalid one still goes through Rasa's own check, so its error and message are unchanged.

    cd bot && RASA_TOKEN=... ../.venv-rasa/bin/python ../scripts/rasa_run.py run --enable-api ...  # not `rasa run`

``run --enable-api`` also gets ``--auth-token`` from the environment (``RASA_TOKEN``), so the token never shows
in ``ps``; without a token the HTTP API is refused (it would answer anyone on the machine). Start it through
``python -m devstack rasa`` (devstack/commands.py builds this command line).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

TOKEN_ENV = "RASA_TOKEN"


def with_auth_token(argv: list[str], environ: Mapping[str, str]) -> list[str]:
    """``argv`` (Rasa's arguments) with ``--auth-token`` from ``RASA_TOKEN`` for ``run --enable-api``.

    SystemExit with a message when the API is enabled and no token is given either way.
    """
    if not argv or argv[0] != "run" or "--enable-api" not in argv:
        return argv
    if any(arg == "--auth-token" or arg.startswith("--auth-token=") for arg in argv):
        return argv
    token = environ.get(TOKEN_ENV, "").strip()
    if not token:
        raise SystemExit(f"rasa_run.py: `run --enable-api` needs {TOKEN_ENV} (the HTTP API's token)")
    # One argument with "=": a URL-safe token may start with "-", which argparse would take for an option.
    return [*argv, f"--auth-token={token}"]


def install_reply_validator() -> None:
    """Make Rasa's RemoteAction accept valid action-server replies through a validator compiled once."""
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)  # what jsonschema.validate picks for this schema
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    rasa_validate = RemoteAction._validate_action_result

    def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if validator.is_valid(result):
            return True
        return rasa_validate(self, result)  # raises Rasa's ValidationError with its explanation

    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]


def install_sqlite_pragmas() -> None:
    """SQLite tracker stores in WAL mode with synchronous=NORMAL: a commit no longer waits for an fsync.

    Rasa's SQLTrackerStore commits every turn inside the event loop; with the default rollback journal and
    synchronous=FULL each commit blocks the single Rasa process on the disk. WAL keeps the data safe across a
    process crash (a power cut may lose the last turns, never corrupt the file).
    """
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        if type(dbapi_connection).__module__.startswith("sqlite3"):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()


def main() -> None:
    """Install the validator and the SQLite settings, add the API token, then run Rasa's command line."""
    arguments = with_auth_token(sys.argv[1:], os.environ)  # before the slow import: a missing token fails fast
    from rasa.__main__ import main as rasa_main

    install_reply_validator()
    install_sqlite_pragmas()
    sys.argv = ["rasa", *arguments]
    rasa_main()


if __name__ == "__main__":
    main()
