"""A second signal: a tiny character n-gram classifier (emergency or not) trained on the labelled phrase set.

Logistic regression over the character 1-3-grams of the devoiced text views (since round 31 with each negation read
as one mark, :data:`NEGATION`: a file says so with ``negation_marked``); only the weights are shipped
(``safety/data/ngram.json``, written by ``python -m safety.train_ngram``) and scored here in plain Python (tens
of microseconds), loaded on first use or in :func:`safety.assess.warm_up`. It only adds an *unsure* emergency
(the emergency line first, then the answer) when no rule placed the message and nothing marks it as a topic.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from safety.models import SignalledAdvice
from safety.normalize import TextViews
from safety.weights import LogisticWeights, read_model

NGRAM_FILE = Path(__file__).parent / "data" / "ngram.json"
# The line classifier: among emergencies, police (110) rather than fire/ambulance (119); trained on the emergency
# phrases of the same splits and used only to pick the number when the emergency classifier alone fired.
POLICE_NGRAM_FILE = Path(__file__).parent / "data" / "ngram_police.json"
# The advice classifiers: one against the rest per advice line, trained on every phrase of the same splits; the
# line with the highest probability counts when it reaches the file's threshold.
ADVICE_NGRAM_FILE = Path(__file__).parent / "data" / "ngram_advice.json"
NGRAM_SIZES = (1, 2, 3)
GRAMS_CACHE_TEXTS = 64
# A negation (ない, ません, ありません) read as one mark before the n-grams are taken (round 31, helper R32): on the
# reading line 熱はない is ねつはない, whose はな is 鼻's (はなぢ), so a denied symptom read like a nosebleed; with the
# mark it reads ねつは¬. Plain and polite negations then share their n-grams (起きない, 起きません -> 起き¬).
NEGATION = re.compile(r"ありません|ません|ない")
NEGATION_MARK = "¬"


class NgramModel(LogisticWeights):
    """Weights of the classifier as shipped: n-gram -> weight, the intercept and the firing threshold;
    ``negation_marked``: the weights were trained on :func:`classifier_grams` (files before round 31: plain grams)."""

    negation_marked: bool = False

    def probability(self, views: TextViews) -> float:
        """Probability that the message reports an emergency."""
        return self.probability_of(classifier_grams(views.devoiced, negation_marked=self.negation_marked))

    def fires(self, views: TextViews) -> bool:
        """True when the probability reaches the shipped threshold."""
        return self.probability(views) >= self.threshold


class AdviceModels(BaseModel):
    """The advice classifiers as shipped: one n-gram model per advice line and the bar for a sure reading."""

    model_config = ConfigDict(frozen=True)

    threshold: float
    trained_on: list[str]
    lines: dict[SignalledAdvice, NgramModel]

    def reading(self, views: TextViews) -> SignalledAdvice | None:
        """The advice line whose probability is highest, when it reaches :attr:`threshold`."""
        return self.sure_reading(views)[1]

    def sure_reading(self, views: TextViews) -> tuple[float, SignalledAdvice | None]:
        """The highest probability and its advice line when it reaches :attr:`threshold`, else (0.0, None)."""
        best: tuple[float, SignalledAdvice | None] = (self.threshold, None)
        for line, model in self.lines.items():
            probability = model.probability(views)
            if probability >= best[0]:
                best = (probability, line)
        return best if best[1] is not None else (0.0, None)


@lru_cache(maxsize=GRAMS_CACHE_TEXTS)
def grams(text: str) -> frozenset[str]:
    """Character n-grams of every line (lines are the text views; n-grams never cross them); remembered for the
    last texts, since every classifier of a message reads the same ones."""
    found: set[str] = set()
    for line in text.split("\n"):
        for size in NGRAM_SIZES:
            found.update(line[start:start + size] for start in range(len(line) - size + 1))
    return frozenset(found)


def marked(text: str) -> str:
    """The text with each negation (:data:`NEGATION`) written as :data:`NEGATION_MARK`."""
    return NEGATION.sub(NEGATION_MARK, text)


def classifier_grams(text: str, *, negation_marked: bool) -> frozenset[str]:
    """The n-grams a classifier reads: of the text with its negations marked, or of the text as it is."""
    return grams(marked(text)) if negation_marked else grams(text)


@cache
def ngram_model(path: Path = NGRAM_FILE) -> NgramModel:
    """The shipped classifier (read once; ``path`` picks another weights file)."""
    return read_model(NgramModel, path, what="n-gram model")


@cache
def advice_models(path: Path = ADVICE_NGRAM_FILE) -> AdviceModels:
    """The shipped advice classifiers (read once; ``path`` picks another weights file)."""
    return read_model(AdviceModels, path, what="advice model")


def police_line_model() -> NgramModel:
    """The shipped line classifier: fires when an emergency reads like a police matter (110), not 119."""
    return ngram_model(POLICE_NGRAM_FILE)
