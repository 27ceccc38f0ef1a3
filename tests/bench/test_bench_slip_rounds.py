"""The slip-round count (bench/bench_slip_rounds.py): every applied slip has its round, in applied order, and a slip's
form and sound are read off real transcripts of safety/eval/heard.tsv."""

from __future__ import annotations

import re

from bench.bench_slip_rounds import READ_THROUGH, fires, form_of, round_order, slips_rounds, sound_of
from safety.evaluate import EXAMINED_SPLITS
from safety.heard import APPLIED_SLIPS


def test_every_applied_slip_has_a_round_in_applied_order() -> None:
    applied = slips_rounds()
    assert tuple(slip for _name, slip in applied) == APPLIED_SLIPS
    assert {name for name, _slip in applied} == set(READ_THROUGH)
    assert set(READ_THROUGH.values()) <= set(EXAMINED_SPLITS)


def test_a_round_reads_no_split_after_its_successor() -> None:
    rounds = sorted(READ_THROUGH, key=round_order)
    through = [EXAMINED_SPLITS.index(READ_THROUGH[name]) for name in rounds]
    assert through == sorted(through)


# Real transcripts (safety/eval/heard.tsv): 鼻血 heard 花字 (round 24), 病院 heard ボイン (round 20).
NOSEBLEED = "エッド花は71なんですけど、花字が30分止まらなくてあの意識ははっきりしてます。"
HOSPITAL = "昨日から右下のお腹が痛くて、今は熱も少しあります。ボインに行くべきでしょうか。"


def test_fires_count_the_round_that_put_the_word_back() -> None:
    applied = slips_rounds()
    assert fires(NOSEBLEED, applied)[0] == {"r24": 1}
    assert fires(HOSPITAL, applied)[0] == {"r20": 1}


def test_a_homophone_reads_the_same_and_a_sound_slip_does_not() -> None:
    nosebleed = re.compile(r"花字")
    hospital = re.compile(r"(?:ぼう?いん?|防衣|防い|語音|号員)(?=に|へ|ね|って|は|どこ|を|で|が)")
    assert sound_of(nosebleed, "鼻血", [NOSEBLEED]) == "same"
    assert sound_of(hospital, "病院", [HOSPITAL]) == "other"
    assert form_of(nosebleed.pattern) == "bare"
    assert form_of(hospital.pattern) == "framed"
