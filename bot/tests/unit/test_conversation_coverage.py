"""Every rule and story of bot/data/ is exercised by a conversation test (bot/tests/test_*.yml).

A rule or story counts as covered when its sequence of intents, actions and active-loop changes appears,
contiguously, in one test story (slot events are ignored). Every validated form slot must also have a test
where an invalid answer is rejected and the slot is asked again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

BOT = Path(__file__).resolve().parents[2]
Token = tuple[str, str]


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def tokens(steps: list[dict[str, Any]]) -> list[Token]:
    """The intents, actions and active-loop changes of a rule or story, in order."""
    found: list[Token] = []
    for step in steps:
        for kind in ("intent", "action"):
            if kind in step:
                found.append((kind, str(step[kind])))
        if "active_loop" in step:
            found.append(("active_loop", str(step["active_loop"])))
    return found


def contains(haystack: list[Token], needle: list[Token]) -> bool:
    """True when ``needle`` occurs contiguously in ``haystack``."""
    size = len(needle)
    return any(haystack[start:start + size] == needle for start in range(len(haystack) - size + 1))


def training_paths() -> list[tuple[str, list[Token]]]:
    """(file: name, tokens) of every rule and story in data/."""
    paths = []
    for path in sorted((BOT / "data" / "rules").glob("*.yml")):
        paths += [(f"rules/{path.name}: {r['rule']}", tokens(r["steps"])) for r in _load(path).get("rules", [])]
    for path in sorted((BOT / "data" / "stories").glob("*.yml")):
        paths += [(f"stories/{path.name}: {s['story']}", tokens(s["steps"])) for s in _load(path).get("stories", [])]
    return paths


def conversation_tests() -> dict[str, list[dict[str, Any]]]:
    """Steps of every conversation test story, by 'file: name'."""
    return {
        f"{path.name}: {story['story']}": story["steps"]
        for path in sorted((BOT / "tests").glob("test_*.yml"))
        for story in _load(path).get("stories", [])
    }


TESTS = conversation_tests()
PATHS = training_paths()


def test_the_data_and_the_tests_were_found() -> None:
    assert len(PATHS) >= 20 and len(TESTS) >= 20


@pytest.mark.parametrize(("name", "needle"), PATHS, ids=[name for name, _ in PATHS])
def test_every_rule_and_story_has_a_conversation_test(name: str, needle: list[Token]) -> None:
    assert needle, f"{name} has no steps"
    covering = [test for test, steps in TESTS.items() if contains(tokens(steps), needle)]
    assert covering, f"no conversation test in bot/tests/ follows {name}: {needle}"


def _validated_slots() -> list[str]:
    domain = _load(BOT / "domain.yml")
    return [slot for form in domain["forms"].values() for slot in form["required_slots"]]


@pytest.mark.parametrize("slot", _validated_slots())
def test_every_form_slot_has_an_invalid_answer_test(slot: str) -> None:
    rejected = {slot: None, "requested_slot": slot}
    covering = [
        test for test, steps in TESTS.items()
        if any(step.get("slot_was_set") and _merge(step["slot_was_set"]) == rejected for step in steps)
    ]
    assert covering, f"no conversation test rejects an invalid {slot} and asks again"


def _merge(events: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for event in events:
        merged.update(event)
    return merged


def test_contains() -> None:
    story = [("intent", "a"), ("action", "b"), ("intent", "c")]
    assert contains(story, [("action", "b"), ("intent", "c")])
    assert not contains(story, [("intent", "a"), ("intent", "c")])
    assert not contains([], [("intent", "a")])
