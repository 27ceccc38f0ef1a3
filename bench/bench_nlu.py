"""NLU benchmark of the Rasa bot: held-out split, cross-validation and full training time (prints figures).

    .venv/bin/python bench/bench_nlu.py [--folds 5] [--seed 42] [--skip-cv] [--skip-train] [--keep DIR]

(a) `rasa data split nlu` (stratified by intent, fixed seed) keeps 20% of bot/data/nlu aside, `rasa train nlu`
trains on the other 80% and `rasa test nlu` scores the 20%: intent accuracy, macro and weighted F1.
(b) `rasa test nlu --cross-validation --folds 5` on all the NLU data: test accuracy, F1 and precision as mean ±
std over the folds (weighted averages, as Rasa logs them), plus the macro F1 of the pooled fold predictions.
(c) `rasa train` of the full model (NLU + dialogue) from an empty training cache: wall time.

Every command runs `.venv-rasa/bin/rasa` from bot/ with RASA_TELEMETRY_ENABLED=false and its own empty
training cache in a temporary folder (nothing is written to bot/models or bot/.rasa). Heavy: 15-25 minutes on
two busy cores. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BOT = ROOT / "bot"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
TRAINING_FRACTION = 0.8  # share of each intent's examples used for training in (a)
LOG_TAIL_LINES = 30  # lines of a failed command's log shown
# Rasa logs cross-validation results as "test Accuracy: 0.801 (0.032)" (mean and std over the folds).
CV_LINE = re.compile(r"\b(train|test) (Accuracy|F1-score|Precision): ([0-9.]+) \(([0-9.]+)\)")


class BenchError(Exception):
    """A rasa command failed or did not produce the expected report."""

    code = "bench_failed"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Results:
    """Rows of the final table, in the order the stages measured them."""

    rows: list[tuple[str, str]] = field(default_factory=list)

    def add(self, measure: str, value: str) -> None:
        """Append one row of the final table."""
        self.rows.append((measure, value))
        print(f"  {measure}: {value}", flush=True)

    def markdown(self) -> str:
        """The figures as a markdown table."""
        lines = ["| measure | value |", "| --- | --- |"]
        lines += [f"| {measure} | {value} |" for measure, value in self.rows]
        return "\n".join(lines)


def run_rasa(args: list[str], *, work: Path, log_name: str) -> tuple[float, str]:
    """Run `rasa <args>` from bot/ with its own empty cache; (wall seconds, combined output)."""
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "RASA_CACHE_DIRECTORY": str(work / "cache" / log_name),  # empty: every training starts from scratch
        "PYTHONWARNINGS": "ignore",
    }
    log_path = work / f"{log_name}.log"
    started = time.perf_counter()
    with log_path.open("w", encoding="utf-8") as log:
        completed = subprocess.run([str(RASA), *args], cwd=BOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   check=False)
    elapsed = time.perf_counter() - started
    output = log_path.read_text(encoding="utf-8", errors="replace")
    if completed.returncode != 0:
        tail = "\n".join(output.splitlines()[-LOG_TAIL_LINES:])
        raise BenchError(f"`rasa {' '.join(args)}` failed with exit code {completed.returncode} "
                         f"(log: {log_path}):\n{tail}")
    return elapsed, output


def read_intent_report(folder: Path) -> dict[str, Any]:
    """The intent_report.json written by `rasa test nlu`."""
    path = folder / "intent_report.json"
    try:
        report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise BenchError(f"no readable intent report at {path}") from err
    return report


def count_examples(nlu_file: Path) -> int:
    """Examples in a Rasa YAML NLU file (lines of the form '    - text')."""
    return sum(1 for line in nlu_file.read_text(encoding="utf-8").splitlines() if re.match(r"^\s+- \S", line))


def held_out(work: Path, seed: int, results: Results) -> None:
    """(a) Train NLU on a stratified 80% and score the other 20%."""
    split = work / "split"
    print(f"==> (a) held-out split: rasa data split nlu (fraction {TRAINING_FRACTION}, seed {seed})", flush=True)
    run_rasa(["data", "split", "nlu", "--nlu", "data/nlu", "--training-fraction", str(TRAINING_FRACTION),
              "--random-seed", str(seed), "--out", str(split)], work=work, log_name="split")
    train_file, test_file = split / "training_data.yml", split / "test_data.yml"
    n_train, n_test = count_examples(train_file), count_examples(test_file)
    print(f"    {n_train} training / {n_test} test examples; rasa train nlu ...", flush=True)
    train_s, _ = run_rasa(["train", "nlu", "--config", "config.yml", "--nlu", str(train_file), "--out",
                           str(work / "heldout-model"), "--fixed-model-name", "heldout"],
                          work=work, log_name="heldout-train")
    print("    rasa test nlu ...", flush=True)
    run_rasa(["test", "nlu", "--model", str(work / "heldout-model" / "heldout.tar.gz"), "--nlu", str(test_file),
              "--out", str(work / "heldout-results"), "--no-plot"], work=work, log_name="heldout-test")
    report = read_intent_report(work / "heldout-results")
    label = f"held-out 20% ({n_test} test / {n_train} train examples)"
    results.add(f"{label}: intent accuracy", f"{report['accuracy']:.3f}")
    results.add(f"{label}: macro F1", f"{report['macro avg']['f1-score']:.3f}")
    results.add(f"{label}: weighted F1", f"{report['weighted avg']['f1-score']:.3f}")
    results.add("`rasa train nlu` on the 80%, wall", f"{train_s:.0f} s")


def cross_validation(work: Path, folds: int, results: Results) -> None:
    """(b) k-fold cross-validation on all the NLU data."""
    print(f"==> (b) rasa test nlu --cross-validation --folds {folds}", flush=True)
    elapsed, output = run_rasa(["test", "nlu", "--nlu", "data/nlu", "--config", "config.yml", "--cross-validation",
                                "--folds", str(folds), "--out", str(work / "cv-results"), "--no-plot"],
                               work=work, log_name="cross-validation")
    figures = {(split, metric): (float(mean), float(std)) for split, metric, mean, std in CV_LINE.findall(output)}
    missing = [metric for metric in ("Accuracy", "F1-score", "Precision") if ("test", metric) not in figures]
    if missing:
        raise BenchError(f"cross-validation log has no test {', '.join(missing)} (see {work}/cross-validation.log)")
    for metric, name in (("Accuracy", "accuracy"), ("F1-score", "F1 (weighted)"), ("Precision", "precision")):
        mean, std = figures[("test", metric)]
        results.add(f"{folds}-fold CV: test {name}, mean ± std", f"{mean:.3f} ± {std:.3f}")
    if ("train", "Accuracy") in figures:
        mean, std = figures[("train", "Accuracy")]
        results.add(f"{folds}-fold CV: train accuracy, mean ± std", f"{mean:.3f} ± {std:.3f}")
    pooled = read_intent_report(work / "cv-results")
    results.add(f"{folds}-fold CV: macro F1 of the pooled test predictions", f"{pooled['macro avg']['f1-score']:.3f}")
    results.add(f"{folds}-fold CV, wall", f"{elapsed:.0f} s")


def full_training(work: Path, results: Results) -> None:
    """(c) `rasa train` of the full model from an empty cache."""
    print("==> (c) rasa train (NLU + dialogue, empty cache)", flush=True)
    elapsed, _ = run_rasa(["train", "--config", "config.yml", "--domain", "domain.yml", "--data", "data", "--out",
                           str(work / "full-model"), "--fixed-model-name", "bench"], work=work, log_name="train-full")
    results.add("`rasa train` full model (empty cache), wall", f"{elapsed:.0f} s")


def main(argv: list[str] | None = None) -> int:
    """Run the stages and print the markdown table; message and exit code 1 when a command fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    parser.add_argument("--seed", type=int, default=42, help="random seed of the held-out split (default 42)")
    parser.add_argument("--skip-cv", action="store_true", help="skip (b), the slowest stage")
    parser.add_argument("--skip-train", action="store_true", help="skip (c)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the logs, models and reports")
    args = parser.parse_args(argv)
    if not RASA.exists():
        print(f"bench_nlu: {RASA} not found; run scripts/setup.sh first", file=sys.stderr)
        return 1
    if args.folds < 2:
        print("bench_nlu: --folds must be at least 2", file=sys.stderr)
        return 2
    results = Results()
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench_nlu_") as temp:
        work = args.keep.resolve() if args.keep else Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        try:
            held_out(work, args.seed, results)
            if not args.skip_cv:
                cross_validation(work, args.folds, results)
            if not args.skip_train:
                full_training(work, results)
        except BenchError as err:
            print(f"bench_nlu: {err.message}", file=sys.stderr)
            return 1
    total = time.perf_counter() - started
    print(f"\nbench_nlu: done in {total / 60:.1f} min; load average {load_before:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end ({os.cpu_count()} CPUs)\n")
    print(results.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
