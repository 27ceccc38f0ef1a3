"""Hazards told by what is done or seen (round 17, see docs/safety.md "Round 17"): general signs the earlier rules
missed.

- 110: a firearm taken out, held or pointed (猟銃を出してきた, ライフルを構えて; not hunting, a licence, a toy); a
  person lost from sight in the hills or a crowd and not answering (はぐれた…呼んでも返事ない: missing, not
  unconscious).
- 110: shouting with things breaking or thrown next door (怒鳴り声と物が割れる音がずっと): violence at home.
- 119: the signs of a stroke told as what is seen (口の端からよだれ, 口がもつれて, 箸を落として / 持てない, 右足を
  引きずって, 右手がだらんと, 顔がゆがんで, しゃべるのがおかしくなった); chlorine bleach mixed with an acid with
  someone coughing or unwell (a toxic gas); someone swimming, or only their float seen, who is no longer in sight
  (泳いでた友達が見えない。浮き輪だけ: drowning, not a missing person).
"""

from __future__ import annotations

from safety.rule import ANIMAL, FICTION, PEOPLE, Rule, rule
from safety.vocabulary import NEG

# A firearm: written (銃 alone is safe in kanji), read (じゅう alone is 十/中, so only its compounds).
FIREARM = (r"りょうじゅう|猟銃|らいふる|ライフル|さんだんじゅう|散弾銃|けんじゅう|拳銃|ぴすとる|ピストル"
           r"|(?<![ぁ-ゖ])銃")
# Hunting, a licence, a shooting range, a toy or a game: a firearm that threatens nobody.
LAWFUL_GUN = (r"しゅりょう|狩猟|りょうゆうかい|猟友会|きょか|許可|しんせい|申請|めんきょ|免許|しゃげき|射撃|かり(?:に"
    r"|を|の)"
              r"|狩り|おもちゃ|玩具|もでるがん|モデルガン|みずでっぽう|水鉄砲|えあがん|エアガン|" + FICTION)
# Bleach and an acid mixed (混ぜるな): chlorine gas.
CHLORINE = r"えんそ|塩素|はいたー|ハイター|まぜるな|混ぜるな|かびとり|カビ取り"
# ... with someone affected by it.
GAS_SIGNS = (r"せき|咳|くるし|苦し|いき|息|めが|目が|はなが|鼻が|のどが|喉が|きもちわる|気持ち悪|はきけ|吐き気|すわりこ"
             r"|座り込|たおれ|倒れ|ぐったり|めまい|ふらふら")
# Shouting, and things breaking or thrown (怒鳴り声と物を叩きつける音): violence at home.
SHOUTING = r"(?:どなりごえ|怒鳴り声|どなる|怒鳴る|さけびごえ|叫び声|ひめい|悲鳴|なきさけ|泣き叫|やめて)"
BREAKING = (r"(?:われる|割れる|こわれる|壊れる|たたきつけ|叩きつけ|なげ|投げ|ぶつかる|たおれる|倒れる)(?:ような"
    r"|みたいな)?"
            r"(?:おと|音)")
# One side of the body or the mouth failing (a stroke), told as what is seen.
ONE_SIDE = r"(?:みぎ|右|ひだり|左|かた|片)(?:の|がわの|側の)?(?:て|手|あし|足|うで|腕)"
STROKE_SEEN = (r"(?:くちのはし|口の端|くちもと|口元)[^\n]{0,8}?(?:よだれ|涎)|(?:くち|口)(?:が|も)?もつれ"
               r"|(?:きゅうに|急に)[^\n]{0,8}?(?:はし|箸)(?:を)?(?:おと|落と)|(?:はし|箸)(?:が|を)?(?:もて|持て)(?:な|ね)"
               r"|" + ONE_SIDE + r"(?:が|を)?[^\n]{0,3}?(?:だらん|だらり|ひきず|引きず)"
               r"|(?:かお|顔)(?:が)?(?:きゅうに|急に)?(?:ゆがん|歪ん)"
               r"|(?:しゃべ|喋)[^\n]{0,3}?(?:おかし|へん|変)(?:く|に)(?:なっ)")
# Out of sight (見えない, いなくなった, 上がってこない).
GONE_FROM_SIGHT = (r"(?:みえ|見え)(?:な|ね)|いなくな|いねくな|いな(?:い|く)|いね(?:え|く)|(?:うかんで|浮かんで"
    r"|あがって|上がって)(?:こ)"
                   + NEG)


def hazard_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("violence_heard", "police",
             SHOUTING + r"[^\n]{0,12}?" + BREAKING + "|" + BREAKING + r"[^\n]{0,12}?" + SHOUTING,
             unless=r"てれび|テレビ|こうじ|工事|かいたい|解体|" + FICTION),
        rule("stroke_signs", "medical", STROKE_SEEN,
             unless=r"はいしゃ|歯医者|ますい|麻酔|あかちゃん|赤ちゃん|ねている|寝ている|ねてる|寝てる|ねむって|眠って"),
        rule("weapon", "police",
             r"(?:" + FIREARM + r")(?:を|お|が|まで)?[^\n]{0,3}?(?:もっ|持っ|もち|持ち|だし|出し|とりだ|取り出|むけ"
             r"|向け"
             r"|かまえ|構え|ふりまわ|振り回)",
             unless=LAWFUL_GUN),
        rule("toxic_gas", "medical",
             r"(?:" + CHLORINE + r")[^\n]{0,20}?(?:まぜ|混ぜ|まざ|混ざ)|(?:まぜ|混ぜ|まざ"
             r"|混ざ)[^\n]{0,10}?(?:" + CHLORINE
             + ")",
             needs=GAS_SIGNS),
        rule("drowning", "medical",
             r"(?:およいで|泳いで|およいだ|泳いだ|うきわ|浮き輪|うきぶくろ|浮袋|かいすいよく|海水浴|もぐって|潜って)[^\n]{0,24}?"
             r"(?:" + GONE_FROM_SIGHT + r")",
             has_negation=True, needs=PEOPLE, unless=ANIMAL),
        rule("missing_person", "police",
             r"(?:はぐれ|みうしな|見失)[^\n]{0,30}?(?:へんじ|返事|こたえ|答え|みつから|見つから|でんわ|電話|つなが|繋が)",
             has_negation=True, unless=ANIMAL),  # 返事ない: the negation is the event
    )
