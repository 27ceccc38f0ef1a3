"""Signed chat session ids (itsdangerous, pure)."""

from __future__ import annotations

from chat.sessions import MAX_SESSION_ID_CHARS, bot_sender_id, is_valid_session_id, new_session_id


def test_issued_ids_validate_only_with_their_key() -> None:
    session_id = new_session_id("key-a")
    assert is_valid_session_id("key-a", session_id)
    assert not is_valid_session_id("key-b", session_id)
    assert len(session_id) <= MAX_SESSION_ID_CHARS


def test_ids_are_random_and_tampering_is_detected() -> None:
    first, second = new_session_id("k"), new_session_id("k")
    assert first != second
    random_part, signature = first.split(".")
    flipped = "A" if signature[0] != "A" else "B"
    assert not is_valid_session_id("k", f"{random_part}.{flipped}{signature[1:]}")
    assert not is_valid_session_id("k", f"{second.split('.')[0]}.{signature}")
    assert not is_valid_session_id("k", "guessable-session")
    assert not is_valid_session_id("k", "")
    assert not is_valid_session_id("k", first + "x" * MAX_SESSION_ID_CHARS)
    assert not is_valid_session_id("k", "セッション.署名")


def test_old_raw_hmac_ids_are_no_longer_accepted() -> None:
    old_style = "A" * 24 + "." + "0123456789abcdef"  # the former '<24 chars>.<16 hex>' shape
    assert not is_valid_session_id("k", old_style)


def test_bot_sender_is_a_one_way_hash() -> None:
    session_id = new_session_id("k")
    sender = bot_sender_id(session_id)
    assert sender == bot_sender_id(session_id) and session_id.split(".")[0] not in sender and len(sender) == 32
