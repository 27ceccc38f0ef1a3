"""A swindler's story found false: a call that claimed a child or a parent was hurt (保育園の園長を名乗る人…娘がけがを
して病院にいる、治療費を振り込んで) and a check that found them well (園に確かめたら娘は元気でした) - the hurt is the
swindler's story, not a symptom to advise on: the police consultation line (#9110) (round 48, helper A86: wide50).

The marker ``claim_disproved`` qualifies a scam (:data:`safety.decide.MARKERS`); :mod:`safety.decide` sends a scam
told with it to #9110 before any symptom read in the story. Tests: tests/safety/test_events_swindler_story_signs.py.
"""

from __future__ import annotations

from safety.rule import Rule, rule

CLAIM_DISPROVED = "claim_disproved"

# A check made (園に確かめたら, 嫁さんさ聞いだら, 学校に電話したら, 本人に連絡したら) ...
CHECKED = (r"(?:きいたら|聞いたら|きいだら|聞いだら|きーたら|たしかめたら|確かめたら|たしがめだら|確かめだら"
           r"|かくにんしたら|確認したら|かくにんすると|確認すると|でんわしたら|電話したら|でんわしだら|電話しだら"
           r"|といあわせたら|問い合わせたら|れんらくしたら|連絡したら|れんらくしだら|連絡しだら)")
# ... found the person well or the story false (元気でした, ぴんぴんしてた, 普通に遊んでた, 無事, 嘘だった).
FOUND_WELL = (r"げんき|元気|ぴんぴん|ピンピン|ふつうに|普通に|ぶじ|無事|なんとも(?:な|ね)|何とも(?:な|ね)|いつもどおり"
              r"|いつも通り|うそ|嘘|でたらめ|そんな(?:こと|事)(?:は)?(?:ない|なかっ|ありません)")


def swindler_story_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule(CLAIM_DISPROVED, "scam", CHECKED + r"[^\n]{0,20}?(?:" + FOUND_WELL + r")"),
    )
