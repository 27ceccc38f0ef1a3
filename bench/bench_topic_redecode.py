"""A second Whisper decoding biased by the first's topic (voice/topic_redecode.py) on spoken questions.

    nice -n 15 .venv/bin/python bench/bench_topic_redecode.py --set osaki --every 4 --variants q3,q5,t5
        [--rules always,confident,unsure] [--cache var/bench/spoken-topic] [--save-dir DIR] [--cost 10]

Pass 1 is the shipped transcript (Whisper base int8, beam 5, no prompt) read from bench_whisper_decoding.py's
cache (``--base-cache``/base; the WAVs from ``--base-cache``/wav: run that bench first for missing ones). It is
fixed as the voice hands it on (``choose_text``) and searched with the ranking model fitted on the other set only
(held out, as bench_spoken_questions.py); the first K entries of that search give pass 2's prompt (variant
``qK``: their questions, ``tK``: the corpus words of their questions; voice.topic_redecode.topic_prompt). Pass 2
transcribes the same WAV with that prompt (one thread; cached in ``--cache`` under a key with the prompt), is
fixed and searched the same way, and each rule (voice.topic_redecode.keep_second) picks pass 1 or pass 2 per
query; pass 2 is never run on a question where the safety layer finds anything in pass 1 (may_redecode), nor
kept when it finds anything in pass 2 (second_allowed).

Printed per variant and rule: P@1 (in scope), out-of-scope abstention, gained/lost in scope against pass 1 with
the exact sign test, per style; the oracle (either pass right); the CPU time of pass 2 (real-time factor on one
thread); ``--cost N`` also times pass 1 on the first N queries (paired CPU real-time factor of the whole turn).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.held_out_search import SET_PAIRS, held_out_search  # noqa: E402
from bench.spoken_support import cache_key, decoding_signature, read_cached_heard, settings_key, sign_test_p  # noqa: E402

RATE_HZ = 16000


def parse_variant(name: str) -> tuple[str, int]:
    """``q3`` -> (questions, 3), ``t5`` -> (terms, 5)."""
    kinds = {"q": "questions", "t": "terms"}
    return kinds[name[0]], int(name[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "osaki"), default="osaki")
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--variants", default="q3,q5,t5", help="qK: K entries' questions; tK: their corpus words")
    parser.add_argument("--rules", default="always,confident,unsure")
    parser.add_argument("--base-cache", type=Path, default=ROOT / "var" / "bench" / "spoken-decoding")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "spoken-topic")
    parser.add_argument("--save-dir", type=Path, default=None)
    parser.add_argument("--cost", type=int, default=0, help="also time pass 1 on the first N queries")
    parser.add_argument("--show", type=int, default=8, help="print this many changed questions per variant")
    parser.add_argument("--reverse", action="store_true",
                        help="transcribe from the last query back (a second process filling the same cache)")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import numpy as np

    from knowledge.evaluate import OUT_OF_SCOPE, load_queries, score_outcomes
    from voice.audio import decode_wav, to_pcm16
    from voice.engines import load_whisper
    from voice.lexicon import apply_lexicon
    from voice.settings import VoiceSettings
    from voice.topic_redecode import Topic, keep_second, may_redecode, second_allowed, topic_prompt
    from voice.transcript_fix import choose_text

    pair = SET_PAIRS[args.set]
    typed = load_queries(pair.queries)[args.start :: args.every]
    shipped = VoiceSettings(whisper_threads=1, whisper_cache_dir=ROOT / "var" / "models",
                            lexicon_build_dir=ROOT / "var" / "voice")
    apply_lexicon(shipped.lexicon_path, shipped.lexicon_build_dir)
    heard1 = read_cached_heard([args.base_cache / "base" / f"{settings_key(q.text, shipped)}.json" for q in typed],
                               made_by="pass 1: bench_whisper_decoding.py")

    search = held_out_search(pair, typed)
    fixer = search.fixer()
    by_id = {e.id: e for e in search.setup.entries}
    outcomes = search.outcomes

    def right(outcome: Any) -> bool:
        return bool(outcome.abstained if outcome.query.expected_id == OUT_OF_SCOPE else outcome.rank == 1)

    typed_out = outcomes([q.text for q in typed])
    fixed1 = [choose_text(h, fixer) for h in heard1]
    out1 = outcomes(fixed1)
    allowed1 = [may_redecode(h, f) for h, f in zip(heard1, fixed1, strict=True)]
    in_scope = [i for i, q in enumerate(typed) if q.expected_id != OUT_OF_SCOPE]
    oos = [i for i, q in enumerate(typed) if q.expected_id == OUT_OF_SCOPE]
    typed_p1, p1_1 = score_outcomes(typed_out).p_at_1, score_outcomes(out1).p_at_1
    print(f"# topic-biased second decoding, {args.set} set, queries {args.start}::{args.every} ({len(typed)}, "
          f"{len(in_scope)} in scope), held-out ranking, load {os.getloadavg()[0]:.1f}")
    print(f"typed P@1 {typed_p1:.3f}; pass 1 spoken+fix P@1 {p1_1:.3f} (gap {typed_p1 - p1_1:.3f}), out of scope "
          f"abstained {score_outcomes(out1).none_recall:.3f}; pass 2 barred by the safety layer on "
          f"{sum(not a for a in allowed1)} questions; pass 1 top-5 holds the right entry for "
          f"{sum(1 for i in in_scope if typed[i].expected_id in out1[i].ranked_ids[:5])}/{len(in_scope)}")

    wavs = [args.base_cache / "wav" / f"{cache_key(q.text, None, 1)}.wav" for q in typed]
    speech = [to_pcm16(decode_wav(p.read_bytes(), max_duration_s=120.0)[0]) for p in wavs]
    args.cache.mkdir(parents=True, exist_ok=True)
    whisper: Any = None
    signature = decoding_signature(shipped)

    if args.cost:
        whisper = load_whisper(shipped)
        whisper.transcribe(speech[0])
        cpu, spoken = 0.0, 0.0
        for pcm in speech[: args.cost]:
            started = time.process_time()
            whisper.transcribe(np.asarray(pcm))
            cpu += time.process_time() - started
            spoken += len(pcm) / RATE_HZ
        print(f"pass 1 CPU real-time factor {cpu / spoken:.3f} ({args.cost} queries, {spoken:.0f} s of speech)")

    rules = [r.strip() for r in args.rules.split(",") if r.strip()]
    styles = sorted({q.style for q in typed})
    for variant in [v.strip() for v in args.variants.split(",") if v.strip()]:
        kind, k = parse_variant(variant)
        heard2: list[str | None] = [None] * len(typed)
        cpu, spoken, timed, prompt_chars = 0.0, 0.0, 0, []
        order = range(len(typed) - 1, -1, -1) if args.reverse else range(len(typed))
        for index in order:
            query = typed[index]
            if not allowed1[index]:
                continue
            questions = [by_id[i].question for i in out1[index].ranked_ids[:k] if i in by_id]
            prompt = topic_prompt(questions, kind=kind, words=fixer.corpus_words)  # type: ignore[arg-type]
            prompt_chars.append(len(prompt or ""))
            path = args.cache / f"{cache_key(query.text, f'topic:{prompt}', shipped.whisper_beam_size, signature)}.json"
            if path.exists():
                heard2[index] = str(json.loads(path.read_text(encoding="utf-8"))["heard"])
                continue
            if whisper is None:
                whisper = load_whisper(shipped)
                whisper.transcribe(speech[0])
            started = time.process_time()
            text = whisper.transcribe_prompted(np.asarray(speech[index]), prompt).text
            cpu += time.process_time() - started
            spoken += len(speech[index]) / RATE_HZ
            timed += 1
            path.write_text(json.dumps({"text": query.text, "prompt": prompt, "heard": text}, ensure_ascii=False),
                            encoding="utf-8")
            heard2[index] = text
            if timed % 20 == 0:
                print(f"  {variant}: transcribed {timed} (load {os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
        fixed2 = [choose_text(h, fixer) if h is not None else f for h, f in zip(heard2, fixed1, strict=True)]
        usable = [h is not None and second_allowed(h, f) for h, f in zip(heard2, fixed2, strict=True)]
        out2 = outcomes(fixed2)
        cost = f"pass 2 CPU RTF {cpu / spoken:.3f} ({timed} timed)" if timed else "pass 2 cached"
        print(f"\n## {variant} ({kind}, K={k}): prompt {statistics.fmean(prompt_chars or [0]):.0f} characters mean; "
              f"{sum(a != b for a, b in zip(heard1, heard2, strict=True) if b is not None)} transcripts changed; "
              f"pass 2 alone P@1 {score_outcomes(out2).p_at_1:.3f}; oracle "
              f"{sum(right(out1[i]) or right(out2[i]) for i in in_scope) / len(in_scope):.3f}; "
              f"{sum(not u for u, h in zip(usable, heard2, strict=True) if h is not None)} pass-2 texts barred by "
              f"the safety layer; {cost}")
        print(f"{'rule':<10} {'P@1':>6} {'gap':>6} {'OOS abst':>8} {'taken':>6}  in scope vs pass 1        OOS")
        for rule in rules:
            take = [usable[i] and keep_second(rule, Topic((), out1[i].confidence, out1[i].abstained),
                                              out2[i].confidence) for i in range(len(typed))]
            final = [out2[i] if take[i] else out1[i] for i in range(len(typed))]
            report = score_outcomes(final)
            gained = sum(1 for i in in_scope if right(final[i]) and not right(out1[i]))
            lost = sum(1 for i in in_scope if right(out1[i]) and not right(final[i]))
            oos_g = sum(1 for i in oos if right(final[i]) and not right(out1[i]))
            oos_l = sum(1 for i in oos if right(out1[i]) and not right(final[i]))
            print(f"{rule:<10} {report.p_at_1:6.3f} {typed_p1 - report.p_at_1:6.3f} {report.none_recall:8.3f} "
                  f"{sum(take):>6}  {gained:>2} gained, {lost:>2} lost, p {sign_test_p(gained, lost):.3f}   "
                  f"+{oos_g}/-{oos_l}")
            per_style = []
            for style in styles:
                idx = [i for i in in_scope if typed[i].style == style]
                if idx:
                    per_style.append(f"{style} {sum(right(typed_out[i]) for i in idx) / len(idx):.2f}/"
                                     f"{sum(right(out1[i]) for i in idx) / len(idx):.2f}/"
                                     f"{sum(right(final[i]) for i in idx) / len(idx):.2f}")
            print("    per style (typed/pass 1/rule): " + ", ".join(per_style))
            if args.save_dir is not None:
                args.save_dir.mkdir(parents=True, exist_ok=True)
                rows = [{"text": q.text, "style": q.style, "expected": q.expected_id, "heard": heard1[i],
                         "heard2": heard2[i], "typed": right(typed_out[i]), "pass1": right(out1[i]),
                         "pass2": right(out2[i]), "taken": take[i], "final": right(final[i])}
                        for i, q in enumerate(typed)]
                (args.save_dir / f"{args.set}-{variant}-{rule}.json").write_text(
                    json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
        shown = 0
        for i in in_scope:
            if right(out1[i]) != right(out2[i]) and shown < args.show:
                shown += 1
                mark = "+" if right(out2[i]) else "-"
                print(f"  {mark} [{typed[i].style}] {typed[i].text}: {heard1[i]} -> {heard2[i]}")


if __name__ == "__main__":
    main()
