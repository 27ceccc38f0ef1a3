"""Command line of the voice package: ``install-model``, ``wyoming``, ``satellites``, ``controller``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.errors import AppError
from voice.models import VOSK_MODELS, install_model
from voice.satellite_cli import add_parsers, run_controller, run_satellites


def main(argv: list[str] | None = None) -> int:
    """Run one command; exit code 0 on success, 1 on a failure (message on stderr)."""
    parser = argparse.ArgumentParser(prog="python -m voice", description="Voice package tools")
    commands = parser.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install-model", help="download, check and unpack a Japanese Vosk model")
    install.add_argument("model", choices=sorted(VOSK_MODELS), help="ja-small (48 MB) or ja (1 GB)")
    install.add_argument("--dir", type=Path, default=Path("var/models"), help="folder the model goes into")
    install.add_argument("--archive", type=Path, help="a zip already downloaded (offline install)")
    wyoming = commands.add_parser("wyoming", help="serve asr, tts and handle over the Wyoming protocol")
    wyoming.add_argument("--uri", default="tcp://0.0.0.0:10300", help="tcp://host:port, unix://path or stdio://")
    wyoming.add_argument("--gateway-url", help="answer through the gateway's chat API (default: chat in-process)")
    wyoming.add_argument("--no-handle", action="store_true", help="offer only asr and tts")
    add_parsers(commands)
    args = parser.parse_args(argv)
    if args.command == "satellites":
        return run_satellites(args)
    if args.command == "controller":
        return run_controller(args)
    if args.command == "wyoming":
        from voice.wyoming_server import run_wyoming

        return run_wyoming(args.uri, gateway_url=args.gateway_url, handle=not args.no_handle)
    try:
        target = install_model(args.model, args.dir, archive=args.archive)
    except AppError as err:
        print(f"{err.message} ({err.detail})", file=sys.stderr)
        return 1
    print(f"installed {VOSK_MODELS[args.model].name} in {target}; set VOICE_VOSK_MODEL_DIR={target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
