"""The JSON Schema of what crosses the action server <-> gateway boundary for reports, generated into
``docs/protocols/reports-internal.schema.json`` from the shared pydantic models (a test compares them).

Regenerate: ``python -m reports.protocol`` (check only: ``python -m reports.protocol --check``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from core.schema_files import write_or_check
from reports.schemas import ReportCreate, ReportFiled, ReportStatusView

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "protocols" / "reports-internal.schema.json"


class ChatStatusReply(BaseModel):
    """``GET /internal/reports/status?text=...``: the chat's answer about a receipt number."""

    reply: str


MESSAGES: dict[str, type[BaseModel]] = {
    "ReportCreate": ReportCreate, "ReportFiled": ReportFiled, "ChatStatusReply": ChatStatusReply,
    "ReportStatusView": ReportStatusView,
}


def reports_schema() -> dict[str, Any]:
    """One document with every message under ``$defs``."""
    defs: dict[str, Any] = {}
    for name, model in MESSAGES.items():
        schema = model.model_json_schema(ref_template="#/$defs/{model}")
        defs.update(schema.pop("$defs", {}))
        defs[name] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Osaki assistant: reports between the action server and the gateway (/internal/reports)",
        "$defs": defs,
    }


def schema_text() -> str:
    """The schema file's exact content."""
    return json.dumps(reports_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schema (or a given path); ``--check`` only compares (exit 1 when out of date)."""
    args = sys.argv[1:] if argv is None else argv
    paths = [arg for arg in args if arg != "--check"]
    target = Path(paths[0]) if paths else SCHEMA_PATH
    return write_or_check({target: schema_text()}, argv=args, command="reports.protocol")

if __name__ == "__main__":
    sys.exit(main())
