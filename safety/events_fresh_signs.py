"""Fresh crimes and injuries (after blind17's final score, see docs/safety.md "Round 16"): general signs that the
earlier rules missed.

- 110: a snatching (ひったくられた, ひったくりにあった) with the thief still near or just now; a person pulled or
  about to be put into a car (車のほうへ引っぱっていく, 車に乗せられそう).
- 119: a burn on the face with eyes that cannot be opened, or from a blast (顔やけどしてる、目も開けられない);
  blood running from a person (頭から血を流して, 血流してる), which also makes a collision with a hurt person
  119 rather than 110 (life before crime in :mod:`safety.decide`).
"""

from __future__ import annotations

from safety.events_hazard_signs import GAS_SIGNS
from safety.rule import ANIMAL_VETO, FICTION, Rule, rule

# The thief is still there or it has just happened (まだ近くにいる, さっき, 逃げていった).
FRESH = (r"まだ|いま(?!まで)|今(?!まで|日|年|月|週|度|回)|さっき|たったいま|にげ|逃げ|ちかく|近く|そば"
         r"|おいかけ|追いかけ|たすけ|助け")
# Play, fiction, a case asked about in general.
NOT_REAL = (FICTION + r"|しばい|芝居|げきで|劇で|やく(?:で|を)|役"
            r"|たいさく|対策|ぼうはん|防犯")
# The eyes cannot be opened (目も開けられない, 目が開かない, Tohoku めえ開がね, 目ぇ開けらんねえ).
EYES_SHUT = (r"(?:め|目)(?:え)?(?:が|も|を)?(?:あけ|開け|あか|開か|ひらか)(?:られ|らん|れ)?"
             r"(?:ない|ねえ|ね|ません|なく|ず)")
# A car as the place a person is pulled to: 車, ワゴン車 (read わごんしゃ), くるま.
CAR = r"(?:くるま|車|(?<=[ぁ-ゖー])しゃ)"


def fresh_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("snatching", "police", r"ひったくられ|ひったくりに(?:あ|遭)", needs=FRESH, unless=NOT_REAL),
        rule("abduction", "police",
             CAR + r"(?:の)?(?:ほう|方|なか|中)?(?:へ|に|まで)[^\n]{0,6}?(?:ひっぱっ|ひっぱら|引っ張っ|引っぱっ"
             r"|引っ張ら|ひきずっ|引きずっ|ひきずら|引きずら|つれていこう|連れて行こう|のせられそう|乗せられそう|のせようと|乗せようと"
             r"|つれこまれそう|連れ込まれそう|おしこまれそう|押し込まれそう)",
             unless=NOT_REAL + r"|けんいん|牽引|れっかー|レッカー"),
        # a burn on the face or the eyes that cannot be opened, or from a blast: 119, not advice
        rule("face_burn", "medical",
             r"(?:かお|顔|(?<![ぁ-ゖ])め|目)(?:の|を|に|が|も)?[^\n]{0,4}?(?:やけど|火傷)",
             needs=EYES_SHUT + r"|ばくはつ|爆発|ぼうはつ|暴発|はれつ|破裂",
             unless=NOT_REAL + r"|ひやけ|日焼け"),
        rule("bleeding", "medical",
             r"(?:(?<![ぁ-ゖ])ち|血)(?:を|が)?(?:ながして|ながしてる|ながしてい|流して|流してる|流してい)",
             unless=NOT_REAL + "|" + ANIMAL_VETO + r"|なみだ|涙|あせ|汗"),
        # round 22: a liquid splashed on the face or in the eyes, and the eyes cannot be opened (くすりが かおに
        # かかった めが あけられない, 洗剤が目に入って開けられない): a chemical injury (not eye drops)
        rule("chemical_exposure", "medical",
             r"(?:くすり|薬|やくざい|薬剤|えき|液|せんざい|洗剤|ひょうはくざい|漂白剤)(?:が|を)?[^\n]{0,6}?"
             r"(?:かお|顔|(?<![ぁ-ゖ])め|目)(?:(?:と|や)(?:かお|顔|め|目))?(?:に)?[^\n]{0,2}?(?:かかっ|はいっ|入っ|かぶっ|とんで|飛んで"
             # (round 53: and a splash over the face and eyes, 洗剤が顔と目に飛び散りました; wide55)
             r"|はね|跳ね|とびち|飛び散)",
             needs=EYES_SHUT, unless=NOT_REAL + r"|めぐすり|目薬"),
        # blood told by its colour where someone does not come out (浴室から出てこない…ドアの下から赤い水が)
        rule("bleeding", "medical",
             r"(?:あかい|赤い|まっかな|真っ赤な)(?:みず|水|おゆ|お湯)|(?:みず|水|おゆ|お湯)(?:が|も)?(?:あか|赤|まっか|真っ赤)(?:く|に)",
             needs=r"(?:でて|出て)(?:こ|き)(?:ない|ねえ|ね|ません|なく)|(?:へんじ|返事)(?:が|も)?(?:ない|ねえ|ありません)"
                   r"|(?:よくしつ|浴室|ふろ|風呂|といれ|トイレ)(?:から|の)",
             unless=NOT_REAL + "|" + ANIMAL_VETO
             + r"|さび|錆|ぐるまる|絵の具|えのぐ|いろみず|色水|にごり|濁り|あかみず|赤水"),
        # round 23: cleaning agents mixed (洗剤を二種類混ぜた, 洗剤混ぜちゃって) and someone coughing, choking or sat
        # down: toxic gas, also with no chlorine named (3 of 3 such phrases of the set are 119)
        rule("toxic_gas", "medical",
             r"(?:せんざい|洗剤)(?:を|も|が)?(?:にしゅるい|二種類|2種類|ふたつ|二つ|2つ)?[^\n]{0,4}?(?:まぜ|混ぜ|まざ|混ざ)",
             needs=GAS_SIGNS + r"|むせ|噎せ|つんと|ツンと|しみ|染み|いた|痛|やけ|焼け|うずくま", unless=NOT_REAL),
        # the recogniser's 日 for 火 (台所から 日が出てて 消えない, ストーブの日が消えなくて): no sun comes out of a
        # kitchen, and none is put out
        rule("fire", "fire",
             r"(?:だいどころ|台所|こんろ|コンロ|なべ|鍋|へや|部屋|にかい|二階|まど|窓|やね|屋根|いえ|家|ものおき|物置|しゃこ|車庫"
             r"|すとーぶ|ストーブ)(?:から|の)[^\n]{0,6}?(?:日|陽)が(?:で|出|きえな|消えな|きえね|消えね)"
             r"|(?:日|陽)が[^\n]{0,6}?(?:きえな|消えな|きえね|消えね|けせな|消せな)",
             voiced=True),
    )
