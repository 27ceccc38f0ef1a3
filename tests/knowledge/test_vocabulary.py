"""The city's vocabulary file: format checks and rewrites (pure logic + the packaged file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import IngestError
from knowledge.vocabulary import DEFAULT_VOCABULARY_PATH, load_vocabulary, parse_vocabulary


def test_packaged_vocabulary_loads() -> None:
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "印鑑" in vocabulary.synonyms["判子"]
    assert vocabulary.rewrite("ゴミの日") == "ごみの収集日"
    assert vocabulary.rewrite("役場さ行ぐんだべか") == "役場に行くのでしょうか"


def test_rewrites_apply_in_order() -> None:
    vocabulary = parse_vocabulary({"rewrites": [["ab", "x"], ["x", "y"]]}, source="t")
    assert vocabulary.rewrite("abc") == "yc"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (["a"], "must be a mapping"),
        ({"synonym": {}}, "unknown section"),
        ({"synonyms": {"a": "b"}}, "must be a list"),
        ({"rewrites": [["(", "x"]]}, "invalid pattern"),
        ({"rewrites": [["a"]]}, "pair of strings"),
    ],
)
def test_bad_vocabulary_names_the_problem(data: object, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        parse_vocabulary(data, source="vocab.yaml")


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    path.write_text("synonyms: [unclosed", "utf-8")
    with pytest.raises(IngestError, match=r"v\.yaml"):
        load_vocabulary(path)
    with pytest.raises(IngestError, match="cannot read"):
        load_vocabulary(tmp_path / "missing.yaml")
