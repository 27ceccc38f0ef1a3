"""The staff loop's costs and grouping quality: masking, logging a turn, the 「FAQの改善」 page's grouping and
chart queries, and the incremental rebuild after attaching a question; grouping quality on labelled queries.

    .venv/bin/python bench/bench_faq_improvement.py                 # everything (loads the embedding model)
    .venv/bin/python bench/bench_faq_improvement.py --no-model      # without the embedder

Grouping quality: the labelled Osaki query sets (knowledge/eval/osaki-queries*.tsv: several wordings per entry)
are grouped as the page would group them (each out-of-scope query a label of its own), by similarity alone and
with the search's best entry (which the log stores for every question); pairwise precision (two questions in
one group ask about the same entry) and recall (two questions about one entry share a group) are printed per
engine at the shipped thresholds. The rule and thresholds were chosen on osaki-queries.tsv; osaki-queries-2.tsv
is the held-out figure (the search's own models were fitted by cross-validation over the labelled sets, so its
best entry is not fully unseen).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chat.masking import mask_personal_data  # noqa: E402
from chat.models import OUTCOME_ABSTAINED, OUTCOME_ANSWERED  # noqa: E402
from chat.question_log import TurnFacts, record_question  # noqa: E402
from chat.settings import QuestionLogSettings  # noqa: E402
from knowledge.ingest import load_corpus  # noqa: E402
from staff import faq_improvement as faq  # noqa: E402
from staff.faq_groups import EmbeddingSimilarity, NgramSimilarity, TextSimilarity, group_texts  # noqa: E402
from storage.database import open_database  # noqa: E402

TOKYO = ZoneInfo("Asia/Tokyo")
QUERY_SETS = (ROOT / "knowledge" / "eval" / "osaki-queries.tsv", ROOT / "knowledge" / "eval" / "osaki-queries-2.tsv")
PERSONAL = ("佐藤さんの", "090-1234-5678に電話で", "古川七日町1-1の", "マイナンバー123456789012の", "")
ENDINGS = ("", "を教えて", "はどこですか", "について知りたい", "ってどうすればいいですか")


def synthetic_questions(n: int) -> list[tuple[str, str]]:
    """n distinct (question, entry id) from the corpus, some with personal data, several wordings per entry."""
    base = [(e.question.rstrip("。?？"), e.id) for e in load_corpus(ROOT / "knowledge" / "corpus")]
    out: list[tuple[str, str]] = []
    i = 0
    while len(out) < n:
        q, entry = base[i % len(base)]
        variant = i // len(base)
        out.append((PERSONAL[variant % len(PERSONAL)] + q + ENDINGS[(variant // len(PERSONAL)) % len(ENDINGS)]
                    + ("" if variant < len(PERSONAL) * len(ENDINGS) else f"({variant})"), entry))
        i += 1
    return out


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"p50 {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms"


def labelled_queries(path: Path) -> list[tuple[str, str]]:
    """(query, expected entry) of a labelled set; each out-of-scope query is its own label (grouping two of them
    counts as a mistake)."""
    with path.open(encoding="utf-8") as handle:
        rows = [(r["query"], r["expected_id"]) for r in csv.DictReader(handle, delimiter="\t") if r["expected_id"]]
    return [(query, entry if entry != "NONE" else f"NONE-{i}") for i, (query, entry) in enumerate(rows)]


def grouping_quality(queries: list[tuple[str, str]], similarity: TextSimilarity, thresholds: tuple[float, float],
                     entries: dict[str, str]) -> str:
    """Pairwise precision and recall of the page's grouping against the labels."""
    label = dict(queries)
    groups = group_texts([(q, 1) for q in label], similarity, threshold=thresholds[0], entries=entries,
                         entry_threshold=thresholds[1])
    together = {pair for g in groups for pair in combinations(sorted(t for t, _ in g.wordings), 2)}
    same = {pair for pair in combinations(sorted(label), 2) if label[pair[0]] == label[pair[1]]}
    hits = len(together & same)
    precision = hits / len(together) if together else 0.0
    recall = hits / len(same) if same else 0.0
    return (f"{len(label)} queries about {len(set(label.values()))} entries -> {len(groups)} groups; "
            f"pairwise precision {precision:.3f}, recall {recall:.3f}")


def quality_report(similarity: TextSimilarity, threshold: tuple[float, float], searcher: object | None) -> None:
    """Grouping quality per labelled set: by similarity alone, and with the search's best entry (as logged)."""
    for path in QUERY_SETS:
        if not path.exists():
            continue
        queries = labelled_queries(path)
        role = "chosen on" if path == QUERY_SETS[0] else "held out"
        print(f"  {path.name} ({role}), similarity only: {grouping_quality(queries, similarity, threshold, {})}")
        if searcher is not None:
            entries = {q: searcher.search(q, k=1).answers[0].entry.id for q, _ in queries}  # type: ignore[attr-defined]
            agree = sum(entries[q] == e for q, e in queries) / len(queries)
            print(f"  {path.name} ({role}), with the search's entry (right for {agree:.3f} of the queries): "
                  f"{grouping_quality(queries, similarity, threshold, entries)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true", help="skip the embedding model")
    parser.add_argument("--distinct", type=int, default=1000, help="distinct questions on the page")
    parser.add_argument("--rows", type=int, default=5000, help="questions in the period")
    args = parser.parse_args()
    settings = QuestionLogSettings(_env_file=None)
    questions = synthetic_questions(args.distinct)
    texts = [q for q, _ in questions]

    started = time.perf_counter()
    masked = [mask_personal_data(t) for t in texts * 10]
    per_text = (time.perf_counter() - started) / len(masked) * 1e6
    print(f"masking: {per_text:.0f} µs per question ({len(masked)} questions); "
          f"{sum('【' in m for m in masked[:len(texts)])} of {len(texts)} had personal data masked")

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(url=f"sqlite:///{folder}/bench.db")
        now = datetime.now(UTC)
        insert: list[float] = []
        for i in range(args.rows):
            outcome = OUTCOME_ABSTAINED if i % 3 else OUTCOME_ANSWERED
            t0 = time.perf_counter()
            record_question(database, session_id=f"s{i}", text=texts[i % len(texts)], channel="web", outcome=outcome,
                            facts=TurnFacts(category="ごみ", nearest_entry_id=questions[i % len(questions)][1]),
                            now=now - timedelta(minutes=i))
            insert.append((time.perf_counter() - t0) * 1000)
        print(f"logging one turn (SQLite, own transaction): {ms(insert)}")
        today = now.astimezone(TOKYO).date()
        period = faq.parse_period("", "", today=today, default_days=settings.default_period_days)
        engines: list[tuple[TextSimilarity, tuple[float, float]]] = [
            (NgramSimilarity(), (settings.group_ngram_similarity, settings.group_entry_ngram_similarity))]
        searcher = None
        if not args.no_model:
            from knowledge.embed import SentenceTransformerEmbedder
            from knowledge.service import ensure_index, open_searcher
            from knowledge.settings import KnowledgeSettings

            model = SentenceTransformerEmbedder("use-multilingual")
            engines.append((EmbeddingSimilarity(model), (settings.group_similarity, settings.group_entry_similarity)))
            shipped = KnowledgeSettings(_env_file=None, index_dir=Path(folder) / "shipped-index")
            ensure_index(shipped, embedder=model)
            searcher = open_searcher(shipped, embedder=model)
        for similarity, threshold in engines:
            for view in ("first view", "next view"):
                t0 = time.perf_counter()
                with database.sessions() as session:
                    rows = faq.open_questions(session, period=period, tz=TOKYO)
                    groups = faq.improvement_groups(rows, similarity, threshold=threshold[0],
                                                    entry_threshold=threshold[1], max_grouped=settings.max_grouped)
                elapsed = time.perf_counter() - t0
                print(f"page groups, {similarity.name} ({view}): {len(rows)} questions, "
                      f"{len({r.text for r in rows})} distinct -> {len(groups)} groups in {elapsed * 1000:.0f} ms")
            print(f"grouping quality, {similarity.name} at {threshold[0]} (same entry: {threshold[1]}):")
            quality_report(similarity, threshold, searcher)
        t0 = time.perf_counter()
        with database.sessions() as session:
            weeks, chart = faq.chart_rows(session, today=today, weeks=settings.chart_weeks, tz=TOKYO)
        print(f"weekly chart data: {len(chart)} questions over {len(weeks)} weeks in "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        database.close()

        if not args.no_model:
            from knowledge.alternatives import add_alternative_question, rebuild_index

            corpus = Path(folder) / "corpus"
            shutil.copytree(ROOT / "knowledge" / "corpus", corpus)
            knowledge = KnowledgeSettings(_env_file=None, corpus_path=corpus, index_dir=Path(folder) / "index")
            t0 = time.perf_counter()
            full = ensure_index(knowledge, embedder=model)
            build_s = time.perf_counter() - t0
            add_alternative_question(knowledge, entry_id="gomi-001", question="カラスにつつかれないごみ出しの曜日")
            t0 = time.perf_counter()
            rebuilt = rebuild_index(knowledge, embedder=model)
            print(f"attach + rebuild: full build {full.entries} entries {build_s:.1f} s; after one alternative "
                  f"question {time.perf_counter() - t0:.1f} s, {rebuilt.embedded} entry re-embedded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
