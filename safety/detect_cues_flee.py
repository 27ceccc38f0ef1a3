"""A hazard coming or rising, with a question of where to flee (round 52, blind53b): 花火大会の日に大雨警報が出そう…
避難するならどこに, 花火大会の河原さいんだけど川の水増えできた…どこさ避難すれば. A festival or a meet named as the day
or the place (大会の日に) is a topic word; its topic keeps the disaster page then, as a question of whether to flee
(``FLEE_QUESTION``) already does - not in a drill or a disaster-prevention day, where the hazard is the exercise's
(防災訓練で大雨を想定…避難所はどこ).

A hazard map asked for keeps the disaster page under a topic word too (田んぼ跡地…浸水の地図を見てから決めたい;
round 58, wide60b): the map is what the page gives."""

from __future__ import annotations

from safety.detect_cues import WHERE_TO_GO
from safety.vocabulary import compile_folded

HAZARD_NAMED = compile_folded(
    r"たいふう|台風|おおあめ|大雨|ごうう|豪雨|けいほう|警報|こうずい|洪水|はんらん|氾濫|ぞうすい|増水|つなみ|津波|どしゃ|土砂"
    r"|(?:かわ|川)(?:の)?(?:みず|水)(?:が|も|さ)?[^\n]{0,6}?(?:ふえ|増え|あふれ|溢れ|あがっ|上がっ)"
    # (round 58: and an eruption, 噴火したら…どこへ逃げるのか, even told after a programme seen; wide60b)
    r"|ふんか|噴火")
FLEEING = compile_folded(r"ひなん|避難|にげ|逃げ")
HAZARD_MAP = compile_folded(r"はざどまっぷ|はざーどまっぷ"
                            r"|(?:しんすい|浸水|こうずい|洪水|どしゃ|土砂|ひなん|避難)(?:の)?(?:ちず|地図|まっぷ|マップ)")
EXERCISE = compile_folded(r"くんれん|訓練|ぼうさい(?:の)?ひ|防災の日|そうてい|想定")


def flee_asked_with_hazard(text: str) -> bool:
    """Whether a hazard is named with a question of where to flee, and no drill (``text``: a devoiced view)."""
    return (HAZARD_NAMED.search(text) is not None and FLEEING.search(text) is not None
            and WHERE_TO_GO.search(text) is not None and EXERCISE.search(text) is None)


def hazard_map_asked(text: str) -> bool:
    """Whether a hazard map is named (``text``: a devoiced view) - the disaster page stays under a topic word."""
    return HAZARD_MAP.search(text) is not None
