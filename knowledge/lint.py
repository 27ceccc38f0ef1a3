"""``python -m knowledge lint``: problems in a city's FAQ corpus that make answers wrong or contradictory.

Errors (exit code 1): a department written with two phone numbers, one phone number under two department
names, missing department / phone / source URL, a malformed URL or phone number, entries so alike that the
search cannot tell them apart. Warnings: entries not updated for ``lint_stale_days``, a missing or
unreadable update date, departments named in an answer that no entry belongs to (a renamed or misspelt
department), similar entries worth a look.

``--vocabulary`` checks the city's search vocabulary instead (:func:`check_vocabulary`): a synonym key or term that
the analyzer never yields (it reads はがき as 葉書, 市外 as 市 + 外) matches nothing and is an error, and so is a
rewrite pattern with a piece the query's normaliser never leaves in a text and the loader cannot bring to that form
(``\\uFF21``, ``\\t``, a range [Ａ-Ｚ]: knowledge/normal_form.py); a replacement written outside that form is a warning.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import numpy as np
from scipy import sparse

from knowledge.ingest import load_corpus
from knowledge.japanese import MorphAnalyzer
from knowledge.normal_form import normal_form, unreachable_pieces
from knowledge.records import FaqEntry
from knowledge.settings import KnowledgeSettings

if TYPE_CHECKING:
    from knowledge.vocabulary import Vocabulary

PHONE = re.compile(r"^0\d{1,4}-\d{1,4}-\d{3,4}$")
MENTIONED_DEPARTMENT = re.compile(r"((?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{2,8}課)(?!税)")
GENERIC_DEPARTMENTS = frozenset({"担当課", "各担当課", "関係課"})
DUPLICATE_ERROR_MARGIN = 0.25  # similarity above threshold + margin is an error, not a warning
WEB_PAGE_CATEGORY = "ウェブページ"  # passages of HTML pages may lack a phone number


@dataclass(frozen=True)
class LintProblem:
    """One finding: ``severity`` is "error" or "warning"; ``entries`` are the ids involved."""

    severity: str
    check: str
    entries: tuple[str, ...]
    message: str


def _url_ok(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in url and "." in parsed.netloc


def check_fields(entries: Sequence[FaqEntry]) -> list[LintProblem]:
    """Missing department, phone or URL; malformed URL or phone number."""
    problems = []
    for e in entries:
        page = e.category == WEB_PAGE_CATEGORY
        for name, value in (("department", e.department), ("phone", e.phone), ("source_url", e.source_url)):
            if not value.strip():
                severity = "warning" if page else "error"
                problems.append(LintProblem(severity, "missing", (e.id,), f"no {name}"))
        if e.source_url.strip() and not _url_ok(e.source_url.strip()):
            problems.append(LintProblem("error", "url", (e.id,), f"malformed URL {e.source_url!r}"))
        if e.phone.strip() and not PHONE.match(e.phone.strip()):
            problems.append(LintProblem("error", "phone", (e.id,), f"malformed phone number {e.phone!r}"))
    return problems


def check_contacts(entries: Sequence[FaqEntry]) -> list[LintProblem]:
    """One phone number per department name, one department name per phone number."""
    phones_of: dict[str, Counter[str]] = defaultdict(Counter)
    names_of: dict[str, Counter[str]] = defaultdict(Counter)
    ids_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in entries:
        if e.department and e.phone:
            phones_of[e.department][e.phone] += 1
            names_of[e.phone][e.department] += 1
            ids_of[(e.department, e.phone)].append(e.id)
    problems = []
    for department, phones in sorted(phones_of.items()):
        if len(phones) > 1:
            usual = phones.most_common(1)[0][0]
            odd = [i for p in phones if p != usual for i in ids_of[(department, p)]]
            listed = ", ".join(f"{p} ({n})" for p, n in phones.most_common())
            problems.append(LintProblem("error", "department-phone", tuple(odd),
                                        f"{department} has several phone numbers: {listed}"))
    for phone, names in sorted(names_of.items()):
        if len(names) > 1:
            usual = names.most_common(1)[0][0]
            odd = [i for n in names if n != usual for i in ids_of[(n, phone)]]
            listed = ", ".join(f"{n} ({c})" for n, c in names.most_common())
            problems.append(LintProblem("error", "department-name", tuple(odd),
                                        f"{phone} is listed under several department names: {listed}"))
    return problems


def check_mentioned_departments(entries: Sequence[FaqEntry]) -> list[LintProblem]:
    """Departments named in answers that no entry belongs to (renamed, misspelt or merged departments)."""
    known = {part for e in entries for part in e.department.split()}

    def is_known(mention: str) -> bool:
        return mention in GENERIC_DEPARTMENTS or any(k.endswith(mention) or mention.endswith(k) for k in known)

    problems = []
    for e in entries:
        unknown = sorted({m for m in MENTIONED_DEPARTMENT.findall(e.answer) if not is_known(m)})
        if unknown:
            problems.append(LintProblem("warning", "unknown-department", (e.id,),
                                        f"the answer names {', '.join(unknown)}, which no entry belongs to"))
    return problems


def check_stale(entries: Sequence[FaqEntry], *, today: date, stale_days: int) -> list[LintProblem]:
    """Entries whose update date is missing, unreadable or older than ``stale_days``."""
    problems = []
    limit = today - timedelta(days=stale_days)
    for e in entries:
        if not e.updated:
            problems.append(LintProblem("warning", "stale", (e.id,), "no update date"))
            continue
        try:
            updated = date.fromisoformat(e.updated[:10])
        except ValueError:
            problems.append(LintProblem("warning", "stale", (e.id,), f"unreadable update date {e.updated!r}"))
            continue
        if updated < limit:
            problems.append(LintProblem("warning", "stale", (e.id,),
                                        f"not updated since {updated.isoformat()} (over {stale_days} days)"))
    return problems


def similarity_matrix(entries: Sequence[FaqEntry], analyzer: MorphAnalyzer) -> sparse.csr_matrix:
    """Cosine similarity of entries' tf-idf term vectors (question counted twice, then the answer)."""
    docs = [analyzer.terms(e.question, expand=False) * 2 + analyzer.terms(e.answer, expand=False) for e in entries]
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for doc_id, terms in enumerate(docs):
        for term, count in Counter(terms).items():
            rows.append(doc_id)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(float(count))
    tf = sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)))
    df = np.bincount(tf.indices, minlength=len(vocab))
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    weighted = tf.multiply(idf.reshape(1, -1)).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    unit = sparse.diags(1.0 / norms) @ weighted
    return sparse.csr_matrix(unit @ unit.T)


def check_duplicates(entries: Sequence[FaqEntry], analyzer: MorphAnalyzer, *, threshold: float) -> list[LintProblem]:
    """Pairs of entries more similar than ``threshold`` (an error above threshold + margin)."""
    sims = similarity_matrix(entries, analyzer).tocoo()
    problems = []
    for i, j, value in sorted(zip(sims.row.tolist(), sims.col.tolist(), sims.data.tolist(), strict=True),
                              key=lambda t: -t[2]):
        if i < j and value >= threshold:
            severity = "error" if value >= min(0.99, threshold + DUPLICATE_ERROR_MARGIN) else "warning"
            a, b = entries[i], entries[j]
            problems.append(LintProblem(severity, "near-duplicate", (a.id, b.id),
                                        f"similarity {value:.2f}: 「{a.question}」 / 「{b.question}」: merge them or "
                                        "make each answer what the other does not"))
    return problems


def lint_entries(
    entries: Sequence[FaqEntry], analyzer: MorphAnalyzer, *, today: date, stale_days: int, duplicate_similarity: float,
) -> list[LintProblem]:
    """Every check over loaded entries, errors first."""
    problems = [
        *check_fields(entries), *check_contacts(entries), *check_duplicates(entries, analyzer,
                                                                             threshold=duplicate_similarity),
        *check_mentioned_departments(entries), *check_stale(entries, today=today, stale_days=stale_days),
    ]
    return sorted(problems, key=lambda p: (p.severity != "error", p.check, p.entries))


def lint_corpus(settings: KnowledgeSettings, *, today: str | None = None) -> list[LintProblem]:
    """Load the configured corpus and lint it (``today``: YYYY-MM-DD, default the current date)."""
    from knowledge.service import make_analyzer

    entries = load_corpus(settings.corpus_path, csv_encoding=settings.csv_encoding)
    day = date.fromisoformat(today) if today else date.today()
    return lint_entries(entries, make_analyzer(settings), today=day, stale_days=settings.lint_stale_days,
                        duplicate_similarity=settings.lint_duplicate_similarity)


def check_vocabulary(vocabulary: Vocabulary, analyzer: MorphAnalyzer) -> list[LintProblem]:
    """Synonym keys and terms that can never match: each must be a term the analyzer yields for itself (a key
    is compared with the query's terms, a term with the entries'; both are Sudachi normalized forms)."""
    problems = []
    for key, expansions in vocabulary.synonyms.items():
        for word, role in ((key, "key"), *((e, f"term of {key!r}") for e in expansions)):
            forms = analyzer.terms(word, expand=False)
            if word not in forms:
                problems.append(LintProblem("error", "vocabulary", (key,),
                                            f"synonym {role} {word!r} never matches: read as {' + '.join(forms)}"))
    for number, (pattern, replacement) in enumerate(vocabulary.rewrites, start=1):
        pieces = unreachable_pieces(pattern.pattern)
        if pieces:
            problems.append(LintProblem("error", "vocabulary", (f"rewrite {number}",),
                                        f"{', '.join(pieces)} in {pattern.pattern!r} never occur in a normalized "
                                        "query (NFKC, lower case, one space): write them as a query has them"))
        form = normal_form(replacement)
        if form != replacement:
            problems.append(LintProblem("warning", "vocabulary", (f"rewrite {number}",),
                                        f"replacement {replacement!r} is not in the query's form "
                                        f"({form!r}): later patterns see it as written"))
    return problems


def lint_vocabulary(settings: KnowledgeSettings) -> list[LintProblem]:
    """Load the configured vocabulary file and check it (with its own rewrites: a query is rewritten first)."""
    from knowledge.service import vocabulary_path
    from knowledge.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(vocabulary_path(settings))
    return check_vocabulary(vocabulary, MorphAnalyzer(vocabulary))


def format_problems(problems: Sequence[LintProblem]) -> str:
    """One line per problem and a count line."""
    lines = [f"{p.severity}: [{p.check}] {', '.join(p.entries)}: {p.message}" for p in problems]
    errors = sum(p.severity == "error" for p in problems)
    lines.append(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return "\n".join(lines)
