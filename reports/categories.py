"""Report categories and their departments, from reports/data/categories.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

CATEGORIES_FILE = Path(__file__).resolve().parent / "data" / "categories.yaml"
OTHER = "other"


@dataclass(frozen=True)
class Category:
    """One category: its code, the label citizens read, the department that handles it, how it is told."""

    code: str
    label: str
    department: str
    notify_email: str = ""
    notify_webhook: str = ""


@cache
def categories(path: Path = CATEGORIES_FILE) -> dict[str, Category]:
    """Every category by code, in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = {
        str(item["code"]): Category(
            code=str(item["code"]), label=str(item["label"]), department=str(item["department"]),
            notify_email=str(item.get("notify_email") or ""), notify_webhook=str(item.get("notify_webhook") or ""),
        )
        for item in data["categories"]
    }
    if OTHER not in table:
        raise ValueError(f"{path}: the category {OTHER!r} is required (reports the chat cannot classify)")
    return table


def departments() -> list[str]:
    """Every department named in the table (for the staff's assignment list)."""
    return list(dict.fromkeys(category.department for category in categories().values()))


def category_label(code: str) -> str:
    """The label of a category code (the code itself when unknown)."""
    category = categories().get(code)
    return category.label if category else code
