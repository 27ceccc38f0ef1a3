"""Signed chat session ids (pure)."""

from __future__ import annotations

from gateway.chat_sessions import bot_sender_id, is_valid_session_id, new_session_id


def test_issued_ids_validate_only_with_their_key() -> None:
    session_id = new_session_id("key-a")
    assert is_valid_session_id("key-a", session_id)
    assert not is_valid_session_id("key-b", session_id)


def test_ids_are_random_and_tampering_is_detected() -> None:
    first, second = new_session_id("k"), new_session_id("k")
    assert first != second
    random_part, signature = first.split(".")
    flipped = "0" if signature[0] != "0" else "1"
    assert not is_valid_session_id("k", f"{random_part}.{flipped}{signature[1:]}")
    assert not is_valid_session_id("k", f"{second.split('.')[0]}.{signature}")
    assert not is_valid_session_id("k", "guessable-session")
    assert not is_valid_session_id("k", "")


def test_bot_sender_is_a_one_way_hash() -> None:
    session_id = new_session_id("k")
    sender = bot_sender_id(session_id)
    assert sender == bot_sender_id(session_id) and session_id.split(".")[0] not in sender and len(sender) == 32
