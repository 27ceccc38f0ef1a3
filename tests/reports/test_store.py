"""Report store functions on a real SQLite database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from reports.errors import InvalidReportError, ReportNotFoundError
from reports.schemas import ReportCreate
from reports.store import (
    by_number_and_token,
    count_reports,
    create_report,
    list_reports,
    new_status_token,
    session_ref,
    status_view,
    to_public,
)
from storage.database import open_database


def test_create_list_and_public_view(tmp_path: Path) -> None:
    database = open_database(url=f"sqlite:///{tmp_path / 'r.db'}")
    now = datetime(2026, 12, 31, 16, 0, tzinfo=UTC)  # already 2027 in Japan
    token = new_status_token()
    with database.sessions() as session, session.begin():
        first = create_report(session, report=ReportCreate(what=" 道路の穴 ", where="古川駅前", session_id="abc.def"),
                              now=now, status_token=token)
        create_report(session, report=ReportCreate(what="街灯", where="鳴子", photo_url="https://example.org/a.jpg",
                                                   category="street_light", latitude=38.7405, longitude=140.713))
        assert first.id == 1 and first.number == "R-2027-000001" and first.department == "総合窓口"
    with database.sessions() as session:
        rows = list_reports(session)
        assert [r.what for r in rows] == ["街灯", "道路の穴"]  # newest first, stripped
        assert count_reports(session) == 2 and count_reports(session, status="done") == 0
        assert count_reports(session, district="鳴子温泉") == 1 and count_reports(session, category="other") == 1
        assert count_reports(session, districts=["古川"]) == 1  # the one without a district is everyone's
        public = to_public(rows[0])
        assert public.where == "鳴子" and public.district == "鳴子温泉" and public.department == "道路課"
        assert public.status == "received"
        assert rows[1].session_ref == session_ref("abc.def") and "abc" not in (rows[1].session_ref or "")
        assert rows[1].token_hash and token not in rows[1].token_hash
        view = status_view(session, row=by_number_and_token(session, number="R-2027-000001", token=token))
        assert view.status_label == "受付" and view.history[0].note
        with pytest.raises(ReportNotFoundError):
            by_number_and_token(session, number="R-2027-000001", token=token[:-1])
        with pytest.raises(ReportNotFoundError):  # a report without a link cannot be opened by any token
            by_number_and_token(session, number=rows[0].number or "", token="")
    database.close()


@pytest.mark.parametrize(("fields", "message"), [
    ({"category": "ufo"}, "種類は次から選んでください"),
    ({"latitude": 35.68, "longitude": 139.77}, "大崎市の外"),
    ({"latitude": 38.57}, "位置情報が正しくありません"),
])
def test_bad_reports_are_refused_by_the_store(tmp_path: Path, fields: dict[str, object], message: str) -> None:
    database = open_database(url=f"sqlite:///{tmp_path / 'r.db'}")
    with database.sessions() as session, session.begin(), pytest.raises(InvalidReportError) as caught:
        create_report(session, report=ReportCreate(what="穴", where="駅", **fields))
    assert message in caught.value.message
    database.close()


@pytest.mark.parametrize("fields", [{"what": "", "where": "x"}, {"what": "x", "where": "  "},
                                    {"what": "x", "where": "y", "photo_url": "javascript:alert(1)"}])
def test_bad_reports_are_refused(fields: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        ReportCreate(**fields)
