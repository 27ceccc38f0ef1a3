"""gate_outputs_cache: the outputs are computed once from the prepared queries, written as plain columns and read back
the same; the parser's defaults."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.gate_outputs_cache import cached_outputs, fold_arguments


@dataclass(frozen=True)
class _Outputs:
    conf: tuple[float, ...]
    right: tuple[bool, ...]


def test_outputs_are_computed_once_then_read_back(tmp_path: Path) -> None:
    cache, rows = tmp_path / "items.pkl", tmp_path / "rows.pkl"
    cache.write_bytes(pickle.dumps(["a", "bb"]))
    calls: list[int] = []

    def compute(items: Sequence[object]) -> dict[int, _Outputs]:
        calls.append(len(items))
        return {13: _Outputs((0.9, 0.2), (True, False))}

    def columns(o: _Outputs) -> tuple[object, ...]:
        return (o.conf, o.right)

    first = cached_outputs(cache=cache, rows=rows, compute=compute, to_columns=columns, from_columns=_Outputs)
    again = cached_outputs(cache=cache, rows=rows, compute=compute, to_columns=columns, from_columns=_Outputs)
    assert first == again == {13: _Outputs((0.9, 0.2), (True, False))}
    assert calls == [2]
    assert pickle.loads(rows.read_bytes()) == {13: ((0.9, 0.2), (True, False))}


def test_without_a_rows_file_nothing_is_written(tmp_path: Path) -> None:
    cache = tmp_path / "items.pkl"
    cache.write_bytes(pickle.dumps([]))
    outputs = cached_outputs(cache=cache, rows=None, compute=lambda items: {14: _Outputs((), ())},
                             to_columns=lambda o: (o.conf, o.right), from_columns=_Outputs)
    assert outputs == {14: _Outputs((), ())}
    assert list(tmp_path.iterdir()) == [cache]


def test_the_parser_keeps_each_bench_s_fold_sets() -> None:
    args = fold_arguments(last=35, final=36).parse_args(["--cache", "x.pkl"])
    assert (args.first, args.last, args.final, args.rows) == (13, 35, 36, None)
    assert args.cache == Path("x.pkl")
