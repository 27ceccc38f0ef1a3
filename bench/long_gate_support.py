"""Whether the channels agree on a long telling's first answer: candidate gate inputs measured by
``bench/bench_long_gate.py`` (twenty-fourth session; measured held out, not shipped: docs/search-quality.md section 11).

A long telling (knowledge/need.py) is searched as a whole and by its need sentence; the re-ranker weighs both.
When the need sentence's own search, the whole text's dense search and the morpheme search all put the re-ranked
first entry first, a right first answer is more likely than when they scatter. These inputs read only the
candidates' channel scores (:class:`~knowledge.features.ChannelScores`), in re-ranked order, so they would cost
nothing at search time; every one is 0 for a short query (no need channels).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from knowledge.features import QueryFacts

AGREEMENT_FEATURES = ("long_need_first", "long_channels_first", "long_need_lead", "long_morph_lead")


class Channels(Protocol):
    """The per-channel scores of a candidate (ChannelScores)."""

    @property
    def dense(self) -> float: ...
    @property
    def morph(self) -> float: ...
    @property
    def need_dense(self) -> float: ...
    @property
    def need_morph(self) -> float: ...


def _is_first(values: Sequence[float]) -> bool:
    """The first value is positive and no other exceeds it."""
    return bool(values) and values[0] > 0 and values[0] >= max(values)


def _lead(values: Sequence[float]) -> float:
    """The first value minus the best of the others (the first's own value when it stands alone)."""
    return values[0] - max(values[1:], default=0.0) if values else 0.0


def agreement_features(ranked: Sequence[Channels], *, long: bool) -> list[float]:
    """AGREEMENT_FEATURES of candidates in re-ranked order (best first), all 0 for a short query:

    - ``long_need_first``: share of the two need channels (dense, morphemes) that put the first entry first;
    - ``long_channels_first``: the same over four channels (the whole text's dense and morphemes too);
    - ``long_need_lead``: the first entry's need-dense score minus the best other candidate's;
    - ``long_morph_lead``: the same for the morpheme score (whole text and need, the better of the two).
    """
    if not long or not ranked:
        return [0.0] * len(AGREEMENT_FEATURES)
    need = [[c.need_dense for c in ranked], [c.need_morph for c in ranked]]
    whole = [[c.dense for c in ranked], [c.morph for c in ranked]]
    need_first = sum(_is_first(v) for v in need)
    all_first = need_first + sum(_is_first(v) for v in whole)
    return [need_first / len(need), all_first / (len(need) + len(whole)), _lead(need[0]), _lead(whole[1])]


COVER_FEATURES = ("long_need_cover", "long_need_cover_lead")
COVER_VOTERS = 5  # the first entry against the best of the next four, as the shipped noun_cover_best


def need_cover(need: QueryFacts | None, questions: Sequence[frozenset[str]]) -> list[float]:
    """COVER_FEATURES: how much (idf-weighted, synonyms included) of the need sentence's terms the first entry's
    question contains, and that share minus the best of the next candidates' (``questions``: the question terms of
    the candidates in re-ranked order); 0 without a need (a short query) or without terms."""
    if need is None or not questions or sum(need.idf) <= 0:
        return [0.0] * len(COVER_FEATURES)
    total = sum(need.idf)
    shares = [sum(w for n, w in enumerate(need.idf) if not need.variants(n).isdisjoint(terms)) / total
              for terms in questions[:COVER_VOTERS]]
    return [shares[0], shares[0] - max(shares[1:], default=0.0)]
