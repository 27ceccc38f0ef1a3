"""Closures for a thing or a prank told, not a person in danger (:func:`safety.detect.find` applies them): each pairs
the events it closes with the telling that closes them."""

from __future__ import annotations

import re

from safety.detect_cues_care import EMPTY_CARRIER_CANCELLED, EMPTY_CARRIER_IN_WATER
from safety.detect_cues_creature_told import (
    BIRD_CRIES_FOR_HELP,
    BIRD_CRY_CANCELLED,
    CREATURE_FELL_IN,
    CREATURE_FELL_IN_CANCELLED,
    FISH_CAUGHT,
    FISH_CAUGHT_CANCELLED,
    FISH_GASPING,
    FISH_GASPING_CANCELLED,
    HERON_AS_BIRD,
    HERON_CANCELLED,
    WANTS_TO_HELP,
    WANTS_TO_HELP_CANCELLED,
)
from safety.detect_cues_left_long import LEFT_FOR_LONG, LEFT_LONG_CANCELLED
from safety.detect_cues_screen_sound import SCREEN_SCREAM, SCREEN_SCREAM_CANCELLED
from safety.detect_cues_water_not_person import (
    EMPTY_BOAT,
    EMPTY_BOAT_CANCELLED,
    FIGURATIVE_DROWNING,
    FIGURATIVE_DROWNING_CANCELLED,
    RIVER_LOOKED_AT_CANCELLED,
    RIVER_LOOKED_AT_FOR_OUTING,
    SWIMMER_SINKS,
    SWIMMER_SINKS_CANCELLED,
)
from safety.events_long_tail_signs import DENTURE_TOLD, DENTURE_TOLD_CANCELLED
from safety.events_refused_redress_signs import SECOND_HAND_TICKET_CANCELLED, SECOND_HAND_TICKET_DUD
from safety.events_stranded_signs import STRANDED, STRANDED_CANCELLED
from safety.events_workplace_signs import (
    SURPRISE_TAKING,
    SURPRISE_TAKING_CANCELLED,
    UNMANNED_MACHINE_CANCELLED,
    UNMANNED_MACHINE_TIPPED,
)
from safety.vocabulary import compile_folded

# A thing or a prank told, not a person in danger: the events each closure names go, and the classifiers stay quiet
# as a guard keeps them - an empty pushchair in the water (空のベビーカーが用水路に; round 48), a machine left for years
# (何年も放置), a forklift tipped over with nobody on it, a friend "kidnapped" for a surprise birthday (round 49).
THING_NOT_PERSON_CLOSURES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (EMPTY_CARRIER_CANCELLED, EMPTY_CARRIER_IN_WATER),
    (LEFT_LONG_CANCELLED, LEFT_FOR_LONG),
    (UNMANNED_MACHINE_CANCELLED, UNMANNED_MACHINE_TIPPED),
    (SURPRISE_TAKING_CANCELLED, SURPRISE_TAKING),
    # a boat with nobody aboard, drowning in papers, a swimmer who sinks asked about lessons, a river looked at for a
    # day out (round 50, safety.detect_cues_water_not_person)
    (EMPTY_BOAT_CANCELLED, EMPTY_BOAT),
    (FIGURATIVE_DROWNING_CANCELLED, FIGURATIVE_DROWNING),
    (SWIMMER_SINKS_CANCELLED, SWIMMER_SINKS),
    (RIVER_LOOKED_AT_CANCELLED, RIVER_LOOKED_AT_FOR_OUTING),
    # a heron, a talking bird, fish gasping, a creature one wants to help (round 50, safety.detect_cues_creature_told)
    (HERON_CANCELLED, HERON_AS_BIRD),
    (BIRD_CRY_CANCELLED, BIRD_CRIES_FOR_HELP),
    (FISH_GASPING_CANCELLED, FISH_GASPING),
    (FISH_CAUGHT_CANCELLED, FISH_CAUGHT),  # a fish caught, gone still (round 56)
    (WANTS_TO_HELP_CANCELLED, WANTS_TO_HELP),
    (CREATURE_FELL_IN_CANCELLED, CREATURE_FELL_IN),  # a pet fallen into water, no person named (round 57)
    # a car or a train stuck in snow, a shelter asked for (round 53, safety.events_stranded_signs)
    (STRANDED_CANCELLED, STRANDED),
    # a denture gone from the mouth or perhaps swallowed: not a person missing (round 55, safety.events_long_tail_signs)
    (DENTURE_TOLD_CANCELLED, DENTURE_TOLD),
    # a ticket bought second-hand that does not work: the seller's silence (round 55)
    (SECOND_HAND_TICKET_CANCELLED, compile_folded(SECOND_HAND_TICKET_DUD)),
    # a scream from a television, a film or a game next door (round 57, safety.detect_cues_screen_sound)
    (SCREEN_SCREAM_CANCELLED, SCREEN_SCREAM),
)
