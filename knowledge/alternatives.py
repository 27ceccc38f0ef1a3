"""Write an alternative question into the city's corpus and rebuild the index incrementally (the staff loop).

An entry's alternative questions live in its Markdown front matter (``questions:``) or in the CSV column
別の聞き方 (one wording per line); they are indexed like the main question. HTML passages have no place for
them. The file is rewritten atomically (a temporary file, then a rename); only the ``questions`` lines change.

    added = add_alternative_question(settings, entry_id="gomi-001", question="ゴミの日を教えて")
    searcher = rebuild_searcher(settings, embedder=old_searcher.embedder, runtime=runtime)  # re-embeds the change
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from core.settings import RuntimeSettings
from knowledge.embed import Embedder
from knowledge.errors import IngestError, KnowledgeError
from knowledge.ingest import (
    CSV_COLUMNS,
    CSV_SUFFIXES,
    FRONT_MATTER,
    MARKDOWN_SUFFIXES,
    read_csv,
    read_markdown,
    split_alternatives,
)
from knowledge.normal_form import normalize
from knowledge.records import FaqEntry
from knowledge.search import Searcher
from knowledge.service import BuildOutcome, ensure_index, open_searcher
from knowledge.settings import MAX_QUERY_CHARS, KnowledgeSettings

ALTERNATIVES_HEADER = CSV_COLUMNS["questions"][0]  # 別の聞き方
QUESTIONS_KEY = re.compile(r"^questions:[ \t]*(?:#.*)?$", re.MULTILINE)
ANY_QUESTIONS_KEY = re.compile(r"^questions:", re.MULTILINE)
_WRITE_LOCK = threading.Lock()  # one corpus edit at a time in this process


class AlternativeQuestionError(KnowledgeError):
    """The alternative question cannot be added (empty, too long, already there, or the entry's format)."""

    code = "alternative_invalid"
    status = 422
    default_message = "別の聞き方として登録できませんでした。"


class AlreadyPresentError(AlternativeQuestionError):
    """The entry already has this wording (as its question or an alternative)."""

    code = "alternative_present"
    default_message = "この聞き方は、すでに登録されています。"


class EntryNotFoundError(KnowledgeError):
    """No entry of the corpus has the id."""

    code = "entry_not_found"
    status = 404
    default_message = "指定のよくある質問が見つかりません。"


class CorpusWriteError(KnowledgeError):
    """The corpus file could not be written."""

    code = "corpus_not_writable"
    status = 500
    default_message = "よくある質問のデータを書き込めませんでした。管理者にお問い合わせください。"


@dataclass(frozen=True)
class AlternativeAdded:
    """Where the alternative question went."""

    entry_id: str
    question: str
    path: Path
    questions: tuple[str, ...]  # the entry's alternative questions after the change


def clean_question(question: str) -> str:
    """The question on one line, or AlternativeQuestionError."""
    text = " ".join(question.split())
    if not text:
        raise AlternativeQuestionError("別の聞き方を入力してください。", detail="empty question")
    if len(text) > MAX_QUERY_CHARS:
        raise AlternativeQuestionError(f"別の聞き方は{MAX_QUERY_CHARS}文字以内にしてください。",
                                       detail=f"question of {len(text)} characters")
    return text


def _files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    suffixes = MARKDOWN_SUFFIXES | CSV_SUFFIXES
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in suffixes and p.name != "README.md")


def _check_new(existing: tuple[str, ...], main: str, question: str, entry_id: str) -> None:
    known = {normalize(q) for q in (main, *existing)}
    if normalize(question) in known:
        raise AlreadyPresentError(detail=f"{entry_id} already has the question")


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError as err:
        raise CorpusWriteError(detail=f"{path}: {err.strerror}") from err


def markdown_with_question(text: str, question: str) -> str:
    """The Markdown file's text with ``question`` appended to its front matter's ``questions:`` list (pure)."""
    match = FRONT_MATTER.match(text)
    if match is None:
        raise AlternativeQuestionError(detail="no front matter")
    front = match.group(1)
    newline = "\r\n" if "\r\n" in text else "\n"
    item = f"  - {json.dumps(question, ensure_ascii=False)}"
    key = QUESTIONS_KEY.search(front)
    if key is None and ANY_QUESTIONS_KEY.search(front):  # `questions: [a, b]` or `questions: x`
        raise AlternativeQuestionError(detail="questions is not a block list")
    if key is None:
        new_front = front.rstrip("\r\n") + f"{newline}questions:{newline}{item}"
    else:
        lines = front[key.end():].split(newline)
        taken = 0
        for line in lines[1:]:
            if line.startswith((" ", "\t", "-")) and line.strip():
                taken += 1
            else:
                break
        insert_at = key.end() + sum(len(line) + len(newline) for line in lines[: 1 + taken])
        head = front[:insert_at].rstrip("\r\n")
        new_front = head + newline + item + (newline + front[insert_at:] if front[insert_at:] else "")
    start, end = match.span(1)
    return text[:start] + new_front.rstrip("\r\n") + text[end:]


def _add_to_markdown(path: Path, question: str) -> tuple[str, ...]:
    before = read_markdown(path)
    _check_new(before.questions, before.question, question, before.id)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    new_text = markdown_with_question(text, question)
    after = _reparsed_markdown(path, new_text)
    if after.questions != (*before.questions, question):
        raise AlternativeQuestionError(detail=f"{path}: the edited front matter does not read back")
    _write_atomically(path, new_text.encode("utf-8"))
    return after.questions


def _reparsed_markdown(path: Path, text: str) -> FaqEntry:
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / path.name
        probe.write_text(text, encoding="utf-8")
        try:
            entry = read_markdown(probe)
        except IngestError as err:
            raise AlternativeQuestionError(detail=f"{path}: {err.detail}") from err
    return entry


def _add_to_csv(path: Path, entry_id: str, question: str, encoding: str) -> tuple[str, ...]:
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = [h.strip() for h in rows[0]]
    id_col = next(header.index(a) for a in CSV_COLUMNS["id"] if a in header)
    question_col = next(header.index(a) for a in CSV_COLUMNS["question"] if a in header)
    alt_col = next((header.index(a) for a in CSV_COLUMNS["questions"] if a in header), None)
    if alt_col is None:
        alt_col = len(header)
        rows[0].append(ALTERNATIVES_HEADER)
        for row in rows[1:]:
            if any(cell.strip() for cell in row):
                row.append("")
    for row in rows[1:]:
        if len(row) > id_col and row[id_col].strip() == entry_id:
            existing = split_alternatives(row[alt_col])
            _check_new(existing, row[question_col], question, entry_id)
            row[alt_col] = "\n".join((*existing, question))
            break
    else:
        raise EntryNotFoundError(detail=f"{entry_id} not in {path}")
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n" if "\r\n" in text else "\n").writerows(rows)
    data = out.getvalue().encode(encoding if encoding.lower().replace("_", "-") != "utf-8" else "utf-8")
    _write_atomically(path, (b"\xef\xbb\xbf" if bom else b"") + data)
    return (*existing, question)


def add_alternative_question(settings: KnowledgeSettings, *, entry_id: str, question: str) -> AlternativeAdded:
    """Append ``question`` to the alternative questions of entry ``entry_id`` in the corpus files.

    Raises EntryNotFoundError (404), AlternativeQuestionError (422: empty, too long, already there, an HTML
    passage) or CorpusWriteError (500). The index is not touched: call :func:`rebuild_searcher` next.
    """
    text = clean_question(question)
    with _WRITE_LOCK:
        for path in _files(settings.corpus_path):
            suffix = path.suffix.lower()
            if suffix in MARKDOWN_SUFFIXES:
                try:
                    entry = read_markdown(path)
                except IngestError:
                    continue
                if entry.id == entry_id:
                    return AlternativeAdded(entry_id, text, path, _add_to_markdown(path, text))
            elif suffix in CSV_SUFFIXES:
                try:
                    ids = {e.id for e in read_csv(path, encoding=settings.csv_encoding)}
                except KnowledgeError:
                    continue
                if entry_id in ids:
                    return AlternativeAdded(entry_id, text, path,
                                            _add_to_csv(path, entry_id, text, settings.csv_encoding))
    raise EntryNotFoundError(detail=f"no entry {entry_id!r} in a Markdown or CSV file of {settings.corpus_path}")


def rebuild_index(settings: KnowledgeSettings, *, embedder: Embedder) -> BuildOutcome:
    """Rebuild the index on disk; only new or changed texts are embedded (``BuildOutcome.embedded``)."""
    with _WRITE_LOCK:
        return ensure_index(settings, embedder=embedder)


def rebuild_searcher(settings: KnowledgeSettings, *, embedder: Embedder,
                     runtime: RuntimeSettings | None = None) -> Searcher:
    """Rebuild the index incrementally and open a new Searcher over it (the caller swaps it in)."""
    rebuild_index(settings, embedder=embedder)
    return open_searcher(settings, embedder=embedder, runtime=runtime)
