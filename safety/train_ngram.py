"""Train the n-gram classifiers (:mod:`safety.ngram`) on the examined splits of the phrase set.

    .venv/bin/python -m safety.train_ngram [--splits dev,heldout1,...] [--threshold 0.8]

Two logistic regressions over the same character n-grams: *emergency or not* (all phrases of the splits,
``safety/data/ngram.json``) and, among the emergencies, *police (110) or fire/ambulance (119)*
(``safety/data/ngram_police.json``, threshold 0.5). Needs scikit-learn (a development tool, not a runtime
dependency: the service only reads the weights). Only the examined splits
(:data:`safety.evaluate.EXAMINED_SPLITS`) are accepted: an unexamined split
(:data:`safety.evaluate.UNEXAMINED_SPLITS`, empty when none is pending) or an unknown one is refused.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from safety.evaluate import EXAMINED_SPLITS, Phrase, load_phrases
from safety.ngram import NGRAM_FILE, POLICE_NGRAM_FILE, grams
from safety.normalize import views

MIN_WEIGHT = 0.05  # smaller weights are dropped from the shipped file
REGULARISATION_C = 2.0
POLICE_THRESHOLD = 0.5


def fit(phrases: list[Phrase], labels: list[bool], *, splits: list[str], threshold: float, path: Path) -> int:
    """Fit one classifier, prune its weights and write them to ``path``; returns the number of weights kept."""
    from sklearn.feature_extraction import DictVectorizer  # development tool: imported only to train
    from sklearn.linear_model import LogisticRegression

    features = [dict.fromkeys(grams(views(p.text).devoiced), 1) for p in phrases]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=REGULARISATION_C, max_iter=2000, class_weight="balanced")
    model.fit(matrix, labels)
    weights = {gram: round(float(weight), 4) for gram, weight in zip(vectorizer.get_feature_names_out(),
                                                                   model.coef_[0], strict=True)
               if abs(weight) >= MIN_WEIGHT}
    payload = {"intercept": round(float(model.intercept_[0]), 4), "threshold": threshold,
               "trained_on": splits, "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return len(weights)


def main() -> None:
    """Fit, prune and write both classifiers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", default=",".join(EXAMINED_SPLITS))
    parser.add_argument("--threshold", type=float, default=0.8)
    args = parser.parse_args()
    splits = args.splits.split(",")
    refused = sorted(set(splits) - set(EXAMINED_SPLITS))
    if refused:
        parser.error(f"never train on unexamined or unknown splits: {refused}")
    phrases = [p for p in load_phrases() if p.split in splits]
    kept = fit(phrases, [p.label == "emergency" for p in phrases], splits=splits, threshold=args.threshold,
               path=NGRAM_FILE)
    print(f"{len(phrases)} phrases, {kept} weights -> {NGRAM_FILE}")
    emergencies = [p for p in phrases if p.label == "emergency"]
    kept = fit(emergencies, [p.number == "110" for p in emergencies], splits=splits, threshold=POLICE_THRESHOLD,
               path=POLICE_NGRAM_FILE)
    print(f"{len(emergencies)} emergencies, {kept} weights -> {POLICE_NGRAM_FILE}")


if __name__ == "__main__":
    main()
