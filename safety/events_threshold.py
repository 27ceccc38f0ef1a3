"""The threshold question (round 42, kinds41): when, or from what level, to call an ambulance, or whom to ask when
unsure - a question for #7119 whether or not anyone is ill now (applied with the line rules of
:mod:`safety.events_line_signs`)."""

from __future__ import annotations

from safety.rule import Rule, rule

# The threshold question: when, or from what level, to call an ambulance, or whom to ask when
# unsure (救急車ってどんなときに呼べばいい, 呼ぶタイミング, どんぐれえの時に呼んでいいもんだべ, 頼むかどうか迷ったら
# どこに聞けば): it asks for the #7119 line, whether or not anyone is ill now, so a "what if" does not close it
# (:data:`safety.detect_cues.THRESHOLD_QUESTION`). 呼ぶ目安 (熱中症で救急車を呼ぶ目安ってあるんですか) and the line
# for when it is not bad enough (救急車を呼ぶほどでもないときの相談先) are the same question (round 43: the
# coordinator's label decision, #7119 with no one ill; a child's fever asked so is #8000 by the child line). A what-if
# about a specific event's number (もし火事になったら何番) is no threshold question and stays none.
AMBULANCE = r"(?:きゅうきゅう(?:しゃ|車|社)|救急車|救急社|さいれんのくるま|サイレンの車)"
THRESHOLD_WHEN = r"(?:どんな|どういう|どのような|どの(?:くらい|ぐらい|ていど|程度)|どんぐれ|どんくれ|どこから)"
THRESHOLD_CALL = r"(?:よぶ|よべ|よん|よば|呼|たの[むもん]|頼[むもん])"
# Calling the ambulance, named close together (救急車を呼ぶ, 救急車頼む).
CALLING_AMBULANCE = AMBULANCE + r"[^\n]{0,4}?" + THRESHOLD_CALL
# a call made (呼んだときの) or its cost (費用の目安) is no threshold question
CALLED_OR_COST = r"だ|費用|ひよう|料金|りょうきん|お?金|かね|時間|じかん"
THRESHOLD = (AMBULANCE + r"[^\n]{0,12}?" + THRESHOLD_WHEN + r"[^\n]{0,10}?" + THRESHOLD_CALL
             + r"|" + THRESHOLD_WHEN + r"[^\n]{0,16}?" + CALLING_AMBULANCE
             + r"|" + CALLING_AMBULANCE + r"[^\n]{0,2}?(?:たいみんぐ|タイミング|きじゅん|基準)"
             + r"|" + CALLING_AMBULANCE + r"[^\n]{0,8}?(?:まよったら|迷ったら|まよったとき|迷った時)"
             + r"[^\n]{0,8}?(?:どこ|そうだん|相談|ばんごう|番号)"
             + r"|" + CALLING_AMBULANCE + r"(?:(?!" + CALLED_OR_COST + r")[^\n]){0,10}?(?:めやす|目安)"
             + r"|" + CALLING_AMBULANCE + r"[^\n]{0,8}?(?:ほど|まで)[^\n]{0,8}?(?:とき|時)の?"
             + r"(?:そうだん|相談|ばんごう|番号|でんわ|電話|れんらく|連絡)")


def threshold_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    # (has_negation: 呼ばないほうがいいのは is still the question)
    return (rule("ask_ambulance", "ask", THRESHOLD, has_negation=True),)
