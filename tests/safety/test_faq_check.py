"""The FAQ corpus's question wordings (ordinary citizens' questions, none an emergency) get no sure alarm."""

from __future__ import annotations

from pathlib import Path

from safety.faq_check import faq_alarms, load_faq_questions

CORPUS = Path(__file__).resolve().parents[2] / "knowledge" / "corpus"
MAX_ALARM_SHARE = 0.01  # any emergency message (sure or unsure) on at most 1 % of the questions
MIN_QUESTIONS = 1000


def test_question_wordings_are_read_from_the_front_matter(tmp_path: Path) -> None:
    (tmp_path / "gomi").mkdir()
    (tmp_path / "gomi" / "gomi-001.md").write_text(
        '---\nid: gomi-001\nquestion: ごみの日はいつですか。\nquestions:\n  - "燃えるごみ 曜日"\n'
        "  - ごみの日、教えて\n---\n答えの本文。\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# no front matter\n", encoding="utf-8")
    questions = load_faq_questions(tmp_path)
    assert [q.text for q in questions] == ["ごみの日はいつですか。", "燃えるごみ 曜日", "ごみの日、教えて"]
    assert {q.entry for q in questions} == {"gomi-001"}


def test_the_city_faq_questions_get_no_sure_alarm_and_few_unsure_ones() -> None:
    questions = load_faq_questions(CORPUS)
    assert len(questions) >= MIN_QUESTIONS
    alarms = faq_alarms(questions)
    sure = [a.question.text for a in alarms if a.decision.certainty == "sure"]
    assert sure == []
    assert len(alarms) <= MAX_ALARM_SHARE * len(questions), [a.question.text for a in alarms]
