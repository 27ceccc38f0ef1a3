"""Devices: revocation and the validity re-check of open sockets (both backends)."""

from __future__ import annotations

import pytest

from storage.database import Database
from tests.watch.helpers import add_resident
from watch.devices import authenticate_device, create_device, invalid_devices, list_devices, revoke_device
from watch.errors import AuthError, DeviceRefusedError, NotFoundError
from watch.history import resident_history
from watch.residents import update_resident
from watch.schemas import ResidentUpdate


def test_revoke_device_is_logged_once_and_refuses_the_token(db: Database) -> None:
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=rid)
        first = revoke_device(session, device_id=device.device_id, by=" 田中 ")
        again = revoke_device(session, device_id=device.device_id, by="鈴木")
    assert first.revoked_at is not None and again.revoked_at == first.revoked_at
    with db.sessions() as session, session.begin():
        with pytest.raises(DeviceRefusedError) as refused:
            authenticate_device(session, device_id=device.device_id, token=device.token)
        assert refused.value.reason == "device_revoked" and refused.value.status == 403
        with pytest.raises(AuthError):  # a wrong token never learns that the device was revoked
            authenticate_device(session, device_id=device.device_id, token="wrong")
        with pytest.raises(NotFoundError) as missing:
            revoke_device(session, device_id="d-none", by="田中")
        assert missing.value.status == 404 and "d-none" in missing.value.detail
        history = [(h.kind, h.actor) for h in resident_history(session, resident_id=rid)]
        assert history.count(("device_revoked", "田中")) == 1 and ("device_revoked", "鈴木") not in history
        assert list_devices(session, resident_id=rid)[0].revoked_at is not None


def test_invalid_devices_names_revoked_inactive_and_deleted(db: Database) -> None:
    keep, revoked, inactive = add_resident(db), add_resident(db), add_resident(db)
    with db.sessions() as session, session.begin():
        ok = create_device(session, resident_id=keep)
        gone = create_device(session, resident_id=revoked)
        away = create_device(session, resident_id=inactive)
        revoke_device(session, device_id=gone.device_id, by="田中")
        update_resident(session, resident_id=inactive, data=ResidentUpdate(active=False))
    with db.sessions() as session:
        refused = invalid_devices(session, device_ids=[ok.device_id, gone.device_id, away.device_id, "d-deleted"])
    assert refused == {gone.device_id: "device_revoked", away.device_id: "resident_inactive",
                       "d-deleted": "device_revoked"}
    with db.sessions() as session, session.begin(), pytest.raises(DeviceRefusedError) as err:
        authenticate_device(session, device_id=away.device_id, token=away.token)
    assert err.value.reason == "resident_inactive"
