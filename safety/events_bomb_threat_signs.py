"""A bomb threatened (round 57, helper A124: wide59 - libraries, museums and the city hall from the staff side).

- *a bomb said to be planted or set to go off* (``bomb_threat``, 110): a bomb told as placed (爆弾を仕掛けた, 爆弾を
  置いた, 爆弾を設置した), or an explosion told as a threat that came by phone, letter, mail or a posting (三時に爆発
  するって電話があった, 爆破すると書き込まれた) - the police clear the building and search, not the fire brigade for a
  fire; not a film, a drama, a game, a drill or a dream.

The explosion such a threat names is no fire (:data:`EXPLOSION_THREATENED`, read by :mod:`safety.events_fire`); an
explosion that happened (爆発して人が倒れてる) is still 119 by its own rules.

Tests: tests/safety/test_events_bomb_threat_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# How a threat comes: a call, a letter, a mail, a posting, words said.
THREAT_CAME = (r"(?:でんわ|電話|てがみ|手紙|めーる|メール|かきこみ|書き込み|かきこまれ|書き込まれ|ふうしょ|封書"
               r"|いっ(?:て|た)|言っ(?:て|た)|いわれ|言われ|よこく|予告)")
# An explosion told as what will happen, in the words of a threat (爆発するって電話, 爆破すると言って).
EXPLOSION_THREATENED = r"(?:する|させる|させっ|させ(?:て|た)やる)(?:と|って|ぞ)[^\n]{0,10}?" + THREAT_CAME
# A bomb told as placed (爆弾を仕掛けた, 爆弾置いた, 爆発物を設置した).
BOMB_PLACED = (r"(?:ばくだん|爆弾|ばくはつぶつ|爆発物)(?:を|が|も|は)?[^\n]{0,6}?(?:しかけ|仕掛け|おいた|置いた"
               r"|おいて(?:ある|あり|き|い)|置いて(?:ある|あり|き|い)|せっち|設置)")
# Not a story, a game, a drill or a dream.
NOT_A_THREAT = FICTION + r"|くんれん|訓練|ゆめ|夢|しょうせつ|小説|にゅーす|ニュース"


def bomb_threat_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("bomb_threat", "police",
             BOMB_PLACED + r"|(?:ばくはつ|爆発|ばくは|爆破)" + EXPLOSION_THREATENED,
             unless=NOT_A_THREAT),
    )
