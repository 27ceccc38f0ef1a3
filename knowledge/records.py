"""The FAQ entry record shared by ingestion, indexing and search."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """One FAQ entry (or one passage of a city web page)."""

    id: str
    question: str
    answer: str
    category: str = ""
    department: str = ""
    phone: str = ""
    source_url: str = ""
    updated: str = ""

    def to_dict(self) -> dict[str, str]:
        """Return the entry as a plain dict (for JSON metadata)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FaqEntry:
        """Build an entry from a dict written by ``to_dict``."""
        return cls(**{key: str(data.get(key, "")) for key in cls.__dataclass_fields__})
