"""First messages: tap-to-call numbers, direct-dial fallbacks, links."""

from __future__ import annotations

from safety.data_file import default_safety_data
from safety.messages import advice_message, disaster_message, emergency_message, tel_uri


def test_tel_uris_encode_the_hash() -> None:
    assert tel_uri("119") == "tel:119"
    assert tel_uri("#7119") == "tel:%237119"
    assert tel_uri("022-706-7119") == "tel:0227067119"


def test_advice_lines_offer_the_direct_number_and_the_emergency_number() -> None:
    message = advice_message(default_safety_data(), "child_night")
    assert [phone.number for phone in message.phones] == ["#8000", "022-212-9390", "119"]
    assert message.priority == "advice"


def test_police_consultation_offers_110() -> None:
    message = advice_message(default_safety_data(), "police_consultation")
    assert [phone.number for phone in message.phones][-1] == "110"


def test_unsure_message_names_both_lines() -> None:
    message = emergency_message(default_safety_data(), police=False, unsure=True, channel="chat")
    assert "119" in message.text and "110" in message.text
    assert message.priority == "emergency"


def test_checkin_message_adds_the_staff_line() -> None:
    chat = emergency_message(default_safety_data(), police=False, unsure=False, channel="chat")
    checkin = emergency_message(default_safety_data(), police=False, unsure=False, channel="checkin")
    assert len(checkin.lines) == len(chat.lines) + 1 and "見守り" in checkin.speech


def test_disaster_message_without_district() -> None:
    message = disaster_message(default_safety_data(), district=None)
    assert message.links[1].url.startswith("https://")
    assert not any("{district}" in line for line in message.lines)
