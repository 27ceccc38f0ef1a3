"""Scoring the safety layer on a labelled phrase set (used by the tests and bench/bench_safety.py)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from safety.models import SafetyDecision

EVAL_DIR = Path(__file__).parent / "eval"
PHRASES_FILE = EVAL_DIR / "phrases.tsv"
CHECKIN_FILE = EVAL_DIR / "checkin.tsv"
# Training-only phrases written by training writers (round 19): added to the classifiers' training, never a test fold.
TRAINING_FILE = EVAL_DIR / "training.tsv"
DEFAULT_AT = "14:00"
# Splits nobody looked into while writing the rules (scored, never examined): the estimate for unseen phrases.
# `blind`, `blind3`, `blind5` and `blind7` were unexamined until the session of 2026-11-30 (second session), which
# examined them; `blind9` (written blind by the coordinator's writer, who never saw the rules) was added late in
# that session, scored once (its first score is in docs/safety.md) and then examined; `blind11` the same in the
# third session of 2026-11-30; `blind12`, (fourth session) `blind13a`/`blind13b` and (fifth session, 2026-12-01)
# `blind14a`/`blind14b` the same, and (sixth session) `blind15a`/`blind15b` (one phrase, a duplicate of `blind9`, left
# out). `blind29a`/`blind29b` waited here from the nineteenth session (scored twice, docs/benchmarks.md) until the
# twentieth merged them; `blind30a`/`blind30b` waited here from the twentieth session until the twenty-first merged
# them; `blind31a`/`blind31b` waited here from the twenty-first session until the twenty-second (2026-12-03)
# merged them; `blind32a`/`blind32b` waited here from the twenty-second session until the twenty-third merged them;
# `blind33a`/`blind33b` waited here from the twenty-third session until the twenty-fourth merged them;
# `blind34a`/`blind34b` waited here from the twenty-fourth session until the twenty-fifth (2026-12-04) merged them;
# `blind35a`/`blind35b` waited here from the twenty-fifth session until the twenty-sixth merged them;
# `blind36a`/`blind36b` waited here from the twenty-sixth session until the twenty-seventh merged them;
# `blind37a`/`blind37b` waited here from the twenty-seventh session until the twenty-eighth merged them;
# `blind38a`/`blind38b` waited here from the twenty-eighth session until the twenty-ninth merged them;
# `blind39a`/`blind39b` waited here from the twenty-ninth session until the thirtieth merged them;
# `blind40a`/`blind40b` waited here from the thirtieth session until the thirty-first merged them;
# `blind41a`/`blind41b` waited here from the thirty-first session until the thirty-second merged them;
# `blind42a`/`blind42b` waited here from the thirty-second session until the thirty-third merged them;
# `blind43a`/`blind43b` waited here from the thirty-third session until the thirty-fourth merged them;
# `kinds41` (round 41's kinds told anew by a writer who saw only the situations) waited here within the thirty-fourth
# session until its start and final scores were recorded, then was examined; `blind44a`/`blind44b` and `kinds42`
# (round 42's kinds) waited here from the thirty-fourth session until the thirty-fifth merged them;
# `blind45a`/`blind45b` waited here from the thirty-fifth session until the thirty-sixth merged them;
# `blind46a`/`blind46b` waited here from the thirty-sixth session until the thirty-seventh merged them;
# `blind47a`/`blind47b` waited here from the thirty-seventh session until the thirty-eighth merged them;
# `blind48a`/`blind48b` waited here from the thirty-eighth session until the thirty-ninth merged them;
# `blind49a`/`blind49b` waited here from the thirty-ninth session until the fortieth merged them;
# `blind50a`/`blind50b` waited here from the fortieth session until the forty-first merged them;
# `blind51a`/`blind51b` waited here from the forty-first session until the forty-second merged them;
# `blind52a`/`blind52b` waited here from the forty-second session until the forty-third merged them;
# `blind53a`/`blind53b` waited here from the forty-third session until the forty-fourth merged them,
# `blind54a`/`blind54b` from the forty-fourth until the forty-fifth merged them, `blind55a`/`blind55b` from the
# forty-fifth until the forty-sixth merged them, `blind56a`/`blind56b` from the forty-sixth until the
# forty-seventh merged them, `blind57a`/`blind57b` from the forty-seventh until the forty-eighth merged them,
# `blind58a`/`blind58b` from the forty-eighth until the forty-ninth merged them, and `blind59a`/`blind59b` from
# the forty-ninth until the fiftieth merged them; since the fiftieth session `blind60a`/`blind60b` wait here the same
# way.
# A new blind split goes here until its first score is recorded.
UNEXAMINED_SPLITS: frozenset[str] = frozenset({"blind60a", "blind60b"})
# Splits examined while writing the rules and training the n-gram classifier, in the order they were written.
EXAMINED_SPLITS: tuple[str, ...] = (
    "dev", "heldout1", "heldout2", "heldout3", "blind", "blind2", "dev2", "blind3", "dev3", "dev4", "blind5", "dev5",
    "dev6", "blind7", "dev7", "dev8", "dev9", "dev9a", "dev9b", "dev9c", "dev9d", "dev10", "dev11", "dev12", "dev13",
    "dev14", "blind9", "blind11", "blind12", "blind13a", "blind13b", "blind14a", "blind14b",
    "blind15a", "blind15b", "blind16a", "blind16b", "blind17a", "blind17b",
    "blind18a", "blind18b",
    "blind19a", "blind19b",
    "blind20a", "blind20b",
    "blind21a", "blind21b",
    "blind22a", "blind22b",
    "blind23a", "blind23b",
    "blind24a", "blind24b",
    "blind25a", "blind25b",
    "blind26a", "blind26b",
    "blind27a", "blind27b",
    "blind28a", "blind28b",
    "blind29a", "blind29b",
    "blind30a", "blind30b",
    "blind31a", "blind31b",
    "blind32a", "blind32b",
    "blind33a", "blind33b",
    "blind34a", "blind34b",
    "blind35a", "blind35b",
    "blind36a", "blind36b",
    "blind37a", "blind37b",
    "blind38a", "blind38b",
    "blind39a", "blind39b",
    "blind40a", "blind40b",
    "blind41a", "blind41b",
    "blind42a", "blind42b",
    "blind43a", "blind43b",
    "kinds41",
    "blind44a", "blind44b",
    "kinds42",
    "wide45", "wide45b", "wide45c",
    "blind45a", "blind45b",
    "wide46", "wide46b", "wide46c",
    "blind46a", "blind46b",
    "wide47", "wide47b",
    "blind47a", "blind47b",
    "wide48", "wide48b",
    "blind48a", "blind48b",
    "wide49", "wide49b", "blind49a", "blind49b",
    "wide50", "wide50b", "blind50a", "blind50b",
    "wide51", "wide51b", "blind51a", "blind51b",
    "wide52", "wide52b", "blind52a", "blind52b",
    "wide53", "wide53b", "blind53a", "blind53b",
    "wide54", "wide54b", "blind54a", "blind54b",
    "wide55", "wide55b", "blind55a", "blind55b",
    "wide56", "wide56b", "blind56a", "blind56b",
    "wide57", "wide57b", "blind57a", "blind57b",
    "wide58", "wide58b", "blind58a", "blind58b",
    "wide59", "wide59b", "blind59a", "blind59b",
    "wide60", "wide60b",
)
EVAL_DAY = (2026, 7, 15)
TZ = ZoneInfo("Asia/Tokyo")


@dataclass(frozen=True)
class Phrase:
    """One labelled phrase."""

    text: str
    label: str
    number: str
    style: str
    at: str
    split: str

    @property
    def moment(self) -> datetime:
        """When the phrase is sent (local time of the evaluation day)."""
        hour, minute = (int(part) for part in (self.at or DEFAULT_AT).split(":"))
        return datetime(*EVAL_DAY, hour, minute, tzinfo=TZ)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def load_phrases(path: Path = PHRASES_FILE) -> list[Phrase]:
    """The labelled set."""
    return [Phrase(text=row["text"], label=row["label"], number=row["number"], style=row["style"],
                   at=row["at"] or "", split=row["split"]) for row in _rows(path)]


def load_training(path: Path = TRAINING_FILE) -> list[Phrase]:
    """Training-only phrases (:data:`TRAINING_FILE`): their splits must be neither examined nor unexamined (a test
    split can never be trained on this way), and a text already in the phrase set is left out (it would leak into the
    fold that holds it out)."""
    phrases = load_phrases(path)
    clash = sorted({p.split for p in phrases} & (set(EXAMINED_SPLITS) | UNEXAMINED_SPLITS))
    if clash:
        raise ValueError(f"{path}: training phrases may not use the phrase set's splits {clash}")
    known = {p.text for p in load_phrases()}
    return [p for p in phrases if p.text not in known]


def load_checkin_answers(path: Path = CHECKIN_FILE) -> list[tuple[str, str, str]]:
    """(text, floor, style) of the check-in set."""
    return [(row["text"], row["floor"], row["style"]) for row in _rows(path)]


def predicted_number(decision: SafetyDecision) -> str:
    """The number a decision sends people to, in the set's vocabulary."""
    if decision.kind == "disaster":
        return "disaster"
    return decision.number or "none"


@dataclass(frozen=True)
class Score:
    """Recall on emergencies, false alarms on everything else, and the right number."""

    emergencies: int
    caught: int
    others: int
    false_alarms: int
    numbered: int
    right_number: int

    @property
    def recall(self) -> float:
        """Emergencies given 119/110 first (sure or unsure)."""
        return self.caught / self.emergencies if self.emergencies else 1.0

    @property
    def false_alarm_rate(self) -> float:
        """Non-emergency phrases given an emergency message (sure or unsure)."""
        return self.false_alarms / self.others if self.others else 0.0

    @property
    def right_number_rate(self) -> float:
        """Phrases with a number (119/110/#7119/#8000/#9110/188/disaster) sent to that number."""
        return self.right_number / self.numbered if self.numbered else 1.0


@dataclass(frozen=True)
class Outcome:
    """One phrase and what the layer decided."""

    phrase: Phrase
    decision: SafetyDecision

    @property
    def correct(self) -> bool:
        """Right alarm and right number."""
        alarm = self.decision.is_emergency
        return alarm == (self.phrase.label == "emergency") and predicted_number(self.decision) == self.phrase.number


def run(phrases: Iterable[Phrase], assess_one: Callable[[Phrase], SafetyDecision]) -> list[Outcome]:
    """Decide every phrase."""
    return [Outcome(phrase, assess_one(phrase)) for phrase in phrases]


def score(outcomes: Iterable[Outcome]) -> Score:
    """Aggregate a list of outcomes."""
    emergencies = caught = others = false_alarms = numbered = right = 0
    for outcome in outcomes:
        alarm = outcome.decision.is_emergency
        if outcome.phrase.label == "emergency":
            emergencies += 1
            caught += alarm
        else:
            others += 1
            false_alarms += alarm
        if outcome.phrase.number != "none":
            numbered += 1
            right += predicted_number(outcome.decision) == outcome.phrase.number
    return Score(emergencies, caught, others, false_alarms, numbered, right)
