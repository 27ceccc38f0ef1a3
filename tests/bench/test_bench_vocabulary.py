"""bench_vocabulary: the before queries can be prepared without the fifteenth session's 「何冊まで」 amount."""

from __future__ import annotations

from bench.bench_vocabulary import without_count
from knowledge.features import asked_values


def test_without_count_takes_only_the_count_out_of_the_amounts_asked() -> None:
    assert asked_values("図書館で本は何冊まで借りられますか") == ("amount",)
    with without_count():
        assert asked_values("図書館で本は何冊まで借りられますか") == ()
        assert asked_values("粗大ごみの手数料はいくらですか") == ("amount",)
    assert asked_values("図書館で本は何冊まで借りられますか") == ("amount",)
