"""The edge handler: one JSON shape for APIs, an HTML page for pages, never a stack trace."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

from core.errors import AppError, NotFoundError, RateLimitedError
from gateway.errors import install_error_handlers


class Body(BaseModel):
    text: str = Field(min_length=1, max_length=5)


class TeaError(AppError):
    code = "teapot"
    status = 418
    default_message = "お茶の準備ができていません。"


def _app() -> FastAPI:
    app = FastAPI()

    @app.post("/api/echo")
    def echo(body: Body) -> Body:
        return body

    @app.get("/api/tea")
    def tea() -> None:
        raise TeaError(detail="kettle cold")

    @app.get("/api/slow")
    def slow() -> None:
        raise RateLimitedError(retry_after_s=7)

    @app.get("/api/crash")
    def crash() -> None:
        raise RuntimeError("secret internal state")

    @app.get("/staff/thing")
    def staff_thing() -> None:
        raise NotFoundError()

    @app.get("/page")
    def page() -> None:
        raise TeaError()

    def staff_page(_: Request, error: AppError) -> Response:
        return HTMLResponse(f"<p>staff: {error.message}</p>", status_code=error.status)

    install_error_handlers(app, html_renderers={"/staff": staff_page})
    return app


client = TestClient(_app(), raise_server_exceptions=False)
HTML = {"accept": "text/html,application/xhtml+xml"}


def test_app_errors_answer_json_with_code_message_and_detail() -> None:
    response = client.get("/api/tea")
    assert response.status_code == 418
    error = {"code": "teapot", "message": "お茶の準備ができていません。", "detail": "kettle cold"}
    assert response.json() == {"error": error}


def test_validation_errors_are_japanese_per_field() -> None:
    response = client.post("/api/echo", json={"text": "長すぎる文章です"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"] == "text: 5文字以内で入力してください。"
    broken = client.post("/api/echo", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 422


def test_rate_limit_carries_retry_after() -> None:
    response = client.get("/api/slow")
    assert response.status_code == 429 and response.headers["retry-after"] == "7"


def test_unexpected_errors_never_leak_a_stack_trace() -> None:
    response = client.get("/api/crash")
    assert response.status_code == 500
    assert "secret internal state" not in response.text and "Traceback" not in response.text
    assert response.json()["error"]["code"] == "internal_error"


def test_unknown_routes_and_methods_use_the_same_shape() -> None:
    assert client.get("/api/none").json()["error"]["code"] == "not_found"
    assert client.delete("/api/tea").json()["error"]["code"] == "method_not_allowed"


def test_pages_get_html_from_the_feature_renderer_or_the_default() -> None:
    staff = client.get("/staff/thing", headers=HTML)
    assert staff.status_code == 404 and staff.text.startswith("<p>staff: ")
    page = client.get("/page", headers=HTML)
    assert page.status_code == 418 and '<html lang="ja">' in page.text and "お茶の準備" in page.text
