"""Read FAQ entries from Markdown (front matter), municipal standard CSV, and HTML pages."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

import yaml

from knowledge.errors import IngestError, KnowledgeError
from knowledge.html_passages import html_to_entries
from knowledge.records import FaqEntry

MAX_REPORTED_PROBLEMS = 20
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
CSV_SUFFIXES = {".csv"}

# Column names: the municipal standard FAQ layout (Japanese) and the plain English layout.
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "id", "番号"),
    "question": ("問い合わせ文", "question", "質問"),
    "answer": ("応答文", "answer", "回答"),
    "category": ("カテゴリ", "category", "分類"),
    "department": ("担当課", "department", "担当部署"),
    "phone": ("電話番号", "phone"),
    "source_url": ("URL", "url", "source_url"),
    "updated": ("更新日", "updated", "last_updated"),
    "questions": ("別の聞き方", "questions", "alternative_questions", "類似質問"),
}
ALTERNATIVE_SEPARATOR = re.compile(r"\s*(?:\r?\n|\|)\s*")  # CSV cell: one wording per line, or a|b
REQUIRED_CSV_FIELDS = ("id", "question", "answer", "category")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)(.*)\Z", re.DOTALL)


class CorpusError(KnowledgeError):
    """One or more corpus files are invalid; nothing was loaded."""

    code = "corpus_invalid"
    default_message = "よくある質問のデータに誤りがあるため、読み込めませんでした。"

    def __init__(self, problems: Sequence[IngestError]) -> None:
        shown = [p.detail for p in problems[:MAX_REPORTED_PROBLEMS]]
        more = len(problems) - len(shown)
        text = "\n".join(shown) + (f"\n... and {more} more problems" if more > 0 else "")
        super().__init__(detail=f"the corpus has {len(problems)} problem(s):\n{text}")
        self.problems = list(problems)


def _decode(raw: bytes, *, source: str, encoding: str) -> str:
    try:
        text = raw.decode("utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding)
    except UnicodeDecodeError as err:
        hint = ""
        try:
            raw.decode("cp932")
            hint = " It looks like Shift_JIS: convert it to UTF-8 or set KNOWLEDGE_CSV_ENCODING=cp932."
        except UnicodeDecodeError:
            pass
        raise IngestError(
            f"not valid {encoding} text (byte {err.start}).{hint}", source=source
        ) from err
    except LookupError as err:
        raise IngestError(f"unknown encoding {encoding!r}", source=source) from err
    return text


def _check_entry(entry: FaqEntry, *, source: str, row: int | None) -> list[IngestError]:
    problems = []
    for field in ("id", "question", "answer"):
        if not getattr(entry, field).strip():
            problems.append(IngestError(f"empty {field}", source=source, row=row))
    return problems


def split_alternatives(cell: str) -> tuple[str, ...]:
    """Alternative questions of a CSV cell (one per line, or separated by '|')."""
    return tuple(part for part in ALTERNATIVE_SEPARATOR.split(cell.strip()) if part)


def _front_matter_questions(value: object, *, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(q, str | int | float) for q in value):
        raise IngestError("'questions' must be a list of alternative questions", source=source)
    return tuple(str(q).strip() for q in value if str(q).strip())


def read_markdown(path: Path) -> FaqEntry:
    """Read one Markdown file with YAML front matter; the body is the answer."""
    source = str(path)
    text = _decode(path.read_bytes(), source=source, encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if match is None:
        raise IngestError("no front matter (a '---' block at the top)", source=source)
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise IngestError(f"front matter is not valid YAML: {err}", source=source) from err
    if not isinstance(meta, dict):
        raise IngestError("front matter must be a mapping of fields", source=source)
    entry = FaqEntry(
        id=str(meta.get("id", "")).strip(),
        question=str(meta.get("question", "")).strip(),
        answer=match.group(2).strip(),
        category=str(meta.get("category", "")).strip(),
        department=str(meta.get("department", "")).strip(),
        phone=str(meta.get("phone", "")).strip(),
        source_url=str(meta.get("source_url", "")).strip(),
        updated=str(meta.get("updated", "")).strip(),
        questions=_front_matter_questions(meta.get("questions"), source=source),
    )
    problems = _check_entry(entry, source=source, row=None)
    if problems:
        raise problems[0]
    return entry


def read_csv(path: Path, *, encoding: str = "utf-8") -> list[FaqEntry]:
    """Read a CSV export in the municipal standard FAQ layout (or id,question,answer,... layout)."""
    source = str(path)
    text = _decode(path.read_bytes(), source=source, encoding=encoding)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise IngestError("the file is empty", source=source)
    names = [h.strip() for h in header]
    positions: dict[str, int] = {}
    for field, aliases in CSV_COLUMNS.items():
        for alias in aliases:
            if alias in names:
                positions[field] = names.index(alias)
                break
    missing = [CSV_COLUMNS[f][0] for f in REQUIRED_CSV_FIELDS if f not in positions]
    if missing:
        raise IngestError(
            f"missing column(s) {', '.join(missing)} (header: {', '.join(names)})", source=source, row=1
        )
    entries: list[FaqEntry] = []
    problems: list[IngestError] = []
    seen: dict[str, int] = {}
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            problems.append(
                IngestError(f"{len(row)} columns, expected {len(names)}", source=source, row=line_no)
            )
            continue
        values = {field: row[pos].strip() for field, pos in positions.items() if field != "questions"}
        alternatives = split_alternatives(row[positions["questions"]]) if "questions" in positions else ()
        entry = FaqEntry(**values, questions=alternatives)
        found = _check_entry(entry, source=source, row=line_no)
        if found:
            problems.extend(found)
            continue
        if entry.id in seen:
            problems.append(
                IngestError(f"duplicate id {entry.id!r} (first on row {seen[entry.id]})", source=source,
                            row=line_no)
            )
            continue
        seen[entry.id] = line_no
        entries.append(entry)
    if problems:
        raise CorpusError(problems)
    return entries


def read_html(path: Path) -> list[FaqEntry]:
    """Extract the main text of a city web page as passages (one per section)."""
    source = str(path)
    text = _decode(path.read_bytes(), source=source, encoding="utf-8")
    entries = html_to_entries(text, page_id=path.stem, fallback_url=path.resolve().as_uri())
    if not entries:
        raise IngestError("no main text found in the page", source=source)
    return entries


def _corpus_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise CorpusError([IngestError("no such file or folder", source=str(path))])
    suffixes = MARKDOWN_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES
    return sorted(
        p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes and p.name != "README.md"
    )


def load_corpus(path: Path, *, csv_encoding: str = "utf-8") -> list[FaqEntry]:
    """Load every entry under ``path``; all or nothing, with every problem named by file and row."""
    entries: list[FaqEntry] = []
    problems: list[IngestError] = []
    where: dict[str, str] = {}
    for file in _corpus_files(path):
        suffix = file.suffix.lower()
        try:
            if suffix in MARKDOWN_SUFFIXES:
                loaded = [read_markdown(file)]
            elif suffix in CSV_SUFFIXES:
                loaded = read_csv(file, encoding=csv_encoding)
            elif suffix in HTML_SUFFIXES:
                loaded = read_html(file)
            else:
                problems.append(IngestError(f"unsupported file type {suffix!r}", source=str(file)))
                continue
        except CorpusError as err:
            problems.extend(err.problems)
            continue
        except IngestError as err:
            problems.append(err)
            continue
        except OSError as err:
            problems.append(IngestError(f"cannot read: {err.strerror}", source=str(file)))
            continue
        for entry in loaded:
            if entry.id in where:
                problems.append(
                    IngestError(f"duplicate id {entry.id!r} (first in {where[entry.id]})", source=str(file))
                )
                continue
            where[entry.id] = str(file)
            entries.append(entry)
    if problems:
        raise CorpusError(problems)
    if not entries:
        raise CorpusError([IngestError("no FAQ entries found", source=str(path))])
    return entries
