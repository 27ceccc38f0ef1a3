"""Finding events in a message's text views, then cancelling the ones that are only a topic, past or negated."""

from __future__ import annotations

import re

from safety.detect_cues import (
    ALIVE_CANCELLED,
    BLEED_TOLD_STOPPED,
    FIRE_IN_PLACE_CANCELLED,
    HYPOTHETICAL_CANCELLED,
    LEXICAL,
    PAST_CANCELLED,
    PLEA_EVENTS,
    POSSIBILITY,
    PROWLING_EVENTS,
    PROWLING_HABIT,
    SETTLED_GROUPS,
    SETTLEMENT,
    SHORT_MESSAGE_CHARS,
    SOMETIMES,
    STILL_SEEING,
    STILL_SEEING_EVENTS,
    SUPPOSING,
    THRESHOLD_QUESTION,
    TOPIC_CANCELLED,
    WHERE_TO_GO,
)
from safety.detect_cues_animal import animals_only
from safety.detect_cues_bump_ache import ACHE_AFTER_A_BUMP
from safety.detect_cues_fire import (
    BURN_GOT_AWAY,
    BURN_WATCHED,
    DOUSED,
    FIELD_BURN,
    FIRE_GOT_OUT,
    FIRE_GOT_OUT_DOUSED,
    FIRE_IN_ITS_PLACE,
)
from safety.detect_cues_flee import flee_asked_with_hazard, hazard_map_asked
from safety.detect_cues_nuisance import nuisance_consulted
from safety.detect_cues_vessel import vessel_only
from safety.detect_hits import rule_hits
from safety.detect_soften import soften
from safety.detect_topic import names_a_topic, names_a_voiced_topic
from safety.events_family_harm_signs import ABUSE_LEFT_BEHIND_EVENT
from safety.events_hidden_harm_signs import NOT_SETTLED_BY_CALM
from safety.events_reported_harm_signs import BULLYING_CONSULTED_EVENT
from safety.events_swindle_signs import CASH_MACHINE_WORKED_NOW
from safety.findings import Findings
from safety.normalize import TextViews, cached_views
from safety.patterns import rules
from safety.prefilter import candidates
from safety.rule import Group
from safety.service_frame import service_frame
from safety.service_plea import schoolwork_plea_told, service_plea_told
from safety.vocabulary import (
    CHILD_CONTEXT,
    FLEE_QUESTION,
    HAPPENING,
    HOW_TO,
    NOT_A_CHILD,
    PERSON_CONTEXT,
    SERVICE,
)
from safety.vocabulary_asked import FINE_CLOSING
from safety.vocabulary_calm import CALM, LAST_NIGHT
from safety.vocabulary_consulting import CONSULTING
from safety.vocabulary_explained import EXPLAINED
from safety.vocabulary_fiction import FICTION
from safety.vocabulary_found import FOUND_TOLD
from safety.vocabulary_front_past import FRONT_TOLD_PAST
from safety.vocabulary_hypothetical import hypothetical_told
from safety.vocabulary_made_up import QUARREL_OVER, WHEREABOUTS_SAFE
from safety.vocabulary_mistaken import told_real_after_mistake
from safety.vocabulary_past_dated import PAST_DATES_A_PERSON
from safety.vocabulary_performance import performance_told
from safety.vocabulary_reassured import (
    ALIVE_HEARD,
    DISTRESS_HEARD,
    NOT_YET,
    PAST_DAY,
    PAST_TOLD_OVER,
)
from safety.vocabulary_rescue_asked import NOT_NOW as RESCUE_NOT_NOW
from safety.vocabulary_rescue_asked import RESCUE_ASKED_NOW
from safety.vocabulary_road_left import settled_beside_the_road
from safety.vocabulary_settled import RESOLVED, SETTLED, TURN
from safety.vocabulary_time import (
    COLLECTOR_DUE,
    HABITUAL,
    LONG_SINCE,
    NIGHT,
    NOW,
    PAST,
    PAST_ACQUIRED,
    RECURRING,
    SCAM_NOW,
)

__all__ = ["Findings", "find"]


def _danger_cue(views: TextViews, *, now: bool) -> bool:
    """Whether bare danger words may count: a cue that something is happening, and no service frame."""
    text = views.devoiced
    if service_frame(views, SERVICE):
        return False
    return (now or views.exclaimed or len(views.written) <= SHORT_MESSAGE_CHARS or bool(PERSON_CONTEXT.search(text))
            or bool(HAPPENING.search(text)))


def _nothing_after_turn(views: TextViews) -> bool:
    """Whether no alarm follows the message's turn (…と思ったら | 見に行ったら | …けど), or it has none."""
    turn = TURN.search(views.written)
    return turn is None or not PAST_CANCELLED & find(cached_views(views.written[turn.end():])).groups()


def _long_since(views: TextViews) -> bool:
    """Long since (倒れてから一年になりまして…今はデイサービスを探して), with no alarm told after it: the past
    event stays past even when "now" follows (今は) (blind21)."""
    found = LONG_SINCE.search(views.devoiced, 0, len(views.written))
    return found is not None and not PAST_CANCELLED & find(cached_views(views.written[found.end():])).groups()


def _resolved(views: TextViews) -> bool:
    """A scare resolved (と思ったら…でした) or a state settled, with no alarm after the turn (…燃えていた)."""
    text = views.devoiced
    explained = RESOLVED.search(text) or EXPLAINED.search(text)  # (EXPLAINED: blind29a/b's indirect kinds)
    explained = explained or FOUND_TOLD.search(text)  # 迷子の孫は見つかりました (round 52)
    # a quarrel made up, someone who left told at a known home (round 53, safety.vocabulary_made_up)
    explained = explained or QUARREL_OVER.search(text) or WHEREABOUTS_SAFE.search(text)
    # (someone told unhurt does not settle a road still blocked: round 50, safety.vocabulary_road_left)
    if not (explained or (settled_beside_the_road(text, SETTLED) and not PERSON_CONTEXT.search(text))):
        return False
    return _nothing_after_turn(views)


def _settled_person(views: TextViews) -> bool:
    """A person's state settled at the end of the message (母の息が荒かったけど…休んだら落ち着いた), with no alarm
    after the turn: their signs become symptoms to ask about (#7119/#8000), not an emergency. Not a question
    whether it is fine (倒れて動かないけど、大丈夫？: the '?' is in the views' flag, round 42)."""
    text = views.devoiced
    if views.question and FINE_CLOSING.search(text):
        return False
    return bool(SETTLED.search(text) and PERSON_CONTEXT.search(text)) and _nothing_after_turn(views)


def find(views: TextViews) -> Findings:
    """Every rule over both views; then topic, hypothetical and past cues cancel what they cover."""
    text = views.devoiced
    events: dict[str, Group] = {}
    guarded = False
    guards: set[str] = set()  # the kinds of guard that cancelled a match (safety.detect_hits.GUARD_KINDS)
    seen: dict[re.Pattern[str], bool] = {}
    rule_set = rules()
    possible = candidates(views, rule_set)  # the rules a hyperscan scan has not ruled out (safety.prefilter)
    for index, rule in enumerate(rule_set):
        if rule.name in events or index not in possible:
            continue
        hit = rule_hits(rule, views, seen, guards)
        if hit == "hit":
            events[rule.name] = rule.group
        guarded = guarded or hit == "guarded"
    softened = soften(events, views)
    events, dressed, at_ease = softened.events, softened.dressed, softened.at_ease
    guarded = guarded or softened.guarded
    guards |= softened.guards
    got_out = (FIRE_GOT_OUT_DOUSED if DOUSED.search(text) else FIRE_GOT_OUT).search(text)
    fire_in_place = not views.exclaimed and bool(FIRE_IN_ITS_PLACE.search(text)) and not got_out
    # a field burn under watch (見張りながら籾殻を焼いて, バケツの水を用意して; round 49): its smoke is its own
    burn_watched = (not views.exclaimed and bool(FIELD_BURN.search(text)) and bool(BURN_WATCHED.search(text))
                    and not BURN_GOT_AWAY.search(text))
    fire_in_place = fire_in_place or burn_watched
    if fire_in_place:  # 薪ストーブがパチパチ, 暖炉の火が: no bare danger word nor crackle, the classifier quiet
        # (a fire in its place says nothing of people: a fight at the fireworks keeps its police danger word -
        # 花火大会で酔っぱらいがケンカして瓶振り回してる, round 45)
        events = {name: group for name, group in events.items()
                  if group not in FIRE_IN_PLACE_CANCELLED and name != "fire_glow"
                  and not (burn_watched and name == "smoke")}
    alive = bool(ALIVE_HEARD.search(text)) and not DISTRESS_HEARD.search(text)
    if ALIVE_HEARD.search(text):
        events = {name: group for name, group in events.items()
                  if name not in (ALIVE_CANCELLED if alive else {"not_coming_out"})}
    if SETTLEMENT.search(text) or ACHE_AFTER_A_BUMP.search(text):  # a settlement; an ache after a bump (round 57)
        events = {name: group for name, group in events.items() if name != "traffic_accident"}
    settled_person = _settled_person(views)
    if settled_person:  # (not an overdose: calm is no sign it is over; round 47)
        events = {name: "symptom" if group in SETTLED_GROUPS and name not in NOT_SETTLED_BY_CALM else group
                  for name, group in events.items()}
    service_plea = service_plea_told(text)
    if service_plea:
        events = {name: group for name, group in events.items() if name not in PLEA_EVENTS}
    if schoolwork_plea_told(text):  # 宿題むずかしすぎ たすけて: a plea over homework, other events stay (round 48)
        events = {name: group for name, group in events.items() if name not in PLEA_EVENTS}
    # ... or a rescue asked how to do while someone has no sign of life (息してない 心臓マッサージのやり方; round 49)
    rescue_asked_now = bool(RESCUE_ASKED_NOW.search(text)) and not RESCUE_NOT_NOW.search(text)
    now = bool(NOW.search(text) or rescue_asked_now) and not service_plea
    if LEXICAL & set(events.values()) and (not _danger_cue(views, now=now) or BLEED_TOLD_STOPPED.search(text)):
        events = {name: group for name, group in events.items() if group not in LEXICAL}
    # a harmless reading given up for a real one (テレビかと思ったら本当に…; round 58): the closures read after the turn
    real = told_real_after_mistake(views.written)
    cue = views if real is None else cached_views(real)
    named_topic = names_a_topic(cue.devoiced, cue.joined) or names_a_voiced_topic(cue.joined)
    topic = named_topic or hypothetical_told(cue.devoiced, cue.joined)
    # sleep talk, a drama, a joke, a scare resolved: even a "now" cue does not make it real
    resolved = _resolved(cue)
    # ... and a play, a show or a stage effect told as such, with no real alarm at it (round 46; a flood up to the
    # stage is still a flood)
    performance = performance_told(cue.joined) and not FICTION.search(cue.joined)
    told_as_fiction = performance or bool(FICTION.search(cue.joined))
    fiction = told_as_fiction or (resolved and not CONSULTING.search(text))
    cancelled: frozenset[Group] = frozenset()
    past = False  # the cancelling cue was a past one (not a topic, fiction or "what if")
    if fiction or (named_topic and not now and names_a_topic(HOW_TO.sub("", text))):
        # a question of whether to flee keeps the disaster page (ニュースで見たけど、避難した方がいい？)
        # ... and so does a hazard with a question of where to flee (花火大会の日に大雨警報…どこに避難; round 52)
        flee = FLEE_QUESTION.search(text) or flee_asked_with_hazard(text) or hazard_map_asked(text)
        cancelled = TOPIC_CANCELLED - {"disaster"} if (not fiction and flee) or performance else TOPIC_CANCELLED
    elif topic and not now:  # "what if" or "how do I": no alarm, but 避難所さどうやって行けば gets the disaster page
        # ... and a stalker asked about (どこに相談したらいいですか) keeps the consultation line
        cancelled = HYPOTHETICAL_CANCELLED - {"stalking"} if CONSULTING.search(text) else HYPOTHETICAL_CANCELLED
        if SUPPOSING.search(text) and not (WHERE_TO_GO.search(text) or FLEE_QUESTION.search(text)):
            cancelled = cancelled | {"disaster"}  # もし地震が来たら机の下に: a plan, no question of where to flee
    elif ((PAST.search(PAST_DATES_A_PERSON.sub("", PAST_ACQUIRED.sub("", text))) or PAST_TOLD_OVER.search(text))
          and (not now or _long_since(views))):
        # ... but a police matter of the past asked about keeps its danger word, for the consultation line (#9110)
        cancelled = PAST_CANCELLED - {"lexical_police"} if CONSULTING.search(text) else PAST_CANCELLED
        past = True
    if THRESHOLD_QUESTION.search(text):
        cancelled = cancelled - {"ask"}
    kept = {name: group for name, group in events.items() if group not in cancelled}
    topic_only = (topic and not now) or len(kept) < len(events) or fiction
    closed = {"topic": named_topic and not now, "hypothetical": topic and not named_topic and not now,
              "fiction": told_as_fiction, "resolved": resolved and not CONSULTING.search(text),
              "cancelled_past": len(kept) < len(events) and past,
              "cancelled_topic": len(kept) < len(events) and not past}
    cash_machine_now = bool(CASH_MACHINE_WORKED_NOW.search(text))  # on the phone at an ATM, working it (round 43)
    # (a scene at the house front told of last night is no visitor there now: round 54, safety.vocabulary_front_past)
    scam_now = bool(SCAM_NOW.search(FRONT_TOLD_PAST.sub("", text)) or cash_machine_now) and not HABITUAL.search(text)
    consulting = bool(CONSULTING.search(text))
    # a swindler's collector due any minute is 110 even when asked about (本当でしょうか。もうすぐ着くそうです)
    collector_due = scam_now and bool(COLLECTOR_DUE.search(text) or cash_machine_now)
    urgent_now = (now or scam_now) and (not consulting or collector_due) and not NOT_YET.search(text)
    if not urgent_now and PROWLING_HABIT.search(text) and not {"fire", "medical"} & set(kept.values()):
        kept = {name: "stalking" if name in PROWLING_EVENTS else group for name, group in kept.items()}
    if BULLYING_CONSULTED_EVENT in kept and not now:  # いじめ…警察に相談したい: the consultation line (round 48)
        kept = {name: "stalking" if group == "police" else group for name, group in kept.items()}
    if ABUSE_LEFT_BEHIND_EVENT in kept and not urgent_now:  # 長年殴られて…今は別居、どこに相談: #9110 (round 54)
        kept = {name: "stalking" if group in {"police", "lexical_police"} else group for name, group in kept.items()}
    frame = service_frame(views, SERVICE)
    calm = {"calm_word": bool(CALM.search(text)), "settled_person": settled_person, "alive": alive, "dressed": dressed,
            "fire_in_place": fire_in_place, "animals_only": animals_only(text),
            "vessel_only": vessel_only(text), "at_ease": at_ease,
            # a speck in an eye still seeing (見えてはいる): a question, the classifier quiet (round 49)
            "still_seeing": bool(STILL_SEEING_EVENTS & kept.keys()) and bool(STILL_SEEING.search(text)),
            "nuisance_consulted": nuisance_consulted(text)}
    possibility = bool(SOMETIMES.search(text) or (views.question and POSSIBILITY.search(text)))
    closed |= dict.fromkeys(guards, guarded)
    closed |= calm | {"guard": guarded, "service_plea": service_plea, "service_frame": frame,
                      "possibility": possibility}
    # consulting: asked about, again and again, not here yet, or of a past day (昨日, 先日: ``PAST_DAY``, round 38)
    child = bool(CHILD_CONTEXT.search(NOT_A_CHILD.sub("", text)))  # (not a baby not yet born: round 51)
    return Findings(events=kept, topic=topic_only, now=urgent_now, child=child,
                    question=views.question, guarded=guarded, service=service_plea or frame,
                    night=bool(NIGHT.search(text)) and not LAST_NIGHT.search(text), calm=any(calm.values()),
                    asks_possibility=possibility,
                    consulting=not urgent_now and (consulting or bool(RECURRING.search(text) or NOT_YET.search(text)
                                                                    or PAST_DAY.search(text))),
                    closures=frozenset(name for name, fired in closed.items() if fired))
