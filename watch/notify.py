"""Senders of outbox messages: email over SMTP and a signed JSON webhook, behind one small Protocol."""

from __future__ import annotations

import hashlib
import hmac
import smtplib
import ssl
import time
from collections.abc import Callable
from email.errors import MessageError
from email.message import EmailMessage
from email.utils import formatdate
from typing import Protocol

import httpx

from watch.errors import NotificationError
from watch.models import CHANNEL_EMAIL, CHANNEL_WEBHOOK
from watch.outbox import ClaimedMessage
from watch.settings import WatchSettings

SIGNATURE_HEADER = "X-Osaki-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
IDLE_PROBE_S = 5.0  # seconds of idleness after which a reused SMTP connection is probed with NOOP


Hook = Callable[[], None]


class Sender(Protocol):
    """Delivers one claimed message or raises NotificationError (``permanent`` when retrying cannot help).

    ``before_commit`` (optional) is called at most once, right before the point of no return: before the bytes
    after which the receiver may accept the message (the SMTP DATA payload). The worker uses it to prepare the
    "sent" mark, so that only a commit remains to do once the receiver says yes. A sender may skip it (the
    webhook does): the mark is then prepared after the receiver's answer.
    """

    def send(self, message: ClaimedMessage, *, before_commit: Hook | None = None) -> None:
        """Deliver the message."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def sign(secret: str, body: bytes) -> str:
    """The signature header value: ``sha256=<hex HMAC-SHA256 of the body>``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def message_id(idempotency_key: str, sender: str) -> str:
    """A stable Message-ID derived from the outbox key (the same notification always has the same id)."""
    domain = sender.rsplit("@", 1)[-1] or "localhost"
    return f"<{hashlib.sha256(idempotency_key.encode('utf-8')).hexdigest()[:40]}@{domain}>"


def build_email(message: ClaimedMessage, settings: WatchSettings) -> EmailMessage:
    """The MIME message of an outbox email (UTF-8 text)."""
    mail = EmailMessage()
    mail["From"] = settings.smtp_from
    mail["To"] = message.recipient
    mail["Subject"] = message.subject
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = message_id(message.idempotency_key, settings.smtp_from)
    mail["X-Osaki-Idempotency-Key"] = message.idempotency_key
    mail.set_content(message.body, charset="utf-8")
    return mail


class HookedSMTP(smtplib.SMTP):
    """smtplib.SMTP that calls ``before_payload`` right before the DATA payload (message + terminator) goes out.

    smtplib sends the whole payload, ending with CRLF.CRLF, in one ``send`` call after the server's 354; no
    command ends that way, so the hook runs exactly before the bytes after which the server may accept.
    """

    before_payload: Hook | None = None

    def send(self, s: bytes | str) -> None:  # type: ignore[override]
        """Send raw bytes (calling the one-shot hook first when they are the DATA payload)."""
        hook = self.before_payload
        if hook is not None and isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.before_payload = None
            hook()
        super().send(s)


class SmtpSender:
    """Sends emails over one reused SMTP connection (STARTTLS and login when configured)."""

    def __init__(self, settings: WatchSettings) -> None:
        self._settings = settings
        self._smtp: HookedSMTP | None = None
        self._last_used = 0.0

    def _connect(self) -> HookedSMTP:
        settings = self._settings
        if not settings.smtp_host:
            raise NotificationError("WATCH_SMTP_HOST is not set")
        smtp = HookedSMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_s)
        if settings.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password)
        return smtp

    def send(self, message: ClaimedMessage, *, before_commit: Hook | None = None) -> None:
        """Send one email; a message that cannot be built (e.g. a line break in a header) or a 5xx refusal of the
        recipient or content is permanent, anything else is retried."""
        try:
            mail = build_email(message, self._settings)
        except (ValueError, TypeError, MessageError) as err:
            raise NotificationError(f"the email cannot be built: {err}", permanent=True) from err
        self._drop_if_stale()
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            self._smtp.before_payload = before_commit
            try:
                self._smtp.send_message(mail)
            finally:
                self._smtp.before_payload = None
            self._last_used = time.monotonic()
        except smtplib.SMTPRecipientsRefused as err:
            self.close()
            codes = [code for code, _ in err.recipients.values()]
            raise NotificationError(f"recipient refused: {err.recipients}",
                                    permanent=all(code >= 500 for code in codes)) from err
        except smtplib.SMTPResponseException as err:
            self.close()
            raise NotificationError(f"SMTP {err.smtp_code}: {err.smtp_error!r}",
                                    permanent=err.smtp_code >= 500 and err.smtp_code not in (503, 530, 535)) from err
        except (smtplib.SMTPException, OSError) as err:
            self.close()
            raise NotificationError(f"SMTP failure: {err}") from err
        except BaseException:
            # The hook failed (database trouble) in the middle of DATA: drop the socket without QUIT, so the
            # server discards the half-sent message; the row is retried after its lease.
            self._abandon()
            raise

    def _abandon(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def _drop_if_stale(self) -> None:
        # An idle connection may have been closed by the server: probe it so a dead one is replaced before the
        # message is sent (not after a confusing failure and a retry delay).
        if self._smtp is None or time.monotonic() - self._last_used < IDLE_PROBE_S:
            return
        try:
            self._smtp.noop()
        except (smtplib.SMTPException, OSError):
            self._smtp.close()
            self._smtp = None

    def close(self) -> None:
        """Quit the connection (ignoring errors: the server may be gone)."""
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None


class WebhookSender:
    """POSTs the stored JSON body, signed with HMAC-SHA256; every failure is retried (never given up)."""

    def __init__(self, settings: WatchSettings, client: httpx.Client | None = None) -> None:
        self._secret = settings.webhook_secret
        self._client = client or httpx.Client(timeout=settings.webhook_timeout_s)

    def send(self, message: ClaimedMessage, *, before_commit: Hook | None = None) -> None:
        """Send the webhook; a 2xx answer is success.

        ``before_commit`` is not called: the receiver deduplicates on the ``Idempotency-Key`` header, and the
        worker's batches must not wait for a whole HTTP exchange (the mark is prepared after the answer instead).
        """
        body = message.body.encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8", SIGNATURE_HEADER: sign(self._secret, body),
                   IDEMPOTENCY_HEADER: message.idempotency_key}
        try:
            response = self._client.post(message.recipient, content=body, headers=headers)
        except httpx.HTTPError as err:
            raise NotificationError(f"webhook failure: {err}") from err
        if not 200 <= response.status_code < 300:
            raise NotificationError(f"webhook answered HTTP {response.status_code}")

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()


class Dispatcher:
    """Routes a message to the sender of its channel."""

    def __init__(self, senders: dict[str, Sender]) -> None:
        self._senders = senders

    @classmethod
    def from_settings(cls, settings: WatchSettings) -> Dispatcher:
        """SMTP and webhook senders configured from WATCH_* settings."""
        return cls({CHANNEL_EMAIL: SmtpSender(settings), CHANNEL_WEBHOOK: WebhookSender(settings)})

    def send(self, message: ClaimedMessage, *, before_commit: Hook | None = None) -> None:
        """Deliver through the right channel (``before_commit``: see ``Sender``)."""
        sender = self._senders.get(message.channel)
        if sender is None:
            raise NotificationError(f"no sender for channel {message.channel!r}", permanent=True)
        sender.send(message, before_commit=before_commit)

    def close(self) -> None:
        """Close every sender."""
        for sender in self._senders.values():
            sender.close()
