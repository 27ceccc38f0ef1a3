"""A sting or bite by an insect, then the whole body answering (round 47, blind48b): anaphylaxis, 119.

A centipede's or a hornet's sting is a local matter (#7119) while the swelling stays where it stung; vomiting, the
lips, eyelids or throat swelling, hives over the body, dizziness or a limp body after it are the body answering as a
whole (彼氏がムカデに刺されたあと、急に吐いて唇まで腫れてきた). The earlier anaphylaxis rule
(:mod:`safety.events_life`) knows the bee alone and only the breath, the lips and the whole body as signs.
"""

from __future__ import annotations

from safety.rule import Rule, rule

# What stings or bites in the fields and houses of the region (not a dog or a snake: their bites have rules of their
# own). ばち: a compound's reading (すずめばち).
STINGER = (r"(?:はち|ばち|蜂|鉢|むかで|ムカデ|百足|あぶ|アブ|虻|ぶよ|ブヨ|ぶゆ|ブユ|くらげ|クラゲ"
           r"|ひあり|ヒアリ|けむし|毛虫"
           r"|どくが|ドクガ|さそり|サソリ)")
STUNG = r"(?:さされ|刺され|かまれ|噛まれ|咬まれ)"
# The body answering as a whole: vomiting, a swelling far from the sting, hives over the body, the head going.
WHOLE_BODY = (r"(?:はい(?:て|た|ちゃ)|吐い|もどし|戻し|おうと|嘔吐|はきけ|吐き気"
              r"|(?:くちびる|唇|まぶた|瞼|のど|喉|かおじゅう|顔中|かおぜんたい|顔全体)(?:が|も|まで)?[^\n]{0,4}?"
              r"(?:はれ|腫れ|ぱんぱん|ふくれ|膨れ)"
              r"|(?:ぜんしん|全身|からだじゅう|体中|からだぜんたい|体全体)(?:に|が|も)?[^\n]{0,6}?"
              r"(?:じんましん|蕁麻疹|ぶつぶつ|あかく|赤く|まっか|真っ赤)"
              r"|ふらふら|ぐったり|めまい|目眩|いしき|意識)")


# An injection or a vaccination, then the face, the lips or the throat swelling or the body answering (注射打ったら
# 喉がいずくて、顔腫れできた; round 52, blind53a): anaphylaxis, the face far from the arm it went into.
INJECTED = (r"(?:ちゅうしゃ|注射|よぼうせっしゅ|予防接種|わくちん|ワクチン|てんてき|点滴)(?:を|さ)?[^\n]{0,4}?"
            r"(?:うった|打った|うって|打って|した|して|うけた|受けた|うけて|受けて)(?:ら|あと|後|から)?")
FACE_SWELLING = r"(?:かお|顔)(?:が|も|まで)?[^\n]{0,3}?(?:はれ|腫れ|ぱんぱん|ふくれ|膨れ)"


def sting_reaction_rules() -> tuple[Rule, ...]:
    """The sting, or an injection, then the whole body answering: anaphylaxis (119)."""
    return (
        rule("anaphylaxis", "medical",
             STINGER + r"(?:に|さ|から)?[^\n]{0,8}?" + STUNG + r"[^\n]{0,24}?" + WHOLE_BODY),
        rule("anaphylaxis", "medical", INJECTED + r"[^\n]{0,24}?(?:" + WHOLE_BODY + "|" + FACE_SWELLING + ")"),
    )
