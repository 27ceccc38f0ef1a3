"""The corpus lint: each check on small corpora, and the CLI's exit codes on real folders."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from knowledge.japanese import MorphAnalyzer
from knowledge.lint import LintProblem, check_vocabulary, lint_entries
from knowledge.records import FaqEntry
from knowledge.vocabulary import Vocabulary, parse_vocabulary

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 30)


def entry(id_: str, question: str, answer: str, *, department: str = "市民課", phone: str = "0229-23-5311",
          url: str = "https://www.city.osaki.miyagi.jp/a.html", updated: str = "2026-10-01") -> FaqEntry:
    return FaqEntry(id=id_, question=question, answer=answer, category="c", department=department, phone=phone,
                    source_url=url, updated=updated)


def lint(entries: list[FaqEntry], analyzer: MorphAnalyzer) -> list[LintProblem]:
    return lint_entries(entries, analyzer, today=TODAY, stale_days=365, duplicate_similarity=0.6)


def checks(problems: list[LintProblem], severity: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(p.check, p.entries) for p in problems if p.severity == severity}


def test_a_clean_corpus_has_no_problems(analyzer: MorphAnalyzer) -> None:
    entries = [entry("a", "住民票の写しはどこで取れますか", "市民課で1通300円です。"),
               entry("b", "犬の登録はどこでしますか", "環境保全課で登録します。", department="環境保全課",
                     phone="0229-23-6075")]
    assert lint(entries, analyzer) == []


def test_contacts_one_phone_per_department_and_one_name_per_phone(analyzer: MorphAnalyzer) -> None:
    entries = [entry("a", "住民票の写し", "窓口で取れます。"), entry("b", "戸籍謄本", "窓口で取れます。謄本です。"),
               entry("c", "印鑑登録", "印鑑を持って来てください。", phone="0229-23-9999"),
               entry("d", "転入届", "14日以内に出してください。", department="市民窓口課")]
    errors = checks(lint(entries, analyzer), "error")
    assert ("department-phone", ("c",)) in errors  # 市民課 with a second number
    assert ("department-name", ("d",)) in errors  # 0229-23-5311 under a second name


def test_missing_and_malformed_fields_are_errors(analyzer: MorphAnalyzer) -> None:
    entries = [entry("a", "住民票", "市民課です。", department="", phone="23-5311", url="www.example"),
               entry("b", "ごみ", "週2回です。", url="")]
    errors = checks(lint(entries, analyzer), "error")
    assert {("missing", ("a",)), ("phone", ("a",)), ("url", ("a",)), ("missing", ("b",))} <= errors


def test_near_duplicates_stale_entries_and_unknown_departments(analyzer: MorphAnalyzer) -> None:
    text = "マイナンバーカードがあればコンビニで住民票の写しを取れます。利用時間は6時30分から23時までです。"
    entries = [entry("a", "コンビニで住民票を取れますか", text),
               entry("b", "コンビニで住民票は取れますか", text, updated="2024-01-05"),
               entry("c", "保険証はどうなりますか", "保険年金課へお問い合わせください。", updated="")]
    problems = lint(entries, analyzer)
    assert ("near-duplicate", ("a", "b")) in checks(problems, "error")
    warnings = checks(problems, "warning")
    assert {("stale", ("b",)), ("stale", ("c",)), ("unknown-department", ("c",))} <= warnings


def run_lint(corpus: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "knowledge", "lint", "--corpus", str(corpus)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_passes_the_sample_corpus() -> None:
    result = run_lint(ROOT / "knowledge" / "corpus")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 error(s)" in result.stdout


def test_cli_exits_1_on_errors(tmp_path: Path) -> None:
    (tmp_path / "faq.csv").write_text(
        "ID,問い合わせ文,応答文,カテゴリ,担当課,電話番号,URL\n"
        "1,住民票はどこで取れますか,市民課で取れます。,戸籍,市民課,0229-23-5311,https://e.jp/a\n"
        "2,印鑑登録はどこでできますか,市民課で登録できます。,戸籍,市民課,0229-23-0000,not a url\n",
        "utf-8",
    )
    result = run_lint(tmp_path)
    assert result.returncode == 1
    assert "[department-phone] 2" in result.stdout and "[url] 2" in result.stdout
    assert "Traceback" not in result.stderr


def test_vocabulary_synonyms_that_never_match_are_errors(analyzer: MorphAnalyzer) -> None:
    """A key or term the analyzer reads differently (はがき is 葉書, 市外 is 市 + 外) can never match."""
    vocabulary = Vocabulary({"葉書": ("通知",), "はがき": ("通知",), "県外": ("市外",)})
    problems = check_vocabulary(vocabulary, analyzer)
    assert {(p.severity, p.entries) for p in problems} == {("error", ("はがき",)), ("error", ("県外",))}
    assert any("葉書" in p.message for p in problems)
    assert any("市 + 外" in p.message for p in problems)


def test_vocabulary_rewrites_the_normaliser_makes_unreachable_are_errors(analyzer: MorphAnalyzer) -> None:
    """A query is NFKC-normalized and lower-cased first: what the loader cannot bring to that form never matches."""
    vocabulary = parse_vocabulary({"rewrites": [["ICカード", "マイナンバーカード"], [r"\uFF21|[Ａ-Ｚ]", "x"],
                                                ["電話\\t番号", "電話番号"], ["スマホ", "ＰＣ"]]}, source="t")
    problems = check_vocabulary(vocabulary, analyzer)
    assert {(p.severity, p.entries) for p in problems} == {
        ("error", ("rewrite 2",)), ("error", ("rewrite 3",)), ("warning", ("rewrite 4",))}
    assert any(r"\uFF21, Ａ-Ｚ in" in p.message for p in problems)


def test_cli_passes_the_packaged_vocabulary(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    command = [sys.executable, "-m", "knowledge", "lint", "--vocabulary"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 error(s)" in result.stdout
    (tmp_path / "v.yaml").write_text("synonyms:\n  クビ: [退職]\n", "utf-8")
    result = subprocess.run(command, cwd=ROOT, env={**env, "KNOWLEDGE_VOCABULARY_PATH": str(tmp_path / "v.yaml")},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "'クビ' never matches: read as 首" in result.stdout
