"""The sibling columns held out through the whole search (twenty-fifth session): ``bench_aspect_gate``'s protocol
(each set left out, the re-ranker, both gates and the thresholds fitted on the others as ``knowledge tune
--without-alternatives`` fits them; the ``--never-train`` sets answered by the fit on all the others) with the
re-ranker's rows carrying the columns named by ``--columns`` (:mod:`bench.sibling_support`).

    .venv/bin/python bench/bench_sibling_gate.py --columns distinct_text --cache /tmp/plain-items.pkl \
        --rows-cache /tmp/sib-rows-13.pkl --seeds 13 --never-train faq-queries-19.tsv,... --per-set \
        --trials aspect_missing

(``--trials aspect_missing`` is the shipped gate; a different ``--rows-cache`` per ``--columns``; ``--only`` with the
``--never-train`` sets answers those alone, from one fit on every other set per seed.)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import bench_aspect_gate  # noqa: E402
from bench.plain_support import faq_sets, prepared  # noqa: E402
from bench.sibling_support import with_columns  # noqa: E402
from knowledge.tuning import PreparedItem  # noqa: E402


def main() -> None:
    argv = sys.argv[1:]
    at = argv.index("--columns")
    names = [c for c in argv[at + 1].split("+") if c and c != "none"]
    del argv[at:at + 2]
    only: list[str] = []
    if "--only" in argv:  # answer these sets only (the --never-train ones: one fit per seed instead of one per set)
        k = argv.index("--only")
        only = argv[k + 1].split(",")
        del argv[k:k + 2]
    sys.argv = [sys.argv[0], *argv]
    def with_names(faq_files: Sequence[Path], cache: Path | None) -> list[PreparedItem]:
        return with_columns(prepared(faq_files, cache), names)

    bench_aspect_gate.prepared = with_names  # type: ignore[attr-defined]
    if only:
        every = faq_sets()
        bench_aspect_gate.faq_sets = lambda: [p for p in every if p.name in only]  # type: ignore[attr-defined]
    bench_aspect_gate.main()


if __name__ == "__main__":
    main()
