"""Someone told unhurt does not settle a road still blocked (round 50, helper A95).

バイパスで豚を積んだトラックが横転して豚が道路に何匹も出てます運転手は無事です (wide51b, asr): 運転手は無事です
matched :data:`safety.vocabulary_settled.SETTLED` (…は無事です, a state settled), so the overturned truck was closed
as a resolved scare - while its pigs were still loose on the bypass. The person's being safe settles the person, not
what is left on the road: where the message tells animals, a load or a vehicle on the road or blocking it now, the
unhurt form is taken out before ``SETTLED`` is read (:func:`settled_beside_the_road`)."""

from __future__ import annotations

import re

from safety.vocabulary import compile_folded

# Told unhurt or fine (運転手は無事です, 運転手さんは大丈夫だげど, 人も無事だった).
TOLD_UNHURT = compile_folded(r"(?:も|は)(?:ぶじ|無事)(?:でした|だった|です|だ|みたい|らしい)"
                             r"|(?:も|は)(?:だいじょうぶ|大丈夫)(?:でした|だった|です|だ|みたい|らしい)")
# Something on the road or blocking it now: out on it, walking or scattered there, the road or a lane blocked.
ON_THE_ROAD_NOW = compile_folded(
    r"(?:どうろ|道路|みち|道|しゃせん|車線|ばいぱす|バイパス|こくどう|国道|けんどう|県道)(?:に|さ|で|を|の(?:まんなか|真ん中)(?:を|に)?)?"
    r"[^\n]{0,8}?(?:でて(?:る|い|ま)|出て(?:る|い|ま)|ではって|出はって|ふさ|塞|ちらば|散らば|あるいて|歩いて"
    r"|うろうろ|ころが|転が|はみだ|はみ出)")


def settled_beside_the_road(text: str, settled: re.Pattern[str]) -> bool:
    """Whether ``settled`` (a state settled) is in ``text`` once a person told unhurt beside something still on the
    road (:data:`ON_THE_ROAD_NOW`) is taken out."""
    if ON_THE_ROAD_NOW.search(text):
        text = TOLD_UNHURT.sub("", text)
    return settled.search(text) is not None
