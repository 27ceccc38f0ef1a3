"""Safety layer benchmark: recall, false alarms and the right number per split, style, label and channel,
plus the added latency per message (prints figures).

    .venv/bin/python -m bench.bench_safety [--repeat 5] [--show-misses SPLIT]
    .venv/bin/python -m bench.bench_safety --faq-questions knowledge/corpus   # false alarms on the FAQ questions only

Scores safety/eval/phrases.tsv per split, in the order the splits were written (see docs/safety.md): the
examined splits (rules written from them, n-gram classifiers trained on them) and any unexamined one
(:data:`safety.evaluate.UNEXAMINED_SPLITS`, empty when none is pending: never looked into; ``--show-misses``
accepts only the examined splits). The honest
estimate for unseen phrases is each split's *first score*, recorded in docs/safety.md before it was examined.
Recall: emergencies given 119/110 first (sure or unsure). False alarms: any other phrase given an emergency
message. Right number: phrases with a number sent to that number. Latency: ``assess()`` wall time per
message after ``warm_up()``, every phrase ``--repeat`` times, one thread; the cold first call (dictionary
load) and the import time are printed apart. ``--faq-questions DIR``: instead, every question wording of the FAQ
corpus under DIR (front matter ``question`` / ``questions``; none an emergency) and the ones given an emergency
message (sure / unsure), listed (:mod:`safety.faq_check`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety.assess import assess, assess_checkin_answer, warm_up  # noqa: E402
from safety.evaluate import (  # noqa: E402
    EXAMINED_SPLITS,
    UNEXAMINED_SPLITS,
    Outcome,
    Phrase,
    load_checkin_answers,
    load_phrases,
    predicted_number,
    run,
    score,
)
from safety.faq_check import faq_alarms, load_faq_questions  # noqa: E402
from safety.normalize import cached_views  # noqa: E402

PERCENTILE_95 = 0.95


def row(name: str, outcomes: list[Outcome]) -> str:
    """One line of figures."""
    result = score(outcomes)
    return (f"  {name:<26} n={len(outcomes):>4}  recall {result.recall:6.3f} ({result.caught}/{result.emergencies})"
            f"  false alarms {result.false_alarm_rate:6.3f} ({result.false_alarms}/{result.others})"
            f"  right number {result.right_number_rate:6.3f} ({result.right_number}/{result.numbered})")


def grouped(title: str, outcomes: list[Outcome], key: Callable[[Phrase], str]) -> None:
    """Figures per value of ``key``."""
    print(title)
    for value in sorted({key(o.phrase) for o in outcomes}):
        print(row(value, [o for o in outcomes if key(o.phrase) == value]))


def cold_start_ms() -> tuple[float, float]:
    """Import time of safety.assess and the first assess() (dictionary load), in a fresh interpreter."""
    code = ("import time; t=time.perf_counter(); import safety.assess as a; t1=time.perf_counter();"
            "from datetime import datetime; a.assess('火事です', now=datetime(2026,1,1), channel='chat');"
            "t2=time.perf_counter(); print((t1-t)*1000, (t2-t1)*1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    import_ms, first_ms = (float(part) for part in out.stdout.split())
    return import_ms, first_ms


def latency(phrases: list[Phrase], repeat: int, *, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Per-message times (ms) after warm-up, each text analysed afresh (the views cache is emptied first)."""
    warm_up()
    timings = []
    for _ in range(repeat):
        for phrase in phrases:
            cached_views.cache_clear()
            start = clock()
            assess(phrase.text, now=phrase.moment, channel="chat")
            timings.append((clock() - start) * 1000)
    return timings


def percentiles(timings: list[float]) -> str:
    """p50, p95 and max of a list of times (ms)."""
    ordered = sorted(timings)
    p95 = ordered[int(PERCENTILE_95 * (len(ordered) - 1))]
    return f"p50 {statistics.median(ordered):.3f} ms, p95 {p95:.3f} ms, max {ordered[-1]:.3f} ms"


def faq_report(corpus: Path) -> None:
    """Emergency messages on the FAQ corpus's question wordings (chat without Rasa, 14:00), listed."""
    questions = load_faq_questions(corpus)
    alarms = faq_alarms(questions)
    sure = sum(alarm.decision.certainty == "sure" for alarm in alarms)
    share = len(alarms) / len(questions) if questions else 0.0
    print(f"FAQ questions under {corpus}: {len(questions)}; emergency messages {len(alarms)} ({share:.1%}):"
          f" sure {sure}, unsure {len(alarms) - sure}")
    for alarm in sorted(alarms, key=lambda a: (a.decision.certainty, a.question.entry)):
        decision = alarm.decision
        print(f"  {decision.certainty:<6} {decision.number} {','.join(decision.events)} [{alarm.question.entry}]"
              f" {alarm.question.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5,
                        help="latency: times every phrase is assessed (0: skip the latency figures)")
    parser.add_argument("--show-misses", default="",
                        help="print the wrong decisions of this examined split (e.g. dev); unexamined ones are refused")
    parser.add_argument("--faq-questions", type=Path, default=None, metavar="DIR",
                        help="only report emergency messages on the FAQ corpus questions under DIR (knowledge/corpus)")
    args = parser.parse_args()
    if args.faq_questions is not None:
        if not args.faq_questions.is_dir():
            parser.error(f"{args.faq_questions} is not a directory")
        faq_report(args.faq_questions)
        return
    if args.show_misses and args.show_misses not in EXAMINED_SPLITS:
        parser.error(f"{args.show_misses} is not an examined split (unexamined or unknown): looking at the misses of an"
                     " unexamined split would spend it")

    phrases = load_phrases()
    degraded = run(phrases, lambda p: assess(p.text, now=p.moment, channel="chat"))
    print(f"safety layer on {len(phrases)} labelled phrases")
    print(row("ALL (chat, no Rasa)", degraded))
    print("per split (in the order written):")
    present = {p.split for p in phrases}
    for split in (*EXAMINED_SPLITS, *sorted(UNEXAMINED_SPLITS & present)):
        tag = "unexamined" if split in UNEXAMINED_SPLITS else "examined"
        print(row(f"{split} ({tag})", [o for o in degraded if o.phrase.split == split]))
    print(row("EXAMINED together", [o for o in degraded if o.phrase.split in EXAMINED_SPLITS]))
    if UNEXAMINED_SPLITS & present:
        print(row("UNEXAMINED together", [o for o in degraded if o.phrase.split in UNEXAMINED_SPLITS]))
    grouped("per style:", degraded, lambda p: p.style)
    grouped("per label:", degraded, lambda p: p.label)
    print("per channel:")
    print(row("chat, Rasa wrong intent", run(phrases, lambda p: assess(
        p.text, now=p.moment, channel="chat", intent="ask_city_info", intent_confidence=0.99))))
    print(row("voice", run(phrases, lambda p: assess(p.text, now=p.moment, channel="voice"))))
    print(row("form", run(phrases, lambda p: assess(p.text, now=p.moment, channel="form"))))
    emergencies = [p for p in phrases if p.label == "emergency"]
    raised = sum(assess_checkin_answer(p.text, now=p.moment).checkin_floor == "help" for p in emergencies)
    answers = load_checkin_answers()
    right = sum((assess_checkin_answer(t, now=phrases[0].moment).checkin_floor or "none") == f for t, f, _ in answers)
    print(f"  checkin                emergencies raised to help {raised}/{len(emergencies)};"
          f" check-in answer floors right {right}/{len(answers)}")
    if args.show_misses:
        print(f"wrong decisions in split {args.show_misses!r}:")
        for outcome in degraded:
            if outcome.phrase.split == args.show_misses and not outcome.correct:
                print(f"  {outcome.phrase.label}/{outcome.phrase.number} -> {outcome.decision.kind}"
                      f"/{predicted_number(outcome.decision)} {outcome.decision.events}: {outcome.phrase.text}")

    if args.repeat < 1:
        return
    import_ms, first_ms = cold_start_ms()
    load = os.getloadavg()[0]
    wall = latency(phrases, args.repeat)
    print(f"latency per message (warm, every text new to the cache, {len(wall)} calls, load {load:.1f} on"
          f" {os.cpu_count()} cores): wall {percentiles(wall)}")
    print(f"  CPU time of the same calls (does not count waiting for a core): "
          f"{percentiles(latency(phrases, args.repeat, clock=time.thread_time))}")
    repeated = []
    for phrase in phrases:
        start = time.perf_counter()
        assess(phrase.text, now=phrase.moment, channel="chat")
        repeated.append((time.perf_counter() - start) * 1000)
    print(f"  a text seen before (views cached): wall {percentiles(repeated)}")
    print(f"cold: import safety.assess {import_ms:.1f} ms (no dictionary), first assess() {first_ms:.1f} ms"
          " (dictionary load; call warm_up() in the lifespan)")


if __name__ == "__main__":
    main()
