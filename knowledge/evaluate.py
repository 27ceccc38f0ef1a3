"""Evaluation of the search on labelled queries: ranking, abstention and latency figures."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from knowledge.errors import IngestError
from knowledge.search import Searcher

OUT_OF_SCOPE = "NONE"
MRR_DEPTH = 10
RECALL_DEPTH = 5
# The targets (issue 13), met on every labelled set, out of fold.
TARGET_P_AT_1 = 0.82
TARGET_R_AT_5 = 0.97
TARGET_ANSWERED_PRECISION = 0.92
TARGET_COVERAGE = 0.80
TARGET_NONE_RECALL = 0.85
TARGET_MIN_STYLE_P_AT_1 = 0.72


@dataclass(frozen=True)
class LabeledQuery:
    """A query with the entry id it should find (``NONE``: out of scope) and its style."""

    text: str
    expected_id: str
    style: str = "all"


@dataclass(frozen=True)
class QueryOutcome:
    """What the searcher did with one labelled query."""

    query: LabeledQuery
    ranked_ids: list[str]
    abstained: bool
    confidence: float
    elapsed_ms: float

    @property
    def rank(self) -> int | None:
        """1-based rank of the expected entry, or None when not in the list."""
        try:
            return self.ranked_ids.index(self.query.expected_id) + 1
        except ValueError:
            return None


@dataclass
class EvalReport:
    """Aggregate figures over a query set."""

    p_at_1: float
    mrr_at_10: float
    r_at_5: float
    answered_precision: float
    coverage: float
    none_recall: float
    min_style_p_at_1: float
    p95_ms: float
    per_style: dict[str, dict[str, float]] = field(default_factory=dict)
    per_category: dict[str, dict[str, float]] = field(default_factory=dict)
    in_scope: int = 0
    out_of_scope: int = 0

    def summary_line(self) -> str:
        """The one-line summary the eval CLI ends with."""
        return (
            f"P@1={self.p_at_1:.3f} MRR@10={self.mrr_at_10:.3f} R@5={self.r_at_5:.3f} "
            f"ANSWERED_PRECISION={self.answered_precision:.3f} COVERAGE={self.coverage:.3f} "
            f"NONE_RECALL={self.none_recall:.3f} MIN_STYLE_P@1={self.min_style_p_at_1:.3f} "
            f"P95_MS={self.p95_ms:.1f}"
        )


    def targets_line(self) -> str:
        """Each target's figure and whether it is met (the eval CLI's last line)."""
        checks = [
            ("P@1", self.p_at_1, TARGET_P_AT_1), ("R@5", self.r_at_5, TARGET_R_AT_5),
            ("ANSWERED_PRECISION", self.answered_precision, TARGET_ANSWERED_PRECISION),
            ("COVERAGE", self.coverage, TARGET_COVERAGE), ("NONE_RECALL", self.none_recall, TARGET_NONE_RECALL),
            ("MIN_STYLE_P@1", self.min_style_p_at_1, TARGET_MIN_STYLE_P_AT_1),
        ]
        met = sum(value >= target for _, value, target in checks)
        parts = [f"{name} {value:.3f}>={target:.2f} {'ok' if value >= target else 'MISSED'}"
                 for name, value, target in checks]
        return f"TARGETS {met}/{len(checks)} met: " + " | ".join(parts)


def load_queries(path: Path) -> list[LabeledQuery]:
    """Read a TSV with columns ``query``, ``expected_id`` and optional ``style``."""
    source = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise IngestError(f"cannot read: {err.strerror}", source=source) from err
    except UnicodeDecodeError as err:
        raise IngestError("not valid UTF-8 text", source=source) from err
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        raise IngestError("the file is empty", source=source)
    header = [h.strip() for h in rows[0]]
    for column in ("query", "expected_id"):
        if column not in header:
            raise IngestError(f"missing column {column!r} (header: {', '.join(header)})", source=source, row=1)
    q_pos, e_pos = header.index("query"), header.index("expected_id")
    s_pos = header.index("style") if "style" in header else None
    queries = []
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(q_pos, e_pos) or not row[q_pos].strip() or not row[e_pos].strip():
            raise IngestError("empty query or expected_id", source=source, row=line_no)
        style = row[s_pos].strip() if s_pos is not None and len(row) > s_pos else "all"
        queries.append(LabeledQuery(row[q_pos].strip(), row[e_pos].strip(), style or "all"))
    if not queries:
        raise IngestError("no queries", source=source)
    return queries


def run_queries(searcher: Searcher, queries: Sequence[LabeledQuery]) -> list[QueryOutcome]:
    """Search every query once, keeping the top ten ids and the abstention decision."""
    outcomes = []
    for query in queries:
        result = searcher.search(query.text, k=MRR_DEPTH)
        outcomes.append(
            QueryOutcome(query, [a.entry.id for a in result.answers], result.abstained, result.confidence,
                         result.elapsed_ms)
        )
    return outcomes


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _group_figures(groups: dict[str, list[QueryOutcome]]) -> dict[str, dict[str, float]]:
    return {
        name: {
            "n": float(len(items)),
            "p_at_1": _ratio(sum(o.rank == 1 for o in items), len(items)),
            "r_at_5": _ratio(sum(o.rank is not None and o.rank <= RECALL_DEPTH for o in items), len(items)),
            "coverage": _ratio(sum(not o.abstained for o in items), len(items)),
            "answered_precision": _ratio(sum(o.rank == 1 for o in items if not o.abstained),
                                         sum(not o.abstained for o in items)),
        }
        for name, items in sorted(groups.items())
    }


def score_outcomes(outcomes: Sequence[QueryOutcome], categories: Mapping[str, str] | None = None) -> EvalReport:
    """Aggregate outcomes into the report figures (``categories``: entry id -> category, for that table)."""
    in_scope = [o for o in outcomes if o.query.expected_id != OUT_OF_SCOPE]
    none = [o for o in outcomes if o.query.expected_id == OUT_OF_SCOPE]
    hits1 = [o.rank == 1 for o in in_scope]
    answered = [o for o in in_scope if not o.abstained]
    by_style: dict[str, list[QueryOutcome]] = defaultdict(list)
    by_category: dict[str, list[QueryOutcome]] = defaultdict(list)
    for o in in_scope:
        by_style[o.query.style].append(o)
        if categories is not None:
            by_category[categories.get(o.query.expected_id, "?") or "?"].append(o)
    per_style = _group_figures(by_style)
    latencies = np.array([o.elapsed_ms for o in outcomes]) if outcomes else np.zeros(1)
    return EvalReport(
        p_at_1=_ratio(sum(hits1), len(in_scope)),
        mrr_at_10=_ratio(sum(1.0 / o.rank for o in in_scope if o.rank and o.rank <= MRR_DEPTH), len(in_scope)),
        r_at_5=_ratio(sum(o.rank is not None and o.rank <= RECALL_DEPTH for o in in_scope), len(in_scope)),
        answered_precision=_ratio(sum(o.rank == 1 for o in answered), len(answered)),
        coverage=_ratio(len(answered), len(in_scope)),
        none_recall=_ratio(sum(o.abstained for o in none), len(none)),
        min_style_p_at_1=min((s["p_at_1"] for s in per_style.values()), default=0.0),
        p95_ms=float(np.percentile(latencies, 95)),
        per_style=per_style,
        per_category=_group_figures(by_category),
        in_scope=len(in_scope),
        out_of_scope=len(none),
    )


def _table(title: str, groups: dict[str, dict[str, float]]) -> list[str]:
    lines = [f"{title:<12} {'n':>4} {'P@1':>6} {'R@5':>6} {'cover':>6} {'ans.P':>6}"]
    for name, figures in groups.items():
        lines.append(
            f"{name[:12]:<12} {int(figures['n']):>4} {figures['p_at_1']:>6.3f} {figures['r_at_5']:>6.3f} "
            f"{figures['coverage']:>6.3f} {figures['answered_precision']:>6.3f}"
        )
    return lines


def format_report(report: EvalReport, *, heading: str = "") -> str:
    """Per-style and per-category tables followed by the one-line summary."""
    lines = [heading] if heading else []
    lines.append(f"queries: {report.in_scope} in scope, {report.out_of_scope} out of scope")
    lines += _table("style", report.per_style)
    if report.per_category:
        lines += _table("category", report.per_category)
    lines.append(report.summary_line())
    lines.append(report.targets_line())
    return "\n".join(lines)
