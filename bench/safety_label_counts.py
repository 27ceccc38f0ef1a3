"""How the examined splits label a kind of situation: the phrases a regular expression matches, or a rule hits
(after its guards), counted by number and split - each split is another writer, so a boundary follows the
majority (docs/safety.md, "The line"). Prints counts and the phrases; not a timed test.

    .venv/bin/python bench/safety_label_counts.py --regex '百万|万円' [--also 'でんわ|電話']
    .venv/bin/python bench/safety_label_counts.py --rule head_injury --rule swallowed_object
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety.detect_hits import rule_hits  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Phrase, load_phrases  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.patterns import rules  # noqa: E402


def report(title: str, matched: list[Phrase]) -> None:
    counts = Counter(phrase.number for phrase in matched)
    print(f"{title}: {dict(counts.most_common())}, {len({phrase.split for phrase in matched})} splits")
    for phrase in sorted(matched, key=lambda p: (p.number, p.split)):
        print(f"    {phrase.number}\t{phrase.split}\t{phrase.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--regex", help="phrases whose text matches this (Python re)")
    parser.add_argument("--also", help="... and this too")
    parser.add_argument("--rule", action="append", default=[], help="phrases this rule hits (repeatable)")
    args = parser.parse_args()
    if not args.regex and not args.rule:
        parser.error("give --regex or --rule")
    examined = [phrase for phrase in load_phrases() if phrase.split in set(EXAMINED_SPLITS)]
    if args.regex:
        try:
            pattern, also = re.compile(args.regex), re.compile(args.also) if args.also else None
        except re.error as err:
            parser.error(f"not a regular expression: {err}")
        report(f"/{args.regex}/" + (f" + /{args.also}/" if args.also else ""),
               [p for p in examined if pattern.search(p.text) and (also is None or also.search(p.text))])
    if args.rule:
        chosen = [rule for rule in rules() if rule.name in set(args.rule)]
        unknown = sorted(set(args.rule) - {rule.name for rule in chosen})
        if unknown:
            parser.error(f"no such rule: {', '.join(unknown)}")
        phrase_views = [(phrase, views(phrase.text)) for phrase in examined]
        for name in sorted({rule.name for rule in chosen}):
            named = [rule for rule in chosen if rule.name == name]
            report(f"rule {name}", [phrase for phrase, text_views in phrase_views
                                    if any(rule_hits(rule, text_views, {}) == "hit" for rule in named)])


if __name__ == "__main__":
    main()
