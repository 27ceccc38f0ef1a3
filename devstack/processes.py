"""Free ports, waiting for servers, and started processes with their logs."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

POLL_INTERVAL_S = 0.25
HTTP_PROBE_TIMEOUT_S = 5.0
STOP_TIMEOUT_S = 20.0
SUPERVISE_POLL_S = 0.5
LOG_TAIL_LINES = 40


class StartupError(RuntimeError):
    """A process did not start, or exited before it answered."""


def free_port() -> int:
    """A TCP port that is free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_of(url: str) -> int:
    """The explicit port of an ``http://host:port/...`` URL."""
    port = urlsplit(url).port
    if port is None:
        raise ValueError(f"{url!r} names no port")
    return port


def port_is_open(host: str, port: int) -> bool:
    """Whether something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def log_tail(log: Path | None, lines: int = LOG_TAIL_LINES) -> str:
    """The last lines of a log file ('' when there is none)."""
    if log is None or not log.exists():
        return ""
    return "\n".join(log.read_text("utf-8", errors="replace").splitlines()[-lines:])


def wait_port(host: str, port: int, *, timeout_s: float, process: subprocess.Popen[bytes] | None = None) -> None:
    """Block until host:port accepts connections; StartupError on timeout or when ``process`` exits first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if port_is_open(host, port):
            return
        if process is not None and process.poll() is not None:
            raise StartupError(f"process exited with code {process.returncode} before {host}:{port} opened")
        time.sleep(POLL_INTERVAL_S)
    raise StartupError(f"{host}:{port} did not open within {timeout_s:.0f} s")


def wait_http(url: str, *, timeout_s: float, process: subprocess.Popen[bytes] | None = None,
              log: Path | None = None, accept: Iterable[int] = (200,)) -> dict[str, Any]:
    """Poll ``url`` until it answers an accepted status; return its JSON body ({} if not JSON).

    StartupError with the log tail when the time is up or ``process`` exits first.
    """
    wanted = set(accept)
    deadline = time.monotonic() + timeout_s
    last = "no answer"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise StartupError(f"{_safe(url)}: process exited with {process.returncode}\n{log_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=HTTP_PROBE_TIMEOUT_S) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as err:
            status, body = err.code, err.read()
        except OSError as err:
            last = str(err)
            time.sleep(POLL_INTERVAL_S)
            continue
        if status in wanted:
            try:
                parsed = json.loads(body)
            except ValueError:
                return {}
            return parsed if isinstance(parsed, dict) else {}
        last = f"HTTP {status}"
        time.sleep(POLL_INTERVAL_S)
    raise StartupError(f"{_safe(url)} did not come up within {timeout_s:.0f} s (last: {last})\n{log_tail(log)}")


def _safe(url: str) -> str:
    """The URL without its query (which may hold a token)."""
    return url.split("?", 1)[0]


@dataclass
class Service:
    """One started process: its name, where it listens, and its log file (None: output inherited)."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path | None
    url: str

    @property
    def port(self) -> int:
        """The loopback port it listens on."""
        return port_of(self.url)

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        """The end of its combined stdout/stderr, for failure messages."""
        return log_tail(self.log, lines)

    def running(self) -> bool:
        """Whether the process is still alive."""
        return self.process.poll() is None

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """SIGTERM the process group, SIGKILL if it lingers; safe to call twice."""
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=timeout_s)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=timeout_s)

    def kill(self) -> None:
        """SIGKILL the process group at once (a crash)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_TIMEOUT_S)


def spawn(name: str, argv: list[str], *, cwd: Path, env: Mapping[str, str], url: str,
          log: Path | None) -> Service:
    """Start ``argv`` in its own process group, output appended to ``log`` (inherited when None)."""
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **env}
    if log is None:
        process = subprocess.Popen(argv, cwd=cwd, env=full_env, start_new_session=True)
        return Service(name=name, process=process, log=None, url=url)
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as sink:
        process = subprocess.Popen(argv, cwd=cwd, env=full_env, stdout=sink, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    return Service(name=name, process=process, log=log, url=url)


def supervise(services: list[Service], *, poll_s: float = SUPERVISE_POLL_S) -> Service:
    """Block until one of ``services`` exits; return it (the caller stops the others)."""
    while True:
        for service in services:
            if not service.running():
                return service
        time.sleep(poll_s)
