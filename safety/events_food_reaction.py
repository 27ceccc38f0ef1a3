"""A skin reaction after a food, the person otherwise well (round 44, blind45a: 孫が牛乳を飲んだら口のまわりが赤く
なりまして、本人は元気なんですが): a question for the night line for a child (#8000) or #7119 - not none.

The set labels such tellings so (a rash round the mouth after a first egg, soba or kiwi: #8000, 4 of 4); a reaction
with the breath or the lips named is placed by the 119 rules first (``anaphylaxis`` in :mod:`safety.events_life`).
Tellings in several styles, and look-alikes (a flush after drink or a hot dish), are in
tests/safety/test_events_food_reaction.py.

Round 54 (blind55a): a throat that closes after a food or a meal (給食のあと…喉をかきむしってる, 食べたら喉が苦しい
って, お弁当の後のどを締め付けられる) is an anaphylaxis (119) even with no breath word: tests in
tests/safety/test_events_food_reaction_throat.py.
"""

from __future__ import annotations

from safety.rule import Rule, rule

# Eaten or drunk, then (牛乳を飲んだら, 卵を食べたあと, そば食ったら, 初めて食べさせたら) ...
TAKEN = (r"(?:たべ|食べ|のん|飲ん|くっ|食っ|くわせ|食わせ|なめ|舐め|たべさせ|食べさせ|のませ|飲ませ)"
         r"(?:たら|て(?:から)?|た(?:あと|後))")
# ... the skin round the mouth, on the face or the body ...
SKIN_PLACE = (r"(?:くち|口|かお|顔|ほっぺ|頬|くちもと|口元|からだ|体|うで|腕|くび|首|せなか|背中|おなか|お腹"
              r"|はだ|肌|ひふ|皮膚|ぜんしん|全身)(?:の(?:まわり|周り|あたり))?")
# ... red, spotted, itching or swollen (赤くなりまして, ぶつぶつ, じんましん, かゆがって, 腫れて)
REACTED = (r"(?:あかく|赤く|あかい|赤い|まっか|真っ赤|ぶつぶつ|ぽつぽつ|ぼつぼつ|じんましん|蕁麻疹|ほっしん|発疹"
           r"|かゆ|痒|はれ|腫れ|みみずばれ)")
FOOD_REACTION = TAKEN + r"[^\n]{0,12}?" + SKIN_PLACE + r"(?:が|に|も|さ)?[^\n]{0,4}?" + REACTED
# A flush after drink, a hot or spicy dish, or a bath - no reaction (酒を飲んだら顔が赤く, 辛いものを食べたら).
FLUSH = (r"さけ|酒|びーる|ビール|わいん|ワイン|しょうちゅう|焼酎|はいぼーる|ハイボール|ちゅうはい|チューハイ"
         r"|からい|辛い|からく|辛く|あつい|熱い|あつく|熱く|ふろ|風呂|わらっ|わらい|笑")


# A meal or a snack over (給食のあと, 昼ご飯の後, 食後) ...
MEAL_OVER = (r"(?:きゅうしょく|給食|しょくじ|食事|ごはん|ご飯|ひるごはん|昼ご飯|昼ごはん|ばんごはん|晩ご飯"
             r"|おべんとう|お弁当|べんとう|弁当|おやつ)(?:の)?(?:あと|後)|しょくご|食後")
# ... and the throat closing: clawed at, tight, choked (喉をかきむしって, のどが苦しい, 喉が締め付けられる; not a sore
# throat, 喉が痛い).
THROAT_CLOSING = (r"(?:のど|喉)(?:を|が|も|さ|の(?:おく|奥))?[^\n]{0,4}?(?:かきむし|掻きむし|掻き毟|くるし|苦し"
                  r"|しめつけ|締め付け|しまる|締まる|しまって|締まって|ふさが|塞が)")
THROAT_AFTER_FOOD = r"(?:" + TAKEN + "|" + MEAL_OVER + r")[^\n]{0,30}?" + THROAT_CLOSING


def food_reaction_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (rule("anaphylaxis", "medical", THROAT_AFTER_FOOD, unless=r"ふざけ|まね|真似|ゆめ|夢"),
            rule("food_reaction", "symptom", FOOD_REACTION, unless=FLUSH))
