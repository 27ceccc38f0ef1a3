"""History lines in plain Japanese (staff.templating.plain_detail)."""

from __future__ import annotations

from staff.templating import plain_detail


def test_an_update_names_the_changed_fields_in_japanese() -> None:
    assert plain_detail("updated", "checkin_time") == "確認の時刻を変更"
    assert plain_detail("updated", "phone, note") == "電話番号、メモを変更"
    assert plain_detail("updated", "contacts") == "連絡先を変更"


def test_enrolment_and_quiet_periods_read_as_japanese() -> None:
    assert plain_detail("enrolled", "consent 2026-04-01") == "同意日 2026-04-01"
    assert plain_detail("quiet_added", "2026-08-01..2026-08-03 入院") == "2026-08-01〜2026-08-03 入院"
    assert plain_detail("quiet_removed", "2026-08-01..2026-08-03") == "2026-08-01〜2026-08-03"


def test_a_re_ask_reason_and_an_unknown_detail() -> None:
    assert plain_detail("reasked", "no answer") == "応答がないため、もう一度たずねました"
    assert plain_detail("note", "自由記述") == "自由記述"
