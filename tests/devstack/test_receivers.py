"""The loopback receivers of notification tests: SMTP sink, signed webhook receiver, a cuttable TCP proxy."""

from __future__ import annotations

import gc
import hashlib
import hmac
import smtplib
import socket
import threading
import urllib.request
from email.message import EmailMessage

from devstack.processes import port_is_open
from devstack.receivers import MailHandler, SmtpServer, TcpProxy, WebhookReceiver

LINKS_DURING_SHUTDOWN = 30
SECRET = "webhook-secret-0123456789abcdef"


def test_the_smtp_sink_records_what_it_accepts_and_refuses_unknown_recipients() -> None:
    handler = MailHandler(refuse={"nobody@example.jp"})
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.jp", "b@example.jp", "見守り"
    message["Message-ID"], message["X-Osaki-Idempotency-Key"] = "<1@example.jp>", "key-1"
    message.set_content("本文です。")
    with SmtpServer(handler) as smtp, smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
        refused = client.send_message(message, to_addrs=["b@example.jp", "nobody@example.jp"])
    assert set(refused) == {"nobody@example.jp"}
    [mail] = handler.snapshot()
    assert (mail.recipients, mail.subject, mail.idempotency_key) == (["b@example.jp"], "見守り", "key-1")
    assert mail.body.strip() == "本文です。"


def test_the_webhook_receiver_checks_the_signature() -> None:
    body = b'{"alert": 1}'
    good = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    with WebhookReceiver(SECRET) as receiver:
        for signature in (good, "sha256=forged"):
            request = urllib.request.Request(receiver.url, data=body, method="POST",
                                             headers={"X-Osaki-Signature": signature, "Idempotency-Key": "k"})
            with urllib.request.urlopen(request, timeout=10) as response:
                assert response.status == 200
    assert [call.valid for call in receiver.calls] == [True, False]
    assert receiver.calls[0].json() == {"alert": 1}


def test_the_proxy_forwards_until_cut() -> None:
    with socket.create_server(("127.0.0.1", 0)) as target, TcpProxy(target.getsockname()[1]) as proxy:
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as client:
            upstream, _ = target.accept()
            client.sendall(b"ping")
            assert upstream.recv(4) == b"ping"
            proxy.cut()
            assert upstream.recv(4) == b""  # the link is gone
            upstream.close()
        proxy.restore()
        assert port_is_open("127.0.0.1", proxy.port)


def test_the_proxy_closes_a_link_made_while_it_shuts_down() -> None:
    # A connection accepted just before the proxy closes used to be registered after the cut and left to the
    # garbage collector (an unclosed-socket ResourceWarning, an error under filterwarnings=error).
    for _ in range(LINKS_DURING_SHUTDOWN):
        with socket.create_server(("127.0.0.1", 0)) as target, TcpProxy(target.getsockname()[1]) as proxy:
            socket.create_connection(("127.0.0.1", proxy.port), timeout=5).close()
        gc.collect()
    leaked = [thread.name for thread in threading.enumerate() if thread.name.startswith("tcp-proxy")]
    assert leaked == []
