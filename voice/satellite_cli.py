"""``python -m voice satellites add|list|enable|disable|remove`` and ``python -m voice controller``.

Exit codes: 0 done, 1 bad input (message on stderr, nothing written), 2 database unavailable.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from datetime import UTC, datetime

from pydantic import ValidationError

from core.errors import AppError
from storage.database import open_database
from storage.errors import StorageError
from watch.satellite_registry import add_satellite, list_satellites, remove_satellite, update_satellite
from watch.satellite_schemas import SatelliteCreate, SatellitePublic, SatelliteUpdate

EXIT_OK, EXIT_INPUT, EXIT_SYSTEM = 0, 1, 2
CLI_ACTOR = "cli"


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``satellites`` and ``controller`` sub-commands."""
    satellites = commands.add_parser("satellites", help="register smart speakers (wyoming-satellite)")
    actions = satellites.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="register a satellite")
    add.add_argument("uri", help="tcp://host:port the satellite listens on")
    add.add_argument("--resident", type=int, help="resident id whose check-ins it speaks")
    add.add_argument("--district", help="district (default: the resident's)")
    add.add_argument("--label", default="", help="a name staff recognise, e.g. 居間のスピーカー")
    actions.add_parser("list", help="every satellite with its state")
    for name, text in (("enable", "use a satellite again"), ("disable", "stop using a satellite"),
                       ("remove", "delete a satellite's registration")):
        action = actions.add_parser(name, help=text)
        action.add_argument("satellite_id", type=int)
    controller = commands.add_parser("controller", help="hold satellites: check-ins, answers, announcements")
    controller.add_argument("--no-chat", action="store_true", help="no conversation turns (check-ins only)")
    controller.add_argument("--gateway-url", help="answer questions through the gateway's chat API")


def _line(item: SatellitePublic) -> str:
    heard = f"{item.last_heard_at:%Y-%m-%d %H:%M} UTC" if item.last_heard_at else "never"
    state = "disabled" if not item.enabled else ("online" if item.online else "offline")
    who = f"resident {item.resident_id}" if item.resident_id else "no resident"
    return f"{item.id}\t{item.uri}\t{item.district}\t{who}\t{state}\tlast heard {heard}\t{item.label}"


def run_satellites(args: argparse.Namespace) -> int:
    """One registry command."""
    try:
        db = open_database()
    except StorageError as err:
        print(f"voice: {err.message} ({err.detail})", file=sys.stderr)
        return EXIT_SYSTEM
    try:
        with db.sessions() as session, session.begin():
            if args.action == "add":
                data = SatelliteCreate(uri=args.uri, resident_id=args.resident, district=args.district,
                                       label=args.label)
                created = add_satellite(session, data=data, by=CLI_ACTOR)
                print(f"satellite {created.id} registered: {_line(created)}")
            elif args.action == "list":
                items = list_satellites(session, now=datetime.now(UTC))
                for item in items:
                    print(_line(item))
                if not items:
                    print("no satellite registered", file=sys.stderr)
            elif args.action in ("enable", "disable"):
                changed = update_satellite(session, satellite_id=args.satellite_id, by=CLI_ACTOR,
                                           data=SatelliteUpdate(enabled=args.action == "enable"))
                print(_line(changed))
            else:
                remove_satellite(session, satellite_id=args.satellite_id, by=CLI_ACTOR)
                print(f"satellite {args.satellite_id} removed")
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors())
        print(f"voice: invalid satellite: {problems}", file=sys.stderr)
        return EXIT_INPUT
    except StorageError as err:
        print(f"voice: {err.message} ({err.detail})", file=sys.stderr)
        return EXIT_SYSTEM
    except AppError as err:
        print(f"voice: {err.message} ({err.detail})", file=sys.stderr)
        return EXIT_INPUT
    finally:
        db.close()
    return EXIT_OK


def run_controller(args: argparse.Namespace) -> int:
    """Hold satellites until SIGTERM/SIGINT (claims released on the way out)."""
    from core.rasa import RasaSettings
    from core.settings import RuntimeSettings
    from voice.conversation import ConversationPort
    from voice.engines import load_engines
    from voice.hearing import with_fix
    from voice.satellite_supervisor import SatelliteSupervisor, load_feeds
    from voice.settings import VoiceSettings
    from voice.wyoming_conversation import GatewayConversation
    from voice.wyoming_server import in_process_conversation, search_confidence
    from watch.classify import RasaNlu
    from watch.clock import SystemClock
    from watch.settings import WatchSettings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = VoiceSettings()
    watch_settings = WatchSettings().with_runtime(RuntimeSettings())
    try:
        db = open_database()
        engines = load_engines(settings, whisper=settings.whisper_enabled)
        conversation: ConversationPort | None = None
        if args.gateway_url:
            conversation = GatewayConversation(args.gateway_url)
        elif not args.no_chat:
            conversation = in_process_conversation()
        if conversation is not None:
            conversation = with_fix(conversation, settings, confidence=search_confidence(conversation))
    except AppError as err:
        print(f"voice: {err.message} ({err.detail})", file=sys.stderr)
        return EXIT_SYSTEM

    async def main() -> None:
        nlu = RasaNlu.from_settings(RasaSettings(), timeout_s=watch_settings.rasa_timeout_s)
        supervisor = SatelliteSupervisor(db=db, engines=engines, watch_settings=watch_settings,
                                         clock=SystemClock(), nlu=nlu, conversation=conversation)
        supervisor.feeds = load_feeds(settings.satellite_feeds, supervisor)
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, supervisor.stop)
        print(f"satellite controller {supervisor.owner} running", flush=True)
        try:
            await supervisor.run()
        finally:
            await nlu.aclose()

    try:
        asyncio.run(main())
    finally:
        db.close()
    return EXIT_OK
