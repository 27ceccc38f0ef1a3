"""Follow-up questions combined with the last topic."""

from __future__ import annotations

from bot.actions.followup import MAX_QUERY_CHARS, compose_follow_up_query, strip_reference


def test_strip_reference_words() -> None:
    assert strip_reference("それはどこでできますか") == "どこでできますか"
    assert strip_reference("それって、いくらかかるの?") == "いくらかかるの?"
    assert strip_reference("じゃあ、それは何時まで?") == "何時まで?"
    assert strip_reference("必要なものは?") == "必要なものは?"
    assert strip_reference("それぞれの料金は?") == "それぞれの料金は?"
    assert strip_reference("それ") == ""


def test_compose_with_last_query() -> None:
    assert compose_follow_up_query("住民票 の取り方", "必要なものは?") == "住民票 の取り方 必要なものは?"
    assert compose_follow_up_query("住民票の取り方", "それはどこでできますか") == "住民票の取り方 どこでできますか"


def test_no_topic_gives_none() -> None:
    assert compose_follow_up_query(None, "必要なものは?") is None
    assert compose_follow_up_query("  ", "必要なものは?") is None


def test_reference_only_follow_up_repeats_the_topic() -> None:
    assert compose_follow_up_query("粗大ごみの出し方", "それは?") == "粗大ごみの出し方"


def test_full_width_input_is_normalized() -> None:
    assert compose_follow_up_query("ごみ", "それは？　何曜日？") == "ごみ 何曜日?"


def test_query_never_exceeds_the_search_limit() -> None:
    query = compose_follow_up_query("あ" * 600, "必要なものは?")
    assert query is not None
    assert len(query) <= MAX_QUERY_CHARS
    assert query.endswith("必要なものは?")
    long_follow_up = compose_follow_up_query("ごみ", "い" * 700)
    assert long_follow_up is not None and len(long_follow_up) == MAX_QUERY_CHARS
