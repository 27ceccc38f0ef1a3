"""Command line of the voice package: ``python -m voice install-model ja-small|ja``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.errors import AppError
from voice.models import VOSK_MODELS, install_model


def main(argv: list[str] | None = None) -> int:
    """Run one command; exit code 0 on success, 1 on a failure (message on stderr)."""
    parser = argparse.ArgumentParser(prog="python -m voice", description="Voice package tools")
    commands = parser.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install-model", help="download, check and unpack a Japanese Vosk model")
    install.add_argument("model", choices=sorted(VOSK_MODELS), help="ja-small (48 MB) or ja (1 GB)")
    install.add_argument("--dir", type=Path, default=Path("var/models"), help="folder the model goes into")
    install.add_argument("--archive", type=Path, help="a zip already downloaded (offline install)")
    args = parser.parse_args(argv)
    try:
        target = install_model(args.model, args.dir, archive=args.archive)
    except AppError as err:
        print(f"{err.message} ({err.detail})", file=sys.stderr)
        return 1
    print(f"installed {VOSK_MODELS[args.model].name} in {target}; set VOICE_VOSK_MODEL_DIR={target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
