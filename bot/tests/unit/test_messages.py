"""Answer, abstention, follow-up and hand-over messages."""

from __future__ import annotations

from datetime import datetime

from bot.actions.messages import (
    NO_TOPIC_TEXT,
    Contact,
    SearchView,
    format_answer,
    format_hand_over,
    hand_over_contact,
    hand_over_payload,
    plan_city_answer,
    plan_follow_up,
    search_view,
)
from bot.actions.office_hours import TOKYO
from knowledge.records import FaqEntry
from knowledge.search import Answer, SearchResult

GENERAL = Contact("大崎市役所 総合窓口", "0229-23-5091")
ENTRY = FaqEntry(
    id="koseki-001", question="住民票の写しはどこで取れますか。",
    answer="市民課の窓口で請求できます。手数料は1通300円です。",
    department="市民課", phone="0229-23-5311", source_url="https://www.city.osaki.miyagi.jp/juminhyo.html",
)


GOMI = FaqEntry(id="gomi-001", question="ごみの出し方は?", answer="地区ごとの収集日に出してください。",
               category="ごみ", department="環境保全課", phone="0229-23-0000")


def knowledge_result(answers: list[Answer] | None = None) -> SearchResult:
    return SearchResult(query="ごみ", answers=[Answer(GOMI, 0.9, 0.8)] if answers is None else answers,
                        confidence=0.8, abstained=False, contact_name="大崎市役所 総合窓口",
                        contact_phone="0229-23-5091")


def answered(entry: FaqEntry = ENTRY) -> SearchView:
    return SearchView(False, 0.9, GENERAL.name, GENERAL.phone, entry)


ABSTAINED = SearchView(True, 0.2, GENERAL.name, GENERAL.phone, ENTRY)


def test_search_view_from_a_knowledge_result() -> None:
    view = search_view(knowledge_result())
    assert view.top is not None and view.top.id == "gomi-001" and view.top.department == "環境保全課"
    assert not view.abstained
    assert search_view(knowledge_result([])).abstained


def test_answer_has_source_and_phone() -> None:
    text = format_answer(ENTRY)
    assert "手数料は1通300円" in text
    assert "詳しくはこちら: https://www.city.osaki.miyagi.jp/juminhyo.html" in text
    assert "お問い合わせ: 市民課(0229-23-5311)" in text


def test_answer_without_source_or_department() -> None:
    text = format_answer(FaqEntry(id="x", question="Q", answer="A"))
    assert "詳しくはこちら" not in text and "お問い合わせ" not in text


def test_city_answer_sets_the_topic_slots() -> None:
    reply = plan_city_answer(answered(), "住民票 の取り方", GENERAL)
    assert reply.slots == {"last_query": "住民票 の取り方", "last_entry_id": "koseki-001",
                           "last_department": "市民課", "last_phone": "0229-23-5311"}
    assert reply.custom is not None and reply.custom["source_url"] == ENTRY.source_url


def test_abstention_names_the_general_contact_and_clears_the_entry() -> None:
    reply = plan_city_answer(ABSTAINED, "宇宙の果て", GENERAL)
    assert "大崎市役所 総合窓口(0229-23-5091)" in reply.text
    assert reply.slots["last_entry_id"] is None and reply.slots["last_query"] == "宇宙の果て"
    assert reply.custom is None


def test_search_failure_is_polite() -> None:
    reply = plan_city_answer(None, "住民票", GENERAL)
    assert "申し訳ありません" in reply.text and "0229-23-5091" in reply.text
    assert reply.slots == {}


def test_follow_up_without_topic_asks_what_it_is_about() -> None:
    assert plan_follow_up(None, None, None, GENERAL).text == NO_TOPIC_TEXT


def test_follow_up_answer_keeps_the_original_topic() -> None:
    other = FaqEntry(id="koseki-002", question="住民票の手数料は?", answer="300円です。")
    reply = plan_follow_up(answered(other), "住民票の取り方", ENTRY, GENERAL)
    assert "300円です。" in reply.text
    assert reply.slots["last_query"] == "住民票の取り方" and reply.slots["last_entry_id"] == "koseki-002"


def test_follow_up_landing_on_the_same_entry_says_so() -> None:
    reply = plan_follow_up(answered(ENTRY), "住民票の取り方", ENTRY, GENERAL)
    assert reply.text.startswith("先ほどのご案内に")
    assert reply.slots["last_entry_id"] == "koseki-001"


def test_follow_up_falls_back_to_the_last_entry() -> None:
    reply = plan_follow_up(ABSTAINED, "住民票の取り方", ENTRY, GENERAL)
    assert reply.text.startswith("先ほどのご案内に")
    assert "手数料は1通300円" in reply.text


def test_follow_up_abstains_without_a_last_entry() -> None:
    assert "見つかりませんでした" in plan_follow_up(ABSTAINED, "宇宙", None, GENERAL).text
    assert "検索ができません" in plan_follow_up(None, "宇宙", None, GENERAL).text


def test_hand_over_contact() -> None:
    assert hand_over_contact("市民課", "0229-23-5311", GENERAL) == Contact("市民課", "0229-23-5311")
    assert hand_over_contact(None, None, GENERAL) == GENERAL
    assert hand_over_contact("市民課", None, GENERAL) == GENERAL
    assert hand_over_contact(None, "0229-11-1111", GENERAL) == Contact("担当課", "0229-11-1111")


def test_hand_over_message_open_and_closed() -> None:
    open_text = format_hand_over(GENERAL, datetime(2026, 11, 26, 10, 0, tzinfo=TOKYO))
    assert "0229-23-5091" in open_text and "平日 8時30分〜17時15分" in open_text and "開庁時間中" in open_text
    closed_text = format_hand_over(GENERAL, datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO))
    assert "閉庁時間" in closed_text and "11月30日(月)" in closed_text
    payload = hand_over_payload(GENERAL, datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO), False)
    assert payload["type"] == "hand_over" and payload["office_open"] is False
