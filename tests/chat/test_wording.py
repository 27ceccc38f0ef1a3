"""One wording for FAQ answers: the bot's answer and the degraded-mode answer say the same sentences."""

from __future__ import annotations

from bot.actions.messages import Contact, format_abstain, format_answer
from chat.fallback import fallback_messages
from chat.wording import MAX_ANSWER_CHARS, abstain_text, answer_body, shorten
from knowledge.records import FaqEntry
from knowledge.search import Answer, SearchResult

ENTRY = FaqEntry(id="koseki-001", question="住民票の写しはどこで取れますか。",
                 answer="市民課の窓口で請求できます。" * 3, department="市民課", phone="0229-23-5311", source_url="https://www.city.osaki.miyagi.jp/j.html")


def _result(*, abstained: bool) -> SearchResult:
    answers = [] if abstained else [Answer(entry=ENTRY, score=1.0, confidence=0.9)]
    return SearchResult(query="住民票", answers=answers, abstained=abstained, confidence=0.9,
                        contact_name="大崎市役所 総合窓口", contact_phone="0229-23-5091", elapsed_ms=1.0)


def test_long_answers_are_shortened() -> None:
    assert len(shorten("あ" * 5000)) == MAX_ANSWER_CHARS and shorten("あ" * 5000).endswith("…")
    assert shorten(" 短い ") == "短い"


def test_bot_and_degraded_answers_share_one_wording() -> None:
    body = answer_body(ENTRY.question, ENTRY.answer)
    assert format_answer(ENTRY).startswith(body)
    _, degraded = fallback_messages(_result(abstained=False))
    assert degraded.text == body and degraded.kind == "faq_answer"


def test_bot_and_degraded_abstentions_share_one_wording() -> None:
    expected = abstain_text("大崎市役所 総合窓口", "0229-23-5091")
    assert format_abstain(Contact("大崎市役所 総合窓口", "0229-23-5091")) == expected
    _, degraded = fallback_messages(_result(abstained=True))
    assert degraded.text == expected and degraded.kind == "hand_over"
