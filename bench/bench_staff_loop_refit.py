"""What-if for ``bench_staff_loop_gain.py`` (nothing shipped): a ranking model fitted on a corpus that the staff loop
has given alternative questions for some entries only, against the two packaged models, on faq-21..25.

    .venv/bin/python bench/bench_staff_loop_refit.py --cache /tmp/s28/vectors.pkl --work /tmp/s28/refit

The missed loop logs faq-20 then faq-19 (each answered by the search as it stands, its misses attached through the
product's path); after each, dev + faq-13..18 (never attached) are prepared on that corpus and fitted with
``fit_model`` under the alternatives rule and the plain rule, and faq-21..25 are scored.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.plain_support import DEV, FAQ_CORPUS, faq_set, figures  # noqa: E402
from bench.staff_loop_support import CachingEmbedder, LoopCorpus, not_answered_right  # noqa: E402
from knowledge.evaluate import load_queries  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ranker import ALTERNATIVES_MODEL_PATH, PLAIN_MODEL_PATH, load_ranking_model
    from knowledge.settings import KnowledgeSettings
    from knowledge.thresholds import rule_for
    from knowledge.tuning import fit_model, outcomes_with

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the embedding vectors (read, then written)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/s28-staff-loop-refit"), help="corpus copy and index")
    args = parser.parse_args(argv)
    embedder = CachingEmbedder(SentenceTransformerEmbedder(KnowledgeSettings().model, threads=1), args.cache)
    corpus = LoopCorpus(args.work, FAQ_CORPUS, embedder)
    fit_sets = [DEV, *(faq_set(n) for n in range(13, 19))]
    shipped = {"plain": load_ranking_model(PLAIN_MODEL_PATH),
               "alternatives": load_ranking_model(ALTERNATIVES_MODEL_PATH)}
    for step, number in enumerate((20, 19), start=1):
        logged = corpus.prepared(load_queries(faq_set(number)), f"faq-queries-{number}")
        missed = not_answered_right(outcomes_with(corpus.searcher.model, logged))
        corpus.attach([(o.query.text, o.query.expected_id) for o in missed])
        fit = [item for path in fit_sets for item in corpus.prepared(load_queries(path), path.name)]
        held = [item for n in range(21, 26) for item in corpus.prepared(load_queries(faq_set(n)), f"faq-{n}")]
        print(f"\n{step} set(s) logged, {corpus.attached} attached, share with alternatives "
              f"{corpus.share_with_alternatives():.3f}; fitting on {len(fit)} queries (dev + faq-13..18, this corpus)")
        for name, model in shipped.items():
            print(f"  shipped {name:<18} {figures(outcomes_with(model, held))}  "
                  f"gate {model.threshold:.2f} scope {model.scope_threshold:.2f}")
        for rule_name, plain in (("alternatives rule", False), ("plain rule", True)):
            model = fit_model(fit, rule=rule_for(plain=plain))
            print(f"  refit, {rule_name:<18} {figures(outcomes_with(model, held))}  "
                  f"gate {model.threshold:.2f} scope {model.scope_threshold:.2f}")
    embedder.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
