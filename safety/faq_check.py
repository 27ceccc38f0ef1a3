"""An out-of-set check of false alarms: the question wordings of the city FAQ corpus (used by the tests and
``bench/bench_safety.py --faq-questions``).

Every FAQ entry (``knowledge/corpus/<category>/<id>.md``) opens with YAML front matter holding ``question`` and a
``questions`` list of other wordings of it: ordinary citizens' questions (procedures, taxes, rubbish, schools), none
of them reporting an emergency, so any emergency message on them is a false alarm a citizen would see. The files
are read here directly (safety sits below knowledge in the layers and must not import it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

from safety.assess import assess
from safety.evaluate import EVAL_DAY, TZ
from safety.models import SafetyDecision

FRONT_MATTER_MARK = "---"
CHECK_HOUR = 14  # the questions are asked at 14:00 on the evaluation day (daytime: no #8000 hours)


@dataclass(frozen=True)
class FaqQuestion:
    """One wording of an FAQ question and the file it comes from."""

    text: str
    entry: str  # the file's stem, e.g. gomi-001


def _front_matter(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith(FRONT_MATTER_MARK):
        return {}
    head, _, _ = text[len(FRONT_MATTER_MARK):].partition(f"\n{FRONT_MATTER_MARK}")
    loaded = yaml.safe_load(head)
    return loaded if isinstance(loaded, dict) else {}


def load_faq_questions(corpus: Path) -> list[FaqQuestion]:
    """Every ``question`` and ``questions`` wording of the Markdown files under ``corpus`` (sorted by file)."""
    found: list[FaqQuestion] = []
    for path in sorted(corpus.rglob("*.md")):
        meta = _front_matter(path)
        wordings = [meta.get("question"), *(meta.get("questions") or [])]  # type: ignore[misc]
        found.extend(FaqQuestion(text=w.strip(), entry=path.stem) for w in wordings if isinstance(w, str) and w.strip())
    return found


@dataclass(frozen=True)
class FaqAlarm:
    """A corpus question that got an emergency message."""

    question: FaqQuestion
    decision: SafetyDecision


def faq_alarms(questions: list[FaqQuestion]) -> list[FaqAlarm]:
    """The questions given an emergency message (sure or unsure) in the chat without Rasa, at 14:00."""
    moment = datetime(*EVAL_DAY, CHECK_HOUR, 0, tzinfo=TZ)
    alarms = []
    for question in questions:
        decision = assess(question.text, now=moment, channel="chat")
        if decision.is_emergency:
            alarms.append(FaqAlarm(question, decision))
    return alarms
