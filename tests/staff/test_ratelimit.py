"""The per-address login limit is core.ratelimit.RateLimiter on ``limits``, configured by STAFF_LOGIN_RATE."""

from __future__ import annotations

from fastapi import FastAPI

from staff.deps import login_limiter
from tests.staff.conftest import make_settings


def test_the_login_limiter_follows_the_setting() -> None:
    app = FastAPI()
    app.state.staff_settings = make_settings(login_rate="3/minute")
    limiter = login_limiter(app)
    assert login_limiter(app) is limiter  # one per app
    assert [limiter.hit("192.0.2.1") for _ in range(3)] == [0, 0, 0]
    assert 1 <= limiter.hit("192.0.2.1") <= 60
    assert limiter.hit("192.0.2.2") == 0  # other addresses are independent
