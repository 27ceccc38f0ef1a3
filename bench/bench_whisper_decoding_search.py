"""Search figures of the Whisper decoding variants (bench/bench_whisper_decoding.py) in one process.

    .venv/bin/python bench/bench_whisper_decoding_search.py --set osaki --every 4 --variants base,float32,...
        [--cache var/bench/spoken-decoding] [--save-dir DIR]

Reads each variant's transcripts from ``--cache``/<variant> (made by bench_whisper_decoding.py with the same
``--set/--every/--start``; a missing one is an error), loads the corpus, the embedder and the ranking once and
reports per variant what bench_spoken_questions.py reports for one: knowledge P@1 of the in-scope queries spoken
and spoken+fix (the transcript fix as shipped) with the ranking model fitted on the other set only (held out),
out-of-scope abstention, and the pairs against the first variant listed: questions gained and lost (spoken+fix,
in scope) with the two-sided exact sign test. ``--save-dir`` writes bench_spoken_questions-style rows per variant.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_whisper_decoding import parse_variants  # noqa: E402
from bench.held_out_search import SET_PAIRS, held_out_search  # noqa: E402
from bench.spoken_support import fix_figures, per_query_rows, read_cached_heard, settings_key, sign_test_p  # noqa: E402


def variant_settings(overrides: dict[str, str]) -> Any:
    """VoiceSettings under a variant's VOICE_... values (the environment restored after)."""
    from voice.settings import VoiceSettings

    saved = {key: os.environ.get(key) for key in overrides}
    os.environ.update(overrides)
    try:
        return VoiceSettings()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "osaki"), default="osaki")
    parser.add_argument("--every", type=int, default=3)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--variants", default="base")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "spoken-decoding")
    parser.add_argument("--save-dir", type=Path, default=None)
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from knowledge.evaluate import OUT_OF_SCOPE, load_queries, score_outcomes
    from voice.judge import reading_cer

    pair = SET_PAIRS[args.set]
    typed = load_queries(pair.queries)[args.start :: args.every]
    variants = parse_variants(args.variants)
    heard: dict[str, list[str]] = {}
    for name, overrides in variants.items():
        settings = variant_settings(overrides)
        heard[name] = read_cached_heard([args.cache / name / f"{settings_key(q.text, settings)}.json" for q in typed],
                                        made_by=f"{name}: bench_whisper_decoding.py")

    search = held_out_search(pair, typed)
    fixer = search.fixer()
    outcomes = search.outcomes

    typed_report = score_outcomes(outcomes([q.text for q in typed]))
    in_scope = [i for i, q in enumerate(typed) if q.expected_id != OUT_OF_SCOPE]
    print(f"# {args.set} set, queries {args.start}::{args.every} ({len(typed)}, {len(in_scope)} in scope), held-out "
          f"ranking; typed P@1 {typed_report.p_at_1:.3f}, load {os.getloadavg()[0]:.1f}")
    print(f"{'variant':<16} {'CER':>6} {'spoken':>7} {'+fix':>7} {'gap':>7} {'OOS abst':>8}  paired +fix vs first")
    first: list[dict[str, Any]] | None = None
    for name, texts in heard.items():
        fixed, _timing, _changed = fix_figures(fixer, texts)
        spoken_out, fixed_out = outcomes(texts), outcomes(fixed)
        spoken_report, fixed_report = score_outcomes(spoken_out), score_outcomes(fixed_out)
        rows = per_query_rows(typed, texts, fixed, {"spoken": spoken_out, "spoken+fix": fixed_out})
        if args.save_dir is not None:
            args.save_dir.mkdir(parents=True, exist_ok=True)
            (args.save_dir / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=0),
                                                        encoding="utf-8")
        cer = sum(reading_cer(typed[i].text, texts[i]) for i in in_scope) / len(in_scope)
        pairs = ""
        if first is not None:
            gained = sum(1 for i in in_scope if rows[i]["spoken+fix"] and not first[i]["spoken+fix"])
            lost = sum(1 for i in in_scope if first[i]["spoken+fix"] and not rows[i]["spoken+fix"])
            pairs = f"{gained} gained, {lost} lost, sign test p {sign_test_p(gained, lost):.3f}"
        first = first if first is not None else rows
        print(f"{name:<16} {cer:6.3f} {spoken_report.p_at_1:7.3f} {fixed_report.p_at_1:7.3f} "
              f"{typed_report.p_at_1 - fixed_report.p_at_1:7.3f} {fixed_report.none_recall:8.3f}  {pairs}", flush=True)


if __name__ == "__main__":
    main()
