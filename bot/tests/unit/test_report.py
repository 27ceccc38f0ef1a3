"""Problem report: photo answers, confirmation, field cleaning, payload and messages."""

from __future__ import annotations

import pytest

from bot.actions.report import (
    NO_PHOTO,
    ReportReceipt,
    build_report,
    clean_field,
    clean_what,
    clean_where,
    format_report_failed,
    format_report_filed,
    format_report_summary,
    is_valid_photo_url,
    parse_confirmation,
    parse_photo_answer,
    parse_report_id,
    parse_report_receipt,
    report_filed_payload,
)
from chat.payloads import ReportFiledPayload, parse_payload, to_json_message
from reports.schemas import MAX_LOCATION_CHARS, MAX_WHAT_CHARS


@pytest.mark.parametrize("url", [
    "https://example.com/photo.jpg",
    "http://example.org/a/b.png?size=large",
    "https://photos.example.jp:8443/p/1",
    "http://localhost/x.jpg",
])
def test_valid_urls(url: str) -> None:
    assert is_valid_photo_url(url)
    assert parse_photo_answer(url).kind == "url"


@pytest.mark.parametrize("url", [
    "ftp://example.com/photo.jpg",
    "https://",
    "https://nohost/photo.jpg",
    "https://.example.com/x",
    "https://example.com:99999/x",
    "https://example.com/" + "a" * 3000,
    "",
])
def test_invalid_urls(url: str) -> None:
    assert not is_valid_photo_url(url)


def test_url_inside_a_sentence_is_extracted() -> None:
    answer = parse_photo_answer("写真のURLはhttps://example.com/hole.jpgです")
    assert answer.kind == "url"
    assert answer.url == "https://example.com/hole.jpg"
    assert parse_photo_answer("これです→ｈｔｔｐｓ://example.com/a.jpg").url == "https://example.com/a.jpg"


@pytest.mark.parametrize(
    "text", ["なし", "ありません", "写真はないです", "無し", "いいえ", "ナシ", "No", "none", "不要です"]
)
def test_no_photo_answers(text: str) -> None:
    assert parse_photo_answer(text).kind == "none"


@pytest.mark.parametrize("text", ["あります", "example.com/photo.jpg", "www.example.com", "写真を撮りました", "https://bad"])
def test_unusable_photo_answers(text: str) -> None:
    assert parse_photo_answer(text).kind == "invalid"


def test_button_payloads_use_the_intent() -> None:
    assert parse_confirmation("affirm", "/affirm") is True
    assert parse_confirmation("deny", "/deny") is False
    assert parse_confirmation("greet", "/greet") is None
    # A typed "/affirm{...}" reaches the bot neutralised ("／affirm..."): never taken as the button.
    assert parse_confirmation("affirm", '／affirm{"report_confirmed": "yes"}') is None


def test_the_intent_alone_is_not_trusted() -> None:
    # DIET classifies hesitations as affirm with high confidence; a report must not be sent on "うーん".
    assert parse_confirmation("affirm", "うーん") is None
    assert parse_confirmation("affirm", "えーと") is None
    assert parse_confirmation("affirm", "いいえ") is False


@pytest.mark.parametrize(("text", "expected"), [
    ("はい", True), ("んだ", True), ("お願いします", True), ("OK", True), ("送ってください", True),
    ("オッケー", True), ("了解です", True), ("それでいいです", True), ("んだ、それで頼むっちゃ", True), ("y", True),
    ("いいえ", False), ("やめます", False), ("キャンセルで", False), ("送らないで", False), ("no", False),
    ("いや、やっぱりやめとく", False), ("結構です", False), ("んでねぇ", False), ("違います", False),
    ("そうじゃない", False),
    ("えっと", None), ("うーん", None), ("古川駅の前", None), ("もういいです", None), ("", None),
])
def test_confirmation_by_keywords(text: str, expected: bool | None) -> None:
    assert parse_confirmation("inform", text) is expected


def test_clean_field() -> None:
    assert clean_field("  道路に穴  ", max_chars=500) == "道路に穴"
    assert clean_field("あ", max_chars=500) is None
    assert clean_field("、。!?", max_chars=500) is None
    assert clean_field(None, max_chars=500) is None
    assert clean_field("穴" * 800, max_chars=500) == "穴" * 500


def test_clean_answers_fit_the_gateways_limits() -> None:
    # Finding 10: whatever the form keeps is accepted by reports.schemas (one constant on both ends).
    what, where = clean_what("穴" * 800), clean_where("古川" * 400)
    assert what is not None and where is not None
    assert len(what) == MAX_WHAT_CHARS and len(where) == MAX_LOCATION_CHARS
    report = build_report(what, where, NO_PHOTO, "abc")
    assert report.where == where and report.what == what


def test_report() -> None:
    assert build_report("穴", "駅前", NO_PHOTO, "abc").model_dump(mode="json") == {
        "what": "穴", "where": "駅前", "photo_url": None, "session_id": "abc"}
    assert str(build_report("穴", "駅前", "https://example.com/p.jpg", "abc").photo_url) == (
        "https://example.com/p.jpg")
    assert build_report("穴", "駅前", None, "abc").photo_url is None


@pytest.mark.parametrize(("body", "expected"), [
    ({"id": "R-2026-0001"}, "R-2026-0001"), ({"id": 42}, "42"), ({"id": ""}, None), ({"id": None}, None),
    ({"id": True}, None), ({"id": [1]}, None), ({}, None), ([], None), ("R-1", None),
])
def test_parse_report_id(body: object, expected: str | None) -> None:
    assert parse_report_id(body) == expected


def test_messages() -> None:
    summary = format_report_summary("道路に穴", "古川駅前", NO_PHOTO)
    assert "・内容: 道路に穴" in summary and "・場所: 古川駅前" in summary and "・写真: なし" in summary
    assert "https://example.com/p.jpg" in format_report_summary("穴", "駅", "https://example.com/p.jpg")
    assert "R-7" in format_report_filed("R-7")
    failed = format_report_failed("大崎市役所 総合窓口", "0229-23-5091")
    assert "申し訳ありません" in failed and "0229-23-5091" in failed


STATUS_URL = "https://osaki.example.jp/reports/status/R-2026-000123?token=t0k3n_-x"


@pytest.mark.parametrize(("body", "expected"), [
    ({"id": "R-2026-000123", "number": "R-2026-000123", "status_url": STATUS_URL},
     ReportReceipt("R-2026-000123", STATUS_URL)),
    ({"id": "R-7"}, ReportReceipt("R-7")),  # an older gateway: the number only
    ({"id": 7, "status_url": None}, ReportReceipt("7")),
    ({"number": "R-1", "status_url": "javascript:alert(1)"}, ReportReceipt("R-1")),
    ({"number": "R-1", "status_url": "https://x.example/a b"}, ReportReceipt("R-1")),
    ({"number": "R-1", "status_url": "https://x.example/" + "a" * 2100}, ReportReceipt("R-1")),
    ({"status_url": STATUS_URL}, None), ({"id": ""}, None), ([], None), ("R-1", None),
])
def test_parse_report_receipt(body: object, expected: ReportReceipt | None) -> None:
    assert parse_report_receipt(body) == expected


def test_report_filed_payload_carries_the_number_and_private_link() -> None:
    message = to_json_message(report_filed_payload(ReportReceipt("R-2026-000123", STATUS_URL)))
    assert message == {"type": "report_filed", "id": "R-2026-000123", "number": "R-2026-000123",
                       "status_url": STATUS_URL}
    parsed = parse_payload(message)  # what the chat reads
    assert isinstance(parsed, ReportFiledPayload) and parsed.status_url == STATUS_URL
    assert to_json_message(report_filed_payload(ReportReceipt("R-7"))) == {
        "type": "report_filed", "id": "R-7", "number": "R-7"}


def test_filed_text_mentions_the_private_link_only_when_there_is_one() -> None:
    with_link = format_report_filed("R-2026-000123", status_url=STATUS_URL)
    assert "「R-2026-000123」" in with_link and "ご本人専用" in with_link
    assert STATUS_URL not in with_link  # the link itself is a button of the chat, not text
    assert "ご本人専用" not in format_report_filed("R-2026-000123")
