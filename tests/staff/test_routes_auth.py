"""Login, lockout, rate limit, CSRF and logout over HTTP against the real app and a real SQLite file."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError

from staff.settings import StaffSettings
from storage.database import Database
from tests.staff.conftest import Account, login, make_account, new_client

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


def test_wrong_password_shows_a_japanese_message(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    response = form_login(new_client(running_app), account, password="wrong-password-123")
    assert response.status_code == 401
    assert "ユーザー名またはパスワードが正しくありません。" in response.text


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


def test_five_failures_lock_the_account_with_429(running_app: FastAPI, db: Database) -> None:
    account = make_account(db)
    client = new_client(running_app)
    bad = {"username": account.username, "password": "wrong-password-123"}
    codes = [client.post("/staff/api/login", json=bad).status_code for _ in range(5)]
    assert codes == [401, 401, 401, 401, 429]
    locked = client.post("/staff/api/login", json={"username": account.username, "password": account.password})
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "account_locked"
    assert "ロックされています" in locked.json()["error"]["message"]
    assert 800 < int(locked.headers["retry-after"]) <= 900


def test_login_rate_limit_per_address(running_app: FastAPI, db: Database) -> None:
    settings: StaffSettings = running_app.state.staff_settings
    client = new_client(running_app)
    for i in range(settings.login_attempts_per_ip):
        response = client.post("/staff/api/login", json={"username": f"nobody{i}", "password": "whatever-123456"})
        assert response.status_code == 401
    refused = client.post("/staff/api/login", json={"username": "nobody", "password": "whatever-123456"})
    assert refused.status_code == 429
    assert refused.json()["error"] == {
        "code": "too_many_attempts",
        "message": "ログインの試行回数が多すぎます。しばらく待ってから、もう一度お試しください。",
    }
    assert int(refused.headers["retry-after"]) >= 1
    account = make_account(db)  # even a correct password waits
    assert client.post("/staff/api/login", json={"username": account.username,
                                                 "password": account.password}).status_code == 429


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


def test_settings_refuse_placeholder_secrets_outside_development() -> None:
    with pytest.raises(ValidationError, match="STAFF_SECRET_KEY"):
        StaffSettings(environment="production", secret_key="dev-staff-secret")
    with pytest.raises(ValidationError, match="STAFF_SECRET_KEY"):
        StaffSettings(environment="test", secret_key="short")
    assert StaffSettings(environment="production", secret_key="k" * 40).cookie_secure
    assert not StaffSettings(environment="development").cookie_secure
