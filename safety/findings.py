"""What :func:`safety.detect.find` reports about a message: its events by group and the context flags."""

from __future__ import annotations

from dataclasses import dataclass

from safety.rule import Group

# The closures behind each closing flag (the names :attr:`Findings.closures` holds).
CLOSURE_KINDS: dict[str, frozenset[str]] = {
    "topic": frozenset({"topic", "hypothetical", "fiction", "resolved", "cancelled_past", "cancelled_topic"}),
    "guarded": frozenset({"guard"}),
    "service": frozenset({"service_plea", "service_frame"}),
    "calm": frozenset({"calm_word", "settled_person", "alive", "fire_in_place", "animals_only", "vessel_only",
                        "at_ease", "dressed", "still_seeing", "nuisance_consulted"}),
    "asks_possibility": frozenset({"possibility"}),
}


@dataclass(frozen=True)
class Findings:
    """What the text says: events by group, plus the context flags."""

    events: dict[str, Group]
    topic: bool  # the text is about a topic, a case or a past event (an emergency intent is then ignored)
    now: bool
    child: bool
    question: bool
    guarded: bool = False  # an event pattern matched but a guard cancelled it (猫が息してない, 倒れた自転車)
    service: bool = False  # the message asks for a service or information (包丁研ぎのサービス)
    night: bool = False  # the text says it is night now (夜中に, 今夜)
    calm: bool = False  # glad, a noise complaint, fine as ever (孫が来てにぎやか): no second signal
    # a question of whether something can be done (市に登録できる？, 式に出られる？) or a "sometimes" statement
    # (出られないことがある): the emergency n-gram classifier stays quiet (advice classifiers may still answer)
    asks_possibility: bool = False
    # a consultation or a recurring matter (どこに相談すれば, 毎日電話が来て怖い) with nothing happening now: a danger
    # word for the police or the police-line classifier sends to the police consultation line (#9110), not 110
    # (also one told gone for now, 今は近くにいないけど: ``NOT_YET``; blind30b)
    consulting: bool = False
    # which closures fired (visible in the decision path; the flags above are what decide reads): "guard", "topic",
    # "hypothetical", "fiction", "resolved", "cancelled_past" / "cancelled_topic" (an event cancelled as past or as
    # a topic), "service_plea", "service_frame", "calm_word", "settled_person", "alive", "fire_in_place",
    # "animals_only", "vessel_only", "at_ease", "dressed", "still_seeing", "nuisance_consulted", "possibility"
    closures: frozenset[str] = frozenset()

    @property
    def open_to_second_signals(self) -> bool:
        """Whether a second signal (the n-gram classifier) may still raise an unsure emergency."""
        return not (self.topic or self.guarded or self.service or self.calm)

    @property
    def closed_by(self) -> frozenset[str]:
        """The closures that fired, and ``flag:<name>`` for a closing flag set with none of its kinds (findings
        built by hand): a closure is never lost."""
        unexplained = {f"flag:{flag}" for flag, kinds in CLOSURE_KINDS.items()
                       if getattr(self, flag) and not self.closures & kinds}
        return self.closures | unexplained

    def groups(self) -> set[Group]:
        """The groups with at least one event."""
        return set(self.events.values())

    def names(self, *groups: Group) -> list[str]:
        """Event names of the given groups, in detection order."""
        return [name for name, group in self.events.items() if group in groups]
