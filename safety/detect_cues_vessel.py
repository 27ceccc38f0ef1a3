"""A boat or a ship sunk, capsized or raised, with no person told (沈んだ船はまだ引き上げられていない, 沈没した漁船の
引き上げ作業): the news of a vessel, not someone in the water - the emergency classifier stays quiet, as for a story
of animals alone (:mod:`safety.detect_cues_animal`). A rule's event still counts (船が沈んで人が溺れている). Round 48
(helper A85): the n-gram read 119 on such news."""

from __future__ import annotations

from safety.rule import PEOPLE, WRITER
from safety.vocabulary import compile_folded

VESSEL = (r"ふね|船|ぎょせん|漁船|ぼーと|ボート|ふぇりー|フェリー|よっと|ヨット|たんかー|タンカー|かもつせん|貨物船"
          r"|せんぱく|船舶|ゆうらんせん|遊覧船|せんすいかん|潜水艦")
SUNK = r"しず(?:ん|め|み)|沈(?:ん|め|み)|ちんぼつ|沈没|てんぷく|転覆|ざしょう|座礁|ひきあげ|引き上げ|引揚"
VESSEL_SUNK = compile_folded(r"(?:" + VESSEL + r")(?:が|は|も|の)?[^\n]{0,8}?(?:" + SUNK + r")|(?:" + SUNK + r")"
                             r"[^\n]{0,4}?(?:た|して(?:いる|る)?|てる|ている)?(?:" + VESSEL + ")")
# Someone aboard, in the water or missing, or a call for help: no mere news.
PERSON_ABOARD = compile_folded(r"(?:" + PEOPLE + "|" + WRITER + r")|のって|乗って|のりくみ|乗組|じょういん|乗員"
                               r"|じょうきゃく|乗客|ゆくえ|行方|おぼれ|溺れ|たすけ|助け|きゅうじょ|救助")


def vessel_only(text: str) -> bool:
    """A vessel sunk or raised, and no person, writer, crew nor call for help told."""
    return bool(VESSEL_SUNK.search(text)) and not PERSON_ABOARD.search(text)
