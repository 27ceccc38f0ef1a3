"""Cross-validated figures for the safety layer (prints figures): leave one examined split out, train the learned
signals on the others, decide the held-out split, and report the mean over held-out splits and per style.

    .venv/bin/python -m bench.bench_safety_cv [--configs shipped,augmented,...] [--embedding-cache PATH]
    .venv/bin/python -m bench.bench_safety_cv --external NEW.tsv   # train on every examined split, score NEW
    .venv/bin/python -m bench.bench_safety_cv --configs shipped --show-misses shipped   # list held-out errors
    .venv/bin/python -m bench.bench_safety_cv --configs advice,heard --heard var/bench/spoken-safety  # on speech too
    .venv/bin/python -m bench.bench_safety_cv --configs heard,heard+training --heard safety/eval/heard.tsv \
        --training safety/eval/training.tsv   # other writers' training-only phrases in every fold's training
    .venv/bin/python -m bench.bench_safety_cv --configs rules,advice --block blind21a,blind21b   # one held-out block

The rules were written on every examined split, so scored as they are they are in-sample on each held-out split
(1.0). To see them as a new writer's phrases would, each fold also leaves out the rules' *split-specific
alternatives*: every top-level alternative of every rule pattern (``a|b|c``) whose hits in the whole set all lie in
the held-out split (it was written for that split and nothing else needs it) is removed while that split is
decided. Guards and context words (topics, "now", negation) stay as written, so false alarms remain somewhat
optimistic. Check the proxy against the first scores of the blind splits (docs/safety.md: recall 0.917, false
alarms 0.054, right number 0.835) before reading the differences between configurations.

Configurations (degraded mode: no Rasa intent):
``rules``      the ablated rules alone;
``shipped``    + the n-gram classifiers as shipped (classes balanced, fires at 0.8; line classifier at 0.5);
``augmented``  + the n-gram classifiers trained also on each phrase's kana reading and a Tohoku-style rewrite;
``weighted``   + emergencies weighted twice over balanced;
``low``        + the shipped classifiers firing at 0.6 (the guards of the second signals unchanged);
``embedding``  + logistic regression on the sentence embedding (``use-multilingual``, the search's model), OR-ed
               with the n-gram classifier at its threshold (needs the embedding: computed once and cached);
``stacked``    + the mean of the n-gram and embedding probabilities, firing at 0.7;
``faqneg``     ``shipped`` with the city FAQ corpus's question wordings (``--faq-questions``, none an emergency)
               added to every fold's training as extra negatives of the emergency classifier;
``advice``     ``shipped`` + n-gram classifiers for the advice lines (medical #7119/#8000, #9110, 188, disaster; one
               against the rest each): a message no rule placed and no emergency signal raised gets the line
               whose probability is highest when it reaches 0.8 (not an alarm: false alarms cannot rise; the
               price, "none" phrases given an advice message, is printed);
``heard``      ``advice`` with the classifiers (emergency, line, advice) trained also on what Whisper heard for the
               training folds' phrases (``--heard DIR``: bench/bench_spoken_safety.py's cache, Open JTalk -> Whisper
               base; same labels), as ``python -m safety.train_ngram --heard`` ships them since round 15;
``heardnone``  ``heard`` with the "none" phrases weighted (``safety.train_ngram.NONE_WEIGHT``) in the emergency
               classifier's training, as ``python -m safety.train_ngram`` ships it since round 26;
``advice+training``, ``heard+training``  the same with the training-only phrases of ``--training TSV``
               (``safety/eval/training.tsv``: other writers' phrases, never a fold) added to every fold's training of
               every classifier (emergency, line, advice); same folds, same held-out phrases.

With ``--heard DIR`` every configuration is also scored on what Whisper heard for the held-out split's phrases (the
splits with transcripts only; "/heard" rows): the held-out split's transcripts are never trained on, and its
split-specific rule alternatives are left out for them too.

With ``--block SPLIT[,SPLIT...]`` the named splits are merged into one split held out as a single fold (the only
one): the rule alternatives whose hits all lie inside the block are left out, the classifiers are trained on the
other splits, and the block is scored pooled and per style.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import safety.detect  # noqa: E402
from bench.safety_cv_ablation import ablated_findings, map_alternatives  # noqa: E402
from bench.safety_cv_configs import (  # noqa: E402
    ALL_CONFIGS,
    EMBEDDING_MODEL,
    AdviceCache,
    embed,
    fold_decisions,
    kana_variants,
)
from bench.safety_cv_folds import Data, add_training_and_heard, merge_block  # noqa: E402
from bench.safety_cv_report import print_misses, report  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, load_phrases  # noqa: E402
from safety.faq_check import load_faq_questions  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.train_ngram import features  # noqa: E402


def main() -> None:
    """Build the folds once, then score every configuration."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--configs", default="rules,shipped,low,augmented,weighted")
    parser.add_argument("--embedding-cache", type=Path, default=None,
                        help="an .npy file to read the phrases' embeddings from (written when missing)")
    parser.add_argument("--external", type=Path, default=None,
                        help="a phrase file of a split never examined: every configuration is trained on all the "
                             "examined splits and scored on it, with the rules as they are (no fold)")
    parser.add_argument("--show-misses", default="", metavar="CONFIG",
                        help="list every held-out wrong decision of this configuration (one of --configs)")
    parser.add_argument("--faq-questions", type=Path, default=ROOT / "knowledge" / "corpus", metavar="DIR",
                        help="the FAQ corpus whose question wordings the faqneg configuration adds as negatives")
    parser.add_argument("--heard", type=Path, default=None, metavar="DIR",
                        help="what Whisper heard for the phrases (bench_spoken_safety's cache): the heard "
                             "configuration trains on it, every configuration is also scored on it")
    parser.add_argument("--training", type=Path, default=None, metavar="TSV",
                        help="training-only phrases (safety/eval/training.tsv) the +training configurations add to "
                             "every fold's training")
    parser.add_argument("--block", default="", metavar="SPLIT[,SPLIT...]",
                        help="hold these examined splits out together as one fold (the only one) instead of one "
                             "split each")
    args = parser.parse_args()
    block = tuple(args.block.split(",")) if args.block else ()
    outside = sorted(set(block) - set(EXAMINED_SPLITS))
    if outside:
        parser.error(f"--block names splits that are not examined: {outside}")
    if block and args.external is not None:
        parser.error("--block and --external exclude each other")
    configs = args.configs.split(",")
    unknown = sorted(set(configs) - set(ALL_CONFIGS))
    if unknown:
        parser.error(f"unknown configurations: {unknown}")
    if {"heard", "heard+training"} & set(configs) and args.heard is None:
        parser.error("the heard configurations need --heard DIR")
    if any(config.endswith("+training") for config in configs) and args.training is None:
        parser.error("the +training configurations need --training TSV")
    phrases = [p for p in load_phrases() if p.split in EXAMINED_SPLITS]
    external = load_phrases(args.external) if args.external else []
    if any(p.split in EXAMINED_SPLITS for p in external):
        parser.error("the external file holds examined splits")
    folds: tuple[str, ...] = tuple(sorted({p.split for p in external})) or EXAMINED_SPLITS
    if block:
        phrases, name = merge_block(phrases, block)
        folds = (name,)
    phrases += external
    start = time.perf_counter()
    text_views = [views(p.text) for p in phrases]
    heard_from: int | None = None
    training_rows: frozenset[int] = frozenset()
    if external:
        findings = {split: {i: safety.detect.find(text_views[i]) for i, p in enumerate(phrases) if p.split == split}
                    for split in folds}
        specific = [(0, 0)]
    else:
        ablation = map_alternatives(phrases, text_views)  # on the typed phrases only
        specific = [ablation.specific_to(split) for split in folds]
        examined = list(phrases)
        training_rows, heard_from = add_training_and_heard(phrases, text_views, examined, training=args.training,
                                                           heard=args.heard)
        findings = ablated_findings(phrases, text_views, ablation, folds)
    data = Data(phrases, text_views, [features(p.text) for p in phrases],
                [[features(text) for text in kana_variants(v)] for v in text_views] if "augmented" in configs
                else [[] for _ in phrases], findings, heard_from=heard_from, training=training_rows)
    if "faqneg" in configs:
        data.extra_negative_rows = [features(q.text) for q in load_faq_questions(args.faq_questions)]
    if {"embedding", "stacked"} & set(configs):
        data.embedding, timings = embed(phrases, args.embedding_cache)
        if timings:
            timings.sort()
            print(f"embedding ({EMBEDDING_MODEL}) per message: p50 {timings[len(timings) // 2]:.1f} ms, "
                  f"p95 {timings[int(len(timings) * 0.95)]:.1f} ms")
    held_out = ", ".join(folds) if external else f"{', '.join(block)} as one block" if block else "one split each"
    print(f"{len(phrases)} phrases, {len(folds)} held out ({held_out}); split-specific alternatives left out per fold: "
          f"rule patterns {sum(p for p, _ in specific)} in all (max {max(p for p, _ in specific)}), guards and "
          f"context {sum(g for _, g in specific)} (max {max(g for _, g in specific)}); setup "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    cache: dict[tuple[str, str], tuple[dict[int, float], dict[int, bool]]] = {}
    if args.show_misses and args.show_misses not in configs:
        parser.error("--show-misses names a configuration not in --configs")
    advice_cache: AdviceCache = {}
    for config in configs:
        outcomes = {split: fold_decisions(config, split, data, cache, advice_cache=advice_cache) for split in folds}
        report(config, outcomes)
        if data.heard_from is not None:
            heard = {split: fold_decisions(config, split, data, cache, heard=True, advice_cache=advice_cache)
                     for split in folds if data.heard_test(split)}
            report(f"{config}/heard", heard)
        if config == args.show_misses:
            print_misses(config, outcomes)


if __name__ == "__main__":
    main()
