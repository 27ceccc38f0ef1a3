"""bench.held_out_search: each spoken-question set is searched with a ranking fitted on the other set."""

from __future__ import annotations

from bench.held_out_search import SET_PAIRS
from bench.spoken_support import DEV_CORPUS, DEV_QUERIES, OSAKI_CORPUS, OSAKI_QUERIES


def test_each_set_is_held_out_against_the_other() -> None:
    dev, osaki = SET_PAIRS["dev"], SET_PAIRS["osaki"]
    assert (dev.corpus, dev.queries, dev.other_corpus, dev.other_queries) == (
        DEV_CORPUS, DEV_QUERIES, OSAKI_CORPUS, OSAKI_QUERIES)
    assert (osaki.corpus, osaki.queries, osaki.other_corpus, osaki.other_queries) == (
        OSAKI_CORPUS, OSAKI_QUERIES, DEV_CORPUS, DEV_QUERIES)
    assert (dev.other_name, osaki.other_name) == ("Osaki", "dev")
