"""Errors of the voice package (all derive from core.errors.AppError; messages in Japanese)."""

from __future__ import annotations

from core.errors import AppError, InvalidRequestError, PayloadTooLargeError, ServiceUnavailableError


class VoiceError(AppError):
    """Root of the voice package's errors."""

    code = "voice_error"
    status = 500
    default_message = "音声の処理中に問題が起きました。もう一度お試しください。"


class NotAudioError(VoiceError, InvalidRequestError):
    """The bytes sent are not audio this service reads."""

    code = "not_audio"
    status = 415
    default_message = "音声データを読み取れませんでした。WAV形式の音声を送ってください。"


class BadSampleRateError(VoiceError, InvalidRequestError):
    """A sample rate outside what the recognisers accept."""

    code = "bad_sample_rate"
    status = 422
    default_message = "音声のサンプリング周波数が対応していません。8000から48000ヘルツの音声を送ってください。"


class BadConfigError(VoiceError, InvalidRequestError):
    """A configuration or control message that breaks the protocol."""

    code = "bad_config"
    status = 422
    default_message = "設定メッセージの形式が正しくありません。"


class AudioTooLongError(VoiceError, PayloadTooLargeError):
    """Audio longer than the limit, or a body over the size limit."""

    code = "audio_too_long"
    status = 413
    default_message = "音声が長すぎます。60秒以内で、もう一度お話しください。"


class TextTooLongError(VoiceError, PayloadTooLargeError):
    """Text to speak over the limit."""

    code = "text_too_long"
    status = 413
    default_message = "読み上げる文章が長すぎます。短くしてから、もう一度お試しください。"


class TooManyStreamsError(VoiceError):
    """The client already has as many recognition streams open as allowed."""

    code = "too_many_streams"
    status = 429
    default_message = "同時に使える音声の接続数を超えました。ほかの画面を閉じてから、もう一度お試しください。"


class StreamTimeoutError(VoiceError):
    """The client stopped sending in the middle of a stream."""

    code = "stream_timeout"
    status = 408
    default_message = "音声が途中で届かなくなりました。もう一度お話しください。"


class ModelMissingError(VoiceError, ServiceUnavailableError):
    """A speech model folder that is not installed."""

    code = "voice_model_missing"
    status = 503
    default_message = "音声認識の準備ができていません。管理者にお問い合わせください。"


class EngineUnavailableError(VoiceError, ServiceUnavailableError):
    """The recogniser or the voice is not loaded or not reachable."""

    code = "voice_unavailable"
    status = 503
    default_message = "ただいま音声が使えません。文字でのご利用をお願いします。"
