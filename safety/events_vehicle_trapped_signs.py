"""Someone who cannot get out of a vehicle (round 50, helper A95: blind20a's light truck in an irrigation ditch with
its driver unable to get out, blind40a's overturned one; B58's round-49 note: with the vehicle word read, the rules
took such a crash for the police).

The event is read over its parts, not by the crash: a vehicle named anywhere in the message (a car, a light truck, a
lorry, a van, its driver's seat or cab) and a person told unable to get out of it - a person word, then within a
few words the potential of 出る denied (出られない, 出れない, 出てこられない, 出でこらんねえ, 出らんねえ, 出られず).
Someone trapped in a vehicle is 119 (``trapped``: rescue and an ambulance), whatever else the crash is; the police
reading of the crash stays beside it (life before crime, :mod:`safety.decide`).

Searched on the voiced views: devoiced, 出られ is てられ, the te-form of 見てられない (cannot bear to watch). Not an
animal left in a car (the animal rules' veto), a drama or a game, nor a worry of what might happen (もし)."""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, FICTION, Rule, on_its_line_with, rule
from safety.vocabulary import NEG, PERSON

# A vehicle: a car, a light truck, a lorry, a van, a tractor; its driver's seat, cab or passenger seat.
VEHICLE = (r"くるま|車(?!いす|椅子)|けいとら|軽とら|とらっく|とらくた|わごん|しゃりょう|車両|じどうしゃ|自動車"
           r"|うんてんせき|運転席|うんてんしつ|運転室|じょしゅせき|助手席|こうぶざせき|後部座席")
# Who is in it: a person word, the driver, the one driving (運転してだ人: the person word ends it), oneself
# (自分では出られない: she cannot get out by herself).
INSIDE = r"(?:" + PERSON + r"|うんてんしゅ|運転手|のってる|乗ってる|のってた|乗ってた|じぶん|自分)"
# Cannot get out: 出る's potential denied, standard and Tohoku (出らんねえ, 出でこらんねえ: ん closes the denial).
CANNOT_GET_OUT = r"(?:で|出)(?:てこ|でこ)?(?:られ|れ|ら)(?:" + NEG + r"|ん)"
# Not an animal, a drama, a worry of what might happen - nor someone shut in by another person (知らない人に車の中に
# 閉じ込められた: an abduction, the police first; kinds42).
NOT_REAL = (ANIMAL_VETO + "|" + FICTION + r"|もし|万一|まんいち"
            r"|(?:ひと|人|おとこ|男|おんな|女|やつ|奴|だれか|誰か)に[^\n]{0,12}?(?:とじこめられ|閉じ込められ|つれこまれ"
            r"|連れ込まれ|のせられ|乗せられ|おしこまれ|押し込まれ)")


def vehicle_trapped_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # (the vehicle as a look-ahead on the line, not ``needs``: a missing vehicle must not guard the classifiers -
        # 親父から留守電「風呂から出れん」, a father stuck in the bath, is read 119 by the n-gram)
        rule("trapped", "medical", on_its_line_with(INSIDE + r"[^\n]{0,16}?" + CANNOT_GET_OUT, VEHICLE),
             has_negation=True, unless=NOT_REAL, voiced=True),
    )
