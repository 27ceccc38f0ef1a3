""""Will not move" said as a person's will, not as a body that does not move (round 51, helper A101: wide53b).

動かない is read by the immobility events (``person_not_moving``, ``vital_signs_absent``) as a body that does not
stir. Said as a will it is a refusal: a man at the door who will not move until he is paid (払うまで動かないと申す),
a bedridden client who will not leave her house in an evacuation (この家から動かないと言って聞きません, 絶対動かない
って). :func:`safety.detect.find` drops the immobility events (``REFUSING_CANCELLED``, as for round 49's
``REFUSING_TO_LEAVE``) when ``WILL_NOT_MOVE`` reads the message; whatever else it tells (a demand at the door, an
evacuation, a collapse told in other words) keeps its own events.

A will, and only a will: 動かない after a word of resolve (絶対, てこでも, 意地でも), or after "until" or "from this
house" with the words quoted (払うまで動かないと, 家から動かないって). Not a body told not to move for a time
(朝から動かないと連絡, 足が動かないと申します, 昨日から動かない: no resolve, no until, no place of one's own).
"""

from __future__ import annotations

from safety.vocabulary import compile_folded

NOT_MOVING = r"(?:うごか|動か|うこか|うごが|動が)(?:ない|ねえ|ね|ん|ぬ)"
# A word of resolve before it (絶対動かない, てこでも動かねえ, 意地でも動かない).
RESOLVE = r"(?:ぜったい|絶対|てこ(?:で|て)も|梃子(?:で|て)も|テコ(?:で|て)も|いじ(?:で|て)も|意地(?:で|て)も)(?:に)?"
# "Until" something is done, or away from one's own place (払うまで, 来るまで, この家から, ここから, うちから) ...
UNTIL_OR_FROM_HOME = r"(?:まで|(?:いえ|家|うち|ここ|こっから|へや|部屋)(?:から|がら))(?:は)?"
# ... with the words quoted (と申す, と言って, って, っつって).
QUOTED = r"(?:と|って|っつ|ど)"
WILL_NOT_MOVE = compile_folded(RESOLVE + r"[^\n]{0,4}?" + NOT_MOVING
                               + "|" + UNTIL_OR_FROM_HOME + NOT_MOVING + r"[」』]?" + QUOTED)
