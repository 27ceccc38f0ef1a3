"""Form parsing and Japanese validation messages (pure)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from staff.forms import (
    csv_problem_rows,
    parse_quiet_period,
    parse_resident_create,
    parse_resident_update,
    validation_problems,
)
from watch.schemas import CsvRowError

FORM = {
    "code": "", "name": "大崎 花子", "name_kana": "おおさき はなこ", "district": "古川", "address": "大崎市古川1-2-3",
    "birth_year": "1940", "channel": "tablet", "checkin_time": "08:30", "checkin_days": ["0", "2", "4"],
    "consent_date": "2025-04-01", "active": "1", "note": "",
    "contact1_name": "大崎 太郎", "contact1_relation": "family", "contact1_relation_label": "長男",
    "contact1_phone": "090-1234-5678", "contact1_email": "",
    "contact2_name": "", "contact2_relation": "family", "contact2_relation_label": "", "contact2_phone": "",
    "contact2_email": "",
}


def test_a_complete_form_becomes_a_resident() -> None:
    resident = parse_resident_create(FORM)
    assert resident.code is None
    assert resident.checkin_days == [0, 2, 4]
    assert resident.consent_date == date(2025, 4, 1)
    assert resident.active is True
    assert [(c.name, c.relation_label, c.phone) for c in resident.contacts] == [("大崎 太郎", "長男", "090-1234-5678")]


def test_update_keeps_every_field_and_replaces_contacts() -> None:
    update = parse_resident_update({**FORM, "active": ""})
    assert update.active is False
    assert update.contacts is not None and len(update.contacts) == 1


def test_errors_are_japanese_keyed_on_the_error_type_and_name_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        parse_resident_create({**FORM, "name": "", "birth_year": "18", "consent_date": "yesterday"})
    problems = validation_problems(info.value)
    assert "氏名: 入力してください。" in problems
    assert "生まれた年: 1900以上の値を入力してください。" in problems
    assert "同意日: 日付の形式が正しくありません（例: 2026-04-01）。" in problems


def test_contact_rows_are_named_by_their_number() -> None:
    with pytest.raises(ValidationError) as info:
        parse_resident_create({**FORM, "contact1_email": "x" * 400})
    assert all(p.startswith("連絡先1") for p in validation_problems(info.value))


def test_csv_reasons_are_shown_as_the_import_wrote_them() -> None:
    rows = csv_problem_rows([CsvRowError(row=1, column="district", reason="必須の列がありません"),
                             CsvRowError(row=4, column="x", reason="不明な列です")])
    assert rows == [(1, "district", "必須の列がありません"), (4, "x", "不明な列です")]


def test_quiet_period_order_is_checked() -> None:
    with pytest.raises(ValidationError) as info:
        parse_quiet_period({"start_date": "2026-05-10", "end_date": "2026-05-01", "reason": "入院"})
    problems = validation_problems(info.value)
    assert len(problems) == 1 and problems[0].startswith("入力: ")


def test_the_residents_phone_and_escalation_profile_come_from_the_form() -> None:
    resident = parse_resident_create({**FORM, "phone": " 0229-11-0000 ", "escalation_profile": "gentle"})
    assert resident.phone == "0229-11-0000" and resident.escalation_profile == "gentle"
    default = parse_resident_create({**FORM, "phone": "", "escalation_profile": ""})
    assert default.phone is None and default.escalation_profile is None
    with pytest.raises(ValidationError):
        parse_resident_create({**FORM, "escalation_profile": "never"})
