"""CSV import of residents: row-level errors, all or nothing, the sample file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.database import Database
from watch.csv_import import import_residents_csv, parse_days, parse_profile, parse_relation, parse_residents_csv
from watch.errors import CsvImportError
from watch.models import Contact, Resident

SAMPLE = Path(__file__).resolve().parents[2] / "watch" / "samples" / "residents.csv"
HEADER = "code,name,name_kana,district,address,birth_year,consent_date,checkin_days,contact1_name,contact1_relation,"\
         "contact1_email,contact1_phone,contact2_name,contact2_relation,contact2_email,contact2_phone"
GOOD_ROW = "A-1,佐藤 花子,さとう はなこ,古川,大崎市古川1-1,1938,2025-04-01,毎日,佐藤 一郎,長男,ichiro@example.jp,,"\
           "高橋 正,民生委員,,0229-11-2233"


def csv_text(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def test_sample_file_parses_without_errors() -> None:
    residents, errors = parse_residents_csv(SAMPLE.read_text(encoding="utf-8"))
    assert errors == []
    assert len(residents) == 4
    row, first = residents[0]
    assert row == 2 and first.code == "F-0001" and first.checkin_days == [0, 1, 2, 3, 4, 5, 6]
    assert [(c.relation, c.relation_label) for c in first.contacts] == [
        ("family", "長男"), ("volunteer", "民生委員"), ("care_center", "地域包括支援センター")]
    assert residents[1][1].checkin_days == [0, 1, 2, 3, 4]
    assert residents[3][1].checkin_days == [0, 2, 4] and residents[3][1].channel == "web_chat"
    assert [(r.phone, r.escalation_profile) for _, r in residents] == [
        ("0229-24-1111", None), ("0229-24-2222", "gentle"), ("0229-56-1234", "same_day"), (None, None)]
    assert residents[1][1].contacts[2].relation == "neighbour"  # 近所の協力員
    assert residents[2][1].contacts[2].relation == "key_holder"  # 鍵の預かり人


def test_row_level_errors_name_row_column_and_reason() -> None:
    text = csv_text(
        GOOD_ROW,
        "A-2,鈴木,すずき,古川,住所,18xx,2025-04-01,毎日,鈴木 娘,長女,not-an-email,,,,,",
        "A-3,伊藤,いとう,古川,住所,1940,2025-13-01,日曜だけ,伊藤 子,次男,,,,,,",
        "A-1,田中,たなか,古川,住所,1940,2025-04-01,,,,,,,,,",
    )
    residents, errors = parse_residents_csv(text)
    found = {(e.row, e.column) for e in errors}
    assert (3, "birth_year") in found
    assert (3, "contact1_email") in found
    assert (4, "consent_date") in found
    assert (4, "checkin_days") in found
    assert (4, "contact1") in found  # a contact without email or phone
    assert (5, "code") in found  # duplicate of row 2
    reasons = {(e.row, e.column): e.reason for e in errors}
    assert "duplicate code" in reasons[(5, "code")] and "row 2" in reasons[(5, "code")]
    assert "email or a phone" in reasons[(4, "contact1")]
    assert [row for row, _ in residents] == [2]


def test_header_problems_are_reported_on_row_1() -> None:
    _, errors = parse_residents_csv("name,address,favourite_food,contact11_name\nx,y,z,w\n")
    found = {(e.row, e.column, e.reason) for e in errors}
    assert (1, "favourite_food", "unknown column") in found
    assert (1, "name_kana", "required column is missing") in found
    assert any(e.column == "contact11_name" for e in errors)


def test_day_and_relation_parsing() -> None:
    assert parse_days("") == list(range(7))
    assert parse_days("月水金") == [0, 2, 4]
    assert parse_days("月・水・金曜日") == [0, 2, 4]
    assert parse_days("sat, sun") == [5, 6]
    assert parse_days("0,6") == [0, 6]
    with pytest.raises(ValueError):
        parse_days("weekends")
    assert parse_relation("民生委員") == ("volunteer", "民生委員")
    assert parse_relation("古川地域包括支援センター")[0] == "care_center"
    assert parse_relation("長女") == ("family", "長女")
    assert parse_relation("近所の協力員") == ("neighbour", "近所の協力員")
    assert parse_relation("鍵の預かり人") == ("key_holder", "鍵の預かり人")
    assert parse_relation("key_holder")[0] == "key_holder" and parse_relation("neighbour")[0] == "neighbour"
    assert parse_profile("") is None and parse_profile("ゆるやか") == "gentle" and parse_profile("当日") == "same_day"
    assert parse_profile(" GENTLE ") == "gentle"
    with pytest.raises(ValueError):
        parse_profile("weekly")


def count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_import_is_all_or_nothing(db: Database) -> None:
    bad = csv_text(GOOD_ROW, "A-2,鈴木,すずき,古川,住所,1940,2025-04-01,毎日,,,,,,,,",
                   "A-3,,いとう,古川,x,1940,2025-04-01,,,,,,,,,")
    with pytest.raises(CsvImportError) as raised, db.sessions() as session, session.begin():
        import_residents_csv(session, data=bad.encode("utf-8"))
    assert [(e.row, e.column) for e in raised.value.errors] == [(4, "name")]
    assert count(db, Resident) == 0 and count(db, Contact) == 0

    with db.sessions() as session, session.begin():
        result = import_residents_csv(session, data=SAMPLE.read_bytes())
    assert result.created == 4 and count(db, Resident) == 4 and count(db, Contact) == 11

    # Importing the same file again: every code already exists; nothing is added.
    with pytest.raises(CsvImportError) as again, db.sessions() as session, session.begin():
        import_residents_csv(session, data=SAMPLE.read_bytes())
    assert {e.column for e in again.value.errors} == {"code"} and len(again.value.errors) == 4
    assert count(db, Resident) == 4


def test_import_accepts_a_bom_and_rejects_other_encodings(db: Database) -> None:
    with db.sessions() as session, session.begin():
        assert import_residents_csv(session, data=b"\xef\xbb\xbf" + csv_text(GOOD_ROW).encode()).created == 1
    with pytest.raises(CsvImportError) as raised, db.sessions() as session, session.begin():
        import_residents_csv(session, data=csv_text(GOOD_ROW.replace("A-1", "A-9")).encode("shift_jis"))
    assert "UTF-8" in raised.value.errors[0].reason


def test_a_contact_without_a_usable_channel_is_flagged_at_import(db: Database) -> None:
    with db.sessions() as session, session.begin():
        result = import_residents_csv(session, data=csv_text(GOOD_ROW).encode())
    assert result.created == 1
    assert result.unreachable == ["2行目：佐藤 花子様の連絡先「高橋 正」はメールがないため、自動の通知が届きません"
                                  "（電話で連絡してください）。"]
    with db.sessions() as session, session.begin():
        webhook = import_residents_csv(session, data=csv_text(GOOD_ROW.replace("A-1", "A-2")).encode(),
                                       has_webhook=True)
    assert webhook.unreachable == []  # the city's system phones them


def test_the_residents_phone_and_profile_columns_are_imported_and_checked(db: Database) -> None:
    header = HEADER + ",phone,escalation_profile"
    rows = [GOOD_ROW + ",0229-24-5555,ゆるやか", GOOD_ROW.replace("A-1", "A-2") + ",,",
            GOOD_ROW.replace("A-1", "A-3") + ",0229,weekly"]
    with pytest.raises(CsvImportError) as raised, db.sessions() as session, session.begin():
        import_residents_csv(session, data=csv_text(*rows, header=header).encode())
    assert [(e.row, e.column) for e in raised.value.errors] == [(4, "escalation_profile")]
    with db.sessions() as session, session.begin():
        result = import_residents_csv(session, data=csv_text(*rows[:2], header=header).encode(), has_webhook=True)
    with db.sessions() as session:
        stored = {r.code: (r.phone, r.escalation_profile) for r in session.scalars(select(Resident))}
    assert stored == {"A-1": ("0229-24-5555", "gentle"), "A-2": (None, None)}
    assert result.created == 2


def test_a_contact_with_neither_email_nor_phone_stops_the_import_with_its_cell(db: Database) -> None:
    row = GOOD_ROW.replace(",0229-11-2233", ",")  # 高橋 正 (民生委員): no email, no phone
    with pytest.raises(CsvImportError) as raised, db.sessions() as session, session.begin():
        import_residents_csv(session, data=csv_text(row).encode(), has_webhook=True)
    [error] = raised.value.errors
    assert (error.row, error.column) == (2, "contact2") and "email or a phone" in error.reason
    assert count(db, Resident) == 0
