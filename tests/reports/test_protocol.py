"""The committed reports protocol schema equals the one generated from the shared models."""

from __future__ import annotations

from pathlib import Path

from reports.protocol import SCHEMA_PATH, main, schema_text


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: .venv/bin/python -m reports.protocol"
    )


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "s.json"
    stale.write_text("{}", encoding="utf-8")
    assert main([str(stale), "--check"]) == 1
    assert main([str(stale)]) == 0 and main([str(stale), "--check"]) == 0


def test_an_older_payload_stays_the_same_on_the_wire() -> None:
    from reports.schemas import ReportCreate

    old = ReportCreate(what="穴", where="駅", session_id="s1").model_dump(mode="json")
    assert old == {"what": "穴", "where": "駅", "photo_url": None, "session_id": "s1"}
    new = ReportCreate(what="穴", where="駅", category="road_damage", latitude=38.57, longitude=140.95)
    assert ReportCreate.model_validate(new.model_dump(mode="json")) == new
