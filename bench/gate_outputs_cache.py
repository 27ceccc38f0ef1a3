"""The command line, the shipped model's answers and the outputs cache shared by the gate benches
(``bench_gate_placement``, ``bench_gate_told_situation``): the prepared queries in, the shipped model's outputs per faq
set computed once and kept as plain arrays (the scripts' own classes do not unpickle), the folds' first, last and final
sets."""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

Outputs = TypeVar("Outputs")


def fold_arguments(*, last: int, final: int) -> argparse.ArgumentParser:
    """A parser with ``--cache``, ``--rows``, ``--first``, ``--last`` and ``--final`` (faq-N numbers)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, required=True, help="the prepared queries (a pickle)")
    parser.add_argument("--rows", type=Path, help="the shipped model's outputs per set (a pickle, written once)")
    parser.add_argument("--first", type=int, default=13, help="the first never-fit set (faq-N)")
    parser.add_argument("--last", type=int, default=last, help="the last set the folds choose on")
    parser.add_argument("--final", type=int, default=final, help="the set answered after every choice")
    return parser


def cached_outputs(*, cache: Path, rows: Path | None, compute: Callable[[Sequence[object]], dict[int, Outputs]],
                   to_columns: Callable[[Outputs], tuple[object, ...]],
                   from_columns: Callable[..., Outputs]) -> dict[int, Outputs]:
    """The outputs per set: read from ``rows`` when it exists, else computed from the prepared ``cache`` (and written
    to ``rows`` when given)."""
    if rows is not None and rows.exists():
        arrays = pickle.loads(rows.read_bytes())
        return {name: from_columns(*columns) for name, columns in arrays.items()}
    outputs = compute(pickle.loads(cache.read_bytes()))
    if rows is not None:
        rows.write_bytes(pickle.dumps({name: to_columns(o) for name, o in outputs.items()}))
    return outputs


@dataclass(frozen=True)
class ShippedAnswer:
    """The packaged plain model's gate outputs on one faq query: its set (faq-N), text, the length of its normalized
    text (what the shipped gate counts for a long telling), confidence, scope probability, first answer right, out of
    scope."""

    set_number: int
    text: str
    length: int
    confidence: float
    out_of_scope: float
    right: bool
    none: bool


def shipped_answers(items: Sequence[object]) -> Iterator[ShippedAnswer]:
    """The packaged plain model's outputs on every faq set's query of the prepared ``items`` (the model loads here,
    once per call, not at import)."""
    from bench.plain_support import set_number
    from knowledge.decision import decide
    from knowledge.evaluate import OUT_OF_SCOPE
    from knowledge.ranker import PLAIN_MODEL_PATH, load_ranking_model
    from knowledge.tuning import PreparedItem

    model = load_ranking_model(PLAIN_MODEL_PATH)
    for item in items:
        assert isinstance(item, PreparedItem)
        if not item.set_name.startswith("faq-queries-"):
            continue
        decision = decide(model, item.prepared, item.facts)
        first = item.ids[item.prepared.candidates[decision.order[0]].doc] if decision.order else None
        yield ShippedAnswer(set_number(item.set_name), item.query.text, len(item.prepared.text), decision.confidence,
                            decision.out_of_scope, first == item.query.expected_id,
                            item.query.expected_id == OUT_OF_SCOPE)
