"""Whether a message is framed as a request for a service (:data:`safety.vocabulary.SERVICE`), not merely read so.

The frame words are searched on the devoiced views, where two of them also turn up inside other words: the wish
たいの / たいん is read from a kanji word (車体の, 状態の, 大体の, 体の: しゃたいの, じょうたいの) and "can do"
できます is, devoiced, also てきます, the te-form of a verb with くる (曲がってきます, 入ってきます, 増えてきます). A
frame word of that kind counts only when the message tells it as such: たいの / たいん written in kana, できます
with its voiced で (R31's held-out rows: emergencies the n-gram classifier read at 0.99-1.00 held back by a frame
read inside 車体の or 曲がってきます).

A question ending is no frame across a sentence end the views dropped: 取り付けています。カード情報 (a skimmer fitted
now) reads ますか only because the next sentence starts with カ, and 照らしております。懐中電灯 only on the reading line
(かいちゅう): the question's か is written, in kana, inside its sentence (round 50, wide51's skimmer told plain).
"""

from __future__ import annotations

import re

from safety.normalize import TextViews, devoice
from safety.vocabulary import SERVICE

# Devoiced frame words that are also read inside another word, and the forms that tell each of them as the frame.
FRAME_WORDS_READ_INSIDE = frozenset({"たいの", "たいん", "てきます", "かいたい"})
# Question endings that the devoiced views also read in a concessive が (おりますが, ですが, でしょうが: "..., but"):
# a frame only with the voiceless か the message wrote (round 35).
QUESTION_ENDINGS = frozenset({"ますか", "てすか", "てしょうか"})
WISH_WRITTEN = re.compile(r"たいの|たいん")
# "Want to buy" (かいたい) is also the reading of 解体, a demolition (解体の現場で: round 58, wide60b): written so, with
# no 買いたい beside it, it is no frame.
DEMOLITION_WRITTEN = re.compile(r"解体")
BUY_WRITTEN = re.compile(r"買いたい|かいたい")
CAN_DO_TOLD = re.compile(r"できます|出来ます")


def _told_as_frame(word: str, views: TextViews) -> bool:
    """Whether a frame word that can be read inside another word is told as the frame word in ``views``."""
    if word == "てきます":
        return bool(CAN_DO_TOLD.search(views.joined))
    if word == "かいたい":
        return not DEMOLITION_WRITTEN.search(views.written) or bool(BUY_WRITTEN.search(views.written))
    return bool(WISH_WRITTEN.search(views.written))


def _asked_in_writing(ending: str, views: TextViews) -> bool:
    """Whether the written view asks with ``ending``: its voiceless か written (not a concessive が) and not the
    first kana of a new sentence (ます。カード), nor read only from a kanji (ます。懐中電灯: the reading's かい)."""
    return any(views.written[match.end() - 1] == "か" and match.end() - 1 not in views.sentence_starts
               for match in re.finditer(ending, devoice(views.written)))


def service_frame(views: TextViews, frame: re.Pattern[str] = SERVICE) -> bool:
    """Whether a service frame (``frame``'s words) is in the message's devoiced views, not one read only inside
    another word, and a question ending only as written (:func:`_asked_in_writing`)."""
    return any((match.group() not in FRAME_WORDS_READ_INSIDE or _told_as_frame(match.group(), views))
               and (match.group() not in QUESTION_ENDINGS or _asked_in_writing(match.group(), views))
               for match in frame.finditer(views.devoiced))
