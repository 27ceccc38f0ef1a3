"""Candidate second signals for the safety layer, cross-validated (prints figures): leave one examined split out,
train each candidate on the other splits, decide the held-out split with the rules ablated as
``bench/bench_safety_cv.py`` does (its split-specific alternatives left out), and report pooled held-out recall,
false alarms and right number, typed and (``--heard DIR``) on what Whisper heard for the held-out phrases.

    .venv/bin/python -m bench.bench_safety_signals [--signals char,words,charword,embedding,knn]
                                                   [--heard var/bench/spoken-safety] [--embedding-cache PATH]

Every configuration keeps the shipped recipe around the emergency signal (the line classifier for 110/119 and the
advice classifiers, char n-grams, trained also on the training folds' transcripts with ``--heard``, as shipped
since round 15) and changes only the emergency probability the decision reads:

``char``       the shipped character 1-3-gram logistic regression (the baseline: ``heard``/``advice`` of
               bench_safety_cv);
``words``      a logistic regression over Sudachi words (normalised forms and devoiced readings, unigrams and
               bigrams): kana, dialect spellings and kanji meet at the word, not the character;
``charword``   one logistic regression over both feature sets;
``embedding``  a logistic regression on the sentence embedding of the search (``use-multilingual``);
``knn``        the similarity-weighted share of emergencies among the 10 nearest training phrases (embedding);
``A|B``        either signal at its threshold (OR); ``A+B`` the mean of the two probabilities.

Each probability fires at ``--threshold`` (0.8, the shipped n-gram bar; ``--thresholds`` lists more to print).
``--training TSV``: the training-only phrases (``safety/eval/training.tsv``, never a fold) are added to every fold's
training of every signal, the line and the advice classifiers (run once with and once without to compare).
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.safety_cv_ablation import ablated_findings, map_alternatives  # noqa: E402
from bench.safety_cv_configs import NGRAM_THRESHOLD, advice_readings, embed, ngram  # noqa: E402
from bench.safety_cv_folds import Data, add_training_and_heard  # noqa: E402
from bench.safety_cv_report import report  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import decide  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Outcome, load_phrases  # noqa: E402
from safety.normalize import devoice, to_hiragana, views  # noqa: E402
from safety.signals import Signals  # noqa: E402
from safety.train_ngram import POLICE_THRESHOLD, features  # noqa: E402

KNN_NEIGHBOURS = 10
SKIPPED_POS = frozenset({"補助記号", "空白"})


@cache
def _tokenizer() -> Any:
    from sudachipy import Dictionary

    return Dictionary(dict="core").tokenizer()


def word_features(text: str) -> dict[str, int]:
    """Sudachi words of the message: normalised forms and devoiced readings, unigrams and bigrams."""
    from sudachipy import SplitMode

    plain = unicodedata.normalize("NFKC", text).strip()
    morphemes = [m for m in _tokenizer().tokenize(plain, SplitMode.C) if m.part_of_speech()[0] not in SKIPPED_POS]
    lemmas = [m.normalized_form() for m in morphemes]
    readings = [devoice(to_hiragana(m.reading_form())) for m in morphemes]
    found: dict[str, int] = {}
    for sequence, tag in ((lemmas, "w"), (readings, "r")):
        for index, token in enumerate(sequence):
            found[f"{tag}:{token}"] = 1
            if index:
                found[f"{tag}2:{sequence[index - 1]}|{token}"] = 1
    return found


Probabilities = dict[int, float]


def lr_signal(rows: list[dict[str, int]]) -> Callable[[Data, list[int], list[int]], Probabilities]:
    """A logistic regression (classes balanced, as shipped) over the given feature rows."""

    def signal(data: Data, train: list[int], test: list[int]) -> Probabilities:
        model = ngram([rows[i] for i in train], [data.phrases[i].label == "emergency" for i in train],
                      threshold=NGRAM_THRESHOLD)
        weights = model.weights
        out: Probabilities = {}
        for i in test:
            logit = model.intercept + sum(weights.get(key, 0.0) for key in rows[i])
            out[i] = float(1.0 / (1.0 + np.exp(-logit)))
        return out

    return signal


def embedding_signal(data: Data, train: list[int], test: list[int]) -> Probabilities:
    """Logistic regression on the embedding (classes balanced)."""
    from sklearn.linear_model import LogisticRegression

    assert data.embedding is not None
    model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    model.fit(data.embedding[train], [data.phrases[i].label == "emergency" for i in train])
    return dict(zip(test, (float(v) for v in model.predict_proba(data.embedding[test])[:, 1]), strict=True))


def knn_signal(data: Data, train: list[int], test: list[int]) -> Probabilities:
    """Similarity-weighted share of emergencies among the nearest training phrases (vectors are normalised)."""
    assert data.embedding is not None
    labels = np.array([data.phrases[i].label == "emergency" for i in train], dtype=float)
    similarity = data.embedding[test] @ data.embedding[train].T
    nearest = np.argsort(-similarity, axis=1)[:, :KNN_NEIGHBOURS]
    out: Probabilities = {}
    for row, i in enumerate(test):
        weights = np.clip(similarity[row, nearest[row]], 1e-6, None)
        out[i] = float((weights * labels[nearest[row]]).sum() / weights.sum())
    return out


def decisions(data: Data, split: str, probability: Probabilities, line: dict[int, bool],
              advice: dict[int, object], test: list[int], threshold: float) -> list[Outcome]:
    """The held-out rows decided with the given emergency probability (the rest as bench_safety_cv's heard)."""
    safety_data = default_safety_data()
    found = data.findings[split]
    return [Outcome(data.phrases[i], decide(found[i], local_now=data.phrases[i].moment, channel="chat",
                                            data=safety_data,
                                            signals=Signals(ngram=probability[i], ngram_threshold=threshold,
                                                            police_line=line[i],
                                                            advice=advice.get(i))))  # type: ignore[arg-type]
            for i in test]


def combine(name: str, parts: dict[str, Probabilities], threshold: float) -> Probabilities:
    """``A|B``: the larger probability (each fires at the same bar); ``A+B``: their mean."""
    if "|" in name:
        names = name.split("|")
        return {i: max(parts[n][i] for n in names) for i in parts[names[0]]}
    if "+" in name:
        names = name.split("+")
        return {i: sum(parts[n][i] for n in names) / len(names) for i in parts[names[0]]}
    return parts[name]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signals", default="char,words,charword,char|words")
    parser.add_argument("--thresholds", default="0.8")
    parser.add_argument("--heard", type=Path, default=None, metavar="DIR")
    parser.add_argument("--embedding-cache", type=Path, default=None)
    parser.add_argument("--show-misses", default="", metavar="CONFIG")
    parser.add_argument("--training", type=Path, default=None, metavar="TSV",
                        help="training-only phrases added to every fold's training (safety/eval/training.tsv)")
    args = parser.parse_args()
    configs = args.signals.split(",")
    base = {part for config in configs for part in config.replace("+", "|").split("|")}
    start = time.perf_counter()
    phrases = [p for p in load_phrases() if p.split in EXAMINED_SPLITS]
    text_views = [views(p.text) for p in phrases]
    ablation = map_alternatives(phrases, text_views)
    examined = list(phrases)
    training_rows, heard_from = add_training_and_heard(phrases, text_views, examined, training=args.training,
                                                       heard=args.heard)
    findings = ablated_findings(phrases, text_views, ablation)
    data = Data(phrases, text_views, [features(p.text) for p in phrases], [[] for _ in phrases], findings,
                heard_from=heard_from, training=training_rows)
    signals: dict[str, Callable[[Data, list[int], list[int]], Probabilities]] = {"char": lr_signal(data.rows)}
    if base & {"words", "charword"}:
        words = [word_features(p.text) for p in phrases]
        signals["words"] = lr_signal(words)
        signals["charword"] = lr_signal([{**c, **w} for c, w in zip(data.rows, words, strict=True)])
    if base & {"embedding", "knn"}:
        data.embedding, _ = embed(phrases, args.embedding_cache)
        signals["embedding"] = embedding_signal
        signals["knn"] = knn_signal
    print(f"{len(phrases)} phrases, {len(EXAMINED_SPLITS)} folds; setup {time.perf_counter() - start:.0f} s",
          flush=True)
    heard = args.heard is not None
    trained = args.training is not None
    per_fold: dict[str, tuple[dict[str, Probabilities], dict[int, bool], dict[int, object]]] = {}
    for split in EXAMINED_SPLITS:
        train, test = data.indices(split, heard=heard, training=trained)
        test += data.heard_test(split)
        parts = {name: signals[name](data, train, test) for name in sorted(base)}
        emergencies = [i for i in train if data.phrases[i].label == "emergency"]
        line_model = ngram([data.rows[i] for i in emergencies], [data.phrases[i].number == "110" for i in emergencies],
                           threshold=POLICE_THRESHOLD)
        line = {i: line_model.fires(data.views[i]) for i in test}
        advice: dict[int, object] = dict(advice_readings(split, data, heard=heard, training=trained))
        per_fold[split] = (parts, line, advice)
    print(f"folds trained in {time.perf_counter() - start:.0f} s", flush=True)
    for threshold in (float(t) for t in args.thresholds.split(",")):
        for config in configs:
            typed_out: dict[str, list[Outcome]] = {}
            heard_out: dict[str, list[Outcome]] = {}
            for split, (parts, line, advice) in per_fold.items():
                probability = combine(config, parts, threshold)
                typed_out[split] = decisions(data, split, probability, line, advice, data.indices(split)[1],
                                             threshold)
                if data.heard_test(split):
                    heard_out[split] = decisions(data, split, probability, line, advice, data.heard_test(split),
                                                 threshold)
            report(f"{config}@{threshold}", typed_out)
            if heard_out:
                report(f"{config}@{threshold}/heard", heard_out)
            if config == args.show_misses:
                for split, outcomes in typed_out.items():
                    for o in outcomes:
                        if not o.correct:
                            print(f"  {split:<9} {o.phrase.label}/{o.phrase.number} -> {o.decision.kind}/"
                                  f"{o.decision.number} {','.join(o.decision.events)}  {o.phrase.text}")


if __name__ == "__main__":
    main()
