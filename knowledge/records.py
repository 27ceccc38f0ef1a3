"""The FAQ entry record shared by ingestion, indexing and search."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """One FAQ entry (or one passage of a city web page).

    ``questions`` are alternative wordings of ``question`` (front matter ``questions:``, or the CSV
    column 別の聞き方); they are indexed like the main question.
    """

    id: str
    question: str
    answer: str
    category: str = ""
    department: str = ""
    phone: str = ""
    source_url: str = ""
    updated: str = ""
    questions: tuple[str, ...] = ()

    @property
    def all_questions(self) -> tuple[str, ...]:
        """The main question followed by the alternative ones."""
        return (self.question, *self.questions)

    def to_dict(self) -> dict[str, Any]:
        """Return the entry as a plain dict (for JSON metadata); ``questions`` is a list."""
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["questions"] = list(self.questions)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FaqEntry:
        """Build an entry from a dict written by ``to_dict``."""
        raw = data.get("questions") or ()
        questions = tuple(str(q) for q in raw) if isinstance(raw, list | tuple) else (str(raw),)
        values = {f.name: str(data.get(f.name, "")) for f in fields(cls) if f.name != "questions"}
        return cls(**values, questions=questions)
