"""Login, throttling, rate limit, CSRF and logout over HTTP against the real app and a real SQLite file."""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError

from core.settings import RuntimeSettings
from staff.errors import LoginFailedError
from staff.settings import StaffSettings
from storage.database import Database
from tests.staff.conftest import Account, build_app, login, make_account, new_client
from watch.clock import ManualClock

pytestmark = pytest.mark.slow


def form_token(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "the page has no CSRF field"
    return match.group(1)


def form_login(client: TestClient, account: Account, password: str | None = None) -> Any:
    page = client.get("/staff/login")
    assert page.status_code == 200
    return client.post("/staff/login", data={
        "username": account.username, "password": password or account.password, "csrf_token": form_token(page.text),
        "next": "/staff/alerts",
    }, follow_redirects=False)


def test_login_page_is_japanese_and_sets_a_strict_cookie(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    client = new_client(running_app)
    response = form_login(client, account)
    assert response.status_code == 303 and response.headers["location"] == "/staff/alerts"
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("staff_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict") and "Path=/staff" in cookie
    assert "Secure" not in cookie  # test environment is plain HTTP
    page = client.get("/staff")
    assert page.status_code == 200 and '<html lang="ja">' in page.text and "今日の状況" in page.text


def test_wrong_password_shows_the_one_generic_message(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    response = form_login(new_client(running_app), account, password="wrong-password-123")
    assert response.status_code == 401
    assert LoginFailedError.default_message in response.text


def test_login_form_without_its_token_is_refused(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    client = new_client(running_app)
    client.get("/staff/login")
    response = client.post("/staff/login", data={"username": account.username, "password": account.password,
                                                 "csrf_token": "forged"})
    assert response.status_code == 403
    assert "有効期限が切れました" in response.text


def test_open_redirects_are_ignored(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    client = new_client(running_app)
    page = client.get("/staff/login?next=//evil.example/x")
    response = client.post("/staff/login", data={"username": account.username, "password": account.password,
                                                 "csrf_token": form_token(page.text), "next": "//evil.example/x"},
                           follow_redirects=False)
    assert response.headers["location"] == "/staff"


def test_failures_from_five_addresses_do_not_lock_out_the_admin(running_app: FastAPI, db: Database) -> None:
    """Finding 5: five failed logins from five addresses used to lock any account, admins included."""
    admin = make_account(db, role="admin")
    bad = {"username": admin.username, "password": "wrong-password-123"}
    for i in range(5):
        attacker = new_client(running_app, address=f"192.0.2.{i + 1}")
        assert [attacker.post("/staff/api/login", json=bad).status_code for _ in range(5)] == [401] * 5
    owner = new_client(running_app, address="198.51.100.20")
    assert owner.post("/staff/api/login", json={"username": admin.username,
                                                "password": admin.password}).status_code == 200
    assert owner.get("/staff/api/users").status_code == 200


def test_usernames_cannot_be_enumerated(running_app: FastAPI, db: Database, manual_clock: ManualClock) -> None:
    """Unknown user, wrong password and a throttled address get the same status and body (time stands still:
    after five failures this address must wait)."""
    account = make_account(db)
    client = new_client(running_app, address="192.0.2.77")
    answers = [client.post("/staff/api/login", json={"username": account.username, "password": "wrong-pass-1234"})
               for _ in range(6)]
    throttled = client.post("/staff/api/login", json={"username": account.username, "password": account.password})
    unknown = client.post("/staff/api/login", json={"username": "nobody-here", "password": "wrong-pass-1234"})
    bodies = {(r.status_code, r.text) for r in [*answers, throttled, unknown]}
    assert bodies == {(401, unknown.text)}
    assert unknown.json()["error"] == {"code": "login_failed", "message": LoginFailedError.default_message}
    assert "retry-after" not in throttled.headers


def test_login_rate_limit_per_address(running_app: FastAPI, db: Database) -> None:
    client = new_client(running_app, address="192.0.2.99")
    for i in range(20):  # STAFF_LOGIN_RATE: 20 per minute from one address, whatever the account
        response = client.post("/staff/api/login", json={"username": f"nobody{i}", "password": "whatever-123456"})
        assert response.status_code == 401
    refused = client.post("/staff/api/login", json={"username": "nobody", "password": "whatever-123456"})
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert int(refused.headers["retry-after"]) >= 1
    account = make_account(db)  # even a correct password waits
    assert client.post("/staff/api/login", json={"username": account.username,
                                                 "password": account.password}).status_code == 429
    other = new_client(running_app, address="2001:db8:1:2::5")  # other addresses are not affected
    assert other.post("/staff/api/login", json={"username": account.username,
                                                "password": account.password}).status_code == 200


def test_state_changes_without_the_csrf_token_get_403(running_app: FastAPI, db: Database) -> None:
    account = make_account(db, role="admin")
    client = new_client(running_app)
    token = login(client, account)
    no_header = client.post("/staff/api/logout")
    assert no_header.status_code == 403
    assert no_header.json()["error"]["code"] == "csrf_failed"
    assert "CSRF" in no_header.json()["error"]["message"]
    wrong = client.post("/staff/api/safety", json={"message": "テスト", "district": None},
                        headers={"X-CSRF-Token": token[:-2] + "xx"})
    assert wrong.status_code == 403
    form = client.post("/staff/users", data={"username": "x-user", "display_name": "x", "password": "p" * 20})
    assert form.status_code == 403 and "セキュリティ確認に失敗しました" in form.text
    assert client.get("/staff/api/me").status_code == 200  # still logged in: nothing changed


def test_logout_revokes_the_session_server_side(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    client = new_client(running_app)
    token = login(client, account)
    stolen = client.cookies.get("staff_session")
    assert stolen is not None
    assert client.post("/staff/api/logout", headers={"X-CSRF-Token": token}).status_code == 204
    replay = new_client(running_app)
    replay.cookies.set("staff_session", stolen, path="/staff")
    response = replay.get("/staff/api/me")
    assert response.status_code == 401 and response.json()["error"]["code"] == "not_authenticated"


def test_form_logout_revokes_too(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    client = new_client(running_app)
    token = login(client, account)
    stolen = client.cookies.get("staff_session")
    assert stolen is not None
    response = client.post("/staff/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/staff/login"
    replay = new_client(running_app)
    replay.cookies.set("staff_session", stolen, path="/staff")
    assert replay.get("/staff", follow_redirects=False).status_code == 303


def test_anonymous_pages_redirect_and_api_answers_401(running_app: FastAPI) -> None:
    client = new_client(running_app)
    page = client.get("/staff/alerts", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/staff/login?next=%2Fstaff%2Falerts"
    api = client.get("/staff/api/board")
    assert api.status_code == 401 and api.json()["error"]["message"] == "ログインしてください。"
    assert client.get("/staff/api/events").status_code == 401


def test_app_environment_production_alone_refuses_the_dev_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    monkeypatch.delenv("STAFF_SECRET_KEY", raising=False)
    with pytest.raises(ValidationError, match="STAFF_SECRET_KEY"):
        StaffSettings(_env_file=None)
    with pytest.raises(ValidationError, match="STAFF_SECRET_KEY"):
        StaffSettings(_env_file=None, secret_key="short")
    assert StaffSettings(_env_file=None, secret_key=secrets.token_urlsafe(40)).secret_key


def test_app_environment_production_alone_makes_cookies_secure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    monkeypatch.setenv("STAFF_SECRET_KEY", secrets.token_urlsafe(40))
    app = build_app(f"sqlite:///{tmp_path / 'prod.db'}", runtime=RuntimeSettings(_env_file=None),
                    settings=StaffSettings(_env_file=None))
    with TestClient(app):
        account = make_account(app.state.db)
        client = new_client(app)
        page = client.get("/staff/login")
        login_cookie = next(h for h in page.headers.get_list("set-cookie") if h.startswith("staff_login="))
        assert "Secure" in login_cookie
        response = client.post("/staff/api/login", json={"username": account.username, "password": account.password})
        assert response.status_code == 200
        cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("staff_session="))
        assert "Secure" in cookie and "HttpOnly" in cookie


def test_the_login_limit_counts_the_right_most_untrusted_hop(running_app: FastAPI, db: Database) -> None:
    """Behind a trusted proxy, rotating the left part of X-Forwarded-For does not escape the limit."""
    saved = running_app.state.runtime
    running_app.state.runtime = RuntimeSettings(_env_file=None, environment="test", trusted_proxies=["10.0.0.0/8"])
    try:
        proxy = new_client(running_app, address="10.0.0.5")
        codes = [proxy.post("/staff/api/login", json={"username": f"nobody{i}", "password": "whatever-123456"},
                            headers={"X-Forwarded-For": f"198.18.{i}.1, 192.0.2.150"}).status_code
                 for i in range(21)]
        assert codes == [401] * 20 + [429]
        other = proxy.post("/staff/api/login", json={"username": "nobody", "password": "whatever-123456"},
                           headers={"X-Forwarded-For": "192.0.2.151"})
        assert other.status_code == 401  # another client behind the same proxy
    finally:
        running_app.state.runtime = saved
