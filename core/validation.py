"""Japanese messages for pydantic validation errors, keyed on the error ``type`` (never its English text)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MESSAGES_BY_TYPE: Mapping[str, str] = {
    "missing": "入力してください。",
    "string_too_short": "入力してください。",
    "string_too_long": "{max_length}文字以内で入力してください。",
    "too_long": "多すぎます（{max_length}件まで）。",
    "too_short": "少なすぎます。",
    "string_type": "文字で入力してください。",
    "string_pattern_mismatch": "形式が正しくありません。",
    "int_parsing": "数字で入力してください。",
    "int_type": "数字で入力してください。",
    "float_parsing": "数字で入力してください。",
    "greater_than_equal": "{ge}以上の値を入力してください。",
    "less_than_equal": "{le}以下の値を入力してください。",
    "greater_than": "{gt}より大きい値を入力してください。",
    "less_than": "{lt}より小さい値を入力してください。",
    "literal_error": "選択肢から選んでください。",
    "enum": "選択肢から選んでください。",
    "bool_parsing": "はい・いいえで選んでください。",
    "date_from_datetime_parsing": "日付の形式が正しくありません（例: 2026-04-01）。",
    "date_parsing": "日付の形式が正しくありません（例: 2026-04-01）。",
    "time_parsing": "時刻の形式が正しくありません（例: 09:30）。",
    "value_error": "{reason}",
    "json_invalid": "送られた内容を読み取れませんでした（JSON の形式が正しくありません）。",
    "model_attributes_type": "送られた内容の形式が正しくありません。",
    "dict_type": "送られた内容の形式が正しくありません。",
    "list_type": "一覧の形式で送ってください。",
    "url_parsing": "URL の形式が正しくありません。",
    "url_scheme": "http または https の URL を入力してください。",
    "extra_forbidden": "使えない項目が含まれています。",
}
FALLBACK_MESSAGE = "入力内容を確かめてください。"


def message_for(error: Mapping[str, Any]) -> str:
    """The Japanese message of one pydantic error dict (``type``, ``ctx``)."""
    template = MESSAGES_BY_TYPE.get(str(error.get("type", "")), FALLBACK_MESSAGE)
    ctx = dict(error.get("ctx") or {})
    if "reason" not in ctx:
        raw = ctx.get("error")
        ctx["reason"] = str(raw) if raw is not None else FALLBACK_MESSAGE
    try:
        return template.format(**ctx)
    except (KeyError, IndexError, ValueError):
        return FALLBACK_MESSAGE


def field_of(error: Mapping[str, Any], *, skip: Iterable[str] = ("body", "query", "path", "header")) -> str:
    """The field a pydantic error is about, as a dotted path without the request part."""
    skipped = set(skip)
    return ".".join(str(part) for part in error.get("loc", ()) if part not in skipped)


def messages_by_field(errors: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The first Japanese message per field (``""`` for errors about the whole input)."""
    result: dict[str, str] = {}
    for error in errors:
        result.setdefault(field_of(error), message_for(error))
    return result
