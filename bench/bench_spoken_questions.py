"""Spoken questions: knowledge P@1 typed vs spoken (Open JTalk -> Whisper base -> search), with and without the
reading-based transcript fix (voice/transcript_fix.py), per style.

    .venv/bin/python bench/bench_spoken_questions.py [--set dev|osaki] [--distance 0.2] [--spot-distance 0.2]
                                                     [--grid 0.1,0.2,0.3]
                                                     [--threads 1] [--cache var/bench/spoken-questions]
                                                     [--every 4] [--save run.json] [--compare earlier.json]

``--set dev`` (default): the dev queries (../shared/eval/queries-dev.tsv) over the dev corpus; ``--set osaki``: the
Osaki queries (knowledge/eval/osaki-queries.tsv) over the city corpus (knowledge/corpus), the held-out set of the
transcript fix (its threshold was chosen on the dev set). Every query is spoken by Open JTalk at normal speed (the
reading fixes and city lexicon of the voice apply), transcribed by Whisper base int8 (the voice's own engine and
settings), and the transcript is searched like the typed query; "spoken+fix" searches what the voice hands the
chat (voice.transcript_fix.choose_text: the transcript with the corpus terms it sounds like appended, the fixer
built from the searched corpus and the voice lexicon, with its reading spotter when VOICE_TRANSCRIPT_SPOT=true).
The synthesised WAVs and the transcripts are cached under
``--cache`` (keyed by the text after the reading fixes, the Whisper vocabulary prompt, beam width and any other
decoding setting changed from the shipped ones, ``decoding_signature``), so a rerun only searches;
``VOICE_WHISPER_VOCABULARY_FILE= .venv/bin/python bench/...`` measures Whisper without the prompt,
``VOICE_WHISPER_BEAM_SIZE=1`` greedy (the cached transcripts of docs/benchmarks.md are greedy and prompt-free).
``--grid`` prints spoken+fix P@1 (held-out ranking) for several distances: choose on the dev set only.
``--every N`` measures every N-th query only (a quick subset to choose a variant on); ``--save`` writes the
per-query outcomes (held-out ranking), ``--compare`` pairs this run with a saved one on the same queries (questions
gained and lost, two-sided exact sign test), e.g. with and without a Whisper prompt.

Two rankings are reported:
- the shipped ranking model (fitted on the typed queries of both sets: typed figures are in sample);
- a ranking model fitted on the other set only (dev: on the Osaki set; Osaki: on the dev set), so typed,
  spoken and spoken+fix are all held out.
Target: spoken P@1 within 0.08 of typed P@1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.held_out_search import SET_PAIRS, held_out_search  # noqa: E402
from bench.spoken_support import (  # noqa: E402
    TARGET_GAP,
    cached_transcript,
    fix_figures,
    per_query_rows,
    print_comparison,
    spoken_transcripts,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "osaki"), default="dev", help="query set and its corpus")
    parser.add_argument("--distance", type=float, default=None, help="transcript fix distance (default: setting)")
    parser.add_argument("--spot-distance", type=float, default=None,
                        help="reading spotter distance (default: setting); it runs when VOICE_TRANSCRIPT_SPOT=true")
    parser.add_argument("--grid", default="", help="comma-separated distances to compare (choose on dev only)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads of Whisper")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "spoken-questions")
    parser.add_argument("--show", type=int, default=5, help="print this many spoken misses")
    parser.add_argument("--every", type=int, default=1,
                        help="measure every N-th query only (a quick subset, e.g. to choose a variant)")
    parser.add_argument("--save", type=Path, default=None,
                        help="write the per-query outcomes (held-out ranking) to this JSON file")
    parser.add_argument("--compare", type=Path, default=None,
                        help="a --save file of an earlier run on the same queries: paired gains/losses, sign test")
    parser.add_argument("--cached-only", action="store_true",
                        help="measure only the queries whose transcript is cached (nothing is transcribed)")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))

    from dataclasses import replace

    from knowledge.evaluate import OUT_OF_SCOPE, EvalReport, load_queries, run_queries, score_outcomes
    from knowledge.service import searcher_for_entries
    from voice.settings import VoiceSettings
    from voice.transcript_fix import TranscriptFixer

    pair = SET_PAIRS[args.set]
    print(f"# spoken questions bench, {args.set} set ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    typed = load_queries(pair.queries)[:: args.every]
    if args.every > 1:
        print(f"every {args.every}th query: {len(typed)} queries")
    if args.cached_only:
        typed = [q for q in typed if cached_transcript(q.text, args.cache, VoiceSettings()) is not None]
        print(f"cached transcripts only: {len(typed)} queries")
    heard = spoken_transcripts([q.text for q in typed], args.cache, args.threads)

    search = held_out_search(pair, typed)
    setup = search.setup
    voice_settings = setup.voice_settings

    spot_distance = (None if not voice_settings.transcript_spot
                     else args.spot_distance if args.spot_distance is not None
                     else voice_settings.transcript_spot_distance)

    def fixer_of(distance: float) -> TranscriptFixer:
        return search.fixer(max_distance=distance, spot_distance=spot_distance)

    distance = args.distance if args.distance is not None else voice_settings.transcript_fix_distance
    started = time.perf_counter()
    fixer = fixer_of(distance)
    build_s = time.perf_counter() - started
    fixed_texts, timing, changed = fix_figures(fixer, heard)
    print(f"transcript fix: distance {distance}, reading spotter "
          f"{'off' if spot_distance is None else f'distance {spot_distance}'}, {len(fixer.readings)} terms, "
          f"built in {build_s:.1f} s; per "
          f"transcript {timing}; {changed}/{len(heard)} transcripts changed")

    def as_queries(texts: list[str]) -> list[Any]:
        return [replace(q, text=t or "。") for q, t in zip(typed, texts, strict=True)]

    variants = {"typed": typed, "spoken": as_queries(heard), "spoken+fix": as_queries(fixed_texts)}
    shipped = searcher_for_entries(setup.entries, setup.settings, embedder=setup.embedder)
    for query in typed[:3]:
        shipped.search(query.text)
    reports: dict[str, dict[str, EvalReport]] = {
        "shipped model (typed in sample)": {k: score_outcomes(run_queries(shipped, v)) for k, v in variants.items()}
    }
    other_name = pair.other_name

    def held_out(queries: list[Any]) -> EvalReport:
        return score_outcomes(search.outcomes([q.text for q in queries]))

    outcomes = {k: search.outcomes([q.text for q in v]) for k, v in variants.items()}
    reports[f"fitted on the {other_name} set only (held out)"] = {k: score_outcomes(v) for k, v in outcomes.items()}
    rows = per_query_rows(typed, heard, fixed_texts, outcomes)
    if args.save is not None:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")

    for title, by_variant in reports.items():
        print(f"\n{title}")
        print(f"{'style':<10} {'n':>4} {'typed':>7} {'spoken':>7} {'+fix':>7} {'gap':>7}")
        for style, figures in by_variant["typed"].per_style.items():
            row = [by_variant[k].per_style[style]["p_at_1"] for k in variants]
            cells = " ".join(f"{v:>7.3f}" for v in row)
            print(f"{style:<10} {int(figures['n']):>4} {cells} {row[0] - row[2]:>7.3f}")
        row = [by_variant[k].p_at_1 for k in variants]
        print(f"{'all':<10} {by_variant['typed'].in_scope:>4} " + " ".join(f"{v:>7.3f}" for v in row)
              + f" {row[0] - row[2]:>7.3f}  (P@1; gap = typed - spoken+fix, target <= {TARGET_GAP})")
        print("out of scope abstained: " + ", ".join(f"{k} {r.none_recall:.3f}" for k, r in by_variant.items()))
        print("answered precision / coverage: " + ", ".join(
            f"{k} {r.answered_precision:.3f} / {r.coverage:.3f}" for k, r in by_variant.items()))

    for value in [float(v) for v in args.grid.split(",") if v.strip()]:
        grid_texts, _timing, grid_changed = fix_figures(fixer_of(value), heard)
        report = held_out(as_queries(grid_texts))
        print(f"grid: distance {value:.2f}: spoken+fix P@1 {report.p_at_1:.3f} (held-out ranking), "
              f"{grid_changed} changed, out of scope abstained {report.none_recall:.3f}")

    if args.compare is not None:
        print_comparison(json.loads(args.compare.read_text(encoding="utf-8")), rows)

    from voice.judge import reading_cer

    in_scope = [(q, h) for q, h in zip(typed, heard, strict=True) if q.expected_id != OUT_OF_SCOPE]
    cer = sum(reading_cer(q.text, h) for q, h in in_scope) / len(in_scope)
    print(f"\nmean reading CER of the transcripts: {cer:.3f}")
    for query, text in [(q, h) for q, h in in_scope if reading_cer(q.text, h) > 0.2][: args.show]:
        print(f"  [{query.style}] {query.text} -> {text}")


if __name__ == "__main__":
    main()
