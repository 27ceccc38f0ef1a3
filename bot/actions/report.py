"""Problem reports (道路の穴, 不法投棄, 街灯, 倒木): answer parsing, validation, payload and messages."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from chat.payloads import BUTTON_PAYLOADS, ReportFiledPayload
from reports.schemas import MAX_LOCATION_CHARS, MAX_WHAT_CHARS, ReportCreate

NO_PHOTO = "なし"  # slot value meaning "the citizen has no photo"
MIN_FIELD_CHARS = 2  # shortest useful description / place (after removing punctuation)
MAX_URL_CHARS = 2048
# URL characters of RFC 3986 (ASCII only, so a Japanese word right after the URL is not part of it)
URL_PATTERN = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+", re.IGNORECASE)
# Answers meaning "no photo" (matched inside the NFKC-normalized, lower-cased answer)
NO_PHOTO_MARKERS: tuple[str, ...] = (
    "なし", "無し", "ない", "無い", "ありません", "ございません", "いらない", "不要", "結構", "けっこう",
    "いいえ", "ナシ", "ノー", "スキップ", "none", "no", "skip", "n/a",
)
# Confirmation answers, matched on the NFKC-normalized, lower-cased text. The classifier's intent is NOT
# trusted here (DIET is confidently wrong on hesitations such as "うーん"), except for button payloads.
AFFIRM_PREFIXES: tuple[str, ...] = (
    "はい", "ええ", "うん", "んだ", "そう", "お願", "おねが", "送信", "送って", "ok", "yes", "オッケー",
    "オーケー", "了解", "りょうかい", "いいよ", "いいです", "合って", "あって", "間違いない", "よろしく", "それで",
    "頼む", "たのむ",
)
AFFIRM_EXACT: tuple[str, ...] = ("y", "うむ")
DENY_PREFIXES: tuple[str, ...] = (
    "いいえ", "いえ", "いや", "いんや", "やめ", "だめ", "ダメ", "違", "ちが", "no", "んでね", "結構です",
    "けっこうです", "いらな", "不要", "まだ", "キャンセル",
)
DENY_WORDS: tuple[str, ...] = (
    "取り消", "とりけし", "キャンセル", "送らない", "送らなくて", "送信しない", "やめて", "やめる", "やめます",
    "やめとく", "じゃない", "ではない", "じゃねえ",
)
DENY_EXACT: tuple[str, ...] = ("n",)
PUNCTUATION = re.compile(r"[\s、。,.!?！？・…〜~ー-]+")


@dataclass(frozen=True)
class PhotoAnswer:
    """The citizen's answer to "do you have a photo URL?"."""

    kind: Literal["url", "none", "invalid"]
    url: str | None = None


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def is_valid_photo_url(url: str) -> bool:
    """An absolute http(s) URL with a host name (a dot or localhost), no spaces, at most 2048 chars."""
    if not url or len(url) > MAX_URL_CHARS or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and ("." in host or host == "localhost") and not host.startswith(".")


def parse_photo_answer(text: str) -> PhotoAnswer:
    """A photo URL found in the answer, an explicit "no photo" (なし, ありません ...), or invalid."""
    normalized = unicodedata.normalize("NFKC", text or "").strip()
    match = URL_PATTERN.search(normalized)
    if match:
        url = match.group(0).rstrip(".,)")
        return PhotoAnswer("url", url) if is_valid_photo_url(url) else PhotoAnswer("invalid")
    lowered = normalized.lower()
    words = set(re.findall(r"[a-z/]+", lowered))
    for marker in NO_PHOTO_MARKERS:
        if (marker.isascii() and marker in words) or (not marker.isascii() and marker in lowered):
            return PhotoAnswer("none")
    return PhotoAnswer("invalid")


def parse_confirmation(intent: str | None, text: str) -> bool | None:
    """True to send, False to cancel, None when the answer is neither yes nor no (then ask again)."""
    normalized = _normalize(text)
    if text.strip() in BUTTON_PAYLOADS:  # the bot's own buttons carry the intent explicitly
        return {"affirm": True, "deny": False}.get(intent or "")
    # Deny first: "いいえ" starts like "いい", "送らない" contains "送".
    if normalized in DENY_EXACT or normalized.startswith(DENY_PREFIXES) or any(w in normalized for w in DENY_WORDS):
        return False
    if normalized in AFFIRM_EXACT or normalized.startswith(AFFIRM_PREFIXES):
        return True
    return None


def clean_field(text: str | None, *, max_chars: int) -> str | None:
    """A description or place as typed (trimmed, cut to ``max_chars``), or None when too short to use."""
    value = (text or "").strip()
    if len(PUNCTUATION.sub("", value)) < MIN_FIELD_CHARS:
        return None
    return value[:max_chars].strip()


def clean_what(text: str | None) -> str | None:
    """What is wrong, within the gateway's limit (reports.schemas.MAX_WHAT_CHARS)."""
    return clean_field(text, max_chars=MAX_WHAT_CHARS)


def clean_where(text: str | None) -> str | None:
    """Where, within the gateway's limit (reports.schemas.MAX_LOCATION_CHARS)."""
    return clean_field(text, max_chars=MAX_LOCATION_CHARS)


def build_report(what: str, where: str, photo: str | None, session_id: str) -> ReportCreate:
    """The report POSTed to the gateway's /internal/reports (raises pydantic's ValidationError if unusable)."""
    photo_url = photo if photo and photo != NO_PHOTO else None
    return ReportCreate.model_validate({"what": what, "where": where, "photo_url": photo_url, "session_id": session_id})


def parse_report_id(body: object) -> str | None:
    """The report number from the gateway's answer ({"id": ...}), or None if it is missing or empty."""
    if not isinstance(body, dict):
        return None
    value = body.get("id")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | str):
        text = str(value).strip()
        return text or None
    return None


@dataclass(frozen=True)
class ReportReceipt:
    """What the gateway answers to a filed report: the receipt number and the private status link (or None)."""

    number: str
    status_url: str | None = None


def parse_report_receipt(body: object) -> ReportReceipt | None:
    """The receipt from the gateway's answer ({"id", "number", "status_url"}); None without a number. A status
    link that is not an http(s) URL without spaces is dropped (the number alone is still a receipt)."""
    if not isinstance(body, dict):
        return None
    number = parse_report_id({"id": body.get("number") or body.get("id")})
    if number is None:
        return None
    url = body.get("status_url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")) or len(url) > MAX_URL_CHARS \
            or any(c.isspace() for c in url):
        url = None
    return ReportReceipt(number=number, status_url=url)


def report_filed_payload(receipt: ReportReceipt) -> ReportFiledPayload:
    """The typed custom payload the chat reads (chat.payloads): the number and the private status link."""
    return ReportFiledPayload(id=receipt.number, number=receipt.number, status_url=receipt.status_url)


def format_report_summary(what: str | None, where: str | None, photo: str | None) -> str:
    """The confirmation question listing what will be sent."""
    photo_text = photo if photo and photo != NO_PHOTO else "なし"
    return (
        "次の内容で市に通報します。よろしいですか?\n"
        f"・内容: {what or '(未入力)'}\n"
        f"・場所: {where or '(未入力)'}\n"
        f"・写真: {photo_text}\n"
        "「はい」か「いいえ」でお答えください。"
    )


def format_report_filed(report_id: str, *, status_url: str | None = None) -> str:
    """Thanks and the report number (and, with a private status link, how to follow the report)."""
    text = (
        f"通報を受け付けました。受付番号は「{report_id}」です。\n"
        "担当課で内容を確認し、対応いたします。ご協力ありがとうございました。"
    )
    if status_url:
        text += (
            "\n下のリンクから、対応の状況をいつでもご覧いただけます。"
            "このリンクはご本人専用です。ほかの方には教えないでください。"
        )
    return text


def format_report_failed(contact_name: str, contact_phone: str) -> str:
    """Apology when the report could not be filed, with the phone number to call instead."""
    return (
        "申し訳ありません。ただいま通報を受け付けることができませんでした。\n"
        f"お手数ですが、{contact_name}({contact_phone})までお電話でお知らせください。"
    )


REPORT_CANCELLED_TEXT = "通報を取り消しました。また何かありましたらお知らせください。"
INVALID_PHOTO_TEXT = (
    "URLの形式が正しくないようです。https:// で始まるURLを入力するか、写真がなければ「なし」とお答えください。"
)
INVALID_WHAT_TEXT = "恐れ入りますが、どのような状態か、もう少し詳しく教えてください。"
INVALID_WHERE_TEXT = "恐れ入りますが、場所(住所や目印になる建物など)をもう少し詳しく教えてください。"
INVALID_CONFIRM_TEXT = "恐れ入りますが、送信してよろしければ「はい」、やめる場合は「いいえ」とお答えください。"
