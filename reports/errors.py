"""Errors of citizen reports, on the project's one error contract (core.errors.AppError)."""

from __future__ import annotations

from core.errors import AppError, InvalidRequestError, NotFoundError, PayloadTooLargeError, UnauthorizedError


class ReportsError(AppError):
    """Base of every reports error."""

    code = "reports_error"


class InternalTokenError(ReportsError, UnauthorizedError):
    """A call to /internal/reports without the right X-Internal-Token."""

    code = "unauthorized"
    status = 401
    default_message = "認証が必要です。"


class InvalidReportError(ReportsError, InvalidRequestError):
    """A report that breaks a rule (unknown category, position outside the city, missing place...)."""

    code = "invalid_report"
    status = 422
    default_message = "入力内容に誤りがあります。内容を確かめて、もう一度お送りください。"


class InvalidPhotoError(ReportsError, InvalidRequestError):
    """A file that is not a JPEG/PNG/HEIC image, or one that cannot be decoded."""

    code = "invalid_photo"
    status = 415
    default_message = "写真を読み取れませんでした。JPEG・PNG・HEIC の写真を選んでください。"


class PhotoTooLargeError(ReportsError, PayloadTooLargeError):
    """A photo over the byte or pixel limit (a decompression bomb included), or too many photos."""

    code = "photo_too_large"
    status = 413
    default_message = "写真が大きすぎます。小さい写真を選んでください。"


class TooManyPhotosError(ReportsError, InvalidRequestError):
    """More photos than REPORTS_MAX_PHOTOS."""

    code = "too_many_photos"
    status = 422
    default_message = "写真の枚数が多すぎます。"


class ReportNotFoundError(ReportsError, NotFoundError):
    """No report with this number, or the status link's token does not match (the same answer for both)."""

    code = "report_not_found"
    status = 404
    default_message = "受付番号が見つかりませんでした。番号とリンクをお確かめください。"


class StatusChangeError(ReportsError, InvalidRequestError):
    """An unknown status, or a move the workflow does not allow."""

    code = "invalid_status"
    status = 422
    default_message = "この状態には変更できません。"


class ReportStorageError(ReportsError):
    """The database refused the report (nothing of it was kept)."""

    code = "report_not_stored"
    status = 500
    default_message = (
        "申し訳ありません。報告を保存できませんでした。時間をおいて、もう一度お試しください。"
    )
