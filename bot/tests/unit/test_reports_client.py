"""Filing reports with the gateway: success, HTTP errors, bad bodies, unreachable server."""

from __future__ import annotations

import asyncio
import json

import httpx

from bot.actions.report import ReportReceipt
from bot.actions.reports_client import submit_report
from reports.schemas import ReportCreate
from reports.settings import INTERNAL_TOKEN_HEADER

REPORT = ReportCreate(what="道路に穴", where="古川駅前", photo_url=None, session_id="s1")
URL = "http://127.0.0.1:8000/internal/reports"
TOKEN = "reports-token-0123456789"


def run(handler: httpx.MockTransport | None, *, url: str = URL, timeout_s: float = 5.0) -> str | None:
    receipt = asyncio.run(submit_report(REPORT, url=url, token=TOKEN, timeout_s=timeout_s, transport=handler))
    return receipt.number if receipt is not None else None


def test_success_returns_the_report_number_and_sends_the_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"id": "R-0001"})

    assert run(httpx.MockTransport(handler)) == "R-0001"
    assert str(seen[0].url) == URL and seen[0].method == "POST"
    assert json.loads(seen[0].content) == {"what": "道路に穴", "where": "古川駅前", "photo_url": None,
                                           "session_id": "s1"}
    assert seen[0].headers[INTERNAL_TOKEN_HEADER] == TOKEN
    assert ReportCreate.model_validate_json(seen[0].content) == REPORT  # the same model on both ends


def test_numeric_ids_are_text() -> None:
    assert run(httpx.MockTransport(lambda request: httpx.Response(200, json={"id": 7}))) == "7"


def test_http_error_status_gives_none() -> None:
    assert run(httpx.MockTransport(lambda request: httpx.Response(401, json={"error": {}}))) is None
    assert run(httpx.MockTransport(lambda request: httpx.Response(500, json={"id": "x"}))) is None


def test_invalid_json_or_missing_id_gives_none() -> None:
    assert run(httpx.MockTransport(lambda request: httpx.Response(200, content=b"not json"))) is None
    assert run(httpx.MockTransport(lambda request: httpx.Response(200, json={"ok": True}))) is None


def test_connection_error_gives_none() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    assert run(httpx.MockTransport(handler)) is None


def test_unreachable_real_port_gives_none() -> None:
    # Port 9 (discard) on the loopback interface: nothing listens there.
    assert run(None, url="http://127.0.0.1:9/internal/reports", timeout_s=2.0) is None


def test_submit_report_gives_the_number_and_private_status_link() -> None:
    url = "https://osaki.example.jp/reports/status/R-2026-000123?token=t0k3n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"id": "R-2026-000123", "number": "R-2026-000123", "status_url": url})

    transport = httpx.MockTransport(handler)
    receipt = asyncio.run(submit_report(REPORT, url=URL, token=TOKEN, timeout_s=5.0, transport=transport))
    assert receipt == ReportReceipt("R-2026-000123", url)
    assert run(transport) == "R-2026-000123"


def test_submit_report_failure_gives_none() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(503, json={"error": {}}))
    assert asyncio.run(submit_report(REPORT, url=URL, token=TOKEN, timeout_s=5.0, transport=transport)) is None
