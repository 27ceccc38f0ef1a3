"""The data file a city edits: it loads, cites sources, and bad files fail clearly."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest

from safety.data_file import DEFAULT_DATA_FILE, OpenWindow, default_safety_data, load_safety_data
from safety.errors import SafetyDataError


def test_shipped_file_has_the_miyagi_numbers() -> None:
    data = default_safety_data()
    assert data.lines["adult_medical"].number == "#7119"
    assert data.lines["adult_medical"].alt_number == "022-706-7119"
    assert data.lines["child_night"].number == "#8000"
    assert data.lines["child_night"].alt_number == "022-212-9390"
    assert data.lines["police_consultation"].number == "#9110"
    assert data.lines["consumer"].number == "188"
    assert all(line.sources for line in data.lines.values())


def test_window_crossing_midnight() -> None:
    window = OpenWindow.model_validate({"from": "19:00", "until": "08:00"})
    assert window.contains(time(23, 0)) and window.contains(time(7, 59))
    assert not window.contains(time(8, 0)) and not window.contains(time(18, 59))


def test_line_without_windows_is_always_open() -> None:
    assert default_safety_data().lines["adult_medical"].is_open(datetime(2026, 1, 1, 12, 0))


def test_invalid_file_raises_a_safety_data_error(tmp_path: Path) -> None:
    broken = tmp_path / "safety.yaml"
    broken.write_text(DEFAULT_DATA_FILE.read_text(encoding="utf-8").replace('number: "119"', 'number: "one"'),
                      encoding="utf-8")
    with pytest.raises(SafetyDataError) as caught:
        load_safety_data(broken)
    assert "invalid" in caught.value.detail and caught.value.status == 500


def test_missing_file_raises_a_safety_data_error(tmp_path: Path) -> None:
    with pytest.raises(SafetyDataError):
        load_safety_data(tmp_path / "none.yaml")


def test_a_city_can_change_a_number(tmp_path: Path) -> None:
    edited = tmp_path / "safety.yaml"
    edited.write_text(DEFAULT_DATA_FILE.read_text(encoding="utf-8").replace("022-706-7119", "022-000-0000"),
                      encoding="utf-8")
    assert load_safety_data(edited).lines["adult_medical"].alt_number == "022-000-0000"
