"""A hair chemical in an eye, and petrol or kerosene over a person (round 56, helper A119).

- *A hair chemical in an eye* (パーマ液, カラー剤, 毛染め, 白髪染め, ブリーチ, or the salon's 薬剤 / 液 where a salon is
  told): got or ran into an eye (目に入った, 目に流れてきて, 目にかかって). The advice line (#7119, ``eye_chemical``);
  the eye burnt past opening or seeing (目が開けられない, 見えない) is a chemical injury (119, ``chemical_exposure``).
  Quiet: a question about the salon's service (目にしみたりしますか), a way to keep it out (入らないように), a what-if.
- *Petrol or kerosene over a person*: poured on by someone (灯油を頭からかけられた, 男が女性にガソリンをかけた) is
  violence now (110, ``fuel_poured_on_person``; lit, the fire rules read it too); a person drenched by accident who
  hurts (ガソリンかぶっちゃって目が痛い, 灯油を浴びて皮膚がひりひり) is a chemical injury (119). Quiet: fuel spilt on
  the ground or the floor while refuelling (給油してたら地面にこぼれた), a drop on a hand, a story.

Tests: tests/safety/test_events_splash_signs.py.
"""

from __future__ import annotations

from safety.events_mishap_signs import EYE_BURNT
from safety.rule import FICTION, Rule, rule

# A hair chemical named (パーマ液, カラー剤, 毛染め, 白髪染め, ブリーチ, 縮毛矯正の薬).
HAIR_CHEMICAL = (r"ぱーまえき|パーマ液|ぱーま(?:の)?(?:くすり|薬|えき|液)|パーマ(?:の)?(?:くすり|薬|えき|液)"
                 r"|からーざい|カラー剤|からーえき|カラー液|へあからー|ヘアカラー|けぞめ|毛染め|しらがぞめ|白髪染め|ぶりーち|ブリーチ"
                 r"|しゅくもうきょうせい|縮毛矯正|へあまにきゅあ|ヘアマニキュア")
# ... or the salon's liquid where a salon is told (美容院で…薬剤が, 床屋で…液が).
SALON = r"びよういん|美容院|びようしつ|美容室|とこや|床屋|りはつ|理髪|りよう(?:しつ|てん)|理容"
SALON_LIQUID = r"(?:" + SALON + r")[^\n]{0,40}?(?:やくざい|薬剤|くすり|薬|えき|液)"
# ... got or run into an eye (目に入った, 目に流れてきて, 目さ入って, 目の中に垂れて).
INTO_EYE = (r"(?:(?<![ぁ-ゖ])め|(?<=[かがもをの])め(?=に|さ|へ|の)|目)(?:ん)?(?:に|さ|へ|の(?:なか|中)(?:に|さ)?)?"
            r"[^\n]{0,3}?(?:はいっ|入っ|はいり|入り|ながれ|流れ|たれ|垂れ|かかっ|とん|飛ん|はね|跳ね)")
EYE_CHEMICAL = r"(?:" + HAIR_CHEMICAL + "|" + SALON_LIQUID + r")(?:が|も|の)?[^\n]{0,12}?" + INTO_EYE
# A question about the service, a way to keep it out, a what-if, a story.
NOT_IN_AN_EYE = (FICTION + r"|ないように|ないよう|よぼう|予防|ふせ|防|(?:はいっ|入っ|ながれ|流れ|かかっ)たら(?!し)"
                 r"|めぐすり|目薬")

# Petrol, kerosene or diesel.
FUEL = r"とうゆ|灯油|がそりん|ガソリン|けいゆ|軽油"
# A person or a body poured on (人に, 男性に, 頭から, 全身に, 体に).
ON_A_PERSON = (r"(?:ひと|人|おとこ|男|おんな|女|じょせい|女性|だんせい|男性|つま|妻|おっと|夫|子|じぶん|自分"
               r"|おくさん|奥さん|よめ|嫁|だんな|旦那|かのじょ|彼女|かれし|彼氏|あいて|相手)"
               r"(?:の(?:からだ|体))?(?:に|さ)|(?:あたま|頭|ぜんしん|全身|からだ|体|かお|顔)(?:から|に|さ)")
POURED_ON = r"(?:かけ|掛け|ぶっかけ|あびせ|浴びせ|まい|撒い|まき|撒き)"
# ... by someone (灯油を頭からかけられた, ガソリンを浴びせられて) or onto someone (男が女性にガソリンをかけてる).
FUEL_BY_SOMEONE = (r"(?:" + FUEL + r")(?:を|が|さ)?[^\n]{0,10}?(?:かけられ|掛けられ|ぶっかけられ|あびせられ|浴びせられ"
                   r"|まかれ|撒かれ)"
                   r"|(?:" + ON_A_PERSON + r")[^\n]{0,4}?(?:" + FUEL + r")(?:を|さ)?[^\n]{0,4}?" + POURED_ON
                   + r"|(?:" + FUEL + r")(?:を|さ)?[^\n]{0,4}?(?:" + ON_A_PERSON + r")[^\n]{0,4}?" + POURED_ON)
# ... or drenched by it (ガソリンかぶっちゃって, 灯油を浴びて) and hurting (目が痛い, 叫んでる, 皮膚がひりひり).
FUEL_DRENCHED = r"(?:" + FUEL + r")(?:を|が|さ|ば)?[^\n]{0,6}?(?:かぶっ|かぶり|あび|浴び)"
HURTING = (r"(?:め|目)(?:が|も)?[^\n]{0,4}?(?:いた|痛|あか|開か|あけ|開け|みえ|見え)|さけ|叫|ひふ|皮膚|ひりひり"
           r"|ただれ|やけど|火傷|きもちわる|気持ち悪|はきけ|吐き気|くるし|苦し|ぐったり|たおれ|倒れ|" + EYE_BURNT)
# Fuel spilt, a story, a safety talk.
NOT_ON_A_PERSON = FICTION + r"|ないように|ないよう|きをつけ|気をつけ|よぼう|予防|くんれん|訓練"


def splash_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a hair chemical in an eye burnt past opening (パーマ液が目に入って目が開けられない): 119
        rule("chemical_exposure", "medical", EYE_CHEMICAL, needs=EYE_BURNT, unless=NOT_IN_AN_EYE),
        # ... or only stinging (カラー剤が目に入ってしみる): the advice line
        rule("eye_chemical", "symptom", EYE_CHEMICAL, unless=NOT_IN_AN_EYE),
        # petrol or kerosene poured over a person by someone (灯油を頭からかけられた人がいる): 110
        rule("fuel_poured_on_person", "police", FUEL_BY_SOMEONE, unless=NOT_ON_A_PERSON),
        # ... or a person drenched and hurting (ガソリンかぶっちゃって、目が痛いって叫んでる): 119
        rule("chemical_exposure", "medical", FUEL_DRENCHED, needs=HURTING, unless=NOT_ON_A_PERSON),
    )
