"""CLI: ``python -m watch import-residents FILE.csv | add-device RESIDENT_ID | setup-code RESIDENT_ID |
revoke-device DEVICE_ID | hash-pin | worker [--once]``.

Exit codes: 0 done, 1 bad input (message on stderr), 2 configuration or database trouble."""

from __future__ import annotations

import argparse
import getpass
import logging
import signal
import sys
import threading
from datetime import timedelta
from pathlib import Path
from types import FrameType

from pydantic import ValidationError

from core.settings import RuntimeSettings
from storage.database import open_database
from storage.errors import StorageError
from watch.clock import SystemClock
from watch.csv_import import import_residents_csv
from watch.devices import create_device, revoke_device
from watch.errors import CsvImportError, WatchError
from watch.notify import Dispatcher
from watch.settings import WatchSettings
from watch.setup_codes import issue_setup_code, setup_url
from watch.staff_pin import hash_pin, pin_problem
from watch.worker import Worker

EXIT_OK, EXIT_INPUT, EXIT_SYSTEM = 0, 1, 2


def _import(path: Path) -> int:
    try:
        data = path.read_bytes()
    except OSError as err:
        print(f"watch: cannot read {path}: {err.strerror}", file=sys.stderr)
        return EXIT_INPUT
    has_webhook = bool(WatchSettings().webhook_url)
    db = open_database()
    try:
        with db.sessions() as session, session.begin():
            result = import_residents_csv(session, data=data, has_webhook=has_webhook)
    except CsvImportError as err:
        print(f"watch: {err.message} ({err.detail})", file=sys.stderr)
        for item in err.errors:
            where = f"row {item.row}" + (f", column {item.column}" if item.column else "")
            print(f"  {where}: {item.reason}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        db.close()
    print(f"imported {result.created} residents (ids {result.resident_ids[0]}..{result.resident_ids[-1]})")
    for line in result.unreachable:  # imported, but no notice reaches these contacts
        print(f"warning: {line}", file=sys.stderr)
    return EXIT_OK


def _add_device(resident_id: int, label: str) -> int:
    db = open_database()
    try:
        with db.sessions() as session, session.begin():
            device = create_device(session, resident_id=resident_id, label=label)
    finally:
        db.close()
    print(f"device_id: {device.device_id}")
    print(f"token:     {device.token}")
    print("The token is shown only this once: enter it on the device page (/device) now.")
    return EXIT_OK


def _setup_code(resident_id: int, label: str) -> int:
    settings = WatchSettings().with_runtime(RuntimeSettings())
    db = open_database()
    try:
        with db.sessions() as session, session.begin():
            issued = issue_setup_code(session, resident_id=resident_id, by="cli", label=label,
                                      ttl=timedelta(minutes=settings.setup_code_minutes))
    finally:
        db.close()
    print(f"設定コード: {issued.grouped}  (valid until {issued.expires_at:%Y-%m-%d %H:%M} UTC, once)")
    print(f"setup URL:  {setup_url(settings.runtime.public_base_url, issued.code)}")
    return EXIT_OK


def _hash_pin() -> int:
    pin = getpass.getpass("staff PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    problem = pin_problem(pin)
    if problem:
        print(f"watch: {problem}", file=sys.stderr)
        return EXIT_INPUT
    print(hash_pin(pin))
    print("Put this into WATCH_STAFF_PIN_HASH (single-quoted in .env: it contains $).", file=sys.stderr)
    return EXIT_OK


def _revoke_device(device_id: str, by: str) -> int:
    db = open_database()
    try:
        with db.sessions() as session, session.begin():
            device = revoke_device(session, device_id=device_id, by=by)
    finally:
        db.close()
    since = f"{device.revoked_at:%Y-%m-%d %H:%M} UTC" if device.revoked_at else "now"
    print(f"device {device.device_id} (resident {device.resident_id}) is revoked since {since}:")
    print("its token no longer works and its open connections close within a few seconds.")
    return EXIT_OK


def _worker(once: bool) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = WatchSettings().with_runtime(RuntimeSettings())
    db = open_database()
    dispatcher = Dispatcher.from_settings(settings)
    worker = Worker(db=db, settings=settings, clock=SystemClock(), dispatcher=dispatcher)
    try:
        if once:
            print(worker.tick())
            return EXIT_OK
        stop = threading.Event()

        def _stop(signum: int, _frame: FrameType | None) -> None:
            logging.getLogger(__name__).info("signal %d: stopping after the current step", signum)
            stop.set()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        worker.run(stop)
    finally:
        dispatcher.close()
        db.close()
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the watch CLI; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m watch", description="Watch-over (見守り) tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    importer = commands.add_parser("import-residents", help="import residents from a UTF-8 CSV (all or nothing)")
    importer.add_argument("file", type=Path)
    device = commands.add_parser("add-device", help="register a device for a resident and print its token once")
    device.add_argument("resident_id", type=int)
    device.add_argument("--label", default="", help="e.g. 'living room tablet'")
    code = commands.add_parser("setup-code", help="issue a one-time tablet setup code (設定コード) for a resident")
    code.add_argument("resident_id", type=int)
    code.add_argument("--label", default="", help="the name the device gets, e.g. 'living room tablet'")
    commands.add_parser("hash-pin", help="hash a staff PIN (read from the terminal or stdin) for WATCH_STAFF_PIN_HASH")
    revoke = commands.add_parser("revoke-device", help="disable a device for good (a lost or replaced tablet)")
    revoke.add_argument("device_id")
    revoke.add_argument("--by", default="cli", help="who revokes it (kept in the resident's history)")
    worker = commands.add_parser("worker", help="run the scheduler/notification worker")
    worker.add_argument("--once", action="store_true", help="run one tick and exit")
    args = parser.parse_args(argv)
    try:
        if args.command == "import-residents":
            return _import(args.file)
        if args.command == "add-device":
            return _add_device(args.resident_id, args.label)
        if args.command == "setup-code":
            return _setup_code(args.resident_id, args.label)
        if args.command == "hash-pin":
            return _hash_pin()
        if args.command == "revoke-device":
            return _revoke_device(args.device_id, args.by)
        return _worker(args.once)
    except WatchError as err:
        print(f"watch: {err.message} ({err.detail})" if err.detail else f"watch: {err.message}", file=sys.stderr)
        return EXIT_INPUT
    except (ValidationError, StorageError) as err:
        print(f"watch: configuration or database problem: {err}", file=sys.stderr)
        return EXIT_SYSTEM


if __name__ == "__main__":
    sys.exit(main())
