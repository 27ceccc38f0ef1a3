"""Errors of the satellite registry (on the watch error base: Japanese messages, HTTP status)."""

from __future__ import annotations

from watch.errors import InvalidInputError, NotFoundError


class SatelliteNotFoundError(NotFoundError):
    """A satellite (or the resident it should belong to) that is not registered."""

    code = "satellite_not_found"
    default_message = "スピーカーが見つかりませんでした。番号を確かめてください。"


class SatelliteInvalidError(InvalidInputError):
    """A satellite registration that breaks a rule (bad URI, no district, URI already registered)."""

    code = "satellite_invalid"
    default_message = "スピーカーの登録内容に誤りがあります。内容を確かめて、もう一度お試しください。"
