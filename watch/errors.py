"""Errors of the watch-over module, on the project's one error contract (``core.errors.AppError``).

Each class carries its HTTP status and a Japanese default message for staff, so routes let them pass to the
gateway's handler unchanged; ``detail`` (English) says what exactly went wrong, for developers and logs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.errors import AppError

if TYPE_CHECKING:
    from watch.schemas import CsvRowError


class WatchError(AppError):
    """Base class of every watch-over error."""

    code = "watch_error"
    status = 500
    default_message = "見守りの処理中に問題が起きました。時間をおいて、もう一度お試しください。"


class NotFoundError(WatchError):
    """A resident, device, alert, check-in or quiet period does not exist."""

    code = "not_found"
    status = 404
    default_message = "お探しの情報が見つかりませんでした。すでに削除されたか、番号が違います。"


class InvalidInputError(WatchError):
    """Input that breaks a rule (bad time, overlapping dates, unknown button, missing note...)."""

    code = "invalid_input"
    status = 422
    default_message = "入力内容に誤りがあります。内容を確かめて、もう一度お試しください。"


class ConflictError(WatchError):
    """The operation clashes with the current state (duplicate code, alert already resolved...)."""

    code = "conflict"
    status = 409
    default_message = "現在の状態ではこの操作はできません。画面を更新して、状態を確かめてください。"


class AuthError(WatchError):
    """A device token that does not match its device (WebSocket close code 4401)."""

    code = "unauthorized"
    status = 401
    default_message = "端末の確認ができませんでした。市役所で新しい設定コードをもらって、設定をやり直してください。"


class DeviceRefusedError(WatchError):
    """The token matched, but the device was revoked or its resident is not enrolled any more (close 4403)."""

    code = "device_refused"
    status = 403
    default_message = "この端末は使えなくなりました。市役所にお問い合わせください。"

    def __init__(self, message: str | None = None, *, reason: str, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.reason = reason


class SetupCodeError(WatchError):
    """A tablet setup code (設定コード) that is unknown, already used or expired (one message for all)."""

    code = "setup_code_invalid"
    status = 400
    default_message = "設定コードがちがうか、有効期限が切れています。市役所で新しい設定コードをもらってください。"


class StaffPinError(WatchError):
    """A wrong staff PIN on the tablet's re-setup (職員の暗証番号)."""

    code = "staff_pin_wrong"
    status = 403
    default_message = "暗証番号がちがいます。"


class CsvImportError(WatchError):
    """A CSV import with errors; nothing was imported. ``errors`` lists every bad cell."""

    code = "csv_invalid"
    status = 422
    default_message = "CSV ファイルに問題があります。1件も登録していません。"

    def __init__(self, errors: Sequence[CsvRowError], *, message: str | None = None,
                 detail: str | None = None) -> None:
        super().__init__(message or f"CSV ファイルに{len(errors)}件の問題があります。1件も登録していません。",
                         detail=detail)
        self.errors = list(errors)


class NotificationError(WatchError):
    """Sending an email or webhook failed; ``permanent`` when retrying cannot help (marked failed, not retried)."""

    code = "notification_failed"
    status = 502
    default_message = "通知を送れませんでした。"

    def __init__(self, detail: str, *, permanent: bool = False) -> None:
        super().__init__(detail=detail)
        self.permanent = permanent


class ClassifierUnavailableError(WatchError):
    """The NLU server (Rasa) could not be reached or answered badly."""

    code = "nlu_unavailable"
    status = 503
    default_message = "ただいま回答の読み取りができません。ボタンでお答えください。"
