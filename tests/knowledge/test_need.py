"""Extracting the need from a long telling (pure logic)."""

from __future__ import annotations

from knowledge.need import LONG_QUERY_CHARS, extract_need


def test_short_queries_are_searched_as_they_are() -> None:
    assert extract_need("住民票はどこで取れますか") is None
    assert extract_need("あ" * (LONG_QUERY_CHARS - 1)) is None


def test_the_question_sentence_and_its_last_clauses_are_kept() -> None:
    story = ("わたしはもう八十を過ぎておりまして、主人も亡くなって一人で暮らしているのですが、"
             "夜中に急に倒れたらどうしようと心配で、何かボタンを押したら来てくれるようなものはないでしょうか")
    need = extract_need(story)
    assert need is not None
    assert need.endswith("ないでしょうか")
    assert "八十" not in need and "ボタン" in need


def test_procedure_words_from_the_rest_are_added() -> None:
    story = ("先日、夫が亡くなりまして、年金の手続きは済ませたのですが、お葬式を出したあとで"
             "国保から何かお金が出ると聞きました。本当でしょうか。")
    need = extract_need(story)
    assert need is not None and "本当でしょうか" in need
    assert "手続き" in need and "年金" in need


def test_a_short_asking_sentence_carries_the_sentence_before_it() -> None:
    story = ("先日、夫が亡くなりまして、年金の手続きは済ませたのですが、お葬式を出したあとで"
             "国保から何かお金が出ると聞きました。本当でしょうか。")
    need = extract_need(story)
    assert need is not None
    assert "国保から何かお金が出ると聞きました" in need  # what 「本当でしょうか」 asks about
    assert "先日" not in need
