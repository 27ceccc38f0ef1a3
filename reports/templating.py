"""The Jinja2 environment of the public report pages (autoescaped)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.templating import Jinja2Templates

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"
TOKYO = ZoneInfo("Asia/Tokyo")


def format_dt(value: datetime | None) -> str:
    """A timestamp in Japan time, e.g. 2026/05/01 09:30."""
    return "—" if value is None else value.astimezone(TOKYO).strftime("%Y/%m/%d %H:%M")


def format_day(value: datetime | None) -> str:
    """A date in Japan time, e.g. 2026/05/01."""
    return "—" if value is None else value.astimezone(TOKYO).strftime("%Y/%m/%d")


@cache
def templates() -> Jinja2Templates:
    """The report pages' templates (created on first use)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=select_autoescape(["html", "svg"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(dt=format_dt, day=format_day)
    return Jinja2Templates(env=env)
