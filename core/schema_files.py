"""Generated JSON Schema files of the typed process-boundary messages (docs/protocols/): one command shape
for every package: ``python -m <package>.<module>`` writes them, ``--check`` only compares (exit 1 when a
committed file is out of date)."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path


def write_or_check(files: Mapping[Path, str], *, argv: Sequence[str], command: str) -> int:
    """Write each ``path -> text`` (or with ``--check`` compare); the exit code of the generator command."""
    if "--check" in argv:
        stale = [path for path, text in files.items() if not path.exists() or path.read_text("utf-8") != text]
        if stale:
            names = ", ".join(str(path) for path in stale)
            print(f"out of date: {names}; regenerate with python -m {command}", file=sys.stderr)
            return 1
        print("schema files are up to date")
        return 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        print(f"wrote {path}")
    return 0
