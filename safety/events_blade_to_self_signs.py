"""Someone holding a blade to their own neck, throat or wrist and saying they will die, told before any cut is made
(round 56, helper A121: wide58b's young metal-shop worker who, scolded, holds a box cutter to his own neck).

The event is read over its parts: a blade (カッター, ナイフ, 包丁, 刃物, カミソリ, はさみ) held, pressed or pointed at
the person's own neck, throat, wrist or chest (首に当てて, 手首に押し当て, 喉に突きつけ), with the person's own death
or harm in the message (死ぬ, 死んでやる, 死にたい, 消えたい, 自殺, 自分の) - a life at risk now, 110
(``suicide_threat``): a "not cut yet" (まだ切ってない) does not make it safe.

Round 57 (wide57's night taxi): a wrist cut told only by its blood - a wrist bound or bleeding, the cloth turning red
or dripping (手首に巻いたハンカチが赤く染まって, 手首から血がぽたぽた) - with the act told as the person's own (自分で
やった, 自分で切った): an act done, 119 (``self_harm``), not a cooking cut nor a fall.

Not these: a barber's or a shaver's razor (剃る, ひげ, 床屋, 散髪), a cold pack or a towel held to the neck, a
drama or a game."""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# A blade (カッター is folded to かった, so only before a particle or a body part: not 買った).
BLADE = (r"(?:かった(?=を|で|[^\n]{0,6}?(?:くび|首|のど|喉|てくび|手首))|ないふ|ナイフ|ほうちょう|包丁"
         r"|はもの|刃物|かみそり|カミソリ|剃刀|はさみ|ハサミ|鋏|きり(?=を)|錐)")
# ... held to one's own neck, throat, wrist or chest (首に当てて, 手首さ押し当でで, 喉元に突きつけて).
HELD_TO = (r"(?:じぶんの|自分の)?(?:くび|首|のど|喉|のどもと|喉元|てくび|手首|むね|胸|おなか|お腹|はら|腹)"
           r"(?:に|さ|へ|の(?:ところ|とこ|あたり)に)?[^\n]{0,3}?"
           r"(?:あて|当て|おしあて|押し当て|つきつけ|突きつけ|突き付け|むけ|向け|つけ|付け)")
# The person's own death or harm told (死ぬって, 死んでやる, 死にたい, 消えたい, 自殺, 自分の).
OWN_DEATH = (r"しぬ|死ぬ|しん(?:で|じゃ)|死ん(?:で|じゃ)|しにたい|死にたい|しにます|死にます|きえたい|消えたい"
             r"|じさつ|自殺|じぶんの|自分の|おわりにする|終わりにする")
# A barber's or a shaver's razor, a cold pack or a towel, a drama or a game.
NOT_SELF_HARM = (FICTION + r"|そる|剃る|そって|剃って|(?<!かみ)そり|剃り|ひげ|髭|とこや|床屋|さんぱつ|散髪"
                 r"|りはつ|理髪|びよう|美容|ほれいざい|保冷剤|たおる|タオル|ひやし|冷やし")

# A wrist, and its blood showing: red, soaked, seeping or dripping (赤く染まって, にじんで, 滴って, ぽたぽた).
WRIST = r"(?:てくび|手首)"
BLOOD_SHOWS = (r"血|あかく|赤く|まっか|真っ赤|あかい|赤い|そま|染ま|にじ|滲|したた|滴|ぽたぽた|ぼたぼた|ちまみれ")
# ... told done by the person (自分でやった, 自分で切った, 自らやった; said, quoted or written).
DONE_BY_ONESELF = r"(?:じぶんで|自分で|みずから|自ら)(?:[^\n]{0,6}?)(?:やっ|やり|きっ|切っ|した|しちゃ|つけ|付け)"
# A cut in the kitchen or at work, a fall, a drama.
ACCIDENTAL_CUT = (FICTION + r"|りょうり|料理|ほうちょうで|包丁で|ころん|転ん|つまず|ぶつけ|しごと|仕事|さぎょう|作業"
                  r"|ぎぷす|ギプス|しゅじゅつ|手術|てんてき|点滴")


def blade_to_self_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("suicide_threat", "police", BLADE + r"(?:を|で|さ)?[^\n]{0,8}?" + HELD_TO,
             needs=OWN_DEATH, unless=NOT_SELF_HARM),
        rule("self_harm", "medical",
             WRIST + r"[^\n]{0,24}?(?:" + BLOOD_SHOWS + r")|(?:" + BLOOD_SHOWS + r")[^\n]{0,12}?" + WRIST,
             needs=DONE_BY_ONESELF, unless=ACCIDENTAL_CUT),
    )
