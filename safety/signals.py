"""The second signals about a message besides the rules' findings (:class:`Signals`): Rasa's intent and its
confidence, the emergency classifier's reading and the bar at which it fires alone, the police line, the advice
classifiers' sure reading. Pure data; :mod:`safety.decide` weighs them."""

from __future__ import annotations

from dataclasses import dataclass

from safety.models import SignalledAdvice

EMERGENCY_INTENT = "emergency"
HELP_INTENT = "checkin_help"
INTENT_MIN_CONFIDENCE = 0.6
# Rasa's intent is over-confident on danger-like words in everyday sentences (家事をしています, 火の元を確認して,
# 倒立の練習: emergency at 0.98-1.00), so it counts only when the n-gram classifier also leans that way.
INTENT_NGRAM_FLOOR = 0.2  # n-gram probability (its own firing threshold is in the weights file, 0.8)


@dataclass(frozen=True)
class Signals:
    """What else is known about the message besides the rules' findings (all optional)."""

    intent: str | None = None  # Rasa's top intent (None in degraded mode)
    intent_confidence: float | None = None
    ngram: float = 0.0  # the n-gram classifier's probability that the message reports an emergency
    ngram_threshold: float = 1.0  # ... and the probability at which it fires alone (1.0: never below certainty)
    ngram_consulted: bool = False  # the n-gram classifier was asked (a predicate, no family call): its 0.0 means low
    police_line: bool = False  # the line classifier reads the message as a police matter (110, not 119)
    advice: SignalledAdvice | None = None  # the advice classifiers' sure reading (safety.ngram.AdviceModels)
    advice_probability: float = 0.0  # ... and its probability (0.0 without a sure reading)

    @property
    def corroborated_intent(self) -> str | None:
        """Rasa's emergency or help intent when it is confident and the n-gram classifier leans that way."""
        confident = self.intent_confidence is not None and self.intent_confidence >= INTENT_MIN_CONFIDENCE
        if confident and self.intent in {EMERGENCY_INTENT, HELP_INTENT} and self.ngram >= INTENT_NGRAM_FLOOR:
            return self.intent
        return None

    @property
    def ngram_fires(self) -> bool:
        """The n-gram classifier alone reads the message as an emergency."""
        return self.ngram >= self.ngram_threshold
