"""Spoken questions over Whisper's n best hypotheses: search every hypothesis (with the transcript fix) and fuse.

    .venv/bin/python bench/bench_voice_nbest.py [--set osaki|dev] [--hypotheses 5] [--fusion maxconf:3:0.1]
                                                [--grid] [--threads 1] [--cache var/bench/spoken-questions]
                                                [--save run.json]

Every query is spoken by Open JTalk and transcribed by Whisper base (beam 5) as bench/bench_spoken_questions.py
does, keeping the n best hypotheses (voice.stt_whisper: CTranslate2's ``num_hypotheses``; same cache, made again
when a cached transcript has no hypotheses). Each hypothesis goes through ``choose_text`` (the transcript fix)
and is searched with the held-out ranking (a model fitted on the other set only); a fusion picks one outcome per
query:

- ``top``: the first hypothesis only (what the voice does without n best; the baseline);
- ``maxconf:K:M``: among the first K hypotheses, the one whose search is the most confident, taken over the
  first only when its confidence is higher by at least M;
- ``vote:K:T``: the first answers of the first K hypotheses vote with weights softmax(score / T) (T 0:
  uniform), an abstention being a vote too; the winner's most confident outcome is taken;
- ``union:K``: one search of the first hypothesis followed by the city terms (transcript fix) and corpus words of
  hypotheses 2..K it does not contain (voice.nbest.union_text).

``--cost N`` times (CPU time of the process), on N queries of the set, Whisper with and without the n best
(interleaved, same model) and the n-best rules of voice.hearing (safety checks of the hypotheses, searches),
i.e. what VOICE_WHISPER_HYPOTHESES and VOICE_NBEST_* add to a voice turn.

``--grid`` prints P@1 and out-of-scope abstention of a grid of fusions: choose on the Osaki set only, then run
the chosen one once on the dev set (``--set dev --fusion ...``), which prints the paired comparison with ``top``
(questions gained and lost, two-sided exact sign test) for in-scope P@1 and out-of-scope abstention.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.held_out_search import SET_PAIRS, held_out_search  # noqa: E402
from bench.nbest_cost import measure_cost  # noqa: E402
from bench.spoken_support import settings_key, sign_test_p, spoken_hypotheses  # noqa: E402

GRID_K = (2, 3, 5)
GRID_MARGINS = (0.0, 0.05, 0.1, 0.2)
GRID_TEMPERATURES = (0.0, 0.05, 0.2)
Fusion = Callable[[list[Any], list[float]], Any]


def maxconf(k: int, margin: float) -> Fusion:
    """The most confident of the first ``k`` outcomes, if it beats the first by ``margin``."""

    def fuse(outcomes: list[Any], _scores: list[float]) -> Any:
        best = max(outcomes[:k], key=lambda o: o.confidence)
        return best if best.confidence >= outcomes[0].confidence + margin else outcomes[0]

    return fuse


def vote(k: int, temperature: float) -> Fusion:
    """A vote of the first ``k`` outcomes weighted by softmax(score / temperature) (0: uniform)."""

    def fuse(outcomes: list[Any], scores: list[float]) -> Any:
        chosen, top_scores = outcomes[:k], scores[:k]
        if temperature > 0:
            peak = max(top_scores)
            weights = [math.exp((s - peak) / temperature) for s in top_scores]
        else:
            weights = [1.0] * len(chosen)
        tally: dict[str, float] = defaultdict(float)
        for outcome, weight in zip(chosen, weights, strict=True):
            tally[_choice(outcome)] += weight
        winner = max(tally, key=lambda c: (tally[c], c == _choice(chosen[0])))
        return max((o for o in chosen if _choice(o) == winner), key=lambda o: o.confidence)

    return fuse


def _choice(outcome: Any) -> str:
    return "" if outcome.abstained or not outcome.ranked_ids else str(outcome.ranked_ids[0])


def parse_fusion(spec: str) -> Fusion:
    """``top``, ``maxconf:K:M`` or ``vote:K:T`` (``union:K`` is a text, searched separately)."""
    name, *params = spec.split(":")
    if name == "top":
        return lambda outcomes, _scores: outcomes[0]
    if name == "maxconf":
        return maxconf(int(params[0]), float(params[1]))
    if name == "vote":
        return vote(int(params[0]), float(params[1]))
    raise ValueError(f"unknown fusion {spec!r}")


def cached_hypotheses(text: str, cache: Path) -> bool:
    """Whether ``text``'s transcript is cached with its hypotheses (the voice's Whisper settings)."""
    import json

    from voice.settings import VoiceSettings
    path = cache / f"{settings_key(text, VoiceSettings())}.json"
    return path.exists() and "hypotheses" in json.loads(path.read_text(encoding="utf-8"))


def correct(outcome: Any) -> bool:
    """Right top answer (in scope) or abstained (out of scope)."""
    from knowledge.evaluate import OUT_OF_SCOPE

    return bool(outcome.abstained) if outcome.query.expected_id == OUT_OF_SCOPE else outcome.rank == 1


def paired(before: Sequence[Any], after: Sequence[Any], typed: Sequence[Any], hyps: Sequence[Sequence[Any]],
           show: int) -> None:
    """Gained and lost queries of ``after`` against ``before`` (in scope, out of scope), sign test."""
    from knowledge.evaluate import OUT_OF_SCOPE

    for scope, wanted in (("in scope P@1", False), ("out of scope abstained", True)):
        pairs = [(a, b) for a, b in zip(before, after, strict=True) if (a.query.expected_id == OUT_OF_SCOPE) == wanted]
        gained = sum(correct(b) and not correct(a) for a, b in pairs)
        lost = sum(correct(a) and not correct(b) for a, b in pairs)
        print(f"  {scope:<24} n {len(pairs):>3}: {gained} gained, {lost} lost, sign test p "
              f"{sign_test_p(gained, lost):.3f}")
    shown = 0
    for query, a, b, found in zip(typed, before, after, hyps, strict=True):
        if correct(a) != correct(b) and shown < show:
            shown += 1
            print(f"  {'+' if correct(b) else '-'} {query.text}: {found[0].text} -> {b.query.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("osaki", "dev"), default="osaki")
    parser.add_argument("--hypotheses", type=int, default=5, help="n best kept by Whisper")
    parser.add_argument("--fusion", default="", help="a fusion to compare with top (e.g. maxconf:3:0.1, union:3)")
    parser.add_argument("--grid", action="store_true", help="a grid of fusions (choose on the Osaki set only)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads of Whisper")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "spoken-questions")
    parser.add_argument("--show", type=int, default=10, help="print this many changed queries")
    parser.add_argument("--cost", type=int, default=0, help="time the n best on this many queries, then stop")
    parser.add_argument("--cached-only", action="store_true",
                        help="measure only the queries whose hypotheses are cached (nothing is transcribed)")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))

    from knowledge.evaluate import OUT_OF_SCOPE, load_queries, score_outcomes
    from voice.nbest import union_text
    from voice.transcript_fix import choose_text

    pair = SET_PAIRS[args.set]
    print(f"# n-best spoken questions, {args.set} set ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    typed = load_queries(pair.queries)
    if args.cost:
        measure_cost([q.text for q in typed][:: max(1, len(typed) // args.cost)][: args.cost], args.hypotheses)
        return
    if args.cached_only:
        typed = [q for q in typed if cached_hypotheses(q.text, args.cache)]
        print(f"cached hypotheses only: {len(typed)} queries")
    hyps = spoken_hypotheses([q.text for q in typed], args.cache, args.threads, args.hypotheses)
    counts = [len(h) for h in hyps]
    print(f"{len(typed)} queries; distinct hypotheses per query: mean {sum(counts) / len(counts):.2f}, "
          + ", ".join(f"{n}: {counts.count(n)}" for n in sorted(set(counts))))

    search = held_out_search(pair, typed)
    fixer = search.fixer()
    held_out = search.outcomes

    depth = max(counts)
    started = time.perf_counter()
    fixed = [[choose_text(h.text, fixer) for h in found] for found in hyps]
    per_rank = [held_out([f[min(k, len(f) - 1)] for f in fixed]) for k in range(depth)]
    print(f"searched {depth} hypothesis ranks in {time.perf_counter() - started:.0f} s")
    typed_outcomes = held_out([q.text for q in typed])

    def fused(fusion: Fusion) -> list[Any]:
        return [fusion([per_rank[k][n] for k in range(len(hyps[n]))], [h.score for h in hyps[n]])
                for n in range(len(typed))]

    def union(k: int) -> list[Any]:
        return held_out([union_text([h.text for h in found[:k]], fixer) for found in hyps])

    def line(name: str, outcomes: list[Any]) -> str:
        report = score_outcomes(outcomes)
        return (f"{name:<18} P@1 {report.p_at_1:.3f}  out of scope abstained {report.none_recall:.3f}  "
                f"answered precision {report.answered_precision:.3f}  coverage {report.coverage:.3f}")

    baseline = per_rank[0]
    print(line("typed", typed_outcomes))
    print(line("top (spoken+fix)", baseline))
    for k in range(1, depth):
        print(line(f"rank {k + 1} only", per_rank[k]))
    oracle = [next((per_rank[k][n] for k in range(len(hyps[n])) if correct(per_rank[k][n])), baseline[n])
              for n in range(len(typed))]
    print(line("oracle (any rank)", oracle))
    if args.grid:
        for k in GRID_K:
            for margin in GRID_MARGINS:
                print(line(f"maxconf:{k}:{margin}", fused(maxconf(k, margin))))
            for temperature in GRID_TEMPERATURES:
                print(line(f"vote:{k}:{temperature}", fused(vote(k, temperature))))
            print(line(f"union:{k}", union(k)))
    if args.fusion:
        name, *params = args.fusion.split(":")
        chosen = union(int(params[0])) if name == "union" else fused(parse_fusion(args.fusion))
        print(line(args.fusion, chosen))
        in_scope = sum(q.expected_id != OUT_OF_SCOPE for q in typed)
        gap = score_outcomes(typed_outcomes).p_at_1 - score_outcomes(chosen).p_at_1
        print(f"gap typed - {args.fusion}: {gap:.3f} over {in_scope} in-scope queries")
        print(f"paired with top ({args.fusion} against top):")
        paired(baseline, chosen, typed, hyps, args.show)


if __name__ == "__main__":
    main()
