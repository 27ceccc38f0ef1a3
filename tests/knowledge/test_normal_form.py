"""The query's text form, and regular expressions brought to it without changing their syntax."""

from __future__ import annotations

import re

import pytest

from knowledge.normal_form import normal_form, normalize, normalize_pattern, unreachable_pieces


def test_normalize_folds_width_case_and_space() -> None:
    assert normalize("  ＩＣカード\u3000の\t暗証番号１２３４？ ") == "icカード の 暗証番号1234?"
    assert normal_form(" A\t\tB ") == " a b "  # inside a text: collapsed, not stripped
    assert normalize("ＡＢＣ　１２３  住民票") == "abc 123 住民票"


@pytest.mark.parametrize(
    ("pattern", "normalized"),
    [
        ("顔写真の(身分証(?!明)|ICカード)", "顔写真の(身分証(?!明)|icカード)"),
        (r"(\S)さ(行|来)", r"(\S)さ(行|来)"),  # an escape's letter is syntax: \S is not \s
        ("[^、。?？]{0,6}?", "[^、。??]{0,6}?"),  # a class member
        ("（ＩＣ）？", r"\(ic\)\?"),  # full-width signs become escaped literals, not a group and a quantifier
        ("ｶﾞｽ", "ガス"),  # a run is normalized together: the voiced mark joins its letter
        ("㍻?", "(?:平成)?"),  # the quantifier keeps applying to the whole form
        (r"(?P<Name>ABC)\1", r"(?P<Name>abc)\1"),  # a group's name is not text
        (r"(?i)Foo(?#Note)(?<=C)d", r"(?i)foo(?#Note)(?<=c)d"),
        ("a  b", "a b"),
        (r"\.Ｘ+", r"\.x+"),
    ],
)
def test_patterns_take_the_query_form(pattern: str, normalized: str) -> None:
    assert normalize_pattern(pattern) == normalized
    assert normalize_pattern(normalized) == normalized
    re.compile(normalized)


def test_a_normalized_pattern_matches_the_normalized_text() -> None:
    for pattern, text in [("ICカード", "ＩＣカードをなくした"), ("（ＩＣ）？", "(ic)?"), ("ｶﾞｽ代", "ガス代")]:
        assert re.search(normalize_pattern(pattern), normalize(text)), pattern
        assert not re.search(pattern, normalize(text))  # as written, the line was dead


def test_what_the_loader_cannot_normalize_is_named() -> None:
    assert unreachable_pieces(r"\uFF21\t[Ａ-Ｚ][\uFF41][a-z\d]x\S") == [r"\uFF21", r"\t", "Ａ-Ｚ", r"\uFF41"]
    assert unreachable_pieces(normalize_pattern("[ＡＢ？]ICカード\\？")) == []
