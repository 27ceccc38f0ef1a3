"""knowledge.alternatives: an alternative question written into a Markdown or CSV corpus (only the questions
change, the file reads back), refused when empty, too long, already there or in an HTML passage; the rebuild
embeds only the changed entry and the new searcher finds the entry by the new wording (real model)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.alternatives import (
    AlreadyPresentError,
    AlternativeQuestionError,
    EntryNotFoundError,
    add_alternative_question,
    markdown_with_question,
    rebuild_index,
    rebuild_searcher,
)
from knowledge.embed import SentenceTransformerEmbedder
from knowledge.ingest import load_corpus, read_csv, read_markdown
from knowledge.service import ensure_index
from knowledge.settings import KnowledgeSettings

CORPUS = Path(__file__).resolve().parents[2] / "knowledge" / "corpus"
MD = """---
id: x-001
question: 住民票はどこで取れますか。
category: 戸籍
department: 市民課
---
本庁舎で取れます。
"""


def _settings(tmp_path: Path, corpus: Path) -> KnowledgeSettings:
    return KnowledgeSettings(_env_file=None, corpus_path=corpus, index_dir=tmp_path / "index")


def test_markdown_front_matter_gets_the_question_and_nothing_else_changes() -> None:
    added = markdown_with_question(MD, "住民票がほしい")
    assert added == MD.replace("department: 市民課\n", 'department: 市民課\nquestions:\n  - "住民票がほしい"\n')
    listed = markdown_with_question(added, "コンビニで: 住民票")
    assert '  - "住民票がほしい"\n  - "コンビニで: 住民票"\n---' in listed
    crlf = MD.replace("\n", "\r\n")
    assert markdown_with_question(crlf, "q").count("\r\n") == crlf.count("\r\n") + 2
    with pytest.raises(AlternativeQuestionError):
        markdown_with_question(MD.replace("category", "questions: [a, b]\ncategory"), "q")
    with pytest.raises(AlternativeQuestionError):
        markdown_with_question("本文だけ", "q")


def test_a_markdown_entry_and_its_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "koseki").mkdir(parents=True)
    (corpus / "koseki" / "x-001.md").write_text(MD, encoding="utf-8")
    (corpus / "page.html").write_text(
        "<html><body><main><h1>ごみの出し方</h1><p>燃やせるごみは週2回、決められた曜日の朝8時30分までに集積所へ"
        "出してください。指定袋を使ってください。</p></main></body></html>", encoding="utf-8")
    settings = _settings(tmp_path, corpus)
    added = add_alternative_question(settings, entry_id="x-001", question="  住民票が\nほしい ")
    assert added.questions == ("住民票が ほしい",) and added.path.name == "x-001.md"
    assert read_markdown(added.path).questions == ("住民票が ほしい",)
    with pytest.raises(AlreadyPresentError):
        add_alternative_question(settings, entry_id="x-001", question="住民票がほしい".replace("が", "が "))
    with pytest.raises(AlreadyPresentError):
        add_alternative_question(settings, entry_id="x-001", question="住民票はどこで取れますか。")
    with pytest.raises(AlternativeQuestionError) as empty:
        add_alternative_question(settings, entry_id="x-001", question=" ")
    assert empty.value.status == 422 and empty.value.message == "別の聞き方を入力してください。"
    with pytest.raises(AlternativeQuestionError) as long:
        add_alternative_question(settings, entry_id="x-001", question="あ" * 501)
    assert long.value.message == "別の聞き方は500文字以内にしてください。"
    with pytest.raises(EntryNotFoundError) as missing:
        add_alternative_question(settings, entry_id="page#2", question="ごみ")  # an HTML passage
    assert missing.value.status == 404
    assert [e.id for e in load_corpus(corpus) if e.questions] == ["x-001"]
    assert "page#2" in {e.id for e in load_corpus(corpus)}
    assert not list(corpus.rglob("*.tmp"))


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_a_csv_entry_with_and_without_the_column(tmp_path: Path, encoding: str) -> None:
    corpus = tmp_path / "faq.csv"
    text = "ID,問い合わせ文,応答文,カテゴリ\r\n1,ごみの日は,週2回です,ごみ\r\n2,犬の登録は,保健所です,動物\r\n"
    corpus.write_bytes(("\ufeff" if encoding == "utf-8" else "").encode(encoding) + text.encode(encoding))
    settings = KnowledgeSettings(_env_file=None, corpus_path=corpus, index_dir=tmp_path / "i",
                                 csv_encoding=encoding)
    add_alternative_question(settings, entry_id="1", question="ゴミの日を教えて")
    add_alternative_question(settings, entry_id="1", question="収集日は, いつ")
    raw = corpus.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8")
    entries = {e.id: e for e in read_csv(corpus, encoding=encoding)}
    assert entries["1"].questions == ("ゴミの日を教えて", "収集日は, いつ") and entries["2"].questions == ()
    assert raw.decode(encoding).lstrip("\ufeff").splitlines()[0] == "ID,問い合わせ文,応答文,カテゴリ,別の聞き方"
    with pytest.raises(EntryNotFoundError):
        add_alternative_question(settings, entry_id="3", question="q")


def test_the_rebuild_embeds_only_the_change_and_finds_the_new_wording(
        tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "gomi", corpus / "gomi")
    shutil.copytree(CORPUS / "koseki", corpus / "koseki")
    settings = _settings(tmp_path, corpus)
    first = ensure_index(settings, embedder=embedder)
    assert first.rebuilt and first.entries > 20
    add_alternative_question(settings, entry_id="gomi-001", question="カラスに荒らされない出し方の曜日")
    outcome = rebuild_index(settings, embedder=embedder)
    assert outcome.rebuilt and outcome.embedded == 1  # only gomi-001's texts were embedded again
    searcher = rebuild_searcher(settings, embedder=embedder)  # nothing changed since: loads the index
    entry = next(e for e in searcher.index.entries if e.id == "gomi-001")
    assert entry.questions[-1] == "カラスに荒らされない出し方の曜日"
    assert searcher.search("カラスに荒らされない出し方の曜日", k=3).answers[0].entry.id == "gomi-001"
