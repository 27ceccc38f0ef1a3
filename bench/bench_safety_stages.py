"""Where the safety check's time goes: thread CPU (or wall) per message of each stage of ``safety.assess`` - the
text views (Sudachi, cache emptied each time), ``find`` (the rules), the three n-gram classifiers and ``decide`` -
with the rules' hyperscan prefilter on and off, interleaved per phrase so both see the same load (prints figures;
not a timed test).

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_safety_stages.py [--repeat 1] [--clock wall]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import safety.prefilter as prefilter_module  # noqa: E402
from safety.assess import warm_up  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import decide  # noqa: E402
from safety.detect import find  # noqa: E402
from safety.evaluate import Phrase, load_phrases  # noqa: E402
from safety.ngram import advice_models, ngram_model, police_line_model  # noqa: E402
from safety.normalize import cached_views, views  # noqa: E402
from safety.signals import Signals  # noqa: E402

STAGES = ("views", "find", "classifiers", "decide", "total")


def stage_times(phrase: Phrase, clock: Callable[[], float]) -> dict[str, float]:
    """Milliseconds of each stage for one chat message (the phrase's time is local, as the phrase set's are)."""
    data = default_safety_data()
    cached_views.cache_clear()
    t0 = clock()
    text_views = views(phrase.text)
    t1 = clock()
    found = find(text_views)
    t2 = clock()
    model = ngram_model()
    signals = Signals(intent=None, intent_confidence=None,
                      ngram=model.probability(text_views) if text_views.predicate else 0.0,
                      ngram_threshold=model.threshold, police_line=police_line_model().fires(text_views),
                      advice=advice_models().reading(text_views))
    t3 = clock()
    decide(found, local_now=phrase.moment, channel="chat", signals=signals, data=data)
    t4 = clock()
    return {name: seconds * 1000 for name, seconds in
            (("views", t1 - t0), ("find", t2 - t1), ("classifiers", t3 - t2), ("decide", t4 - t3), ("total", t4 - t0))}


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    return f"{statistics.mean(ordered):.3f}/{ordered[int(0.95 * (len(ordered) - 1))]:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="times the phrase set is run")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    args = parser.parse_args()
    clock = time.thread_time if args.clock == "cpu" else time.perf_counter
    warm_up()
    shipped = prefilter_module.ACTIVE.get()
    if shipped is None:
        sys.exit("the prefilter is off or could not be built (SAFETY_PREFILTER_ENABLED)")
    phrases = load_phrases()
    times: dict[str, dict[str, list[float]]] = {mode: {stage: [] for stage in STAGES} for mode in ("off", "on")}
    for index in range(args.repeat * len(phrases)):
        phrase = phrases[index % len(phrases)]
        for mode in ("on", "off") if index % 2 else ("off", "on"):
            prefilter_module.ACTIVE.prefilter = shipped if mode == "on" else None
            for stage, milliseconds in stage_times(phrase, clock).items():
                times[mode][stage].append(milliseconds)
    prefilter_module.ACTIVE.prefilter = shipped
    scans: list[float] = []
    kept: list[int] = []
    for phrase in phrases:
        text_views = views(phrase.text)
        start = clock()
        kept.append(len(shipped.candidates(text_views)))
        scans.append((clock() - start) * 1000)
    print(f"{len(phrases)} phrases x {args.repeat}, {args.clock} ms per message (mean/p95), load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; prefilter: {len(shipped.rule_set)} rules, mean "
          f"candidates {statistics.mean(kept):.1f}, the scan alone {summary(scans)}")
    for mode in ("off", "on"):
        print(f"  prefilter {mode:<3}: " + ", ".join(f"{stage} {summary(times[mode][stage])}" for stage in STAGES))


if __name__ == "__main__":
    main()
