"""Building the first message (large print, tap-to-call, spoken form) from the data file."""

from __future__ import annotations

from urllib.parse import quote

from safety.data_file import LineName, MessageText, SafetyData
from safety.models import AdviceLine, Channel, MessagePriority, SafetyLink, SafetyMessage, SafetyPhone

ADVICE_LINES: dict[AdviceLine, LineName] = {
    "adult_medical": "adult_medical",
    "child_night": "child_night",
    "child_day": "adult_medical",
    "police_consultation": "police_consultation",
    "consumer": "consumer",
}
# After the advice line, the emergency number that still applies.
ADVICE_BACKUP: dict[AdviceLine, LineName | None] = {
    "adult_medical": "fire_ambulance",
    "child_night": "fire_ambulance",
    "child_day": "fire_ambulance",
    "police_consultation": "police",
    "consumer": None,
}


def tel_uri(number: str) -> str:
    """``tel:`` URI of a printed number ('#7119' -> 'tel:%237119', '022-706-7119' -> 'tel:0227067119')."""
    kept = "".join(ch for ch in number if ch.isdigit() or ch in "#+")
    return "tel:" + quote(kept, safe="+")


def phones_of(data: SafetyData, name: LineName, *, with_alt: bool = True) -> list[SafetyPhone]:
    """The line's button, and its direct-dial fallback when it has one."""
    line = data.lines[name]
    phones = [SafetyPhone(label=line.label, number=line.number, tel=tel_uri(line.number))]
    if with_alt and line.alt_number:
        phones.append(SafetyPhone(label=line.alt_label or line.alt_number, number=line.alt_number,
                                  tel=tel_uri(line.alt_number)))
    return phones


def _message(text: MessageText, priority: MessagePriority, phones: list[SafetyPhone],
             links: tuple[SafetyLink, ...] = (), extra: MessageText | None = None) -> SafetyMessage:
    lines = text.lines + (extra.lines if extra else ())
    speech = text.speech + (extra.speech if extra else "")
    return SafetyMessage(priority=priority, title=text.title, lines=lines, speech=speech, phones=tuple(phones),
                         links=links)


def emergency_message(data: SafetyData, *, police: bool, unsure: bool, channel: Channel) -> SafetyMessage:
    """119 or 110 first (both buttons shown); check-in answers add that the watch-over staff are told."""
    first: LineName = "police" if police else "fire_ambulance"
    second: LineName = "fire_ambulance" if police else "police"
    phones = phones_of(data, first) + phones_of(data, second)
    if unsure:
        text = data.messages.unsure
    else:
        text = data.messages.emergency_police if police else data.messages.emergency_fire_ambulance
    extra = data.messages.checkin_emergency_extra if channel == "checkin" else None
    return _message(text, "emergency", phones, extra=extra)


def advice_message(data: SafetyData, advice: AdviceLine) -> SafetyMessage:
    """An advice line's message: its number (and direct dial), then the emergency number that still applies."""
    phones = phones_of(data, ADVICE_LINES[advice])
    backup = ADVICE_BACKUP[advice]
    if backup is not None:
        phones += phones_of(data, backup)
    return _message(getattr(data.messages, advice), "advice", phones)


def disaster_message(data: SafetyData, *, district: str | None) -> SafetyMessage:
    """Evacuation: the city's disaster page, the (district's) shelter list, 119 for people left behind."""
    pages = data.disaster
    shelters = pages.district_shelters.get(district or "", pages.shelters)
    text = data.messages.disaster
    lines = text.lines
    if district and text.district_line:
        lines = (*lines, text.district_line.format(district=district))
    return SafetyMessage(
        priority="info", title=text.title, lines=lines, speech=text.speech,
        phones=tuple(phones_of(data, "fire_ambulance")),
        links=(SafetyLink(title=pages.page.title, url=pages.page.url),
               SafetyLink(title=shelters.title, url=shelters.url)),
    )
