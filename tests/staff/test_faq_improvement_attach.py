"""Attaching a group of questions to an FAQ entry over HTTP with the real search (a copy of two categories of
the corpus, the real embedding model): the file gets the alternative question, the index is rebuilt and the new
search replaces the old one and answers the wording; the questions are marked and the change is audited."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from chat.models import OUTCOME_ABSTAINED, ChatQuestion
from chat.question_log import TurnFacts, record_question
from chat.settings import QuestionLogSettings
from knowledge.embed import SentenceTransformerEmbedder
from knowledge.ingest import read_markdown
from knowledge.service import ensure_index, open_searcher
from knowledge.settings import KnowledgeSettings
from knowledge.web import SearchService
from staff.models import AuditEntry
from storage.database import Database
from tests.staff.conftest import login, make_account, new_client

CORPUS = Path(__file__).resolve().parents[2] / "knowledge" / "corpus"
WORDING = "カラスにつつかれないごみ出しの曜日"


@pytest.fixture
def with_search(running_app: FastAPI, tmp_path: Path, embedder: SentenceTransformerEmbedder
                ) -> Iterator[KnowledgeSettings]:
    """The staff app with a real search over a copy of two corpus folders (restored to none afterwards)."""
    corpus = tmp_path / "corpus"
    for folder in ("gomi", "koseki"):
        shutil.copytree(CORPUS / folder, corpus / folder)
    settings = KnowledgeSettings(_env_file=None, corpus_path=corpus, index_dir=tmp_path / "index")
    ensure_index(settings, embedder=embedder)
    running_app.state.search = SearchService(open_searcher(settings, embedder=embedder))
    running_app.state.question_log_settings = QuestionLogSettings(_env_file=None)
    yield settings
    running_app.state.search = None
    running_app.state.faq_similarity = None


def _ask(db: Database, text: str) -> int:
    return record_question(db, session_id="s", text=text, channel="web", outcome=OUTCOME_ABSTAINED,
                           facts=TurnFacts(nearest_entry_id="gomi-001", category="ごみ・リサイクル"),
                           now=datetime.now(UTC))


def test_an_admin_attaches_a_group_and_the_search_learns_it(running_app: FastAPI, db: Database,
                                                              with_search: KnowledgeSettings) -> None:
    ids = [_ask(db, WORDING), _ask(db, WORDING + "を教えて")]
    admin = new_client(running_app)
    account = make_account(db, role="admin")
    token = login(admin, account)
    page = admin.get("/staff/faq").text
    assert 'action="/staff/faq/attach"' in page and "まとめ方: 意味の近さ" in page
    assert '<option value="gomi-001">' in page
    old_search = running_app.state.search
    response = admin.post("/staff/faq/attach", data={"csrf_token": token, "ids": ",".join(map(str, ids)),
                                                     "entry_id": "gomi-001", "question": WORDING},
                          follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/staff/faq"
    entry = read_markdown(with_search.corpus_path / "gomi" / "gomi-001.md")
    assert entry.questions[-1] == WORDING
    new_search = running_app.state.search
    assert new_search is not old_search
    assert WORDING in next(e for e in new_search.searcher.index.entries if e.id == "gomi-001").questions
    assert new_search.search(WORDING, k=3).answers[0].entry.id == "gomi-001"
    with db.sessions() as session:
        rows = list(session.scalars(select(ChatQuestion).where(ChatQuestion.id.in_(ids))))
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "faq.attach",
                                                         AuditEntry.actor_id == account.id)).one()
    assert {(r.resolution, r.resolved_entry_id) for r in rows} == {("attached", "gomi-001")}
    assert audit.detail == "entry=gomi-001 questions=2"
    # A later group with the same wording is marked too (the corpus already has it: nothing is written twice).
    later = _ask(db, WORDING)
    again = admin.post("/staff/faq/attach", data={"csrf_token": token, "ids": str(later), "entry_id": "gomi-001",
                                                  "question": WORDING}, headers={"Accept": "application/json"})
    assert again.status_code == 200 and again.json() == {"ok": True, "entry_id": "gomi-001", "questions": 1}
    assert read_markdown(with_search.corpus_path / "gomi" / "gomi-001.md").questions.count(WORDING) == 1


def test_attach_refuses_unknown_entries_and_personal_data(running_app: FastAPI, db: Database,
                                                          with_search: KnowledgeSettings) -> None:
    question_id = _ask(db, "粗大ごみの券を買う場所")
    admin = new_client(running_app)
    token = login(admin, make_account(db, role="admin"))
    json = {"Accept": "application/json"}
    unknown = admin.post("/staff/faq/attach", data={"csrf_token": token, "ids": str(question_id),
                                                    "entry_id": "nai-999", "question": "粗大ごみの券"}, headers=json)
    assert unknown.status_code == 404
    assert unknown.json()["error"]["message"] == "追加先のよくある質問を一覧から選んでください。"
    personal = admin.post("/staff/faq/attach", data={"csrf_token": token, "ids": str(question_id),
                                                     "entry_id": "gomi-002", "question": "佐藤さんの粗大ごみ"},
                          headers=json)
    assert personal.status_code == 422 and "個人情報" in personal.json()["error"]["message"]
    assert read_markdown(with_search.corpus_path / "gomi" / "gomi-002.md").questions == read_markdown(
        CORPUS / "gomi" / "gomi-002.md").questions
