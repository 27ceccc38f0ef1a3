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
import dataclasses
import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import safety.detect  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import Signals, decide  # noqa: E402
from safety.evaluate import (  # noqa: E402
    EXAMINED_SPLITS,
    Outcome,
    Phrase,
    load_phrases,
    load_training,
    predicted_number,
    score,
)
from safety.faq_check import load_faq_questions  # noqa: E402
from safety.models import SignalledAdvice  # noqa: E402
from safety.ngram import NgramModel  # noqa: E402
from safety.normalize import TextViews, views  # noqa: E402
from safety.patterns import rules  # noqa: E402
from safety.rule import Rule  # noqa: E402
from safety.train_ngram import (  # noqa: E402
    ADVICE_CLASSES,
    ADVICE_THRESHOLD,
    POLICE_THRESHOLD,
    features,
    fit_weights,
    load_heard,
    with_heard,
)

NGRAM_THRESHOLD = 0.8
LOW_THRESHOLD = 0.6
EMBEDDING_THRESHOLD = 0.8
STACKED_THRESHOLD = 0.7
EMBEDDING_MODEL = "use-multilingual"
NEVER = re.compile(r"(?!)")
# A Tohoku-style rewrite of the kana reading (ない -> ねえ, ている -> てる, へ -> さ, です -> だっちゃ)
TOHOKU = ((re.compile(r"ない"), "ねえ"), (re.compile(r"ません"), "ねえ"), (re.compile(r"ている"), "てる"),
          (re.compile(r"(?<=[ぁ-ん])へ(?=[ぁ-ん])"), "さ"), (re.compile(r"です"), "だっちゃ"))
ALL_CONFIGS = ("rules", "shipped", "augmented", "weighted", "low", "embedding", "stacked", "advice", "faqneg", "heard",
               "advice+training", "heard+training")



def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|(b|c)|d`` -> ``a``, ``(b|c)``, ``d``)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1: index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


# Context patterns of safety.detect that cancel an alarm (topics, fiction, "what if", the past, pleasure, a service
# request, negation, reassurance; since round 17 also a line asked about and a settlement demanded, which turn or drop
# events): their split-specific alternatives are left out too.
CANCELLING_CONTEXT = ("TOPIC", "TOPIC_VOICED", "FICTION", "HYPOTHETICAL", "PAST", "CALM", "SERVICE", "NEGATED_AFTER",
                      "DENIED_AFTER", "REASSURED", "RESOLVED", "SETTLED", "WHICH_LINE", "SETTLEMENT")


@dataclasses.dataclass
class Alternatives:
    """One pattern's compiled top-level alternatives and, per alternative, the splits of the phrases it hits."""

    parts: list[re.Pattern[str]]
    splits: list[set[str]]

    def without(self, split: str, original: re.Pattern[str], *, empty: re.Pattern[str] = NEVER) -> re.Pattern[str]:
        """The pattern without the alternatives only the given split needs (``original`` when none is)."""
        keep = [part.pattern for part, where in zip(self.parts, self.splits, strict=True) if where != {split}]
        if len(keep) == len(self.parts):
            return original
        return re.compile("|".join(keep), original.flags) if keep else empty

    def specific_to(self, split: str) -> int:
        """How many alternatives only the given split needs."""
        return sum(where == {split} for where in self.splits)


def map_pattern(pattern: re.Pattern[str], phrases: list[Phrase], texts: Sequence[Sequence[str]]) -> Alternatives:
    """Which splits each alternative of ``pattern`` hits, searching each phrase's given texts."""
    parts = [re.compile(alt, pattern.flags) for alt in alternatives(pattern.pattern)]
    splits: list[set[str]] = [set() for _ in parts]
    for phrase, candidates in zip(phrases, texts, strict=True):
        for part, where in zip(parts, splits, strict=True):
            if phrase.split not in where and any(part.search(text) for text in candidates):
                where.add(phrase.split)
    return Alternatives(parts, splits)


@dataclasses.dataclass
class Ablation:
    """The alternatives of every rule pattern, ``unless`` guard and cancelling context pattern."""

    patterns: list[Alternatives]
    guards: list[dict[str, Alternatives]]
    context: dict[str, Alternatives]

    def rules_without(self, split: str) -> tuple[Rule, ...]:
        """The rules with the alternatives (of patterns and guards) that only the given split needs left out."""
        kept: list[Rule] = []
        for rule, pattern, guards in zip(rules(), self.patterns, self.guards, strict=True):
            changes: dict[str, re.Pattern[str] | None] = {"pattern": pattern.without(split, rule.pattern)}
            for name, alts in guards.items():
                changes[name] = alts.without(split, getattr(rule, name), empty=NEVER)
            kept.append(dataclasses.replace(rule, **changes))  # type: ignore[arg-type]
        return tuple(kept)

    def context_without(self, split: str) -> dict[str, re.Pattern[str]]:
        """The cancelling context patterns without their split-specific alternatives."""
        return {name: alts.without(split, getattr(safety.detect, name)) for name, alts in self.context.items()}

    def specific_to(self, split: str) -> tuple[int, int]:
        """How many alternatives of rule patterns, and of guards and context, only the given split needs."""
        patterns = sum(alts.specific_to(split) for alts in self.patterns)
        guards = sum(alts.specific_to(split) for group in self.guards for alts in group.values())
        return patterns, guards + sum(alts.specific_to(split) for alts in self.context.values())


def map_alternatives(phrases: list[Phrase], text_views: list[TextViews]) -> Ablation:
    """Which splits each alternative of each rule, guard and cancelling context pattern hits."""
    both = [(view.devoiced, view.joined) for view in text_views]
    devoiced = [(view.devoiced,) for view in text_views]
    voiced = [(view.joined,) for view in text_views]
    patterns = [map_pattern(rule.pattern, phrases, voiced if rule.voiced else devoiced) for rule in rules()]
    # ``unless`` guards (anywhere in the text); ``not_before`` guards, anchored to a match, stay as written
    guards = [{"unless": map_pattern(rule.unless, phrases, devoiced)} if rule.unless is not None else {}
              for rule in rules()]
    context = {name: map_pattern(getattr(safety.detect, name), phrases, both) for name in CANCELLING_CONTEXT}
    return Ablation(patterns, guards, context)


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


def ngram(rows: list[dict[str, int]], labels: list[bool], *, threshold: float, weight: float = 1.0) -> NgramModel:
    """An n-gram classifier fitted on the given rows."""
    intercept, weights = fit_weights(rows, labels, positive_weight=weight)
    return NgramModel(intercept=intercept, threshold=threshold, trained_on=[], weights=weights)


@dataclasses.dataclass
class Data:
    """The examined phrases with what every fold needs."""

    phrases: list[Phrase]
    views: list[TextViews]
    rows: list[dict[str, int]]
    variant_rows: list[list[dict[str, int]]]
    findings: dict[str, dict[int, safety.detect.Findings]]
    embedding: np.ndarray | None = None
    extra_negative_rows: list[dict[str, int]] = dataclasses.field(default_factory=list)  # FAQ questions (faqneg)
    heard_from: int | None = None  # phrases from this index on are what Whisper heard for earlier ones (--heard)
    training: frozenset[int] = frozenset()  # training-only phrases (--training): never a fold, trained on on request

    def is_heard(self, index: int) -> bool:
        """Whether the row is a transcript (not a typed phrase)."""
        return self.heard_from is not None and index >= self.heard_from

    def indices(self, split: str, *, heard: bool = False, training: bool = False) -> tuple[list[int], list[int]]:
        """Training rows (the other splits; their transcripts too when ``heard``, the training-only phrases too when
        ``training``) and test rows (the split's typed phrases)."""
        return ([i for i, p in enumerate(self.phrases) if p.split != split and (heard or not self.is_heard(i))
                 and (training or i not in self.training)],
                [i for i, p in enumerate(self.phrases) if p.split == split and not self.is_heard(i)])

    def heard_test(self, split: str) -> list[int]:
        """The transcripts of the held-out split's phrases."""
        return [i for i, p in enumerate(self.phrases) if p.split == split and self.is_heard(i)]


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
    model = ngram(train_rows, train_labels, threshold=NGRAM_THRESHOLD, weight=2.0 if recipe == "weighted" else 1.0)
    line_model = ngram(line_rows, line_labels, threshold=POLICE_THRESHOLD)
    return ({i: model.probability(data.views[i]) for i in test},
            {i: line_model.fires(data.views[i]) for i in test})


AdviceCache = dict[tuple[str, str], dict[int, SignalledAdvice | None]]
RECIPES = {"rules": (), "shipped": ("shipped",), "low": ("shipped",), "augmented": ("augmented",),
           "weighted": ("weighted",), "embedding": ("shipped", "embedding"), "stacked": ("shipped", "embedding"),
           "advice": ("shipped",), "faqneg": ("faqneg",), "heard": ("heard",),
           "advice+training": ("shipped+training",), "heard+training": ("heard+training",)}
ADVICE_CONFIGS = frozenset({"advice", "heard", "advice+training", "heard+training"})


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


def report(config: str, outcomes_by_split: dict[str, list[Outcome]]) -> None:
    """Mean over held-out splits, pooled, and pooled per style."""
    scores = {split: score(outcomes) for split, outcomes in outcomes_by_split.items()}
    mean = {name: statistics.fmean(getattr(s, name) for s in scores.values())
            for name in ("recall", "false_alarm_rate", "right_number_rate")}
    pooled = score(o for outcomes in outcomes_by_split.values() for o in outcomes)
    print(f"{config:<10} mean over {len(scores)} held-out splits: recall {mean['recall']:.3f}  false alarms "
          f"{mean['false_alarm_rate']:.3f}  right number {mean['right_number_rate']:.3f}   pooled: recall "
          f"{pooled.recall:.3f} ({pooled.caught}/{pooled.emergencies})  false alarms {pooled.false_alarm_rate:.3f} "
          f"({pooled.false_alarms}/{pooled.others})  right number {pooled.right_number_rate:.3f}")
    every = [o for outcomes in outcomes_by_split.values() for o in outcomes]
    cells = []
    for style in sorted({o.phrase.style for o in every}):
        s = score(o for o in every if o.phrase.style == style)
        cells.append(f"{style} {s.recall:.2f}/{s.false_alarm_rate:.2f}/{s.right_number_rate:.2f}")
    print("           per style (recall/false alarms/right number): " + ", ".join(cells), flush=True)
    quiet = [o for o in every if o.phrase.number == "none"]
    advised = sum(o.decision.kind in {"urgent_advice", "disaster"} for o in quiet)
    print(f"           'none' phrases given an advice or disaster message: {advised}/{len(quiet)}", flush=True)


def print_misses(config: str, outcomes_by_split: dict[str, list[Outcome]]) -> None:
    """Every held-out wrong decision of one configuration: split, style, label/number -> decided, events, text."""
    print(f"held-out wrong decisions ({config}):")
    for split, outcomes in outcomes_by_split.items():
        for outcome in outcomes:
            if not outcome.correct:
                phrase, decision = outcome.phrase, outcome.decision
                print(f"  {split:<9} {phrase.style:<8} {phrase.label}/{phrase.number} -> {decision.kind}/"
                      f"{predicted_number(decision)}/{decision.certainty} {','.join(decision.events)}  {phrase.text}")


def merge_block(phrases: list[Phrase], block: Sequence[str]) -> tuple[list[Phrase], str]:
    """The phrases with the splits of ``block`` merged into one split (``blind21a+blind21b``), and its name."""
    name = "+".join(block)
    return [dataclasses.replace(p, split=name) if p.split in block else p for p in phrases], name


def ablated_findings(phrases: list[Phrase], text_views: list[TextViews], ablation: Ablation,
                     splits: Sequence[str] = EXAMINED_SPLITS) -> dict[str, dict[int, safety.detect.Findings]]:
    """The findings of every held-out split (of ``splits``) with its split-specific alternatives left out."""
    findings: dict[str, dict[int, safety.detect.Findings]] = {}
    names = ("rules", *CANCELLING_CONTEXT)
    original = {name: getattr(safety.detect, name) for name in names}
    try:
        for split in splits:
            fold_rules = ablation.rules_without(split)
            setattr(safety.detect, "rules", lambda fold_rules=fold_rules: fold_rules)  # noqa: B010 (a module global)
            for name, pattern in ablation.context_without(split).items():
                setattr(safety.detect, name, pattern)
            findings[split] = {i: safety.detect.find(text_views[i]) for i, p in enumerate(phrases) if p.split == split}
    finally:
        for name, value in original.items():
            setattr(safety.detect, name, value)
    return findings



def add_training_and_heard(phrases: list[Phrase], text_views: list[TextViews], examined: list[Phrase], *,
                           training: Path | None, heard: Path | None) -> tuple[frozenset[int], int | None]:
    """Append to ``phrases``/``text_views`` the training-only phrases (in every fold's training, never a fold) and
    what Whisper heard for the ``examined`` ones; return the training rows and the first heard row (None if none)."""
    training_rows: frozenset[int] = frozenset()
    if training is not None:
        extra = load_training(training)
        training_rows = frozenset(range(len(phrases), len(phrases) + len(extra)))
        phrases += extra
        text_views += [views(p.text) for p in extra]
        print(f"{len(extra)} training-only phrases from {training}")
    heard_from: int | None = None
    if heard is not None:
        heard_from = len(phrases)
        phrases += with_heard(examined, load_heard(heard))
        text_views += [views(p.text) for p in phrases[heard_from:]]
        print(f"{len(phrases) - heard_from} transcripts from {heard}")
    return training_rows, heard_from

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
