"""「FAQの改善」 over HTTP (real SQLite, the real dashboard with login and CSRF, no search loaded): the page
groups the period's open questions, a department is asked for a new FAQ (audited, CSV for Excel), attaching is
for admins and needs the search, bad input is a 4xx with a Japanese message."""

from __future__ import annotations

import csv
import io
import secrets
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from chat.models import OUTCOME_ABSTAINED, OUTCOME_ANSWERED, ChatQuestion, FaqRequest
from chat.question_log import TurnFacts, record_question, set_feedback
from chat.settings import QuestionLogSettings
from staff.models import AuditEntry
from storage.database import Database
from tests.staff.conftest import login, make_account, new_client

JSON = {"Accept": "application/json"}
KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"


@pytest.fixture(autouse=True)
def _settings(running_app: FastAPI) -> None:
    running_app.state.question_log_settings = QuestionLogSettings(_env_file=None)


def _topic() -> str:
    """A word no other test uses (the tests share one database); letters only, so masking keeps it."""
    return "".join(secrets.choice(KATAKANA) for _ in range(6))


def _ask(db: Database, text: str, outcome: str = OUTCOME_ABSTAINED, *, helpful: bool | None = None,
         days_ago: float = 0.1) -> int:
    """A logged question whose entry is its own topic (the first six letters; the tests share one database)."""
    entry = f"test-{text[:6]}"
    facts = TurnFacts(entry_id=entry if outcome == OUTCOME_ANSWERED else None, category="ごみ・リサイクル",
                      nearest_entry_id=entry if outcome != OUTCOME_ANSWERED else None)
    question_id = record_question(db, session_id="s", text=text, channel="web", outcome=outcome, facts=facts,
                                  now=datetime.now(UTC) - timedelta(days=days_ago))
    if helpful is not None:
        set_feedback(db, session_id="s", question_id=question_id, helpful=helpful, now=datetime.now(UTC))
    return question_id


def test_the_page_needs_a_login(running_app: FastAPI) -> None:
    response = new_client(running_app).get("/staff/faq", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/staff/login")


def test_groups_and_a_new_faq_request_with_its_csv(running_app: FastAPI, db: Database) -> None:
    topic = _topic()
    ids = [_ask(db, f"{topic}の申請はどこでできますか"), _ask(db, f"{topic}の申請はどこ"),
           _ask(db, f"{topic}の申請はどこでできますか", OUTCOME_ANSWERED, helpful=False)]
    _ask(db, f"{topic}の申請", OUTCOME_ANSWERED, helpful=True)  # helpful: not shown
    _ask(db, f"{topic}の古い質問", days_ago=40)  # outside the default period
    account = make_account(db)
    client = new_client(running_app)
    token = login(client, account)
    page = client.get("/staff/faq")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    html = page.text
    assert f"「{topic}の申請はどこでできますか」" in html and "計3件" in html and "「いいえ」1件" in html
    assert f"{topic}の古い質問" not in html
    assert 'action="/staff/faq/attach"' not in html  # staff role: no attach form
    assert '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 230" role="img"' in html
    assert 'aria-current="page"' in html and ">FAQの改善<" in html
    department = f"{topic}課"
    response = client.post("/staff/faq/new", data={
        "csrf_token": token, "ids": ",".join(map(str, ids)), "department": department, "note": "窓口で多い"},
        follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/staff/faq"
    with db.sessions() as session:
        rows = list(session.scalars(select(ChatQuestion).where(ChatQuestion.id.in_(ids))))
        request = session.scalars(select(FaqRequest).where(FaqRequest.department == department)).one()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "faq.new_needed")
                                .order_by(AuditEntry.id.desc())).first()
    assert {r.resolution for r in rows} == {"new_faq"} and {r.request_id for r in rows} == {request.id}
    assert request.asked_count == 3 and request.question == f"{topic}の申請はどこでできますか"
    assert request.examples == [f"{topic}の申請はどこ"] and request.actor_username == account.username
    assert audit is not None and audit.actor_username == account.username
    assert audit.detail == f"request={request.id} department={department} questions=3"
    assert f"「{topic}の申請はどこでできますか」" not in client.get("/staff/faq").text  # handled: gone
    exported = client.get(f"/staff/faq/requests.csv?department={quote(department)}")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert exported.content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"), newline="")))
    assert table[0][:4] == ["登録日", "担当課", "代表的な質問", "件数"]
    assert table[1][1:6] == [department, f"{topic}の申請はどこでできますか", "3", f"{topic}の申請はどこ", "窓口で多い"]
    again = client.post("/staff/faq/new", data={"csrf_token": token, "ids": ",".join(map(str, ids)),
                                                "department": department}, headers=JSON)
    assert again.status_code == 422 and "すでに対応済み" in again.json()["error"]["message"]


def test_attaching_is_for_admins_and_needs_the_search(running_app: FastAPI, db: Database) -> None:
    question_id = _ask(db, f"{_topic()}はありますか")
    form = {"ids": str(question_id), "entry_id": "gomi-001", "question": "ごみの日を教えて"}
    staff_client = new_client(running_app)
    token = login(staff_client, make_account(db))
    forbidden = staff_client.post("/staff/faq/attach", data={**form, "csrf_token": token}, headers=JSON)
    assert forbidden.status_code == 403 and forbidden.json()["error"]["message"] == "この操作は管理者だけが行えます。"
    admin = new_client(running_app)
    admin_token = login(admin, make_account(db, role="admin"))
    assert 'action="/staff/faq/attach"' not in admin.get("/staff/faq").text  # no search: no attach form
    unavailable = admin.post("/staff/faq/attach", data={**form, "csrf_token": admin_token}, headers=JSON)
    assert unavailable.status_code == 503 and "検索の準備ができていない" in unavailable.json()["error"]["message"]
    no_csrf = admin.post("/staff/faq/attach", data=form, headers=JSON)
    assert no_csrf.status_code == 403 and no_csrf.json()["error"]["code"] == "csrf_failed"


@pytest.mark.parametrize(("query", "message"), [
    ("start=2026/11/01", "始まりの日は 2026-11-30 の形式で入力してください。"),
    ("start=2026-11-10&end=2026-11-01", "始まりの日は終わりの日より前にしてください。"),
    ("start=2020-01-01&end=2026-11-30", "期間は366日以内にしてください。"),
])
def test_a_bad_period_is_a_422_in_japanese(running_app: FastAPI, db: Database, query: str, message: str) -> None:
    client = new_client(running_app)
    login(client, make_account(db))
    page = client.get(f"/staff/faq?{query}")
    assert page.status_code == 422 and message in page.text


def test_bad_forms_and_unknown_departments(running_app: FastAPI, db: Database) -> None:
    client = new_client(running_app)
    token = login(client, make_account(db))
    for ids in ("", "x", "0"):
        bad = client.post("/staff/faq/new", data={"csrf_token": token, "ids": ids, "department": "市民課"},
                          headers=JSON)
        assert bad.status_code == 422 and "対象の質問が正しくありません" in bad.json()["error"]["message"]
    question_id = _ask(db, f"{_topic()}について")
    no_department = client.post("/staff/faq/new", data={"csrf_token": token, "ids": str(question_id)}, headers=JSON)
    assert no_department.status_code == 422 and no_department.json()["error"]["message"] == "担当課を選んでください。"
    missing = client.get(f"/staff/faq/requests.csv?department={quote(_topic())}", headers=JSON)
    assert missing.status_code == 404 and missing.json()["error"]["message"] == "この担当課への依頼はありません。"
    assert client.get("/staff/faq/requests.csv", headers=JSON).status_code == 422
