"""Report store functions on a real SQLite database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from reports.schemas import ReportCreate
from reports.store import count_reports, create_report, list_reports, session_ref, to_public
from storage.database import open_database


def test_create_list_and_public_view(tmp_path: Path) -> None:
    database = open_database(url=f"sqlite:///{tmp_path / 'r.db'}")
    with database.sessions() as session, session.begin():
        first = create_report(session, report=ReportCreate(what=" 道路の穴 ", where="古川駅前", session_id="abc.def"))
        create_report(session, report=ReportCreate(what="街灯", where="鳴子", photo_url="https://example.org/a.jpg"))
        assert first.id == 1
    with database.sessions() as session:
        rows = list_reports(session)
        assert [r.what for r in rows] == ["街灯", "道路の穴"]  # newest first, stripped
        assert count_reports(session) == 2 and count_reports(session, status="done") == 0
        public = to_public(rows[0])
        assert public.where == "鳴子" and public.photo_url == "https://example.org/a.jpg" and public.status == "new"
        assert rows[1].session_ref == session_ref("abc.def") and "abc" not in (rows[1].session_ref or "")
    database.close()


@pytest.mark.parametrize("fields", [{"what": "", "where": "x"}, {"what": "x", "where": "  "},
                                    {"what": "x", "where": "y", "photo_url": "javascript:alert(1)"}])
def test_bad_reports_are_refused(fields: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        ReportCreate(**fields)  # type: ignore[arg-type]
