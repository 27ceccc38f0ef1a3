"""Real receivers for notification tests and benches, all on loopback: an SMTP server (aiosmtpd), a webhook
endpoint that checks the signature, and a TCP proxy whose link can be cut."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from devstack.processes import free_port

THREAD_JOIN_TIMEOUT_S = 5.0


@dataclass
class ReceivedMail:
    """One accepted email."""

    message_id: str
    idempotency_key: str
    recipients: list[str]
    subject: str
    body: str


@dataclass
class MailHandler:
    """Records a message only when it accepts it (250), after an optional delay.

    Like a real MTA, a message whose client vanished before the server accepted it is not delivered: aiosmtpd
    cancels the handler when the connection is lost, so a worker killed during the delay leaves no trace.
    """

    delay_s: float = 0.0
    refuse: set[str] = field(default_factory=set)
    received: list[ReceivedMail] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.started.set()
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        mail = message_from_bytes(envelope.content, policy=policy.default)
        body = mail.get_content() if isinstance(mail, EmailMessage) else ""
        with self.lock:
            self.received.append(ReceivedMail(
                message_id=str(mail["Message-ID"]), idempotency_key=str(mail["X-Osaki-Idempotency-Key"]),
                recipients=list(envelope.rcpt_tos), subject=str(mail["Subject"]), body=body,
            ))
        return "250 Message accepted for delivery"

    def snapshot(self) -> list[ReceivedMail]:
        """A copy of what was accepted so far."""
        with self.lock:
            return list(self.received)


class SmtpServer:
    """aiosmtpd on a free loopback port."""

    def __init__(self, handler: MailHandler) -> None:
        self.handler = handler
        self.port = free_port()
        self.controller = Controller(handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


@dataclass
class WebhookCall:
    """One received webhook request."""

    body: bytes
    signature: str
    idempotency_key: str
    valid: bool

    def json(self) -> Any:
        """The decoded JSON document."""
        return json.loads(self.body)


class WebhookReceiver:
    """A tiny HTTP server that checks ``X-Osaki-Signature`` and answers ``status`` (settable)."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.status = 200
        self.calls: list[WebhookCall] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                expected = "sha256=" + hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
                signature = self.headers.get("X-Osaki-Signature", "")
                receiver.calls.append(WebhookCall(body, signature, self.headers.get("Idempotency-Key", ""),
                                                  hmac.compare_digest(expected, signature)))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/watch"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class TcpProxy:
    """A loopback TCP proxy whose link can be cut (a real network drop for the browser's WebSocket)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.up = True
        self._sockets: list[socket.socket] = []
        self._pumps: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="tcp-proxy-accept", daemon=True)

    def __enter__(self) -> TcpProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        # Stop accepting first (shutdown wakes a blocked accept), so no link can be registered after the cut,
        # then drop every link and wait for the pumps: every socket is closed here, none left to the collector.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self._thread.join(timeout=THREAD_JOIN_TIMEOUT_S)
        self.cut()
        with self._lock:
            pumps, self._pumps = self._pumps, []
        for pump in pumps:
            pump.join(timeout=THREAD_JOIN_TIMEOUT_S)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                if not self.up:  # cut while this link was being made
                    client.close()
                    upstream.close()
                    continue
                self._sockets += [client, upstream]
                for source, sink in ((client, upstream), (upstream, client)):
                    pump = threading.Thread(target=self._pump, args=(source, sink), name="tcp-proxy-pump", daemon=True)
                    self._pumps.append(pump)
                    pump.start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """Drop every connection and refuse new ones until ``restore``."""
        with self._lock:
            self.up = False
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def restore(self) -> None:
        """Accept connections again."""
        self.up = True
