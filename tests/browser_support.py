"""Shared helpers for the project's browser tests (chat page, staff dashboard, device page).

- ``launch_chromium(playwright)``: Debian's Chromium (``/usr/bin/chromium``) under Playwright, headless, with the
  flags this closed network needs (no background connections, no sandbox as root).
- ``axe_violations(page)``: inject axe-core from ``node_modules`` (installed by ``npm ci`` in scripts/setup.sh)
  and return the WCAG 2.0/2.1 A+AA violations; ``format_violations`` makes them readable in an assertion.
- ``free_port()``, ``wait_for_port()``, ``wait_for_http()``: start-up helpers for servers run as subprocesses.
- ``start_gateway(env_overrides, ...)``: the real gateway (``python -m gateway``) as a subprocess on a free
  loopback port; returns a ``ServerHandle`` with ``.base_url`` and ``.stop()``.

Typical use in a test module::

    @pytest.fixture(scope="module")
    def gateway(tmp_path_factory):
        handle = start_gateway({"GATEWAY_RASA_URL": ...}, work_dir=tmp_path_factory.mktemp("gw"))
        yield handle
        handle.stop()

    @pytest.fixture(scope="module")
    def browser():
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            yield browser
            browser.close()
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.live_stack import free_port

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
CHROMIUM_PATH = Path("/usr/bin/chromium")
# Headless as root, and no connection attempts to outside hosts (the network is closed: they fail slowly).
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
AXE_SCRIPT = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
GATEWAY_START_TIMEOUT_S = 240.0  # the gateway builds the search index at start (~60 s on 2 cores)
STOP_TIMEOUT_S = 15.0
POLL_INTERVAL_S = 0.25
LOG_TAIL_CHARS = 4000


__all__ = ["free_port"]  # re-exported: one implementation, in tests/live_stack.py


class BrowserSupportError(RuntimeError):
    """A browser-test prerequisite is missing or a server did not start."""


# --- Chromium and axe-core ---------------------------------------------------------------------------
def launch_chromium(playwright: Playwright, *, extra_args: Iterable[str] = ()) -> Browser:
    """Launch Debian's headless Chromium through Playwright (never a downloaded browser)."""
    if not CHROMIUM_PATH.exists():
        raise BrowserSupportError(f"{CHROMIUM_PATH} is missing: run scripts/setup.sh (apt package 'chromium')")
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM_PATH), headless=True, args=[*CHROMIUM_ARGS, *extra_args]
    )


def axe_violations(
    page: Page, *, tags: Iterable[str] = WCAG_AA_TAGS, context: str | None = None
) -> list[dict[str, Any]]:
    """Run axe-core on the page (or on the CSS selector ``context``) and return its violations."""
    if not AXE_SCRIPT.exists():
        raise BrowserSupportError(f"{AXE_SCRIPT} is missing: run 'npm ci' (scripts/setup.sh does)")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    result: dict[str, Any] = page.evaluate(
        "([context, options]) => window.axe.run(context || document, options)", [context, options]
    )
    violations: list[dict[str, Any]] = result["violations"]
    return violations


def format_violations(violations: list[dict[str, Any]]) -> str:
    """One readable line per violated rule and node, for assertion messages."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v.get('impact')}): {v['help']}")
        for node in v.get("nodes", [])[:5]:
            lines.append(f"    {node.get('target')}: {node.get('failureSummary', '').replace(chr(10), ' ')}")
    return "\n".join(lines)


# --- ports and start-up ------------------------------------------------------------------------------
def port_is_open(host: str, port: int) -> bool:
    """Whether something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def wait_for_port(host: str, port: int, *, timeout_s: float, process: subprocess.Popen[bytes] | None = None) -> None:
    """Block until host:port accepts connections; fail early if ``process`` exits."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if port_is_open(host, port):
            return
        if process is not None and process.poll() is not None:
            raise BrowserSupportError(f"process exited with code {process.returncode} before {host}:{port} opened")
        time.sleep(POLL_INTERVAL_S)
    raise BrowserSupportError(f"{host}:{port} did not open within {timeout_s:.0f} s")


def wait_for_http(
    url: str,
    *,
    timeout_s: float,
    ok_statuses: Iterable[int] = (200,),
    process: subprocess.Popen[bytes] | None = None,
) -> dict[str, Any]:
    """Poll ``url`` until it answers one of ``ok_statuses``; return its JSON body ({} if not JSON)."""
    wanted = set(ok_statuses)
    deadline = time.monotonic() + timeout_s
    last = "no answer"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise BrowserSupportError(f"process exited with code {process.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=5.0) as resp:
                status, body = resp.status, resp.read()
        except urllib.error.HTTPError as err:
            status, body = err.code, err.read()
        except (urllib.error.URLError, OSError) as err:
            last = str(err)
            time.sleep(POLL_INTERVAL_S)
            continue
        if status in wanted:
            try:
                parsed: dict[str, Any] = json.loads(body)
            except ValueError:
                parsed = {}
            return parsed
        last = f"HTTP {status}"
        time.sleep(POLL_INTERVAL_S)
    raise BrowserSupportError(f"{url} did not become ready within {timeout_s:.0f} s (last: {last})")


# --- servers as subprocesses -------------------------------------------------------------------------
@dataclass
class ServerHandle:
    """A server started as a subprocess: where it listens, its log, and how to stop it."""

    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)

    def log_tail(self, chars: int = LOG_TAIL_CHARS) -> str:
        """The end of the server's combined stdout/stderr, for failure messages."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after a grace period); safe to call twice."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=STOP_TIMEOUT_S)


def start_server(
    command: list[str],
    *,
    env_overrides: Mapping[str, str],
    host: str,
    port: int,
    ready_path: str,
    work_dir: Path,
    name: str,
    timeout_s: float,
    ok_statuses: Iterable[int] = (200,),
) -> ServerHandle:
    """Start ``command`` with the given environment and wait until ``ready_path`` answers over HTTP."""
    work_dir.mkdir(parents=True, exist_ok=True)
    log_path = work_dir / f"{name}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **env_overrides}
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    handle = ServerHandle(base_url=f"http://{host}:{port}", process=process, log_path=log_path, env=dict(env_overrides))
    try:
        wait_for_http(handle.base_url + ready_path, timeout_s=timeout_s, ok_statuses=ok_statuses, process=process)
    except BrowserSupportError as err:
        handle.stop()
        raise BrowserSupportError(f"{name} did not start: {err}\n--- {log_path} ---\n{handle.log_tail()}") from err
    return handle


def start_gateway(
    env_overrides: Mapping[str, str] | None = None,
    *,
    work_dir: Path,
    timeout_s: float = GATEWAY_START_TIMEOUT_S,
) -> ServerHandle:
    """Run the real gateway on a free loopback port, with its index and database under ``work_dir``.

    Defaults: test environment, a fresh index folder and SQLite file in ``work_dir``, and a Rasa URL on a
    closed port (so chat answers come from the search, ``degraded``). ``env_overrides`` replaces any of them
    (e.g. ``GATEWAY_RASA_URL`` of a real Rasa server, or ``KNOWLEDGE_INDEX_DIR`` of an index built already).
    """
    port = free_port()
    env = {
        "GATEWAY_HOST": "127.0.0.1",
        "GATEWAY_PORT": str(port),
        "GATEWAY_ENVIRONMENT": "test",
        "GATEWAY_RASA_URL": f"http://127.0.0.1:{free_port()}",
        "KNOWLEDGE_INDEX_DIR": str(work_dir / "index"),
        "STORAGE_DATABASE_URL": f"sqlite:///{work_dir / 'gateway.db'}",
        **(env_overrides or {}),
    }
    port = int(env["GATEWAY_PORT"])
    python = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
    return start_server(
        [python, "-m", "gateway"],
        env_overrides=env,
        host=env["GATEWAY_HOST"],
        port=port,
        ready_path="/api/health",
        work_dir=work_dir,
        name="gateway",
        timeout_s=timeout_s,
    )
