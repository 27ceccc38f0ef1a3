"""Spoken questions: knowledge P@1 on the dev set typed vs spoken (Open JTalk -> Whisper base -> search), per style.

    .venv/bin/python bench/bench_spoken_questions.py [--threads 1] [--cache var/bench/spoken-questions]

Every dev query (../shared/eval/queries-dev.tsv) is spoken by Open JTalk at normal speed (the reading fixes and
city lexicon of the voice apply), transcribed by Whisper base int8 (the voice's own engine and settings), and the
transcript is searched like the typed query. The synthesised WAVs and the transcripts are cached under
``--cache`` (keyed by the text after the reading fixes and the Whisper vocabulary prompt), so a rerun only
searches; ``VOICE_WHISPER_VOCABULARY_FILE= .venv/bin/python bench/...`` measures Whisper without the prompt.

Two rankings are reported for both typed and spoken text:
- the shipped ranking model (fitted on this dev set's typed queries: typed figures are in sample);
- a ranking model fitted on the Osaki set only (knowledge/eval/osaki-queries.tsv), never on the dev set, so
  typed and spoken are both held out.
Target: spoken P@1 within 0.08 of typed P@1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV_CORPUS = ROOT.parent / "shared" / "eval" / "faq.csv"
DEV_QUERIES = ROOT.parent / "shared" / "eval" / "queries-dev.tsv"
OSAKI_CORPUS = ROOT / "knowledge" / "corpus"
OSAKI_QUERIES = ROOT / "knowledge" / "eval" / "osaki-queries.tsv"
CITIZEN_RATE_WPM = 200  # a citizen asks at normal speed (Open JTalk speed 1.0)
TARGET_GAP = 0.08


def spoken_transcripts(texts: list[str], cache: Path, threads: int) -> list[str]:
    """Open JTalk -> Whisper base for every text, cached by the text's hash."""
    import numpy as np

    from voice.engines import load_whisper
    from voice.lexicon import apply_lexicon
    from voice.readings import spoken_text
    from voice.settings import VoiceSettings
    from voice.stt_whisper import load_vocabulary, vocabulary_prompt
    from voice.tts_driver import render, write_wav

    cache.mkdir(parents=True, exist_ok=True)
    settings = VoiceSettings(whisper_threads=threads, whisper_cache_dir=ROOT / "var" / "models",
                             lexicon_build_dir=ROOT / "var" / "voice")
    apply_lexicon(settings.lexicon_path, settings.lexicon_build_dir)
    vocabulary = settings.whisper_vocabulary_file
    whisper_prompt = vocabulary_prompt(load_vocabulary(vocabulary)) if vocabulary is not None else None
    print(f"Whisper prompt: {whisper_prompt or '(none)'}")
    whisper = None
    heard: list[str] = []
    started = time.perf_counter()
    spoken_s = 0.0
    for index, text in enumerate(texts):
        # The Whisper prompt (VOICE_WHISPER_VOCABULARY_FILE) is part of the key; none keeps the earlier keys.
        prompt = f"{whisper_prompt}|" if whisper_prompt else ""
        key = hashlib.sha256(f"{CITIZEN_RATE_WPM}|{prompt}{spoken_text(text)}".encode()).hexdigest()[:16]
        transcript_path = cache / f"{key}.json"
        if transcript_path.exists():
            heard.append(json.loads(transcript_path.read_text(encoding="utf-8"))["heard"])
            continue
        wav_path = cache / f"{key}.wav"
        pcm = render(text, rate_wpm=CITIZEN_RATE_WPM, sample_rate_hz=16000)
        write_wav(wav_path, pcm, 16000)
        if whisper is None:
            whisper = load_whisper(settings)
        text_heard = whisper.transcribe(np.asarray(pcm)).text
        spoken_s += len(pcm) / 16000
        transcript_path.write_text(json.dumps({"text": text, "heard": text_heard}, ensure_ascii=False),
                                   encoding="utf-8")
        heard.append(text_heard)
        if (index + 1) % 20 == 0:
            print(f"  spoken {index + 1}/{len(texts)} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if spoken_s:
        print(f"synthesised and transcribed {spoken_s:.0f} s of speech in {time.perf_counter() - started:.0f} s")
    return heard


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="CPU threads of Whisper")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "spoken-questions")
    parser.add_argument("--show", type=int, default=5, help="print this many spoken misses")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))

    from dataclasses import replace

    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.evaluate import OUT_OF_SCOPE, load_queries, run_queries, score_outcomes
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings
    from knowledge.tuning import cross_validate, prepare_items

    print(f"# spoken questions bench ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    typed = load_queries(DEV_QUERIES)
    heard = spoken_transcripts([q.text for q in typed], args.cache, args.threads)
    spoken = [replace(q, text=h or "。") for q, h in zip(typed, heard, strict=True)]

    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    entries = load_corpus(DEV_CORPUS, csv_encoding=settings.csv_encoding)
    shipped = searcher_for_entries(entries, settings, embedder=embedder)
    for query in typed[:3]:
        shipped.search(query.text)
    reports = {
        "shipped model (typed in sample)": (score_outcomes(run_queries(shipped, typed)),
                                            score_outcomes(run_queries(shipped, spoken))),
    }
    plain = searcher_for_entries(entries, settings, embedder=embedder, model=untrained_model())
    osaki_searcher = searcher_for_entries(load_corpus(OSAKI_CORPUS), settings, embedder=embedder,
                                          model=untrained_model())
    osaki = prepare_items(osaki_searcher, load_queries(OSAKI_QUERIES), set_name="osaki")
    held_out = []
    for queries in (typed, spoken):
        items = prepare_items(plain, queries, set_name="dev")
        held_out.append(score_outcomes(cross_validate(items, osaki, n_folds=1)))
    reports["fitted on the Osaki set only (held out)"] = (held_out[0], held_out[1])

    for title, (typed_report, spoken_report) in reports.items():
        print(f"\n{title}")
        print(f"{'style':<10} {'n':>4} {'typed P@1':>10} {'spoken P@1':>11} {'gap':>7}")
        for style, figures in typed_report.per_style.items():
            spoken_p1 = spoken_report.per_style[style]["p_at_1"]
            print(f"{style:<10} {int(figures['n']):>4} {figures['p_at_1']:>10.3f} {spoken_p1:>11.3f} "
                  f"{figures['p_at_1'] - spoken_p1:>7.3f}")
        gap = typed_report.p_at_1 - spoken_report.p_at_1
        print(f"{'all':<10} {typed_report.in_scope:>4} {typed_report.p_at_1:>10.3f} {spoken_report.p_at_1:>11.3f} "
              f"{gap:>7.3f}  (target gap <= {TARGET_GAP})")
        print(f"out of scope abstained: typed {typed_report.none_recall:.3f}, spoken {spoken_report.none_recall:.3f}")

    from voice.judge import reading_cer

    in_scope = [(q, h) for q, h in zip(typed, heard, strict=True) if q.expected_id != OUT_OF_SCOPE]
    cer = sum(reading_cer(q.text, h) for q, h in in_scope) / len(in_scope)
    print(f"\nmean reading CER of the transcripts: {cer:.3f}")
    for query, text in [(q, h) for q, h in in_scope if reading_cer(q.text, h) > 0.2][: args.show]:
        print(f"  [{query.style}] {query.text} -> {text}")


if __name__ == "__main__":
    main()
