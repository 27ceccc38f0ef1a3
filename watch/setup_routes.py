"""Web edge of the tablet setup: ``POST /watch/device/setup`` (a 設定コード for the device credential) and
``POST /watch/device/reset`` (the staff PIN that unlocks a re-setup; a valid old credential is revoked).

Both are limited per client address (IPv6 by /64); setup codes also in total, so guessing from many addresses
stays bounded (300 tries an hour against 10^8 codes). The answers are JSON with a Japanese ``message``.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from core.errors import AppError, RateLimitedError
from core.ratelimit import RateLimiter
from core.web import enforce
from watch.device_socket import BUSY, WatchRuntime
from watch.devices import authenticate_device, revoke_device
from watch.errors import AuthError, DeviceRefusedError, StaffPinError
from watch.setup_codes import redeem_setup_code
from watch.staff_pin import verify_pin

GLOBAL_KEY = "all"
log = logging.getLogger(__name__)
router = APIRouter(tags=["watch"])


class SetupLimits:
    """The rate limiters of the two setup endpoints (created in the watch lifespan)."""

    def __init__(self, *, code_rate: str, code_global_rate: str, pin_rate: str) -> None:
        self.code = RateLimiter(code_rate, namespace="watch-setup-code")
        self.code_global = RateLimiter(code_global_rate, namespace="watch-setup-code-all")
        self.pin = RateLimiter(pin_rate, namespace="watch-staff-pin")


class SetupRequest(BaseModel):
    """The code the tablet's user typed (or the QR code carried)."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=32)


class SetupResult(BaseModel):
    """The device credential the tablet keeps (the token is shown this once)."""

    device_id: str
    token: str


class ResetRequest(BaseModel):
    """The staff PIN, and the tablet's current credential (revoked when it is still valid)."""

    model_config = ConfigDict(extra="forbid")

    pin: str = Field(min_length=1, max_length=32)
    device_id: str = Field("", max_length=64)
    token: str = Field("", max_length=128)


class ServiceUnavailableError(AppError):
    """The watch module is not started in this process."""

    code = "unavailable"
    status = 503
    default_message = BUSY


def _runtime(request: Request) -> tuple[WatchRuntime, SetupLimits]:
    runtime: WatchRuntime | None = getattr(request.app.state, "watch", None)
    limits: SetupLimits | None = getattr(request.app.state, "watch_setup_limits", None)
    if runtime is None or limits is None:
        raise ServiceUnavailableError(detail="watch module not started")
    return runtime, limits


@router.post("/watch/device/setup", response_model=SetupResult, status_code=201)
def setup_device(body: SetupRequest, request: Request) -> SetupResult:
    """Exchange a one-time setup code for this tablet's device id and token."""
    runtime, limits = _runtime(request)
    enforce(limits.code, request)
    wait_s = limits.code_global.hit(GLOBAL_KEY)
    if wait_s:
        log.warning("setup code tries over the global limit")
        raise RateLimitedError(retry_after_s=wait_s, detail="global setup code limit exceeded")
    with runtime.db.sessions() as session, session.begin():
        device = redeem_setup_code(session, code=body.code, now=runtime.clock.now())
    log.info("device %s set up by code for resident %s", device.device_id, device.resident_id)
    return SetupResult(device_id=device.device_id, token=device.token)


@router.post("/watch/device/reset", status_code=204)
def reset_device(body: ResetRequest, request: Request) -> Response:
    """Check the staff PIN before the tablet forgets its setup (403 with a Japanese message when wrong)."""
    runtime, limits = _runtime(request)
    enforce(limits.pin, request)
    if not verify_pin(body.pin, runtime.settings.staff_pin_hash):
        raise StaffPinError(detail="wrong staff PIN")
    if body.device_id and body.token:
        with runtime.db.sessions() as session, session.begin():
            try:
                authenticate_device(session, device_id=body.device_id, token=body.token, now=runtime.clock.now())
            except (AuthError, DeviceRefusedError):
                pass  # not a working credential: nothing to revoke
            else:
                revoke_device(session, device_id=body.device_id, by="端末の再設定", now=runtime.clock.now())
        runtime.hub.wake()  # its open socket closes at once
    return Response(status_code=204)
