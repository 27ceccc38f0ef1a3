"""Rule patterns spelled for hyperscan with re's meaning, or left to re."""

from __future__ import annotations

import re
import sys

import pytest

from safety.prefilter_syntax import PYTHON_SPACE, hyperscan_source


def test_python_space_is_what_re_calls_space() -> None:
    as_python = re.sub(r"\\x\{([0-9a-f]+)\}", lambda m: f"\\U{int(m[1], 16):08x}", PYTHON_SPACE)
    spelled = re.compile(f"[{as_python}]")
    assert all(bool(spelled.match(chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))


@pytest.mark.parametrize(("pattern", "source"), [
    ("かじ|火事", "かじ|火事"),
    (r"(?:(?<![^\sら])ち|血)(?=が)\n", r"(?:(?<![^" + PYTHON_SPACE + r"ら])ち|血)(?=が)\n"),
    (r"a\s+b", "a[" + PYTHON_SPACE + "]+b"),
    (r"[]a]\.\?", r"[]a]\.\?"),
])
def test_a_pattern_is_spelled_for_hyperscan_with_the_same_meaning(pattern: str, source: str) -> None:
    assert hyperscan_source(pattern) == source


@pytest.mark.parametrize("pattern", [r"\w+", r"\bかじ", "a{,3}", "(?i)fire", "[[:alpha:]]", r"(?P<x>a)", r"\d", "a\\"])
def test_a_construct_hyperscan_reads_otherwise_is_left_to_re(pattern: str) -> None:
    assert hyperscan_source(pattern) is None
