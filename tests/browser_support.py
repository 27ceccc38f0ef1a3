"""Shared helpers for the project's browser tests (chat page, staff dashboard, device page).

- ``launch_chromium(playwright)``: Debian's Chromium (``/usr/bin/chromium``) under Playwright, headless, with the
  flags this closed network needs (no background connections, no sandbox as root).
- ``axe_violations(page)``: load axe-core from ``node_modules`` (installed by ``npm ci`` in scripts/setup.sh)
  into the page (past its strict CSP) and return the WCAG 2.0/2.1 A+AA violations; ``format_violations``
  makes them readable in an assertion.
- ``start_gateway(env_overrides, work_dir=...)``: the real gateway (devstack's launch line) on a free loopback
  port, in test mode, Rasa on a closed port; returns a running :class:`devstack.processes.Service`
  (``.url``, ``.stop()``, ``.log_tail()``).

Typical use in a test module::

    @pytest.fixture(scope="module")
    def gateway(tmp_path_factory):
        handle = start_gateway({"RASA_URL": ...}, work_dir=tmp_path_factory.mktemp("gw"))
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

import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import uvicorn

from devstack.processes import Service, free_port
from devstack.stack import SERVICE_START_TIMEOUT_S
from devstack.stack import start_gateway as start_gateway_process

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright
    from starlette.types import ASGIApp

    from staff.settings import StaffSettings
    from watch.settings import WatchSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
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
        # Evaluated through the DevTools protocol, which the page's strict CSP (no inline script) does not
        # govern; a <script> tag (add_script_tag) would be refused by that CSP.
        page.evaluate(AXE_SCRIPT.read_text("utf-8"))
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


# --- the gateway as a subprocess ---------------------------------------------------------------------
def start_gateway(
    env_overrides: Mapping[str, str] | None = None,
    *,
    work_dir: Path,
    timeout_s: float = SERVICE_START_TIMEOUT_S,
) -> Service:
    """Run the real gateway on a free loopback port, with its index and database under ``work_dir``.

    Defaults: test environment, a fresh index folder and SQLite file in ``work_dir``, and a Rasa URL on a
    closed port (so chat answers come from the search, ``degraded``). ``env_overrides`` replaces any of them
    (e.g. ``RASA_URL`` of a real Rasa server, or ``KNOWLEDGE_INDEX_DIR`` of an index built already).
    """
    env = {
        "APP_ENVIRONMENT": "test",
        "RASA_URL": f"http://127.0.0.1:{free_port()}",
        "KNOWLEDGE_INDEX_DIR": str(work_dir / "index"),
        "STORAGE_DATABASE_URL": f"sqlite:///{work_dir / 'gateway.db'}",
        **(env_overrides or {}),
    }
    return start_gateway_process(work_dir=work_dir, env=env, wait_s=timeout_s)


UVICORN_START_TIMEOUT_S = 60.0
UVICORN_STOP_TIMEOUT_S = 15.0


@contextmanager
def serve_gateway(database_url: str, *, name: str, watch: WatchSettings,
                  staff: StaffSettings | None = None) -> Iterator[str]:
    """The assembled gateway (staff dashboard, watch-over routes and lifespan) on ``database_url`` under uvicorn on
    loopback, Rasa unreachable (the pages under test do not chat); yields its base URL."""
    from core.rasa import RasaSettings
    from core.settings import RuntimeSettings
    from gateway.main import create_app
    from storage.settings import StorageSettings
    from tests.conftest import closed_port_url

    app = create_app(storage=StorageSettings(database_url=database_url),
                     runtime=RuntimeSettings(_env_file=None, environment="test"),
                     rasa=RasaSettings(url=closed_port_url()))
    app.state.watch_settings = watch
    if staff is not None:
        app.state.staff_settings = staff
    with serve_in_thread(app, name=name) as url:
        yield url


@contextmanager
def serve_in_thread(app: ASGIApp, *, name: str, port: int | None = None,
                    lifespan: Literal["auto", "on", "off"] = "auto") -> Iterator[str]:
    """Serve ``app`` under uvicorn on loopback (``port``, else a free one) in a daemon thread; yields its base
    URL. ``lifespan="off"`` for an app whose lifespan already runs (e.g. entered by a TestClient fixture)."""
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan=lifespan,
                                           ws="websockets-sansio", timeout_graceful_shutdown=2))
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + UVICORN_START_TIMEOUT_S
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=UVICORN_STOP_TIMEOUT_S)


def assert_accessible(page: Page) -> None:
    """No axe-core violations on the page (axe is injected once per page)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT.read_text("utf-8"))
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)


def staff_log_in(page: Page, *, username: str, password: str) -> None:
    """Log in on the staff dashboard's form and wait for the board."""
    page.goto("/staff/login")
    page.get_by_label("ユーザー名").fill(username)
    page.get_by_label("パスワード").fill(password)
    page.get_by_label("パスワード").press("Enter")
    page.wait_for_url("**/staff", timeout=10_000)
