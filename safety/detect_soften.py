"""Softening and closing what the rules found, before the topic and past cues: a person told breathing, out of the
water and talking, a local sting, told fine so far or dressed, tired not collapsed, refusing not unresponsive, a
harmless smoke, a habit or someone at the door, words of a person with dementia, a carer's hyperbole, a harassment over
weeks, a thing and not a person (split from safety.detect in the fiftieth session)."""

from __future__ import annotations

from dataclasses import dataclass

from safety.detect_cues import (
    AMBULANCE_WEIGHED,
    AT_EASE_CANCELLED,
    CAME_AND_WENT_EVENTS,
    CLINIC_QUESTION,
    DRESSED,
    DRESSED_EVENTS,
    FINE_SO_FAR,
    FINE_SO_FAR_EVENTS,
    FINE_SO_FAR_SOFTENED,
    FLOP_CANCELLED,
    FLOPPED,
    HARMLESS_SMOKE_CANCELLED,
    LONGSTANDING,
    MILD,
    MILD_QUESTION_EVENTS,
    MINOR_HURT,
    REFUSING_CANCELLED,
    REFUSING_TO_LEAVE,
    SAID_WHILE_AT_EASE,
    SOFT_EVENTS,
    SOFT_WHEN_BREATHING_NORMALLY,
    STILL_HURTING,
    STILL_URGENT_SWALLOW,
    WEIGHABLE_EVENTS,
    WHICH_LINE,
)
from safety.detect_cues_care import (
    CARER_WORN_OUT,
    CARER_WORN_OUT_CANCELLED,
    DEMENTIA_WORDS_CANCELLED,
    DEMENTIA_WORDS_TOLD,
    REAL_TROUBLE,
)
from safety.detect_cues_door import AT_THE_DOOR, HABIT_CANCELLED, NOT_USUAL, TOLD_USUAL
from safety.detect_cues_local_sting import LOCAL_STING_SOFTENED, MOSQUITO_CANCELLED, local_sting, mosquito_bite_only
from safety.detect_cues_mouth_only import mouth_only
from safety.detect_cues_water_not_person import (
    OUT_AND_TALKING,
    OUT_AND_TALKING_SOFTENED,
)
from safety.detect_cues_will_not_move import WILL_NOT_MOVE
from safety.detect_thing_closures import THING_NOT_PERSON_CLOSURES
from safety.events_damage_denied_signs import DAMAGE_DENIED_CANCELLED, DAMAGE_DENIED_EVENT
from safety.events_young_and_frail_signs import HARASSMENT_DROPS, REPEATED_HARASSMENT
from safety.normalize import TextViews
from safety.rule import Group
from safety.vocabulary import (
    CHILD_CONTEXT,
)
from safety.vocabulary_reassured import (
    BREATHING_NORMALLY,
    REASSURED,
    SETTLED_NOW,
)
from safety.vocabulary_smoke import only_harmless_smoke

__all__ = ["Softened", "soften"]


@dataclass(frozen=True)
class Softened:
    """The events after softening, whether a closure kept the classifiers quiet (as a guard would) and which, and the
    two states the findings' calm closures report."""

    events: dict[str, Group]
    guarded: bool
    guards: frozenset[str]
    dressed: bool
    at_ease: bool


def soften(events: dict[str, Group], views: TextViews) -> Softened:
    """Turn found events into symptoms to ask about, or drop them, where the message tells why they are not an
    emergency now."""
    text = views.devoiced
    guarded = False
    guards: set[str] = set()
    if REASSURED.search(text):  # 息はしております: laboured breathing becomes a symptom to ask about
        soft = SOFT_WHEN_BREATHING_NORMALLY if BREATHING_NORMALLY.search(text) else SOFT_EVENTS
        events = {name: "symptom" if name in soft else group for name, group in events.items()}
    if OUT_AND_TALKING.search(text):  # out of the water and talking (round 50): the cough or shivering to ask about
        events = {name: "symptom" if name in OUT_AND_TALKING_SOFTENED else group for name, group in events.items()}
    if local_sting(text):  # a sting or a small bite, its own place swollen or throbbing (round 51): a question
        events = {name: "symptom" if name in LOCAL_STING_SOFTENED else group for name, group in events.items()}
    if mosquito_bite_only(text) and set(events) <= MOSQUITO_CANCELLED:  # 蚊に刺されてかゆい: nothing to ask (round 52)
        events = {}
    # told fine so far, or a medicine only taken twice (薬を二回飲んでしまった, blind25): a question, not a poisoning
    # ... or only tasted: spat out or breathing normal, the mouth stinging (乾燥剤をかじって口の中がヒリヒリ; round 49)
    fine = bool(FINE_SO_FAR.search(text)) or "double_dose" in events or mouth_only(text)
    dressed = (bool(events) and set(events) <= DRESSED_EVENTS and bool(MINOR_HURT.search(text))
               and bool(DRESSED.search(text)) and not STILL_HURTING.search(text))
    if dressed:  # a scrape already dressed, nothing more told of it (round 45)
        events = {}
    if FINE_SO_FAR_EVENTS & set(events) and fine and not STILL_URGENT_SWALLOW.search(text):
        # round 48: the swallowing's own weak word (飲み込んだかもしれません) with it
        events = {name: "symptom" if name in FINE_SO_FAR_SOFTENED else group for name, group in events.items()}
    if ("ask" in events.values() and SETTLED_NOW.search(text)) or (views.question and LONGSTANDING.search(text)):
        events = {name: "symptom" if name in CAME_AND_WENT_EVENTS else group for name, group in events.items()}
    # ... or with a question of calling (少し胸が痛みます。救急車を呼ぶほどなのか迷っています; blind29a)
    if MILD.search(text) and ((views.question and CLINIC_QUESTION.search(text)) or "ask_ambulance" in events):
        events = {name: "symptom" if name in MILD_QUESTION_EVENTS else group for name, group in events.items()}
    if AMBULANCE_WEIGHED.search(text):  # 腰痛ぐで起ぎらんねえけど、救急車呼ぶほどでもねえべか: a question for #7119
        events = {name: "symptom" if name in WEIGHABLE_EVENTS else group for name, group in events.items()}
    if CHILD_CONTEXT.search(text) and WHICH_LINE.search(text):
        events = {name: "symptom" if name in CAME_AND_WENT_EVENTS else group for name, group in events.items()}
    if DAMAGE_DENIED_EVENT in events and not {"fire", "medical"} & set(events.values()):  # a trader's damage (r. 54)
        events = {name: group for name, group in events.items() if group not in DAMAGE_DENIED_CANCELLED}
    if FLOPPED.search(text):  # ソファに倒れ込んで: tired, not collapsed
        events = {name: group for name, group in events.items() if name not in FLOP_CANCELLED}
    at_ease = bool(SAID_WHILE_AT_EASE.search(text))
    if at_ease:  # 動けないと言いながらお菓子を食べている: tired, the classifier quiet too (round 48)
        events = {name: group for name, group in events.items() if name not in AT_EASE_CANCELLED}
    # 撮ってます、声をかけても動かない; 払うまで動かないと申す: refusing, not unresponsive (rounds 49, 51)
    if REFUSING_TO_LEAVE.search(text) or WILL_NOT_MOVE.search(text):
        events = {name: group for name, group in events.items() if name not in REFUSING_CANCELLED}
    if only_harmless_smoke(text, views.joined):
        events = {name: group for name, group in events.items() if name not in HARMLESS_SMOKE_CANCELLED}
    # 寝坊, 無視 told as the usual; someone at the door: no missing sign of life, and (as a guard would) no classifier
    if HABIT_CANCELLED & events.keys():
        at_the_door = bool(AT_THE_DOOR.search(text))
        if at_the_door or (TOLD_USUAL.search(text) and not NOT_USUAL.search(text)):
            events = {name: group for name, group in events.items() if name not in HABIT_CANCELLED}
            guarded = guarded or at_the_door
            guards |= {"guard_at_the_door"} if at_the_door else set()
    # a person with dementia whose words (someone in the house, 助けて) are told as a habit: a symptom, the classifiers
    # quiet as a guard would keep them (round 45, safety.detect_cues_care)
    if (DEMENTIA_WORDS_CANCELLED & events.keys() or not events) and DEMENTIA_WORDS_TOLD.search(text) \
            and not REAL_TROUBLE.search(text):
        events = {name: group for name, group in events.items() if name not in DEMENTIA_WORDS_CANCELLED}
        guarded = True
        guards |= {"guard_unless"}
    # a family carer's hyperbole about themself while asking for respite (こっちが死にそうです笑; round 45)
    if events and events.keys() <= CARER_WORN_OUT_CANCELLED and CARER_WORN_OUT.search(text):
        events = {}
        guarded = True
        guards |= {"guard_unless"}
    if REPEATED_HARASSMENT in events:  # 毎晩窓に石を投げられて: a harassment over weeks, not an assault now
        events = {name: group for name, group in events.items() if name not in HARASSMENT_DROPS}
    for closed_events, told in THING_NOT_PERSON_CLOSURES:
        if closed_events & events.keys() and told.search(text):
            events = {name: group for name, group in events.items() if name not in closed_events}
            guarded = True  # the classifiers quiet, as a guard keeps them
            guards |= {"guard_unless"}
    return Softened(events=events, guarded=guarded, guards=frozenset(guards), dressed=dressed, at_ease=at_ease)
