"""Body limits (413 before parsing) and security headers, on a real ASGI stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from gateway.errors import install_error_handlers
from gateway.middleware import CONTENT_SECURITY_POLICY, BodySizeLimitMiddleware, SecurityHeadersMiddleware

LIMIT = 1024
UPLOAD_LIMIT = 4096


def _app(*, hsts: bool) -> FastAPI:
    app = FastAPI()
    app.state.bodies_read = 0

    @app.post("/api/echo")
    async def echo(request: Request) -> dict[str, int]:
        body = await request.body()
        app.state.bodies_read += 1
        return {"length": len(body)}

    @app.post("/upload/file")
    async def upload(request: Request) -> dict[str, int]:
        return {"length": len(await request.body())}

    install_error_handlers(app)
    app.add_middleware(SecurityHeadersMiddleware, hsts=hsts)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=LIMIT, limits_by_prefix={"/upload/": UPLOAD_LIMIT})
    return app


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(_app(hsts=False)) as test_client:
        yield test_client


def test_a_declared_oversized_body_is_refused_before_the_app_reads_it(client: TestClient) -> None:
    response = client.post("/api/echo", content=b"x" * (LIMIT + 1))
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert "大きすぎます" in response.json()["error"]["message"]
    assert client.app.state.bodies_read == 0  # type: ignore[attr-defined]


def test_a_streamed_body_without_length_is_cut_at_the_limit(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"y" * 512

    response = client.post("/api/echo", content=chunks())
    assert response.status_code == 413
    assert client.app.state.bodies_read == 0  # type: ignore[attr-defined]


def test_bodies_within_the_limit_pass(client: TestClient) -> None:
    assert client.post("/api/echo", content=b"z" * LIMIT).json() == {"length": LIMIT}


def test_upload_paths_have_their_own_limit(client: TestClient) -> None:
    assert client.post("/upload/file", content=b"z" * UPLOAD_LIMIT).status_code == 200
    assert client.post("/upload/file", content=b"z" * (UPLOAD_LIMIT + 1)).status_code == 413


def test_security_headers_on_every_response(client: TestClient) -> None:
    response = client.post("/api/echo", content=b"{}")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "strict-transport-security" not in response.headers
    assert client.get("/missing").headers["x-content-type-options"] == "nosniff"  # error responses too


def test_hsts_only_in_production() -> None:
    with TestClient(_app(hsts=True)) as client:
        assert client.get("/missing").headers["strict-transport-security"].startswith("max-age=")
