"""One-time tablet setup codes (設定コード) on SQLite and PostgreSQL: 8 digits, hashed, single use, expiry,
a newer code replaces an older one, an inactive resident's code does not work."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.database import Database
from tests.watch.conftest import START
from tests.watch.helpers import add_resident
from watch.devices import authenticate_device
from watch.errors import InvalidInputError, SetupCodeError
from watch.history import resident_history
from watch.models import DeviceSetupCode
from watch.residents import update_resident
from watch.schemas import ResidentUpdate
from watch.setup_codes import hash_code, issue_setup_code, normalise_code, redeem_setup_code, setup_url

TTL = timedelta(minutes=15)


def test_a_code_sets_up_one_device_once_and_is_stored_hashed(db: Database) -> None:
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        issued = issue_setup_code(session, resident_id=rid, by="福祉課 田中", ttl=TTL, label="居間", now=START)
    assert len(issued.code) == 8 and issued.code.isdigit() and issued.grouped == f"{issued.code[:4]} {issued.code[4:]}"
    assert issued.expires_at == START + TTL
    with db.sessions() as session:
        row = session.scalars(select(DeviceSetupCode).where(DeviceSetupCode.resident_id == rid)).one()
        assert row.code_hash == hash_code(issued.code) and issued.code not in row.code_hash
    with db.sessions() as session, session.begin():  # typed with a space and full-width digits
        typed = issued.grouped.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        device = redeem_setup_code(session, code=typed, now=START + timedelta(minutes=5))
    assert device.resident_id == rid and device.label == "居間" and len(device.token) >= 40
    with db.sessions() as session, session.begin():
        assert authenticate_device(session, device_id=device.device_id, token=device.token).resident_id == rid
        kinds = [item.kind for item in resident_history(session, resident_id=rid)]
    assert {"setup_code_issued", "setup_code_used", "device_added"} <= set(kinds)
    with db.sessions() as session, session.begin(), pytest.raises(SetupCodeError) as again:
        redeem_setup_code(session, code=issued.code, now=START + timedelta(minutes=6))
    assert again.value.status == 400 and "設定コード" in again.value.message


def test_an_expired_code_and_a_replaced_code_do_not_work(db: Database) -> None:
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        old = issue_setup_code(session, resident_id=rid, by="a", ttl=TTL, now=START)
    with db.sessions() as session, session.begin(), pytest.raises(SetupCodeError):
        redeem_setup_code(session, code=old.code, now=START + TTL)  # exactly at the end: expired
    with db.sessions() as session, session.begin():
        newer = issue_setup_code(session, resident_id=rid, by="a", ttl=TTL, now=START + timedelta(minutes=1))
    if newer.code != old.code:
        with db.sessions() as session, session.begin(), pytest.raises(SetupCodeError):
            redeem_setup_code(session, code=old.code, now=START + timedelta(minutes=2))
    with db.sessions() as session:  # only the newest unused code is kept
        assert len(session.scalars(select(DeviceSetupCode).where(DeviceSetupCode.resident_id == rid)).all()) == 1
    with db.sessions() as session, session.begin():
        assert redeem_setup_code(session, code=newer.code, now=START + timedelta(minutes=2)).resident_id == rid


def test_a_code_of_a_resident_no_longer_enrolled_is_refused(db: Database) -> None:
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        issued = issue_setup_code(session, resident_id=rid, by="a", ttl=TTL, now=START)
        update_resident(session, resident_id=rid, data=ResidentUpdate(active=False), actor="a")
    with db.sessions() as session, session.begin(), pytest.raises(SetupCodeError) as refused:
        redeem_setup_code(session, code=issued.code, now=START)
    assert "止まっています" in refused.value.message


@pytest.mark.parametrize("typed", ["1234567", "123456789", "abcd efgh", "", "１２３４-５６７８x"])
def test_anything_but_eight_digits_is_refused_before_any_lookup(typed: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        normalise_code(typed)
    assert "8けた" in refused.value.message and refused.value.status == 422


def test_digits_are_normalised_and_the_setup_url_carries_the_code_in_the_fragment() -> None:
    assert normalise_code(" 1234-5678 ") == "12345678"
    assert normalise_code("１２３４　５６７８") == "12345678"
    assert setup_url("https://mimamori.example.jp/", "01234567") == "https://mimamori.example.jp/device#code=01234567"
