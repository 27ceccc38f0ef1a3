"""Train the n-gram classifier (:mod:`safety.ngram`) on the examined splits of the phrase set.

    .venv/bin/python -m safety.train_ngram [--splits dev,heldout1,...] [--threshold 0.8]

Needs scikit-learn (a development tool, not a runtime dependency: the service only reads the weights).
The unexamined splits (:data:`safety.evaluate.UNEXAMINED_SPLITS`) are refused.
"""

from __future__ import annotations

import argparse
import json

from safety.evaluate import EXAMINED_SPLITS, UNEXAMINED_SPLITS, load_phrases
from safety.ngram import NGRAM_FILE, grams
from safety.normalize import views

MIN_WEIGHT = 0.05  # smaller weights are dropped from the shipped file
REGULARISATION_C = 2.0


def main() -> None:
    """Fit, prune and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", default=",".join(EXAMINED_SPLITS))
    parser.add_argument("--threshold", type=float, default=0.8)
    args = parser.parse_args()
    splits = args.splits.split(",")
    if UNEXAMINED_SPLITS & set(splits):
        parser.error(f"never train on the unexamined splits {sorted(UNEXAMINED_SPLITS)}")
    from sklearn.feature_extraction import DictVectorizer  # development tool: imported only to train
    from sklearn.linear_model import LogisticRegression

    phrases = [p for p in load_phrases() if p.split in splits]
    features = [dict.fromkeys(grams(views(p.text).devoiced), 1) for p in phrases]
    labels = [p.label == "emergency" for p in phrases]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=REGULARISATION_C, max_iter=2000, class_weight="balanced")
    model.fit(matrix, labels)
    weights = {gram: round(float(weight), 4) for gram, weight in zip(vectorizer.get_feature_names_out(),
                                                                   model.coef_[0], strict=True)
               if abs(weight) >= MIN_WEIGHT}
    payload = {"intercept": round(float(model.intercept_[0]), 4), "threshold": args.threshold,
               "trained_on": splits, "weights": dict(sorted(weights.items()))}
    NGRAM_FILE.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(phrases)} phrases, {len(weights)} weights -> {NGRAM_FILE}")


if __name__ == "__main__":
    main()
