"""CSRF token functions (pure)."""

from __future__ import annotations

from staff.csrf import hash_session_token, login_form_token, login_token_valid, new_token, tokens_match


def test_new_tokens_are_long_and_unique() -> None:
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100
    assert all(len(t) >= 43 for t in tokens)


def test_tokens_match_only_when_equal_and_present() -> None:
    token = new_token()
    assert tokens_match(token, token)
    assert not tokens_match(token, token[:-1] + ("A" if token[-1] != "A" else "B"))
    assert not tokens_match(token, None)
    assert not tokens_match(token, "")
    assert not tokens_match("", "")
    assert not tokens_match(None, None)


def test_login_form_token_is_bound_to_the_nonce_and_the_secret() -> None:
    token = login_form_token("nonce-1", secret="s" * 40)
    assert login_token_valid("nonce-1", token, secret="s" * 40)
    assert not login_token_valid("nonce-2", token, secret="s" * 40)
    assert not login_token_valid("nonce-1", token, secret="t" * 40)
    assert not login_token_valid(None, token, secret="s" * 40)
    assert not login_token_valid("nonce-1", None, secret="s" * 40)


def test_session_token_hash_is_stable_and_not_the_token() -> None:
    assert hash_session_token("abc") == hash_session_token("abc")
    assert hash_session_token("abc") != "abc"
    assert len(hash_session_token("abc")) == 64
