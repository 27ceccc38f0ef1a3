"""Search on the project's corpus with the real model, real FAISS index and real tokenizer."""

from __future__ import annotations

import pytest

from core.settings import RuntimeSettings
from knowledge.errors import QueryError
from knowledge.kana import MIN_READING_CHARS, WRITTEN, KanaRestorer
from knowledge.ranker import ALTERNATIVES_MODEL_PATH, load_ranking_model
from knowledge.search import Searcher, validate_query

# (question a citizen might ask, the entry that answers it)
EXPECTED = [
    ("住民票はどこで取れますか", "koseki-001"),
    ("亡くなった父の住民票が相続で必要です", "koseki-002"),
    ("粗大ごみを出したいのですが、どうすればいいですか", "gomi-008"),
    ("テレビや冷蔵庫を捨てたい", "gomi-009"),
    ("マイナンバーカードの暗証番号を忘れてしまいました", None),
    ("避難所はどこにありますか", None),
    ("赤ちゃんが生まれたら何日以内に届け出ますか", None),
]


def entry_for(searcher: Searcher, query: str) -> str:
    result = searcher.search(query)
    assert result.answers, "no answers at all"
    return result.answers[0].entry.id


@pytest.mark.parametrize(("query", "expected_id"), [(q, e) for q, e in EXPECTED if e])
def test_finds_the_right_entry(searcher: Searcher, query: str, expected_id: str) -> None:
    assert entry_for(searcher, query) == expected_id


@pytest.mark.parametrize(
    ("query", "keyword", "surely_answered"),
    [
        ("マイナンバーカードの暗証番号を忘れてしまいました", "暗証番号", True),
        ("避難所はどこにありますか", "避難所", True),
        # The gate threshold holds answered precision 0.92 and NONE recall 0.85 on every labelled set, so it
        # hands over about one right answer in five (coverage 0.81 out of fold): this one sits at the edge
        # (confidence 0.817, threshold 0.82 since the fifth session's refit).
        ("赤ちゃんが生まれたら何日以内に届け出ますか", "出生", False),
        # All-kana questions are where the ranking errs most (blind set: P@1 0.72): the gate may hand over.
        ("じゅうみんひょう とりたい", "住民票", False),
    ],
)
def test_top_answer_is_about_the_topic(searcher: Searcher, query: str, keyword: str, surely_answered: bool) -> None:
    result = searcher.search(query)
    top = result.answers[0].entry
    assert keyword in top.question + top.answer
    assert result.out_of_scope < searcher.model.scope_threshold  # a question the corpus answers
    assert result.confidence > 0.5  # the gate rates the first answer likely right
    if surely_answered:
        assert not result.abstained


@pytest.mark.parametrize(
    "query",
    ["明日の東京の天気を教えてください", "おすすめのラーメン屋さんはどこ?", "宇宙飛行士になるにはどうすればいいですか"],
)
def test_abstains_out_of_scope(searcher: Searcher, query: str) -> None:
    result = searcher.search(query)
    assert result.abstained
    assert result.contact_phone == "0229-23-5091"


def test_results_carry_source_and_contact(searcher: Searcher) -> None:
    result = searcher.search("燃やせるごみの日はいつですか", k=3)
    assert len(result.answers) == 3
    for answer in result.answers:
        assert answer.entry.source_url.startswith("https://www.city.osaki.miyagi.jp/")
        assert answer.entry.phone and answer.entry.department
        assert 0.0 <= answer.confidence <= 1.0
    confidences = [a.confidence for a in result.answers]
    assert confidences == sorted(confidences, reverse=True)  # the order follows the calibrated confidence


def test_rubbish_day_is_answered_with_the_collection_days(searcher: Searcher) -> None:
    result = searcher.search("ゴミの日を教えて", k=3)
    assert result.answers[0].entry.id == "gomi-001"
    assert result.answers[0].confidence > result.answers[1].confidence
    assert not result.abstained


def test_long_story_finds_the_need(searcher: Searcher) -> None:
    story = ("わたしはもう八十を過ぎておりまして、主人も亡くなって一人で暮らしているのですが、夜中に急に倒れたら"
             "どうしようと心配で、何かボタンを押したら来てくれるようなものはないでしょうか")
    result = searcher.search(story, k=3)
    assert "fukushi-008" in [a.entry.id for a in result.answers]


def test_a_kana_question_is_also_searched_with_the_corpus_words_restored(searcher: Searcher) -> None:
    assert searcher.kana.restore("じゅうみんひょう とりたい") == "住民票 とりたい"
    plain = searcher.prepare("じゅうみんひょう とりたい")
    blind = Searcher(searcher.index, embedder=searcher.embedder, analyzer=searcher.analyzer,
                     settings=searcher.settings, model=searcher.model)
    blind.kana = KanaRestorer({}, 0)  # the same search without the restored variant
    unrestored = blind.prepare("じゅうみんひょう とりたい")
    first = {c.doc: c for c in plain.candidates}
    koseki = next(n for n, e in enumerate(searcher.index.entries) if e.id == "koseki-001")
    assert first[koseki].dense > {c.doc: c.dense for c in unrestored.candidates}.get(koseki, 0.0)
    assert "住民票" in searcher.search("じゅうみんひょう とりたい").answers[0].entry.question


def test_a_kana_question_gets_the_citys_vocabulary_words_back_too(searcher: Searcher) -> None:
    # Every key of the real vocabulary.yaml that is a noun of at least MIN_READING_CHARS kana is restorable: to
    # itself, or to the corpus word that spells the same reading.
    analyzer = searcher.analyzer
    keys = [k for k in analyzer.vocabulary.synonyms if WRITTEN.search(k)]
    readings = {r: k for k in keys if (r := analyzer.noun_reading(k)) is not None and len(r) >= MIN_READING_CHARS}
    assert len(readings) > 50
    assert set(readings) <= set(searcher.kana.readings)
    assert searcher.kana.restore("しんぐるまざー の てあて").startswith("シングルマザー")
    facts = searcher.prepare("しんぐるまざー の びょういんだい の たすけ").facts
    assert {"シングルマザー", "病院代"} <= set(facts.terms)  # the terms are read on the restored words,
    assert {"一人親", "医療費"} <= set().union(*facts.alternatives)  # and the vocabulary's synonyms reach them


def test_a_kana_questions_terms_are_read_on_its_restored_words(searcher: Searcher) -> None:
    # What the entries are matched against: 住民票, not the kana Sudachi splits into unknown pieces.
    facts = searcher.prepare("じゅうみんひょう とりたい").facts
    assert "住民票" in facts.terms and facts.kana
    assert facts.reading_grams == frozenset(searcher.analyzer.reading_terms("じゅうみんひょう とりたい"))  # typed
    assert "住民票" not in searcher.analyzer.terms("じゅうみんひょう とりたい")  # typed, the word is not there


def test_contact_comes_from_the_runtime_settings(searcher: Searcher) -> None:
    runtime = RuntimeSettings(city_contact_name="テスト市役所", city_contact_phone="0120-00-0000")
    other = Searcher(searcher.index, embedder=searcher.embedder, analyzer=searcher.analyzer,
                     settings=searcher.settings, runtime=runtime, model=searcher.model)
    result = other.search("明日の東京の天気を教えてください")
    assert result.abstained
    assert (result.contact_name, result.contact_phone) == ("テスト市役所", "0120-00-0000")


def test_validate_query() -> None:
    assert validate_query("  住民票  ") == "住民票"
    with pytest.raises(QueryError, match="empty") as empty:
        validate_query("   ")
    assert empty.value.status == 422 and empty.value.message == "ご質問を入力してください。"
    with pytest.raises(QueryError, match="too long") as long:
        validate_query("あ" * 501)
    assert "500文字以内" in long.value.message


def test_the_scope_gate_refuses_a_question_that_borrows_an_entrys_words(searcher: Searcher) -> None:
    # The ふるさと納税 entry explains the tax deduction; which gift is recommended is not the city's to say.
    result = searcher.search("ふるさと納税でおすすめの返礼品は何ですか")
    assert result.answers[0].entry.id == "zei-015"  # the nearest entry is found ...
    assert result.out_of_scope >= searcher.model.scope_threshold  # ... and judged not to answer it
    assert result.abstained


def test_a_recommendation_asked_in_kana_is_read_as_one(searcher: Searcher) -> None:
    # 人気 typed in kana, or spelled in the corpus's own words once restored: the same opinion question.
    kana = searcher.prepare("ふるさとのうぜいの へんれいひんで にんきのものは")
    assert kana.facts.asks_opinion and kana.facts.kana
    assert not searcher.prepare("ふるさとのうぜいの こうじょは いつまで").facts.asks_opinion
    assert searcher.search("ふるさとのうぜいの へんれいひんで にんきのものは").abstained
    # A business word restored from kana is not read as one: the city's own スーパーのレジ袋 question stays in scope.
    assert not searcher.prepare("すーぱーの れじぶくろで ごみ だしてもいい？").facts.asks_business


def test_the_corpus_with_alternative_questions_uses_the_model_fitted_for_it(searcher: Searcher) -> None:
    assert sum(1 for entry in searcher.index.entries if entry.questions) > len(searcher.index.entries) // 2
    assert searcher.model == load_ranking_model(ALTERNATIVES_MODEL_PATH)


def test_a_spoken_question_with_a_recogniser_slip_is_answered_but_out_of_scope_still_refused(
    searcher: Searcher,
) -> None:
    slip = "燃やせるゴミの収集日はエッツですか"  # Whisper's transcript of ...はいつですか in the voice tests
    typed = searcher.search(slip)
    spoken = searcher.search(slip, spoken=True)
    assert typed.answers[0].entry.id == spoken.answers[0].entry.id == "gomi-001"
    assert typed.abstained and not spoken.abstained  # エッツ looks like a need the corpus lacks, unless spoken
    assert searcher.search("ふるさと納税の返礼品で人気のもの", spoken=True).abstained
