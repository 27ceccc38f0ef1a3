"""Sibling entries told apart by the query's distinguishing words (twenty-fifth session, docs/search-quality.md
section 12; measured, not shipped).

Most first answers that miss lose to a *sibling*: an entry of the same topic whose question shares most of the
query's words. What could tell such a pair apart is the query's words that one of them contains and the other lacks.
The inputs here read, for each candidate, how much of the query (idf-weighted, synonyms included) it contains **that
the other leading candidates do not** (a word every leading candidate contains counts for nothing), or against its
nearest sibling; the benches append them to each item's rank rows (:func:`with_columns`), so the cached items need
not be prepared again. Pure, apart from :func:`with_columns` building new items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from knowledge.features import EntryFacts, QueryFacts
from knowledge.tuning import PreparedItem

CONTRAST_VOTERS = 5  # how many of the best fused candidates a word's distinctiveness is counted over


def _present(query: QueryFacts, terms: frozenset[str]) -> list[bool]:
    """Per query term: the entry's terms contain it or one of its synonyms."""
    return [not query.variants(n).isdisjoint(terms) for n in range(len(query.terms))]


def distinct_cover(query: QueryFacts, entries: Sequence[EntryFacts], *, question_only: bool = False,
                   voters: int = CONTRAST_VOTERS) -> list[float]:
    """Per entry (in fused order): the idf-weighted share of the query's terms that the entry contains, each term
    weighted by the share of the first ``voters`` entries that lack it (a term all of them contain weighs 0).

    ``question_only`` reads the entries' questions only (not their answers). An entry beyond the voters is counted
    against the voters alone."""
    total = sum(query.idf)
    if total <= 0 or not entries:
        return [0.0] * len(entries)
    present = [_present(query, f.question_terms if question_only else f.text_terms) for f in entries]
    head = present[:voters]
    lacking = [sum(1 for row in head if not row[n]) / len(head) for n in range(len(query.terms))]
    return [sum(w * lack for w, lack, hit in zip(query.idf, lacking, row, strict=True) if hit) / total
            for row in present]


def sibling_contrast(query: QueryFacts, entries: Sequence[EntryFacts], *,
                     voters: int = CONTRAST_VOTERS) -> list[float]:
    """Per entry (in fused order): against its nearest sibling (the best other of the first ``voters`` entries in
    its category), the idf-weighted share of the query's terms it contains and the sibling lacks, minus the share the
    sibling contains and it lacks. 0 for an entry without a sibling among the voters."""
    total = sum(query.idf)
    if total <= 0 or not entries:
        return [0.0] * len(entries)
    present = [_present(query, f.text_terms) for f in entries]
    values = []
    for i, entry in enumerate(entries):
        sibling = next((j for j in range(min(voters, len(entries)))
                        if j != i and entries[j].category == entry.category), None)
        if sibling is None:
            values.append(0.0)
            continue
        own, other = present[i], present[sibling]
        gained = sum(w for w, a, b in zip(query.idf, own, other, strict=True) if a and not b)
        lost = sum(w for w, a, b in zip(query.idf, own, other, strict=True) if b and not a)
        values.append((gained - lost) / total)
    return values

Column = Callable[[QueryFacts, Sequence[EntryFacts]], list[float]]
COLUMNS: dict[str, Column] = {
    "distinct_text": lambda q, e: distinct_cover(q, e),
    "distinct_question": lambda q, e: distinct_cover(q, e, question_only=True),
    "sibling_contrast": lambda q, e: sibling_contrast(q, e),
}


def with_columns(items: Sequence[PreparedItem], names: Sequence[str]) -> list[PreparedItem]:
    """``items`` with the named columns appended to their rank rows (in ``names`` order)."""
    if not names:
        return list(items)
    out = []
    for item in items:
        prepared = item.prepared
        entries = [item.facts[c.doc] for c in prepared.candidates]
        extra = np.array([COLUMNS[n](prepared.facts, entries) for n in names], dtype=np.float64).T
        rows = np.hstack([prepared.rows, extra.reshape(len(entries), len(names))])
        out.append(replace(item, prepared=replace(prepared, rows=rows)))
    return out
