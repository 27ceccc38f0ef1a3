"""Plain yes / no and call requests in check-in answers (pure reading), scored on the labelled set of
tests/watch/data/checkin_answers.tsv together with the keyword rules and the safety layer (the NLU down); the
same set goes through the real Rasa model in tests/integration/test_watch_nlu_live.py."""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from storage.database import Database
from tests.watch.helpers import FAMILY, add_resident, alerts, case_answer, checkins, outbox, schedule
from watch.answers import ASK_AFTER_NO, CALL_ASKED, CALL_NOBODY, CALL_THEN
from watch.classify import Classification, classify_text
from watch.clock import ManualClock
from watch.models import WatchEvent
from watch.schemas import ContactCreate
from watch.settings import WatchSettings
from watch.understanding import Understanding, call_request, choose_contacts, normalize, understand

DATA = Path(__file__).parent / "data" / "checkin_answers.tsv"
UNREAD_PERCENT = 30  # the share of the set kept unread while the rules were tuned, scored once at the end
TARGET_ACCURACY = 0.95
KEYWORD_FALLBACK_UNREAD_FLOOR = 0.9  # measured once: 0.92 (see the test)
NOON = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # 12:00 in Osaki


def load_answers() -> list[tuple[str, str, str, str]]:
    """(text, label, style, split) of every labelled answer; the split is fixed by a hash of the text."""
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("text\t"):
            continue
        text, label, style = line.split("\t")
        bucket = int(hashlib.sha256(text.encode()).hexdigest(), 16) % 100
        rows.append((text, label, style, "unread" if bucket < UNREAD_PERCENT else "examined"))
    return rows


def label_of(result: Classification) -> str:
    """The label a classification stands for: alarms first, then a call request, a plain no, the outcome."""
    if result.outcome in ("help", "unwell"):
        return result.outcome
    if result.call_relation is not None:
        return f"call:{result.call_relation}"
    if result.said_no:
        return "no"
    return result.outcome


def score(split: str) -> tuple[float, list[tuple[str, str, str]]]:
    rows = [row for row in load_answers() if row[3] == split]

    async def run() -> list[Classification]:
        return [await classify_text(text, None, min_confidence=0.6, now=NOON) for text, *_ in rows]

    results = asyncio.run(run())
    misses = [(text, label, label_of(r)) for (text, label, *_), r in zip(rows, results, strict=True)
              if label_of(r) != label]
    return 1 - len(misses) / len(rows), misses


def test_labelled_set_is_large_and_covers_every_style_and_label() -> None:
    rows = load_answers()
    assert len(rows) >= 200
    assert len({text for text, *_ in rows}) == len(rows)
    assert {style for _, _, style, _ in rows} == {"plain", "casual", "senior", "tohoku", "kana", "speech", "indirect"}
    labels = {label.split(":")[0] for _, label, _, _ in rows}
    assert labels == {"fine", "unwell", "help", "unclear", "no", "call"}
    unread = sum(split == "unread" for *_, split in rows)
    assert 0.2 <= unread / len(rows) <= 0.4


def test_examined_split_accuracy() -> None:
    accuracy, misses = score("examined")
    assert accuracy >= TARGET_ACCURACY, misses


def test_unread_split_accuracy_of_the_keyword_fallback() -> None:
    """Scored once after the rules were tuned on the examined split only: 58 of 63 (92 %) with the NLU down (the
    misses are indirect or unseen words, all asked again, none alarmed); the >= 95 % target holds for the real
    classifier with Rasa (tests/integration/test_watch_nlu_live.py: 62 of 63)."""
    accuracy, misses = score("unread")
    assert accuracy >= KEYWORD_FALLBACK_UNREAD_FLOOR, misses
    assert all(predicted == "unclear" for _, _, predicted in misses)  # a miss is asked again, never a false alarm


@pytest.mark.parametrize(("text", "expected"), [
    ("うん", Understanding("yes")), ("はい、元気です", Understanding()), ("まあまあだね", Understanding("yes")),
    ("んだ", Understanding("yes")), ("いつもどおりだ", Understanding("yes")), ("ぼちぼち", Understanding("yes")),
    ("いいえ", Understanding("no")), ("ううん", Understanding("no")), ("だめだ", Understanding("no")),
    ("よくない", Understanding("no")), ("調子がよくない", Understanding()),
    ("息子に電話して", Understanding("call", "son")), ("娘に連絡してほしい", Understanding("call", "daughter")),
    ("ムスコニデンワシテ", Understanding("call", "son")), ("息子さ電話してけろ", Understanding("call", "son")),
])
def test_understand(text: str, expected: Understanding) -> None:
    assert understand(text) == expected


@pytest.mark.parametrize("text", ["息子から電話があった", "娘に電話しました", "昨日娘が来てくれました",
                                  "大丈夫と伝えて", "市役所の電話番号を教えて", "救急車を呼んで"])
def test_reports_and_other_calls_are_no_call_requests(text: str) -> None:
    assert call_request(normalize(text)) is None


def test_choose_contacts_by_label_then_first_family_contact() -> None:
    contacts = [("volunteer", "民生委員"), ("family", "長女"), ("family", "長男"), ("family", "息子の嫁")]
    assert choose_contacts("son", contacts) == [2]
    assert choose_contacts("daughter", contacts) == [1]
    assert choose_contacts("volunteer", contacts) == [0]
    assert choose_contacts("grandchild", contacts) == [1]  # nobody labelled 孫: the first family contact
    assert choose_contacts("care_center", contacts) == []


@pytest.mark.parametrize(("text", "outcome"), [("いいえ、胸が苦しい", "help"), ("息子に電話して、胸が苦しい", "help"),
                                               ("うん、でも転んで動けない", "help")])
def test_safety_layer_stays_first(text: str, outcome: str) -> None:
    result = asyncio.run(classify_text(text, None, min_confidence=0.6, now=NOON))
    assert (result.outcome, result.said_no, result.call_relation) == (outcome, False, None)
    assert result.safety_message is not None


# --- through the database (both backends): the device socket's path, record_case_answer ----------------------


def _classify(text: str) -> Classification:
    return asyncio.run(classify_text(text, None, min_confidence=0.6))


def test_a_call_request_tells_the_son_once_and_asks_again(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db, phone="0229-11-2233")
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    first = case_answer(db, settings, clock, rid, _classify("息子に電話して"), text="息子に電話して")
    again = case_answer(db, settings, clock, rid, _classify("息子に電話してけろ"), text="息子に電話してけろ")
    assert first.reply == f"{CALL_ASKED.format(who='息子さん')}\n{CALL_THEN}" == again.reply
    [mail] = [row for row in outbox(db) if row.recipient == FAMILY.email]  # one email per contact and day
    assert mail.subject == "【見守り】佐藤 花子様がお電話をお待ちです"
    assert "「息子に電話して」" in mail.body and "0229-11-2233" in mail.body
    assert [row.recipient for row in outbox(db)] == [FAMILY.email]  # nobody else is told, nobody alarmed
    [checkin] = checkins(db, rid)
    assert checkin.status != "answered" and checkin.ask_count >= 2 and alerts(db) == []
    with db.sessions() as session:
        kinds = [e.kind for e in session.scalars(select(WatchEvent).where(WatchEvent.resident_id == rid))]
    assert kinds.count("call_requested") == 2


def test_a_call_request_without_a_matching_contact_is_logged_for_staff(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    result = case_answer(db, settings, clock, rid, _classify("近所の人に電話して"), text="近所の人に電話して")
    assert result.reply.startswith(CALL_NOBODY.format(who="ご近所の方"))
    assert outbox(db) == []
    with db.sessions() as session:
        kinds = [e.kind for e in session.scalars(select(WatchEvent).where(WatchEvent.resident_id == rid))]
    assert "call_request_unmatched" in kinds


def test_a_plain_no_is_asked_again_in_other_words_not_recorded(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    result = case_answer(db, settings, clock, rid, _classify("いいえ"), text="いいえ")
    assert (result.outcome, result.reply) == ("unclear", ASK_AFTER_NO)
    [checkin] = checkins(db, rid)
    assert checkin.status != "answered" and checkin.outcome is None and checkin.ask_count >= 2
    assert outbox(db) == [] and alerts(db) == []



@pytest.mark.parametrize(("first", "second"),
                         [("いいえ", "いいえ"), ("だめだ", "いや、あんまり"), ("いいえ", "ううん")])
def test_a_second_no_to_the_question_in_other_words_needs_attention_never_fine(
    db: Database, settings: WatchSettings, clock: ManualClock, first: str, second: str,
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    assert case_answer(db, settings, clock, rid, _classify(first), text=first).reply == ASK_AFTER_NO
    assert "お元気ですか" in ASK_AFTER_NO  # asked so that a no cannot mean "nothing is wrong"
    clock.advance(minutes=2)
    result = case_answer(db, settings, clock, rid, _classify(second), text=second)
    assert result.outcome == "unwell" and "担当の人に伝えました" in result.reply
    [checkin] = checkins(db, rid)
    assert (checkin.status, checkin.outcome, checkin.no_answers) == ("answered", "unwell", 2)
    [alert] = alerts(db)
    assert alert.reason == "unwell" and "言い換えた問いかけにも「いいえ」" in alert.summary
    assert [r.recipient for r in outbox(db) if r.channel == "email"] == ["fukushi@city.osaki.example"]
    with db.sessions() as session:
        details = [e.detail for e in session.scalars(select(WatchEvent).where(WatchEvent.resident_id == rid))]
    assert any("言い換えてたずねました" in d for d in details)


def test_a_plain_yes_answers_the_checkin_as_fine(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    result = case_answer(db, settings, clock, rid, _classify("まあまあだね"), text="まあまあだね")
    [checkin] = checkins(db, rid)
    assert (result.outcome, checkin.status, checkin.outcome) == ("fine", "answered", "fine")


def test_a_phone_only_daughter_is_told_through_the_webhook(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    daughter = ContactCreate(name="佐藤 京子", relation="family", relation_label="長女", phone="090-1111-2222")
    rid = add_resident(db, contacts=[FAMILY, daughter])
    result = case_answer(db, settings, clock, rid, _classify("娘に連絡してほしい"), text="娘に連絡してほしい")
    assert result.reply.startswith(CALL_ASKED.format(who="娘さん"))
    [row] = outbox(db)
    assert row.recipient == settings.webhook_url
    document = json.loads(row.body)
    assert document["event"] == "watch.contact.call_request" and document["contact"]["phone"] == "090-1111-2222"
    assert document["words"] == "娘に連絡してほしい"
