"""Errors of the safety package."""

from __future__ import annotations

from core.errors import AppError


class SafetyDataError(AppError):
    """The safety data file (numbers, hours, texts) is missing or invalid: the layer cannot start."""

    code = "safety_data_invalid"
    status = 500
