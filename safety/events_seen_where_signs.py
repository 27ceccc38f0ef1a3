"""A hurt or an ailment told with a question of where to be seen (round 58, helper A127: a kind round 57 left): 重い
荷物で腰を痛めて、どこで診てもらえますか; 目に籾殻が入ってごろごろする、どこの病院に行けば; 鶏小屋の掃除から咳が
止まらない、どこで診てもらえる; 農薬が目に跳ねて痛い. The writer asks which clinic will see them for a hurt told now -
a question for the advice line (#7119; a child's at night #8000), as a symptom asked about is.

Quiet: the same question with no hurt told (腰の病院の評判を知りたい), a clinic asked for a check-up, a jab or its
hours and fees, and an animal's vet.
Tests: tests/safety/test_events_seen_where_signs.py.
"""

from __future__ import annotations

from safety.rule import Rule, rule
from safety.rule import on_its_line_with as _told_on_its_line

# Where to be seen: どこで診てもらえる, どこの病院に行けば, 何科にかかれば, どこさ行げばいいべ.
WHERE_SEEN = (r"どこ(?:で|に|へ|さ|の|か)?[^\n]{0,10}?(?:みてもら|診てもら|みでもら|診でもら|みてくれ|診てくれ|みでくれ"
              r"|診でくれ|みていただ|診ていただ|じゅしん|受診|かかれ|かかる)"
              r"|(?:どこの|どちらの|どの)(?:びょういん|病院|いいん|医院|しんりょうじょ|診療所|くりにっく|クリニック)"
              r"(?:に|へ|さ|で)?[^\n]{0,4}?(?:いけ|行け|いく|行く|いった|行った|いげ|行げ|かか|みて|診て)"
              r"|(?:なにか|何科)(?:に|へ|を|で)?[^\n]{0,6}?(?:いけ|行け|いく|行く|いげ|行げ|じゅしん|受診|かか|みて|診て)")
# A body part hurt by something that happened (腰を痛めて, 手首をひねって, 目に籾殻が入って, 目に農薬が跳ねて).
BODY_PART = (r"(?:こし|腰|せなか|背中|くび|首|かた|肩|ひざ|膝|ひじ|肘|てくび|手首|あしくび|足首|ゆび|指"
             r"|め|目|めぇ|まなこ|のど|喉|みみ|耳|はな|鼻)")
HURT_BY = (r"(?:いため|痛め|ひねっ|捻っ|くじい|挫い|ぶつけ|うっ|打っ|はいっ|入っ|へぇっ|はね|跳ね|かか(?:っ|り)"
           r"|とびこ|飛び込|ささっ|刺さっ)")
# ... or an ailment that goes on (咳が止まらない, 目がいずい, ずっと痛い, 何も食べない; not the いたい of 携帯,
# けいたい).
GOING_ON = (r"(?:せき|咳)(?:が|も)?[^\n]{0,4}?(?:とまらな|止まらな|とまんね|止まんね|つづ|続|ひど|でる|出る|でて|出て)"
            r"|(?<!け)いた(?:い|くて|む|みます|みが)|痛(?:い|くて|む|み)|いでぇ|いてえ|いずい|いずく|ごろごろ"
            r"|(?:はれ|腫れ)(?:て|た|ぼった|あが|上が)"
            r"|(?:なに|何|なん)も(?:たべ|食べ)(?:て(?:くれ)?|られ)?(?:ない|ません|ねえ|なく)"
            r"|(?:なに|何|なん)も(?:くわ|食わ|くわさ)(?:ない|ねえ|ねぇ|なく|ね)")
# (a particle after the part, or a kanji part right before the hurt - 腰痛めて: a bare kana め or て is in every word)
HURT_TOLD = (BODY_PART + r"(?:を|が|に|さ|へ)[^\n]{0,8}?" + HURT_BY
             + r"|(?:腰|首|肩|膝|肘|手首|足首|指|目)" + HURT_BY + r"|" + GOING_ON)
# Not a hurt to be seen: a check-up, a jab, the hours, fees or reputation of a clinic, a vet.
NOT_SEEN_FOR_A_HURT = (r"よぼうせっしゅ|予防接種|わくちん|ワクチン|けんしん|健診|検診|どっく|ドック"
                       r"|ひょうばん|評判|くちこみ|口コミ"
                       r"|ひよう|費用|りょうきん|料金|いくら|しんりょうじかん|診療時間|うけつけじかん|受付時間"
                       r"|じゅうい|獣医|どうぶつびょういん|動物病院|いぬ|犬|ねこ|猫|ぺっと|ペット")


def seen_where_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("symptom", "symptom", _told_on_its_line(HURT_TOLD, WHERE_SEEN), unless=NOT_SEEN_FOR_A_HURT),
    )
