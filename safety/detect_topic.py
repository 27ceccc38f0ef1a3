"""Whether a topic word (:data:`safety.vocabulary_topic.TOPIC`) names what a message is about, not only the setting
of what happened (訓練中に人が倒れて): :mod:`safety.detect`'s topic cue. Moved out of :mod:`safety.detect` in
round 47."""

from __future__ import annotations

from safety.detect_cues import SETTING_AFTER, SETTING_WINDOW_CHARS
from safety.vocabulary_topic import TOPIC, TOPIC_AS_READ


def names_a_topic(text: str, voiced: str | None = None) -> bool:
    """Whether a topic word names what the message is about, not only the setting of what happened.

    With ``voiced`` (the voiced views of ``text``), a topic word found in the reading line must be there as read,
    voicing included: a kanji word whose devoiced reading only looks like a topic word (電源が -> てんけんか, 点検;
    人影が立って -> ひとかけかたって, 掛け方) names no topic (blind21)."""
    reading_from = text.find("\n") + 1 if voiced is not None else len(text) + 1
    return any(not SETTING_AFTER.match(text, match.end(), match.end() + SETTING_WINDOW_CHARS)
               and (match.start() < reading_from or voiced is None
                    or TOPIC_AS_READ.match(voiced, match.start()) is not None)
               for match in TOPIC.finditer(text))
