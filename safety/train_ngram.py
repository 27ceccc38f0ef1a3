"""Train the n-gram classifiers (:mod:`safety.ngram`) on the examined splits of the phrase set.

    .venv/bin/python -m safety.train_ngram [--splits dev,...] [--threshold 0.8] [--heard PATH] [--heard-splits ...]
        [--save-heard TSV] [--none-weight 2.0] [--training safety/eval/training.tsv]
        [--training-heard safety/eval/heard-training.tsv] [--save-training-heard TSV]
        [--negatives knowledge/eval/faq-queries-2.tsv,...] [--negatives-weight 1.0]

Logistic regressions over the same character n-grams: *emergency or not* (all phrases of the splits,
``safety/data/ngram.json``); among the emergencies, *police (110) or fire/ambulance (119)*
(``safety/data/ngram_police.json``, threshold 0.5); and one per advice line against the rest (medical #7119/#8000,
#9110, 188, disaster; all phrases; ``safety/data/ngram_advice.json``, threshold 0.8). Needs scikit-learn (a
development tool, not a runtime dependency: the service only reads the weights). Only the examined splits
(:data:`safety.evaluate.EXAMINED_SPLITS`) are accepted: an unexamined split
(:data:`safety.evaluate.UNEXAMINED_SPLITS`, empty when none is pending) or an unknown one is refused.
``--heard PATH``: what Whisper heard for the phrases (``safety/eval/heard.tsv``, versioned since the eighth
session, or the cache of ``bench/bench_spoken_safety.py``; Open JTalk -> Whisper base) is added as extra examples
with the phrase's labels, for the training phrases Whisper heard differently
(the shipped files since round 15: so 駅/息, 鍵/火事 slips of the recogniser meet the classifiers' n-grams), only for
the ``--heard-splits`` when given (round 15 ships ``blind11``-``blind15b``: the cache may hold a fresh blind split's
transcripts too, and one of its texts may repeat an examined phrase).
``--none-weight W`` (default :data:`NONE_WEIGHT`, since round 26): the "none" phrases (and their transcripts) count
W times in the emergency classifier's training, so everyday sentences sharing an emergency's words stay low.
``--training PATH``: training-only phrases other writers wrote (``safety/eval/training.tsv``,
:func:`safety.evaluate.load_training`; never a test split) are added to every classifier's training as they are
(no transcripts).
``--training-heard DIR|TSV`` (round 33, helper L34): what Whisper heard for those training-only phrases
(``safety/eval/heard-training.tsv``, written with ``--save-training-heard`` from the cache of
``bench/bench_spoken_safety.py --phrases safety/eval/training.tsv``) is added like ``--heard``'s, with the telling's
labels, where it differs from the telling.
``--negatives TSV[,TSV...]`` (round 36, helper A40): ordinary questions nobody labelled, read from each file's
``query`` (or ``text``) column, added to the *emergency* classifier's training only as "none" (never to the police
or advice classifiers: a city question may legitimately be about #7119 or #8000), each counting
``--negatives-weight`` times, outside the classes' balance (the phrases keep the balance they had without them;
:func:`load_negatives`: a text whose devoiced reading collides with a phrase of the set,
a training telling or a question wording of the FAQ corpus - the out-of-set check of :mod:`safety.faq_check` - is
left out).
Since round 31 the features read each negation (ない, ません, ありません) as one mark (:data:`NEGATION_MARKED`,
:func:`safety.ngram.classifier_grams`; the files say ``negation_marked``), so a denied symptom (熱はない) no longer
shares はな with 鼻.
:func:`fit_weights`, :func:`load_heard` and :func:`with_heard` are shared with the cross-validation
(``bench/bench_safety_cv.py``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

from safety.evaluate import EXAMINED_SPLITS, Phrase, load_phrases, load_training
from safety.models import SignalledAdvice
from safety.ngram import ADVICE_NGRAM_FILE, NGRAM_FILE, POLICE_NGRAM_FILE, classifier_grams
from safety.normalize import views
from safety.train_negatives import NEGATIVES_WEIGHT, known_texts, load_negatives

MIN_WEIGHT = 0.05  # smaller weights are dropped from the shipped file
REGULARISATION_C = 2.0
# The "none" phrases (everyday sentences and hard negatives, not urgent advice or disaster) count this many times in
# the emergency classifier's training (round 26: chosen by held-out log loss over blocks blind25/26/27 among 1, 2
# and 3; docs/safety.md). Keeps everyday sentences that share an emergency's words (家事をしています, お風呂のお湯が
# 胸くらいまで) below the intent floor and the firing threshold when retrained on every split.
NONE_WEIGHT = 2.0
POLICE_THRESHOLD = 0.5
ADVICE_THRESHOLD = 0.8
# The classifiers read negations as one mark (safety.ngram.NEGATION; round 31); False trains on plain n-grams as before.
NEGATION_MARKED = True
ADVICE_CLASSES: dict[str, SignalledAdvice] = {"#7119": "medical", "#8000": "medical", "#9110": "police_consultation",
                                              "188": "consumer", "disaster": "disaster"}


HEARD_FILE = Path(__file__).resolve().parent / "eval" / "heard.tsv"
# What Whisper heard for the training-only tellings (round 33, helper L34): written like HEARD_FILE.
TRAINING_HEARD_FILE = Path(__file__).resolve().parent / "eval" / "heard-training.tsv"
# What Whisper heard for the phrases of the unexamined splits (round 34): kept for the round that merges them into
# HEARD_FILE (so a fresh machine need not transcribe them again); never read by training.
UNEXAMINED_HEARD_FILE = Path(__file__).resolve().parent / "eval" / "heard-unexamined.tsv"
HEARD_HEADER = "text\theard"


def load_heard(source: Path) -> dict[str, str]:
    """What Whisper heard for each phrase text: from a TSV (``text<TAB>heard``, e.g. :data:`HEARD_FILE`, versioned
    so a fresh clone can retrain) or from the spoken-safety cache folder (``{"text": ..., "heard": ...}`` files)."""
    heard: dict[str, str] = {}
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines()[1:]:
            text, separator, transcript = line.partition("\t")
            if separator:
                heard[text] = transcript
        return heard
    for path in sorted(source.glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(entry, dict) and isinstance(entry.get("text"), str) and isinstance(entry.get("heard"), str):
            heard[entry["text"]] = entry["heard"]
    return heard


def save_heard(heard: dict[str, str], path: Path) -> int:
    """Write transcripts as a TSV :func:`load_heard` reads (one line each; tabs and line breaks become spaces)."""
    def clean(value: str) -> str:
        return " ".join(value.replace("\t", " ").splitlines())
    rows = sorted({clean(text): clean(transcript) for text, transcript in heard.items()}.items())
    path.write_text("\n".join([HEARD_HEADER, *(f"{text}\t{transcript}" for text, transcript in rows)]) + "\n",
                    encoding="utf-8")
    return len(rows)


def with_heard(phrases: list[Phrase], heard: dict[str, str]) -> list[Phrase]:
    """The transcripts of the phrases Whisper heard differently (not empty), as phrases with the same labels."""
    return [dataclasses.replace(p, text=heard[p.text]) for p in phrases
            if heard.get(p.text, "").strip() and heard[p.text] != p.text]


def transcripts_of(phrases: Sequence[Phrase], heard: dict[str, str]) -> dict[str, str]:
    """The transcripts of the given phrases found in ``heard`` (what ``--save-heard`` and ``--save-training-heard``
    write: never a transcript of a phrase outside them, such as a fresh blind split's)."""
    return {p.text: heard[p.text] for p in phrases if p.text in heard}


def features(text: str, *, negation_marked: bool | None = None) -> dict[str, int]:
    """The binary n-gram features of one message (as :meth:`safety.ngram.NgramModel.probability` reads them;
    negations marked unless ``negation_marked`` is False, by default :data:`NEGATION_MARKED`)."""
    mark = NEGATION_MARKED if negation_marked is None else negation_marked
    return dict.fromkeys(classifier_grams(views(text).devoiced, negation_marked=mark), 1)


def fit_weights(rows: Sequence[dict[str, int]], labels: Sequence[bool], *, positive_weight: float = 1.0,
                sample_weights: Sequence[float] | None = None,
                regularisation: float = REGULARISATION_C,
                balanced_rows: int | None = None) -> tuple[float, dict[str, float]]:
    """Fit one logistic regression (classes balanced, the positive class further weighted by ``positive_weight``,
    each row further by ``sample_weights`` when given; inverse regularisation strength ``regularisation``, by
    default :data:`REGULARISATION_C`); returns the intercept and the weights that reach :data:`MIN_WEIGHT`.
    ``balanced_rows``: the classes are balanced on the first that many rows only (the rows after them - the
    ``--negatives`` - add to the negative side without shifting the balance of the others)."""
    from sklearn.feature_extraction import DictVectorizer  # development tool: imported only to train
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    balanced = list(labels) if balanced_rows is None else list(labels[:balanced_rows])
    positives = sum(balanced)
    negatives = len(balanced) - positives
    class_weight = {True: len(balanced) / (2 * max(positives, 1)) * positive_weight,
                    False: len(balanced) / (2 * max(negatives, 1))}
    model = LogisticRegression(C=regularisation, max_iter=2000, class_weight=class_weight)
    model.fit(matrix, list(labels), sample_weight=None if sample_weights is None else list(sample_weights))
    weights = {gram: round(float(weight), 4) for gram, weight in zip(vectorizer.get_feature_names_out(),
                                                                   model.coef_[0], strict=True)
               if abs(weight) >= MIN_WEIGHT}
    return round(float(model.intercept_[0]), 4), weights


def none_weights(phrases: Sequence[Phrase], weight: float = NONE_WEIGHT) -> list[float]:
    """Per-row weights: ``weight`` for the "none" phrases, 1 for the others (:data:`NONE_WEIGHT`)."""
    return [weight if p.label == "none" else 1.0 for p in phrases]


def fit(phrases: list[Phrase], labels: list[bool], *, splits: list[str], threshold: float, path: Path,
        heard_examples: int = 0, training_examples: int = 0, none_weight: float = 1.0,
        negatives: Sequence[Phrase] = (), negatives_weight: float = NEGATIVES_WEIGHT) -> int:
    """Fit one classifier (the "none" phrases weighted by ``none_weight``; ``negatives`` added as further non-positive
    rows weighted by ``negatives_weight``, outside the classes' balance), prune its weights and write them to
    ``path``; returns the number of weights kept."""
    rows = [features(p.text) for p in [*phrases, *negatives]]
    intercept, weights = fit_weights(rows, [*labels, *(False for _ in negatives)],
                                     sample_weights=[*none_weights(phrases, none_weight),
                                                     *(negatives_weight for _ in negatives)],
                                     balanced_rows=len(phrases))
    payload: dict[str, object] = {"intercept": intercept, "threshold": threshold, "trained_on": splits,
                                  "negation_marked": NEGATION_MARKED, "heard_examples": heard_examples,
                                  "training_examples": training_examples, "none_weight": none_weight}
    if negatives:
        payload |= {"negative_examples": len(negatives), "negatives_weight": negatives_weight}
    payload["weights"] = dict(sorted(weights.items()))
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return len(weights)


def fit_advice(phrases: list[Phrase], *, splits: list[str], path: Path, heard_examples: int = 0,
               training_examples: int = 0) -> int:
    """Fit one classifier per advice line (against every other phrase) and write them to ``path``."""
    rows = [features(p.text) for p in phrases]
    lines: dict[str, dict[str, object]] = {}
    kept = 0
    for line in sorted(set(ADVICE_CLASSES.values())):
        intercept, weights = fit_weights(rows, [ADVICE_CLASSES.get(p.number) == line for p in phrases])
        lines[line] = {"intercept": intercept, "threshold": ADVICE_THRESHOLD, "trained_on": splits,
                       "negation_marked": NEGATION_MARKED, "weights": dict(sorted(weights.items()))}
        kept += len(weights)
    payload = {"threshold": ADVICE_THRESHOLD, "trained_on": splits, "heard_examples": heard_examples,
               "training_examples": training_examples, "lines": lines}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return kept


def main() -> None:
    """Fit, prune and write the classifiers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", default=",".join(EXAMINED_SPLITS))
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--heard", type=Path, default=None, metavar="PATH",
                        help="add what Whisper heard for the phrases as extra examples: safety/eval/heard.tsv or "
                             "bench_spoken_safety's cache folder")
    parser.add_argument("--save-heard", type=Path, default=None, metavar="TSV",
                        help="also write the transcripts of the --heard-splits' phrases found in --heard to this TSV "
                             "(how safety/eval/heard.tsv is refreshed from the cache)")
    parser.add_argument("--heard-splits", default="", metavar="SPLITS",
                        help="only the transcripts of these splits (default: every training split); the cache may "
                             "also hold transcripts of a fresh blind split, which must stay unseen")
    parser.add_argument("--none-weight", type=float, default=NONE_WEIGHT, metavar="W",
                        help=f"weight of the 'none' phrases in the emergency classifier's training (default "
                             f"{NONE_WEIGHT}; 1 = the files before round 26)")
    parser.add_argument("--training", type=Path, default=None, metavar="TSV",
                        help="training-only phrases added to every classifier's training (safety/eval/training.tsv)")
    parser.add_argument("--training-heard", type=Path, default=None, metavar="DIR|TSV",
                        help="what Whisper heard for the --training phrases (safety/eval/heard-training.tsv or a "
                             "cache folder), added with the telling's labels where it differs")
    parser.add_argument("--save-training-heard", type=Path, default=None, metavar="TSV",
                        help="also write the transcripts of the --training phrases found in --training-heard here")
    parser.add_argument("--negatives", default="", metavar="TSV[,TSV...]",
                        help="ordinary questions (a query or text column) added as 'none' to the emergency "
                             "classifier's training only (knowledge/eval/faq-queries-2.tsv,...)")
    parser.add_argument("--negatives-weight", type=float, default=NEGATIVES_WEIGHT, metavar="W",
                        help=f"weight of each --negatives row (default {NEGATIVES_WEIGHT})")
    args = parser.parse_args()
    if args.training_heard and not args.training:
        parser.error("--training-heard needs --training")
    splits = args.splits.split(",")
    refused = sorted(set(splits) - set(EXAMINED_SPLITS))
    if refused:
        parser.error(f"never train on unexamined or unknown splits: {refused}")
    phrases = [p for p in load_phrases() if p.split in splits]
    heard_splits = set(args.heard_splits.split(",")) if args.heard_splits else set(splits)
    transcripts = load_heard(args.heard) if args.heard else {}
    heard = with_heard([p for p in phrases if p.split in heard_splits], transcripts)
    if args.save_heard:
        kept_transcripts = transcripts_of([p for p in phrases if p.split in heard_splits], transcripts)
        print(f"{save_heard(kept_transcripts, args.save_heard)} transcripts -> {args.save_heard}")
    if args.heard:
        print(f"{len(heard)} transcripts from {args.heard} added")
    training = load_training(args.training) if args.training else []
    if args.training:
        print(f"{len(training)} training-only phrases from {args.training} added")
    training_transcripts = load_heard(args.training_heard) if args.training_heard else {}
    if args.save_training_heard:
        told = transcripts_of(training, training_transcripts)
        print(f"{save_heard(told, args.save_training_heard)} transcripts -> {args.save_training_heard}")
    told_heard = with_heard(training, training_transcripts)
    if args.training_heard:
        print(f"{len(told_heard)} transcripts of training phrases from {args.training_heard} added")
    heard += told_heard
    phrases += heard + training
    negatives = (load_negatives([Path(name) for name in args.negatives.split(",")], known=known_texts())
                 if args.negatives else [])
    if args.negatives:
        print(f"{len(negatives)} negatives from {args.negatives} added to the emergency classifier")
    kept = fit(phrases, [p.label == "emergency" for p in phrases], splits=splits, threshold=args.threshold,
               path=NGRAM_FILE, heard_examples=len(heard), training_examples=len(training),
               none_weight=args.none_weight, negatives=negatives, negatives_weight=args.negatives_weight)
    print(f"{len(phrases)} phrases, {kept} weights -> {NGRAM_FILE}")
    emergencies = [p for p in phrases if p.label == "emergency"]
    kept = fit(emergencies, [p.number == "110" for p in emergencies], splits=splits, threshold=POLICE_THRESHOLD,
               path=POLICE_NGRAM_FILE, heard_examples=sum(p.label == "emergency" for p in heard),
               training_examples=sum(p.label == "emergency" for p in training))
    print(f"{len(emergencies)} emergencies, {kept} weights -> {POLICE_NGRAM_FILE}")
    kept = fit_advice(phrases, splits=splits, path=ADVICE_NGRAM_FILE, heard_examples=len(heard),
                      training_examples=len(training))
    print(f"{len(phrases)} phrases, {kept} weights -> {ADVICE_NGRAM_FILE}")


if __name__ == "__main__":
    main()
