"""Safety on speech: the safety layer's recall, false alarms and right number on phrases typed vs spoken
(Open JTalk -> Whisper base -> the safety check), per style and label.

    .venv/bin/python bench/bench_spoken_safety.py [--phrases safety/eval/phrases.tsv] [--splits blind14a,blind14b]
                                                  [--threads 1] [--cache var/bench/spoken-safety] [--show-changed]
    .venv/bin/python bench/bench_spoken_safety.py --heard safety/eval/heard.tsv --show-changed   # no audio

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

``--hypotheses K`` keeps Whisper's K best hypotheses (same cache; a transcript cached without them is made
again) and adds the n-best emergency rules of voice.nbest.emergency_text (``--rules depth:votes,...``, e.g.
``2:1`` the second hypothesis alone, ``3:2`` two of hypotheses 2-3): what the chat's safety layer decides on the
text the voice hands it. Choose a rule on some splits, report it on others. ``--cached-only`` keeps the phrases
whose transcript is cached (with their hypotheses). The key-word slips the safety layer puts back in the
transcripts (safety/heard.py) are counted per cause, and the long key words put back on the reading view
(safety/heard_reading.py) per key. ``--heard safety/eval/heard.tsv`` scores the versioned
transcripts instead (no audio, no Whisper: a fresh clone reproduces the figures of docs/safety.md's speech rounds).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_safety import row  # noqa: E402
from bench.spoken_support import settings_key, spoken_hypotheses  # noqa: E402
from safety.assess import assess, warm_up  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Outcome, Phrase, load_phrases, predicted_number, run  # noqa: E402
from safety.heard import repair, slips_in  # noqa: E402
from safety.heard_reading import mended_in  # noqa: E402
from safety.models import SafetyDecision  # noqa: E402
from safety.normalize import READER, devoice, fold  # noqa: E402
from safety.train_ngram import load_heard  # noqa: E402

DEFAULT_PHRASES = ROOT / "safety" / "eval" / "phrases.tsv"
DEFAULT_CACHE = ROOT / "var" / "bench" / "spoken-safety"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phrases", type=Path, default=DEFAULT_PHRASES, help="a phrase TSV (safety/eval format)")
    parser.add_argument("--splits", default="", help="comma-separated splits to keep (default: all in the file)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads of Whisper")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--show-changed", action="store_true", help="list phrases decided differently when spoken")
    parser.add_argument("--hypotheses", type=int, default=1, help="n best hypotheses kept by Whisper")
    parser.add_argument("--rules", default="2:1,3:1,3:2,5:1,5:2,2:1:any,3:1:any,3:2:any,5:1:any,5:2:any",
                        help="n-best emergency rules depth:votes[:any] (with --hypotheses above 1; any: every "
                        "line of the safety layer counts, not only emergencies)")
    parser.add_argument("--cached-only", action="store_true", help="only phrases whose transcript is cached")
    parser.add_argument("--heard", type=Path, default=None, metavar="TSV",
                        help="take the transcripts from a TSV of what Whisper heard (safety/eval/heard.tsv) instead "
                             "of speaking the phrases: no audio, no Whisper; phrases without a transcript are left out")
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

    if args.heard is not None:
        if args.hypotheses > 1:
            parser.exit(2, "--heard holds one transcript per phrase: --hypotheses needs the cache\n")
        transcripts = load_heard(args.heard)
        phrases = [p for p in phrases if transcripts.get(p.text, "").strip()]
        print(f"transcripts of {args.heard}: {len(phrases)} phrases")
        heard = {p.text: transcripts[p.text] for p in phrases}
        found: dict[str, list[Any]] = {}
    else:
        if args.cached_only:
            phrases = [p for p in phrases if _cached(p.text, args.cache, args.hypotheses)]
            print(f"cached transcripts only: {len(phrases)} phrases")
        found = dict(zip([p.text for p in phrases], spoken_hypotheses([p.text for p in phrases], args.cache,
                                                                      args.threads, args.hypotheses), strict=True))
        heard = {text: hypotheses[0].text for text, hypotheses in found.items()}
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
    print(losses_by_style(pairs))
    print(slips_line(list(heard.values())))
    print(mends_line(list(heard.values())))
    if args.show_changed:
        for t, s in pairs:
            if predicted_number(t.decision) != predicted_number(s.decision):
                print(f"  [{t.phrase.label}/{t.phrase.number}] {t.phrase.text}  ->  heard {heard[t.phrase.text]}"
                      f"  typed {predicted_number(t.decision)} / spoken {predicted_number(s.decision)}")
    if args.hypotheses > 1:
        nbest_rules(phrases, found, spoken, args.rules, show=args.show_changed)


def losses_by_style(pairs: list[tuple[Outcome, Outcome]]) -> str:
    """Per style, what speech loses against typing: emergencies caught typed and missed spoken, and phrases right
    typed (alarm and number) and wrong spoken (the missed emergencies among them)."""
    parts = []
    for style in sorted({typed.phrase.style for typed, _ in pairs}):
        of_style = [(typed, spoken) for typed, spoken in pairs if typed.phrase.style == style]
        missed = sum(typed.phrase.label == "emergency" and typed.decision.is_emergency
                     and not spoken.decision.is_emergency for typed, spoken in of_style)
        wrong = sum(typed.correct and not spoken.correct for typed, spoken in of_style)
        parts.append(f"{style} {missed}/{wrong}")
    return "lost when spoken per style (emergencies missed / right number lost): " + ", ".join(parts)


def slips_line(transcripts: list[str]) -> str:
    """How many key-word slips safety.heard put back in the transcripts, per cause."""
    causes = Counter(cause for text in transcripts for cause in slips_in(text))
    per_cause = ", ".join(f"{cause} {count}" for cause, count in sorted(causes.items())) or "none"
    return (f"key-word slips put back (safety/heard.py): {sum(causes.values())} in "
            f"{sum(bool(slips_in(text)) for text in transcripts)} of {len(transcripts)} transcripts ({per_cause})")


def mends_line(transcripts: list[str]) -> str:
    """How many key words safety.heard_reading put back on the transcripts' reading views, per key."""
    keys = Counter(key for text in transcripts if (written := fold(repair(text)))
                   for key in mended_in(READER.analyse(written)[0], devoice))
    per_key = ", ".join(f"{key} {count}" for key, count in sorted(keys.items())) or "none"
    return f"key words put back on the reading view (safety/heard_reading.py): {sum(keys.values())} ({per_key})"


def _cached(text: str, cache: Path, hypotheses: int) -> bool:
    import json

    from voice.settings import VoiceSettings
    path = cache / f"{settings_key(text, VoiceSettings())}.json"
    return path.exists() and (hypotheses == 1 or "hypotheses" in json.loads(path.read_text(encoding="utf-8")))


def nbest_rules(phrases: list[Phrase], found: dict[str, list[Any]], spoken: list[Outcome], rules: str, *,
                show: bool) -> None:
    """The figures of each n-best emergency rule, and the phrases it changes against the first hypothesis."""
    from voice.nbest import emergency_text

    counts = [len(hypotheses) for hypotheses in found.values()]
    print(f"n best: distinct hypotheses per phrase mean {sum(counts) / len(counts):.2f}")
    for rule in [r for r in rules.split(",") if r]:
        depth, votes, *kind = rule.split(":")
        any_kind = kind == ["any"]

        def handed(phrase: Phrase, depth: int = int(depth), votes: int = int(votes), any_kind: bool = any_kind
                   ) -> str:
            texts = [h.text for h in found[phrase.text]]
            return (emergency_text(texts, depth=depth, min_votes=votes, any_kind=any_kind, now=phrase.moment)
                    or texts[0])

        def decide(phrase: Phrase, handed: Callable[[Phrase], str] = handed) -> SafetyDecision:
            return assess(handed(phrase), now=phrase.moment, channel="voice")

        outcomes = run(phrases, decide)
        print(row(f"n-best {rule}", outcomes))
        caught = sum(n.decision.is_emergency and not s.decision.is_emergency for s, n in zip(spoken, outcomes,
                     strict=True) if s.phrase.label == "emergency")
        alarms = sum(n.decision.is_emergency and not s.decision.is_emergency for s, n in zip(spoken, outcomes,
                     strict=True) if s.phrase.label != "emergency")
        print(f"    against the first hypothesis: {caught} emergencies caught, {alarms} new false alarms")
        if show:
            for s, n in zip(spoken, outcomes, strict=True):
                if predicted_number(n.decision) != predicted_number(s.decision):
                    print(f"    [{s.phrase.label}] {s.phrase.text} -> {handed(s.phrase)}")

if __name__ == "__main__":
    main()
