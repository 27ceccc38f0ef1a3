"""The knowledge CLI as a user runs it: real subprocesses, real index, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.settings import KnowledgeSettings

ROOT = Path(__file__).resolve().parents[2]
SUMMARY_KEYS = ("P@1", "MRR@10", "R@5", "ANSWERED_PRECISION", "COVERAGE", "NONE_RECALL", "MIN_STYLE_P@1", "P95_MS")


def run_cli(*args: str, index_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    if index_dir is not None:
        env["KNOWLEDGE_INDEX_DIR"] = str(index_dir)
    return subprocess.run(
        [sys.executable, "-m", "knowledge", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


def test_build_reports_unchanged_index(knowledge_settings: KnowledgeSettings, built_index: Path) -> None:
    result = run_cli("build", index_dir=built_index)
    assert result.returncode == 0, result.stderr
    assert "unchanged" in result.stdout


def test_ask_prints_answers_with_sources(built_index: Path) -> None:
    result = run_cli("ask", "住民票はどこで取れますか", index_dir=built_index)
    assert result.returncode == 0, result.stderr
    assert "[koseki-001]" in result.stdout.splitlines()[0]
    assert "出典: https://www.city.osaki.miyagi.jp/" in result.stdout
    assert "score=" in result.stdout


def test_ask_out_of_scope_says_it_does_not_know(built_index: Path) -> None:
    result = run_cli("ask", "明日の東京の天気を教えてください", index_dir=built_index)
    assert result.returncode == 0
    assert "確かな答えが見つかりませんでした" in result.stdout
    assert "0229-23-5091" in result.stdout


def test_ask_without_index_exits_3(tmp_path: Path) -> None:
    result = run_cli("ask", "住民票", index_dir=tmp_path / "missing")
    assert result.returncode == 3
    assert "python -m knowledge build" in result.stderr
    assert "Traceback" not in result.stderr


def test_ask_empty_question_exits_2(built_index: Path) -> None:
    result = run_cli("ask", "  ", index_dir=built_index)
    assert result.returncode == 2
    assert "empty" in result.stderr


def test_eval_prints_the_summary_line(tmp_path: Path) -> None:
    corpus = tmp_path / "faq.csv"
    corpus.write_text(
        "id,question,answer,category,department,source_url\n"
        "a,住民票の写しはどこで取れますか,市民課で1通300円です。,戸籍,市民課,https://x/a\n"
        "b,燃やせるごみの収集日はいつですか,週2回です。,ごみ,環境保全課,https://x/b\n"
        "c,児童手当の申請方法を教えてください,子育て支援課に申請します。,子育て,子育て支援課,https://x/c\n",
        "utf-8",
    )
    queries = tmp_path / "q.tsv"
    queries.write_text(
        "query\texpected_id\tstyle\n住民票がほしい\ta\tplain\nごみの日\tb\tkeywords\n"
        "子どもの手当\tc\tcasual\n宇宙旅行の予約\tNONE\tplain\n",
        "utf-8",
    )
    more = tmp_path / "q2.tsv"
    more.write_text("query\texpected_id\tstyle\nごみの収集日\tb\tplain\n宇宙旅行\tNONE\tkeywords\n", "utf-8")
    result = run_cli("eval", "--corpus", str(corpus), "--queries", str(queries), str(more))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    summaries = [line for line in lines if line.startswith("P@1=")]
    assert len(summaries) == 3  # each file, then both together
    assert [part.split("=")[0] for part in summaries[-1].split()] == list(SUMMARY_KEYS)
    figures = {k: float(v) for k, v in (part.split("=") for part in summaries[-1].split())}
    assert figures["P@1"] == pytest.approx(1.0)
    assert "queries: 4 in scope, 2 out of scope" in result.stdout
    assert lines[-2] == summaries[-1]
    assert lines[-1].startswith("TARGETS ") and "P@1 1.000>=0.82 ok" in lines[-1]
    assert "NONE_RECALL" in lines[-1] and "COVERAGE" in lines[-1]


def test_eval_without_alternatives_ignores_the_entries_other_wordings(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus" / "c"
    corpus.mkdir(parents=True)
    for entry_id, question, alternative, answer in (
        ("a", "住民票の写しはどこで取れますか。", "お天気の話がしたいです", "市民課で1通300円です。"),
        ("b", "燃やせるごみの収集日はいつですか。", "生ごみを出す曜日", "週2回です。"),
    ):
        (corpus / f"{entry_id}.md").write_text(
            f"---\nid: {entry_id}\nquestion: {question}\nquestions:\n  - {alternative}\ncategory: c\n"
            f"department: d\nphone: 0229-23-5091\nsource_url: https://x/{entry_id}\n---\n{answer}\n", "utf-8")
    queries = tmp_path / "q.tsv"
    queries.write_text("query\texpected_id\tstyle\nお天気の話がしたいです\ta\tplain\n", "utf-8")
    with_alternatives = run_cli("eval", "--corpus", str(corpus.parent), "--queries", str(queries))
    without = run_cli("eval", "--corpus", str(corpus.parent), "--queries", str(queries), "--without-alternatives")
    assert with_alternatives.returncode == 0 and without.returncode == 0, with_alternatives.stderr + without.stderr
    assert "MRR@10=1.000" in with_alternatives.stdout  # the alternative wording finds entry a
    assert "MRR@10=1.000" not in without.stdout  # without it nothing ties the query to entry a


def test_eval_with_bad_queries_file_exits_2(tmp_path: Path) -> None:
    corpus = tmp_path / "faq.csv"
    corpus.write_text("id,question,answer,category\na,q,a,c\n", "utf-8")
    queries = tmp_path / "q.tsv"
    queries.write_text("text\tid\nfoo\ta\n", "utf-8")
    result = run_cli("eval", "--corpus", str(corpus), "--queries", str(queries))
    assert result.returncode == 2
    assert "missing column 'query'" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_with_broken_corpus_exits_2(tmp_path: Path) -> None:
    corpus = tmp_path / "faq.csv"
    corpus.write_bytes("ID,問い合わせ文,応答文,カテゴリ\n1,住民票,市民課,戸籍\n".encode("cp932"))
    result = run_cli("build", "--corpus", str(corpus), "--index", str(tmp_path / "idx"))
    assert result.returncode == 2
    assert "faq.csv" in result.stderr and "Shift_JIS" in result.stderr
    assert not (tmp_path / "idx").exists()
