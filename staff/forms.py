"""HTML form handling (pure): form fields -> watch-over API models, and Japanese error messages per field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from core.validation import message_for
from watch.schemas import CsvRowError, QuietPeriodCreate, ResidentCreate, ResidentPublic, ResidentUpdate

CONTACT_ROWS = 3  # blank contact rows offered on the resident form
FIELD_LABELS = {
    "code": "住民番号", "name": "氏名", "name_kana": "ふりがな", "district": "地区", "address": "住所",
    "birth_year": "生まれた年", "channel": "連絡方法", "checkin_time": "問いかけの時刻",
    "checkin_days": "問いかけの曜日",
    "consent_date": "同意日", "active": "見守り中", "note": "メモ", "contacts": "連絡先", "start_date": "開始日",
    "end_date": "終了日", "reason": "理由", "relation": "続柄の区分", "relation_label": "続柄",
    "email": "メールアドレス", "phone": "電話番号", "message": "メッセージ", "label": "端末の名前",
    "username": "ユーザー名", "display_name": "表示名", "role": "役割", "districts": "担当地区",
    "password": "パスワード", "escalation_profile": "連絡の進め方",
}


def field_label(loc: Sequence[int | str]) -> str:
    """A Japanese name for an error location such as ('contacts', 0, 'email')."""
    parts = [p for p in loc if p not in ("body",)]
    if len(parts) >= 2 and parts[0] == "contacts" and isinstance(parts[1], int):
        rest = FIELD_LABELS.get(str(parts[2]), str(parts[2])) if len(parts) > 2 else ""
        return f"連絡先{parts[1] + 1} {rest}".strip()
    return FIELD_LABELS.get(str(parts[0]), str(parts[0])) if parts else "入力"


def validation_problems(err: ValidationError) -> list[str]:
    """One Japanese line per broken field (messages keyed on pydantic's error type, see core.validation)."""
    return [f"{field_label(item['loc'])}: {message_for(item)}" for item in err.errors()]


def csv_problem_rows(errors: Sequence[CsvRowError]) -> list[tuple[int, str, str]]:
    """(row, column, reason) for the import error table (the reasons are written by watch.csv_import)."""
    return [(e.row, e.column, e.reason) for e in errors]


def _days(form: Mapping[str, Any]) -> list[int]:
    days = form.get("checkin_days")
    if isinstance(days, list):
        return sorted({int(d) for d in days if str(d).isdigit()})
    return [int(d) for d in str(days or "") if d.isdigit()]


def _contacts(form: Mapping[str, Any]) -> list[dict[str, Any]]:
    contacts = []
    for i in range(1, 11):
        cells = {f: str(form.get(f"contact{i}_{f}", "")).strip() for f in ("name", "relation", "relation_label",
                                                                          "email", "phone")}
        if not any(v for k, v in cells.items() if k != "relation"):
            continue
        contacts.append({"name": cells["name"], "relation": cells["relation"] or "family",
                         "relation_label": cells["relation_label"], "email": cells["email"] or None,
                         "phone": cells["phone"] or None})
    return contacts


def resident_fields(form: Mapping[str, Any]) -> dict[str, Any]:
    """The resident form's fields as a dict for ResidentCreate / ResidentUpdate."""
    data: dict[str, Any] = {
        key: str(form.get(key, "")).strip()
        for key in ("name", "name_kana", "district", "address", "birth_year", "channel", "checkin_time",
                    "consent_date", "note")
    }
    code = str(form.get("code", "")).strip()
    data["code"] = code or None
    data["phone"] = str(form.get("phone", "")).strip() or None
    data["escalation_profile"] = str(form.get("escalation_profile", "")).strip() or None
    data["checkin_days"] = _days(form)
    data["active"] = str(form.get("active", "")) in ("1", "on", "true")
    data["contacts"] = _contacts(form)
    return data


def parse_resident_create(form: Mapping[str, Any]) -> ResidentCreate:
    """ResidentCreate from the form (ValidationError on bad input)."""
    return ResidentCreate.model_validate(resident_fields(form))


def parse_resident_update(form: Mapping[str, Any]) -> ResidentUpdate:
    """ResidentUpdate (every field, contacts replaced) from the form (ValidationError on bad input)."""
    data = resident_fields(form)
    data.pop("code")
    return ResidentUpdate.model_validate(data)


def parse_quiet_period(form: Mapping[str, Any]) -> QuietPeriodCreate:
    """QuietPeriodCreate from the form (ValidationError on bad input)."""
    return QuietPeriodCreate.model_validate(
        {k: str(form.get(k, "")).strip() for k in ("start_date", "end_date", "reason")}
    )


def form_values_from_resident(resident: ResidentPublic) -> dict[str, Any]:
    """The edit form's initial values."""
    values: dict[str, Any] = resident.model_dump(exclude={"contacts", "checkin_days", "id", "created_at"})
    values["checkin_days"] = list(resident.checkin_days)
    for i, contact in enumerate(resident.contacts, start=1):
        for f in ("name", "relation", "relation_label", "email", "phone"):
            values[f"contact{i}_{f}"] = getattr(contact, f) or ""
    values["contact_rows"] = max(CONTACT_ROWS, len(resident.contacts) + 1)
    return values
