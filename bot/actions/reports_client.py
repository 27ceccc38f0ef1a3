"""Files a problem report with the gateway's internal endpoint; never raises."""

from __future__ import annotations

import logging
from typing import Any

import httpx

from bot.actions.report import parse_report_id
from bot.actions.settings import BotSettings

log = logging.getLogger(__name__)
TOKEN_HEADER = "X-Internal-Token"


async def file_report(
    payload: dict[str, Any], settings: BotSettings, *, transport: httpx.AsyncBaseTransport | None = None
) -> str | None:
    """POST the report as JSON; the report number on success, None on any failure (logged)."""
    headers = {TOKEN_HEADER: settings.internal_token} if settings.internal_token else {}
    try:
        async with httpx.AsyncClient(timeout=settings.report_timeout_s, transport=transport) as client:
            response = await client.post(settings.reports_url, json=payload, headers=headers)
    except httpx.HTTPError as error:
        log.warning("report not filed: %s unreachable (%s)", settings.reports_url, error)
        return None
    if not response.is_success:
        log.warning("report not filed: %s answered HTTP %d", settings.reports_url, response.status_code)
        return None
    try:
        body = response.json()
    except ValueError:
        log.warning("report not filed: %s answered with invalid JSON", settings.reports_url)
        return None
    report_id = parse_report_id(body)
    if report_id is None:
        log.warning("report not filed: %s answered without an id: %r", settings.reports_url, body)
    return report_id
