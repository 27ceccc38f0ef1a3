"""Files a problem report with the gateway's internal endpoint (reports.schemas.ReportCreate on both ends,
X-Internal-Token = REPORTS_INTERNAL_TOKEN); never raises."""

from __future__ import annotations

import logging

import httpx

from bot.actions.report import ReportReceipt, parse_report_receipt
from reports.schemas import ReportCreate
from reports.settings import INTERNAL_TOKEN_HEADER

log = logging.getLogger(__name__)


async def submit_report(
    report: ReportCreate, *, url: str, token: str, timeout_s: float,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ReportReceipt | None:
    """POST the report as JSON; the receipt (number and private status link) on success, None on any failure
    (logged; the status link's token is never logged)."""
    headers = {INTERNAL_TOKEN_HEADER: token}
    try:
        async with httpx.AsyncClient(timeout=timeout_s, transport=transport) as client:
            response = await client.post(url, json=report.model_dump(mode="json"), headers=headers)
    except httpx.HTTPError as error:
        log.warning("report not filed: %s unreachable (%s)", url, error)
        return None
    if not response.is_success:
        log.warning("report not filed: %s answered HTTP %d", url, response.status_code)
        return None
    try:
        body = response.json()
    except ValueError:
        log.warning("report not filed: %s answered with invalid JSON", url)
        return None
    receipt = parse_report_receipt(body)
    if receipt is None:
        log.warning("report not filed: %s answered without a receipt number", url)
    return receipt

