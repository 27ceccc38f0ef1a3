"""Starting, waiting for and stopping real processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from devstack.processes import StartupError, free_port, port_of, spawn, supervise, wait_http, wait_port

SERVER_START_S = 30.0
JSON_SERVER = """
import http.server, sys
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"status": "ok"}'
        self.send_response(200 if self.path == "/ready" else 503)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
print("listening", flush=True)
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
"""


def test_a_started_server_is_waited_for_and_its_whole_group_stopped(tmp_path: Path) -> None:
    port = free_port()
    service = spawn("json", [sys.executable, "-c", JSON_SERVER, str(port)], cwd=tmp_path, env={},
                    url=f"http://127.0.0.1:{port}", log=tmp_path / "json.log")
    try:
        assert wait_http(service.url + "/ready", timeout_s=SERVER_START_S, process=service.process) == {"status": "ok"}
        assert wait_http(service.url + "/other", timeout_s=SERVER_START_S, accept=(503,)) == {"status": "ok"}
        assert service.port == port
        assert "listening" in service.log_tail()
    finally:
        service.stop()
    assert not service.running()
    with pytest.raises(StartupError, match="did not open"):
        wait_port("127.0.0.1", port, timeout_s=0.5)


def test_a_process_that_dies_fails_the_wait_at_once_with_its_log(tmp_path: Path) -> None:
    service = spawn("broken", [sys.executable, "-c", "import sys; print('bad setting X'); sys.exit(3)"], cwd=tmp_path,
                    env={}, url=f"http://127.0.0.1:{free_port()}", log=tmp_path / "broken.log")
    started = time.monotonic()
    with pytest.raises(StartupError, match=r"exited with 3(.|\n)*bad setting X"):
        wait_http(service.url + "/health", timeout_s=SERVER_START_S, process=service.process, log=service.log)
    assert time.monotonic() - started < SERVER_START_S / 2


def test_a_token_in_the_query_never_appears_in_the_error() -> None:
    with pytest.raises(StartupError) as raised:
        wait_http(f"http://127.0.0.1:{free_port()}/status?token=s3cret", timeout_s=0.5)
    assert "s3cret" not in str(raised.value)


def test_port_of_needs_an_explicit_port() -> None:
    assert port_of("http://127.0.0.1:5055/webhook") == 5055
    with pytest.raises(ValueError, match="no port"):
        port_of("http://localhost/webhook")


def test_cli_free_port_and_wait(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "devstack", "free-port"], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert 0 < int(done.stdout) < 65536
    closed = f"http://127.0.0.1:{free_port()}/health"
    waited = subprocess.run([sys.executable, "-m", "devstack", "wait", closed, "--timeout", "0.5"],
                            capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert waited.returncode == 1
    assert "did not come up" in waited.stderr
    assert "Traceback" not in waited.stderr


def test_cli_refuses_invalid_rasa_settings_with_a_message() -> None:
    env = {"RASA_URL": "ftp://nowhere", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "devstack", "actions"], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert done.returncode == 2
    assert "RASA_URL" in done.stderr
    assert "Traceback" not in done.stderr


def test_supervise_returns_the_first_process_that_stops(tmp_path: Path) -> None:
    sleeper = spawn("sleeper", [sys.executable, "-c", "import time; time.sleep(60)"], cwd=tmp_path, env={}, url="",
                    log=tmp_path / "sleeper.log")
    quitter = spawn("quitter", [sys.executable, "-c", "import time; time.sleep(0.3)"], cwd=tmp_path, env={}, url="",
                    log=tmp_path / "quitter.log")
    try:
        assert supervise([sleeper, quitter], poll_s=0.05) is quitter
        assert sleeper.running()
    finally:
        sleeper.stop()
        quitter.stop()
    assert not sleeper.running()
