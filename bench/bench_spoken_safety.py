"""Safety on speech: the safety layer's recall, false alarms and right number on phrases typed vs spoken
(Open JTalk -> Whisper base -> the safety check), per style and label.

    .venv/bin/python bench/bench_spoken_safety.py [--phrases safety/eval/phrases.tsv] [--splits blind14a,blind14b]
                                                  [--threads 1] [--cache var/bench/spoken-safety] [--show-changed]

Every phrase is spoken by Open JTalk at a citizen's normal speed with the voice's reading fixes and lexicon, and
transcribed by the voice's own Whisper engine and settings (beam, vocabulary prompt), as a free-form utterance on
the tablet, the chat page's microphone or a smart speaker reaches the chat; the transcript is assessed on the
voice channel (``safety.assess.assess(..., channel="voice")``). The transcript fix (voice/transcript_fix.py) is
left out on purpose: ``choose_text`` hands the chat the heard transcript whenever the safety layer finds
anything in it or in the fixed text, so the check runs on what Whisper heard. Synthesis and transcripts are
cached under ``--cache`` (bench/bench_spoken_questions.py's cache keys: text after the reading fixes, prompt,
beam), so a rerun only assesses.

The speech is synthetic and clean: the figures show what the recogniser's slips (homophones, kana written as
kanji, dropped fillers) do to the detection, not what a noisy room or a senior's voice does.
``--show-changed`` lists the phrases whose decision differs between typed and spoken (examined splits only: the
first score of a fresh split prints figures only).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_safety import row  # noqa: E402
from bench.bench_spoken_questions import spoken_transcripts  # noqa: E402
from safety.assess import assess, warm_up  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Phrase, load_phrases, predicted_number, run  # noqa: E402

DEFAULT_PHRASES = ROOT / "safety" / "eval" / "phrases.tsv"
DEFAULT_CACHE = ROOT / "var" / "bench" / "spoken-safety"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phrases", type=Path, default=DEFAULT_PHRASES, help="a phrase TSV (safety/eval format)")
    parser.add_argument("--splits", default="", help="comma-separated splits to keep (default: all in the file)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads of Whisper")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--show-changed", action="store_true", help="list phrases decided differently when spoken")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    if not args.phrases.is_file():
        parser.exit(2, f"no phrase file {args.phrases}\n")
    phrases: list[Phrase] = load_phrases(args.phrases)
    wanted = {s for s in args.splits.split(",") if s}
    if wanted:
        phrases = [p for p in phrases if p.split in wanted]
    if not phrases:
        parser.exit(2, f"no phrases of splits {sorted(wanted)} in {args.phrases}\n")
    unexamined = sorted({p.split for p in phrases} - set(EXAMINED_SPLITS))
    if args.show_changed and unexamined:
        parser.exit(2, f"--show-changed lists phrases of examined splits only; not examined: {unexamined}\n")

    heard = dict(zip([p.text for p in phrases], spoken_transcripts([p.text for p in phrases], args.cache,
                                                                   args.threads), strict=True))
    warm_up()
    typed = run(phrases, lambda p: assess(p.text, now=p.moment, channel="voice"))
    spoken = run(phrases, lambda p: assess(heard[p.text], now=p.moment, channel="voice"))
    print(f"# spoken safety: {len(phrases)} phrases, splits {sorted({p.split for p in phrases})}, "
          f"load {os.getloadavg()[0]:.1f}")
    print(row("typed (voice channel)", typed))
    print(row("spoken (Whisper base)", spoken))
    for key in ("style", "label"):
        print(f"per {key}, typed / spoken:")
        for value in sorted({getattr(p, key) for p in phrases}):
            print(row(f"{value} typed", [o for o in typed if getattr(o.phrase, key) == value]))
            print(row(f"{value} spoken", [o for o in spoken if getattr(o.phrase, key) == value]))
    pairs = list(zip(typed, spoken, strict=True))
    lost = sum(t.decision.is_emergency and not s.decision.is_emergency for t, s in pairs
               if t.phrase.label == "emergency")
    gained = sum(s.decision.is_emergency and not t.decision.is_emergency for t, s in pairs
                 if t.phrase.label == "emergency")
    new_false = sum(s.decision.is_emergency and not t.decision.is_emergency for t, s in pairs
                    if t.phrase.label != "emergency")
    print(f"emergencies caught typed but missed spoken: {lost}; missed typed, caught spoken: {gained}; "
          f"new false alarms when spoken: {new_false}")
    if args.show_changed:
        for t, s in pairs:
            if predicted_number(t.decision) != predicted_number(s.decision):
                print(f"  [{t.phrase.label}/{t.phrase.number}] {t.phrase.text}  ->  heard {heard[t.phrase.text]}"
                      f"  typed {predicted_number(t.decision)} / spoken {predicted_number(s.decision)}")

if __name__ == "__main__":
    main()
