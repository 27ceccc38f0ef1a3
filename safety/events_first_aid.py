"""A small burn told by what happened, not named (round 43, kinds41's oil spatter): a real hurt now, asked about or
told - an advice case (#7119; a child's at night #8000), as やけど is (``symptom`` in :mod:`safety.events_advice`).

The coordinator's label decision (round 43): a small burn, cut or bump with a real hurt now, asked about how to treat
it at home, is urgent advice (#7119), not none; a first-aid topic with no one hurt (応急手当の講習) stays none. The set
labelled it so already (kinds41's eight oil-spatter tellings, #7119; every cut, bump or burn asked about with a hurt
now is #7119 or #8000); the rules answered none because nothing named the hurt: 油が跳ねて手の甲に赤い点, ヒリヒリ.
"""

from __future__ import annotations

from safety.rule import Rule, rule

# What burns when it touches the skin: oil, boiling water, an iron, a pan, a stove, a sparkler.
HOT_THING = (r"(?:あぶら|油|ねっとう|熱湯|おゆ|お湯|あいろん|アイロン|なべ|鍋|やかん|ふらいぱん|フライパン"
             r"|すとーぶ|ストーブ"
             r"|こんろ|コンロ|ゆげ|湯気|はなび|花火|てんぷら|天ぷら)")
# ... touching the skin: spattered, poured, touched (油がはねて, 熱湯がかかって, ストーブに手をついて, ピチッと)
TOUCHED = (r"(?:はね|跳ね|はぜ|かか(?:っ|り)|かぶっ|さわっ|触っ|ふれ|触れ|てをつい|手をつい|てつい|手つい|ぴちっ|ぱちっ"
           r"|じゅっ)")
# ... and the skin marked: red, stinging, blistered (赤い点, 赤くなって, ヒリヒリ, ピリピリ, 水ぶくれ)
MARKED = r"(?:あか[いくっ]|赤[いくっ]|ひりひり|ぴりぴり|ひりつ|みずぶくれ|水ぶくれ|水膨れ)"
SPOTTED_BURN = HOT_THING + r"[^\n]{0,10}?" + TOUCHED + r"[^\n]{0,40}?" + MARKED
# A body part named somewhere: the skin of a person (手の甲, 指の付け根, 手首; kana てに also after はねて, はねた).
SKIN = (r"(?:(?:(?<![ぁ-ゖ])|(?<=[てた]))て(?:の|に|を|さ|が)|手|ゆび|指|うで|腕|てくび|手首|こう|甲|ひじ|肘"
        r"|くび|首|かお|顔|あし|足|はだ|肌"
        r"|つけね|付け根)")
# Not a glowing stove or a fire (ストーブが赤く光って, 花火が赤くて), nor a pan or an animal (鍋が赤く焦げて).
GLOW = r"ひか[っりる]|光|もえ|燃え|ほのお|炎|けむり|煙|こげ|焦げ|きれい|綺麗"


# Round 45 (blind46a): sunburn with blisters (日焼けしすぎて背中ヒリヒリ、水ぶくれもできてきた) - advice, #7119, as
# 5 other tellings of the set are; sunburn alone stays a calm word (``CALM``), the blisters make it a hurt.
SUNBURN = r"(?:ひやけ|日焼け|ひにやけ|日に焼け|ひにあたっ|日に当たっ)(?!どめ|止め)"
BLISTERED = r"(?:みずぶくれ|水ぶくれ|水膨れ|みずぶぐれ|水ぶぐれ)"
SUNBURN_BLISTERED = SUNBURN + r"[^\n]{0,30}?" + BLISTERED + r"|" + BLISTERED + r"[^\n]{0,16}?" + SUNBURN
# ... not one avoided or asked about in general (水ぶくれにならないように, 日焼けで水ぶくれになったら).
NOT_A_BLISTER_NOW = r"ないように|ならないよう|(?:た|だ)ら(?:どう|どこ|なに|何)|もし"


def first_aid_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (rule("spotted_burn", "symptom", SPOTTED_BURN, needs=SKIN, unless=GLOW),
            rule("sunburn_blistered", "symptom", SUNBURN_BLISTERED, unless=NOT_A_BLISTER_NOW))
