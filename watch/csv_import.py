"""CSV import of residents: UTF-8 (BOM allowed), header row, contacts as numbered columns; all or nothing.

Columns: ``name, name_kana, district, address, birth_year, consent_date`` (required), ``code, channel, phone,
escalation_profile, checkin_time, checkin_days, note`` (optional), then ``contactN_name, contactN_relation,
contactN_email, contactN_phone`` for N = 1..10 (escalation order). ``phone``: the resident's own number (staff
call it first). ``escalation_profile``: empty = the city's default, 当日/same_day, ゆるやか/gentle.
``checkin_days``: empty/毎日/daily = every day, or weekdays as ``月水金``, ``mon,wed,fri`` or ``0,2,4``
(0 = Monday). Relations (roles): 家族/長男/娘/family... = family, 民生委員/volunteer = volunteer,
地域包括支援センター/包括/care_center = care_center, 近所/協力員/neighbour = neighbour, 鍵/key_holder = key_holder.

A contact with neither email nor phone is a row error; one without email is imported but listed in
``ImportResult.unreachable`` when no webhook lets the city's system phone it.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from watch.errors import CsvImportError, WatchError
from watch.models import Resident
from watch.residents import create_resident
from watch.schemas import CsvRowError, ImportResult, ResidentCreate

REQUIRED_COLUMNS = ("name", "name_kana", "district", "address", "birth_year", "consent_date")
OPTIONAL_COLUMNS = ("code", "channel", "phone", "escalation_profile", "checkin_time", "checkin_days", "note")
CONTACT_FIELDS = ("name", "relation", "email", "phone")
MAX_CONTACTS = 10
MAX_ROWS = 50_000
CONTACT_COLUMN = re.compile(r"^contact(\d+)_(name|relation|email|phone)$")
DAY_CHARS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
DAY_NAMES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EVERY_DAY = ("", "毎日", "daily", "everyday", "all")
VOLUNTEER_WORDS = ("民生委員", "volunteer", "minsei")
KEY_HOLDER_WORDS = ("鍵", "かぎ", "key_holder", "key holder")
NEIGHBOUR_WORDS = ("近所", "近隣", "協力員", "隣", "neighbour", "neighbor")
CARE_CENTER_WORDS = ("地域包括", "包括", "care_center", "care center", "houkatsu", "ケアマネ")
PROFILE_WORDS = {"": None, "既定": None, "default": None, "same_day": "same_day", "当日": "same_day",
                 "gentle": "gentle", "ゆるやか": "gentle", "ゆっくり": "gentle"}


def parse_profile(text: str) -> str | None:
    """The escalation profile written in the CSV (None: the city's default); ValueError when unknown."""
    value = text.strip().lower()
    if value not in PROFILE_WORDS:
        raise ValueError("escalation_profile must be empty, 当日 (same_day) or ゆるやか (gentle)")
    return PROFILE_WORDS[value]


def parse_days(text: str) -> list[int]:
    """Weekdays (0 = Monday) from 毎日 / 月水金 / mon,wed,fri / 0,2,4; ValueError when unreadable."""
    value = text.strip().lower()
    if value in EVERY_DAY:
        return list(range(7))
    parts = [p for p in re.split(r"[,、・\s/]+", value) if p]
    if all(p in DAY_NAMES for p in parts):
        return sorted({DAY_NAMES[p] for p in parts})
    if all(p.isdigit() and 0 <= int(p) <= 6 for p in parts):
        return sorted({int(p) for p in parts})
    chars = [c for c in value.replace("曜日", "").replace("曜", "") if c not in ",、・ /"]
    if chars and all(c in DAY_CHARS for c in chars):
        return sorted({DAY_CHARS[c] for c in chars})
    raise ValueError("weekdays must be 毎日, 月水金, mon,wed,fri or 0,2,4 (0 = Monday)")


def parse_relation(text: str) -> tuple[str, str]:
    """(category, label) of a relation as written: volunteer, care_center, key_holder, neighbour, or family
    (anything else)."""
    label = text.strip()
    lowered = label.lower()
    if any(word in lowered for word in VOLUNTEER_WORDS):
        return "volunteer", label
    if any(word in lowered for word in CARE_CENTER_WORDS):
        return "care_center", label
    if any(word in lowered for word in KEY_HOLDER_WORDS):
        return "key_holder", label
    if any(word in lowered for word in NEIGHBOUR_WORDS):
        return "neighbour", label
    return "family", label


def _column_of(loc: tuple[int | str, ...]) -> str:
    if loc and loc[0] == "contacts" and len(loc) >= 2:
        number = int(loc[1]) + 1
        return f"contact{number}_{loc[2]}" if len(loc) >= 3 else f"contact{number}"
    return str(loc[0]) if loc else ""


def _row_to_data(row: dict[str, str], contact_numbers: list[int]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    data: dict[str, Any] = {key: row.get(key, "").strip() for key in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)}
    for optional in ("code", "channel", "phone", "checkin_time", "note"):
        if not data[optional]:
            data.pop(optional)
    try:
        data["escalation_profile"] = parse_profile(data["escalation_profile"])
    except ValueError as err:
        problems.append(("escalation_profile", str(err)))
        data.pop("escalation_profile")
    try:
        data["checkin_days"] = parse_days(data["checkin_days"])
    except ValueError as err:
        problems.append(("checkin_days", str(err)))
        data.pop("checkin_days")
    data["consent_date"] = data["consent_date"].replace("/", "-")
    contacts = []
    for number in contact_numbers:
        cells = {field: row.get(f"contact{number}_{field}", "").strip() for field in CONTACT_FIELDS}
        if not any(cells.values()):
            continue
        relation, label = parse_relation(cells["relation"])
        contacts.append({"name": cells["name"], "relation": relation, "relation_label": label,
                         "email": cells["email"] or None, "phone": cells["phone"] or None})
    data["contacts"] = contacts
    return data, problems


def parse_residents_csv(text: str) -> tuple[list[tuple[int, ResidentCreate]], list[CsvRowError]]:
    """Parse and validate every row (pure): (row number, resident) pairs and every error (row 1 = header)."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    errors: list[CsvRowError] = []
    contact_numbers = sorted({int(m.group(1)) for h in header if (m := CONTACT_COLUMN.match(h))})
    for column in header:
        match = CONTACT_COLUMN.match(column)
        if match and not 1 <= int(match.group(1)) <= MAX_CONTACTS:
            errors.append(CsvRowError(row=1, column=column, reason=f"contacts are numbered 1 to {MAX_CONTACTS}"))
        elif not match and column not in REQUIRED_COLUMNS and column not in OPTIONAL_COLUMNS:
            errors.append(CsvRowError(row=1, column=column, reason="unknown column"))
    errors += [CsvRowError(row=1, column=c, reason="required column is missing") for c in REQUIRED_COLUMNS
               if c not in header]
    if errors:
        return [], errors
    residents: list[tuple[int, ResidentCreate]] = []
    codes: dict[str, int] = {}
    for index, row in enumerate(reader, start=2):
        if index - 1 > MAX_ROWS:
            errors.append(CsvRowError(row=index, column="", reason=f"more than {MAX_ROWS} rows"))
            break
        if None in row:
            errors.append(CsvRowError(row=index, column="", reason="more cells than header columns"))
            continue
        if not any((value or "").strip() for value in row.values()):
            continue  # blank line
        data, problems = _row_to_data(row, contact_numbers)
        errors += [CsvRowError(row=index, column=col, reason=why) for col, why in problems]
        try:
            resident = ResidentCreate.model_validate(data)
        except ValidationError as err:
            for item in err.errors():
                reason = str(item.get("msg", "invalid")).removeprefix("Value error, ")
                errors.append(CsvRowError(row=index, column=_column_of(tuple(item["loc"])), reason=reason))
            continue
        duplicate = bool(resident.code and resident.code in codes)
        if resident.code and duplicate:
            errors.append(CsvRowError(row=index, column="code",
                                      reason=f"duplicate code (also on row {codes[resident.code]})"))
        elif resident.code:
            codes[resident.code] = index
        if not problems and not duplicate:
            residents.append((index, resident))
    return residents, errors


def unreachable_contacts(residents: list[tuple[int, ResidentCreate]], *, has_webhook: bool) -> list[str]:
    """Contacts no notice can reach: without email, when no webhook lets the city's system phone them (a contact
    with neither email nor phone is a row error already: ContactBase requires one)."""
    if has_webhook:
        return []
    return [f"{row}行目：{r.name}様の連絡先「{c.name}」はメールがないため、自動の通知が届きません"
            "（電話で連絡してください）。" for row, r in residents for c in r.contacts if not c.email]


def import_residents_csv(session: Session, *, data: bytes | str, has_webhook: bool = False) -> ImportResult:
    """Import every row or nothing: CsvImportError lists each bad cell (row, column, reason); contacts without a
    usable channel are imported but listed in ``unreachable``."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        bad = [CsvRowError(row=0, column="", reason="the file is not UTF-8 (save it as 'CSV UTF-8')")]
        raise CsvImportError(bad, detail="the CSV file is not UTF-8") from err
    residents, errors = parse_residents_csv(text)
    row_of = {r.code: row for row, r in residents if r.code}
    if row_of:
        taken = set(session.scalars(select(Resident.code).where(Resident.code.in_(list(row_of)))))
        errors += [CsvRowError(row=row_of[code], column="code", reason=f"a resident with code {code} already exists")
                   for code in sorted(c for c in taken if c)]
    if errors:
        raise CsvImportError(errors, detail=f"{len(errors)} problem(s) in the CSV file; nothing was imported")
    if not residents:
        raise CsvImportError([CsvRowError(row=2, column="", reason="no data")],
                             detail="the CSV file has no resident rows")
    try:
        with session.begin_nested():
            ids = [create_resident(session, data=resident).id for _, resident in residents]
    except (WatchError, IntegrityError) as err:
        bad = [CsvRowError(row=0, column="", reason=f"database refused the import: {err}")]
        raise CsvImportError(bad, detail="the import failed; nothing was imported") from err
    return ImportResult(created=len(ids), resident_ids=ids,
                        unreachable=unreachable_contacts(residents, has_webhook=has_webhook))
