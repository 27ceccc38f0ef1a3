"""staff.faq_improvement, staff.faq_groups, staff.faq_chart: the period, grouping by similarity, the weekly chart
and the requests' CSV (pure logic and SQLite)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from chat.models import (
    OUTCOME_ABSTAINED,
    OUTCOME_ANSWERED,
    OUTCOME_HANDED_OVER,
    OUTCOME_OTHER,
    ChatQuestion,
    FaqRequest,
)
from chat.question_log import TurnFacts, record_question, set_feedback
from knowledge.embed import SentenceTransformerEmbedder
from staff import faq_improvement as faq
from staff.auth import Principal
from staff.errors import InvalidInputError
from staff.faq_chart import NO_CATEGORY_LABEL, OTHER_LABEL, category_table, legend, render_svg, weekly_stats
from staff.faq_groups import EmbeddingSimilarity, NgramSimilarity, bigrams, group_texts
from storage.database import Database, open_database
from tests.staff.conftest import make_account

TOKYO = ZoneInfo("Asia/Tokyo")
TODAY = date(2026, 11, 30)  # a Monday


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(url=f"sqlite:///{tmp_path / 'faq.db'}")
    yield db
    db.close()


# --- period and form fields -------------------------------------------------------------------------------
def test_period_defaults_and_validation() -> None:
    assert faq.parse_period("", "", today=TODAY, default_days=28) == faq.Period(date(2026, 11, 3), TODAY)
    assert faq.parse_period("2026-11-01", "2026-11-10", today=TODAY, default_days=28).end == date(2026, 11, 10)
    since, until = faq.Period(TODAY, TODAY).bounds(TOKYO)
    assert (until - since) == timedelta(days=1) and since.utcoffset() == timedelta(hours=9)
    for start, end, message in (("2026/11/01", "", "始まりの日は 2026-11-30 の形式"),
                                ("2026-11-10", "2026-11-01", "始まりの日は終わりの日より前"),
                                ("2024-01-01", "2026-11-30", "期間は366日以内")):
        with pytest.raises(InvalidInputError) as err:
            faq.parse_period(start, end, today=TODAY, default_days=28)
        assert message in err.value.message


def test_ids_of_a_group_form() -> None:
    assert faq.parse_ids("3,1, 2,3") == [1, 2, 3]
    for bad in ("", "1,a", "0", ",".join(str(i) for i in range(1, faq.MAX_ACTION_IDS + 2))):
        with pytest.raises(InvalidInputError):
            faq.parse_ids(bad)


def test_alternative_questions_refuse_personal_data() -> None:
    assert faq.clean_alternative("  ごみの日を\n教えて ") == "ごみの日を 教えて"
    for bad in ("", "佐藤さんのごみの日", "090-1234-5678に電話して", "【氏名】さんのごみの日",
                "電話は【電話番号】です"):
        with pytest.raises(InvalidInputError):
            faq.clean_alternative(bad)


# --- grouping -------------------------------------------------------------------------------------------------
def test_bigrams_of_what_is_asked_about() -> None:
    assert bigrams("ゴミの日を教えてください？") == ["ごみ", "日"]
    assert bigrams("粗大ごみの出し方") == ["粗大", "大ご", "ごみ", "出し", "し方"]
    assert bigrams("ＡＢＣ") == ["ab", "bc"] and bigrams("a") == ["a"] and bigrams("。") == []


def test_ngram_grouping_puts_rewordings_together_most_asked_first() -> None:
    counts = [("粗大ごみの出し方", 1), ("ごみの日を教えて", 3), ("ごみの日はいつ", 2), ("犬の登録をしたい", 1),
              ("粗大ごみの出し方を教えて", 2), ("ゴミの日を教えてください", 1)]
    groups = group_texts(counts, NgramSimilarity(), threshold=0.45)
    assert [(g.leader, g.count) for g in groups] == [
        ("ごみの日を教えて", 6), ("粗大ごみの出し方を教えて", 3), ("犬の登録をしたい", 1)]
    assert [text for text, _ in groups[0].wordings] == [
        "ごみの日を教えて", "ごみの日はいつ", "ゴミの日を教えてください"]
    assert group_texts([], NgramSimilarity(), threshold=0.5) == []
    matrix = NgramSimilarity().matrix(["ごみの日", "ゴミの日を教えて", "。"])
    assert np.allclose(matrix, [[1, 1, 0], [1, 1, 0], [0, 0, 0]])


def test_the_search_entry_lowers_the_bar() -> None:
    counts = [("ごみの日を教えて", 3), ("燃えるごみは何曜日", 2), ("犬の登録をしたい", 1), ("ごみの日はいつ", 1)]
    entries = {"ごみの日を教えて": "gomi-001", "燃えるごみは何曜日": "gomi-001", "犬の登録をしたい": "pet-001"}
    groups = group_texts(counts, NgramSimilarity(), threshold=0.6, entries=entries, entry_threshold=0.2)
    assert [(g.leader, [t for t, _ in g.wordings]) for g in groups] == [
        ("ごみの日を教えて", ["ごみの日を教えて", "燃えるごみは何曜日", "ごみの日はいつ"]),  # no entry: by similarity
        ("犬の登録をしたい", ["犬の登録をしたい"])]
    apart = group_texts(counts, NgramSimilarity(), threshold=0.6, entries=entries, entry_threshold=0.9)
    assert [t for t, _ in apart[0].wordings] == ["ごみの日を教えて", "ごみの日はいつ"]  # same entry, not similar


def test_embedding_similarity_with_the_real_model(embedder: SentenceTransformerEmbedder) -> None:
    similarity = EmbeddingSimilarity(embedder, cache_size=3)
    vectors = similarity.vectors(["ごみの収集日", "ゴミの日はいつ", "犬の登録"])
    assert vectors.shape[0] == 3 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    matrix = similarity.matrix(["ごみの収集日", "ゴミの日はいつ", "犬の登録"])
    assert matrix[0, 1] > matrix[0, 2] and np.allclose(np.diag(matrix), 1.0, atol=1e-3)
    again = similarity.vectors(["ごみの収集日", "新しい質問"])  # one cached, one new: the least used is dropped
    assert np.array_equal(again[0], vectors[0])
    assert list(similarity._cache) == ["犬の登録", "ごみの収集日", "新しい質問"]


def _store(database: Database, text: str, outcome: str, *, days_ago: int = 1, helpful: bool | None = None,
           nearest: str | None = None, category: str = "ごみ") -> int:
    facts = TurnFacts(nearest_entry_id=nearest, entry_id="gomi-001" if outcome == OUTCOME_ANSWERED else None,
                      category=category)
    question_id = record_question(database, session_id="s", text=text, channel="web", outcome=outcome, facts=facts,
                                  now=datetime(2026, 11, 30, 1, tzinfo=UTC) - timedelta(days=days_ago))
    if helpful is not None:
        set_feedback(database, session_id="s", question_id=question_id, helpful=helpful, now=datetime.now(UTC))
    return question_id


def test_open_questions_and_their_groups(database: Database) -> None:
    a = _store(database, "ごみの日を教えて", OUTCOME_ABSTAINED, nearest="gomi-001")
    b = _store(database, "ごみの日はいつ", OUTCOME_HANDED_OVER, nearest="gomi-001")
    c = _store(database, "ごみの日はいつ", OUTCOME_ANSWERED, helpful=False)
    _store(database, "ごみの日はいつ", OUTCOME_ANSWERED, helpful=True)  # helpful: not open
    _store(database, "こんにちは", OUTCOME_OTHER)  # not a question
    _store(database, "ごみの日を教えて", OUTCOME_ABSTAINED, days_ago=60)  # outside the period
    period = faq.parse_period("", "", today=TODAY, default_days=28)
    with database.sessions() as session:
        rows = faq.open_questions(session, period=period, tz=TOKYO)
        groups = faq.improvement_groups(rows, NgramSimilarity(), threshold=0.45, max_grouped=100)
    assert sorted(r.id for r in rows) == [a, b, c]
    (group,) = groups
    assert (group.count, group.unanswered, group.unhelpful, group.entry_id) == (3, 2, 1, "gomi-001")
    assert group.ids_field == f"{a},{b},{c}" and group.leader == "ごみの日はいつ"


def test_new_faq_request_marks_the_rows_and_exports_for_excel(database: Database) -> None:
    account = make_account(database)
    ids = [_store(database, "=HYPERLINK(\"x\")の手続き", OUTCOME_ABSTAINED),
           _store(database, "ドローンの許可は", OUTCOME_ABSTAINED),
           _store(database, "ドローンの許可は", OUTCOME_ABSTAINED)]
    actor = Principal(user_id=account.id, username=account.username, display_name="田中", role="staff",
                      districts=(), csrf_token="t", session_id=0)
    with database.sessions() as session, session.begin():
        rows = faq.rows_for_action(session, ids)
        request = faq.request_new_faq(session, rows=rows, department="危機管理課", note="至急",
                                      actor=actor, now=datetime(2026, 11, 30, 1, tzinfo=UTC))
        assert request.question == "ドローンの許可は" and request.asked_count == 3
        with pytest.raises(InvalidInputError) as err:
            faq.request_new_faq(session, rows=rows, department=" ", note="", actor=actor, now=datetime.now(UTC))
        assert err.value.message == "担当課を選んでください。"
    with database.sessions() as session:
        assert {r.resolution for r in session.query(ChatQuestion).filter(ChatQuestion.id.in_(ids))} == {"new_faq"}
        with pytest.raises(InvalidInputError) as gone:
            faq.rows_for_action(session, ids)
        assert "すでに対応済み" in gone.value.message
        requests = faq.requests_of(session, department="危機管理課")
        assert faq.request_departments(session) == [("危機管理課", 1)]
        data = faq.requests_csv(requests, tz=TOKYO)
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert table[0] == list(faq.CSV_HEADER)
    assert table[1] == ["2026/11/30", "危機管理課", "ドローンの許可は", "3", "'=HYPERLINK(\"x\")の手続き", "至急",
                        account.username]
    assert isinstance(requests[0], FaqRequest)


# --- the weekly chart -----------------------------------------------------------------------------------------
def _rows_for_chart() -> list[tuple[datetime, str, str]]:
    monday = datetime(2026, 11, 23, 9, tzinfo=TOKYO)  # the week before TODAY's
    rows = [(monday, OUTCOME_ANSWERED, "ごみ")] * 6 + [(monday, OUTCOME_ABSTAINED, "ごみ")] * 2
    rows += [(monday + timedelta(days=6, hours=14), OUTCOME_ANSWERED, "税")]  # Sunday 23:00: still that week
    rows += [(datetime(2026, 11, 30, 0, 30, tzinfo=TOKYO), OUTCOME_HANDED_OVER, "")]  # Monday 00:30 Tokyo
    rows += [(monday, OUTCOME_OTHER, "ごみ")]  # not a question
    for i, name in enumerate(("健康", "子育て", "福祉", "防災", "戸籍")):
        rows += [(monday, OUTCOME_ANSWERED, name)] * (5 - i)
    return rows


def test_weekly_stats_by_category_in_city_time() -> None:
    weeks = weekly_stats(_rows_for_chart(), first_week=date(2026, 11, 16), weeks=3, tz=TOKYO)
    assert [w.total for w in weeks] == [0, 24, 1]
    assert weeks[1].answered == 22 and weeks[1].by_category["ごみ"] == 8 and weeks[1].by_category["税"] == 1
    assert weeks[2].by_category[NO_CATEGORY_LABEL] == 1 and weeks[2].rate == 0.0 and weeks[0].rate is None
    swatches = legend(weeks)
    assert [s.label for s in swatches] == ["ごみ", "健康", "子育て", "福祉", "防災", OTHER_LABEL]
    assert len({s.color for s in swatches}) == len(swatches)
    table = category_table(_rows_for_chart())
    assert table[0] == ("ごみ", 6, 8, 0.75) and ("税", 1, 1, 1.0) in table


def test_the_chart_is_an_accessible_svg_sized_for_a_phone() -> None:
    weeks = weekly_stats(_rows_for_chart(), first_week=date(2026, 11, 16), weeks=3, tz=TOKYO)
    svg = render_svg(weeks, legend(weeks))
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 230" role="img"')
    assert "<title id=\"faq-chart-title\">週ごとの質問数と回答率</title>" in svg
    assert svg.count("<rect ") == 7 + 1  # six colours (five + その他) in the full week, one in the last
    assert svg.count("<circle ") == 2  # the rate of the two weeks with questions
    assert 'font-size="12"' in svg and "<script" not in svg
    assert render_svg([], []).count("<rect ") == 0
