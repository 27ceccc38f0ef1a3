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
import hashlib
import json
import math
import os
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.records import FaqEntry
    from knowledge.settings import KnowledgeSettings
    from voice.settings import VoiceSettings

DEV_CORPUS = ROOT.parent / "shared" / "eval" / "faq.csv"
DEV_QUERIES = ROOT.parent / "shared" / "eval" / "queries-dev.tsv"
OSAKI_CORPUS = ROOT / "knowledge" / "corpus"
OSAKI_QUERIES = ROOT / "knowledge" / "eval" / "osaki-queries.tsv"
CITIZEN_RATE_WPM = 200  # a citizen asks at normal speed (Open JTalk speed 1.0)
TARGET_GAP = 0.08
CACHED_HYPOTHESES = 5  # n best kept in the transcript cache (Whisper's beam)


def cache_key(text: str, whisper_prompt: str | None, beam_size: int, decoding: str = "") -> str:
    """The cache key of a spoken text: the prompt, a beam other than 1 and the other decoding settings
    (``decoding_signature``) are part of it (none keeps the keys of the transcripts made before they existed,
    greedy, without a prompt, with faster-whisper's other defaults)."""
    from voice.readings import spoken_text

    prompt = f"{whisper_prompt}|" if whisper_prompt else ""
    beam = f"beam{beam_size}|" if beam_size != 1 else ""
    options = f"{decoding}|" if decoding else ""
    return hashlib.sha256(f"{CITIZEN_RATE_WPM}|{beam}{options}{prompt}{spoken_text(text)}".encode()
                          ).hexdigest()[:16]


def decoding_signature(settings: VoiceSettings) -> str:
    """The Whisper settings other than the shipped ones besides beam and prompt (compute type, decoding options,
    audio front end; voice.stt_decoding), ``""`` when there are none: part of the transcript cache key."""
    parts = [f"compute={settings.whisper_compute_type}" if settings.whisper_compute_type != "int8" else "",
             settings.whisper_decoding().signature(), settings.whisper_front_end().signature()]
    return ";".join(part for part in parts if part)


def settings_key(text: str, settings: VoiceSettings) -> str:
    """The cache key of ``text`` transcribed under ``settings`` (prompt, beam and the other decoding settings)."""
    from voice.stt_whisper import load_vocabulary, vocabulary_prompt

    vocabulary = settings.whisper_vocabulary_file
    prompt = vocabulary_prompt(load_vocabulary(vocabulary)) if vocabulary is not None else None
    return cache_key(text, prompt, settings.whisper_beam_size, decoding_signature(settings))


def cached_transcript(text: str, cache: Path, settings: VoiceSettings) -> str | None:
    """The cached transcript of ``text`` under ``settings``, or None."""
    key = settings_key(text, settings)
    path = cache / f"{key}.json"
    return str(json.loads(path.read_text(encoding="utf-8"))["heard"]) if path.exists() else None


def spoken_transcripts(texts: list[str], cache: Path, threads: int) -> list[str]:
    """Open JTalk -> Whisper base for every text, cached by the text's hash."""
    return [found[0].text for found in spoken_hypotheses(texts, cache, threads)]


def spoken_hypotheses(texts: list[str], cache: Path, threads: int, hypotheses: int = 1) -> list[list[Any]]:
    """Open JTalk -> Whisper base for every text, cached by the text's hash: the n best transcripts
    (voice.stt.Hypothesis, best first; one when ``hypotheses`` is 1 or Whisper found no other). A transcript
    cached without its hypotheses is made again when more than one is asked for (with CACHED_HYPOTHESES, so
    any smaller n reads the same files)."""
    import numpy as np

    from voice.engines import load_whisper
    from voice.lexicon import apply_lexicon
    from voice.settings import VoiceSettings
    from voice.stt import Hypothesis
    from voice.stt_whisper import load_vocabulary, vocabulary_prompt
    from voice.tts_driver import render, write_wav

    cache.mkdir(parents=True, exist_ok=True)
    settings = VoiceSettings(whisper_threads=threads, whisper_cache_dir=ROOT / "var" / "models",
                             lexicon_build_dir=ROOT / "var" / "voice")
    settings = settings.model_copy(update={"whisper_hypotheses": max(hypotheses, CACHED_HYPOTHESES)}
                                   if hypotheses > 1 else {})
    apply_lexicon(settings.lexicon_path, settings.lexicon_build_dir)
    vocabulary = settings.whisper_vocabulary_file
    whisper_prompt = vocabulary_prompt(load_vocabulary(vocabulary)) if vocabulary is not None else None
    print(f"Whisper prompt: {whisper_prompt or '(none)'}; other settings: {decoding_signature(settings) or 'shipped'}")
    whisper = None
    heard: list[list[Any]] = []
    started = time.perf_counter()
    spoken_s = 0.0
    for index, text in enumerate(texts):
        # The Whisper prompt (VOICE_WHISPER_VOCABULARY_FILE) is part of the key; none keeps the earlier keys.
        key = cache_key(text, whisper_prompt, settings.whisper_beam_size, decoding_signature(settings))
        transcript_path = cache / f"{key}.json"
        if transcript_path.exists():
            saved = json.loads(transcript_path.read_text(encoding="utf-8"))
            if hypotheses == 1 or "hypotheses" in saved:
                found = [Hypothesis(str(t), float(s)) for t, s in saved.get("hypotheses", [])]
                heard.append(found[:hypotheses] if found else [Hypothesis(str(saved["heard"]), 0.0)])
                continue
        wav_path = cache / f"{key}.wav"
        if wav_path.exists():
            from voice.audio import decode_wav, to_pcm16

            pcm = to_pcm16(decode_wav(wav_path.read_bytes(), max_duration_s=120.0)[0])
        else:
            pcm = render(text, rate_wpm=CITIZEN_RATE_WPM, sample_rate_hz=16000)
            write_wav(wav_path, pcm, 16000)
        if whisper is None:
            whisper = load_whisper(settings)
        transcript = whisper.transcribe(np.asarray(pcm))
        spoken_s += len(pcm) / 16000
        found = transcript.hypotheses or [Hypothesis(transcript.text, 0.0)]
        record: dict[str, Any] = {"text": text, "heard": transcript.text}
        if hypotheses > 1:
            record["hypotheses"] = [[h.text, h.score] for h in found]
        transcript_path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        heard.append(found[:hypotheses])
        if (index + 1) % 20 == 0:
            print(f"  spoken {index + 1}/{len(texts)} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if spoken_s:
        print(f"synthesised and transcribed {spoken_s:.0f} s of speech in {time.perf_counter() - started:.0f} s")
    return heard


def fix_figures(fixer: Any, heard: list[str]) -> tuple[list[str], str, int]:
    """What the voice hands the chat for every transcript, the time it took (ms per transcript: the fixer
    alone, and with the safety checks of choose_text), how many transcripts changed."""
    from voice.transcript_fix import choose_text

    texts: list[str] = []
    fix_ms: list[float] = []
    total_ms: list[float] = []
    for text in heard:
        started = time.perf_counter()
        fixer.with_terms(text)
        fix_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        texts.append(choose_text(text, fixer))
        total_ms.append((time.perf_counter() - started) * 1000)
    timing = []
    for name, values in (("fixer", fix_ms), ("with safety checks", total_ms)):
        values.sort()
        timing.append(f"{name} {sum(values) / len(values):.2f} ms mean / {values[int(0.95 * (len(values) - 1))]:.2f} "
                      "ms p95")
    changed = sum(a != b for a, b in zip(texts, heard, strict=True))
    return texts, ", ".join(timing), changed


def per_query_rows(typed: list[Any], heard: list[str], fixed: list[str], outcomes: dict[str, list[Any]]
                   ) -> list[dict[str, Any]]:
    """One row per query: what was said, heard and handed on, and whether each variant's top answer was right
    (held-out ranking; an out-of-scope query is right when the search abstained)."""
    from knowledge.evaluate import OUT_OF_SCOPE

    rows = []
    for index, query in enumerate(typed):
        row: dict[str, Any] = {"text": query.text, "style": query.style, "expected": query.expected_id,
                               "heard": heard[index], "fixed": fixed[index]}
        for name, results in outcomes.items():
            outcome = results[index]
            row[name] = (outcome.abstained if query.expected_id == OUT_OF_SCOPE
                         else outcome.rank == 1)
        rows.append(row)
    return rows


def sign_test_p(gained: int, lost: int) -> float:
    """Two-sided exact sign test (binomial, p = 1/2) of ``gained`` against ``lost`` changed pairs."""
    n = gained + lost
    if n == 0:
        return 1.0
    tail: float = sum(math.comb(n, k) for k in range(min(gained, lost) + 1)) / 2**n
    return min(1.0, 2 * tail)


def print_comparison(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> None:
    """Paired per-query comparison of this run with an earlier one (same queries, held-out ranking)."""
    from knowledge.evaluate import OUT_OF_SCOPE

    by_text = {row["text"]: row for row in before}
    pairs = [(by_text[row["text"]], row) for row in after if row["text"] in by_text]
    print(f"\npaired with the earlier run ({len(pairs)} queries in both):")
    for variant in ("spoken", "spoken+fix"):
        for scope, wanted in (("in scope", False), ("out of scope abstained", True)):
            chosen = [(a, b) for a, b in pairs if (a["expected"] == OUT_OF_SCOPE) == wanted]
            gained = sum(1 for a, b in chosen if b[variant] and not a[variant])
            lost = sum(1 for a, b in chosen if a[variant] and not b[variant])
            print(f"  {variant:<10} {scope:<22} n {len(chosen):>3}: {gained} gained, {lost} lost, "
                  f"sign test p {sign_test_p(gained, lost):.3f}")
    for a, b in pairs:
        if a["spoken+fix"] != b["spoken+fix"]:
            mark = "+" if b["spoken+fix"] else "-"
            print(f"  {mark} [{b['style']}] {b['text']}: {a['heard']} -> {b['heard']}")


@dataclass(frozen=True)
class CorpusSetup:
    """What the spoken-question benches build before searching: the settings, the embedder, the corpus, the voice
    lexicon and the texts the transcript fixer takes its terms from (the safety layer is warmed up too)."""

    settings: KnowledgeSettings
    voice_settings: VoiceSettings
    embedder: SentenceTransformerEmbedder
    entries: list[FaqEntry]
    lexicon: list[tuple[str, str]]
    texts: list[str]


def corpus_setup(corpus: Path) -> CorpusSetup:
    """Load the corpus and the engines both spoken-question benches search with."""
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ingest import load_corpus
    from knowledge.settings import KnowledgeSettings
    from safety.assess import warm_up
    from voice.lexicon import read_lexicon
    from voice.settings import VoiceSettings

    settings = KnowledgeSettings()
    voice_settings = VoiceSettings()
    entries = load_corpus(corpus, csv_encoding=settings.csv_encoding)
    warm_up()
    return CorpusSetup(
        settings=settings, voice_settings=voice_settings,
        embedder=SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads), entries=entries,
        lexicon=[(e.surface, e.reading) for e in read_lexicon(voice_settings.lexicon_path)],
        texts=[t for e in entries for t in (*e.all_questions, e.answer)])


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
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.tuning import cross_validate, prepare_items
    from voice.settings import VoiceSettings
    from voice.transcript_fix import TranscriptFixer

    corpus, queries_path, other_corpus, other_queries, other_name = (
        (DEV_CORPUS, DEV_QUERIES, OSAKI_CORPUS, OSAKI_QUERIES, "Osaki") if args.set == "dev"
        else (OSAKI_CORPUS, OSAKI_QUERIES, DEV_CORPUS, DEV_QUERIES, "dev"))
    print(f"# spoken questions bench, {args.set} set ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    typed = load_queries(queries_path)[:: args.every]
    if args.every > 1:
        print(f"every {args.every}th query: {len(typed)} queries")
    if args.cached_only:
        typed = [q for q in typed if cached_transcript(q.text, args.cache, VoiceSettings()) is not None]
        print(f"cached transcripts only: {len(typed)} queries")
    heard = spoken_transcripts([q.text for q in typed], args.cache, args.threads)

    setup = corpus_setup(corpus)
    settings, voice_settings, embedder, entries = setup.settings, setup.voice_settings, setup.embedder, setup.entries
    lexicon, texts = setup.lexicon, setup.texts

    spot_distance = (None if not voice_settings.transcript_spot
                     else args.spot_distance if args.spot_distance is not None
                     else voice_settings.transcript_spot_distance)

    def fixer_of(distance: float) -> TranscriptFixer:
        return TranscriptFixer.from_texts(texts, lexicon=lexicon, max_distance=distance, spot_distance=spot_distance)

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
    shipped = searcher_for_entries(entries, settings, embedder=embedder)
    for query in typed[:3]:
        shipped.search(query.text)
    reports: dict[str, dict[str, EvalReport]] = {
        "shipped model (typed in sample)": {k: score_outcomes(run_queries(shipped, v)) for k, v in variants.items()}
    }
    plain = searcher_for_entries(entries, settings, embedder=embedder, model=untrained_model())
    other_searcher = searcher_for_entries(load_corpus(other_corpus), settings, embedder=embedder,
                                          model=untrained_model())
    others = prepare_items(other_searcher, load_queries(other_queries), set_name="other")

    def held_out_outcomes(queries: list[Any]) -> list[Any]:
        return cross_validate(prepare_items(plain, queries, set_name=args.set), others, n_folds=1)

    def held_out(queries: list[Any]) -> EvalReport:
        return score_outcomes(held_out_outcomes(queries))

    outcomes = {k: held_out_outcomes(v) for k, v in variants.items()}
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
