"""A harmless reading given up for a real one (テレビの悲鳴かと思ったら、隣の奥さんが本当に叫んでた; 冗談かと思ったら
本当に倒れた; round 58): the turn of a worry (…かと思ったら, …と思ったけど) followed by "really" (本当に, ほんとに,
マジで, 本物の). What was thought before the turn - a television, a drama, a joke - is the mistake, so it does not
close the message as fiction, a topic or a resolved scare; :func:`safety.detect.find` reads those closures on the
part after the turn (:func:`told_real_after_mistake`). The reverse (叫び声かと思ったらテレビだった: the scream was the
mistake) has no "really" after the turn and stays resolved."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# The turn (かと思ったら, と思ってたら, と思いましたら, と思ったけど, Tohoku と思ったっけ), then "really" within a
# short clause (not まじめ, serious; not 本当かどうか, whether it is true)
MISTAKEN_TURN = (r"と(?:おも|思)(?:ったら|ったっけ|って(?:い)?たら|いましたら|った(?:けど|けれど|が)"
                 r"|って(?:い)?た(?:けど|が))")
# (nor a feeling said "really": マジ焦った, 本当にほっとした - the scare told over, not real)
# (the adverb only, 本当に / マジで - not a recogniser's マジが…)
REALLY = (r"(?:(?:ほんとう|本当|ほんと|ほんま|まじ|マジ|がち|ガチ)(?:に|で)|ほんもの|本物)(?!か(?:どうか|な|しら))"
          r"(?!(?:に|で)?[、 ]?(?:あせ|焦|びび|びっくり|よかった|良かった|あんしん|安心|ほっと|こわかった|怖かった"
          r"|たすかった|助かった|つかれ|疲れ|うれし|嬉し))")
MISTAKEN_THEN_REAL = compile_folded(MISTAKEN_TURN + r"(?=[^\n]{0,24}?" + REALLY + ")", voiced=True)


def told_real_after_mistake(written: str) -> str | None:
    """The part of ``written`` after a harmless reading given up for a real one (…かと思ったら、本当に…), or None."""
    found = MISTAKEN_THEN_REAL.search(written)
    if found is None:
        return None
    return written[found.end():].lstrip("、,， 　")
