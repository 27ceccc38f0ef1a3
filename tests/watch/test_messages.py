"""Texts of the notices, made by the real worker and answer path (SQLite and PostgreSQL): a safety confirmation
names the disaster; every email quotes the senior's words and time, says what happens next and gives the city's
contact and hours; staff emails link to the alert and the resident page."""

from __future__ import annotations

from sqlalchemy import update

from storage.database import Database
from tests.watch.conftest import STAFF_EMAIL
from tests.watch.helpers import FAMILY, add_resident, answer, case_answer, checkins, outbox, schedule
from watch.classify import Classification, classify_button
from watch.clock import ManualClock
from watch.models import OUTBOX_SENT, OutboxMessage
from watch.safety import start_safety_check
from watch.safety_schemas import SafetyStart
from watch.settings import WatchSettings

DISASTER = "震度5強の地震がありました。ご無事ですか？"
CITY = "お問い合わせ：大崎市役所 総合窓口 0229-23-5091（平日 8時30分から17時15分）"


def emails_to(db: Database, address: str) -> list[tuple[str, str]]:
    return [(row.subject or "", row.body) for row in outbox(db) if row.recipient == address]


def test_a_safety_confirmation_answered_with_help_names_the_disaster_and_the_words(
    db: Database, settings: WatchSettings, clock: ManualClock,
) -> None:
    rid = add_resident(db, phone="0229-11-2233")
    with db.sessions() as session, session.begin():
        start_safety_check(session, data=SafetyStart(message=DISASTER, district="古川"), started_by="防災課",
                           now=clock.now(), settings=settings)
    clock.advance(minutes=3)
    words = "家の中がめちゃくちゃで動けない"
    answer(db, settings, clock, rid, Classification("help", 0.95, "rasa"), text=words)
    [(subject, body)] = emails_to(db, STAFF_EMAIL)
    assert subject.startswith("【安否確認】[至急]")
    assert f"安否確認（災害時の呼びかけ）：「{DISASTER}」（06月02日 08:55）" in body
    assert f"ご本人の言葉：「{words}」（06月02日 08:58）" in body
    assert "ご本人の電話：0229-11-2233" in body and "次の対応：ご本人に電話" in body
    alert_id = body.split("アラート番号：")[1].split("\n")[0]
    assert f"アラート：http://127.0.0.1:8000/staff/alerts/{alert_id}" in body
    assert f"住民のページ：http://127.0.0.1:8000/staff/residents/{rid}" in body
    assert CITY in body
    [(family_subject, family_body)] = emails_to(db, FAMILY.email or "")
    assert family_subject.startswith("【至急・安否確認】")
    assert DISASTER in family_body and words in family_body and "これから：" in family_body and CITY in family_body
    assert "/staff/" not in family_body  # no dashboard links for families


def test_a_daily_silence_and_the_answer_that_ends_it(db: Database, settings: WatchSettings,
                                                     clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    clock.advance(hours=3, minutes=1)  # family told (2 h), staff alerted (3 h)
    schedule(db, settings, clock)
    [(family_subject, family_body)] = emails_to(db, FAMILY.email or "")
    assert family_subject == "【見守り】佐藤 花子様から応答がありません"
    assert "毎日の見守りの呼びかけ（06月02日 09:00）" in family_body
    assert "これから：ご本人から応答があれば、すぐにメールでお知らせします。" in family_body and CITY in family_body
    [(_, staff_body)] = emails_to(db, STAFF_EMAIL)
    assert "毎日の見守りの呼びかけ" in staff_body and "ご本人の電話：未登録" in staff_body
    with db.sessions() as session, session.begin():  # the notices went out (the dispatcher is not run here)
        session.execute(update(OutboxMessage).values(status=OUTBOX_SENT))
    clock.advance(minutes=2)
    case_answer(db, settings, clock, rid, classify_button("fine"), checkin_id=checkins(db, rid)[0].id)
    family_after = emails_to(db, FAMILY.email or "")[-1]
    staff_after = emails_to(db, STAFF_EMAIL)[-1]
    assert family_after[0] == staff_after[0] == "【見守り】佐藤 花子様：ご本人から応答がありました"
    assert "ご本人の回答：「元気です」のボタン（06月02日 12:03）" in family_after[1]
    assert "この件のお知らせはこれで終わりです" in family_after[1]
    assert "（06月02日 12:03「元気です」）" in staff_after[1]
    assert "/staff/residents/" not in family_after[1]
    assert f"住民のページ：http://127.0.0.1:8000/staff/residents/{rid}" in staff_after[1]
    assert all(CITY in body for _, body in emails_to(db, FAMILY.email or "") + emails_to(db, STAFF_EMAIL))
