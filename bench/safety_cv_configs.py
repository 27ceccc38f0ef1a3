"""The configurations of bench_safety_cv (listed in its docstring): the learned signals of each, trained on the
other splits of a fold (n-gram, embedding and advice classifiers), and the held-out split decided with them.

Shared with bench_safety_signals.py.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np

from bench.safety_cv_folds import Data
from safety.data_file import default_safety_data
from safety.decide import decide
from safety.evaluate import Outcome, Phrase
from safety.models import SignalledAdvice
from safety.ngram import NgramModel
from safety.normalize import TextViews
from safety.signals import Signals
from safety.train_ngram import (
    ADVICE_CLASSES,
    ADVICE_THRESHOLD,
    NEGATION_MARKED,
    NONE_WEIGHT,
    POLICE_THRESHOLD,
    fit_weights,
)

NGRAM_THRESHOLD = 0.8
LOW_THRESHOLD = 0.6
EMBEDDING_THRESHOLD = 0.8
STACKED_THRESHOLD = 0.7
EMBEDDING_MODEL = "use-multilingual"
# A Tohoku-style rewrite of the kana reading (ない -> ねえ, ている -> てる, へ -> さ, です -> だっちゃ)
TOHOKU = ((re.compile(r"ない"), "ねえ"), (re.compile(r"ません"), "ねえ"), (re.compile(r"ている"), "てる"),
          (re.compile(r"(?<=[ぁ-ん])へ(?=[ぁ-ん])"), "さ"), (re.compile(r"です"), "だっちゃ"))
ALL_CONFIGS = ("rules", "shipped", "augmented", "weighted", "low", "embedding", "stacked", "advice", "faqneg", "heard",
               "advice+training", "heard+training", "heardnone")


def kana_variants(text_view: TextViews) -> list[str]:
    """Augmentation: the phrase as its kana reading, and that reading rewritten in a Tohoku style."""
    reading = text_view.reading
    tohoku = reading
    for pattern, replacement in TOHOKU:
        tohoku = pattern.sub(replacement, tohoku)
    return [variant for variant in {reading, tohoku} if variant]


def embed(phrases: list[Phrase], cache: Path | None) -> tuple[np.ndarray, list[float]]:
    """The sentence embedding of every phrase (the search's query path), with its time per message in ms."""
    if cache is not None and cache.exists():
        stored = np.load(cache)
        if len(stored) == len(phrases):
            return stored, []
    from knowledge.embed import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(EMBEDDING_MODEL, threads=1)
    vectors = []
    timings = []
    for phrase in phrases:
        start = time.perf_counter()
        vectors.append(embedder.encode_queries([phrase.text])[0])
        timings.append((time.perf_counter() - start) * 1000)
    matrix = np.stack(vectors)
    if cache is not None:
        np.save(cache, matrix)
    return matrix, timings


def embedding_probabilities(matrix: np.ndarray, labels: list[bool], train: list[int], test: list[int]) -> np.ndarray:
    """Logistic regression on the embedding (classes balanced): probabilities for the held-out rows."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    model.fit(matrix[train], [labels[i] for i in train])
    return np.asarray(model.predict_proba(matrix[test])[:, 1])


def ngram(rows: list[dict[str, int]], labels: list[bool], *, threshold: float, weight: float = 1.0,
          sample_weights: list[float] | None = None) -> NgramModel:
    """An n-gram classifier fitted on the given rows (each weighted by ``sample_weights`` when given)."""
    intercept, weights = fit_weights(rows, labels, positive_weight=weight, sample_weights=sample_weights)
    return NgramModel(intercept=intercept, threshold=threshold, trained_on=[], weights=weights,
                      negation_marked=NEGATION_MARKED)  # the rows are train_ngram.features'


def advice_readings(split: str, data: Data, *, heard: bool = False,
                    training: bool = False) -> dict[int, SignalledAdvice | None]:
    """The advice classifiers' sure readings of the held-out split and its transcripts (trained on the other splits,
    with their transcripts when ``heard`` and the training-only phrases when ``training``)."""
    train, test = data.indices(split, heard=heard, training=training)
    test += data.heard_test(split)
    best: dict[int, tuple[float, SignalledAdvice | None]] = dict.fromkeys(test, (0.0, None))
    for line in sorted(set(ADVICE_CLASSES.values())):
        labels = [ADVICE_CLASSES.get(data.phrases[i].number) == line for i in train]
        model = ngram([data.rows[i] for i in train], labels, threshold=ADVICE_THRESHOLD)
        for i in test:
            value = model.probability(data.views[i])
            if value >= ADVICE_THRESHOLD and value > best[i][0]:
                best[i] = (value, line)
    return {i: line for i, (_, line) in best.items()}


def learned(recipe: str, split: str, data: Data) -> tuple[dict[int, float], dict[int, bool]]:
    """Emergency probabilities and line (110) readings for the held-out split (and its transcripts), by one training
    recipe."""
    train, test = data.indices(split, heard=recipe.startswith("heard"), training=recipe.endswith("+training"))
    test += data.heard_test(split)
    emergency = [p.label == "emergency" for p in data.phrases]
    if recipe == "embedding":
        assert data.embedding is not None
        dense = embedding_probabilities(data.embedding, emergency, train, test)
        return {i: float(v) for i, v in zip(test, dense, strict=True)}, {}
    police = [p.number == "110" for p in data.phrases]
    train_rows = [data.rows[i] for i in train]
    train_labels = [emergency[i] for i in train]
    line_rows = [data.rows[i] for i in train if emergency[i]]
    line_labels = [police[i] for i in train if emergency[i]]
    if recipe == "augmented":
        for i in train:
            train_rows += data.variant_rows[i]
            train_labels += [emergency[i]] * len(data.variant_rows[i])
            if emergency[i]:
                line_rows += data.variant_rows[i]
                line_labels += [police[i]] * len(data.variant_rows[i])
    if recipe == "faqneg":
        train_rows += data.extra_negative_rows
        train_labels += [False] * len(data.extra_negative_rows)
    row_weights = None
    if recipe == "heardnone":  # the "none" phrases weighted as safety.train_ngram ships them since round 26
        row_weights = [NONE_WEIGHT if data.phrases[i].label == "none" else 1.0 for i in train]
        row_weights += [1.0] * (len(train_rows) - len(row_weights))
    model = ngram(train_rows, train_labels, threshold=NGRAM_THRESHOLD, weight=2.0 if recipe == "weighted" else 1.0,
                  sample_weights=row_weights)
    line_model = ngram(line_rows, line_labels, threshold=POLICE_THRESHOLD)
    return ({i: model.probability(data.views[i]) for i in test},
            {i: line_model.fires(data.views[i]) for i in test})


AdviceCache = dict[tuple[str, str], dict[int, SignalledAdvice | None]]
RECIPES = {"rules": (), "shipped": ("shipped",), "low": ("shipped",), "augmented": ("augmented",),
           "weighted": ("weighted",), "embedding": ("shipped", "embedding"), "stacked": ("shipped", "embedding"),
           "advice": ("shipped",), "faqneg": ("faqneg",), "heard": ("heard",),
           "advice+training": ("shipped+training",), "heard+training": ("heard+training",), "heardnone": ("heardnone",)}
ADVICE_CONFIGS = frozenset({"advice", "heard", "advice+training", "heard+training", "heardnone"})


def fold_decisions(config: str, split: str, data: Data,
                   cache: dict[tuple[str, str], tuple[dict[int, float], dict[int, bool]]], *,
                   heard: bool = False, advice_cache: AdviceCache | None = None) -> list[Outcome]:
    """Decide the held-out split (or, ``heard``, its transcripts) under one configuration (learned signals trained
    on the other splits)."""
    advice_cache = {} if advice_cache is None else advice_cache
    advice: dict[int, SignalledAdvice | None] = {}
    if config in ADVICE_CONFIGS:
        if (config, split) not in advice_cache:
            advice_cache[config, split] = advice_readings(split, data, heard=config.startswith("heard"),
                                                          training=config.endswith("+training"))
        advice = advice_cache[config, split]
    for recipe in RECIPES[config]:
        if (recipe, split) not in cache:
            cache[recipe, split] = learned(recipe, split, data)
    test = data.heard_test(split) if heard else data.indices(split)[1]
    probability: dict[int, float] = dict.fromkeys(test, 0.0)
    line: dict[int, bool] = dict.fromkeys(test, False)
    threshold = 1.0
    if RECIPES[config]:
        probability, line = (dict(part) for part in cache[RECIPES[config][0], split])  # type: ignore[assignment]
        threshold = LOW_THRESHOLD if config == "low" else NGRAM_THRESHOLD
    if config in {"embedding", "stacked"}:
        dense = cache["embedding", split][0]
        for i in test:
            if config == "embedding":  # OR: whichever reaches its own bar (the embedding's mapped onto the n-gram's)
                probability[i] = max(probability[i], dense[i] * NGRAM_THRESHOLD / EMBEDDING_THRESHOLD)
            else:
                probability[i] = (probability[i] + dense[i]) / 2
        threshold = STACKED_THRESHOLD if config == "stacked" else NGRAM_THRESHOLD
    safety_data = default_safety_data()
    found = data.findings[split]
    return [Outcome(data.phrases[i], decide(found[i], local_now=data.phrases[i].moment, channel="chat",
                                            data=safety_data,
                                            signals=Signals(ngram=probability[i], ngram_threshold=threshold,
                                                            police_line=line[i], advice=advice.get(i))))
            for i in test]
