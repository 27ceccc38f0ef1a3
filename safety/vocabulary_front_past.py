"""A scene at the house front told of a past night (round 54, helper B63).

昨日の夜、家の前さ知らね車ずっと止まってだんだ、気味悪いっちゃ (blind26a, a car seen last night, the writer uneasy
now): :data:`safety.vocabulary_time.SCAM_NOW` reads 家の前 / 玄関の前 as a visitor or prowler there as one writes (家の
前にまだいる, 玄関の前で待ってる), so a scene of last night was read as now and the uneasy sign went to 110 instead of
the consultation line. When the front is told after a past day or night (昨日の夜, ゆうべ, おととい, 先週) and in the
past (止まってた, 立っていました), that span is cut from the text before ``SCAM_NOW`` is read; a now told after it
(今もいる, まだいます, 今また来てる) is outside the span and still counts."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# The past day or night (not "since": 昨日の夜から), the house front within a few words, then a verb in the past
# within the same sentence (てた, てだ, ていた, ておった, てました, ていました).
PAST_DAY = (r"(?:きのう|昨日|ゆうべ|昨夜|さくや|おととい|一昨日|せんしゅう|先週|こないだ|このあいだ|この間)"
            r"(?:の(?:よる|夜|ばん|晩|よなか|夜中|あさ|朝|ゆうがた|夕方))?(?!から|まで)")
FRONT_TOLD_PAST = compile_folded(
    PAST_DAY + r"[^\n。]{0,6}?"
    r"(?:いえ|家|うち|げんかん|玄関)の(?:まえ|前)[^\n。]{0,24}?"
    r"[てで](?:た|だ|いた|いだ|おった|おりました|ました|いました)(?!ら)"
    # round 55 (A114): someone waiting for the writer, told of a past night and in the past (ゆうべ終バスを降りたら、
    # …男の人がまたバス停で私を待っていたようです。今は家にいます; blind56a) - SCAM_NOW reads 待ってい as waiting now
    r"|" + PAST_DAY + r"[^\n。]{0,40}?(?:まって|待って)(?:い|お)?(?:た|だ|ました|りました)(?!ら)")
