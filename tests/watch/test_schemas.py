"""Resident and contact input: control characters (CR/LF) are refused on create and on edit."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from watch.schemas import ContactCreate, QuietPeriodCreate, ResidentCreate, ResidentUpdate

RESIDENT: dict[str, Any] = {"name": "佐藤 花子", "name_kana": "さとう はなこ", "district": "古川",
                            "address": "大崎市古川1-1", "birth_year": 1938, "consent_date": date(2025, 4, 1)}


@pytest.mark.parametrize("field", ["name", "name_kana", "district", "address", "code"])
@pytest.mark.parametrize("bad", ["佐藤\r\nBcc: x@example.jp", "佐藤\n花子", "佐\x00藤", "佐\x1b藤"])
def test_one_line_fields_refuse_control_characters(field: str, bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        ResidentCreate(**{**RESIDENT, field: bad})
    assert err.value.errors()[0]["loc"] == (field,)
    assert "改行や制御文字" in err.value.errors()[0]["msg"]
    with pytest.raises(ValidationError):
        ResidentUpdate(**{field: bad}) if field != "code" else ResidentCreate(**{**RESIDENT, field: bad})


@pytest.mark.parametrize("contact", [
    {"name": "一郎\r\n", "email": "a@example.jp", "relation_label": "長\n男"},
    {"name": "一\r郎", "email": "a@example.jp"},
    {"name": "一郎", "email": "ichiro\x07@example.jp"},
])
def test_contacts_refuse_control_characters(contact: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        ContactCreate(**contact)
    with pytest.raises(ValidationError):
        ResidentUpdate(contacts=[contact])


def test_good_values_are_trimmed_and_notes_may_span_lines() -> None:
    resident = ResidentCreate(**{**RESIDENT, "name": " 佐藤 花子 ", "note": "朝は弱い。\n耳が遠い。"})
    assert resident.name == "佐藤 花子" and resident.note == "朝は弱い。\n耳が遠い。"
    contact = ContactCreate(name="一郎", email=" ichiro@example.jp ", relation_label="")
    assert contact.email == "ichiro@example.jp" and contact.relation_label == ""
    with pytest.raises(ValidationError):
        ResidentUpdate(note="ok\x00")
    with pytest.raises(ValidationError):
        QuietPeriodCreate(start_date=date(2025, 1, 1), end_date=date(2025, 1, 2), reason="入\r\n院")
