"""``python -m staff create-admin --username X``: create the first admin (or reset a password); no defaults."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from staff.errors import InvalidInputError, StaffError
from staff.models import ROLE_ADMIN
from staff.schemas import StaffUserCreate
from staff.settings import StaffSettings
from staff.users import check_password_policy, create_user, find_user, set_password
from storage.database import open_database
from storage.errors import StorageError
from storage.settings import StorageSettings


def _read_password(
    *, from_stdin: bool, stdin: TextIO, prompt: Callable[[str], str], username: str, min_chars: int
) -> str:
    if from_stdin:
        password = stdin.readline().rstrip("\r\n")
    else:
        password = prompt("Password: ")
        if prompt("Password (again): ") != password:
            raise InvalidInputError("the two passwords differ")
    check_password_policy(password, username=username, min_chars=min_chars)
    return password


def main(
    argv: list[str] | None = None,
    *,
    stdin: TextIO | None = None,
    prompt: Callable[[str], str] = getpass.getpass,
    storage: StorageSettings | None = None,
) -> int:
    """Run the staff CLI; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m staff", description="Manage staff dashboard accounts.")
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create-admin", help="create an admin account (prompts for the password twice)")
    create.add_argument("--username", required=True)
    create.add_argument("--display-name", default="", help="shown in the dashboard (default: the username)")
    create.add_argument("--password-stdin", action="store_true", help="read the password from one stdin line")
    reset = sub.add_parser("set-password", help="set a new password for an account (also forgets its failed logins)")
    reset.add_argument("--username", required=True)
    reset.add_argument("--password-stdin", action="store_true", help="read the password from one stdin line")
    args = parser.parse_args(argv)
    stdin = stdin or sys.stdin
    try:
        settings = StaffSettings()
        password = _read_password(
            from_stdin=args.password_stdin,
            stdin=stdin,
            prompt=prompt,
            username=args.username,
            min_chars=settings.password_min_chars,
        )
        database = open_database(storage or StorageSettings())
        try:
            with database.sessions() as session, session.begin():
                if args.command == "create-admin":
                    user = StaffUserCreate(
                        username=args.username,
                        display_name=args.display_name or args.username,
                        role=ROLE_ADMIN,
                        districts=[],
                        password=password,
                    )
                    row = create_user(session, user=user, min_chars=settings.password_min_chars)
                    print(f"admin account created: {row.username} (id {row.id})")
                else:
                    existing = find_user(session, username=args.username)
                    if existing is None:
                        raise InvalidInputError(f"no account named {args.username!r}")
                    set_password(
                        session, user_id=existing.id, password=password, min_chars=settings.password_min_chars
                    )
                    print(f"password updated: {existing.username}")
        finally:
            database.close()
    except InvalidInputError as error:
        details = "".join(f"\n  - {p}" for p in error.problems)
        print(f"staff: {error.message}{details}", file=sys.stderr)
        return 2
    except (StaffError, StorageError) as error:
        detail = f" ({error.detail})" if error.detail else ""
        print(f"staff: {error.message}{detail}", file=sys.stderr)
        return 2
    except ValueError as error:  # settings or input validation (pydantic)
        print(f"staff: invalid input: {error}", file=sys.stderr)
        return 2
    except (EOFError, KeyboardInterrupt):
        print("staff: cancelled", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
