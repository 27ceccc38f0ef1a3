"""Whether a topic word (:data:`safety.vocabulary_topic.TOPIC`) names what a message is about, not only the setting
of what happened (訓練中に人が倒れて): :mod:`safety.detect`'s topic cue. Moved out of :mod:`safety.detect` in
round 47."""

from __future__ import annotations

from safety.detect_cues_setting import SETTING_AFTER, SETTING_WINDOW_CHARS
from safety.normalize import devoice
from safety.vocabulary import TOPIC_VOICED
from safety.vocabulary_topic import READ_AS_A_THING, TOPIC, TOPIC_AS_READ


def names_a_topic(text: str, voiced: str | None = None) -> bool:
    """Whether a topic word names what the message is about, not only the setting of what happened.

    With ``voiced`` (the voiced views of ``text``), a topic word found in the reading line must be there as read,
    voicing included: a kanji word whose devoiced reading only looks like a topic word (電源が -> てんけんか, 点検;
    人影が立って -> ひとかけかたって, 掛け方) names no topic (blind21)."""
    reading_from = text.find("\n") + 1 if voiced is not None else len(text) + 1
    return any(not SETTING_AFTER.match(text, match.end(), match.end() + SETTING_WINDOW_CHARS)
               and (match.start() < reading_from or voiced is None
                    or (TOPIC_AS_READ.match(voiced, match.start()) is not None
                        and not read_from_a_thing(match.group(), text[:reading_from])))
               for match in TOPIC.finditer(text))


def read_from_a_thing(found: str, written: str) -> bool:
    """Whether a topic word found in the reading line is read from a kanji word that is a thing, not the topic
    (照明を拭いてた -> しょうめい, not 証明): the written line spells it only as the thing
    (:data:`safety.vocabulary_topic.READ_AS_A_THING`)."""
    spellings = READ_AS_A_THING.get(found)
    return (spellings is not None and any(thing in written for thing in spellings[0])
            and not any(topic in written for topic in spellings[1]))


def names_a_voiced_topic(voiced: str) -> bool:
    """Whether a topic word kept apart by its voicing (:data:`safety.vocabulary.TOPIC_VOICED`: 葬儀, そうぎ - not
    装備 once devoiced; 手口) names what the voiced views are about, not only the setting of what happened.

    Round 58 (blind59b): 葬儀の翌日です。知らない男の方が玄関に来まして…上がり込もうと was closed as a funeral asked
    about, since the voiced topic words never met :data:`~safety.detect_cues_setting.SETTING_AFTER`. Devoicing keeps
    every offset, so the setting is searched in the devoiced views right after each voiced match."""
    devoiced = devoice(voiced)
    return any(not SETTING_AFTER.match(devoiced, match.end(), match.end() + SETTING_WINDOW_CHARS)
               for match in TOPIC_VOICED.finditer(voiced))
