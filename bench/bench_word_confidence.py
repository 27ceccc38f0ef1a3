"""Whisper's confidence per word on spoken questions (bench/word_confidence.py): does handing the search a text
built around the words Whisper is unsure of close the typed/spoken gap?

    OMP_NUM_THREADS=1 nice -n 5 .venv/bin/python bench/bench_word_confidence.py --set dev --every 4 \
        --variants grid --save /tmp/wc/choice.json                                   # choose on a subset
    OMP_NUM_THREADS=1 nice -n 5 .venv/bin/python bench/bench_word_confidence.py --set dev --every 4 --rest \
        --variants kana@0.5 --save /tmp/wc/held-out.json                             # held out on the rest
        [--cost 10] [--cache var/bench/spoken-confidence]

Every query is spoken by Open JTalk at normal speed (as bench_spoken_questions.py; the WAV is taken from its
cache when there) and transcribed by the shipped Whisper (base int8, beam 5, no prompt) with
``word_timestamps=True``, which gives every word (for Japanese: a token piece) a probability; transcripts and
words are cached in ``--cache``. ``--cost N`` transcribes the first N queries with and without word timestamps
in turn (paired CPU time of the process, the extra time is the alignment pass) and checks the text is the same.

Variants (``rewrite@below``; ``grid`` = all of them at 0.2, 0.35, 0.5, 0.65, 0.8 and 1.01, every written word):
the unsure spans are the morphemes with a kanji or katakana letter whose lowest word probability is under
``below`` (voice.unsure_fix.unsure_spans);
``drop`` searches the confident part only, ``kana`` writes the unsure spans as their katakana reading, ``repeat``
appends the confident part (its terms count twice), ``fuse-drop``/``fuse-kana`` search the transcript and the
rewritten text and take the answer the search is more confident in, ``loose`` appends the corpus terms a looser
transcript fix (distance 0.25, corpus-spelt spans allowed) finds inside the unsure spans. Every text goes through
the transcript fix as the voice hands it on (``choose_text``), and the transcript is handed on unchanged
whenever the safety layer finds anything in it. Scored with the ranking fitted on the other set only (held out,
as bench_spoken_questions.py): P@1 in scope, out-of-scope abstention, questions gained/lost against the shipped
spoken+fix with the exact sign test. ``--rest`` measures the queries *not* in ``--every``/``--start``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import warnings
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.held_out_search import SET_PAIRS, held_out_search  # noqa: E402
from bench.spoken_support import sign_test_p  # noqa: E402
from bench.word_confidence_transcripts import heard_words  # noqa: E402

GRID_BELOW = (0.2, 0.35, 0.5, 0.65, 0.8, 1.01)  # 1.01: every written word
KINDS = ("drop", "kana", "repeat", "fuse-drop", "fuse-kana", "loose")
LOOSE_DISTANCE = 0.25


class Scorer:
    """Held-out outcomes of (query, text) pairs, each searched once."""

    def __init__(self, search: Any) -> None:
        from knowledge.tuning import fit_model

        self.search = search
        self.model = fit_model(search.others)
        self.done: dict[tuple[int, str], Any] = {}

    def outcomes(self, texts: list[str]) -> list[Any]:
        from knowledge.tuning import outcomes_with, prepare_items

        typed = self.search.typed
        missing = list(dict.fromkeys((i, t or "。") for i, t in enumerate(texts) if (i, t or "。") not in self.done))
        if missing:
            queries = [replace(typed[i], text=t) for i, t in missing]
            items = prepare_items(self.search.plain, queries, set_name=self.search.pair.name)
            for key, outcome in zip(missing, outcomes_with(self.model, items), strict=True):
                self.done[key] = outcome
        return [self.done[(i, t or "。")] for i, t in enumerate(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "osaki"), default="dev")
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--rest", action="store_true", help="the queries not in --every/--start")
    parser.add_argument("--variants", default="grid", help="grid, or comma-separated rewrite@below")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "spoken-confidence")
    parser.add_argument("--cost", type=int, default=0)
    parser.add_argument("--transcribe-only", action="store_true")
    parser.add_argument("--save", type=Path, default=None)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from bench.word_confidence import rewritten
    from knowledge.evaluate import OUT_OF_SCOPE, load_queries, score_outcomes
    from safety.assess import assess
    from voice.transcript_fix import SAFETY_CHANNEL, TranscriptFixer, choose_text
    from voice.unsure_fix import unsure_spans

    pair = SET_PAIRS[args.set]
    every = load_queries(pair.queries)
    chosen = set(range(args.start, len(every), args.every))
    typed = [q for i, q in enumerate(every) if (i in chosen) != args.rest]
    print(
        f"# word confidence bench, {args.set} set, {'rest of ' if args.rest else ''}queries "
        f"{args.start}::{args.every}: {len(typed)} ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})"
    )
    heard = heard_words([q.text for q in typed], args.cache, args.cost)
    if args.transcribe_only:
        return
    search = held_out_search(pair, typed)
    scorer = Scorer(search)
    fixer = search.fixer()
    loose = TranscriptFixer(
        zip(fixer.surfaces, fixer.readings, strict=True), (), max_distance=LOOSE_DISTANCE, tokenizer=fixer.tokenizer
    )
    texts = [h for h, _ in heard]
    now = datetime.now(UTC)
    alarmed = [assess(h, now=now, channel=SAFETY_CHANNEL).kind != "none" for h in texts]
    base = [choose_text(h, fixer) for h in texts]
    in_scope = [i for i, q in enumerate(typed) if q.expected_id != OUT_OF_SCOPE]
    oos = [i for i, q in enumerate(typed) if q.expected_id == OUT_OF_SCOPE]

    def right(outcome: Any) -> bool:
        return bool(outcome.abstained if outcome.query.expected_id == OUT_OF_SCOPE else outcome.rank == 1)

    typed_out = scorer.outcomes([q.text for q in typed])
    base_out = scorer.outcomes(base)
    spoken_out = scorer.outcomes(texts)
    typed_p1 = score_outcomes(typed_out).p_at_1
    minima = [
        min((s.confidence for s in unsure_spans(h, w, below=1.01, tokenizer=fixer.tokenizer)), default=1.0)
        for h, w in heard
    ]
    print(
        f"typed P@1 {typed_p1:.3f}; spoken {score_outcomes(spoken_out).p_at_1:.3f}; spoken+fix (shipped) "
        f"{score_outcomes(base_out).p_at_1:.3f} (gap {typed_p1 - score_outcomes(base_out).p_at_1:.3f}); "
        f"out of scope abstained {score_outcomes(base_out).none_recall:.3f}; {sum(alarmed)} transcripts with a "
        f"safety line (handed on unchanged)"
    )
    quartiles = statistics.quantiles(minima, n=4) if len(minima) > 1 else minima
    wrong = [minima[i] for i in in_scope if not right(base_out[i])]
    fine = [minima[i] for i in in_scope if right(base_out[i])]
    print(
        f"lowest written-word probability per transcript: quartiles {', '.join(f'{q:.2f}' for q in quartiles)}; "
        f"mean over spoken+fix misses {statistics.fmean(wrong or [0]):.2f} ({len(wrong)}), over hits "
        f"{statistics.fmean(fine or [0]):.2f} ({len(fine)})"
    )

    def variant_texts(kind: str, below: float) -> tuple[list[str], list[str] | None]:
        """The texts handed on, and for a fusion the alternative texts."""
        out: list[str] = []
        for index, (text, words) in enumerate(heard):
            if alarmed[index]:
                out.append(base[index])
                continue
            if kind == "loose":
                spans = unsure_spans(text, words, below=below, tokenizer=fixer.tokenizer)
                extra = [
                    f.term
                    for f in loose.fixes(text)
                    if f.term not in base[index] and any(f.start < s.end and s.start < f.end for s in spans)
                ]
                out.append(f"{base[index]} {' '.join(dict.fromkeys(extra))}" if extra else base[index])
                continue
            rewrite = kind.removeprefix("fuse-")
            alternative = rewritten(text, words, rewrite, below=below, tokenizer=fixer.tokenizer)  # type: ignore[arg-type]
            out.append(base[index] if alternative == text else choose_text(alternative, fixer))
        return (base, out) if kind.startswith("fuse-") else (out, None)

    if args.variants == "grid":
        variants = [f"{k}@{b}" for k in KINDS for b in GRID_BELOW]
    else:
        variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    print(f"\n{'variant':<16} {'P@1':>6} {'gap':>6} {'OOS':>6} {'changed':>7}  in scope vs shipped     OOS")
    results: dict[str, Any] = {}
    for variant in variants:
        kind, below = variant.split("@")
        handed, alternative = variant_texts(kind, float(below))
        final = scorer.outcomes(handed)
        changed = sum(a != b for a, b in zip(handed, base, strict=True))
        if alternative is not None:
            other = scorer.outcomes(alternative)
            final = [o if o.confidence > f.confidence else f for f, o in zip(final, other, strict=True)]
            changed = sum(a != b for a, b in zip(alternative, base, strict=True))
        report = score_outcomes(final)
        gained = [i for i in in_scope if right(final[i]) and not right(base_out[i])]
        lost = [i for i in in_scope if right(base_out[i]) and not right(final[i])]
        oos_g = sum(1 for i in oos if right(final[i]) and not right(base_out[i]))
        oos_l = sum(1 for i in oos if right(base_out[i]) and not right(final[i]))
        print(
            f"{variant:<16} {report.p_at_1:6.3f} {typed_p1 - report.p_at_1:6.3f} {report.none_recall:6.3f} "
            f"{changed:>7}  {len(gained):>2} gained, {len(lost):>2} lost, p {sign_test_p(len(gained), len(lost)):.3f}"
            f"   +{oos_g}/-{oos_l}",
            flush=True,
        )
        results[variant] = {
            "p_at_1": report.p_at_1,
            "gained": len(gained),
            "lost": len(lost),
            "rows": [
                {
                    "text": q.text,
                    "style": q.style,
                    "heard": texts[i],
                    "base": base[i],
                    "handed": (alternative or handed)[i],
                    "typed": right(typed_out[i]),
                    "shipped": right(base_out[i]),
                    "final": right(final[i]),
                }
                for i, q in enumerate(typed)
            ],
        }
        if len(variants) <= 3:
            for i in (gained + lost)[: args.show]:
                mark = "+" if i in gained else "-"
                print(f"  {mark} [{typed[i].style}] {typed[i].text}: {base[i]} -> {(alternative or handed)[i]}")
    if args.save is not None:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(
            json.dumps(
                {"typed_p_at_1": typed_p1, "shipped_p_at_1": score_outcomes(base_out).p_at_1, "variants": results},
                ensure_ascii=False,
                indent=0,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
