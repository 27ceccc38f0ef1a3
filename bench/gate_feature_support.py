"""Candidate gate features measured by ``bench/bench_gate_features.py`` (sixteenth session): what could tell a right
first answer from a wrong one, beyond the shipped :data:`knowledge.features.GATE_FEATURES`.

Each is read from a prepared query and the re-ranker's order (pure: no index, no model file):

- ``margins``: per channel (dense, morph, reading, question_dense, need_dense, need_morph), the re-ranked first
  entry's score minus the best score of any other candidate in that channel (positive: the channel puts it first), and
  the channel's own lead (its first score minus its second);
- ``agreement``: how many of the four main channels rank the re-ranked first entry first, and whether the re-ranked
  second entry is some channel's first;
- ``need``: how many kinds of fact the query asks (いつ / いくら / どこ / 何が必要), how many the first entry's
  answer gives and whether the first entry's own question asks the same kinds;
- ``stability``: whether the first entry is the same when the query is prepared without the city's vocabulary
  (synonyms and rewrites) and its rank there;
- ``shape``: the query's length in characters (log), its sentences, its spaces (the keyword style), whether it ends
  asking (か, ？, の), and the re-ranker's entropy and top-3 mass;
- ``wide_values`` (twenty-first session): ``amount_missing`` / ``date_missing`` with the value asked in kana as well
  (なんじまで, なんにち, りょうきん: :data:`KANA_ASKS_VALUE`);
- ``question_nouns`` (twenty-first session): the query's nouns the first entry's *question* lacks (idf share, and the
  largest one's idf over the unknown-word idf), where ``noun_missing`` reads the whole entry (a near-topic question
  reaches an entry through words of its answer only: 自治会 in the street-light entry).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from knowledge.decision import Decision
from knowledge.features import ASKS_VALUE, QUESTION_TYPES, ChannelScores, QueryFacts, question_types
from knowledge.tuning import PreparedItem

CHANNELS = ("dense", "morph", "reading", "question_dense", "need_dense", "need_morph")
MAIN_CHANNELS = ("dense", "morph", "reading", "question_dense")
GROUPS: dict[str, tuple[str, ...]] = {
    "margins": (*(f"lead_{c}" for c in CHANNELS), *(f"own_margin_{c}" for c in CHANNELS)),
    "agreement": ("agreement", "second_is_first"),
    "need": ("asked_types", "given_types", "question_asks_same"),
    "stability": ("same_without_vocabulary", "log_rank_without_vocabulary"),
    "shape": ("log_chars", "sentences", "spaces", "ends_asking", "entropy", "top3_mass"),
    "wide_values": ("amount_missing_wide", "date_missing_wide"),
    "question_nouns": ("noun_missing_question", "max_noun_missing_question"),
}
# The values asked in kana (a kana-only question: ほいくえんの えんちょうほいく なんじまで); なんじ not in ひなんじょ.
KANA_ASKS_VALUE: dict[str, re.Pattern[str]] = {
    "amount": re.compile(r"なんえん|りょうきん|ねだん|ひよう"),
    "date": re.compile(r"なんじ(?!ょ)|なんにち|なんようび|なんがつ"),
}
ENDS_ASKING = re.compile(r"(か|の|[?？])[。.]?$")
UNSTABLE_RANK = 30  # the rank given when the first entry is not a candidate without the vocabulary


def channel_values(candidates: Sequence[ChannelScores], channel: str) -> list[float]:
    return [float(getattr(c, channel)) for c in candidates]


def lead_over_others(values: Sequence[float], top: int) -> float:
    """The value at ``top`` minus the best of the others (0 with one candidate)."""
    others = [v for i, v in enumerate(values) if i != top]
    return values[top] - max(others) if others else 0.0


def own_margin(values: Sequence[float]) -> float:
    """A channel's first score minus its second."""
    ordered = sorted(values, reverse=True)
    return ordered[0] - ordered[1] if len(ordered) > 1 else 0.0


def agreement(candidates: Sequence[ChannelScores], order: Sequence[int]) -> tuple[float, float]:
    """How many main channels rank ``order[0]`` first; whether ``order[1]`` is some main channel's first."""
    firsts = set()
    count = 0.0
    for channel in MAIN_CHANNELS:
        values = channel_values(candidates, channel)
        best = max(range(len(values)), key=lambda i: (values[i], -i))
        firsts.add(best)
        count += float(best == order[0])
    second = float(len(order) > 1 and order[1] in firsts)
    return count, second


def need(query_text: str, answer_content: frozenset[str], entry_question: str) -> tuple[float, float, float]:
    """Kinds of fact asked, how many the answer gives, and whether the entry's question asks the same kinds."""
    asked = question_types(query_text)
    given = sum(1 for t in asked if t in answer_content)
    entry_asks = {t for t, p in QUESTION_TYPES.items() if p.search(entry_question)}
    same = float(bool(asked) and set(asked) <= entry_asks)
    return float(len(asked)), float(given), same


def shape(query_text: str, probabilities: Sequence[float]) -> tuple[float, float, float, float, float, float]:
    """log(1 + characters), sentences, spaces, whether it ends asking, the re-ranker's entropy and the mass of its
    first three."""
    text = query_text.strip()
    sentences = sum(text.count(mark) for mark in "。？！?!") or 1
    spaces = sum(text.count(mark) for mark in " \u3000")
    asking = float(bool(ENDS_ASKING.search(text)))
    entropy = -sum(p * math.log(p) for p in probabilities if p > 0)
    return math.log1p(len(text)), float(sentences), float(spaces), asking, entropy, float(sum(probabilities[:3]))


def wide_values(text: str) -> tuple[str, ...]:
    """The values a query asks for, written in kanji or in kana."""
    return tuple(name for name, pattern in ASKS_VALUE.items()
                 if pattern.search(text) or KANA_ASKS_VALUE[name].search(text))


def question_nouns_missing(query: QueryFacts, question_terms: frozenset[str]) -> tuple[float, float]:
    """The idf share of the query's nouns (synonyms included) that ``question_terms`` lack, and the largest missing
    noun's idf over the unknown-word idf."""
    nouns = query.nouns or (True,) * len(query.terms)
    weights = [w for w, is_noun in zip(query.idf, nouns, strict=True) if is_noun]
    missing = [w for n, (w, is_noun) in enumerate(zip(query.idf, nouns, strict=True))
               if is_noun and query.variants(n).isdisjoint(question_terms)]
    share = sum(missing) / sum(weights) if sum(weights) > 0 else 0.0
    return share, (max(missing, default=0.0) / query.unknown_idf if query.unknown_idf > 0 else 0.0)


def extra_features(item: PreparedItem, decision: Decision, entry_questions: dict[str, str],
                   plain_top: list[str] | None) -> dict[str, float]:
    """Every candidate feature of one query (zeros when it has no candidates); ``plain_top`` is the order of
    entry ids when the query is prepared without the vocabulary (None: not measured)."""
    names = [n for group in GROUPS.values() for n in group]
    if not decision.order:
        return dict.fromkeys(names, 0.0)
    candidates = item.prepared.candidates
    top = decision.order[0]
    top_id = item.ids[candidates[top].doc]
    out: dict[str, float] = {}
    for channel in CHANNELS:
        values = channel_values(candidates, channel)
        out[f"lead_{channel}"] = lead_over_others(values, top)
        out[f"own_margin_{channel}"] = own_margin(values)
    out["agreement"], out["second_is_first"] = agreement(candidates, decision.order)
    out["asked_types"], out["given_types"], out["question_asks_same"] = need(
        item.query.text, item.facts[candidates[top].doc].content, entry_questions.get(top_id, ""))
    if plain_top is None:
        out["same_without_vocabulary"], out["log_rank_without_vocabulary"] = 0.0, 0.0
    else:
        rank = plain_top.index(top_id) if top_id in plain_top else UNSTABLE_RANK
        out["same_without_vocabulary"] = float(rank == 0)
        out["log_rank_without_vocabulary"] = math.log1p(rank)
    out["log_chars"], out["sentences"], out["spaces"], out["ends_asking"], out["entropy"], out["top3_mass"] = shape(
        item.query.text, decision.probabilities)
    top_facts = item.facts[candidates[top].doc]
    asked = wide_values(item.prepared.text)
    out["amount_missing_wide"] = float("amount" in asked and "amount" not in top_facts.values)
    out["date_missing_wide"] = float("date" in asked and "date" not in top_facts.values)
    out["noun_missing_question"], out["max_noun_missing_question"] = question_nouns_missing(
        item.prepared.facts, top_facts.question_terms)
    return out
